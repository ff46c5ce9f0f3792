"""``--workers N`` on the command line: the output of one process, in order, one database writer."""

from __future__ import annotations

import json

import pytest

from claimledger.store import open_store

from ..conftest import ARTICLES, run_cli


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    """A JSONL dump: every test article twice (distinct ids) and one broken line in between."""
    path = tmp_path_factory.mktemp("workers") / "dump.jsonl"
    lines = []
    for n in range(2):
        for p in ARTICLES:
            lines.append(
                json.dumps({"id": f"{p.stem}-{n}", "text": p.read_text(), "published": "2024-08-13"})
            )
    lines.insert(3, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n")
    return path


def test_analyze_jsonl_with_two_workers_is_byte_identical(dump):
    one = run_cli("analyze", str(dump), "--format", "jsonl")
    two = run_cli("analyze", str(dump), "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 1  # the broken line
    assert two.stderr.decode().splitlines() == one.stderr.decode().splitlines()
    assert "E105" in two.stderr.decode()
    ids = [json.loads(line)["article"]["id"] for line in two.stdout.decode().splitlines()]
    assert ids == [f"{p.stem}-{n}" for n in range(2) for p in ARTICLES]
    assert two.stdout == one.stdout


def test_ingest_with_two_workers_stores_the_same_rows(dump, tmp_path):
    for workers in ("1", "2"):
        result = run_cli("ingest", str(dump), "--db", str(tmp_path / f"w{workers}.db"), "--workers", workers)
        assert result.returncode == 1, result.stderr.decode()
        assert f"{2 * len(ARTICLES)} added" in result.stderr.decode()
    with open_store(tmp_path / "w1.db") as one, open_store(tmp_path / "w2.db") as two:
        assert two.counts() == one.counts()
        assert two.counts()["articles"] == 2 * len(ARTICLES) and two.counts()["rejections"] == 1
        assert [x.to_json() for x in two.ledgers()] == [x.to_json() for x in one.ledgers()]


def test_workers_must_be_a_positive_number(dump):
    result = run_cli("analyze", str(dump), "--workers", "0")
    assert result.returncode == 2 and "--workers" in result.stderr.decode()
