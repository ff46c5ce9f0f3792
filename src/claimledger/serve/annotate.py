"""An article's text as HTML with its ledger marked up: statements coloured by speaker, cues and
speakers marked, numbers with their bound and claimant, places linked to the map, dates with
their resolved value, event triggers with their type.

The text is untrusted: every piece of it, and every attribute value, goes through
:func:`markupsafe.escape`; tag names, attribute names and classes come from this module only.
Spans may nest (a number inside a quotation) or cross (a place that runs past the end of a
statement): a crossing span is split at the boundary, so the output is always well nested.

>>> from claimledger.records import Article, Ledger, TimeExpr
>>> text = "Kyiv said on Monday <b>."
>>> ledger = Ledger(Article("a", text), dates=[TimeExpr("Monday", 13, 19, "2024-08-12", "day")])
>>> str(annotate(ledger).html)
'Kyiv said on <time class="date" datetime="2024-08-12" data-resolved="2024-08-12" data-tip="Monday → 2024-08-12 (day)">Monday</time> &lt;b&gt;.'
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from markupsafe import Markup, escape

from ..compare.claims import interval
from ..records import Claim, Ledger, Quantity, Speaker, Statement

PALETTE = 8  # speaker colours spk-0 … spk-7 in app.css; more speakers reuse them


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    rank: int  # for spans that start and end together: lower is outer
    tag: str
    attrs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class SpeakerKey:
    """A speaker of the article with the colour its statements get."""

    name: str
    colour: str  # a CSS class
    statements: int
    anonymous: bool


@dataclass
class Annotated:
    html: Markup
    speakers: list[SpeakerKey] = field(default_factory=list)


def annotate(ledger: Ledger) -> Annotated:
    colours, speakers = _speaker_colours(ledger.statements)
    return Annotated(render(ledger.article.text, list(_marks(ledger, colours))), speakers)


# -- what is marked ----------------------------------------------------------------------------------
def _speaker_id(speaker: Speaker | None) -> str | None:
    if speaker is None:
        return None
    return speaker.entity or (speaker.name or speaker.text or "").casefold() or None


def _speaker_colours(statements: list[Statement]) -> tuple[dict[str, str], list[SpeakerKey]]:
    """A colour per speaker in order of first statement, and the legend."""
    colours: dict[str, str] = {}
    counts: dict[str, int] = {}
    first: dict[str, Speaker] = {}
    for stmt in statements:
        key = _speaker_id(stmt.speaker)
        if key is None or stmt.speaker is None:
            continue
        colours.setdefault(key, f"spk-{len(colours) % PALETTE}")
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, stmt.speaker)
    legend = [
        SpeakerKey(first[k].name or first[k].text, colours[k], counts[k], first[k].anonymous) for k in colours
    ]
    if any(s.speaker is None for s in statements):
        legend.append(
            SpeakerKey("no speaker found", "spk-none", sum(s.speaker is None for s in statements), False)
        )
    return colours, legend


def _marks(ledger: Ledger, colours: dict[str, str]) -> Iterator[Mark]:
    article = ledger.article
    if article.dateline:
        d = article.dateline
        yield Mark(d.start, d.end, 1, "span", (("class", "dateline"), ("data-tip", f"dateline: {d.text}")))
    for stmt in ledger.statements:
        yield from _statement_marks(stmt, colours.get(_speaker_id(stmt.speaker) or "", "spk-none"))
    for qty in ledger.quantities:
        yield Mark(
            qty.start,
            qty.end,
            2,
            "span",
            (("class", "qty"), ("tabindex", "0"), ("data-qty", qty.id), ("data-tip", quantity_tip(qty))),
        )
    for p in ledger.places:
        tip = " · ".join(x for x in (p.name, p.kind, p.country, p.usage) if x)
        if p.lat is not None and p.lon is not None:
            attrs = (("class", "place"), ("href", "/map?place=" + quote(p.name, safe="")), ("data-tip", tip))
            yield Mark(p.start, p.end, 2, "a", attrs)
        else:
            yield Mark(
                p.start,
                p.end,
                2,
                "span",
                (("class", "place unlocated"), ("data-tip", tip + " · not on the map")),
            )
    for d in ledger.dates:
        resolved = d.value or "unresolved"
        when: tuple[tuple[str, str], ...] = (("datetime", d.value),) if d.value else ()
        tip = f"{d.text} → {resolved} ({d.granularity})"
        yield Mark(
            d.start,
            d.end,
            2,
            "time",
            (("class", "date"), *when, ("data-resolved", resolved), ("data-tip", tip)),
        )
    for ev in ledger.events:
        t = ev.trigger
        yield Mark(t.start, t.end, 3, "span", (("class", "event"), ("data-tip", f"event: {ev.type}")))


def _statement_marks(stmt: Statement, colour: str) -> Iterator[Mark]:
    sp = stmt.speaker
    who = (sp.name or sp.text) if sp else "no speaker found"
    tip = f"{who} — {stmt.kind} statement {stmt.id}"
    if sp and sp.role:
        tip += f" · {sp.role}"
    if sp and sp.anonymous:
        tip += " · anonymous source"
    if stmt.via:
        tip += f" · via {stmt.via.name or stmt.via.text}"
    c = stmt.content
    yield Mark(
        c.start, c.end, 0, "span", (("class", f"stmt {colour}"), ("data-stmt", stmt.id), ("data-tip", tip))
    )
    if stmt.cue:
        cue = stmt.cue
        lemma = f" ({cue.lemma})" if cue.lemma else ""
        yield Mark(
            cue.start, cue.end, 1, "mark", (("class", "cue"), ("data-tip", f"cue{lemma} of {stmt.id}"))
        )
    if sp and sp.end > sp.start:
        details = ", ".join(x for x in (sp.type, sp.role, "anonymous" if sp.anonymous else None) if x)
        yield Mark(
            sp.start,
            sp.end,
            1,
            "span",
            (("class", f"speaker {colour}"), ("data-tip", f"speaker: {who} ({details})")),
        )
    if stmt.via and stmt.via.end > stmt.via.start:
        v = stmt.via
        yield Mark(v.start, v.end, 1, "span", (("class", "via"), ("data-tip", f"via: {v.name or v.text}")))


def quantity_tip(qty: Quantity) -> str:
    """ "at least 800 km2 · bound at_least · claimed by X · measures territory"."""
    claim = Claim(
        "",
        qty.id,
        qty.text,
        qty.value,
        qty.value_max,
        qty.unit,
        qty.bound,
        None,
        "",
        None,
        None,
        None,
        None,
        None,
        None,
    )
    who = qty.asserted_by.name if qty.asserted_by else "the reporter"
    parts = [interval(claim).describe(qty.unit), f"bound {qty.bound}", f"claimed by {who}"]
    if qty.measures:
        parts.append(f"measures {qty.measures}")
    return " · ".join(parts)


# -- rendering ----------------------------------------------------------------------------------------
def render(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, with ``marks`` as (well nested) elements around their spans."""
    heap = [(m.start, -m.end, m.rank, n, m) for n, m in enumerate(marks) if 0 <= m.start < m.end <= len(text)]
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    counter = len(heap)

    def emit(upto: int) -> None:
        nonlocal pos
        out.append(escape(text[pos:upto]))
        pos = upto

    while heap:
        *_, mark = heapq.heappop(heap)
        while stack and stack[-1].end <= mark.start:
            emit(stack[-1].end)
            out.append(f"</{stack.pop().tag}>")
        emit(mark.start)
        if stack and mark.end > stack[-1].end:  # crossing: keep the part inside, queue the rest
            rest = replace(mark, start=stack[-1].end)
            heapq.heappush(heap, (rest.start, -rest.end, rest.rank, counter, rest))
            counter += 1
            mark = replace(mark, end=stack[-1].end)
        out.append(_open(mark))
        stack.append(mark)
    while stack:
        emit(stack[-1].end)
        out.append(f"</{stack.pop().tag}>")
    emit(len(text))
    return Markup("".join(out))


def _open(mark: Mark) -> str:
    attrs = "".join(f' {name}="{escape(value)}"' for name, value in mark.attrs)
    return f"<{mark.tag}{attrs}>"
