"""Run the benchmark: throughput and peak memory of each stage, as 1 and N worker processes.

    python -m bench.run bench/corpus/gum-wikinews-2000.jsonl [--workers 1 2] [--out bench/results.json]

Every measurement is one command in a fresh process, timed from start to exit (interpreter start,
imports, pipeline and gazetteer loading included, as a user pays them):

- ``nlp``: ``python -m bench.stages nlp`` — read the corpus and run the bare language pipeline;
- ``analyze``: ``claimledger analyze CORPUS --format jsonl --workers N`` (output to /dev/null);
- ``ingest``: ``claimledger ingest CORPUS --db <new SQLite file> --workers N``.

Reported per run: wall seconds, CPU seconds (user + system of the process and its workers),
articles/s and words/s (wall clock), CPU milliseconds per article, and peak memory: the largest
sum of the resident set sizes of the process and its workers, sampled every 50 ms from /proc
(elsewhere: the largest single process, from ``wait4``). A shared or busy machine slows the wall
clock but hardly the CPU time, which is why both are shown; the load average is recorded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("nlp", "analyze", "ingest")
TARGET_RATIO = 0.8  # issue 9: analyze end to end at ≥ 80 % of the bare pipeline's articles/s


@dataclass
class Run:
    stage: str
    workers: int
    articles: int
    words: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    exit_code: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds

    @property
    def cpu_ms_per_article(self) -> float:
        return 1000 * self.cpu_seconds / self.articles

    def row(self) -> dict[str, object]:
        out = asdict(self)
        out.update(
            articles_per_s=round(self.articles_per_s, 2),
            words_per_s=round(self.words_per_s),
            cpu_ms_per_article=round(self.cpu_ms_per_article, 2),
        )
        return out


def command(stage: str, corpus: Path, workers: int, scratch: Path) -> list[str]:
    """The command line measured for one stage."""
    py = sys.executable
    if stage == "nlp":
        return [py, "-m", "bench.stages", "nlp", str(corpus), "--workers", str(workers)]
    cli = [py, "-m", "claimledger.cli"]
    if stage == "analyze":
        return [*cli, "analyze", str(corpus), "--format", "jsonl", "--workers", str(workers)]
    if stage == "ingest":
        db = scratch / f"ingest-w{workers}.db"
        return [*cli, "ingest", str(corpus), "--db", str(db), "--workers", str(workers)]
    raise ValueError(f"unknown stage {stage!r}")


def measure(cmd: list[str], *, cwd: Path = ROOT) -> tuple[float, float, float, int, str]:
    """Run ``cmd``; return wall seconds, CPU seconds, peak memory (MB), exit code and stderr's tail."""
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        sampler = _RssSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
        err.seek(0)
        tail = err.read().decode("utf-8", "replace")[-2000:]
    peak = sampler.peak_kb or usage.ru_maxrss  # ru_maxrss is in KiB on Linux
    return seconds, usage.ru_utime + usage.ru_stime, peak / 1024, proc.returncode, tail


class _RssSampler(threading.Thread):
    """The largest total resident memory of a process and its descendants, sampled from /proc."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        if not Path("/proc/self/status").exists():
            return
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(self.pid))
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree_rss_kb(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry.name), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def corpus_counts(corpus: Path) -> tuple[int, int]:
    """Articles and words (whitespace-separated) of a JSONL corpus."""
    articles = words = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                articles += 1
                words += len(json.loads(line).get("text", "").split())
    return articles, words


def machine() -> dict[str, object]:
    import spacy

    from claimledger.nlp import load
    from claimledger.pipeline import _producer

    nlp = load()
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "pipeline": _producer(nlp)["pipeline"],
        "pipeline_components": list(nlp.pipe_names),
        "rule_only_fallback": bool(nlp.meta.get("claimledger_fallback")),
    }


def table(runs: list[Run]) -> str:
    """The results as a plain-text table, with each stage's speed relative to the bare pipeline."""
    bare = {r.workers: r.articles_per_s for r in runs if r.stage == "nlp" and r.exit_code == 0}
    head = (
        f"{'stage':<8} {'workers':>7} {'articles':>8} {'seconds':>8} {'articles/s':>10} {'words/s':>9} "
        f"{'cpu ms/art':>10} {'peak MB':>8} {'vs nlp':>7}"
    )
    lines = [head, "-" * len(head)]
    for r in runs:
        ratio = f"{r.articles_per_s / bare[r.workers]:.0%}" if r.workers in bare else "-"
        failed = "" if r.exit_code == 0 else f"  (exit {r.exit_code})"
        lines.append(
            f"{r.stage:<8} {r.workers:>7} {r.articles:>8} {r.seconds:>8.1f} {r.articles_per_s:>10.1f} "
            f"{r.words_per_s:>9,.0f} {r.cpu_ms_per_article:>10.1f} {r.peak_rss_mb:>8.0f} {ratio:>7}{failed}"
        )
    return "\n".join(lines)


def ratios(runs: list[Run]) -> dict[str, float]:
    """analyze articles/s over the bare pipeline's, per worker count."""
    by = {(r.stage, r.workers): r for r in runs if r.exit_code == 0}
    return {
        str(w): round(by["analyze", w].articles_per_s / by["nlp", w].articles_per_s, 3)
        for (stage, w) in by
        if stage == "analyze" and ("nlp", w) in by
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument(
        "--min-ratio",
        type=float,
        default=None,
        help="fail (exit 1) when analyze with 1 worker is below this share of the bare pipeline's articles/s",
    )
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    articles, words = corpus_counts(corpus)
    load_before = os.getloadavg()
    runs: list[Run] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="claimledger-bench-") as scratch:
        for stage in args.stages:
            for workers in args.workers:
                cmd = command(stage, corpus, workers, Path(scratch))
                print(f"bench: {stage} with {workers} worker(s) ...", file=sys.stderr, flush=True)
                seconds, cpu, peak, code, tail = measure(cmd)
                runs.append(Run(stage, workers, articles, words, seconds, cpu, peak, code))
                if code != 0:
                    failures.append(f"{stage} --workers {workers} exited {code}: {tail.strip()}")
    result = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "corpus": {"path": str(args.corpus), "articles": articles, "words": words},
        "machine": machine(),
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "runs": [r.row() for r in runs],
        "analyze_vs_nlp": ratios(runs),
        "target_analyze_vs_nlp": TARGET_RATIO,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(table(runs))
    m = result["machine"]
    print(
        f"\ncorpus {args.corpus}: {articles} articles, {words:,} words; pipeline {m['pipeline']} "  # type: ignore[index]
        f"{m['pipeline_components']}; {m['cpus']} CPUs; load average {load_before[0]:.1f} before, "  # type: ignore[index]
        f"{result['load_average']['after'][0]:.1f} after; results in {args.out}"  # type: ignore[index]
    )
    for w, ratio in result["analyze_vs_nlp"].items():  # type: ignore[union-attr]
        print(f"analyze / nlp articles/s with {w} worker(s): {ratio:.0%} (target {TARGET_RATIO:.0%})")
    for line in failures:
        print(f"bench: FAILED {line}", file=sys.stderr)
    if failures:
        return 1
    ratio = result["analyze_vs_nlp"].get("1")  # type: ignore[union-attr]
    if args.min_ratio is not None and (ratio is None or ratio < args.min_ratio):
        print(f"bench: analyze runs at {ratio} of the bare pipeline, below {args.min_ratio}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
