"""Read queries over the store, shared by the CLI, the REST API and the web pages.

Every value from a user goes in as a parameter; the only text built into SQL is from fixed
column lists. Full-text search is per backend (FTS5 in SQLite, tsvector in PostgreSQL).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..records import Claim

_PAIRS_PER_QUERY = 300
CLAIM_COLUMNS = (  # in the order of the fields of records.Claim, so a row is a Claim's arguments
    "article_id",
    "quantity_id",
    "text",
    "value",
    "value_max",
    "unit",
    "bound",
    "measures",
    "claimant",
    "claimant_key",
    "outlet",
    "published",
    "as_of",
    "place",
    "country",
    "statement_id",
)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    statements: int
    quantities: int
    snippet: str


@dataclass(frozen=True, slots=True)
class EntityRow:
    key: str
    name: str
    type: str
    article_id: str
    entity_id: str
    roles: list[str]
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class StatementRow:
    article_id: str
    id: str
    kind: str
    cue: str | None
    content: str
    speaker_text: str | None
    speaker_name: str | None
    speaker_entity: str | None
    anonymous: bool
    role: str | None
    published: str | None
    outlet: str | None
    title: str | None


class Queries:
    """Mixed into :class:`~claimledger.store.base.Store`."""

    def query(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:  # pragma: no cover
        raise NotImplementedError

    # -- articles --------------------------------------------------------------------------------
    def articles(self, q: str | None = None, *, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        """Articles, newest first; with ``q``, those whose title or text match (full text)."""
        ids = self._match_articles(q, limit, offset) if q else None
        if ids is not None and not ids:
            return []
        where, params = (
            ("", []) if ids is None else (f"WHERE a.id IN ({', '.join('?' for _ in ids)})", list(ids))
        )
        rows = self.query(
            "SELECT a.id, a.title, a.outlet, a.url, a.published,"
            " (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id),"
            " (SELECT COUNT(*) FROM quantities q WHERE q.article_id = a.id), substr(a.text, 1, 240)"
            f" FROM articles a {where} ORDER BY a.published DESC, a.id"
            + ("" if ids is not None else " LIMIT ? OFFSET ?"),
            params if ids is not None else [limit, offset],
        )
        return [ArticleRow(*r) for r in rows]

    def count_articles(self) -> int:
        return self.query("SELECT COUNT(*) FROM articles")[0][0]

    def _match_articles(self, q: str, limit: int, offset: int) -> list[str]:
        """Ids of articles matching ``q``, best first (backend-specific)."""
        like = f"%{q.lower()}%"
        rows = self.query(
            "SELECT id FROM articles WHERE lower(title) LIKE ? OR lower(text) LIKE ? ORDER BY published DESC, id LIMIT ? OFFSET ?",
            (like, like, limit, offset),
        )
        return [r[0] for r in rows]

    # -- statements ------------------------------------------------------------------------------
    def statements(
        self, *, q: str | None = None, pairs: Iterable[tuple[str, str]] | None = None, limit: int = 200
    ) -> list[StatementRow]:
        """Statements matching words ``q`` (full text), or by the speakers (article, entity) ``pairs``."""
        base = (
            "SELECT s.article_id, s.id, s.kind, s.cue, s.content, s.speaker_text, s.speaker_name,"
            " s.speaker_entity, s.anonymous, s.role, a.published, a.outlet, a.title"
            " FROM statements s JOIN articles a ON a.id = s.article_id"
        )
        if pairs is not None:
            pairs = list(pairs)
            rows = []
            for i in range(0, len(pairs), _PAIRS_PER_QUERY):  # SQLite limits the depth of one OR chain
                chunk = pairs[i : i + _PAIRS_PER_QUERY]
                cond = " OR ".join("(s.article_id = ? AND s.speaker_entity = ?)" for _ in chunk)
                rows += self.query(
                    f"{base} WHERE {cond} ORDER BY a.published, s.article_id, s.id LIMIT ?",
                    [*sum(chunk, ()), limit],
                )
            rows.sort(key=lambda r: (r[10] or "", r[0], r[1]))
            rows = rows[:limit]
        elif q:
            keys = self._match_statements(q, limit)
            if not keys:
                return []
            cond = " OR ".join("(s.article_id = ? AND s.id = ?)" for _ in keys)
            rows = self.query(
                f"{base} WHERE {cond} ORDER BY a.published, s.article_id, s.id", [*sum(keys, ())]
            )
        else:
            rows = self.query(f"{base} ORDER BY a.published DESC, s.article_id, s.id LIMIT ?", (limit,))
        return [_statement_row(r) for r in rows]

    def _match_statements(self, q: str, limit: int) -> list[tuple[str, str]]:
        like = f"%{q.lower()}%"
        rows = self.query(
            "SELECT article_id, id FROM statements WHERE lower(content) LIKE ? OR lower(speaker_name) LIKE ? LIMIT ?",
            (like, like, limit),
        )
        return [(r[0], r[1]) for r in rows]

    # -- claims ----------------------------------------------------------------------------------
    def claims(
        self,
        *,
        about: str | None = None,
        claimant_keys: Sequence[str] | None = None,
        since: str | None = None,
        units: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Claim]:
        where: list[str] = []
        params: list[Any] = []
        if about:
            where.append("(lower(measures) LIKE ? OR lower(text) LIKE ?)")
            params += [f"%{about.lower()}%"] * 2
        if claimant_keys is not None:
            if not claimant_keys:
                return []
            where.append(f"claimant_key IN ({', '.join('?' for _ in claimant_keys)})")
            params += list(claimant_keys)
        if since:
            where.append("COALESCE(as_of, published) >= ?")
            params.append(since)
        if units:
            where.append(f"unit IN ({', '.join('?' for _ in units)})")
            params += list(units)
        sql = f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY COALESCE(as_of, published), article_id, quantity_id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [_claim(r) for r in self.query(sql, params)]

    # -- entities --------------------------------------------------------------------------------
    def entity_rows(
        self, *, keys: Sequence[str] | None = None, tokens: Sequence[str] | None = None
    ) -> list[EntityRow]:
        """Entities of all articles, or those with these keys or person-name tokens (two indexed
        lookups, not one scan)."""
        sql = (
            "SELECT k.key, k.name, k.type, k.article_id, k.entity_id, e.roles, e.affiliation"
            " FROM entity_keys k JOIN entities e ON e.article_id = k.article_id AND e.id = k.entity_id"
        )
        if not keys and not tokens:
            return [_entity_row(r) for r in self.query(sql)]
        rows: dict[tuple[str, str], EntityRow] = {}
        if keys:
            for r in self.query(f"{sql} WHERE k.key IN ({', '.join('?' for _ in keys)})", list(keys)):
                rows[(r[3], r[4])] = _entity_row(r)
        if tokens:  # one join, not a query per few hundred (article, entity) pairs
            marks = ", ".join("?" for _ in tokens)
            found = self.query(
                f"{sql} JOIN (SELECT DISTINCT article_id, entity_id FROM name_tokens WHERE token IN ({marks})) t"
                " ON t.article_id = k.article_id AND t.entity_id = k.entity_id"
                " ORDER BY k.article_id, k.entity_id",
                list(tokens),
            )
            for r in found:
                rows.setdefault((r[3], r[4]), _entity_row(r))
        return list(rows.values())

    # -- events and places -------------------------------------------------------------------------
    def event_rows(self, *, since: str | None = None) -> list[dict[str, Any]]:
        rows = self.query(
            "SELECT e.article_id, e.id, e.type, e.trigger_text, e.actor, e.target, e.place, e.date, e.statement_id,"
            " a.published, a.title, a.outlet, d.value, p.name, p.country, p.lat, p.lon, ea.name, et.name"
            " FROM events e JOIN articles a ON a.id = e.article_id"
            " LEFT JOIN dates d ON d.article_id = e.article_id AND d.n = e.date"
            " LEFT JOIN places p ON p.article_id = e.article_id AND p.n = e.place"
            " LEFT JOIN entities ea ON ea.article_id = e.article_id AND ea.id = e.actor"
            " LEFT JOIN entities et ON et.article_id = e.article_id AND et.id = e.target"
            " WHERE (? IS NULL OR COALESCE(d.value, a.published) >= ?)"
            " ORDER BY COALESCE(d.value, a.published), e.article_id, e.id",
            (since, since),
        )
        keys = (
            "article_id",
            "id",
            "type",
            "trigger",
            "actor_id",
            "target_id",
            "place_n",
            "date_n",
            "statement",
            "published",
            "title",
            "outlet",
            "date",
            "place",
            "country",
            "lat",
            "lon",
            "actor",
            "target",
        )
        return [dict(zip(keys, r)) for r in rows]

    def place_rows(self) -> list[dict[str, Any]]:
        """Every geocoded place with how many articles and mentions name it."""
        rows = self.query(
            "SELECT name, kind, country, lat, lon, COUNT(*), COUNT(DISTINCT article_id) FROM places"
            " WHERE lat IS NOT NULL GROUP BY name, kind, country, lat, lon ORDER BY COUNT(*) DESC, name"
        )
        keys = ("name", "kind", "country", "lat", "lon", "mentions", "articles")
        return [dict(zip(keys, r)) for r in rows]


def _statement_row(r: tuple[Any, ...]) -> StatementRow:
    return StatementRow(
        article_id=r[0],
        id=r[1],
        kind=r[2],
        cue=r[3],
        content=r[4],
        speaker_text=r[5],
        speaker_name=r[6],
        speaker_entity=r[7],
        anonymous=bool(r[8]),
        role=r[9],
        published=r[10],
        outlet=r[11],
        title=r[12],
    )


def _entity_row(r: tuple[Any, ...]) -> EntityRow:
    return EntityRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "[]"), r[6])


def _claim(row: tuple[Any, ...]) -> Claim:
    return Claim(*row)


def fts_terms(q: str) -> str:
    """A safe FTS5 query: every word quoted (all must match), no operators from the user."""
    words = re.findall(r"\w+", q, flags=re.UNICODE)
    return " ".join(f'"{w}"' for w in words)
