"""Numeric claims: a number with its bound, unit or counted noun, and what it measures.

Not quantities (GUIDELINES.md): years, times and date parts, numerals in names ("Resolution 2254",
"Su-34"), definite references ("the two countries"), a bare "one". Ages and durations count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..records import Bound
from .counted import implicit_unit, is_plural, token_at, token_starting_after, unit_after
from .mentions import doc_text
from .numbers import Number, find_numbers

_DEFINITE = {
    "the",
    "these",
    "those",
    "both",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "all",
    "whose",
}
_DIMENSIONS = {"wide", "long", "deep", "high", "tall", "away", "across", "thick"} | {
    "circumference",
    "radius",
    "diameter",
    "perimeter",
}
_TIME = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|local time|hrs\b)", re.IGNORECASE)
_CURRENCY = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "US$": "USD",
    "NZ$": "NZD",
    "A$": "AUD",
    "C$": "CAD",
    "HK$": "HKD",
}
_SMALL_DEFINITE = 10  # "the two countries" is a reference; "the 163 teams" a count


@dataclass(frozen=True, slots=True)
class RawQuantity:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    bound: Bound
    measures: str | None
    sentence: tuple[int, int] = (0, 0)  # character range of the sentence holding the quantity


def extract_quantities(doc: Doc, skip: list[tuple[int, int]]) -> list[RawQuantity]:
    """Quantities in ``doc``; numbers overlapping ``skip`` spans (dates) are not quantities."""
    text = doc_text(doc)
    out = [q for q in (_quantity(text, doc, num, skip) for num in find_numbers(text)) if q is not None]
    out = _conversions_share_bounds([q for q in out if not _lone_one(q, out, text)], text)
    out += _multiplicatives(text, skip)
    return sorted(out, key=lambda q: q.start)


def _quantity(text: str, doc: Doc, num: Number, skip: list[tuple[int, int]]) -> RawQuantity | None:
    """The quantity a number expresses, or None when it is a date, a name, a time or a pronoun."""
    score = _score(text, doc, num)
    if score is not None or _excluded(text, num, doc):
        return score
    unit, unit_end, counted = unit_after(text, doc, num)
    if any(num.num_start < e and s < num.end for s, e in skip) and not _is_duration(text, unit, unit_end):
        return None  # a date, or part of one
    currency = _CURRENCY.get(num.currency.replace(" ", "")) if num.currency else None
    if currency is not None:
        unit, unit_end, counted = currency, num.end, None  # "US$ 20,000 bail": dollars
    if unit is None and _is_year(text, num):
        return None
    if unit is None:
        unit = implicit_unit(doc, num)
        if unit == "people" and re.match(r" more\b", text[num.end : num.end + 6]):
            unit_end += 5  # "saved 200 more"
    if unit is None and _is_age(doc, num):
        unit = "years"  # "Daniel Montalvo, 19, a member of ..."
    if unit is None and _is_label(doc, num):
        return None  # "day five of the World Cup": a name, not a count
    value = num.value
    if _FRACTION.fullmatch(text[num.num_start : num.end]) and (unit is None or counted):
        if counted and not re.match(r"\s+of\b", text[num.end : num.end + 4]):
            return None  # "a third goal": an ordinal
        value, unit, unit_end, counted = round(value * 100, 2), "percent", num.end, None  # "a quarter of"
    single = value == 1 and num.bound == "exact" and num.value_max is None
    own = _OWN.match(text, num.end)
    if single and own:
        unit, unit_end = "people", own.end()
    elif single and not _may_count_one(text, num, unit):
        return None
    end = _extend_dimension(text, unit_end)
    old = re.match(r"-old\b|\s+old\b", text[end : end + 5])
    if old and unit == "years":
        end += old.end()  # "10-year-old", "a 2000 year old tradition": an age, in years
    if unit is not None and text[num.end : num.end + 1] == "-":
        end, counted = _extend_modified_noun(doc, end, counted)  # "20-kilometre zone"
    span = doc.char_span(num.start, end, alignment_mode="expand")
    measures = _measures(span, num.end) if span is not None and doc.has_annotation("DEP") else counted
    sentence = (span.sent.start_char, span.sent.end_char) if span is not None else (num.start, end)
    bound = num.bound
    if bound == "exact" and _ESTIMATED.search(text, max(0, num.start - 40), num.start):
        bound = "approximately"  # "at an estimated cost of NZ$ 26 million"
    return RawQuantity(num.start, end, value, num.value_max, unit, bound, measures or counted, sentence)


_ESTIMATED = re.compile(r"\b(?:an\s+)?(?:estimated|approximate)\s+[a-z]+\s+of\s+$", re.IGNORECASE)


_FRACTION = re.compile(r"(?:an?|one)\s+(?:half|third|quarter)|half", re.IGNORECASE)


def _conversions_share_bounds(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """ "about 500 miles (800 km)": a conversion in brackets has the bound of what it converts."""
    out = []
    for n, qty in enumerate(found):
        prev = found[n - 1] if n else None
        if (
            prev is not None
            and qty.bound == "exact"
            and prev.bound != "exact"
            and qty.value_max is None
            and re.fullmatch(r"\s*\(\s*", text[prev.end : qty.start])
        ):
            qty = replace(qty, bound=prev.bound)
        out.append(qty)
    return out


_SCORE = re.compile(r"(\d{1,2}) ?[–-] ?(\d{1,2})(?!\d|[,.:/]\d)")
_RESULT_VERBS = {"win", "lose", "defeat", "beat", "end", "draw", "lead", "trail", "put", "finish", "tie"}
_SCORING_UNITS = ("goal", "point", "run", "vote")


def _score(text: str, doc: Doc, num: Number) -> RawQuantity | None:
    """A match result, "Sweden defeated South Korea 1 – 0": by the gold convention the first
    side's tally, in the scoring unit the article names ("goals"). A result needs a result verb
    in its clause or a name on both sides ("Sweden 1 – 0 Korea Republic")."""
    m = _SCORE.match(text, num.num_start)
    if m is None or num.bound not in ("exact", "range") or num.start != num.num_start:
        return None
    first, last = token_at(doc, m.start()), token_at(doc, m.end() - 1)
    if first is None or last is None:
        return None
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    named = before is not None and after is not None and before.is_title and after.is_title
    if not named and not any(t.lemma_ in _RESULT_VERBS for t in first.sent if t.pos_ == "VERB"):
        return None
    if after is not None and after.pos_ == "NOUN" and after.is_lower:
        return None  # "10-15 km" and other ranges of a unit
    lower = text.lower()
    unit = next((f"{u}s" for u in _SCORING_UNITS if re.search(rf"\b{u}s?\b", lower)), None)
    sentence = (first.sent.start_char, first.sent.end_char)
    return RawQuantity(m.start(), m.end(), float(m.group(1)), None, unit, "exact", None, sentence)


_DURATIONS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}


def _is_duration(text: str, unit: str | None, unit_end: int) -> bool:
    """ "in the past 24 hours", "within twenty working days": a length of time inside a date
    expression is still a quantity (GUIDELINES.md counts durations), unless it locates a point
    in time ("two years ago")."""
    return unit in _DURATIONS and re.match(r"\s+ago\b", text[unit_end : unit_end + 5]) is None


_OWN = re.compile(r"\s+of\s+(?:our|their|its|his|her|my|your)\s+own\b", re.IGNORECASE)
_ONE_IDIOM = re.compile(r"\b(?:at|for)\s+$", re.IGNORECASE)
_IDIOM_NOUNS = re.compile(r"\s+(?:point|time|stage|moment|thing)\b", re.IGNORECASE)
_FOCUS = re.compile(r"\b(?:only|just|exactly|merely)\s+$", re.IGNORECASE)


def _may_count_one(text: str, num: Number, unit: str | None) -> bool:
    """A plain "one" needs a counted thing that is not a person: "one strike", "One of the
    airstrikes"; a pronoun ("no one", "one must", "one of the most popular"), an idiom ("at one
    point") and "one" introducing a person ("One Ukrainian soldier, identified as ...", like "a
    soldier") are not counts. "one of our own" is (a person of the group)."""
    if _ONE_IDIOM.search(text, max(0, num.start - 5), num.start) and _IDIOM_NOUNS.match(text, num.end):
        return False
    return unit is not None and unit != "people"


def _lone_one(qty: RawQuantity, found: list[RawQuantity], text: str) -> bool:
    """ "one side of the memorial", "one stipulation": "one" reads as a cardinal only in
    contrast, when the text counts the same thing with another number ("five strikes ... one
    strike", "two airstrikes ... One of the airstrikes") or a focus word stresses it ("only one
    day"); otherwise it is the indefinite article's stressed form."""
    if qty.value != 1 or qty.bound != "exact" or qty.value_max is not None or qty.unit == "people":
        return False
    if text[qty.start : qty.start + 3].lower() != "one":
        return False  # "1 km"
    if _FOCUS.search(text, max(0, qty.start - 10), qty.start):
        return False
    return not any(q.unit == qty.unit and q is not qty and q.value != 1 for q in found)


_MULTIPLICATIVE = re.compile(r"\b(twice|thrice)\b", re.IGNORECASE)


def _multiplicatives(text: str, skip: list[tuple[int, int]]) -> list[RawQuantity]:
    """ "twice", "thrice": counts of times."""
    out = []
    for m in _MULTIPLICATIVE.finditer(text):
        if not any(m.start() < e and s < m.end() for s, e in skip):
            value = 2.0 if m.group(1).lower() == "twice" else 3.0
            out.append(
                RawQuantity(m.start(), m.end(), value, None, "times", "exact", None, (m.start(), m.end()))
            )
    return out


_SKIP_IN_MEASURES = {"det", "nummod", "punct", "advmod", "case", "cc"}


def _measures(span, after: int) -> str | None:  # type: ignore[no-untyped-def]
    """What a number counts or measures, as a short phrase from the parse: its noun with an
    "of"-complement and the clause it sits in ("Ukrainian troops controlled ... the Russian land")."""
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    head = nouns[-1] if nouns else span.root
    if head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    parts = []
    of = next(
        (c for c in head.rights if c.dep_ == "nmod" and any(g.lower_ == "of" for g in c.children)), None
    )
    noun = of if of is not None else (head if head.pos_ != "NUM" else None)
    if noun is not None:
        parts.append(_short_phrase(noun, after if noun == head else 0))
    verb = head.head
    hops = 0
    while verb.pos_ != "VERB" and verb.head != verb and hops < 3:
        verb, hops = verb.head, hops + 1
    if verb.pos_ == "VERB" and verb is not head:
        subject = next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != head.i), None
        )
        if subject is not None and head.i not in {t.i for t in subject.subtree}:
            parts.append(
                f"{verb.text} by {_short_phrase(subject)}"
                if head.dep_ in ("obj", "obl") or hops
                else verb.text
            )
        elif head.dep_ in ("nsubj", "nsubj:pass"):
            parts.append(verb.text)
    text = " ".join(p for p in parts if p)
    return text or None


def _short_phrase(tok, after: int = 0) -> str:  # type: ignore[no-untyped-def]
    """A noun with its modifiers before it, without determiners, numbers and anything before
    ``after`` (the bound and the number) — at most six words."""
    words = [
        t
        for t in tok.subtree
        if t.i <= tok.i and t.idx >= after and t.dep_ not in _SKIP_IN_MEASURES and not t.like_num
    ]
    words = [t for t in words if t.i >= tok.i - 5]
    return " ".join(t.text for t in words)


def _excluded(text: str, num: Number, doc: Doc) -> bool:
    window = max(0, num.start - 200)  # the words just before are enough
    before = text[window : num.start].rstrip()
    prev_word = re.search(r"([\w'’]+)\W*$", before)
    after = text[num.end : num.end + 12]
    if _TIME.match(after) or re.match(r":\d\d", after):
        return True
    raw = text[num.num_start : num.end]
    is_year = raw.isdigit() and len(raw) == 4 and 1800 <= num.value <= 2100
    if num.bound == "exact" and is_year and prev_word and prev_word.group(1).lower() in _DEFINITE:
        return True  # "the 2014 protests": a year
    if (
        num.bound == "exact"
        and num.value <= _SMALL_DEFINITE
        and prev_word
        and prev_word.group(1).lower() in _DEFINITE
        and before.endswith(prev_word.group(1))
    ):
        return True
    if num.bound == "exact" and prev_word and before.endswith(prev_word.group(1)):
        word = prev_word.group(1)
        tok = token_at(doc, num.num_start)
        if (
            word[0].isupper()
            and not _sentence_initial(doc, window + prev_word.start(1))
            and (tok is None or tok.ent_type_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"))
        ):
            return True  # "Resolution 2254", "Brigade 47", "Article 5"
    if prev_word and prev_word.group(1).lower() in (
        "number",
        "no",
        "nr",
        "resolution",
        "article",
        "flight",
        "route",
    ):
        return True  # an identifier: "number 12", "No. 5"
    return text[num.start - 1 : num.start] in ("#", "№")


def _is_age(doc: Doc, num: Number) -> bool:
    """A bare number in commas after a person's name is their age."""
    tok = token_at(doc, num.num_start)
    if tok is None or num.bound != "exact" or num.value >= 130 or tok.i < 2 or tok.i + 1 >= len(doc):
        return False
    name, comma, after = doc[tok.i - 2], doc[tok.i - 1], doc[tok.i + 1]
    return comma.text == "," and after.text == "," and name.ent_type_ == "PERSON" and tok.text.isdigit()


def _is_label(doc: Doc, num: Number) -> bool:
    """ "day five", "phase two", "page 12": a cardinal after a singular noun names one of a
    series rather than counting."""
    tok = token_at(doc, num.num_start)
    if tok is None or num.start != num.num_start or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return (
        prev.pos_ == "NOUN"
        and prev.is_lower
        and not is_plural(prev)
        and tok.idx == prev.idx + len(prev.text_with_ws)
    )


def _is_year(text: str, num: Number) -> bool:
    raw = text[num.num_start : num.end]
    return raw.isdigit() and len(raw) == 4 and 1800 <= num.value <= 2100


def _sentence_initial(doc: Doc, char: int) -> bool:
    tok = token_at(doc, char)
    return tok is None or tok.is_sent_start or tok.i == 0


def _extend_dimension(text: str, end: int) -> int:
    m = re.match(r"\s+(\w+)", text[end : end + 20])
    return end + m.end() if m and m.group(1).lower() in _DIMENSIONS else end


def _extend_modified_noun(doc: Doc, end: int, counted: str | None) -> tuple[int, str | None]:
    tok = token_starting_after(doc, end)
    if tok is not None and tok.is_alpha and tok.is_lower and tok.pos_ in ("NOUN", ""):
        return tok.idx + len(tok.text), counted or tok.text
    return end, counted
