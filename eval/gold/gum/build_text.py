"""Build the title, text and header fields of a GUM news gold file from its CoNLL-U source.

Rules (the brief for eval/gold/gum): a paragraph starts at each ``# newpar`` line; its text is its
sentences' ``# text = ...`` lines joined by one space; paragraphs are joined by a blank line. The
first paragraph is the headline and becomes ``title``; everything after it (including the Wikinews
date line) is ``text``. ``published`` is read from that date line and cross-checked against
``# meta::dateCreated``/``dateModified``.

Two exceptions, both for the Wikinews date line, which is a line of its own on every article page:
- when GUM puts the lead sentence in the date line's paragraph (GUM_news_flag, whose block header
  says ``p (1 s)`` but holds two sentences), the date line is split off as its own paragraph;
- when the date line is not between dateCreated and dateModified (GUM_news_imprisoned shows
  "Thursday, May 7, 2015" for an article created 2011-12-02 and last modified 2011-12-30), the
  date line stays in ``text`` as it is, but ``published`` is dateCreated and the reason is noted.

    python3 eval/gold/gum/build_text.py iodine              # print the header JSON of one document
    python3 eval/gold/gum/build_text.py --text iodine       # print the text only
    python3 eval/gold/gum/build_text.py --check eval/gold   # compare every GUM_news_* gold file
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

GUM_COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "GUM" / "dep"
LICENCE = "CC BY 2.5 (Wikinews text); GUM annotations CC BY 4.0"
DATE_LINE = re.compile(r"^(?:[A-Z][a-z]+day, )?([A-Z][a-z]+ \d{1,2}, \d{4})$")


def read_conllu(path: Path) -> tuple[dict[str, str], list[str]]:
    """Document metadata (``# meta::key = value``) and the paragraphs' texts, in order."""
    meta: dict[str, str] = {}
    paragraphs: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::") :].partition(" = ")
            meta[key] = value
        elif line == "# newpar":
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                raise ValueError(f"{path.name}: sentence before the first # newpar")
            paragraphs[-1].append(line[len("# text = ") :])
    split: list[list[str]] = []
    for sents in paragraphs:
        if len(sents) > 1 and DATE_LINE.match(sents[0]):
            split += [sents[:1], sents[1:]]
        elif sents:
            split.append(sents)
    return meta, [" ".join(sents) for sents in split]


def published(meta: dict[str, str], paragraphs: list[str], name: str) -> tuple[str, str]:
    """The ISO publication date and how it was decided.

    Wikinews shows the publication day, which may follow the day the page was created; a date line
    outside [dateCreated, dateModified] cannot be the original one, and dateCreated is used instead.
    """
    created, modified = meta["dateCreated"], meta["dateModified"]
    for para in paragraphs[:2]:
        m = DATE_LINE.match(para)
        if m:
            day = datetime.strptime(m.group(1), "%B %d, %Y").date().isoformat()
            if day == created:
                return day, f"date line {m.group(0)!r} = meta::dateCreated"
            if created <= day <= modified:
                return day, (
                    f"date line {m.group(0)!r}; page created {created} (Wikinews publishes after drafting)"
                )
            return created, (
                f"date line {m.group(0)!r} is outside dateCreated {created}.."
                f"dateModified {modified}; published = dateCreated"
            )
    raise ValueError(f"{name}: no Wikinews date line in the first paragraphs")


def build(name: str, corpus: Path = CORPUS) -> dict[str, object]:
    """The header fields of gold file GUM_news_<name>.json."""
    path = corpus / f"GUM_news_{name}.conllu"
    meta, paragraphs = read_conllu(path)
    day, how = published(meta, paragraphs[1:], name)
    return {
        "id": f"GUM_news_{name}",
        "title": paragraphs[0],
        "outlet": "Wikinews",
        "published": day,
        "source": f"{meta['sourceURL']} via GUM (amir-zeldes/gum @ {GUM_COMMIT}), file dep/{path.name}",
        "licence": LICENCE,
        "text": "\n\n".join(paragraphs[1:]),
        "meta": {"published_note": how},
    }


def check(root: Path) -> int:
    """Compare the header fields of every GUM_news_* gold file under root with a fresh build."""
    bad = 0
    files = sorted(root.rglob("GUM_news_*.json"))
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        fresh = build(f.stem[len("GUM_news_") :])
        fresh["published_note"] = fresh.pop("meta")["published_note"]
        doc["published_note"] = doc.get("meta", {}).get("published_note")
        for key, value in fresh.items():
            if doc.get(key) != value:
                print(f"{f}: {key} differs from the CoNLL-U build")
                bad += 1
    print(f"{len(files)} files checked, {bad} differences")
    return 1 if bad or not files else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check"]:
        return check(Path(argv[1] if len(argv) > 1 else "eval/gold"))
    if argv[:1] == ["--text"]:
        print(build(argv[1])["text"])
        return 0
    for name in argv:
        print(json.dumps(build(name), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
