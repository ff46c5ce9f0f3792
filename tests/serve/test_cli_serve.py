"""``claimledger serve`` as a user runs it: a real process on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from ..conftest import run_cli
from ..servers import free_port

pytestmark = pytest.mark.slow


def test_help_documents_the_options():
    r = run_cli("serve", "--help")
    assert r.returncode == 0
    out = r.stdout.decode()
    for option in ("--db", "--host", "--port", "127.0.0.1", "8000"):
        assert option in out


def test_serve_answers_on_loopback_and_stops(seeded):
    port = free_port()
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimledger.cli", "serve", "--db", seeded["db"], "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(url + "/api/articles", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["total"] >= 10
        assert httpx.get(url + "/articles").status_code == 200
        # bound to loopback, so only loopback names are accepted as Host
        assert httpx.get(url + "/api/articles", headers={"host": "attacker.example"}).status_code == 400
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in err.decode()


def test_serve_reports_a_database_it_cannot_open(tmp_path):
    r = run_cli("serve", "--db", str(tmp_path), "--port", str(free_port()), timeout=60)
    assert r.returncode == 1
    assert "claimledger: [E400]" in r.stderr.decode()
