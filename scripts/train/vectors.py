"""Train our own static word vectors from the raw text of the permitted training corpora.

    python scripts/train/vectors.py CORPORA OUT_DIR [--dim 96] [--epochs 15]

Text used (never dev/test splits, never GUM news or GUM/dep_noncommercial, never the reserved
re3d subsets): UD EWT train, GUM train (GUM/dep, no news), WikiGold, CrossNER politics, BTC
sections A, B, E, G, H (F is BTC's test split), WNUT17 train, re3d open subsets.
Tokens are our tokenizer's, lower-cased NORM forms; gensim FastText (skip-gram with subwords)
learns them, and the vectors of words seen at least ``MIN_COUNT`` times are exported in
word2vec text format and converted with ``spacy init vectors --attr NORM``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))

from conllu import read_documents  # noqa: E402
from convert import RE3D_SUBSETS, read_columns  # noqa: E402
from splits import gum_split, is_gum_news  # noqa: E402

from claimledger.nlp.tokenizer import news_tokenizer  # noqa: E402

MIN_COUNT = 2


def raw_texts(corpora: Path) -> list[str]:
    texts = []
    for doc in read_documents(corpora / "UD_English-EWT" / "en_ewt-ud-train.conllu"):
        texts += [s.text for s in doc.sentences]
    for path in sorted((corpora / "GUM" / "dep").glob("GUM_*.conllu")):
        if not is_gum_news(path.stem) and gum_split(corpora, path.stem) == "train":
            texts += [s.text for d in read_documents(path) for s in d.sentences]
    token_files = [(corpora / "WikiGold" / "wikigold.conll.txt", None)]
    token_files += [(corpora / "CrossNER_politics" / f"{s}.txt", "\t") for s in ("train", "dev", "test")]
    token_files += [(corpora / "BTC" / f"{s}.conll", "\t") for s in "abegh"]
    token_files += [(corpora / "WNUT17" / "wnut17train.conll", "\t")]
    for path, sep in token_files:
        texts += [" ".join(t for t in toks if t != "-DOCSTART-") for toks, _ in read_columns(path, sep=sep)]
    for subset in RE3D_SUBSETS:
        for line in (
            (corpora / "re3d" / "json" / subset / "documents.json").read_text(encoding="utf8").splitlines()
        ):
            texts.append(json.loads(line)["text"])
    return [t for t in texts if t.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dim", type=int, default=96)
    ap.add_argument("--epochs", type=int, default=15)
    args = ap.parse_args()
    from gensim.models import FastText

    nlp = spacy.blank("en")
    nlp.tokenizer = news_tokenizer(nlp)
    sents = [
        [t.norm_ for t in doc if not t.is_space]
        for doc in nlp.tokenizer.pipe(raw_texts(args.corpora), batch_size=1000)
    ]
    n_tokens = sum(len(s) for s in sents)
    model = FastText(
        vector_size=args.dim, window=5, min_count=MIN_COUNT, sg=1, workers=2, seed=0, min_n=3, max_n=5
    )
    model.build_vocab(corpus_iterable=sents)
    model.train(corpus_iterable=sents, total_examples=len(sents), epochs=args.epochs)
    args.out.mkdir(parents=True, exist_ok=True)
    txt = args.out / "vectors.txt"
    words = model.wv.index_to_key
    with open(txt, "w", encoding="utf8") as fh:
        fh.write(f"{len(words)} {args.dim}\n")
        for word in words:
            vec = " ".join(f"{x:.5f}" for x in model.wv[word])
            fh.write(f"{word} {vec}\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "en",
            str(txt),
            str(args.out / "nlp"),
            "--attr",
            "NORM",
            "--name",
            "claimledger_vectors",
        ],
        check=True,
    )
    txt.unlink()
    (args.out / "stats.json").write_text(
        json.dumps({"sentences": len(sents), "tokens": n_tokens, "vectors": len(words), "dim": args.dim})
        + "\n"
    )
    print(f"{n_tokens} tokens, {len(words)} vectors of {args.dim} dimensions")


if __name__ == "__main__":
    main()
