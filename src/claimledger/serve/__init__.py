"""The web UI and REST API over the store: ``claimledger serve`` (needs the ``server`` extra).

Every HTML page has a JSON twin under ``/api`` built from the same query function (``views``);
all scripts and styles are vendored under ``static/vendor`` (no CDN, works offline); the pages
escape every stored text and send a strict Content-Security-Policy (``security``).

>>> from claimledger.serve import create_app        # doctest: +SKIP
>>> app = create_app("claimledger.db")               # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not import FastAPI (an optional dependency).
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module 'claimledger.serve' has no attribute {name!r}")
