"""Worker processes: the same ledgers as one process, in input order, and a batch that survives."""

from __future__ import annotations

import dataclasses
import os

import pytest

from claimledger import settings
from claimledger.errors import AnalysisError, ModelError
from claimledger.ingest import read_paths
from claimledger.pipeline import analyze_stream
from claimledger.records import Ledger, Rejection
from claimledger.scale.pool import analyze_parallel

from ..conftest import ARTICLES
from .jobs import crash_on_marked, report_settings


@pytest.fixture(scope="module")
def articles():
    """The test articles three times over, each copy with its own id."""
    base = [a for a in read_paths([str(p) for p in ARTICLES], published="2024-08-13")]
    return [dataclasses.replace(a, id=f"{a.id}-{n}") for n in range(3) for a in base]


def _json(results):
    return [r.to_json() if isinstance(r, Ledger) else r for r in results]


def test_two_workers_give_the_single_process_results_in_order(nlp, articles):
    stream = list(articles)
    stream[4] = dataclasses.replace(stream[4], id="bad-date", published="not a date")  # fails in build_ledger
    expected = _json(analyze_stream(stream, nlp=nlp))
    got = _json(analyze_parallel(iter(stream), workers=2, chunk=3))
    assert len(got) == len(stream)
    assert got == expected
    assert got[4] == Rejection("bad-date", AnalysisError.code, got[4].message)
    assert "analysis failed" in got[4].message


def test_a_worker_that_dies_costs_only_its_own_chunk(articles):
    stream = list(articles[:8])
    stream[5] = dataclasses.replace(stream[5], id="crash-5")  # chunk [4, 5] of chunks of 2
    results = list(analyze_parallel(stream, workers=2, chunk=2, job=crash_on_marked))
    assert [r.source if isinstance(r, Rejection) else r.article.id for r in results] == [a.id for a in stream]
    rejected = [r for r in results if isinstance(r, Rejection)]
    assert [r.source for r in rejected] == [stream[4].id, "crash-5"]
    assert all(r.code == AnalysisError.code and "worker process died" in r.message for r in rejected)


def test_a_missing_pipeline_is_the_same_error_as_without_workers(articles, tmp_path):
    with pytest.raises(ModelError, match="no language pipeline"):
        list(analyze_parallel(articles[:2], workers=2, model=tmp_path / "nowhere"))


def test_workers_must_be_positive(articles):
    with pytest.raises(ValueError, match="at least 1"):
        list(analyze_parallel(articles, workers=0))


def test_workers_see_the_settings_of_the_caller(articles):
    with settings.overrides(time_limit=7.5):
        results = list(analyze_parallel(articles[:6], workers=2, chunk=1, job=report_settings))
    assert [r.source for r in results] == [a.id for a in articles[:6]]
    pids = {r.message.split()[0] for r in results}
    assert {r.message.split()[1] for r in results} == {"7.5"}
    assert str(os.getpid()) not in pids  # computed in the workers
