"""The Jinja2 environment of the pages: autoescape always on, and filters that keep URLs safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi.templating import Jinja2Templates

from .. import __version__

NAV = [
    ("/articles", "Articles"),
    ("/claims", "Claims"),
    ("/conflicts", "Conflicts"),
    ("/entities", "Entities"),
    ("/timeline", "Timeline"),
    ("/map", "Map"),
    ("/analyze", "Analyse"),
    ("/api/docs", "API"),
]


def pathseg(value: Any) -> str:
    """One URL path segment: every reserved character quoted, "/" included."""
    return quote(str(value), safe="")


def query(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from the non-empty values of ``params`` updated with ``changes``."""
    merged = {**params, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "", False)]
    return "?" + urlencode(pairs) if pairs else ""


def web_url(value: Any) -> str | None:
    """The URL if it is http(s), else None: an article's URL comes from the input and may be
    ``javascript:…``, which escaping alone does not defuse in an href."""
    text = str(value or "").strip()
    return text if urlsplit(text).scheme in ("http", "https") and "//" in text else None


def number(value: Any) -> str:
    if value is None:
        return ""
    v = float(value)
    return f"{int(v):,}" if v.is_integer() else f"{v:,.2f}"


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(pathseg=pathseg, web_url=web_url, number=number)
    env.globals.update(nav=NAV, query=query, version=__version__)
    return env


templates = Jinja2Templates(env=_env())
