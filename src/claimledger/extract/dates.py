"""Temporal expressions, found by rules and resolved against the publication date.

Rules find the phrases; nothing scans free text for anything date-like (a free-text date parser
invents dates from "may" or "now"). Resolution conventions (GUIDELINES.md):
- a weekday ("on Tuesday", "as of Monday") is the most recent such day on or before publication,
  the day itself when it is that weekday; "last Tuesday" is strictly before, "next Tuesday" after;
  in a clause about the future ("will gather on Friday") it is the coming one;
- "last week" is the previous Monday–Sunday week as an interval; "earlier this month" the month;
- a month or day without a year is the most recent one on or before publication;
- "since the beginning of the war" resolves through the conflict the article is about
  (``data/conflicts.tsv``); other event-anchored periods ("since World War II") stay null.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import lexicon

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b")),
    (
        "day_range",
        re.compile(
            rf"\b(?:(?i:from|between)\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\s*(?:(?i:to|through|until|and)\s+|[-–]\s*)(?:(?P<mon2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    (
        "year_range",
        re.compile(
            rf"\b(?:(?i:from|between)\s+)?(?P<y>{_YEAR})\s*(?:(?i:to|through|until|and)\s+|[-–]\s*)(?P<y2>{_YEAR})\b"
        ),
    ),
    (
        "past_n",
        re.compile(
            r"\b(?:(?:in|over|during)\s+)?the\s+(?:past|last|previous)\s+(?P<n>\d+|[a-z]+)(?P<plus>-plus)?\s+(?P<u>hour|day|week|month|year)s\b",
            re.IGNORECASE,
        ),
    ),
    (
        "season_of",
        re.compile(
            rf"\b(?:(?:the|early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+of\s+(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "century",
        re.compile(r"\bthe\s+(?P<n>1[5-9]|2[01])(?:st|nd|rd|th)\s+century\b", re.IGNORECASE),
    ),
    (
        "decade_word",
        re.compile(
            r"\bthe\s+(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "end_last_year",
        re.compile(r"\b(?:at\s+)?the\s+end\s+of\s+last\s+year\b", re.IGNORECASE),
    ),
    ("the_year", re.compile(rf"\b[Tt]he\s+(?P<y>{_YEAR})\s+(?P<w>[A-Za-z][\w-]*)")),
    (
        "vague",
        re.compile(
            r"\b(?:recent(?:ly)?|to\s+date|(?:in\s+)?the\s+coming\s+(?:days|weeks|months|years)(?:\s+and\s+(?:days|weeks|months|years))?|(?:in\s+)?the\s+(?:past|last)\s+few\s+(?:days|weeks|months|years))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"(?:\b(?:on\s+)?{_WEEKDAY},?\s+)?\b(?:(?i:on|since|from|until|till|by|through|before|after)\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"(?:\b{_WEEKDAY},?\s+)?\b(?:on\s+)?(?P<d>{_DAY})\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "my",
        re.compile(
            rf"\b(?:(?P<lead>in|since|by|until|from|during|early|late|mid-?|last|this|next|earlier\s+this|later\s+this)\s+)?(?P<mon>{_MONTH.replace(r'May|', '')})(?:\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "my_may",
        re.compile(
            rf"\b(?:(?P<lead>in|since|by|until|from|during|early|late|last|this|next)\s+)May(?:\s+(?P<y>{_YEAR}))?\b|\bMay\s+(?P<y2>{_YEAR})\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<lead>as\s+of|since|until|till|by|from|on|early|late|last|this|next|earlier|later)\s+)?(?P<wd>{_WEEKDAY}){_PART}(?![\w-])",
            re.IGNORECASE,
        ),
    ),
    (
        "reldays",
        re.compile(
            r"\b(?P<w>(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?:(?:nearly|almost|about|around|some|more\s+than|over)\s+)?(?P<n>\d+|a|an|a\s+few|several|[a-z]+(?:-[a-z]+)?)\s+(?P<u>day|week|month|year|decade)s?\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "clock",
        re.compile(
            r"\b(?:at|around|about|by|from|until|after|before)\s+(?P<h>2[0-3]|[01]?\d)(?::(?P<mi>[0-5]\d))?(?!\d)(?:\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b))?(?P<local>\s+(?:local\s+time|GMT|UTC))?",
            re.IGNORECASE,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?P<lead>last|this|next|early\s+this|late\s+last)\s+(?P<season>spring|summer|autumn|fall|winter)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year_end",
        re.compile(
            r"\bby\s+(?:the\s+end\s+of\s+(?:the|this)\s+year|year[- ]end|the\s+year'?s\s+end)\b",
            re.IGNORECASE,
        ),
    ),
    ("bare_year", re.compile(rf"(?<![\d,.$€£-])\b(?P<y>{_YEAR})\b(?![\d,.]\d|\s+[a-z]+s\b|-)")),
    (
        "relunit",
        re.compile(
            r"\b(?P<lead>last|this|next|past|previous|coming|earlier\s+this|later\s+this|early\s+this|late\s+last|earlier\s+last)\s+(?P<u>week|weekend|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "since_war",
        re.compile(
            r"\bsince\s+(?:the\s+(?:beginning|start|outbreak|onset)\s+of\s+the\s+(?:(?:full-scale|full\s+scale|Russian|current)\s+)?(?:war|conflict|invasion|fighting|hostilities)|the\s+(?:(?:full-scale|Russian)\s+)?(?:war|conflict|invasion)\s+(?:began|started|broke\s+out))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "since_event",
        re.compile(
            r"\bsince\s+(?:World\s+War\s+(?:II|I|Two|One|2|1)|the\s+(?:Second|First)\s+World\s+War|the\s+Cold\s+War|the\s+end\s+of\s+the\s+Cold\s+War)\b"
        ),
    ),
    (
        "season_in",
        re.compile(
            r"\b(?:(?:later|earlier|early|late)\s+)?in\s+the\s+(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "campaign_start",
        re.compile(
            r"\b(?:from|since)\s+the\s+(?:outset|start|beginning|onset)\s+of\s+(?:this|the)\s+(?:campaign|operation|mission|offensive)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "anaphoric",
        re.compile(
            r"\bthe\s+(?:(?P<rel>following|previous|preceding)\s+(?P<u>day|year)|(?P<rel3>next)\s+(?P<u3>day)"
            r"|(?P<u2>day|year)\s+(?P<rel2>before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|(?-i:[A-Z]))\b))\b",
            re.IGNORECASE,
        ),
    ),
    ("decade", re.compile(r"\b(?:in\s+|during\s+|since\s+)?the\s+(?P<dec>(?:1[89]|20)\d0)s\b")),
    (
        "year",
        re.compile(
            rf"\b(?P<lead>(?i:in|since|by|until|from|during|early|late|mid-?|before|after|of|between|through))\s+(?P<y>{_YEAR})\b(?!-\d|,\d)"
        ),
    ),
]


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("-",),
    "day_range": _MONTH_STEMS,
    "year_range": ("18", "19", "20"),
    "past_n": ("past", "last", "previous"),
    "vague": ("to date", "coming", "few", "recent"),
    "season_of": (" of ",),
    "century": ("century",),
    "decade_word": ("ties",),
    "end_last_year": ("last year",),
    "the_year": ("the ",),
    "mdy": _MONTH_STEMS,
    "dmy": _MONTH_STEMS,
    "my": _MONTH_STEMS,
    "my_may": ("may",),
    "weekday": ("day",),
    "reldays": ("yesterday", "today", "tomorrow", "tonight", "night", "this "),
    "ago": ("ago",),
    "clock": (":", "a.m", "p.m", "am", "pm"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "relunit": ("week", "month", "year"),
    "year_end": ("year",),
    "bare_year": ("18", "19", "20"),
    "since_war": ("since",),
    "since_event": ("since",),
    "season_in": ("spring", "summer", "autumn", "fall", "winter"),
    "campaign_start": ("outset", "start", "beginning", "onset"),
    "anaphoric": ("following", "next", "previous", "preceding", "before", "after"),
    "decade": ("0s",),
    "year": ("18", "19", "20"),
}


@dataclass(frozen=True, slots=True)
class RawDate:
    start: int
    end: int
    value: str | None
    granularity: str


def extract_dates(text: str, published: dt.date | None, countries: set[str] | None = None) -> list[RawDate]:
    """Temporal expressions in ``text``, longest match first, never overlapping."""
    found: list[RawDate] = []
    taken: list[tuple[int, int]] = []
    candidates = []
    lower = text.lower()
    for kind, pattern in _PATTERNS:
        if not any(t in lower for t in _TRIGGERS[kind]):
            continue  # no literal the pattern needs: skip the regex
        for m in pattern.finditer(text):
            candidates.append((m.start(), -(m.end() - m.start()), kind, m))
    anaphoric: dict[int, re.Match[str]] = {}
    for start, neg_len, kind, m in sorted(candidates, key=lambda c: (c[1], c[0])):
        end = start - neg_len
        if any(start < e and s < end for s, e in taken):
            continue
        if kind == "anaphoric":
            anaphoric[start] = m
            resolved: tuple[str | None, str] | None = (None, "day")
        else:
            resolved = _resolve(kind, m, published, countries or set())
        if resolved is None:
            continue
        taken.append((start, end))
        found.append(RawDate(start, end, *resolved))
    found.sort(key=lambda d: d.start)
    return [
        _resolve_anaphoric(d, anaphoric[d.start], found, published) if d.start in anaphoric else d
        for d in found
    ]


def _resolve_anaphoric(date: RawDate, m: re.Match[str], found: list[RawDate], pub: dt.date | None) -> RawDate:
    """ "the following day", "the year before": a step from the last date the text gave before it
    (on Dec. 6th ... the following day → Dec. 7), else from publication."""
    g = m.groupdict()
    unit = (g["u"] or g["u2"] or g["u3"]).lower()
    step = -1 if (g["rel"] or g["rel2"] or g["rel3"]).lower() in ("previous", "preceding", "before") else 1
    anchor = None
    for prev in found:
        if prev.start >= date.start:
            break
        if prev.value and re.match(r"\d{4}-\d\d-\d\d" if unit == "day" else r"\d{4}", prev.value):
            anchor = prev.value
    if anchor is None and pub is not None:
        anchor = _iso(pub)
    if anchor is None:
        return RawDate(date.start, date.end, None, unit)
    if unit == "day":
        value = _iso(dt.date.fromisoformat(anchor[:10]) + dt.timedelta(days=step))
    else:
        value = f"{int(anchor[:4]) + step:04d}"
    return RawDate(date.start, date.end, value, unit)


def _resolve(
    kind: str, m: re.Match[str], pub: dt.date | None, countries: set[str]
) -> tuple[str | None, str] | None:
    g = m.groupdict()
    if kind == "iso":
        return _day(int(g["y"]), int(g["m"]), int(g["d"])), "day"
    if kind == "day_range":
        return _day_range(g, pub, _in_future_clause(m))
    if kind == "year_range":
        y1, y2 = int(g["y"]), int(g["y2"])
        return (f"{y1}/{y2}", "range") if y1 < y2 else None
    if kind == "past_n":
        return _past_n(pub, g["n"], g["u"].lower(), bool(g.get("plus")))
    if kind == "vague":
        return None, "vague"
    if kind == "season_of":
        return _season_of(int(g["y"]), g["season"].lower()), "range"
    if kind == "century":
        n = int(g["n"])
        return f"{(n - 1) * 100 + 1}/{n * 100}", "period"
    if kind == "decade_word":
        dec = 1900 + 10 * _DECADE_WORDS.index(g["w"].lower()) + 20
        return f"{dec}/{dec + 9}", "period"
    if kind == "end_last_year":
        return (f"{pub.year - 1:04d}-12" if pub else None), "month"
    if kind == "the_year":  # "the 2014 protests", "the 1991 Hajj"; not "the 2000 people"
        if g["w"].lower() in _COUNTED_AFTER_YEAR or _is_person_noun(g["w"]):
            return None
        return g["y"], "year"
    if kind in ("mdy", "dmy"):
        month, day = MONTHS[g["mon"].lower().rstrip(".")], int(re.sub(r"\D", "", g["d"]))
        year = int(g["y"]) if g.get("y") else _recent_year(pub, month, day)
        if (
            year
            and pub
            and not g.get("y")
            and (_day(year, month, day) or "") < _iso(pub)
            and _in_future_clause(m)
        ):
            year += 1  # "is to be held on November 20", said in May: the coming one
        return (_day(year, month, day) if year else None), "day"
    if kind in ("my", "my_may"):
        year_text = g.get("y") or g.get("y2")
        month = 5 if kind == "my_may" else MONTHS[g["mon"].lower().rstrip(".")]
        lead = (g.get("lead") or "").lower()
        if not year_text and not lead:
            return None  # a bare month name is too often something else ("March" the verb)
        year = int(year_text) if year_text else _recent_year(pub, month, 1, lead)
        return (f"{year:04d}-{month:02d}" if year else None), "month"
    if kind == "weekday":
        lead = " ".join((g.get("lead") or "").lower().split())
        if not m.group("wd")[0].isupper():
            return None
        if lead in _FUTURE_COMPATIBLE_LEADS and _weekday_ahead(m):
            lead = "coming"
        return _weekday(pub, WEEKDAYS[g["wd"].lower()], lead), "day"
    if kind == "reldays":
        word = " ".join(g["w"].lower().split()).split(" ")[0]
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
        return (_iso(pub + dt.timedelta(days=offset)) if pub else None), "day"
    if kind == "ago":
        return _ago(pub, g["n"], g["u"].lower())
    if kind == "clock":
        if g.get("mi") is None and g.get("ap") is None:
            return None  # "at 5" is not a time without minutes or a.m./p.m.
        hour = int(g["h"])
        if g.get("ap"):
            hour = hour % 12 + (12 if g["ap"].lower().startswith("p") else 0)
        return (f"{_iso(pub)}T{hour:02d}:{int(g.get('mi') or 0):02d}" if pub else None), "time"
    if kind == "season":
        return _season(pub, " ".join(g["lead"].lower().split()), g["season"].lower()), "range"
    if kind == "season_in":  # "in the spring": this year's; "later in the spring": the coming one
        lead = "next" if m.group(0).lower().startswith("later") else "this"
        return _season(pub, lead, g["season"].lower()), "range"
    if kind == "campaign_start":  # "from the outset of this campaign": event-anchored, no date
        return None, "period"
    if kind == "year_end":
        return (f"{pub.year:04d}-12" if pub else None), "month"
    if kind == "bare_year":
        return g["y"], "year"
    if kind == "relunit":
        return _relative_unit(pub, " ".join(g["lead"].lower().split()), g["u"].lower())
    if kind == "since_war":
        return _conflict_start(countries), "day"
    if kind == "since_event":
        return None, "period"
    if kind == "decade":
        dec = int(g["dec"])
        return f"{dec}/{dec + 9}", "period"
    if kind == "year":
        return g["y"], "year"
    return None


_COUNTED_AFTER_YEAR = {"people", "of", "and", "to", "or", "more", "new", "other", "additional"}


def _is_person_noun(word: str) -> bool:
    words = lexicon.word_set("person_nouns.txt")
    return word.lower() in words or word.lower().rstrip("s") in words


_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season_of(year: int, season: str) -> str:
    if season == "winter":
        return f"{year:04d}-12/{year + 1:04d}-02"
    first, last = _SEASON_MONTHS[season]
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


# A clause about what is to come: its dates without a year are the coming ones
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|due\s+to|(?:scheduled|expected|set|planned)\s+to)|plans?\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)


def _clause_before(m: re.Match[str]) -> str:
    """The text of the match's sentence before it (150 characters at most)."""
    return re.split(r"[.!?]\s|\n", m.string[max(0, m.start() - 150) : m.start()])[-1]


def _in_future_clause(m: re.Match[str]) -> bool:
    """Whether the sentence before the match speaks of the future ("is to be held from ...")."""
    return _FUTURE.search(_clause_before(m)) is not None


_FUTURE_COMPATIBLE_LEADS = {"", "on", "by", "until", "till", "from", "early", "late"}


def _weekday_ahead(m: re.Match[str]) -> bool:
    """ "officials will gather in Stuttgart on Friday": a weekday in a clause about the future
    is the coming one. Not when a cue comes between ("Russia will not stop, the Kremlin said on
    Tuesday"): the weekday dates the saying."""
    before = _clause_before(m)
    future = list(_FUTURE.finditer(before))
    if not future:
        return False
    words = re.findall(r"[a-z]+", before[future[-1].end() :].lower())
    return not any(w in lexicon.cues() for w in words)


def _day_range(g: dict[str, str], pub: dt.date | None, future: bool = False) -> tuple[str | None, str] | None:
    """ "from November 20 to December 11", "January 23 - March 9 2014", "June 3-5". Without a
    year, the range starts on its most recent start date (one under way at publication is that
    one); in a clause about the future, the first such range not over by publication."""
    m1 = MONTHS[g["mon"].lower().rstrip(".")]
    m2 = MONTHS[g["mon2"].lower().rstrip(".")] if g.get("mon2") else m1
    d1, d2 = int(re.sub(r"\D", "", g["d"])), int(re.sub(r"\D", "", g["d2"]))
    wraps = (m1, d1) > (m2, d2)
    if g.get("y"):
        y2 = int(g["y"])
        y1 = y2 - 1 if wraps else y2
    else:
        first = _recent_year(pub, m1, d1)
        if first is None or pub is None:
            return None, "range"
        y1 = first
        end = _day(y1 + 1 if wraps else y1, m2, d2)
        if future and end is not None and end < _iso(pub):
            y1 += 1
        y2 = y1 + 1 if wraps else y1
    start, end = _day(y1, m1, d1), _day(y2, m2, d2)
    if start is None or end is None or start >= end:
        return None
    return f"{start}/{end}", "range"


def _past_n(pub: dt.date | None, count_text: str, unit: str, plus: bool) -> tuple[str | None, str] | None:
    """ "the past 24 hours", "the last three days": up to the publication date."""
    n = _count(count_text)
    if n is None:
        return None
    if pub is None or plus:
        return None, "range"
    if unit == "hour":
        start = pub - dt.timedelta(days=max(1, -(-n // 24)))
    elif unit in ("day", "week"):
        start = pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
    elif unit == "month":
        months = pub.year * 12 + pub.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}/{pub.year:04d}-{pub.month:02d}", "range"
    else:
        return f"{pub.year - n:04d}/{pub.year:04d}", "range"
    return f"{_iso(start)}/{_iso(pub)}", "range"


def _count(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _WORD_COUNTS.get(text.lower())


_WORD_COUNTS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-eight": 48,
    "seventy-two": 72,
}


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _iso(d: dt.date) -> str:
    return d.isoformat()


_SOON_DAYS = 31


def _recent_year(pub: dt.date | None, month: int, day: int, lead: str = "") -> int | None:
    """The year of a (month, day) given without one: the most recent such date on or before
    publication, unless the next one is at most ``_SOON_DAYS`` ahead (news announces what is
    coming soon, reports what is past); "last" looks back, "next" ahead."""
    if pub is None:
        return None
    year = pub.year
    if lead == "next":
        return year if (month, day) > (pub.month, pub.day) else year + 1
    if lead == "last":
        return year - 1 if (month, day) >= (pub.month, pub.day) or month == pub.month else year
    past = year if (month, day) <= (pub.month, pub.day) else year - 1
    upcoming = _day(past + 1, month, min(day, 28))
    if upcoming and (dt.date.fromisoformat(upcoming) - pub).days <= _SOON_DAYS:
        return past + 1
    return past


def _ago(pub: dt.date | None, count_text: str, unit: str) -> tuple[str | None, str]:
    from .numbers import parse_number

    granularity = {"decade": "year"}.get(unit, unit)
    words = " ".join(count_text.lower().split())
    parsed = (1.0, False) if words in ("a", "an") else parse_number(words)
    if parsed is None or pub is None:
        return None, "vague" if parsed is None else granularity
    n = int(parsed[0])
    if unit == "decade":
        unit, n = "year", n * 10
    return _shift(pub, unit, -n), granularity


def _season(pub: dt.date | None, lead: str, season: str) -> str | None:
    """Northern-hemisphere meteorological seasons as month intervals."""
    if pub is None:
        return None
    months = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}[
        season
    ]
    year = pub.year
    if lead in ("last", "late last"):
        year -= 1 if months[0] >= pub.month or (months[0] <= pub.month <= months[1]) else 0
    elif lead == "next":
        year += 1 if months[0] <= pub.month else 0
    end_year = year + 1 if season == "winter" else year
    return f"{year:04d}-{months[0]:02d}/{end_year:04d}-{months[1]:02d}"


def _weekday(pub: dt.date | None, weekday: int, lead: str) -> str | None:
    if pub is None:
        return None
    back = (pub.weekday() - weekday) % 7
    if lead == "last":
        back = back or 7
    elif lead == "next":
        return _iso(pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7))
    elif lead == "coming":
        return _iso(pub + dt.timedelta(days=(weekday - pub.weekday()) % 7))
    elif lead == "this" and back:
        ahead = (weekday - pub.weekday()) % 7
        return _iso(pub + dt.timedelta(days=ahead))
    return _iso(pub - dt.timedelta(days=back))


def _shift(pub: dt.date, unit: str, n: int) -> str:
    if unit == "day":
        return _iso(pub + dt.timedelta(days=n))
    if unit == "week":
        return _iso(pub + dt.timedelta(weeks=n))
    if unit == "month":
        total = pub.year * 12 + pub.month - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return f"{pub.year + n:04d}"


def _relative_unit(pub: dt.date | None, lead: str, unit: str) -> tuple[str | None, str]:
    granularity = {"week": "week", "weekend": "range", "month": "month", "year": "year"}[unit]
    if pub is None:
        return None, granularity
    step = (
        -1
        if lead in ("last", "past", "previous", "late last", "earlier last")
        else 1
        if lead in ("next", "coming")
        else 0
    )
    if unit in ("week", "weekend"):
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            return f"{_iso(monday + dt.timedelta(days=5))}/{_iso(monday + dt.timedelta(days=6))}", granularity
        return f"{_iso(monday)}/{_iso(monday + dt.timedelta(days=6))}", granularity
    if unit == "month":
        return _shift(pub.replace(day=1), "month", step), granularity
    return f"{pub.year + step:04d}", granularity


def _conflict_start(countries: set[str]) -> str | None:
    """The start of the war the article is about, when its countries identify one."""
    best = None
    for row, (start, *_rest) in lexicon.table("conflicts.tsv").items():
        sides = set(row.upper().split(","))
        if sides <= countries and (best is None or len(sides) > best[0]):
            best = (len(sides), start)
    return best[1] if best else None
