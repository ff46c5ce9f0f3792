"""Timelines: dated events, numeric claims and statements, in order, for a story, entity or place."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.base import Store
from .entities import find_entity


@dataclass(frozen=True, slots=True)
class Moment:
    date: str | None
    kind: str  # event | claim | statement
    summary: str
    source: str  # article id
    outlet: str | None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None


def timeline(
    store: Store,
    *,
    about: str | None = None,
    entity: str | None = None,
    place: str | None = None,
    since: str | None = None,
    limit: int = 500,
) -> list[Moment]:
    """Everything dated that matches every filter given, oldest first."""
    ent = find_entity(store, entity) if entity else None
    if entity and ent is None:
        return []
    members = set(ent.members) if ent else set()
    out: list[Moment] = []
    for ev in store.event_rows(since=since):
        if (
            members
            and (ev["article_id"], ev["actor_id"]) not in members
            and (ev["article_id"], ev["target_id"]) not in members
        ):
            continue
        if place and place.casefold() not in {
            str(ev["place"] or "").casefold(),
            str(ev["country"] or "").casefold(),
        }:
            continue
        if about and about.casefold() not in f"{ev['trigger']} {ev['title'] or ''}".casefold():
            continue
        who = f"{ev['actor']} " if ev["actor"] else ""
        whom = f" → {ev['target']}" if ev["target"] else ""
        where = f" in {ev['place']}" if ev["place"] else ""
        out.append(
            Moment(
                ev["date"] or ev["published"],
                "event",
                f"{ev['type']}: {who}{ev['trigger']}{whom}{where}",
                ev["article_id"],
                ev["outlet"],
                ev["place"],
                ev["lat"],
                ev["lon"],
            )
        )
    keys = None
    if ent is not None:
        from .entities import _claimant_keys

        keys = sorted(_claimant_keys(ent))
    for c in store.claims(about=about, claimant_keys=keys, since=since):
        if place and place.casefold() not in {str(c.place or "").casefold(), str(c.country or "").casefold()}:
            continue
        out.append(
            Moment(
                c.as_of or c.published,
                "claim",
                f"{c.claimant}: {c.text} ({c.measures or c.unit})",
                c.article_id,
                c.outlet,
                c.place,
            )
        )
    if not place:
        rows = (
            store.statements(pairs=ent.members, limit=limit)
            if ent
            else store.statements(q=about, limit=limit)
            if about
            else []
        )
        for s in rows:
            if since and (s.published or "") < since:
                continue
            who = s.speaker_name or s.speaker_text or "unattributed"
            out.append(
                Moment(s.published, "statement", f"{who} {s.cue or ''}: {s.content}", s.article_id, s.outlet)
            )
    out.sort(key=lambda m: (m.date or "9999", m.kind, m.source))
    return out[:limit]
