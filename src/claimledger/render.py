"""The ``table`` view of a ledger for people, with rich. Used by the CLI only."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .records import Ledger

_BOUND_WORDS = {
    "exact": "",
    "approximately": "≈",
    "at_least": "≥",
    "more_than": ">",
    "less_than": "<",
    "up_to": "≤",
    "nearly": "almost",
    "range": "",
    "vague": "~",
}


def render_ledger(ledger: Ledger, console: Console | None = None) -> None:
    if console is None:
        console = Console(highlight=False)
        if not console.is_terminal:  # piped to a file or pager: do not squeeze into 80 columns
            console = Console(highlight=False, width=140)
    a = ledger.article
    head = Text(a.title or a.id, style="bold")
    meta = [f"id {a.id}", f"published {a.published or 'unknown'}"]
    if a.dateline:
        meta.append(f"dateline {a.dateline.text}")
    if a.outlet:
        meta.append(a.outlet)
    console.rule(head)
    console.print(" · ".join(meta), style="dim")
    console.print(_statements(ledger))
    if ledger.quantities:
        console.print(_quantities(ledger))
    if ledger.entities:
        console.print(_entities(ledger))
    if ledger.places:
        console.print(_places(ledger))
    if ledger.dates:
        console.print(_dates(ledger))


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", show_lines=False, expand=True)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _statements(ledger: Ledger) -> Table:
    table = _table(f"Statements ({len(ledger.statements)})", "#", "speaker", "cue", "kind", "content")
    for s in ledger.statements:
        if s.speaker is None:
            who = Text("(no speaker)", style="dim")
        else:
            who = Text(s.speaker.name or s.speaker.text, style="bold")
            if s.speaker.role:
                who.append(f"\n{s.speaker.role}", style="dim")
            if s.speaker.anonymous:
                who.append("\nanonymous", style="yellow")
            if s.speaker.text != s.speaker.name:
                who.append(f"\n(“{s.speaker.text}”)", style="dim")
        if s.via is not None:
            who.append(f"\nvia {s.via.name or s.via.text}", style="dim")
        cue = s.cue.text if s.cue else "(continues)"
        kind = s.kind + (f"\npart of {s.part_of}" if s.part_of else "")
        table.add_row(s.id, who, cue, kind, Text(s.content.text))
    return table


def _quantities(ledger: Ledger) -> Table:
    table = _table(f"Numbers ({len(ledger.quantities)})", "#", "text", "value", "unit", "bound", "claimed by")
    for q in ledger.quantities:
        value = f"{_num(q.value)}–{_num(q.value_max)}" if q.value_max is not None else _num(q.value)
        claimant = q.asserted_by.name if q.asserted_by else "reporter"
        if q.statement:
            claimant += f" ({q.statement})"
        table.add_row(
            q.id, Text(q.text), f"{_BOUND_WORDS.get(q.bound, '')}{value}", q.unit or "", q.bound, claimant
        )
    return table


def _entities(ledger: Ledger) -> Table:
    table = _table(
        f"Entities ({len(ledger.entities)})", "#", "name", "type", "roles", "affiliation", "mentions"
    )
    for e in ledger.entities:
        table.add_row(
            e.id, Text(e.name), e.type, Text("; ".join(e.roles)), e.affiliation or "", str(len(e.mentions))
        )
    return table


def _places(ledger: Ledger) -> Table:
    table = _table("Places", "text", "place", "kind", "country", "usage", "lat, lon", "×")
    seen: dict[tuple[str, str], list[int]] = {}
    rows = []
    for p in ledger.places:
        key = (p.text, p.name)
        if key in seen:
            seen[key][0] += 1
            continue
        seen[key] = [1]
        rows.append((p, seen[key]))
    for p, count in rows:
        coords = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
        table.add_row(Text(p.text), Text(p.name), p.kind, p.country or "", p.usage, coords, str(count[0]))
    return table


def _dates(ledger: Ledger) -> Table:
    table = _table("Dates", "text", "resolved", "granularity")
    for d in ledger.dates:
        table.add_row(Text(d.text), d.value or "(unresolved)", d.granularity)
    return table


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
