"""The cross-source commands as a user runs them: claims, conflicts, entities, timeline, export."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import DATA, run_cli

MULTI = DATA / "multisource"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cross") / "x.db"
    r = run_cli(
        "ingest",
        str(MULTI / "a-syrsky.txt"),
        str(MULTI / "b-isw.txt"),
        "--db",
        str(path),
        "--published",
        "2024-08-13",
    )
    assert r.returncode == 0, r.stderr.decode()
    return path


def _json(*args):
    r = run_cli(*args)
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(r.stdout)


def test_two_reports_of_the_kursk_figures_agree_then_a_third_contradicts(db):
    groups = [
        g for g in _json("conflicts", "--all", "--db", str(db), "--format", "json") if g["unit"] == "km2"
    ]
    assert len(groups) == 1 and groups[0]["status"] == "consistent"
    assert "900–1,100 km2" in groups[0]["explanation"] and "at least 800 km2" in groups[0]["explanation"]
    assert _json("conflicts", "--db", str(db), "--format", "json") == []

    r = run_cli("ingest", str(MULTI / "c-moscow.txt"), "--db", str(db), "--published", "2024-08-13")
    assert r.returncode == 0, r.stderr.decode()
    (conflict,) = _json("conflicts", "--db", str(db), "--format", "json")
    assert conflict["status"] == "contradictory"
    text = conflict["explanation"]
    assert "300" in text and "1,000" in text and "do not overlap" in text
    assert len(conflict["sources"]) >= 2


def test_claims_filters_and_csv(db):
    r = run_cli("claims", "--db", str(db), "--since", "2024-08-13", "--format", "csv")
    assert r.returncode == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert rows and all(row["as_of"] >= "2024-08-13" for row in rows)
    assert {row["unit"] for row in rows} >= {"km2"}


def test_export_geojson_and_jsonl(db, tmp_path):
    geo = _json("export", "--format", "geojson", "--db", str(db))
    names = {f["properties"]["name"] for f in geo["features"]}
    assert "Kursk Oblast" in names and geo["type"] == "FeatureCollection"
    r = run_cli("export", "--format", "jsonl", "--db", str(db))
    ledgers = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert {x["format"] for x in ledgers} == {"claimledger/1"} and len(ledgers) >= 2
    out = tmp_path / "pq"
    r = run_cli("export", "--format", "parquet", "--db", str(db), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    import pyarrow.parquet as pq

    assert pq.read_table(out / "claims.parquet").num_rows >= 2


def test_timeline_and_entities_run(db):
    moments = _json("timeline", "--about", "square", "--db", str(db), "--format", "json")
    assert moments and [m["date"] for m in moments] == sorted(m["date"] for m in moments)
    assert isinstance(_json("entities", "--db", str(db), "--format", "json"), list)
    r = run_cli("entities", "No Such Person", "--db", str(db))
    assert r.returncode == 1 and "no entity" in r.stderr.decode()
