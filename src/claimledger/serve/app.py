"""The application factory: the JSON API under ``/api``, the HTML pages, the vendored assets, the
security headers and one error shape for every failure.

Every failure answers ``{"error": {"code", "message", "status"}}`` under ``/api`` (and to clients
that ask for JSON); pages show the same three fields in HTML.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import ClaimLedgerError, InputError, ReadOnlyStore, StoreError
from ..store import DEFAULT_DB, Store, open_store
from .security import SecurityMiddleware
from .templates import templates
from .views import NotFound

HERE = Path(__file__).parent
LOG = logging.getLogger("claimledger.serve")
STATUS_CODES = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "store_unavailable",
}


class Stores:
    """One store connection per worker thread, opened on first use and closed at shutdown.

    Sync routes run in a thread pool; a SQLite connection must not serve two threads at once,
    so each thread gets its own (readers never block each other under WAL).
    """

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_store(self.url, read_only=self.read_only)
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            store.close()


def create_app(
    db: str | Path = DEFAULT_DB, *, allowed_hosts: list[str] | None = None, read_only: bool = False
) -> FastAPI:
    """The web app over the store at ``db`` (a SQLite path or ``postgresql://`` URL).

    ``allowed_hosts``: the Host headers accepted (a guard against DNS rebinding when bound to
    127.0.0.1); None accepts any.
    """
    # create or migrate now (or, read-only, check): a bad database fails here, not on a request
    open_store(db, read_only=read_only).close()
    stores = Stores(str(db), read_only=read_only)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(
        title="claimledger",
        version=__version__,
        summary="Attributed claims from news reporting: statements, numbers, places, dates and where sources disagree.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # FastAPI's docs pages load from a CDN; /api/docs is rendered here instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.stores = stores
    app.state.db = str(db)
    app.state.read_only = read_only
    app.add_middleware(CrashMiddleware)  # innermost: its 500 answers get the security headers too
    app.add_middleware(SecurityMiddleware, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _error_handlers(app)

    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def store_of(request: Request) -> Store:
    """The calling thread's store (call it inside a sync route, never in a dependency)."""
    return request.app.state.stores.get()


# -- errors -----------------------------------------------------------------------------------------
def error_response(request: Request, status: int, code: str, message: str) -> Response:
    body = {"error": {"code": code, "message": message, "status": status}}
    if _wants_json(request):
        return JSONResponse(body, status_code=status)
    context = {"error": body["error"], "title": f"{status} {code}", "json_url": None}
    name = "_error.html" if request.headers.get("hx-request") == "true" else "error.html"
    return templates.TemplateResponse(request, name, context, status_code=status)


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return request.url.path.startswith("/api") or ("application/json" in accept and "text/html" not in accept)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, "invalid_request", _explain(exc.errors()))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, "not_found", exc.message)

    @app.exception_handler(ClaimLedgerError)
    async def library_error(request: Request, exc: ClaimLedgerError) -> Response:
        if isinstance(exc, InputError):
            return error_response(request, 422, exc.code, exc.message)
        if isinstance(exc, ReadOnlyStore):
            return error_response(request, 403, exc.code, exc.message)
        if isinstance(exc, StoreError):
            return error_response(request, 503, exc.code, exc.message)
        return error_response(request, 500, exc.code, exc.message)


class CrashMiddleware:
    """An unexpected error becomes a 500 in the error shape, and the traceback goes to the log.

    Starlette's own 500 handler re-raises after answering, and uvicorn then drops the connection,
    which a keep-alive client can see as a reset instead of the answer; this layer answers and
    stops the exception here.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            LOG.exception("error while answering %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            # no details: the message of an unexpected error may quote stored text or paths
            response = error_response(
                Request(scope), 500, "internal_error", "internal error; see the server log"
            )
            await response(scope, receive, send)


def _explain(errors: Any) -> str:
    """'query parameter limit: Input should be less than or equal to 200; ...'."""
    parts = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ())]
        where = {"query": "query parameter", "path": "path parameter", "body": "body field"}.get(
            loc[0] if loc else "", ""
        )
        name = ".".join(loc[1:]) or (loc[0] if loc else "request")
        parts.append(f"{where} {name}: {err.get('msg', 'invalid')}".strip())
    return "; ".join(parts) or "invalid request"


def html_page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)
