"""The query functions behind every page and its JSON twin: a store in, plain data out.

Each function here is called by one HTML page and by the API route that is its JSON twin, so the
page shows exactly what the API returns. They reuse the library calls the CLI's read commands
make (``store.articles``, ``store.claims``, ``group_claims``, ``merge_entities``, ``profile``,
``timeline``, ``geojson``) and know nothing about HTTP: a missing record is :class:`NotFound`.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict
from typing import Any

from ..compare.claims import ClaimGroup, group_claims, source
from ..compare.entities import CanonicalEntity, _claimant_keys, find_entity, merge_entities, profile
from ..compare.rows import claim_row
from ..compare.timeline import timeline
from ..export import geojson
from ..records import Ledger
from ..resolve.linking import fold
from ..store.base import Store


class NotFound(LookupError):
    """The article, entity or page asked for does not exist."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# -- articles ----------------------------------------------------------------------------------------
def article_page(store: Store, q: str | None, *, limit: int, offset: int) -> dict[str, Any]:
    """One page of articles, newest first, or of those matching ``q``.

    Without ``q`` the total is known; with it, ``has_next`` means "a full page came back" (the
    store ranks matches by relevance and counting every match would cost a second search).
    """
    q = (q or "").strip() or None
    rows = store.articles(q, limit=limit, offset=offset)
    total = None if q else store.count_articles()
    has_next = (offset + len(rows) < total) if total is not None else len(rows) == limit
    return {
        "q": q,
        "limit": limit,
        "offset": offset,
        "total": total,
        "has_next": has_next,
        "articles": [asdict(r) for r in rows],
    }


def article_ledger(store: Store, article_id: str) -> Ledger:
    ledger = store.get(article_id)
    if ledger is None:
        raise NotFound(f"no article with id {article_id!r}")
    return ledger


def statement_rows(store: Store, q: str | None, *, limit: int) -> list[dict[str, Any]]:
    """Statements of every article, newest first, or those whose words or speaker match ``q``."""
    return [asdict(s) for s in store.statements(q=(q or "").strip() or None, limit=limit)]


# -- numeric claims ------------------------------------------------------------------------------------
def claim_rows(
    store: Store,
    *,
    about: str | None = None,
    entity: str | None = None,
    since: str | None = None,
    unit: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Numeric claims with the interval each admits (the rows of ``claimledger claims``)."""
    keys = None
    if entity:
        ent = find_entity(store, entity)
        keys = sorted(_claimant_keys(ent)) if ent else []
    found = store.claims(
        about=about or None,
        claimant_keys=keys,
        since=since or None,
        units=[unit] if unit else None,
        limit=limit,
    )
    return [claim_row(c) for c in found]


def claim_groups(store: Store, *, conflicts_only: bool = False) -> list[dict[str, Any]]:
    """Claims about the same thing, grouped and judged (``compare.claims.group_claims``).

    ``conflicts_only``: the contradictory groups (``claimledger conflicts``); otherwise every
    group of two or more claims (``claimledger conflicts --all``).
    """
    groups = group_claims(store.claims())
    keep = (g.status == "contradictory" if conflicts_only else len(g.claims) > 1 for g in groups)
    return [_group(g) for g, kept in zip(groups, keep) if kept]


def _group(g: ClaimGroup) -> dict[str, Any]:
    return {
        "id": g.id,
        "status": g.status,
        "about": g.about,
        "unit": g.unit,
        "place": g.place,
        "series": g.is_series,
        "sources": sorted({source(c) for c in g.claims}),
        "windows": [
            {
                "from": w.start,
                "to": w.end,
                "status": w.status,
                "agreed": w.agreed.describe(g.unit) if w.agreed else None,
                "sources": sorted({source(c) for c in w.claims}),
                "explanation": w.explanation,
                "claims": [claim_row(c) for c in w.claims],
            }
            for w in g.windows
        ],
    }


# -- entities ------------------------------------------------------------------------------------------
def entity_list(store: Store, q: str | None = None, *, limit: int = 500) -> list[dict[str, Any]]:
    """People and bodies across articles (``claimledger entities``), optionally by name."""
    merged = merge_entities(store.entity_rows())
    if q and q.strip():
        wanted = fold(q)
        merged = [e for e in merged if any(wanted in fold(n) for n in e.names)]
    return [_entity(e) for e in merged[:limit]]


def _entity(e: CanonicalEntity) -> dict[str, Any]:
    return {
        "name": e.name,
        "type": e.type,
        "articles": e.articles,
        "names": sorted(e.names),
        "roles": sorted(e.roles, key=lambda r: -e.roles[r])[:3],
        "affiliation": max(e.affiliations, key=lambda k: e.affiliations[k]) if e.affiliations else None,
    }


def entity_profile(store: Store, name: str) -> dict[str, Any]:
    """One entity: its names, roles and the reasons names were linked; its statements and
    numeric claims over time (``claimledger entities NAME``)."""
    found = profile(store, name)
    if found is None:
        raise NotFound(f"no entity named {name!r}")
    ent = found.entity
    moments = [
        {
            "date": s.published,
            "kind": "statement",
            "as": s.speaker_text,
            "text": f"{s.cue or ''}: {s.content}",
            "outlet": s.outlet,
            "article": s.article_id,
        }
        for s in found.statements
    ] + [
        {
            "date": c.as_of,
            "kind": "claim",
            "as": c.claimant,
            "text": c.text,
            "outlet": c.outlet,
            "article": c.article_id,
        }
        for c in found.claims
    ]
    moments.sort(key=lambda r: r["date"] or "")
    return {
        "entity": {**_entity(ent), "roles": sorted(ent.roles), "linked": list(ent.reasons)},
        "statements": [asdict(s) for s in found.statements],
        "claims": [claim_row(c) for c in found.claims],
        "moments": moments,
    }


# -- timeline and places ---------------------------------------------------------------------------------
_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def timeline_rows(
    store: Store,
    *,
    about: str | None = None,
    entity: str | None = None,
    place: str | None = None,
    since: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Dated events, claims and statements in order (``claimledger timeline``); ``day`` is the
    first day the date covers ("2024-08" → "2024-08-01"), for charts."""
    moments = timeline(
        store,
        about=about or None,
        entity=entity or None,
        place=place or None,
        since=since or None,
        limit=limit,
    )
    return [{**asdict(m), "day": _first_day(m.date)} for m in moments]


def _first_day(value: str | None) -> str | None:
    m = _DAY.match(value or "")
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"


def places(store: Store) -> dict[str, Any]:
    """Every geocoded place as GeoJSON points with how often it is named (``export --format geojson``)."""
    return geojson(store)


# -- analysing a new text ----------------------------------------------------------------------------------
_NLP_LOCK = threading.Lock()
_NLP: list[Any] = []


def analyse(
    text: str,
    *,
    html: bool = False,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Ledger:
    """The ledger of a pasted text (or HTML page), analysed on the spot; nothing is stored."""
    from ..ingest import make_article
    from ..ingest.html import read_html
    from ..pipeline import analyze

    meta = {"id": id or None, "title": title or None, "outlet": outlet or None, "url": url or None}
    if html:
        article = read_html(text, published=published or None, source="pasted HTML", **meta)
    else:
        article = make_article(
            text,
            id=meta["id"],
            title=meta["title"],
            outlet=meta["outlet"],
            url=meta["url"],
            published=published or None,
            source="pasted text",
        )
    return analyze(article, nlp=language())


def language() -> Any:
    """The language pipeline, loaded once per process on first use (it takes seconds)."""
    with _NLP_LOCK:
        if not _NLP:
            from ..nlp import load

            _NLP.append(load())
        return _NLP[0]
