"""Build the benchmark corpus: the Wikinews news and interview documents of GUM, repeated.

The GUM corpus (``../shared/corpora/GUM/dep``, Wikinews texts under CC BY 2.5) stores text as
CoNLL-U: a sentence's text is its ``# text = ...`` line and a paragraph starts at ``# newpar``.
An article is rebuilt as its paragraphs (sentences joined by a space) separated by blank lines;
the first sentence is the headline and becomes the title, ``# meta::dateCreated`` the
publication date. The 43 documents are repeated round-robin to the requested count, each copy
with its own id, and written as JSONL (git-ignored: commit the builder, not the file)::

    python -m bench.corpus --articles 2000 --out bench/corpus/gum-wikinews-2000.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
GENRES = ("news", "interview")  # the Wikinews genres of GUM
LICENCE = "CC BY 2.5 (Wikinews), via GUM (amir-zeldes/gum, annotations CC BY 4.0)"


def read_document(path: Path) -> dict[str, str]:
    """One GUM document as an article object (id, title, text, published, url, outlet, licence)."""
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
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = ") :])
    paragraphs = [sents for sents in paragraphs if sents]
    if not paragraphs or len(paragraphs) + len(paragraphs[0]) < 3:
        raise ValueError(f"{path}: no headline and text")
    # the headline is the first sentence; GUM may put the date line into its paragraph
    title, rest = paragraphs[0][0], [paragraphs[0][1:], *paragraphs[1:]]
    return {
        "id": path.stem.removeprefix("GUM_").replace("_", "-"),
        "title": title,
        "text": "\n\n".join(" ".join(sents) for sents in rest if sents),
        "published": meta.get("dateCreated", ""),
        "url": meta.get("sourceURL", ""),
        "outlet": "Wikinews",
        "licence": LICENCE,
    }


def documents(corpora: Path) -> list[dict[str, str]]:
    """The Wikinews documents of GUM, sorted by file name."""
    folder = corpora / "GUM" / "dep"
    paths = sorted(p for genre in GENRES for p in folder.glob(f"GUM_{genre}_*.conllu"))
    if not paths:
        raise FileNotFoundError(f"no GUM news or interview documents in {folder}")
    return [read_document(p) for p in paths]


def build(corpora: Path, articles: int, out: Path) -> dict[str, int]:
    """Write ``articles`` articles to ``out``; return the counts (articles, documents, words)."""
    docs = documents(corpora)
    out.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    tmp = out.with_suffix(out.suffix + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for n in range(articles):
            doc = docs[n % len(docs)]
            fh.write(json.dumps({**doc, "id": f"{doc['id']}-{n:06d}"}, ensure_ascii=False) + "\n")
            words += len(doc["text"].split())
    tmp.replace(out)
    return {"articles": articles, "documents": len(docs), "words": words}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="the shared corpora folder")
    parser.add_argument("--articles", type=int, default=2000, help="articles to write (default 2000)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus" / "gum-wikinews-2000.jsonl")
    args = parser.parse_args(argv)
    try:
        counts = build(args.corpora, args.articles, args.out)
    except (OSError, ValueError) as exc:
        print(f"bench.corpus: {exc}", file=sys.stderr)
        return 1
    print(
        f"bench.corpus: {args.out}: {counts['articles']} articles from {counts['documents']} GUM Wikinews "
        f"documents, {counts['words']:,} words",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
