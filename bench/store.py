"""Benchmark: the cross-source read commands over a store of 10,000 articles.

    python -m bench.store [--articles 10000] [--db PATH|URL] [--repeat 20] [--out bench/store.json] [--check]

Acceptance (cross-source issue): with 10,000 ingested articles, ``claimledger claims --entity NAME``
answers in < 100 ms and ``claimledger conflicts`` in < 1 s.

The store is filled once by the web-UI benchmark's filler (``tests.serve.bench.fill``: the
repository's real articles analysed by the shipped pipeline, then varied into N distinct, valid
ledgers) and reused while it holds exactly N articles (default file
``bench/corpus/store-N.db``, git-ignored). ``--db postgresql://…`` fills and times a PostgreSQL
store instead.

Timed in this process with ``time.perf_counter``, per repeat, the work each command does between
parsing its options and printing (``claimledger.cli``): open the store, then

- ``claims --entity NAME``: ``compare.entities.find_entity``, ``_claimant_keys``,
  ``store.claims(claimant_keys=…)`` and the rows with their intervals;
- ``conflicts``: ``store.claims()``, ``compare.claims.group_claims`` and the rows of the
  contradictory groups (``--all``: of every group of two or more claims).

The first call of each line is reported apart (cold: caches of the concept table, the page cache)
and left out of the median and p95. For reference only, each command is also run end to end as
``python -m claimledger.cli … > /dev/null`` a few times; that includes interpreter start-up and
imports (about 1 s here) and the table rendering, so the thresholds do not apply to it.

Prints a table, writes JSON to ``--out``; with ``--check``, exits 1 when a line misses its
threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD_MS = {"claims --entity": 100.0, "conflicts": 1000.0}
ABSENT = "Zebulon Nobodyson"


# -- what the commands do (claimledger.cli.claims and .conflicts, without the printing) -----------
def claims_entity(db: str, name: str) -> int:
    from claimledger import open_store
    from claimledger.compare.rows import claim_rows

    with open_store(db) as store:
        return len(claim_rows(store, entity=name))


def conflicts(db: str, show_all: bool = False) -> int:
    from claimledger import open_store
    from claimledger.compare.rows import conflict_rows

    with open_store(db) as store:
        return len(conflict_rows(store, show_all)[0])


# -- the store -----------------------------------------------------------------------------------
def ensure_store(db: str, articles: int) -> dict[str, Any]:
    """Fill ``db`` with ``articles`` articles unless it holds exactly that many already."""
    from tests.serve.bench import fill

    from claimledger import open_store

    is_url = "://" in db
    if not is_url:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    have = 0
    if is_url or Path(db).exists():
        with open_store(db) as store:
            have = store.count_articles()
    if have > articles:
        raise SystemExit(f"bench.store: {db} holds {have} articles, more than {articles}; use another --db")
    info: dict[str, Any] = {"db": db, "reused": have == articles}
    if have < articles:  # the filler is deterministic and put() idempotent: a partial fill resumes
        print(
            f"bench.store: filling {db} with {articles} articles ({have} there) ...",
            file=sys.stderr,
            flush=True,
        )
        info["fill"] = fill(db, articles)
    with open_store(db) as store:
        info["counts"] = {
            k: v for k, v in store.counts().items() if k in ("articles", "claims", "entity_keys")
        }
        info["claims_with_claimant"] = store.query(
            "SELECT COUNT(*) FROM claims WHERE claimant_key IS NOT NULL"
        )[0][0]
    if not is_url:
        info["size_mb"] = round(
            sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) / 1e6, 1
        )
    return info


def pick_names(db: str) -> list[tuple[str, str]]:
    """Entity names in the store, labelled: the claimants with the most and the fewest claims,
    the entity named in the most articles, and a name that is not there."""
    from claimledger import open_store

    with open_store(db) as store:
        claimants = store.query(
            "SELECT MIN(claimant), COUNT(*) AS n, claimant_key FROM claims WHERE claimant_key IS NOT NULL AND claimant != 'reporter'"
            " GROUP BY claimant_key ORDER BY n DESC, MIN(claimant)"
        )
        entities = store.query(
            "SELECT MIN(name), COUNT(DISTINCT article_id) AS n FROM entity_keys GROUP BY key ORDER BY n DESC, MIN(name) LIMIT 1"
        )
    picked: list[tuple[str, str]] = []
    for label, row in (
        ("most claims", claimants[0] if claimants else None),
        ("2nd most claims", claimants[1] if len(claimants) > 1 else None),
        ("fewest claims", claimants[-1] if claimants else None),
        ("most articles", entities[0] if entities else None),
    ):
        if row and row[0] not in {name for _, name in picked}:
            picked.append((f"{label} ({row[1]})", row[0]))
    people = [row[0] for row in claimants if row[2].startswith("person:") and " " in row[0]]
    if people:  # another spelling: the surname alone goes through the person-token lookup
        picked.append(("surname only", people[0].split()[-1]))
    picked.append(("absent", ABSENT))
    return picked


# -- timing --------------------------------------------------------------------------------------
def time_calls(fn: Callable[[], int], repeat: int) -> dict[str, Any]:
    """The first (cold) call and then ``repeat`` calls, in ms."""
    t = time.perf_counter()
    rows = fn()
    cold = (time.perf_counter() - t) * 1000
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return {"rows": rows, "cold_ms": round(cold, 1), **_stats(times)}


def _stats(times: list[float]) -> dict[str, Any]:
    times = sorted(times)
    return {
        "n": len(times),
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], 1),
        "max_ms": round(times[-1], 1),
    }


def end_to_end(args: list[str], db: str, repeat: int) -> dict[str, Any]:
    """``python -m claimledger.cli ARGS --db DB`` (stdout to /dev/null), wall time in ms."""
    cmd = [sys.executable, "-m", "claimledger.cli", *args, "--db", db]
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    times, codes = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - t) * 1000)
        codes.append(proc.returncode)
        if proc.returncode:
            print(
                f"bench.store: {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-500:]}",
                file=sys.stderr,
            )
    return {"command": "claimledger " + " ".join(args), "exit_codes": sorted(set(codes)), **_stats(times)}


def run(db: str, articles: int, repeat: int, e2e_repeat: int) -> dict[str, Any]:
    store = ensure_store(db, articles)
    lines = []
    for label, name in pick_names(db):
        r = time_calls(lambda name=name: claims_entity(db, name), repeat)
        lines.append({"command": "claims --entity", "case": label, "name": name, **r})
    for show_all in (False, True):
        r = time_calls(lambda show_all=show_all: conflicts(db, show_all), repeat)
        lines.append({"command": "conflicts", "case": "--all" if show_all else "contradictory groups", **r})
    for line in lines:
        line["threshold_ms"] = THRESHOLD_MS[line["command"]]
        line["pass"] = line["p95_ms"] < line["threshold_ms"]
    e2e = []
    if e2e_repeat:
        frequent = next((x["name"] for x in lines if x["command"] == "claims --entity"), ABSENT)
        e2e = [
            end_to_end(["claims", "--entity", frequent], db, e2e_repeat),
            end_to_end(["conflicts"], db, e2e_repeat),
            _startup(e2e_repeat),
        ]
    return {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "load_average_before": os.getloadavg(),
        "store": store,
        "repeat": repeat,
        "in_process": lines,
        "end_to_end": e2e,
    }


def _startup(repeat: int) -> dict[str, Any]:
    """``claimledger --version``: interpreter start-up and the CLI's imports, for comparison."""
    cmd = [sys.executable, "-m", "claimledger.cli", "--version"]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    return {"command": "claimledger --version", "exit_codes": [0], **_stats(times)}


def table(result: dict[str, Any]) -> str:
    head = f"{'command':<16} {'case':<44} {'rows':>6} {'cold ms':>8} {'median ms':>10} {'p95 ms':>8} {'limit ms':>9}  result"
    out = [head, "-" * len(head)]
    for r in result["in_process"]:
        case = r["case"] + (f": {r['name']}" if "name" in r else "")
        out.append(
            f"{r['command']:<16} {case[:44]:<44} {r['rows']:>6} {r['cold_ms']:>8.1f} {r['median_ms']:>10.1f}"
            f" {r['p95_ms']:>8.1f} {r['threshold_ms']:>9.0f}  {'pass' if r['pass'] else 'FAIL'}"
        )
    if result["end_to_end"]:
        out += [
            "",
            "end to end, one process per run (interpreter start-up and table output included; reference):",
        ]
        for r in result["end_to_end"]:
            out.append(
                f"  {r['command'][:60]:<60} n={r['n']:<3} median {r['median_ms']:>7.0f} ms  p95 {r['p95_ms']:>7.0f} ms"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (default bench/corpus/store-N.db)")
    parser.add_argument("--repeat", type=int, default=20, help="timed calls per line (after one cold call)")
    parser.add_argument("--e2e-repeat", type=int, default=3, help="end-to-end CLI runs per command (0: none)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "store.json")
    parser.add_argument("--check", action="store_true", help="exit 1 when a line misses its threshold")
    args = parser.parse_args(argv)
    db = args.db or str(ROOT / "bench" / "corpus" / f"store-{args.articles}.db")
    result = run(db, args.articles, args.repeat, args.e2e_repeat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    s = result["store"]
    print(
        f"store {s['db']}: {s['counts']} {'(reused)' if s['reused'] else ''}; {result['machine']['cpus']} CPUs,"
        f" load average {result['load_average_before'][0]:.1f}; {args.repeat} timed calls per line"
    )
    print(table(result))
    print(f"results in {args.out}")
    missed = [f"{r['command']} {r['case']}" for r in result["in_process"] if not r["pass"]]
    if missed:
        print(f"bench.store: over the threshold: {missed}", file=sys.stderr)
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
