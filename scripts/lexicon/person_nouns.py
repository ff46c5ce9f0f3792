"""Build src/claimledger/data/person_nouns.txt: common nouns that head person mentions in GUM.

GUM (CC BY 4.0 annotations) types every mention (person, organization, place, ...). The head noun
of a mention typed ``person`` ("voters", "pilgrims", "guys") denotes people, so a number counting
it counts people (GUIDELINES.md: all persons -> "people"). Uses the permissive GUM documents other
than news (the news documents are the extraction gold set) and other than GUM's test split.

    python scripts/lexicon/person_nouns.py ../shared/corpora
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

OUT = Path(__file__).parents[2] / "src" / "claimledger" / "data" / "person_nouns.txt"
TEST_DOCS = {"GUM_interview_hill", "GUM_interview_libertarian"}
MIN_COUNT = 2
MIN_SHARE = 0.7  # of this noun's mentions, the share that are people


def sentences(path: Path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
    if rows:
        yield rows


def person_heads(rows):
    """(mention type, head lemma, head form) for every mention headed by a common noun."""
    spans, stack = [], []
    for i, cols in enumerate(rows):
        ent = re.search(r"Entity=([^|]*)", cols[9])
        ent = ent.group(1) if ent else ""
        for eid, typ in re.findall(r"\((\d+)-(\w+)-", ent):
            stack.append((eid, typ, i))
        if re.search(r"\((\d+)-(\w+)-[^()]*\)", ent):  # single-token mention opened and closed here
            pass
        for eid in re.findall(r"(\d+)\)", ent):
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == eid:
                    _, typ, start = stack.pop(k)
                    spans.append((typ, start, i))
                    break
    for typ, start, end in spans:
        inside = set(range(start, end + 1))
        for i in inside:
            head = int(rows[i][6]) - 1
            if head not in inside and rows[i][3] == "NOUN":
                yield typ, rows[i][2].lower(), rows[i][1].lower()


def main(corpora: Path) -> None:
    person: collections.Counter[str] = collections.Counter()
    heads: collections.Counter[str] = collections.Counter()
    for path in sorted((corpora / "GUM" / "dep").glob("GUM_*.conllu")):
        if "_news_" in path.name or path.stem in TEST_DOCS:
            continue
        for rows in sentences(path):
            for typ, lemma, form in person_heads(rows):
                for word in {lemma, form}:
                    heads[word] += 1
                    person[word] += typ == "person"
    numbers = {"million", "millions", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens"}
    words = sorted(
        w
        for w, n in person.items()
        if n >= MIN_COUNT and w.isalpha() and n >= MIN_SHARE * heads[w] and w not in numbers
    )
    OUT.write_text(
        "# Nouns heading person mentions (>= 2 times, >= 70% of their mentions) in GUM dep/ non-news, non-test documents\n"
        "# (GUM annotations CC BY 4.0, amir-zeldes/gum @ 72ce5ac); built by scripts/lexicon/person_nouns.py\n"
        + "\n".join(words)
        + "\n"
    )
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"))
