"""The store on both backends: idempotent, atomic per article; SQLite resumable after SIGKILL."""

from __future__ import annotations

import pytest

from claimledger import analyze, open_store

from ..conftest import ARTICLES, EXAMPLE, run_cli


@pytest.fixture
def ledgers(nlp):
    return [analyze(p.read_text(), published="2024-08-13", nlp=nlp) for p in ARTICLES]


def test_put_is_idempotent_and_round_trips(store_url, ledgers):
    with open_store(store_url) as store:
        assert [store.put(x) for x in ledgers] == ["added"] * len(ledgers)
        first = store.counts()
        assert [store.put(x) for x in ledgers] == ["unchanged"] * len(ledgers)
        assert store.counts() == first
        for x in ledgers:
            assert store.get(x.article.id) == x
        assert first["articles"] == len(ledgers)
        assert first["statements"] == sum(len(x.statements) for x in ledgers)


def test_reanalysis_replaces_the_old_ledger(store_url, ledgers):
    ledger = ledgers[0]
    with open_store(store_url) as store:
        store.put(ledger)
        ledger.producer = {**ledger.producer, "version": "next"}
        ledger.quantities = ledger.quantities[:1]
        assert store.put(ledger) == "replaced"
        assert store.counts()["quantities"] == 1 and store.counts()["articles"] == 1


def test_a_failed_write_leaves_the_previous_ledger(store_url, ledgers):
    ledger = ledgers[0]
    with open_store(store_url) as store:
        store.put(ledger)
        before = store.counts()
        broken = analyze(ledger.article, nlp=None)
        broken.producer = {"version": "broken"}
        broken.places = [None]  # type: ignore[list-item]  - fails half-way through the inserts
        with pytest.raises(AttributeError):
            store.put(broken)
        assert store.counts() == before and store.get(ledger.article.id) == ledger


def _corpus(folder, n):
    paragraphs = EXAMPLE.read_text().split("\n\n")
    folder.mkdir()
    for i in range(n):
        rotated = paragraphs[i % len(paragraphs) :] + paragraphs[: i % len(paragraphs)]
        (folder / f"a{i:03d}.txt").write_text(f"Report number {i}.\n\n" + "\n\n".join(rotated))


def test_ingest_same_folder_twice_leaves_the_same_counts(tmp_path):
    _corpus(tmp_path / "in", 12)
    db = tmp_path / "x.db"
    r1 = run_cli("ingest", str(tmp_path / "in"), "--db", str(db), "--published", "2024-08-13")
    assert r1.returncode == 0, r1.stderr.decode()
    assert "12 added" in r1.stderr.decode()
    counts = open_store(db).counts()
    r2 = run_cli("ingest", str(tmp_path / "in"), "--db", str(db), "--published", "2024-08-13")
    assert r2.returncode == 0 and "12 unchanged" in r2.stderr.decode()
    assert open_store(db).counts() == counts and counts["articles"] == 12
