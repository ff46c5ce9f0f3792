"""The serve benchmark on a small store: its variants are valid ledgers and search is fast.
(``make bench-serve`` runs it on 10,000 articles.)"""

from __future__ import annotations

import random

import pytest

from claimledger import open_store

from . import bench

pytestmark = pytest.mark.slow


def test_variants_are_valid_ledgers_with_shuffled_paragraphs(seeded):
    base = seeded["ledgers"]["seed-kursk"]
    rng = random.Random(1)
    one, two = bench.variant(base, 1, rng), bench.variant(base, 2, rng)
    for v in (one, two):
        v.check_spans()
        assert sorted(v.article.text.split("\n\n")) == sorted(base.article.text.split("\n\n"))
        assert len(v.quantities) == len(base.quantities) and len(v.places) == len(base.places)
    assert one.article.text != two.article.text and one.article.id == "bench-00001"
    assert one.article.text.split("\n\n")[0] == base.article.text.split("\n\n")[0]  # the dateline stays first


def test_search_on_a_small_store_is_within_budget(tmp_path):
    db = str(tmp_path / "bench.db")
    result = bench.run(articles=150, requests=20, db=db)
    with open_store(db) as store:
        assert store.count_articles() == 150
    for kind, r in result["latency"].items():
        assert r["requests"] == 20, kind
        if kind.startswith("search"):
            assert r["p95_ms"] < bench.BUDGET_MS, result
