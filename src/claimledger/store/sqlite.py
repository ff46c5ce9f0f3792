"""SQLite, the embedded default: one file, WAL journal, a write lock taken at the start of each
write transaction so that concurrent writers queue instead of failing half-way."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import StoreError
from .base import Store, _Transaction

BUSY_TIMEOUT_S = 60


class SQLiteStore(Store):
    backend = "sqlite"

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.url, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open SQLite database: {exc}", source=self.url) from exc
        return conn

    def transaction(self) -> Any:
        return _Transaction(self.conn, begin="BEGIN IMMEDIATE")

    def integrity_check(self) -> str:
        return self.query("PRAGMA integrity_check")[0][0]
