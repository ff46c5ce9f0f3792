"""Ingest: bytes from files, directories, stdin, HTML pages, feeds and JSONL dumps → Article."""

from .article import find_dateline, make_article, parse_published, text_hash, text_id
from .sources import DEFAULT_MAX_BYTES, read_bytes, read_paths

__all__ = [
    "DEFAULT_MAX_BYTES",
    "find_dateline",
    "make_article",
    "parse_published",
    "read_bytes",
    "read_paths",
    "text_hash",
    "text_id",
]
