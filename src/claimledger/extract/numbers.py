"""Number expressions in text: digits, number words, vague magnitudes, ranges and bounds.

Pure text processing (no spaCy): ``find_numbers`` returns every candidate number with its bound
and range; quantities.py decides which are claims and what they count.

>>> [(n.value, n.bound) for n in find_numbers("at least 800 square kilometers")]
[(800.0, 'at_least')]
>>> [(n.value, n.bound) for n in find_numbers("over two dozen settlements")]
[(24.0, 'more_than')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import cast

from ..records import Bound
from . import lexicon

BOUNDS = [  # longest first within the alternation built below
    ("more than", "more_than"),
    ("greater than", "more_than"),
    ("upwards of", "more_than"),
    ("in excess of", "more_than"),
    ("over", "more_than"),
    ("above", "more_than"),
    ("just over", "more_than"),
    ("well over", "more_than"),
    ("at least", "at_least"),
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("a minimum of", "at_least"),
    ("minimum of", "at_least"),
    ("up to", "up_to"),
    ("as many as", "up_to"),
    ("as much as", "up_to"),
    ("at most", "up_to"),
    ("a maximum of", "up_to"),
    ("no more than", "up_to"),
    ("within", "up_to"),
    ("less than", "less_than"),
    ("fewer than", "less_than"),
    ("under", "less_than"),
    ("below", "less_than"),
    ("just under", "less_than"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("close to", "nearly"),
    ("just shy of", "nearly"),
    ("closer to", "approximately"),
    ("larger than", "more_than"),
    ("exceeded", "more_than"),
    ("exceeding", "more_than"),
    ("exceeds", "more_than"),
    ("surpassed", "more_than"),
    ("topped", "more_than"),
    ("about", "approximately"),
    ("around", "approximately"),
    ("approximately", "approximately"),
    ("roughly", "approximately"),
    ("some", "approximately"),
    ("an estimated", "approximately"),
    ("estimated", "approximately"),
    ("approx.", "approximately"),
    ("circa", "approximately"),
    ("more or less", "approximately"),
    ("an approximate", "approximately"),
]
_BOUND_OF = {k: v for k, v in BOUNDS}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = r"hundred|thousand|million|billion|trillion|mln|bn"


@functools.cache
def _words() -> dict[str, tuple[float, str]]:
    return {word: (float(value), kind) for word, (value, kind) in lexicon.table("numbers.tsv").items()}


@functools.cache
def _pattern() -> re.Pattern[str]:
    words = _words()
    units = "|".join(w for w, (_, k) in words.items() if k in ("unit", "ten"))
    tens = "|".join(w for w, (_, k) in words.items() if k == "ten")
    small = "|".join(w for w, (_, k) in words.items() if k == "unit")
    word_num = rf"(?:(?:{tens})-(?:{small})|{units})(?:\s+(?:{_SCALE_WORDS}))?(?:\s+(?:and\s+)?(?:{units}))?"
    vague = r"(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:dozens|scores|hundreds|thousands|millions|billions)|a\s+couple"
    fraction = r"(?:a|one)\s+(?:half|third|quarter)|half\s+an?(?=\s+[^\W\d])|half(?=\s+of\b)"
    dozen = rf"(?:a|(?:{small}))\s+dozen|a\s+(?:hundred|thousand|million|billion)|half\s+a\s+(?:dozen|million|billion)"
    digits = rf"(?:{_DIGITS})(?:\s*(?:{_SCALE_WORDS})\b|(?<=\d)(?:m|k)\b)?"
    number = rf"(?:{digits}|{dozen}|{vague}|{fraction}|{word_num})"
    bound = "|".join(re.escape(b) for b, _ in sorted(BOUNDS, key=lambda x: -len(x[0])))
    core = rf"""
        (?P<bound>(?:{bound})\s+)?
        (?:(?P<between>between|from)\s+)?
        (?:(?(bound)an?\s+(?=\d)))?
        (?P<currency>(?:US|NZ|A|C|HK)?\s?[$€£¥]\s?)?
        (?P<num>{number})
        (?:\s*(?P<sep>-|–|—|to|and|or)\s*(?P<currency2>[$€£]\s?)?(?P<num2>{number}))?
        (?P<tail>\s+or\s+more|\s+or\s+so|-plus|\s+plus)?
    """
    return re.compile(rf"(?<![\w.,:-])(?:{core})(?![\w])", re.IGNORECASE | re.VERBOSE)


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float
    value_max: float | None
    bound: Bound
    currency: str | None
    num_start: int  # where the number itself begins (after the bound)
    vague: bool = False


def parse_number(text: str) -> tuple[float, bool] | None:
    """The value of a number expression and whether it is vague ("thousands")."""
    t = " ".join(text.lower().replace(",", "").split())
    words = _words()
    m = re.fullmatch(rf"({_DIGITS.replace(',', '')})\s*({_SCALE_WORDS}|m|k)?", t)
    if m:
        value = float(m.group(1))
        scale = {"mln": "million", "bn": "billion", "m": "million", "k": "thousand"}.get(
            m.group(2), m.group(2)
        )
        return value * (words[scale][0] if scale else 1), False
    if t in words and words[t][1] == "vague":
        return words[t][0], True
    m = re.fullmatch(r"(tens|hundreds) of (thousands|millions)", t)
    if m:
        return words[m.group(1)][0] * words[m.group(2)][0], True
    total, current = 0.0, 0.0
    for part in re.split(r"[\s-]+", t):
        if part in ("and", "a", "an", "of"):
            current = current or (1.0 if part == "a" else current)
            continue
        if part not in words:
            return None
        value, kind = words[part]
        if kind in ("unit", "ten"):
            current += value
        elif kind in ("scale", "dozen"):
            current = (current or 1.0) * value
            if value >= 1000:
                total, current = total + current, 0.0
        elif kind == "fraction":
            current = (current or 1.0) * value
        else:
            return None
    return total + current, False


def find_numbers(text: str) -> list[Number]:
    found = []
    for m in _pattern().finditer(text):
        parsed = parse_number(m.group("num"))
        if parsed is None:
            continue
        value, vague = parsed
        value_max = None
        bound = cast(Bound, _BOUND_OF.get(" ".join((m.group("bound") or "").lower().split()), "exact"))
        end = m.end()
        if m.group("num2"):
            second = parse_number(m.group("num2"))
            sep = (m.group("sep") or "").lower()
            if second is None or sep == "and" and not m.group("between"):
                end = m.end("num")
            elif sep in ("-", "–", "—") and (
                value >= second[0] or _looks_like_code(m.group("num"), m.group("num2"))
            ):
                end = m.end("num")  # "2023-24", "7-1": not a range
            else:
                value_max, bound = second[0], "range"
        tail = " ".join((m.group("tail") or "").lower().replace("-", " ").split())
        if tail and bound == "exact" and value_max is None:
            # "107 or more" is at least 107; "20-plus" more than 20
            bound = "approximately" if tail == "or so" else "at_least" if tail == "or more" else "more_than"
        elif tail:
            end = m.end("num2") if m.group("num2") and value_max is not None else m.end("num")
        if vague and bound == "exact":
            bound = "vague"
        currency = (m.group("currency") or "").strip() or None
        start = m.start("between") if m.group("between") and value_max is not None else m.start()
        if m.group("between") and value_max is None:
            start = m.start("num") if not m.group("bound") else m.start()
        found.append(Number(start, end, value, value_max, bound, currency, m.start("num"), vague))
    return found


def _looks_like_code(a: str, b: str) -> bool:
    return len(a) == 4 and a.isdigit() and len(b) <= 2  # a season or year range "2023-24"
