"""Shared fixtures: the shipped pipeline (loaded once), the test articles, a CLI runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
EXAMPLE = ROOT / "examples" / "kursk.txt"
ARTICLES = sorted((DATA / "articles").glob("*.txt")) + [EXAMPLE]


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server on 127.0.0.1 for the whole session (stopped afterwards)."""
    from .servers import PostgresServer

    # not under pytest's tmp dir: that is private to root, and the server runs as ``postgres``
    root = Path(tempfile.mkdtemp(prefix="claimledger-pg-"))
    server = PostgresServer(root)
    server.start()
    yield server
    server.stop("immediate")
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty database of each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    server = request.getfixturevalue("postgres")
    return server.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def nlp():
    from claimledger.nlp import load

    return load()


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_ledger(nlp, example_text):
    from claimledger import analyze

    return analyze(example_text, published="2024-08-13", id="seed-kursk", nlp=nlp)


def run_cli(
    *args: str, input: bytes | None = None, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[bytes]:
    """Run ``claimledger`` in a subprocess, as a user would."""
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run(
        [sys.executable, "-m", "claimledger.cli", *args],
        input=input,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        env=env,
    )
