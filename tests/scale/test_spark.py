"""The Spark job in local mode: its ledgers are byte-identical to ``claimledger analyze --format jsonl``."""

from __future__ import annotations

import json

import pytest

from ..conftest import ARTICLES, DATA, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    """The test articles as JSONL, with what a real dump holds: HTML, no id, bad and blank lines."""
    lines = [
        json.dumps({"id": p.stem, "text": p.read_text(), "published": "2024-08-13", "outlet": "Test"})
        for p in ARTICLES
    ]
    lines.insert(1, json.dumps({"html": (DATA / "articles" / "kursk.html").read_text(), "id": "kursk-html"}))
    lines.insert(2, '{"id": "broken", "text": ')
    lines.insert(3, "")
    lines.insert(4, json.dumps({"id": "no-text", "title": "nothing"}))
    lines.append(
        json.dumps(
            {"text": "KYIV: Ukraine said on Tuesday it shot down 12 drones.", "published": "2024-08-13"}
        )
    )
    path = tmp_path_factory.mktemp("spark") / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cli_lines(dump):
    result = run_cli("analyze", str(dump), "--format", "jsonl")
    assert result.returncode == 1, result.stderr.decode()  # the broken line and the empty object
    return result.stdout.decode("utf-8").splitlines()


def _rows(spark, path):
    return [r.asDict() for r in spark.read.parquet(str(path)).orderBy("seq").collect()]


def test_spark_ledgers_are_the_cli_ledgers(spark, dump, cli_lines, tmp_path):
    from claimledger.scale.spark import run

    counts = run(spark, str(dump), str(tmp_path / "out"), partitions=2)
    rows = _rows(spark, tmp_path / "out")
    assert [r["ledger"] for r in rows if r["ledger"] is not None] == cli_lines
    assert counts == {"ledgers": len(cli_lines), "rejected": 2}
    assert len(cli_lines) == len(ARTICLES) + 2
    rejected = {r["source"]: r["code"] for r in rows if r["ledger"] is None}
    assert rejected == {f"{dump}:3": "E105", f"{dump}:5": "E105"}
    assert [r["seq"] for r in rows] == [0, 1, 2, *range(4, len(ARTICLES) + 5)]  # line 4 is blank
    assert all(r["id"] == json.loads(r["ledger"])["article"]["id"] for r in rows if r["ledger"])


def test_spark_reads_parquet_too(spark, dump, cli_lines, tmp_path):
    from claimledger.scale.spark import run

    objects = [
        json.loads(line)
        for line in dump.read_text().splitlines()
        if line.startswith("{") and line.endswith("}")
    ]
    columns = ["id", "text", "html", "published", "title", "outlet"]
    frame = spark.createDataFrame(
        [tuple(o.get(c) for c in columns) for o in objects], ", ".join(f"{c} string" for c in columns)
    )
    frame.coalesce(1).write.parquet(str(tmp_path / "in.parquet"))
    counts = run(spark, str(tmp_path / "in.parquet"), str(tmp_path / "out"))
    rows = _rows(spark, tmp_path / "out")
    assert counts == {"ledgers": len(cli_lines), "rejected": 1}
    assert [r["ledger"] for r in rows if r["ledger"] is not None] == cli_lines
    (bad,) = [r for r in rows if r["ledger"] is None]
    assert bad["id"] is None and bad["code"] == "E105" and "neither 'text' nor 'html'" in bad["message"]


def test_the_entry_point_runs_the_same_job(spark, dump, cli_lines, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "claimledger.scale.spark", str(dump), str(out), "--master", "local[1]"]
    result = subprocess.run(cmd, capture_output=True, timeout=300)
    assert result.returncode == 1, result.stderr.decode()[-3000:]  # two records were rejected
    assert f"{len(cli_lines)} ledgers, 2 rejected" in result.stderr.decode()
    assert [r["ledger"] for r in _rows(spark, out) if r["ledger"] is not None] == cli_lines


def test_without_java_the_reason_is_clear(monkeypatch, tmp_path):
    from claimledger.scale.spark import java_missing, main

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert "openjdk-17-jre-headless" in java_missing()
    assert main([str(tmp_path / "in.jsonl"), str(tmp_path / "out")]) == 2


def test_a_partition_keeps_every_record_in_its_place(monkeypatch):
    """The partition function alone (no Spark): one row per record, bugs in a reader contained."""
    from claimledger.ingest import jsonl
    from claimledger.scale.spark import analyze_partition

    good = json.dumps({"id": "a", "text": "KYIV: Ukraine said on Tuesday it shot down 12 drones."})
    russian = json.dumps(
        {"id": "ru", "text": "Министерство обороны России заявило во вторник, что сбило 12 дронов."}
    )
    records = [(good, 0), ("", 1), ("[1, 2]", 2), (russian, 3), (good.replace('"a"', '"b"'), 4)]
    rows = list(analyze_partition(records, kind="jsonl", name="in.jsonl", published="2024-08-13"))
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (0, "in.jsonl:1", "a", None),
        (2, "in.jsonl:3", None, "E105"),
        (3, "in.jsonl:4", "ru", "E108"),  # reported first by analyze_stream, kept in its place here
        (4, "in.jsonl:5", "b", None),
    ]
    assert json.loads(rows[0][3])["article"]["published"] == "2024-08-13"

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(jsonl, "read_object", broken)
    (row,) = analyze_partition([({"id": "c", "text": "x"}, 7)], kind="parquet", name="in.parquet")
    assert row == (7, "in.parquet[7]", None, None, "E500", "reading failed: RuntimeError: a bug")
