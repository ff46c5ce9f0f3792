"""Guards around every request: security headers (a strict Content-Security-Policy), the Host
header check against DNS rebinding, cross-site form posts refused, request bodies bounded.

The pages render untrusted article text. Jinja2 escapes it; the CSP is the second wall: scripts
and styles only from this server's own files (the vendored assets and ``static/*.js``), no inline
script, no eval, no plugins, no framing. Page data reaches scripts as JSON in
``<script type="application/json">`` blocks, which the browser never executes.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
MAX_BODY = 2 * 1024 * 1024  # bytes: a long article pasted as HTML fits many times over
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1"]

Scope = dict[str, Any]


class SecurityMiddleware:
    """Pure ASGI middleware (no per-request task overhead, streams untouched)."""

    def __init__(self, app: Any, allowed_hosts: list[str] | None = None) -> None:
        self.app = app
        self.allowed_hosts = {h.lower().strip("[]") for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refuse(scope, headers)
        if refusal is not None:
            await _error(send, *refusal)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in HEADERS if k not in present
                ]
            await send(message)

        await self.app(scope, _bounded(receive), send_with_headers)

    def _refuse(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, str] | None:
        host = headers.get("host", "")
        if self.allowed_hosts is not None and _hostname(host) not in self.allowed_hosts:
            return 400, "bad_request", f"host {host!r} is not served here"
        if scope["method"] not in SAFE_METHODS and _cross_site(headers, host):
            return 403, "forbidden", "cross-site requests may not change the store"
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return 413, "payload_too_large", f"request bodies are limited to {MAX_BODY} bytes"
        return None


def _hostname(host: str) -> str:
    if host.startswith("["):
        return host[1:].split("]", 1)[0].lower()
    return host.rsplit(":", 1)[0].lower() if host.count(":") == 1 else host.lower()


def _cross_site(headers: dict[str, str], host: str) -> bool:
    """A browser's request from another site (forms and fetches from any web page can reach a
    server on 127.0.0.1). Clients that send neither header (curl, scripts) are not browsers."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    return origin is not None and (origin == "null" or urlsplit(origin).netloc.lower() != host.lower())


class BodyTooLarge(HTTPException):
    """An HTTP error, so that the app's handlers answer it in the error shape (413)."""

    def __init__(self) -> None:
        super().__init__(413, f"request bodies are limited to {MAX_BODY} bytes")


def _bounded(receive: Any) -> Any:
    """``receive`` that fails once more than MAX_BODY bytes arrived (chunked bodies have no length)."""
    seen = 0

    async def inner() -> dict[str, Any]:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY:
                raise BodyTooLarge()
        return message

    return inner


async def _error(send: Any, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "status": status}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
