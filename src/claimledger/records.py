"""Typed records of the ledger format (``LEDGER_FORMAT.md``, ``"format": "claimledger/1"``).

Plain data: no I/O and no spaCy, so that every stage after extraction (resolve, store, compare,
serve) works on these records alone. Every span carries character offsets into
``Article.text`` and :meth:`Ledger.check_spans` enforces ``text[start:end] == span.text``.

>>> s = Span.at("KYIV: Ukraine said", 0, 4)
>>> s.text
'KYIV'
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Self

from .errors import FormatError

FORMAT = "claimledger/1"

StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group", "unknown"]
EntityType = Literal["person", "organization", "state", "group"]
Bound = Literal[
    "exact",
    "approximately",
    "at_least",
    "more_than",
    "less_than",
    "up_to",
    "nearly",
    "range",
    "vague",
]
Granularity = Literal["day", "week", "month", "year", "time", "range", "period", "vague"]
PlaceUsage = Literal["location", "actor", "dateline"]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article text: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int

    @classmethod
    def at(cls, text: str, start: int, end: int) -> Self:
        """The span of ``text[start:end]``."""
        return cls(text[start:end], start, end)


@dataclass(frozen=True, slots=True)
class Cue(Span):
    """The reporting expression of a statement ("told reporters") with its lemma ("tell")."""

    lemma: str = ""


@dataclass(frozen=True, slots=True)
class Speaker(Span):
    """The source of a statement: the mention at the attribution site, resolved."""

    name: str | None = None
    entity: str | None = None
    type: SpeakerType = "unknown"
    anonymous: bool = False
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    dateline: Span | None = None
    language: str = "en"
    truncated: bool = False  # the text was cut at a paragraph break (settings: max_chars)


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    kind: StatementKind
    cue: Cue | None
    content: Span
    speaker: Speaker | None
    via: Speaker | None = None
    part_of: str | None = None  # the first segment of a split utterance
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Claimant:
    name: str
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity(Span):
    id: str = ""
    value: float = 0
    value_max: float | None = None
    unit: str | None = None
    bound: Bound = "exact"
    measures: str | None = None
    asserted_by: Claimant | None = None  # None: the reporter
    statement: str | None = None
    place: int | None = None  # index into places: the place the number is about, if its sentence names one
    date: int | None = None  # index into dates: the time the number refers to ("as of Monday")
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Place(Span):
    name: str = ""
    kind: str = ""
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    usage: PlaceUsage = "location"
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class TimeExpr(Span):
    """A temporal expression resolved against the publication date."""

    value: str | None = None
    granularity: Granularity = "day"
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    trigger: Span
    actor: str | None = None
    target: str | None = None
    place: int | None = None
    date: int | None = None
    statement: str | None = None
    negated: bool = False
    modality: str | None = None
    quantities: list[str] = field(default_factory=list)
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A number as one source's claim, with the context needed to compare it across articles."""

    article_id: str
    quantity_id: str
    text: str
    value: float
    value_max: float | None
    unit: str | None
    bound: str
    measures: str | None
    claimant: str  # a name, or "reporter" qualified by the outlet
    claimant_key: str | None  # the cross-article entity key of the claimant
    outlet: str | None
    published: str | None
    as_of: str | None  # the date the number refers to: its sentence's date, else publication
    place: str | None
    country: str | None
    statement: str | None = None

    @classmethod
    def example(cls, value: float, bound: str, value_max: float | None = None) -> Claim:
        return cls(
            "a", "q1", "", value, value_max, "km2", bound, None, "x", None, None, None, None, None, None
        )


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become a ledger, and why (an error code and message)."""

    source: str
    code: str
    message: str


@dataclass(slots=True)
class Ledger:
    """Everything claimledger extracted from one article."""

    article: Article
    statements: list[Statement] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    producer: dict[str, str] = field(default_factory=dict)
    format: str = FORMAT

    def to_dict(self) -> dict[str, Any]:
        out = {"format": self.format}
        out.update({f.name: _to_plain(getattr(self, f.name)) for f in _fields(self) if f.name != "format"})
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """The ledger as JSON text (``ensure_ascii=False``: article text stays readable)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Ledger:
        if data.get("format") != FORMAT:
            raise FormatError(f"unknown ledger format {data.get('format')!r}; expected {FORMAT!r}")
        return _from_plain(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Ledger:
        return cls.from_dict(json.loads(text))

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span of the ledger with a path naming where it sits."""
        if self.article.dateline:
            yield "article.dateline", self.article.dateline
        for name in ("statements", "quantities", "entities", "places", "dates", "events"):
            for i, rec in enumerate(getattr(self, name)):
                yield from _spans_in(rec, f"{name}[{i}]")

    def check_spans(self) -> None:
        """Raise :class:`FormatError` unless every span matches the article text."""
        text = self.article.text
        for path, span in self.spans():
            if not (0 <= span.start <= span.end <= len(text)) or text[span.start : span.end] != span.text:
                raise FormatError(
                    f"{path}: span {span.start}:{span.end} {span.text!r} does not match the text"
                )


def _fields(obj: Any) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(obj)


def _spans_in(obj: Any, path: str) -> Iterator[tuple[str, Span]]:
    if isinstance(obj, Span):
        yield path, obj
    if dataclasses.is_dataclass(obj):
        for f in _fields(obj):
            yield from _spans_in(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _spans_in(item, f"{path}[{i}]")


def _to_plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _to_plain(getattr(obj, f.name)) for f in _fields(obj)}
    if isinstance(obj, list):
        return [_to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _to_plain(v) for k, v in obj.items()}
    if isinstance(obj, float) and obj.is_integer():
        return int(obj)
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _from_plain(tp: Any, data: Any) -> Any:
    """Rebuild a record of type ``tp`` from plain JSON data (the inverse of :func:`_to_plain`)."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_plain(inner[0], data) if len(inner) == 1 else data
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_plain(item, x) for x in data]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _HINTS.get(tp)
        if hints is None:
            hints = _HINTS[tp] = typing.get_type_hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _from_plain(hints[k], v) for k, v in data.items() if k in known})
    return data
