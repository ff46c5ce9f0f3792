"""Benchmark: ``GET /api/articles?q=…`` against ``claimledger serve`` over 10,000 stored articles.

    python -m tests.serve.bench                       # make bench-serve
    python -m tests.serve.bench --articles 2000 --requests 200 --db /tmp/bench.db --keep

The store is filled with synthetic but realistic ledgers: the repository's real articles are
analysed once by the shipped pipeline, then varied (new id, outlet, title and publication date,
paragraphs after the first shuffled, every span moved with its paragraph and checked against the
new text). A real server process is started (``claimledger serve``) and timed with an HTTP
client over keep-alive connections, one request at a time: searches for words that are common,
rare and absent in the corpus, plus the unfiltered first page and deep pages.

Prints the median, p95 and max per kind of request and writes them to
``artifacts/bench-serve.json``; exits 1 when a search's p95 is over the budget (200 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "examples" / "kursk.txt", *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
SOURCES += sorted((ROOT / "tests" / "data" / "multisource").glob("*.txt"))
OUTLETS = [
    "Kyiv Daily",
    "Think Tank Wire",
    "Moscow Herald",
    "Levant Observer",
    "Gulf Courier",
    "Baltic Post",
    "Wire Service",
]
QUERIES = [
    "Kursk",
    "Ukraine",
    "Mosul",
    "drones",
    "territory",
    "Syria",
    "ministry said",
    "square kilometers",
    "Putin",
    "zzzabsent",
]
BUDGET_MS = 200.0


class Crosses(Exception):
    """A span that runs over a paragraph boundary cannot move with one paragraph."""


def base_ledgers() -> list[Any]:
    from claimledger import analyze
    from claimledger.nlp import load

    nlp = load()
    return [analyze(p.read_text(encoding="utf-8"), published="2024-08-13", nlp=nlp) for p in SOURCES]


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text)]


def variant(ledger: Any, n: int, rng: random.Random, *, shuffle: bool = True) -> Any:
    """Ledger ``n``: the paragraphs after the first in a new order, every span moved along."""
    from claimledger.records import Span

    text = ledger.article.text
    paras = paragraphs(text)
    order = list(range(len(paras)))
    if shuffle and len(paras) > 2:
        order = [0, *rng.sample(range(1, len(paras)), len(paras) - 1)]
    new_text, shift, pos = [], {}, 0
    for k in order:
        start, end = paras[k]
        shift[k] = pos - start
        new_text.append(text[start:end])
        pos += end - start + 2
    joined = "\n\n".join(new_text)

    def move(obj: Any) -> Any:
        if isinstance(obj, list):
            return [move(x) for x in obj]
        if not is_dataclass(obj) or isinstance(obj, type):
            return obj
        changes = {f.name: move(getattr(obj, f.name)) for f in fields(obj)}
        if isinstance(obj, Span):
            k = next((i for i, (s, e) in enumerate(paras) if s <= obj.start and obj.end <= e), None)
            if k is None:
                raise Crosses(obj.text)
            changes.update(start=obj.start + shift[k], end=obj.end + shift[k])
        return replace(obj, **changes)

    statements = []
    for stmt in ledger.statements:
        try:
            statements.append(move(stmt))
        except Crosses:
            continue
    kept = {s.id for s in statements}
    published = dt.date(2022, 2, 24) + dt.timedelta(days=rng.randrange(1200))
    outlet = OUTLETS[n % len(OUTLETS)]
    first = re.sub(r"\s+", " ", text[paras[0][0] : paras[0][1]])[:70]
    article = replace(
        move(ledger.article),
        id=f"bench-{n:05d}",
        text=joined,
        title=f"{first.rsplit(' ', 1)[0]} ({outlet} #{n})",
        outlet=outlet,
        published=published.isoformat(),
    )
    out = replace(
        ledger,
        article=article,
        statements=statements,
        quantities=[
            replace(q, statement=q.statement if q.statement in kept else None)
            for q in move(ledger.quantities)
        ],
        entities=move(ledger.entities),
        places=move(ledger.places),
        dates=move(ledger.dates),
        events=[
            replace(e, statement=e.statement if e.statement in kept else None) for e in move(ledger.events)
        ],
        producer={**ledger.producer, "bench": "variant"},
    )
    out.check_spans()
    return out


def fill(db: str, count: int, seed: int = 8) -> dict[str, float]:
    """Store ``count`` variants of the analysed articles; how long analysis and storing took."""
    from claimledger import open_store

    started = time.perf_counter()
    bases = base_ledgers()
    analysed = time.perf_counter()
    rng = random.Random(seed)
    with open_store(db) as store:
        for n in range(count):
            base = bases[n % len(bases)]
            try:
                ledger = variant(base, n, rng)
            except Crosses:  # a record spans two paragraphs: keep the order, vary the rest
                ledger = variant(base, n, rng, shuffle=False)
            store.put(ledger)
        stored = store.count_articles()
    return {
        "articles": stored,
        "analyse_s": round(analysed - started, 1),
        "store_s": round(time.perf_counter() - analysed, 1),
    }


class Server:
    """``claimledger serve`` in its own process."""

    def __init__(self, db: str) -> None:
        from tests.servers import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, PYTHONWARNINGS="ignore")
        cmd = [sys.executable, "-m", "claimledger.cli", "serve", "--db", db, "--port", str(self.port)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)

    def wait(self, timeout: float = 60) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"serve exited: {self.proc.stderr.read().decode() if self.proc.stderr else ''}"
                )
            try:
                httpx.get(self.url + "/api/articles?limit=1", timeout=5)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError("serve did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.communicate(timeout=30)


def measure(url: str, requests: int, warmup: int = 20) -> dict[str, dict[str, float]]:
    """Latency in ms of each kind of request, one at a time."""
    import httpx

    kinds: dict[str, list[dict[str, Any]]] = {
        "search": [{"q": q} for q in QUERIES],
        "search page 3": [{"q": q, "offset": 100} for q in QUERIES[:5]],
        "first page": [{}],
        "deep page": [{"offset": 5000}, {"offset": 9000}],
    }
    out = {}
    with httpx.Client(base_url=url, timeout=30) as client:
        for kind, params in kinds.items():
            times = []
            for i in range(warmup + requests):
                p = params[i % len(params)]
                t = time.perf_counter()
                r = client.get("/api/articles", params=p)
                elapsed = (time.perf_counter() - t) * 1000
                if r.status_code != 200:
                    raise RuntimeError(f"{p}: {r.status_code} {r.text[:200]}")
                if i >= warmup:
                    times.append(elapsed)
            times.sort()
            out[kind] = {
                "requests": len(times),
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
                "max_ms": round(times[-1], 1),
            }
    return out


def run(articles: int, requests: int, db: str | None = None, keep: bool = False) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="claimledger-bench-"))
    path = db or str(folder / "bench.db")
    filled = fill(path, articles) if not Path(path).exists() else {"articles": None, "reused": path}
    server = Server(path)
    try:
        server.wait()
        latency = measure(server.url, requests)
    finally:
        server.stop()
        if not keep and db is None:
            for f in folder.iterdir():
                f.unlink()
            folder.rmdir()
    return {
        "store": filled,
        "latency": latency,
        "budget_ms": BUDGET_MS,
        "cpus": os.cpu_count(),
        "load": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per kind")
    parser.add_argument("--db", help="use (or fill once and keep) this database file")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.articles, args.requests, args.db, args.keep)
    out = ROOT / "artifacts" / "bench-serve.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"store: {result['store']}  (load average {result['load'][0]:.1f} on {result['cpus']} CPUs)")
    print(f"{'request':<16}{'n':>6}{'median ms':>12}{'p95 ms':>10}{'max ms':>10}")
    for kind, r in result["latency"].items():
        print(f"{kind:<16}{r['requests']:>6}{r['median_ms']:>12}{r['p95_ms']:>10}{r['max_ms']:>10}")
    slow = [k for k, r in result["latency"].items() if k.startswith("search") and r["p95_ms"] > BUDGET_MS]
    if slow:
        print(f"over the {BUDGET_MS:.0f} ms budget: {slow}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
