"""Crash safety and concurrency: SIGKILL at random points, a PostgreSQL restart mid-ingest, two
ingests at once — every article stored exactly once and the database intact."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from claimledger import open_store

from ..conftest import EXAMPLE

pytestmark = pytest.mark.slow


def corpus(folder, n, offset=0):
    paragraphs = EXAMPLE.read_text().split("\n\n")
    folder.mkdir(exist_ok=True)
    for i in range(offset, offset + n):
        rotated = paragraphs[i % len(paragraphs) :] + paragraphs[: i % len(paragraphs)]
        (folder / f"a{i:03d}.txt").write_text(f"Report number {i}.\n\n" + "\n\n".join(rotated))


def ingest_cmd(src, db):
    return [
        sys.executable,
        "-m",
        "claimledger.cli",
        "ingest",
        str(src),
        "--db",
        str(db),
        "--published",
        "2024-08-13",
    ]


def stored(db) -> int:
    if str(db).startswith("postgresql://"):
        with open_store(db) as store:
            return store.count_articles()
    if not os.path.exists(db):
        return 0
    try:
        return sqlite3.connect(db, timeout=1).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def wait_until(proc, db, at_least, timeout=240):
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        if stored(db) >= at_least:
            return True
        time.sleep(0.05)
    return False


def assert_exactly_once(db, n):
    with open_store(db) as store:
        counts = store.counts()
        assert counts["articles"] == n and counts["rejections"] == 0
        ids = [row[0] for row in store.query("SELECT id FROM articles")]
        assert len(ids) == len(set(ids)) == n
        rows = dict(store.query("SELECT article_id, COUNT(*) FROM quantities GROUP BY article_id"))
        for ledger in store.ledgers():  # every ledger whole: its rows match its JSON
            assert rows.get(ledger.article.id, 0) == len(ledger.quantities) > 0
        if store.backend == "sqlite":
            assert store.integrity_check() == "ok"


def test_sigkill_at_random_points_then_rerun_stores_every_article_once(tmp_path):
    n = 60
    corpus(tmp_path / "in", n)
    db = tmp_path / "k.db"
    rng = random.Random(7)
    kills = 0
    for _ in range(3):
        proc = subprocess.Popen(
            ingest_cmd(tmp_path / "in", db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(1.5, 4.0))  # model load, then somewhere in the batch
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 1, "ingest finished before any kill; make the corpus larger"
    rerun = subprocess.run(ingest_cmd(tmp_path / "in", db), capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert_exactly_once(db, n)


def test_two_ingests_into_one_sqlite_database(tmp_path):
    corpus(tmp_path / "in", 30)
    db = tmp_path / "two.db"
    procs = [
        subprocess.Popen(ingest_cmd(tmp_path / "in", db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    assert_exactly_once(db, 30)


def test_postgres_restart_mid_ingest_then_every_article_once(tmp_path, postgres):
    n = 40
    corpus(tmp_path / "in", n)
    url = postgres.create_database("restart_mid_ingest")
    proc = subprocess.Popen(
        ingest_cmd(tmp_path / "in", url), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert wait_until(proc, url, 3), "ingest did not start storing"
    postgres.restart("immediate")
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    assert_exactly_once(url, n)


def test_postgres_sigkill_then_rerun(tmp_path, postgres):
    n = 30
    corpus(tmp_path / "in", n)
    url = postgres.create_database("sigkill_pg")
    proc = subprocess.Popen(
        ingest_cmd(tmp_path / "in", url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    assert wait_until(proc, url, 3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rerun = subprocess.run(ingest_cmd(tmp_path / "in", url), capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert_exactly_once(url, n)


OPEN_NEW_DB = """
import sys, time
from claimledger.store.sqlite import SQLiteStore
while time.time() < float(sys.argv[2]):
    pass
with SQLiteStore(sys.argv[1]) as store:
    store.migrate()
    print(store.version())
"""


def test_many_processes_creating_one_new_sqlite_database_at_once(tmp_path):
    """Opening a new database switches it to WAL and migrates it; processes that race to do so
    wait for each other instead of failing with "database is locked"."""
    for round_ in range(6):
        db = tmp_path / f"race{round_}.db"
        start = time.time() + 1.5
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPEN_NEW_DB, str(db), str(start)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for _ in range(6)
        ]
        for p in procs:
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err.decode()
            assert int(out) >= 1
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert (
                conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0]
                == conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
            )
