"""Store: every article's ledger in SQLite (embedded default) or PostgreSQL (teams)."""

from __future__ import annotations

from pathlib import Path

from .base import PutResult, Store

DEFAULT_DB = "claimledger.db"

__all__ = ["DEFAULT_DB", "PutResult", "Store", "open_store"]


def open_store(url: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (and migrate) the store at a file path or a ``postgresql://`` URL. ``read_only``
    opens an existing, up-to-date database for reading only (publishing a database): every
    write is refused."""
    url = str(url)
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url, read_only=read_only)
    from .sqlite import SQLiteStore

    return SQLiteStore(url, read_only=read_only)
