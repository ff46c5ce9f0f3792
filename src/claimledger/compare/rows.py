"""The rows of the cross-source read commands (``claims``, ``conflicts``), built from the store:
one function each, shared by the CLI and the store benchmark; ``claim_row`` also by the web UI."""

from __future__ import annotations

from typing import Any

from ..records import Claim
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
        {k: row[k] for k in _CLI_CLAIM_FIELDS}
        for row in map(claim_row, store.claims(about=about, claimant_keys=keys, since=since))
    ]


# The CLI's claim table keeps the fields that fit a terminal row.
_CLI_CLAIM_FIELDS = (
    "as_of",
    "claimant",
    "claim",
    "value",
    "bound",
    "unit",
    "interval",
    "measures",
    "place",
    "outlet",
    "article",
    "quantity",
)


def claim_row(c: Claim) -> dict[str, Any]:
    """One numeric claim as plain data (web pages, the API and the CLI)."""
    return {
        "as_of": c.as_of,
        "claimant": c.claimant,
        "source": source(c),
        "claim": c.text,
        "value": c.value,
        "value_max": c.value_max,
        "bound": c.bound,
        "unit": c.unit,
        "interval": interval(c).describe(c.unit),
        "measures": c.measures,
        "place": c.place,
        "outlet": c.outlet,
        "article": c.article_id,
        "quantity": c.quantity_id,
        "statement": c.statement,
    }


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
