"""The rows of the cross-source read commands (``claims``, ``conflicts``), built from the store:
one function each, shared by the CLI and the store benchmark."""

from __future__ import annotations

from typing import Any

from ..store.base import Store
from .claims import ClaimGroup, group_claims, interval, source
from .entities import _claimant_keys, find_entity


def claim_rows(
    store: Store, *, about: str | None = None, entity: str | None = None, since: str | None = None
) -> list[dict[str, Any]]:
    """Numeric claims, optionally about TEXT, by an entity (any spelling) or since a date."""
    keys = None
    if entity:
        ent = find_entity(store, entity)
        keys = sorted(_claimant_keys(ent)) if ent else []
    return [
        {
            "as_of": c.as_of,
            "claimant": c.claimant,
            "claim": c.text,
            "value": c.value,
            "bound": c.bound,
            "unit": c.unit,
            "interval": interval(c).describe(c.unit),
            "measures": c.measures,
            "place": c.place,
            "outlet": c.outlet,
            "article": c.article_id,
            "quantity": c.quantity_id,
        }
        for c in store.claims(about=about, claimant_keys=keys, since=since)
    ]


def conflict_rows(store: Store, show_all: bool = False) -> tuple[list[dict[str, Any]], list[ClaimGroup]]:
    """One row per time window of each contradictory group (with ``show_all``, of every group of
    two or more claims), and the groups."""
    groups = group_claims(store.claims())
    rows = [
        {
            "group": g.id,
            "status": w.status,
            "about": g.about,
            "unit": g.unit,
            "place": g.place,
            "from": w.start,
            "to": w.end,
            "sources": sorted({source(c) for c in w.claims}),
            "explanation": w.explanation,
        }
        for g in groups
        if g.status == "contradictory" or (show_all and len(g.claims) > 1)
        for w in g.windows
    ]
    return rows, groups
