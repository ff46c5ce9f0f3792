"""Toponyms: capitalised token runs that name a gazetteer place, with how the text uses them.

Usage (LEDGER_FORMAT.md): ``dateline``; ``actor`` when the place stands for its government
("Moscow agreed", "Kyiv's objective", "Ukraine said"); else ``location``. Demonyms are not places.
Choosing among same-named places is left to ``resolve.geocode``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..geo import REGION_WORD, load_gazetteer
from ..records import PlaceUsage
from . import lexicon
from .mentions import is_title_word

MAX_TOKENS = 5
_LOCATIVE = {
    "in",
    "near",
    "from",
    "to",
    "at",
    "outside",
    "around",
    "across",
    "into",
    "of",
    "toward",
    "towards",
    "through",
    "inside",
    "over",
    "between",
    "and",
    "on",
    "along",
    "within",
    "via",
}
_NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
_ACTOR_NOUNS = {
    "objective",
    "position",
    "government",
    "forces",
    "troops",
    "army",
    "military",
    "offer",
    "proposal",
    "demands",
    "strategy",
    "plan",
    "response",
    "officials",
    "leadership",
    "goal",
    "aim",
    "intention",
    "decision",
    "refusal",
    "claim",
    "claims",
    "stance",
    "policy",
    "actions",
    "attack",
    "offensive",
    "invasion",
    "incursion",
}


# Locative prepositions after which a gazetteer name is a place whatever NER called it
# ("Near Al Huwayjah", "in Tuscany"): the narrower set, without "of", "to", "and", "from".
_STRONG_LOCATIVE = {
    "in",
    "near",
    "outside",
    "around",
    "into",
    "inside",
    "across",
    "toward",
    "towards",
    "through",
}
# Compass points that name a part of a place before or after its name ("East Mosul", "North
# Darfur", "Kowloon West"), unless the gazetteer knows the whole name ("North Korea").
DIRECTIONS = {"North", "South", "East", "West"}


@dataclass(frozen=True, slots=True)
class RawPlace:
    start: int
    end: int
    text: str
    usage: PlaceUsage
    region_form: bool  # "Kursk region": the region, not the city
    facility: bool = False  # "Volgograd Arena", "Mosul Dam": a named site, not in the gazetteer
    district: bool = False  # "East Mosul": a part of the place its other words name


# Organisation names that hold place names: "Iraq" and "the Levant" in ISIL's are not places.
_PLACE_IN_NAME = re.compile(
    r"\bIslamic\s+State\s+(?:of|in)\s+Iraq(?:\s+and\s+(?:(?:the\s+)?Levant|Syria|al-Sham|ash-Sham))?"
)


def extract_places(doc: Doc, dateline: tuple[int, int] | None) -> list[RawPlace]:
    gaz = load_gazetteer()
    out: list[RawPlace] = []
    text = doc.text
    in_names = [(m.start(), m.end()) for m in _PLACE_IN_NAME.finditer(text)] if "Islamic" in text else []
    surnames = _surnames(doc)
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _can_start(tok) or any(s <= tok.idx < e for s, e in in_names):
            i += 1
            continue
        site = _district_at(doc, i)
        if site is None and not gaz.could_start(tok.text) and not _could_start_facility(doc, i):
            i += 1
            continue
        if site is None:
            site = _facility_at(doc, i)
        if site is not None:  # a district or a facility
            out.append(RawPlace(site.start_char, site.end_char, site.text, "location", False, True))
            i = site.end
            continue
        match, district = _gazetteer_match(doc, i, gaz, surnames, dateline), False
        if match is None and tok.text in DIRECTIONS:
            rest = _gazetteer_match(doc, i + 1, gaz, surnames, dateline)
            if rest is not None and rest[0].i == i + 1 and gaz.lookup(rest.text)[0].kind != "country":
                match, district = doc[i : rest.end], True
        if match is None:
            i += 1
            continue
        if _direction_after(match):
            match, district = doc[match.start : match.end + 1], True
        is_region = len(match) > 1 and REGION_WORD.match(match[-1].text) is not None
        usage = _usage(match, dateline)
        out.append(RawPlace(match.start_char, match.end_char, match.text, usage, is_region, False, district))
        i = match.end
    return out


def _gazetteer_match(doc: Doc, i: int, gaz, surnames, dateline):  # type: ignore[no-untyped-def]
    """The longest plausible gazetteer name starting at token ``i``, or None."""
    if i >= len(doc) or not _can_start(doc[i]):
        return None
    for n in range(min(MAX_TOKENS, len(doc) - i), 0, -1):
        span = doc[i : i + n]
        if not _can_end(span[-1]) or any(t.is_space or t.text in ",;:()" for t in span):
            continue
        entries = gaz.lookup(span.text)
        if entries and _plausible(span, entries, gaz, surnames, dateline):
            return span
    return None


def _direction_after(span) -> bool:  # type: ignore[no-untyped-def]
    """ "Kowloon West", "New Territories East": a compass point closing the name."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in DIRECTIONS:
        return False
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return after is None or not (after.text[:1].isupper() and after.is_alpha)


def _district_at(doc: Doc, i: int):  # type: ignore[no-untyped-def]
    """ "the Geweran neighborhood", "the al-Zohour neighborhood": capitalised words (with "al-")
    between "the" and a lower-case district noun name a part of a town."""
    start = i - 2 if i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "al" else i
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    j = i
    while (
        j < len(doc) and j - i < 3 and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].text == "-")
    ):
        j += 1
    if j == i or j >= len(doc) or doc[j].text not in lexicon.word_set("district_nouns.txt"):
        return None
    span = doc[start:j]
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span) or doc[j - 1].text == "-":
        return None
    return span


def _weapon_make(span) -> bool:  # type: ignore[no-untyped-def]
    """A name modifying a weapon noun ("Apache attack helicopters", "Patriot missiles"): a make."""
    tok = span[-1]
    if tok.dep_ != "compound":
        return False
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    weapons = lexicon.word_set("weapon_nouns.txt")
    return head.i <= span.end + 2 and head.lower_ in weapons


def _could_start_facility(doc: Doc, i: int) -> bool:
    """A site name needs a capitalised word after this one within a few tokens."""
    nouns = lexicon.word_set("facility_nouns.txt")
    return _site_prefix(doc[i]) or any(t.lower_ in nouns for t in doc[i + 1 : i + 7])


def _site_prefix(tok: Token) -> bool:
    return tok.text[:1].isupper() and lexicon.table("facility_nouns.txt").get(tok.lower_) == ["prefix"]


def _facility_at(doc: Doc, i: int):  # type: ignore[no-untyped-def]
    """A named site starting at token ``i``: capitalised words (with "of"/"the"/"al-" inside)
    ending in a site noun ("Jamarat Bridge", "Incirlik Air Base"), or a site noun and a name
    ("Fort Campbell", "Camp Taji") that the gazetteer does not know as a town ("Fort Worth")."""
    if _site_prefix(doc[i]):
        j = i + 1
        while j < len(doc) and j - i < 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        span = doc[i:j]
        named = len(span) > 1 and span[1].pos_ in ("PROPN", "") and span[1].ent_type_ != "PERSON"
        return span if named and not load_gazetteer().lookup(span.text) else None
    nouns = lexicon.word_set("facility_nouns.txt")
    j = i
    while j < len(doc) and j - i < 7:
        tok = doc[j]
        if tok.text[:1].isupper() and tok.is_alpha:
            if tok.lower_ in nouns and j > i:
                span = doc[i : j + 1]
                site = lexicon.table("facility_nouns.txt").get(tok.lower_) == ["site"]
                return (
                    None
                    if any(t.ent_type_ in ("PERSON", "ORG") for t in span)
                    and not any(t.ent_type_ in ("FAC", "GPE", "LOC") for t in span)
                    and not (site and not any(t.ent_type_ == "PERSON" for t in span))
                    else span
                )
            j += 1
        elif tok.lower_ in ("of", "the", "al", "-") and j > i:
            j += 1
        else:
            return None
    return None


# Abbreviated names: "U.S.", "N.C.", "Fla.", "Calif." (the gazetteer decides which exist)
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.)+[A-Z]|[A-Z]\.[A-Z][a-z])\.$")


def _can_start(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha or _ABBREVIATION.match(tok.text) is not None


def _can_end(tok: Token) -> bool:
    return tok.text[:1].isupper() or REGION_WORD.match(tok.text) is not None


def _plausible(span, entries, gaz, surnames=frozenset(), dateline=None) -> bool:  # type: ignore[no-untyped-def]
    text = span.text
    if _weapon_make(span) and entries[0].kind != "country":
        return False
    if text in surnames:
        return False  # "Tykhy told reporters": the spokesman named in full elsewhere, not Tychy
    if dateline and (span.start_char, span.end_char) == tuple(dateline):
        return True  # "TAMPA, Fla. –": the dateline names a place whatever NER made of it
    if text in DIRECTIONS:
        return entries[0].kind == "region" and _is_the_direction(span)  # "attacks against the West"
    chained = _in_place_chain(span, entries, gaz)
    if len(span) == 1 and text.endswith(".") and entries[0].kind != "country":
        return chained  # "Fla.", "Ga.", "Ind." only after "<place>,"
    country = entries[0].kind == "country"
    strong = chained or _after_strong_locative(span) or (country and _country_in_name(span))
    capital = len(span) == 1 and any(e.kind == "country" or gaz.capital_of(e) for e in entries[:1])
    tagged_other = any(t.ent_type_ in _NOT_PLACE_LABELS for t in span) and not _ent_is_place(span)
    # NER often takes a town for a person or an organisation; never for a people or a language
    confusable = all(t.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "") for t in span)
    if tagged_other and not (strong and confusable) and not (capital and span[0].ent_type_ == "PERSON"):
        return False  # but "Kyiv’s objective" that NER took for a person is Kyiv
    if gaz.demonym(text) is not None and not country:
        return False
    if text.isupper() and len(text) <= 3 and not country:
        return False  # "UN", "EU", "ISW" are not towns
    if country:
        return strong or not _inside_longer_name(span)
    if len(span) > 1:
        return chained or not _inside_longer_name(span)
    first = span[0]
    if _inside_longer_name(span) or _ends_longer_name(span):
        return False
    if chained:
        return True
    if gaz.is_common_word(text) or text.lower() in lexicon.word_set("stop_places.txt"):
        prev = first.nbor(-1) if first.i > 0 else None
        return (
            prev is not None
            and prev.lower_ in _LOCATIVE
            and not first.is_sent_start
            and entries[0].population >= 50_000
        )
    if first.ent_type_ in ("GPE", "LOC") or strong:
        return True
    prev = first.nbor(-1) if first.i > 0 else None
    big = max(e.population for e in entries) >= 100_000 or entries[0].kind == "region"
    return big or (prev is not None and prev.lower_ in _LOCATIVE)


def _is_the_direction(span) -> bool:  # type: ignore[no-untyped-def]
    """ "the West" as a name: after "the", not starting a longer name ("the West Bank")."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        prev is not None
        and prev.lower_ == "the"
        and not (nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha)
        and not (nxt is not None and nxt.text in ("'s", "’s"))
    )


def _after_strong_locative(span) -> bool:  # type: ignore[no-untyped-def]
    """ "near Al Huwayjah", "In the New Territories West"."""
    doc, i = span.doc, span.start - 1
    if i >= 1 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _STRONG_LOCATIVE


def _country_in_name(span) -> bool:  # type: ignore[no-untyped-def]
    """A country named by a state body ("the Government of Iraq", "Ministers ... of Iran") or
    modifying one ("The U.S. Department of State", "the US State Department"): still the country."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ == "of":
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and span[0].ent_iob_ != "I"


def _in_place_chain(span, entries, gaz) -> bool:  # type: ignore[no-untyped-def]
    """ "Cibolo, Texas", "Livorno, Tuscany", "near Mecca, Saudi Arabia": a place and the region
    or country it lies in, side by side with a comma. Either one is then a place, whatever NER said."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        outer = _entries_from(doc, span.end + 1, gaz)
        if any(_contains(o, e) for o in outer for e in entries):
            return True
    if span.start >= 2 and doc[span.start - 1].text == ",":
        inner = _entries_before(doc, span.start - 1, gaz)
        if any(_contains(e, i) for e in entries for i in inner):
            return True
        if entries[0].kind in ("region", "country") and _site_ends_at(doc, span.start - 1):
            return True  # "Fort Campbell, Kentucky", "Incirlik Air Base, Turkey"
    return False


def _site_ends_at(doc: Doc, end: int) -> bool:
    return any(
        (site := _facility_at(doc, i)) is not None and site.end == end for i in range(max(end - 5, 0), end)
    )


def _entries_from(doc: Doc, i: int, gaz):  # type: ignore[no-untyped-def]
    for n in (3, 2, 1):
        span = doc[i : i + n]
        if len(span) == n and all(_can_start(t) for t in span) and (found := gaz.lookup(span.text)):
            return found
    return []


def _entries_before(doc: Doc, end: int, gaz):  # type: ignore[no-untyped-def]
    for n in (3, 2, 1):
        span = doc[max(end - n, 0) : end]
        if len(span) == n and all(_can_start(t) for t in span) and (found := gaz.lookup(span.text)):
            return found
    return []


def _contains(outer, inner) -> bool:  # type: ignore[no-untyped-def]
    if outer.kind == "country":
        return inner.kind in ("region", "city") and inner.country_code == outer.country_code
    return (
        outer.kind == "region"
        and outer.admin1 is not None
        and inner.admin1 == outer.admin1
        and inner.kind == "city"
    )


def _surnames(doc: Doc) -> frozenset[str]:
    """Last words of the people named in full: a PERSON entity, or proper nouns after a title
    word ("spokesman Georgiy Tykhy", whatever NER called them)."""
    out = set()
    for ent in doc.ents:
        titled = ent.start > 0 and is_title_word(doc[ent.start - 1])
        if len(ent) > 1 and (ent.label_ == "PERSON" or titled) and ent[-1].is_title:
            out.add(ent[-1].text)
    return frozenset(out)


def _ent_is_place(span) -> bool:  # type: ignore[no-untyped-def]
    return all(t.ent_type_ in ("GPE", "LOC", "") for t in span)


def _inside_longer_name(span) -> bool:  # type: ignore[no-untyped-def]
    """Part of a longer proper name: "Kursk" in "Kursk Nuclear Power Plant", "Washington Post",
    "Vladimir" in "Vladimir Putin". Without tags, any adjacent capitalised word counts."""
    doc = span.doc
    tagged = doc.has_annotation("TAG") or doc.has_annotation("POS")
    nxt = doc[span.end] if span.end < len(doc) else None
    named_next = (
        nxt is not None
        and nxt.text[:1].isupper()
        and nxt.is_alpha
        and not REGION_WORD.match(nxt.text)
        and not _direction_after(span)
    )
    if nxt is not None and named_next and (not tagged or nxt.pos_ == "PROPN"):
        return not (nxt.ent_type_ in ("GPE", "LOC") and nxt.ent_iob_ == "B")
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        not tagged
        and prev is not None
        and prev.text[:1].isupper()
        and prev.is_alpha
        and not span[0].is_sent_start
    ):
        return load_gazetteer().demonym(prev.text) is None and not load_gazetteer().lookup(prev.text)
    return False


def _ends_longer_name(span) -> bool:  # type: ignore[no-untyped-def]
    """The last word of a longer name that NER marked as one ("... National Security Council")."""
    tok = span[0]
    prev = tok.nbor(-1) if tok.i > 0 else None
    return (
        tok.ent_iob_ == "I"
        and prev is not None
        and prev.text[:1].isupper()
        and prev.is_alpha
        and prev.text not in DIRECTIONS
        and not load_gazetteer().lookup(prev.text)
        and load_gazetteer().demonym(prev.text) is None
    )


def _usage(span, dateline: tuple[int, int] | None) -> PlaceUsage:  # type: ignore[no-untyped-def]
    if dateline and span.start_char == dateline[0] and span.end_char == dateline[1]:
        return "dateline"
    head = span[-1]
    if head.dep_ in ("nsubj", "nsubj:pass") and head.head.pos_ in ("VERB", "AUX", ""):
        return "actor"
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in ("'s", "’s"):
        noun = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if noun is not None and (noun.lemma_ or noun.lower_).lower() in _ACTOR_NOUNS:
            return "actor"
    if (
        not head.dep_
        and nxt is not None
        and re.match(
            r"(?:has|have|had|will|would|said|says|agreed|denied|claimed|accused|warned|offered|rejected)$",
            nxt.text,
        )
    ):
        return "actor"
    return "location"
