"""Throughput and peak memory of the shipped pipeline (a benchmark, not a test).

    python scripts/train/bench.py CORPORA OUT.json [--model PATH] [--repeat 3]

Text: the raw documents of UD EWT test and GUM test (GUM/dep), built as evaluate.py builds them
(paragraphs separated by blank lines). Words are non-space tokens of the output. One process:
loading is timed separately; throughput is the best of ``--repeat`` passes of ``nlp.pipe``.
Peak memory is the process's maximum resident set size (``ru_maxrss``) at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conllu import read_documents  # noqa: E402
from evaluate import build_text  # noqa: E402
from splits import gum_split  # noqa: E402


def bench_texts(corpora: Path) -> list[str]:
    docs = read_documents(corpora / "UD_English-EWT" / "en_ewt-ud-test.conllu")
    for path in sorted((corpora / "GUM" / "dep").glob("GUM_*.conllu")):
        if gum_split(corpora, path.stem) == "test":
            docs += read_documents(path)
    return [build_text(d).text for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--model", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=None, help="default: the pipeline's own")
    args = ap.parse_args()
    texts = bench_texts(args.corpora)
    t0 = time.perf_counter()
    import claimledger.nlp as cl_nlp

    nlp = cl_nlp.load(args.model)
    load_s = time.perf_counter() - t0
    batch_size = args.batch_size or nlp.batch_size
    words, best = 0, float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        words = sum(sum(not t.is_space for t in doc) for doc in nlp.pipe(texts, batch_size=batch_size))
        best = min(best, time.perf_counter() - t0)
    res = {
        "model": args.model or "shipped",
        "words": words,
        "words_per_second": int(words / best),
        "batch_size": batch_size,
        "load_seconds": round(load_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "openblas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"),
        "cpus": os.cpu_count(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n")
    for key, value in res.items():
        print(f"{key:<20} {value}")


if __name__ == "__main__":
    main()
