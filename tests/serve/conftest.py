"""One seeded store, one live server and one browser for the whole session.

The store holds real articles of the repository analysed by the shipped pipeline (the example,
the test articles, the three-source contradiction group), two hostile articles (plain text and an
HTML page with script tags, event handlers and ``javascript:`` links) and a hand-built sparse
ledger (no speaker, no cue, nulls everywhere), so that every page meets every shape of data.

The server is uvicorn on 127.0.0.1 and a free port, in a thread; the browser is Debian's
Chromium driven by Playwright (``playwright install`` is never used). Each browser test gets a
fresh context that refuses every request not addressed to the test server, records dialogs,
page errors and Content-Security-Policy violations (the teardown fails the test on any), and
saves a screenshot under ``artifacts/screenshots/``.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from claimledger import open_store
from claimledger.records import (
    Article,
    Entity,
    Event,
    Ledger,
    Place,
    Quantity,
    Span,
    Statement,
    TimeExpr,
)

from ..conftest import DATA, EXAMPLE, ROOT
from ..servers import free_port

HERE = Path(__file__).parent
CHROMIUM = Path(os.environ.get("CLAIMLEDGER_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_TEXT_ID = 'hostile-"><img src=x onerror=alert(1)>'
HOSTILE_HTML_ID = "hostile-html"
HOSTILE_TITLE = f"{SCRIPT} Hostile report"
SPARSE_ID = "sparse"


def seed_ledgers(nlp: Any) -> list[Ledger]:
    """The ledgers every serve test sees (see the module docstring)."""
    from claimledger import analyze
    from claimledger.ingest import make_article
    from claimledger.ingest.html import read_html

    out = [analyze(EXAMPLE.read_text(encoding="utf-8"), published="2024-08-13", id="seed-kursk", nlp=nlp)]
    for path in sorted((DATA / "articles").glob("*.txt")):
        out.append(analyze(path.read_text(encoding="utf-8"), published="2024-08-13", id=path.stem, nlp=nlp))
    outlets = {"a-syrsky": "Kyiv Daily", "b-isw": "Think Tank Wire", "c-moscow": "Moscow Herald"}
    for path in sorted((DATA / "multisource").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(analyze(text, published="2024-08-13", id=path.stem, outlet=outlets[path.stem], nlp=nlp))
    hostile = make_article(
        (HERE / "data" / "hostile.txt").read_text(encoding="utf-8"),
        id=HOSTILE_TEXT_ID,
        title=HOSTILE_TITLE,
        outlet=IMG,
        url="javascript:alert(1)",
        published="2024-08-14",
    )
    out.append(analyze(hostile, nlp=nlp))
    page = read_html(
        (HERE / "data" / "hostile.html").read_text(encoding="utf-8"),
        id=HOSTILE_HTML_ID,
        url="javascript:alert(document.cookie)",
        published="2024-08-12",
    )
    out.append(analyze(page, nlp=nlp))
    out.append(sparse_ledger())
    return out


def sparse_ledger() -> Ledger:
    """A ledger with every optional field empty or null, and records that point nowhere."""
    text = "Someone said it happened. Nobody knows where: Atlantis, on some day, 5 things."

    def at(part: str) -> tuple[str, int, int]:
        start = text.index(part)
        return part, start, start + len(part)

    return Ledger(
        article=Article(SPARSE_ID, text),
        statements=[Statement("s1", "indirect", None, Span(*at("it happened")), None)],
        quantities=[Quantity(*at("5 things"), id="q1", value=5, unit=None, bound="vague")],
        entities=[Entity("e1", "Someone", "group")],
        places=[Place(*at("Atlantis"), name="Atlantis", kind="other")],
        dates=[TimeExpr(*at("on some day"), value=None, granularity="vague")],
        events=[Event("v1", "SIGNAL", Span(*at("happened")), place=7, date=None)],
        producer={"name": "hand-built"},
    )


@pytest.fixture(scope="session")
def seeded(nlp, tmp_path_factory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("serve") / "seeded.db"
    ledgers = seed_ledgers(nlp)
    for ledger in ledgers:
        ledger.check_spans()
    with open_store(path) as store:
        for ledger in ledgers:
            store.put(ledger)
    return {"db": str(path), "ledgers": {x.article.id: x for x in ledgers}}


# -- a live server -----------------------------------------------------------------------------------
class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a thread of this process."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{self.port}", daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the test server on port {self.port} did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def live_server(db: str) -> LiveServer:
    from claimledger.serve import create_app
    from claimledger.serve.security import LOCAL_HOSTS

    return LiveServer(create_app(db, allowed_hosts=LOCAL_HOSTS)).start()


@pytest.fixture(scope="session")
def server(seeded) -> Iterator[LiveServer]:
    srv = live_server(seeded["db"])
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def http(server):
    import httpx

    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture
def store(seeded):
    with open_store(seeded["db"]) as s:
        yield s


# -- the browser -----------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: the browser tests need it "
            "(apt-get install chromium; .ci/run installs it). playwright install is not used.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        # launch() starts Chromium with a fresh temporary profile (user-data dir) of its own
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    except Exception:
        pw.stop()
        raise
    yield chromium
    chromium.close()
    pw.stop()


@dataclass
class Watch:
    """What went wrong in a page: alerts, script errors, CSP violations, off-site requests."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)  # console errors a test provokes on purpose

    def problems(self) -> dict[str, list[str]]:
        return {k: v for k, v in vars(self).items() if v and k != "expected"}


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser, server, watch, request):
    context = browser.new_context(
        base_url=server.url, viewport={"width": 1366, "height": 900}, accept_downloads=True
    )
    context.set_default_timeout(15_000)

    def route(r):  # nothing leaves the machine: the pages must work with no network
        if r.request.url.startswith(server.url) or r.request.url.startswith("data:"):
            r.continue_()
        else:
            watch.offsite.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("dialog", lambda d: (watch.dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    pg.on("console", lambda m: _console(m, watch))
    pg.on("requestfailed", lambda r: _failed(r, watch))
    yield pg
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)[:120]
    try:
        pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    finally:
        context.close()
    assert not watch.problems(), f"the page misbehaved: {watch.problems()}"


def _failed(request: Any, watch: Watch) -> None:
    # a navigation cancels the requests of the page it leaves; off-site ones are counted apart
    if "ERR_ABORTED" not in (request.failure or ""):
        watch.failed.append(f"{request.url}: {request.failure}")


def _console(message: Any, watch: Watch) -> None:
    text = message.text
    if "Content Security Policy" in text or "Content-Security-Policy" in text:
        watch.csp.append(text)
    elif message.type == "error" and not any(e in text for e in watch.expected):
        watch.errors.append(text)
