"""The store: ledgers in a relational database, one interface over SQLite and PostgreSQL.

Every statement is parametrised (``?`` placeholders, translated per backend). Writing an article
is one transaction: its old ledger and rows go and the new ones come, or nothing changes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from ..errors import ReadOnlyStore, StoreError
from ..ingest.article import text_hash
from ..records import Ledger, Rejection
from .queries import CLAIM_COLUMNS, Queries
from .schema import LATEST, MIGRATIONS, RECORD_TABLES

PutResult = Literal["added", "replaced", "unchanged"]


class Store(Queries):
    """Base class; a backend provides ``_connect`` and its SQL dialect details."""

    placeholder = "?"
    backend = "base"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self.conn = self._connect()
        if not read_only:
            self.migrate()
        elif self.version() != LATEST:
            raise StoreError(
                f"database schema {self.version()} is not {LATEST}: open it once for writing to migrate it",
                source=self.url,
            )

    # -- backend hooks -------------------------------------------------------------------------
    def _connect(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _extra_migration(self, version: int) -> list[str]:
        return []

    def lock_article(self, article_id: str) -> None:
        """Serialise writers of one article (SQLite's write lock already does)."""

    # -- plumbing ------------------------------------------------------------------------------
    def sql(self, statement: str) -> str:
        return statement if self.placeholder == "?" else statement.replace("?", self.placeholder)

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self.sql(statement), tuple(params))
        return cur

    def query(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(statement, params).fetchall())

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> Any:
        """One atomic unit of work (a backend may take its write lock up front)."""
        return _Transaction(self.conn)

    # -- schema --------------------------------------------------------------------------------
    def version(self) -> int:
        """The schema version of the database (0 for a new one)."""
        try:
            rows = self.query("SELECT MAX(version) FROM schema_version")
        except Exception:  # noqa: BLE001 - no such table yet: a new database
            self.conn.rollback()
            return 0
        self.conn.commit()
        return rows[0][0] or 0

    def migrate(self) -> None:
        """Bring the schema up to date. Several processes may open a new database at once: the
        version is read again under the write lock, so each migration runs exactly once."""
        if self.version() == LATEST:
            return
        with self.transaction():
            self._lock_schema()
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.query("SELECT MAX(version) FROM schema_version")[0][0] or 0
            if current > LATEST:
                raise StoreError(
                    f"database schema {current} is newer than this claimledger ({LATEST})", source=self.url
                )
            for version in range(current + 1, LATEST + 1):
                for statement in MIGRATIONS[version - 1] + self._extra_migration(version):
                    self.execute(statement)
                self.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def _lock_schema(self) -> None:
        """Serialise migrations (SQLite: the write lock of the transaction already does)."""

    # -- writing -------------------------------------------------------------------------------
    def has(self, article_id: str, hash_: str, producer: str | None = None) -> bool:
        """Whether this exact article text (and, if given, producer) is stored already."""
        rows = self.query("SELECT text_hash, producer FROM articles WHERE id = ?", (article_id,))
        return bool(rows) and rows[0][0] == hash_ and (producer is None or rows[0][1] == producer)

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStore("the store is open read-only", source=self.url)

    def put(self, ledger: Ledger) -> PutResult:
        """Store a ledger; the same article (id and text) by the same producer is stored once."""
        self._writable()
        article = ledger.article
        hash_ = text_hash(article.text)
        producer = json.dumps(ledger.producer, sort_keys=True)
        with self.transaction():
            self.lock_article(article.id)
            rows = self.query("SELECT text_hash, producer FROM articles WHERE id = ?", (article.id,))
            if rows and rows[0][0] == hash_ and rows[0][1] == producer:
                return "unchanged"
            if rows:
                self._delete(article.id)
            self.execute(
                "INSERT INTO articles (id, text_hash, title, outlet, url, published, language, text, ledger,"
                " producer, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    hash_,
                    article.title,
                    article.outlet,
                    article.url,
                    article.published,
                    article.language,
                    article.text,
                    ledger.to_json(),
                    producer,
                    _now(),
                ),
            )
            for table, columns, values in _record_rows(ledger):
                marks = ", ".join("?" for _ in columns)
                statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
                self.executemany(statement, values)
            self._index_text(ledger)
        return "replaced" if rows else "added"

    def executemany(self, statement: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.conn.cursor().executemany(self.sql(statement), rows)

    def _index_text(self, ledger: Ledger) -> None:
        """Full-text index of an article and its statements (a backend without one does nothing)."""

    def _unindex_text(self, article_id: str) -> None:
        """Remove an article from the full-text index."""

    def _delete(self, article_id: str) -> None:
        self._unindex_text(article_id)
        for table in RECORD_TABLES:
            self.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def delete(self, article_id: str) -> bool:
        self._writable()
        with self.transaction():
            found = bool(self.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))
            self._delete(article_id)
        return found

    def reject(self, rejection: Rejection) -> None:
        self._writable()
        with self.transaction():
            self.execute(
                "INSERT INTO rejections (source, code, message, at) VALUES (?, ?, ?, ?)",
                (rejection.source, rejection.code, rejection.message, _now()),
            )

    # -- reading -------------------------------------------------------------------------------
    def get(self, article_id: str) -> Ledger | None:
        rows = self.query("SELECT ledger FROM articles WHERE id = ?", (article_id,))
        return Ledger.from_json(rows[0][0]) if rows else None

    def ledgers(self) -> Iterator[Ledger]:
        for (raw,) in self.query("SELECT ledger FROM articles ORDER BY id"):
            yield Ledger.from_json(raw)

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, records and rejections."""
        return {
            t: self.query(f"SELECT COUNT(*) FROM {t}")[0][0]
            for t in ("articles", *RECORD_TABLES, "rejections")
        }

    def rejections(self) -> list[tuple[str, str, str, str]]:
        return [tuple(r) for r in self.query("SELECT source, code, message, at FROM rejections ORDER BY at")]  # type: ignore[misc]


class _Transaction:
    """Commit on success, roll back on any error; ``begin`` opens the transaction explicitly."""

    def __init__(self, conn: Any, begin: str | None = None) -> None:
        self.conn = conn
        self.begin = begin

    def __enter__(self) -> None:
        if self.begin:
            self.conn.execute(self.begin)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.conn.commit()
        else:
            self.conn.rollback()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _record_rows(ledger: Ledger) -> Iterable[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]:
    aid = ledger.article.id
    yield (
        "statements",
        (
            "article_id",
            "id",
            "kind",
            "cue",
            "cue_lemma",
            "content",
            "content_start",
            "content_end",
            "speaker_text",
            "speaker_name",
            "speaker_entity",
            "speaker_type",
            "anonymous",
            "role",
            "via_name",
            "part_of",
        ),
        [
            (
                aid,
                s.id,
                s.kind,
                s.cue.text if s.cue else None,
                s.cue.lemma if s.cue else None,
                s.content.text,
                s.content.start,
                s.content.end,
                s.speaker.text if s.speaker else None,
                s.speaker.name if s.speaker else None,
                s.speaker.entity if s.speaker else None,
                s.speaker.type if s.speaker else None,
                int(bool(s.speaker and s.speaker.anonymous)),
                s.speaker.role if s.speaker else None,
                s.via.name if s.via else None,
                s.part_of,
            )
            for s in ledger.statements
        ],
    )
    yield (
        "quantities",
        (
            "article_id",
            "id",
            "text",
            "start_char",
            "end_char",
            "value",
            "value_max",
            "unit",
            "bound",
            "measures",
            "asserted_by",
            "asserted_by_entity",
            "statement_id",
        ),
        [
            (
                aid,
                q.id,
                q.text,
                q.start,
                q.end,
                q.value,
                q.value_max,
                q.unit,
                q.bound,
                q.measures,
                q.asserted_by.name if q.asserted_by else None,
                q.asserted_by.entity if q.asserted_by else None,
                q.statement,
            )
            for q in ledger.quantities
        ],
    )
    yield (
        "entities",
        ("article_id", "id", "name", "type", "roles", "affiliation", "mentions"),
        [
            (
                aid,
                e.id,
                e.name,
                e.type,
                json.dumps(e.roles, ensure_ascii=False),
                e.affiliation,
                len(e.mentions),
            )
            for e in ledger.entities
        ],
    )
    yield (
        "places",
        (
            "article_id",
            "n",
            "text",
            "start_char",
            "end_char",
            "name",
            "kind",
            "country",
            "country_code",
            "lat",
            "lon",
            "geonames_id",
            "usage",
        ),
        [
            (
                aid,
                n,
                p.text,
                p.start,
                p.end,
                p.name,
                p.kind,
                p.country,
                p.country_code,
                p.lat,
                p.lon,
                p.geonames_id,
                p.usage,
            )
            for n, p in enumerate(ledger.places)
        ],
    )
    yield (
        "dates",
        ("article_id", "n", "text", "start_char", "end_char", "value", "granularity"),
        [(aid, n, d.text, d.start, d.end, d.value, d.granularity) for n, d in enumerate(ledger.dates)],
    )
    yield from _cross_source_rows(ledger)
    yield (
        "events",
        ("article_id", "id", "type", "trigger_text", "actor", "target", "place", "date", "statement_id"),
        [
            (aid, e.id, e.type, e.trigger.text, e.actor, e.target, e.place, e.date, e.statement)
            for e in ledger.events
        ],
    )


def _cross_source_rows(ledger: Ledger) -> Iterable[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]:
    """Rows that link this article to the others: its numeric claims with their context, and
    the cross-article keys of its entities (resolve.linking)."""
    from ..resolve.linking import entity_key, fold, person_tokens

    aid, article = ledger.article.id, ledger.article
    keys = {e.id: entity_key(e.name, e.type) for e in ledger.entities}
    claims = []
    for q in ledger.quantities:
        place = ledger.places[q.place] if q.place is not None and q.place < len(ledger.places) else None
        date = ledger.dates[q.date].value if q.date is not None and q.date < len(ledger.dates) else None
        claimant_key = keys.get(q.asserted_by.entity or "") if q.asserted_by else None
        if q.asserted_by and claimant_key is None:
            claimant_key = "name:" + fold(q.asserted_by.name)
        row = {
            "article_id": aid,
            "quantity_id": q.id,
            "text": q.text,
            "value": q.value,
            "value_max": q.value_max,
            "unit": q.unit,
            "bound": q.bound,
            "measures": q.measures,
            "claimant": q.asserted_by.name if q.asserted_by else "reporter",
            "claimant_key": claimant_key,
            "statement_id": q.statement,
            "outlet": article.outlet,
            "published": article.published,
            "as_of": date[:10] if date and len(date) >= 10 and "/" not in date else article.published,
            "place": place.name if place else None,
            "country": place.country if place else None,
        }
        claims.append(tuple(row[c] for c in CLAIM_COLUMNS))
    yield "claims", CLAIM_COLUMNS, claims
    yield (
        "entity_keys",
        ("article_id", "entity_id", "key", "name", "type"),
        [(aid, e.id, keys[e.id], e.name, e.type) for e in ledger.entities],
    )
    yield (
        "name_tokens",
        ("article_id", "entity_id", "token"),
        [
            (aid, e.id, t)
            for e in ledger.entities
            if e.type == "person"
            for t in sorted(person_tokens(e.name))
            if len(t) > 1
        ],
    )
