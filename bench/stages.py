"""The bare-pipeline stage of the benchmark, run as its own command like the CLI stages are::

    python -m bench.stages nlp CORPUS.jsonl [--workers N]

It reads the corpus with the same reader as ``claimledger analyze`` (JSONL → Article), loads the
shipped pipeline and runs ``nlp.pipe`` over every text (``n_process=N`` for N workers), and
nothing more: no extraction, no output. Timed by ``bench.run`` from start to exit, like the
other stages, so that their difference is the cost of extraction, resolution and JSON.
"""

from __future__ import annotations

import argparse
import sys


def run_nlp(corpus: str, workers: int) -> int:
    """Parse every article of ``corpus``; return the number of documents parsed."""
    from claimledger.ingest import read_paths
    from claimledger.nlp import load
    from claimledger.records import Article

    texts = [a.text for a in read_paths([corpus]) if isinstance(a, Article)]
    nlp = load()
    # the pipeline as shipped: its own batch size (4), as analyze uses it
    return sum(1 for _ in nlp.pipe(texts, batch_size=nlp.batch_size, n_process=workers))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stages")
    parser.add_argument("stage", choices=["nlp"])
    parser.add_argument("corpus")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    print(f"bench.stages: {run_nlp(args.corpus, args.workers)} documents parsed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
