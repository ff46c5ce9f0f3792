"""Paths (files, directories, ``-`` for stdin) to a stream of articles and rejections.

A bad input never stops the stream: it becomes a :class:`Rejection` with a coded reason and the
next input is read.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import ClaimLedgerError, InputTooLarge, MissingInput, UnsupportedInput
from ..records import Article, Rejection
from .article import make_article
from .decode import decode_bytes
from .feeds import is_feed, read_feed
from .html import decode_html, read_html
from .jsonl import bounded_lines, read_json_document, read_jsonl_lines

TEXT = {".txt", ".text"}
HTML = {".html", ".htm", ".xhtml"}
JSON = {".json"}
JSONL = {".jsonl", ".ndjson"}
FEED = {".rss", ".atom", ".xml"}
KNOWN = TEXT | HTML | JSON | JSONL | FEED

DEFAULT_MAX_BYTES = 8 * 1024 * 1024  # one article (not a JSONL dump, which streams)

Result = Article | Rejection


def read_paths(
    paths: Iterable[str],
    *,
    published: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Result]:
    """Every article under ``paths``, in order; directories are walked in sorted order."""
    options = {"published": published, "encoding": encoding, "max_bytes": max_bytes}
    for path in paths:
        if path == "-":
            yield from _guard("<stdin>", _read_stdin, stdin or sys.stdin.buffer, **options)
            continue
        p = Path(path)
        if p.is_dir():
            for file in walk(p):
                yield from _guard(str(file), read_file, file, **options)
        elif p.exists():
            yield from _guard(path, read_file, p, **options)
        else:
            yield Rejection(path, MissingInput.code, "no such file or directory")


def walk(root: Path) -> Iterator[Path]:
    """Readable article files below ``root``, sorted, hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in KNOWN:
                yield Path(dirpath) / name


def read_file(
    path: Path,
    *,
    published: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Result]:
    name, suffix = str(path), path.suffix.lower()
    if suffix in JSONL:
        with path.open("rb") as fh:
            lines = bounded_lines(fh, max_bytes)
            yield from read_jsonl_lines(lines, name=name, published=published, max_bytes=max_bytes)
        return
    size = path.stat().st_size
    if size > max_bytes:
        raise InputTooLarge(f"{size} bytes exceeds the limit of {max_bytes} (--max-bytes)", source=name)
    data = path.read_bytes()
    if suffix and suffix not in KNOWN:
        raise UnsupportedInput(f"unknown file type {suffix!r}; expected one of {sorted(KNOWN)}", source=name)
    yield from read_bytes(data, name=name, kind=suffix or None, published=published, encoding=encoding)


def read_bytes(
    data: bytes,
    *,
    name: str,
    kind: str | None = None,
    published: str | None = None,
    encoding: str | None = None,
) -> Iterator[Result]:
    """One document's bytes; ``kind`` is a file suffix, or None to recognise the content."""
    if kind in HTML:
        yield read_html(decode_html(data, encoding=encoding, source=name), published=published, source=name)
        return
    if kind in FEED:
        yield from read_feed(data, name=name, published=published)
        return
    text = decode_bytes(data, encoding=encoding, source=name)
    if kind in JSON:
        yield from read_json_document(text, name=name, published=published)
    elif kind in TEXT:
        yield make_article(text, published=published, source=name)
    else:
        yield from _sniff(data, text, name=name, published=published)


def _sniff(data: bytes, text: str, *, name: str, published: str | None) -> Iterator[Result]:
    head = text.lstrip()[:512].lower()
    if head.startswith("{") or head.startswith("["):
        yield from read_json_document(text, name=name, published=published)
    elif is_feed(head):
        yield from read_feed(data, name=name, published=published)
    elif head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head:
        yield read_html(text, published=published, source=name)
    else:
        yield make_article(text, published=published, source=name)


def _read_stdin(
    stream: BinaryIO, published: str | None, encoding: str | None, max_bytes: int
) -> Iterator[Result]:
    first = stream.readline(max_bytes + 1)
    if first.lstrip().startswith(b"{") and first.rstrip().endswith(b"}"):
        # JSONL streams line by line: a dump on stdin is not bounded by memory or --max-bytes
        lines = itertools.chain([first], bounded_lines(stream, max_bytes))
        yield from read_jsonl_lines(lines, name="<stdin>", published=published, max_bytes=max_bytes)
        return
    data = first + stream.read(max_bytes + 1 - len(first))
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"standard input exceeds the limit of {max_bytes} bytes (--max-bytes)", source="<stdin>"
        )
    yield from read_bytes(data, name="<stdin>", published=published, encoding=encoding)


def _guard(
    source: str, reader: Callable[..., Iterator[Result]], *args: Any, **kwargs: Any
) -> Iterator[Result]:
    """Run a reader; turn its coded error (or an OS error) into a rejection, keep what it yielded."""
    try:
        yield from reader(*args, **kwargs)
    except ClaimLedgerError as exc:
        yield Rejection(exc.source or source, exc.code, exc.message)
    except OSError as exc:
        yield Rejection(source, MissingInput.code, exc.strerror or str(exc))
