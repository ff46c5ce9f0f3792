"""Where the time goes after the language pipeline: extraction, resolution and JSON, per stage.

    python -m bench.profile_extract bench/corpus/gum-wikinews-2000.jsonl [--articles 300]

1. Parses the first ``--articles`` articles with ``nlp.pipe`` (timed: the pipeline's share).
2. Times ``build_ledger`` and ``Ledger.to_json`` on the parsed docs with a light CPU timer around each
   function ``build_ledger`` calls (found by introspection, so it follows pipeline.py as it
   changes) and around the methods of the classes it uses (``SpeakerResolver``): exclusive
   times, so the stages add up to the whole.
3. Runs the same work under cProfile and lists the functions with the most own time, and the
   own time per package/module (cProfile slows Python code more than native code: read its
   shares as a ranking, the timer's numbers as the cost).

The issue's target: extraction + resolution + JSON ≤ 20 % on top of the language pipeline.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import inspect
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TARGET_OVERHEAD = 0.20


class StageTimer:
    """Exclusive CPU time per wrapped callable: a nested wrapped call is charged to itself only.
    CPU time, not wall time: the machine may be shared, and this code does not wait on I/O."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []  # per active call: [start, time spent in nested calls]

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._stack.append([time.process_time(), 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                start, nested = self._stack.pop()
                spent = time.process_time() - start
                self.own[name] += spent - nested
                self.calls[name] += 1
                if self._stack:
                    self._stack[-1][1] += spent

        return timed


@contextmanager
def timed_stages(timer: StageTimer) -> Iterator[None]:
    """Wrap what ``build_ledger`` calls (module functions, classes' methods) for the duration."""
    from claimledger import pipeline
    from claimledger.records import Ledger

    patches: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, attr: str, label: str) -> None:
        original = inspect.getattr_static(owner, attr)
        func = original.__func__ if isinstance(original, staticmethod | classmethod) else original
        wrapped = timer.wrap(label, func)
        if isinstance(original, staticmethod | classmethod):
            wrapped = type(original)(wrapped)
        patches.append((owner, attr, original))
        setattr(owner, attr, wrapped)

    names = set(pipeline.build_ledger.__code__.co_names) | set(pipeline._statements.__code__.co_names)
    for name in sorted(names):
        obj = getattr(pipeline, name, None)
        module = getattr(obj, "__module__", "") or ""
        if not module.startswith("claimledger") or module == "claimledger.records":
            continue
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if inspect.isfunction(member) and not attr.startswith("__"):
                    patch(obj, attr, f"{obj.__name__}.{attr}")
        elif inspect.isfunction(obj):
            patch(pipeline, name, name)
    patch(Ledger, "check_spans", "Ledger.check_spans")
    try:
        yield
    finally:
        for owner, attr, original in reversed(patches):
            setattr(owner, attr, original)


def extract_all(articles: list[Any], docs: list[Any], nlp: Any) -> None:
    """The work after the pipeline, as the CLI does it: ledger and its JSON line."""
    from claimledger.pipeline import build_ledger

    for article, doc in zip(articles, docs):
        build_ledger(article, doc, nlp).to_json()


def report(corpus: Path, limit: int, top: int) -> str:
    from claimledger.ingest import read_paths
    from claimledger.nlp import load
    from claimledger.pipeline import BATCH_SIZE, build_ledger
    from claimledger.records import Article, Ledger

    articles = [a for a in read_paths([str(corpus)]) if isinstance(a, Article)][:limit]
    nlp = load()
    build_ledger(articles[0], nlp(articles[0].text), nlp)  # first use loads lexicons and the gazetteer
    start = time.process_time()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=BATCH_SIZE))
    nlp_s = time.process_time() - start

    timer = StageTimer()
    original_to_json = Ledger.to_json
    Ledger.to_json = timer.wrap("Ledger.to_json", original_to_json)  # type: ignore[method-assign]
    try:
        with timed_stages(timer):
            timer_build = timer.wrap("build_ledger (own)", build_ledger)
            start = time.process_time()
            for article, doc in zip(articles, docs):
                timer_build(article, doc, nlp).to_json()
            extract_s = time.process_time() - start
    finally:
        Ledger.to_json = original_to_json  # type: ignore[method-assign]

    profiler = cProfile.Profile()
    profiler.runcall(extract_all, articles, docs, nlp)
    stats = pstats.Stats(profiler)

    n = len(articles)
    words = sum(len(a.text.split()) for a in articles)
    lines = [
        f"{n} articles, {words:,} words; pipeline {nlp.pipe_names}",
        f"nlp.pipe:                {1000 * nlp_s / n:8.2f} CPU ms/article",
        f"extract+resolve+JSON:    {1000 * extract_s / n:8.2f} CPU ms/article"
        f"  = {extract_s / nlp_s:.0%} on top of the pipeline (target ≤ {TARGET_OVERHEAD:.0%});"
        f" {extract_s / (nlp_s + extract_s):.0%} of the time",
        "",
        "stage (exclusive CPU time)              CPU ms/article   share  calls/article",
    ]
    total = sum(timer.own.values())
    for name, own in sorted(timer.own.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:<42} {1000 * own / n:9.2f} {own / total:7.1%} {timer.calls[name] / n:10.1f}")
    lines += ["", f"own time by module (cProfile, top {top})"]
    by_module: dict[str, float] = defaultdict(float)
    for (path, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        by_module[_module_label(path)] += tottime
    prof_total = sum(by_module.values())
    for label, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {label:<60} {tt / prof_total:6.1%}")
    lines += ["", f"claimledger functions by cumulative time (cProfile, top {top})"]
    ours = [kv for kv in stats.stats.items() if "claimledger" in kv[0][0] and "bench" not in kv[0][0]]  # type: ignore[attr-defined]
    for (path, lineno, func), (_, calls, _, cumtime, _) in sorted(ours, key=lambda kv: -kv[1][3])[:top]:
        where = f"{_module_label(path)}:{lineno}({func})"
        lines.append(f"  {where:<70} {cumtime / prof_total:6.1%} cum {calls:>9} calls")
    lines += ["", f"functions with the most own time (cProfile, top {top})"]
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]  # type: ignore[attr-defined]
    for (path, lineno, func), (_, calls, tottime, cumtime, _) in rows:
        where = f"{_module_label(path)}:{lineno}({func})"
        lines.append(
            f"  {where:<70} {tottime / prof_total:6.1%} own {cumtime / prof_total:6.1%} cum {calls:>9} calls"
        )
    return "\n".join(lines)


def _module_label(path: str) -> str:
    """A short name for a source file: ``claimledger/extract/dates.py``, ``dateparser/…``, ``re``."""
    if path == "~":
        return "(built-in functions)"
    if not Path(path).is_absolute():
        return path  # compiled modules report their source path inside the package: spacy/tokens/doc.pyx
    parts = Path(path).parts
    for anchor in ("claimledger", "site-packages"):
        if anchor in parts:
            i = parts.index(anchor)
            rest = parts[i:] if anchor == "claimledger" else parts[i + 1 :]
            return "/".join(rest) if anchor == "claimledger" else "/".join(rest[:2])
    return "/".join(parts[-2:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.profile_extract", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=None, help="also write the report to this file")
    args = parser.parse_args(argv)
    text = report(args.corpus, args.articles, args.top)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
