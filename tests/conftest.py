"""Shared fixtures: the shipped pipeline (loaded once), the test articles, a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
EXAMPLE = ROOT / "examples" / "kursk.txt"
ARTICLES = sorted((DATA / "articles").glob("*.txt")) + [EXAMPLE]


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
