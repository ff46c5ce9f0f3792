"""Numeric claims across articles: each claim becomes an interval from its bound; claims about the
same thing (unit, what is measured, place) are grouped; within a time window a group is
consistent when one value satisfies every claim, contradictory otherwise; windows in order form
a series, not a contradiction.

Intervals: exact [v, v]; approximately [0.9v, 1.1v]; at least [v, ∞); more than (v, ∞);
nearly [0.9v, v); up to [0, v]; less than [0, v); range [v, v_max]; vague → its magnitude band
("thousands" [1,000, 10,000)).

>>> interval(Claim("a", "q1", "", 1000, None, "km2", "approximately", None, "x", None, None, None, None, None, None))
Interval(lo=900.0, hi=1100.0, lo_open=False, hi_open=False)
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

from ..records import Claim

APPROX = 0.10
WINDOW_DAYS = 7

Status = Literal["single", "consistent", "contradictory"]

__all__ = ["Claim", "ClaimGroup", "Interval", "Window", "group_claims", "interval", "subject"]


@dataclass(frozen=True, slots=True)
class Interval:
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def is_empty(self) -> bool:
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open))

    def __and__(self, other: Interval) -> Interval:
        lo, lo_open = max((self.lo, self.lo_open), (other.lo, other.lo_open), key=lambda x: (x[0], x[1]))
        hi, hi_open = min(
            (self.hi, not self.hi_open), (other.hi, not other.hi_open), key=lambda x: (x[0], x[1])
        )
        return Interval(lo, hi, lo_open, not hi_open)

    def describe(self, unit: str | None) -> str:
        u = f" {unit}" if unit else ""
        if self.hi == math.inf:
            return f"{'more than' if self.lo_open else 'at least'} {_fmt(self.lo)}{u}"
        if self.lo == 0 and not self.lo_open:
            return f"{'less than' if self.hi_open else 'at most'} {_fmt(self.hi)}{u}"
        if self.lo == self.hi:
            return f"{_fmt(self.lo)}{u}"
        return f"{_fmt(self.lo)}–{_fmt(self.hi)}{u}"


def interval(claim: Claim) -> Interval:
    """The values a claim admits, from its bound (module docstring)."""
    v = float(claim.value)
    match claim.bound:
        case "approximately":
            return Interval(v * (1 - APPROX), v * (1 + APPROX))
        case "at_least":
            return Interval(v, math.inf)
        case "more_than":
            return Interval(v, math.inf, lo_open=True)
        case "nearly":
            return Interval(v * (1 - APPROX), v, hi_open=True)
        case "up_to":
            return Interval(0.0, v)
        case "less_than":
            return Interval(0.0, v, hi_open=True)
        case "range":
            return Interval(v, float(claim.value_max if claim.value_max is not None else v))
        case "vague":
            return Interval(v, v * 10 if v >= 100 else 100.0, hi_open=True)
        case _:
            return Interval(v, v)


# -- what a claim is about --------------------------------------------------------------------------
@functools.cache
def _concepts() -> dict[str, str]:
    table = {}
    text = (resources.files("claimledger") / "data" / "concepts.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            concept, words = line.split("\t")
            for word in words.split("|"):
                table[word.strip().lower()] = concept
    return table


_STOP = {
    "the",
    "a",
    "an",
    "of",
    "by",
    "in",
    "on",
    "at",
    "to",
    "and",
    "or",
    "for",
    "from",
    "with",
    "as",
    "its",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "some",
    "about",
    "least",
    "more",
    "than",
    "under",
    "over",
    "into",
    "currently",
    "now",
    "new",
    "says",
    "said",
    "were",
    "was",
    "is",
    "are",
    "has",
    "have",
    "had",
    "be",
    "been",
    "being",
    "who",
    "which",
    "since",
    "during",
}


def subject(measures: str | None) -> frozenset[str]:
    """The concepts of a "measures" phrase: content words, mapped through ``data/concepts.tsv``
    ("land", "territory", "area" → territory; "controlled", "held", "seized" → control)."""
    if not measures:
        return frozenset()
    table = _concepts()
    words = re.findall(r"[a-z]+", measures.lower())
    out = set()
    for w in words:
        if w in _STOP or len(w) < 3:
            continue
        out.add(table.get(w) or table.get(_stem(w)) or _stem(w))
    return frozenset(out)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# -- grouping --------------------------------------------------------------------------------------
@dataclass
class Window:
    start: str | None
    end: str | None
    claims: list[Claim]
    status: Status
    agreed: Interval | None  # the values every claim admits, when consistent
    explanation: str


@dataclass
class ClaimGroup:
    id: str
    unit: str | None
    about: str
    place: str | None
    claims: list[Claim] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)

    @property
    def status(self) -> Status:
        if any(w.status == "contradictory" for w in self.windows):
            return "contradictory"
        if len(self.claims) == 1:
            return "single"
        return "consistent"

    @property
    def is_series(self) -> bool:
        return len(self.windows) > 1


def group_claims(claims: list[Claim], window_days: int = WINDOW_DAYS) -> list[ClaimGroup]:
    """Claims about the same thing, grouped; each group split into time windows and judged."""
    buckets: dict[tuple[str | None, str | None], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.unit is not None:
            buckets[(c.unit, c.country)].append(c)
    groups: list[ClaimGroup] = []
    for (unit, _country), items in sorted(buckets.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        for members in _connected(items):
            groups.append(_judge(members, unit, window_days))
    groups.sort(key=lambda g: (g.status != "contradictory", -len(g.claims), g.about))
    for n, g in enumerate(groups, 1):
        g.id = f"g{n}"
    return groups


def _connected(items: list[Claim]) -> list[list[Claim]]:
    """Claims linked when they share a concept of what they measure and their places agree (a
    claim without a place joins the largest group of its concept). Linear in the claims: each
    claim is compared with one representative per (concept, place)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, str | None], int] = {}
    placeless: list[tuple[int, str]] = []
    for i, c in enumerate(items):
        for concept in concepts(c):
            if c.place is None:
                placeless.append((i, concept))
                continue
            key = (concept, c.place)
            if key in first:
                parent[find(i)] = find(first[key])
            else:
                first[key] = i
    sizes: dict[int, int] = defaultdict(int)
    for i in range(len(items)):
        sizes[find(i)] += 1
    for i, concept in placeless:
        candidates = [j for (k, _place), j in first.items() if k == concept]
        if candidates:
            best = max(candidates, key=lambda j: sizes[find(j)])
            parent[find(i)] = find(best)
        else:
            first[(concept, None)] = i
    comps: dict[int, list[Claim]] = defaultdict(list)
    for i, c in enumerate(items):
        comps[find(i)].append(c)
    return list(comps.values())


_UNIT_CONCEPTS = {"km2": "territory", "mi2": "territory", "ha": "territory"}


def concepts(claim: Claim) -> frozenset[str]:
    """The known concepts of what a claim measures (``data/concepts.tsv``), plus its unit's
    ("km2" measures territory); raw words that are no concept do not link claims."""
    known = set(_concepts().values())
    found = {w for w in subject(claim.measures) if w in known}
    if claim.unit in _UNIT_CONCEPTS:
        found.add(_UNIT_CONCEPTS[claim.unit])
    if not found and claim.unit == "people":
        found.add("people")
    return frozenset(found)


def _judge(members: list[Claim], unit: str | None, window_days: int) -> ClaimGroup:
    members = sorted(members, key=lambda c: (c.as_of or c.published or "", c.article_id, c.quantity_id))
    about = _label(members)
    places = [c.place for c in members if c.place]
    group = ClaimGroup("", unit, about, max(set(places), key=places.count) if places else None, members)
    for window in _windows(members, window_days):
        group.windows.append(_verdict(window, unit))
    return group


def _label(members: list[Claim]) -> str:
    measures = [c.measures for c in members if c.measures]
    if not measures:
        return members[0].unit or "?"
    return max(set(measures), key=lambda m: (measures.count(m), -len(m)))


def _windows(members: list[Claim], days: int) -> list[list[Claim]]:
    windows: list[list[Claim]] = []
    start: dt.date | None = None
    for c in members:
        when = _date(c.as_of or c.published)
        if windows and (when is None or start is None or (when - start).days <= days):
            windows[-1].append(c)
        else:
            windows.append([c])
            start = when
    return windows


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _verdict(claims: list[Claim], unit: str | None) -> Window:
    dates = sorted(d for c in claims if (d := c.as_of or c.published))
    start, end = (dates[0], dates[-1]) if dates else (None, None)
    intervals = [interval(c) for c in claims]
    lines = [f"{_who(c)} says {c.text.strip()} → {iv.describe(unit)}" for c, iv in zip(claims, intervals)]
    if len(claims) == 1:
        return Window(start, end, claims, "single", intervals[0], lines[0] + ".")
    agreed = intervals[0]
    for iv in intervals[1:]:
        agreed = agreed & iv
    if not agreed.is_empty():
        text = "; ".join(lines) + f". Consistent: every claim holds for {agreed.describe(unit)}."
        return Window(start, end, claims, "consistent", agreed, text)
    a, b = _clashing_pair(claims, intervals)
    text = "; ".join(lines) + (
        f". Contradiction: {_who(a)} and {_who(b)} cannot both be right — "
        f"{interval(a).describe(unit)} and {interval(b).describe(unit)} do not overlap."
    )
    return Window(start, end, claims, "contradictory", None, text)


def _clashing_pair(claims: list[Claim], intervals: list[Interval]) -> tuple[Claim, Claim]:
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if (intervals[i] & intervals[j]).is_empty():
                return claims[i], claims[j]
    return claims[0], claims[-1]


def source(c: Claim) -> str:
    """Who makes a claim: its claimant, or the reporter of its outlet (or article)."""
    return c.claimant if c.claimant != "reporter" else f"the reporter of {c.outlet or c.article_id}"


def _who(c: Claim) -> str:
    when = c.as_of or c.published
    return f"{source(c)} ({when})" if when else source(c)


def _fmt(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}"
