"""Analyse articles in worker processes: the language pipeline loaded once per worker, ledgers
yielded in input order, and the caller's process left as the only one that writes anywhere.

>>> from claimledger.ingest import make_article
>>> arts = [make_article("Kyiv said 12 drones were shot down.", id=f"a{i}") for i in range(3)]
>>> [x.article.id for x in analyze_parallel(arts, workers=2)]  # doctest: +SKIP
['a0', 'a1', 'a2']

Articles travel to the workers in chunks of :data:`CHUNK` (one ``nlp.pipe`` batch each, the
batches of :func:`~claimledger.pipeline.analyze_stream`, so that results come in the very order a
single process gives); at most ``2 × workers`` chunks are in flight, so an endless input stream
runs in bounded memory. Workers are started with ``spawn``: the same on Linux and macOS, and safe
in a parent that runs threads. The settings (``claimledger.settings``) are resolved in the parent,
command-line overrides included, and applied in every worker.

A worker that dies (killed, out of memory, a crash in native code) does not end the batch: the
pool is started again, the chunks that were in flight are retried one at a time, and a chunk that
kills a worker on its own has its articles rejected with :class:`~claimledger.errors.AnalysisError`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..errors import AnalysisError, ClaimLedgerError
from ..pipeline import BATCH_SIZE
from ..records import Article, Ledger, Rejection

CHUNK = BATCH_SIZE  # articles per task

T = TypeVar("T")
Result = Ledger | Rejection


@dataclass(frozen=True)
class Setup:
    """What a worker needs besides its articles: the pipeline path and the parent's settings."""

    model: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def here(cls, model: str | Path | None = None) -> Setup:
        """This process's settings, resolved now (command line, environment, config file)."""
        from .. import settings

        return cls(
            str(model) if model is not None else None,
            {s.name: settings.get(s.name) for s in settings.SETTINGS},
        )


Job = Callable[[list[Article], Setup], list[Result]]


def analyze_parallel(
    articles: Iterable[Article],
    *,
    workers: int,
    model: str | Path | None = None,
    chunk: int = CHUNK,
    job: Job | None = None,
) -> Iterator[Result]:
    """Ledgers (or rejections) for ``articles``, computed by ``workers`` processes, in the order
    :func:`~claimledger.pipeline.analyze_stream` gives them in one process (input order).

    ``workers=1`` runs in this process (no pool); ``model`` is a pipeline path for
    :func:`claimledger.nlp.load` (default: the shipped pipeline); ``job`` replaces the per-chunk
    function (a module-level callable, for tests).
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    job = job or analyze_chunk
    setup = Setup.here(model)
    if workers == 1:
        for part in chunks(articles, chunk):
            yield from job(part, setup)
        return
    yield from _Pool(workers, setup, job).run(chunks(articles, chunk))


def analyze_chunk(articles: list[Article], setup: Setup) -> list[Result]:
    """The per-chunk work of a worker: :func:`claimledger.pipeline.analyze_stream` on its pipeline."""
    from .. import settings
    from ..nlp import load
    from ..pipeline import analyze_stream

    with settings.overrides(**setup.settings):
        return list(analyze_stream(articles, nlp=load(setup.model)))


WARM_UP_TEXT = "KYIV: Ukraine said on Tuesday that 12 drones were shot down over the Kursk region."


def warm_up(setup: Setup) -> None:
    """Worker initializer: load the pipeline and the lexicons and gazetteer the extractors load on
    first use (seconds), by analysing one sentence before the first chunk arrives.

    A pipeline that cannot be loaded is left to the first chunk, whose :class:`ModelError` then
    reaches the caller as it would without workers (an initializer error only breaks the pool).
    """
    from ..ingest import make_article
    from ..nlp import load
    from ..pipeline import analyze_stream

    with contextlib.suppress(ClaimLedgerError):
        list(analyze_stream([make_article(WARM_UP_TEXT, published="2024-08-13")], nlp=load(setup.model)))


class _Pool:
    """A process pool fed a bounded window of chunks, answering in submission order."""

    def __init__(self, workers: int, setup: Setup, job: Job) -> None:
        self.workers = workers
        self.setup = setup
        self.job = job
        self.executor: ProcessPoolExecutor | None = None

    def run(self, chunks: Iterator[list[Article]]) -> Iterator[Result]:
        window: deque[tuple[list[Article], Future[list[Result]]]] = deque()
        try:
            for part in chunks:
                window.append((part, self._submit(part)))
                while len(window) >= 2 * self.workers:
                    yield from self._collect(window)
            while window:
                yield from self._collect(window)
        finally:
            self._shutdown()

    def _collect(self, window: deque[tuple[list[Article], Future[list[Result]]]]) -> Iterator[Result]:
        _, future = window[0]
        try:
            results = future.result()
        except BrokenProcessPool:
            yield from self._recover(window)
            return
        window.popleft()
        yield from results

    def _recover(self, window: deque[tuple[list[Article], Future[list[Result]]]]) -> Iterator[Result]:
        """A worker died: retry every chunk in flight alone, so the one that kills is found."""
        pending = [part for part, _ in window]
        window.clear()
        self._shutdown()
        for part in pending:
            try:
                results = self._submit(part).result()
            except BrokenProcessPool as exc:
                self._shutdown()
                message = f"analysis failed: a worker process died on this chunk ({exc})"
                results = [Rejection(a.id, AnalysisError.code, message) for a in part]
            yield from results

    def _submit(self, part: list[Article]) -> Future[list[Result]]:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=warm_up,
                initargs=(self.setup,),
            )
        return self.executor.submit(self.job, part, self.setup)

    def _shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    part: list[T] = []
    for item in items:
        part.append(item)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part
