"""A published (read-only) database, and the API answering while ingest writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time

import httpx
import pytest

from claimledger import open_store
from claimledger.errors import ReadOnlyStore
from claimledger.serve import create_app
from claimledger.serve.security import LOCAL_HOSTS

from ..conftest import EXAMPLE
from .conftest import LiveServer


@pytest.fixture
def published(seeded, tmp_path):
    path = tmp_path / "published.db"
    shutil.copy(seeded["db"], path)
    return str(path)


def test_read_only_store_refuses_every_write(published, seeded):
    with open_store(published, read_only=True) as store:
        ledger = next(iter(seeded["ledgers"].values()))
        before = store.counts()
        for write in (lambda: store.put(ledger), lambda: store.delete(ledger.article.id)):
            with pytest.raises(ReadOnlyStore):
                write()
        assert store.counts() == before and store.get(ledger.article.id) == ledger


def test_read_only_server_answers_reads_and_refuses_to_store(published):
    server = LiveServer(create_app(published, allowed_hosts=LOCAL_HOSTS, read_only=True)).start()
    try:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            assert http.get("/api/articles").status_code == 200
            answer = http.post(
                "/api/analyze", json={"text": "Kyiv said 12 drones fell on Tuesday.", "store": True}
            )
            assert answer.status_code == 403
            assert answer.json()["error"]["code"] == "E401"
            analysed = http.post("/api/analyze", json={"text": "Kyiv said 12 drones fell on Tuesday."})
            assert analysed.status_code == 200 and analysed.json()["stored"] is None
    finally:
        server.stop()


def test_the_api_keeps_answering_while_ingest_writes(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    paragraphs = EXAMPLE.read_text().split("\n\n")
    n = 30
    for i in range(n):
        rotated = paragraphs[i % len(paragraphs) :] + paragraphs[: i % len(paragraphs)]
        (corpus / f"a{i:02d}.txt").write_text(f"Report {i} on Kursk.\n\n" + "\n\n".join(rotated))
    db = str(tmp_path / "busy.db")
    open_store(db).close()
    server = LiveServer(create_app(db, allowed_hosts=LOCAL_HOSTS)).start()
    answers: list[int] = []
    stop = threading.Event()

    def read_all_the_time() -> None:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            while not stop.is_set():
                for path in ("/api/articles?q=Kursk", "/api/conflicts", "/api/claims", "/articles"):
                    answers.append(http.get(path).status_code)

    readers = [threading.Thread(target=read_all_the_time) for _ in range(3)]
    try:
        for r in readers:
            r.start()
        started = time.monotonic()
        ingest = subprocess.run(
            [
                sys.executable,
                "-m",
                "claimledger.cli",
                "ingest",
                str(corpus),
                "--db",
                db,
                "--published",
                "2024-08-13",
            ],
            capture_output=True,
            timeout=600,
        )
        assert ingest.returncode == 0, ingest.stderr.decode()
        assert time.monotonic() - started > 1
    finally:
        stop.set()
        for r in readers:
            r.join(timeout=60)
        server.stop()
    assert len(answers) > 20 and set(answers) == {200}
    with open_store(db) as store:
        assert store.count_articles() == n
