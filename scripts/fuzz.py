"""`make fuzz`: run the fuzzing properties over many generated inputs and report the counts.

    python scripts/fuzz.py --examples 10000    # total inputs, split over the targets

Every input must give a ledger (whose spans all match and which round-trips through JSON), or a
coded input error; a reader must yield articles or rejections. Anything else is a crash (an
unexpected exception) or an invariant violation (an AssertionError), reported with the input
Hypothesis shrank it to. Exit code 1 on any failure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz import properties, strategies  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=10_000, help="total inputs over all targets")
    args = ap.parse_args()
    from claimledger.nlp import load

    nlp = load()
    share = {"analyze": 0.5, "html": 0.15, "jsonl": 0.15, "feed": 0.1, "sniff": 0.1}
    targets = {
        "analyze": (strategies.any_text, lambda x: properties.analyze_holds(x, nlp)),
        "html": (strategies.html_docs, lambda x: properties.reader_holds(x, ".html")),
        "jsonl": (strategies.jsonl_docs, lambda x: properties.reader_holds(x, ".json")),
        "feed": (strategies.feed_docs, lambda x: properties.reader_holds(x, ".rss")),
        "sniff": (strategies.html_docs, lambda x: properties.reader_holds(x, None)),
    }
    total, crashes, violations = 0, 0, 0
    started = time.perf_counter()
    for name, (strategy, check) in targets.items():
        n = max(1, int(args.examples * share[name]))
        count, status = _run(strategy, check, n)
        crashes += status.startswith("CRASH")
        violations += status.startswith("INVARIANT")
        total += count
        print(f"{name:8} {count:6} inputs  {status}")
    seconds = time.perf_counter() - started
    print(f"fuzz: {total} inputs, {crashes} crashes, {violations} invariant violations ({seconds:.0f} s)")
    return 1 if crashes or violations else 0


def _run(strategy, check, n: int) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Feed ``n`` generated inputs to ``check``; the inputs run and how it ended."""
    count = [0]

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(value):  # type: ignore[no-untyped-def]
        count[0] += 1
        check(value)

    try:
        run()
        return count[0], "ok"
    except AssertionError as exc:
        return count[0], f"INVARIANT VIOLATION: {exc}"
    except Exception as exc:  # noqa: BLE001 - a crash is what we are looking for
        return count[0], f"CRASH: {type(exc).__name__}: {exc}"


if __name__ == "__main__":
    sys.exit(main())
