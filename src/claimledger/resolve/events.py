"""Events as ledger records: actors and targets resolved to entities, the place and date of the
trigger's clause, the statement that reports the event, and the quantities that count it."""

from __future__ import annotations

from ..extract import lexicon
from ..extract.events import RawEvent
from ..extract.mentions import Mention
from ..records import Event, Place, Quantity, Statement, TimeExpr
from .speakers import Referent, SpeakerResolver

EXTRACTOR = "events@1"


def build_events(
    raw: list[RawEvent],
    resolver: SpeakerResolver,
    statements: list[Statement],
    places: list[Place],
    dates: list[TimeExpr],
    quantities: list[Quantity],
    text: str,
) -> list[Event]:
    """Events with entity keys in ``actor``/``target`` (the caller maps keys to entity ids)."""
    out = []
    for n, ev in enumerate(raw, 1):
        actor = _party(resolver, ev.actor)
        target = _party(resolver, ev.target)
        if actor is not None and target is not None and actor.key == target.key:
            target = None
        out.append(
            Event(
                id=f"v{n}",
                type=ev.type,
                trigger=ev.trigger,
                actor=actor.key if actor else None,
                target=target.key if target else None,
                place=_place(ev, places),
                date=_date(ev, dates, text),
                statement=_statement(ev, statements),
                negated=ev.negated,
                modality=ev.modality,
                quantities=[q.id for q in quantities if ev.clause[0] <= q.start and q.end <= ev.clause[1]],
                extractor=EXTRACTOR,
            )
        )
    return out


def _party(resolver: SpeakerResolver, mention: Mention | None) -> Referent | None:
    """An actor or target that is a party: a state, a named person or organisation, or a
    description of people ("civilians", "Ukrainian servicemen"); anything else is dropped."""
    if mention is None or (mention.kind == "pronoun" and mention.head not in _PERSONAL):
        return None
    if mention.kind == "description" and _is_measure(mention.head):
        return None  # "at least 12 kilometers" is how far, not who
    ref = resolver.party(mention)
    if ref.key.startswith(("state:", "org:", "person:")) or ref.type in ("person", "group"):
        return ref
    if mention.head in _COLLECTIVES:
        return ref  # "a coalition airstrike": the coalition
    return None


_COLLECTIVES = {"coalition", "government", "military", "army", "navy", "police", "regime", "alliance"}


def _is_measure(head: str) -> bool:
    """A unit of measure ("kilometers", "percent"): a distance or share is never a party."""
    units = lexicon.table("units.tsv")
    word = head.casefold()
    return word in units or word.rstrip("s") in units


_PERSONAL = {"it", "they", "he", "she", "we"}


def _place(ev: RawEvent, places: list[Place]) -> int | None:
    inside = [
        i for i, p in enumerate(places) if ev.clause[0] <= p.start < ev.clause[1] and p.usage != "dateline"
    ]
    if not inside:
        return None
    # the most specific place of the clause: a region or city before a country
    rank = {"city": 0, "region": 1, "country": 2}
    return min(inside, key=lambda i: (rank.get(places[i].kind, 3), abs(places[i].start - ev.trigger.start)))


def _date(ev: RawEvent, dates: list[TimeExpr], text: str) -> int | None:
    start = text.rfind("\n\n", 0, ev.trigger.start) + 1
    sentence_start = max(start, _sentence_start(text, ev.trigger.start))
    sentence_end = _sentence_end(text, ev.trigger.end)
    inside = [
        i for i, d in enumerate(dates) if sentence_start <= d.start and d.end <= sentence_end and d.value
    ]
    if not inside:
        return None
    return min(inside, key=lambda i: abs(dates[i].start - ev.trigger.start))


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    return cut + 1 if cut >= 0 else 0


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _statement(ev: RawEvent, statements: list[Statement]) -> str | None:
    for s in statements:
        if s.cue is not None and s.cue.start <= ev.trigger.start < s.cue.end:
            return s.id  # a speech act that is itself the event ("vowed", "accused")
    holders = [
        s for s in statements if s.content.start <= ev.trigger.start and ev.trigger.end <= s.content.end
    ]
    return min(holders, key=lambda s: s.content.end - s.content.start).id if holders else None
