"""JSON and JSONL dumps: objects with ``id``, ``text`` or ``html``, ``published``, ``title``,
``outlet``, ``url``. A JSONL file is read line by line, so its size is not bounded by memory and
one broken line is rejected alone."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..errors import ClaimLedgerError, MalformedInput
from ..records import Article, Rejection
from .article import make_article
from .html import read_html

ARTICLE_KEYS = ("id", "text", "html", "published", "title", "outlet", "url")


def read_object(obj: Any, *, source: str, published: str | None = None) -> Article:
    """One JSON object to an article; ``published`` (the CLI override) wins over the object's."""
    if not isinstance(obj, dict):
        raise MalformedInput(f"expected a JSON object, got {type(obj).__name__}", source=source)
    meta = {k: obj.get(k) for k in ("id", "title", "outlet", "url")}
    when = published or obj.get("published") or obj.get("date")
    if isinstance(obj.get("text"), str) and obj["text"].strip():
        return make_article(obj["text"], published=when, source=source, **meta)
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        return read_html(obj["html"], published=when, source=source, **meta)
    raise MalformedInput("object has neither 'text' nor 'html'", source=source)


_SKIP_CHUNK = 1024 * 1024


class LongLine(bytes):
    """The start of a line longer than the limit; ``size`` is the whole line's length in bytes."""

    size: int


def bounded_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes]:
    """The lines of a binary stream, none held in memory beyond ``max_bytes`` + 1 bytes: a longer
    line is yielded as a :class:`LongLine` (its first bytes and its length), the rest of it
    skipped in chunks. Iterating the stream itself would read a line whole, whatever its size."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line
            continue
        size, tail, blank = len(line), line, not line.strip()
        while tail and not tail.endswith(b"\n"):
            tail = stream.readline(_SKIP_CHUNK)
            size += len(tail)
            blank = blank and not tail.strip()
        if blank:  # whitespace only: a blank line, skipped as any other
            yield b"\n"
            continue
        long = LongLine(line[:64])
        long.size = size
        yield long


def read_jsonl_lines(
    lines: Iterable[bytes], *, name: str, published: str | None = None, max_bytes: int
) -> Iterator[Article | Rejection]:
    """Articles from JSONL lines; a bad line becomes a :class:`Rejection` and reading goes on.
    Give a stream's lines through :func:`bounded_lines` so that a huge line is never read whole."""
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip() and not isinstance(raw, LongLine):
            continue
        source = f"{name}:{lineno}"
        try:
            size = raw.size if isinstance(raw, LongLine) else len(raw)
            if size > max_bytes:
                raise MalformedInput(f"line of {size} bytes exceeds the limit of {max_bytes}", source=source)
            try:
                obj = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise MalformedInput(f"invalid JSON: {exc}", source=source) from exc
            yield read_object(obj, source=source, published=published)
        except ClaimLedgerError as exc:
            yield Rejection(source, exc.code, exc.message)


def read_json_document(
    text: str, *, name: str, published: str | None = None
) -> Iterator[Article | Rejection]:
    """A ``.json`` file: one object, a list of objects, or (leniently) JSONL."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        lines = (line.encode("utf-8") for line in text.splitlines())
        yield from read_jsonl_lines(lines, name=name, published=published, max_bytes=len(text) + 1)
        return
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items):
        source = f"{name}[{i}]" if isinstance(data, list) else name
        try:
            yield read_object(obj, source=source, published=published)
        except ClaimLedgerError as exc:
            yield Rejection(source, exc.code, exc.message)
