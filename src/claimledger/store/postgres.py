"""PostgreSQL, for teams: the same schema and queries as SQLite through psycopg 3.

Writers of the same article serialise on a transaction-level advisory lock keyed by the article
id, so two ingests of one article never both insert it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import StoreError
from ..records import Ledger
from .base import PutResult, Store, _Transaction

RETRIES = 8
MIGRATION_LOCK = 0x636C6D6967  # "clmig": one advisory lock id for schema changes
T = TypeVar("T")

STATEMENT_TSV = "to_tsvector('english', content || ' ' || coalesce(speaker_name, ''))"
ARTICLE_TSV = "to_tsvector('english', coalesce(title, '') || ' ' || text)"


class PostgresStore(Store):
    backend = "postgresql"
    placeholder = "%s"

    def _connect(self) -> Any:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise StoreError(
                "PostgreSQL needs psycopg: pip install 'claimledger[postgres]'", source=self.url
            ) from exc
        try:
            conn = psycopg.connect(self.url, autocommit=False)
            if self.read_only:
                conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                conn.commit()
            return conn
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL: {exc}".strip(), source=_redact(self.url)
            ) from exc

    def put(self, ledger: Ledger) -> PutResult:
        """Store a ledger; a lost connection (server restart) is re-opened and the write retried,
        which is safe because the write is one transaction."""
        return self._retrying(super().put, ledger)

    def has(self, article_id: str, hash_: str, producer: str | None = None) -> bool:
        return self._retrying(super().has, article_id, hash_, producer)

    def _retrying(self, call: Callable[..., T], *args: Any) -> T:
        import psycopg

        for attempt in range(RETRIES):
            try:
                return call(*args)
            except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
                if attempt == RETRIES - 1:
                    message = f"lost the connection to PostgreSQL: {exc}".strip()
                    raise StoreError(message, source=_redact(self.url)) from exc
                time.sleep(min(0.5 * 2**attempt, 5.0))
                self._reconnect()
        raise AssertionError("unreachable")

    def _reconnect(self) -> None:
        import contextlib

        with contextlib.suppress(Exception):
            self.conn.close()
        with contextlib.suppress(StoreError):  # the server is still down: the next attempt retries
            self.conn = self._connect()

    def sql(self, statement: str) -> str:
        return statement.replace("%", "%%").replace("?", "%s")

    def transaction(self) -> Any:
        return _Transaction(self.conn)

    def _extra_migration(self, version: int) -> list[str]:
        if version == 2:
            return [
                f"CREATE INDEX statements_tsv ON statements USING GIN ({STATEMENT_TSV})",
                f"CREATE INDEX articles_tsv ON articles USING GIN ({ARTICLE_TSV})",
            ]
        return []

    def _match_articles(self, q: str, limit: int, offset: int) -> list[str]:
        rows = self.query(
            f"SELECT id FROM articles WHERE {ARTICLE_TSV} @@ plainto_tsquery('english', ?)"
            f" ORDER BY ts_rank({ARTICLE_TSV}, plainto_tsquery('english', ?)) DESC, id LIMIT ? OFFSET ?",
            (q, q, limit, offset),
        )
        return [r[0] for r in rows]

    def _match_statements(self, q: str, limit: int) -> list[tuple[str, str]]:
        rows = self.query(
            f"SELECT article_id, id FROM statements WHERE {STATEMENT_TSV} @@ plainto_tsquery('english', ?)"
            f" ORDER BY ts_rank({STATEMENT_TSV}, plainto_tsquery('english', ?)) DESC LIMIT ?",
            (q, q, limit),
        )
        return [(r[0], r[1]) for r in rows]

    def _lock_schema(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))

    def lock_article(self, article_id: str) -> None:
        self.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (article_id,))


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and ":" in url.split("@", 1)[0].split("//", 1)[-1]:
        scheme, rest = url.split("//", 1)
        creds, host = rest.split("@", 1)
        return f"{scheme}//{creds.split(':', 1)[0]}:***@{host}"
    return url
