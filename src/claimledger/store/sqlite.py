"""SQLite, the embedded default: one file, WAL journal, a write lock taken at the start of each
write transaction so that concurrent writers queue instead of failing half-way."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Ledger
from .base import Store, _Transaction
from .queries import fts_terms

BUSY_TIMEOUT_S = 60


def _set_wal(conn: sqlite3.Connection) -> None:
    """Switch to the WAL journal. Two processes creating one database at once can make this
    pragma fail with "database is locked" at once (SQLite does not always run its busy handler
    for a journal-mode change), so it is retried until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


class SQLiteStore(Store):
    backend = "sqlite"

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.read_only:
                if not Path(self.url).is_file():
                    raise StoreError("no such database file (read-only opens existing ones)", source=self.url)
                uri = Path(self.url).resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(
                    uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
                )
                return conn
            conn = sqlite3.connect(
                self.url, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            _set_wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open SQLite database: {exc}", source=self.url) from exc
        return conn

    def transaction(self) -> Any:
        return _Transaction(self.conn, begin="BEGIN IMMEDIATE")

    def _extra_migration(self, version: int) -> list[str]:
        if version == 2:
            return [
                "CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, article_id UNINDEXED,"
                " statement_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
                "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, article_id UNINDEXED,"
                " tokenize = 'unicode61 remove_diacritics 2')",
            ]
        return []

    def _index_text(self, ledger: Ledger) -> None:
        aid = ledger.article.id
        self.execute(
            "INSERT INTO articles_fts (title, text, article_id) VALUES (?, ?, ?)",
            (ledger.article.title or "", ledger.article.text, aid),
        )
        self.executemany(
            "INSERT INTO statements_fts (content, speaker, article_id, statement_id) VALUES (?, ?, ?, ?)",
            [
                (s.content.text, (s.speaker.name or s.speaker.text) if s.speaker else "", aid, s.id)
                for s in ledger.statements
            ],
        )

    def _unindex_text(self, article_id: str) -> None:
        self.execute("DELETE FROM articles_fts WHERE article_id = ?", (article_id,))
        self.execute("DELETE FROM statements_fts WHERE article_id = ?", (article_id,))

    def _match_articles(self, q: str, limit: int, offset: int) -> list[str]:
        terms = fts_terms(q)
        if not terms:
            return []
        rows = self.query(
            "SELECT article_id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?",
            (terms, limit, offset),
        )
        return [r[0] for r in rows]

    def _match_statements(self, q: str, limit: int) -> list[tuple[str, str]]:
        terms = fts_terms(q)
        if not terms:
            return []
        rows = self.query(
            "SELECT article_id, statement_id FROM statements_fts WHERE statements_fts MATCH ?"
            " ORDER BY bm25(statements_fts) LIMIT ?",
            (terms, limit),
        )
        return [(r[0], r[1]) for r in rows]

    def integrity_check(self) -> str:
        return self.query("PRAGMA integrity_check")[0][0]
