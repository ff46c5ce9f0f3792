"""Benchmark: 100 MB inputs through the real CLI, with the peak memory of the process tree.

    python -m bench.big_input [--mb 100] [--budget 60] [--out bench/big_input.json]

Acceptance (robustness issue): a 100 MB input is handled with bounded memory, peak reported.

Generated in a temporary directory, each about ``--mb`` MB:

- ``big.txt``: plain text (the Kursk example article over and over, paragraphs kept);
- ``big.jsonl``: one normal-size article per line (the Kursk article, its first sentence and
  numbers varied by the line's index so that ids and texts differ), tens of thousands of lines;
- ``big-line.json``: one JSON object on a single line whose ``text`` is the whole size;
- ``big-line.jsonl``: the same object as a one-line JSONL file;
- ``big.html``: an HTML page on a single line;
- ``long-article.txt``: one article of 300,000 characters (0.3 MB, under every input limit), to
  show what the analysis of one long article costs once the readers have let it through.

Each case runs ``python -m claimledger.cli analyze … --format jsonl`` (stdout counted, not kept)
or ``ingest … --db <temporary SQLite file>`` in a fresh process, and records the exit code, the
first line of stderr, the wall time and the peak resident memory of the process tree (sampled
every 50 ms from /proc by ``bench.run``'s sampler). The big JSONL dump is not analysed to the
end (tens of thousands of articles through the language pipeline take far longer than a
benchmark should): it runs for ``--budget`` seconds and is then stopped; the articles done, the rate and the memory at the start and the end of the run show
whether memory grows with the input read. The whole benchmark takes about 5 minutes on 2 cores.

Prints a table and writes JSON to ``--out``; exits 1 when a reader case's peak exceeds
``--max-peak-mb`` (default 1024) or it ends differently from what the readers promise. The long
article and ``--max-bytes 200M`` (the guard lifted on purpose) are past the readers: recorded
("info"), not judged.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.run import _RssSampler, _tree_rss_kb

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "examples" / "kursk.txt"
MB = 1024 * 1024
LONG_ARTICLE_CHARS = 300_000  # well under max_bytes (8 MiB) and max_chars (2,000,000)


# -- inputs ----------------------------------------------------------------------------------------
def _variant(text: str, i: int) -> str:
    """The article with its numbers shifted by ``i`` and the index in the first sentence."""
    shifted = re.sub(r"\b\d{2,}\b", lambda m: str(int(m.group()) + i % 97), text)
    return shifted.replace("KYIV:", f"KYIV (report {i}):", 1)


def make_inputs(folder: Path, size: int) -> dict[str, dict[str, Any]]:
    """The input files, each about ``size`` bytes; their sizes and article counts."""
    text = SOURCE.read_text(encoding="utf-8").strip()
    paras = text.split("\n\n")
    out: dict[str, dict[str, Any]] = {}

    path = folder / "big.txt"
    with path.open("w", encoding="utf-8") as fh:
        written = i = 0
        while written < size:
            chunk = _variant(paras[i % len(paras)], i) + "\n\n"
            written += fh.write(chunk)
            i += 1
    out["big.txt"] = {"bytes": path.stat().st_size, "paragraphs": i}

    path = folder / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        written = i = 0
        while written < size:
            day = dt.date(2024, 8, 13) + dt.timedelta(days=i % 365)
            obj = {
                "id": f"big-{i:06d}",
                "title": f"Kursk incursion, report {i}",
                "outlet": f"Outlet {i % 7}",
                "published": day.isoformat(),
                "text": _variant(text, i),
            }
            written += fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            i += 1
    out["big.jsonl"] = {"bytes": path.stat().st_size, "articles": i}

    # written paragraph by paragraph: this process stays small (a child's ru_maxrss would
    # otherwise start from this process's high-water mark, and the machine has other work)
    for name in ("big-line.json", "big-line.jsonl", "big.html"):
        with (
            (folder / "big.txt").open(encoding="utf-8") as src,
            (folder / name).open("w", encoding="utf-8") as fh,
        ):
            html = name.endswith(".html")
            fh.write(
                "<!doctype html><html><head><title>Kursk</title></head><body><article>"
                if html
                else '{"id": "one-line", "published": "2024-08-13", "text": "'
            )
            for line in src:
                if line.strip():
                    para = line.rstrip("\n")
                    fh.write(
                        f"<p>{para}</p>" if html else json.dumps(para + "\n\n", ensure_ascii=False)[1:-1]
                    )
            fh.write("</article></body></html>" if html else '"}' + ("\n" if name.endswith("l") else ""))
        out[name] = {"bytes": (folder / name).stat().st_size, "lines": 1}

    path = folder / "long-article.txt"  # one article far below every input limit, but long
    with (folder / "big.txt").open(encoding="utf-8") as src:
        head = src.read(LONG_ARTICLE_CHARS)
    path.write_text(head.rsplit("\n\n", 1)[0] + "\n", encoding="utf-8")
    out["long-article.txt"] = {"bytes": path.stat().st_size, "chars": len(path.read_text(encoding="utf-8"))}
    return out


# -- measuring -------------------------------------------------------------------------------------
class _Timeline(_RssSampler):
    """``bench.run``'s sampler, also keeping (seconds, KiB) of every sample."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(pid, interval)
        self.samples: list[tuple[float, int]] = []

    def run(self) -> None:
        start = time.perf_counter()
        while not self._done.is_set():
            kb = _tree_rss_kb(self.pid)
            self.peak_kb = max(self.peak_kb, kb)
            self.samples.append((time.perf_counter() - start, kb))
            self._done.wait(self.interval)


@dataclass
class Case:
    name: str
    command: list[str]
    stdin: str | None = None
    budget: float | None = None  # stop the run after this many seconds
    expect: str = ""  # what the readers promise, checked against the result
    exit_code: int | None = None
    stopped: bool = False
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    stdout_lines: int = 0
    stderr_lines: int = 0
    stderr_first: str = ""
    rss_mb_by_quarter: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def run_case(case: Case, cwd: Path) -> Case:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    stdin = open(case.stdin, "rb") if case.stdin else subprocess.DEVNULL  # noqa: SIM115
    err_path = Path(tempfile.mkstemp(prefix="big-input-err-")[1])
    try:
        with err_path.open("wb") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                case.command,
                cwd=cwd,
                env=env,
                stdin=stdin,
                stdout=subprocess.PIPE,
                stderr=err,
                start_new_session=True,  # its own process group: stopped as one at the budget
            )
            sampler = _Timeline(proc.pid)
            sampler.start()
            counter = threading.Thread(target=_count_lines, args=(proc, case), daemon=True)
            counter.start()
            timer = None
            if case.budget:
                timer = threading.Timer(case.budget, _stop, args=(proc, case))
                timer.start()
            _, status, usage = os.wait4(proc.pid, 0)
            case.seconds = round(time.perf_counter() - start, 1)
            if timer:
                timer.cancel()
            sampler.stop()
            counter.join(timeout=10)
        case.exit_code = os.waitstatus_to_exitcode(status)
        case.peak_rss_mb = round((sampler.peak_kb or usage.ru_maxrss) / 1024, 1)
        case.rss_mb_by_quarter = _quarters(sampler.samples)
        lines = err_path.read_text(encoding="utf-8", errors="replace").splitlines()
        case.stderr_lines = len(lines)
        case.stderr_first = lines[0][:300] if lines else ""
        if len(lines) > 1:
            case.extra["stderr_last"] = lines[-1][:300]
    finally:
        if case.stdin:
            stdin.close()  # type: ignore[union-attr]
        err_path.unlink()
    return case


def _count_lines(proc: subprocess.Popen[bytes], case: Case) -> None:
    assert proc.stdout is not None
    for _ in iter(lambda: proc.stdout.readline(), b""):  # type: ignore[union-attr]
        case.stdout_lines += 1


def _stop(proc: subprocess.Popen[bytes], case: Case) -> None:
    case.stopped = True
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)


def _quarters(samples: list[tuple[float, int]]) -> list[float]:
    """The largest RSS (MB) in each quarter of the run: flat when memory does not grow."""
    if not samples:
        return []
    end = samples[-1][0] or 1.0
    out = [0] * 4
    for t, kb in samples:
        q = min(3, int(4 * t / end))
        out[q] = max(out[q], kb)
    return [round(kb / 1024, 1) for kb in out]


def cases(folder: Path, budget: float) -> list[Case]:
    cli = [sys.executable, "-m", "claimledger.cli"]
    names = ("big.txt", "big.jsonl", "big-line.json", "big-line.jsonl", "big.html", "long-article.txt")
    f = {name: str(folder / name) for name in names}
    db = str(folder / "ingest.db")
    return [
        Case("txt file", [*cli, "analyze", f["big.txt"], "--format", "jsonl"], expect="refused E107"),
        Case(
            "txt on stdin",
            [*cli, "analyze", "-", "--format", "jsonl"],
            stdin=f["big.txt"],
            expect="refused E107",
        ),
        Case(
            "one-line .json",
            [*cli, "analyze", f["big-line.json"], "--format", "jsonl"],
            expect="refused E107",
        ),
        Case(
            "one-line .jsonl",
            [*cli, "analyze", f["big-line.jsonl"], "--format", "jsonl"],
            expect="refused E105",
        ),
        Case("one-line .html", [*cli, "analyze", f["big.html"], "--format", "jsonl"], expect="refused E107"),
        Case(
            "jsonl dump, analyze",
            [*cli, "analyze", f["big.jsonl"], "--format", "jsonl"],
            budget=budget,
            expect="streams",
        ),
        Case(
            "jsonl dump on stdin",
            [*cli, "analyze", "-", "--format", "jsonl"],
            stdin=f["big.jsonl"],
            budget=budget / 2,
            expect="streams",
        ),
        Case(
            "jsonl dump, ingest",
            [*cli, "ingest", f["big.jsonl"], "--db", db],
            budget=budget,
            expect="streams",
        ),
        Case(
            "one 300k-char article",  # under every limit: what one long article costs to analyse
            [*cli, "analyze", f["long-article.txt"], "--format", "jsonl"],
            budget=3 * budget,
            expect="analysed",
        ),
        Case(
            "txt, --max-bytes 200M",  # the guard lifted on purpose: the text is read whole and cut
            [*cli, "analyze", f["big.txt"], "--format", "jsonl", "--max-bytes", str(200 * MB)],
            budget=2 * budget,
            expect="reads whole",
        ),
    ]


def verdict(case: Case, max_peak_mb: float) -> str:
    """'ok' when the case ended as the readers promise and within the memory bound."""
    over = case.peak_rss_mb > max_peak_mb
    if case.expect in ("analysed", "reads whole"):  # past the readers: recorded, not judged
        return f"info{', peak over ' + format(max_peak_mb, '.0f') + ' MB' if over else ''}"
    if over:
        return f"peak over {max_peak_mb:.0f} MB"
    if case.expect.startswith("refused"):
        code = case.expect.split()[1]
        return "ok" if case.exit_code == 1 and f"[{code}]" in case.stderr_first else "unexpected"
    if case.expect == "streams":
        return "ok" if case.stdout_lines or case.extra.get("stored") else "nothing done"
    return "unexpected"


def table(results: list[Case]) -> str:
    head = (
        f"{'case':<22} {'exit':>5} {'stopped':>7} {'seconds':>7} {'out':>6} {'peak MB':>8}"
        f"  {'MB by quarter':<24} verdict / first stderr line"
    )
    lines = [head, "-" * len(head)]
    for c in results:
        done = c.extra.get("stored", c.stdout_lines)
        quarters = "/".join(f"{q:.0f}" for q in c.rss_mb_by_quarter)
        lines.append(
            f"{c.name:<22} {c.exit_code!s:>5} {'yes' if c.stopped else 'no':>7} {c.seconds:>7.1f} {done:>6}"
            f" {c.peak_rss_mb:>8.0f}  {quarters:<24} {c.extra['verdict']}: {c.stderr_first[:90]}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=int, default=100, help="size of each input, MiB")
    parser.add_argument("--budget", type=float, default=60, help="seconds the JSONL dump is analysed for")
    parser.add_argument("--max-peak-mb", type=float, default=1024)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "big_input.json")
    parser.add_argument("--only", nargs="*", help="run only the cases whose name contains one of these")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="claimledger-big-") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        inputs = make_inputs(folder, args.mb * MB)
        print(
            f"bench.big_input: inputs written in {time.perf_counter() - t:.0f} s: {inputs}", file=sys.stderr
        )
        results = []
        for case in cases(folder, args.budget):
            if args.only and not any(o in case.name for o in args.only):
                continue
            print(f"bench.big_input: {case.name} ...", file=sys.stderr, flush=True)
            run_case(case, ROOT)
            if "ingest" in case.command:
                case.extra["stored"] = _stored(folder / "ingest.db")
            case.extra["verdict"] = verdict(case, args.max_peak_mb)
            results.append(case)
    result = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "mb": args.mb,
        "inputs": inputs,
        "max_peak_mb": args.max_peak_mb,
        "cases": [asdict(c) for c in results],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    print(
        f"\n{args.mb} MiB inputs; {os.cpu_count()} CPUs, load average {load_before[0]:.1f} before,"
        f" {result['load_average']['after'][0]:.1f} after; 'out' = ledgers printed (ingest: articles stored);"
        f" results in {args.out}"
    )
    bad = [
        c.name for c in results if c.extra["verdict"] != "ok" and not c.extra["verdict"].startswith("info")
    ]
    if bad:
        print(f"bench.big_input: FAILED {bad}", file=sys.stderr)
    return 1 if bad else 0


def _stored(db: Path) -> int:
    import sqlite3

    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


if __name__ == "__main__":
    sys.exit(main())
