"""What a number counts: the unit or counted noun after it ("square kilometers", "three ISIL
tactical units" → "tactical units", "Ukrainian troops" → people), or the unit its clause names
when no noun follows ("wounding 238" → people).

quantities.py decides which numbers are claims; this module only reads the noun phrase and clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .mentions import doc_text, is_acronym
from .numbers import Number

_TOTALS = {"number", "total", "count", "tally"}


def implicit_unit(doc: Doc, num: Number) -> str | None:
    """The unit of a number without a noun, when the clause names it: people after a verb whose
    object is people ("wounding 238"), the counted noun of "the number of munitions ... totals
    6,602", people for a death toll."""
    first, last = token_at(doc, num.start), token_at(doc, num.end - 1)
    if first is None or last is None:
        return None
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.pos_ == "VERB" and prev.lemma_ in lexicon.word_set("people_verbs.txt"):
        return "people"
    # the number's own clause: the number itself when it is the predicate ("the number of troops
    # was fewer than two dozen", with "dozen" heading it), else what it hangs on
    pred, hops = (last if _subject(last) is not None else last.head), 0
    while not _subject(pred) and pred.pos_ in ("ADJ", "ADP", "NUM") and pred.head is not pred and hops < 2:
        pred, hops = pred.head, hops + 1
    subject = _subject(pred)
    if subject is None or subject.i > first.i:
        return None
    if subject.lemma_ == "toll":
        return "people"  # "the death toll would have been more than a thousand"
    counted = next((c for c in subject.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), None)
    if subject.lemma_ in _TOTALS and counted is not None and any(g.lower_ == "of" for g in counted.children):
        return _noun_unit(counted, counted.i)
    return None


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def unit_after(text: str, doc: Doc, num: Number) -> tuple[str | None, int, str | None]:
    """The unit right after the number ("square kilometers", "-kilometre", "%") or the counted
    noun ("settlements", "Ukrainian troops" → people), its end offset and the counted phrase."""
    units = lexicon.table("units.tsv")
    unit: str | None
    rest = text[num.end : num.end + 40]
    m = re.match(r"(\s*-?\s*)([^\W\d][\w.²]*(?:\s+[^\W\d][\w.²]*){0,2}|%|km²)", rest)
    if m:
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            surface = " ".join(words[:n]).lower().rstrip(".")
            if surface in units:
                pos = num.end + m.start(2) + len(" ".join(words[:n]))
                if text[pos - 1] == "." and surface + "." not in units:
                    pos -= 1
                unit = units[surface][0]
                if unit == "m" and not m.group(1).strip() and words[0] == "m" and num.value >= 1e3:
                    break  # "3m" after a currency: million, handled by the number parser
                counted = words[0] if unit == "people" else None
                return unit, pos, counted
    noun = _counted_noun(doc, num.end)
    if noun is not None:
        first = token_starting_after(doc, num.end)
        unit = _noun_unit(noun, first.i + (first.lower_ == "of") if first is not None else noun.i)
        other = _conjoined_head(noun)
        if other is not None:  # "28,000 Andy Warhol photographs and other artifacts"
            other_unit = _noun_unit(other, noun.i + 2)
            unit = unit if unit == other_unit == "people" else f"{unit} and {other_unit}"
            noun = other
        noun_end = noun.idx + len(noun.text.rstrip("-‑"))  # "92,000 asylum claim- 'legacy backlog'"
        phrase = text[num.end : noun_end].strip(" -")
        return unit, noun_end, re.sub(r"^of\s+", "", phrase)
    return None, num.end, None


def _noun_unit(noun: Token, start: int) -> str:
    """The unit of a counted noun: a unit of the table, "people", or the noun in plural with the
    words from ``start`` that classify it ("tactical units")."""
    units = lexicon.table("units.tsv")
    unit = units.get(noun.lower_, [None])[0] or units.get((noun.lemma_ or "").lower(), [None])[0]
    if unit is None and (_is_person_noun(noun) or (_is_demonym(noun) and noun.lower_.endswith("s"))):
        unit = "people"
    if unit is not None:
        return unit
    word = noun.lower_.rstrip("-‑")
    head = word if word.endswith("s") else _plural((noun.lemma_ or word).rstrip("-‑"))
    if noun.text.isupper() or (noun.text[:1].isupper() and not noun.is_sent_start):
        head = noun.text  # "VBIEDs", "Polaroids": the name as written
    return " ".join([*_classifiers(noun.doc[start : noun.i]), head])


def _conjoined_head(noun: Token) -> Token | None:
    """A second plural noun the number also counts: "photographs and other artifacts" (no
    determiner or number of its own, only modifiers between)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in ("and", "or"):
        return None
    for tok in doc[noun.i + 2 : noun.i + 6]:
        if tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.i == noun.i and is_plural(tok):
            return tok
        if tok.pos_ not in ("ADJ", "NOUN") or tok.like_num:
            return None
    return None


def _counted_noun(doc: Doc, end_char: int) -> Token | None:
    """The noun a number counts: "two dozen settlements", "thousands of Ukrainian troops",
    "100,000 Greeks" (a plural demonym counts people), "ten rocket launchers" (the head of a
    compound), "Two pan-democratic politicians" (hyphenated modifiers skipped)."""
    tok = token_starting_after(doc, end_char)
    skipped = 0
    while tok is not None and skipped < 6:
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if tok.lower_ == "of" and skipped == 0:
            pass
        elif (
            skipped == 1
            and tok.i > 0
            and doc[tok.i - 1].lower_ == "of"
            and (tok.pos_ == "DET" or tok.dep_ == "nmod:poss")
        ):
            pass  # "One of the airstrikes", "one of our strikes"
        elif nxt is not None and nxt.text in ("-", "‑") and not tok.whitespace_ and tok.i + 2 < len(doc):
            tok = doc[tok.i + 2]  # "pan-democratic": a hyphenated modifier
            skipped += 2
            if tok.pos_ in ("VERB", "ADJ") and tok.i + 1 < len(doc):
                tok = doc[tok.i + 1]  # "ISIL-held buildings": past the whole modifier
                skipped += 1
            continue
        elif (
            tok.pos_ == "CCONJ"
            and skipped
            and doc[tok.i - 1].pos_ == "ADJ"
            and nxt is not None
            and nxt.pos_ == "ADJ"
        ):
            pass  # "60 regional and international nations"
        elif tok.pos_ == "PROPN" and _is_person_noun(tok) and not _is_noun_or_modifier(nxt):
            return tok  # "300 ANG Airmen"
        elif _plural_acronym(tok) and not _is_noun_or_modifier(nxt):
            return _shared_head(_compound_head(tok))  # "six VBIEDs", whatever its tag
        elif (
            (tok.pos_ == "PROPN" or is_acronym(tok))
            and (skipped < 3 or doc[tok.i - 1].text[:1].isupper())  # within a longer name
            and (_is_noun_or_modifier(nxt) or _same_name(tok, nxt))
        ):
            pass  # "four ISIL tactical units", "four UAV construction facilities": a name as modifier
            # (also a longer name: "thousands of alleged Islamic State members")
        elif _participle_modifier(tok, nxt):
            pass  # "12,000 suspected IS prisoners", whatever the parser made of "suspected"
        elif tok.pos_ in ("PROPN", "", "NOUN") and _is_demonym(tok) and not _is_noun(nxt):
            return tok  # "Greeks", "Panamanians"
        elif (
            tok.pos_ in ("ADJ", "NUM")
            or (tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.head.i > tok.i)  # "working days"
            or (tok.pos_ in ("PROPN", "") and _is_demonym(tok))
            or tok.lower_ in ("more", "other", "additional", "new", "-")
        ):
            pass
        elif tok.pos_ == "NOUN" or (
            not tok.pos_ and tok.is_alpha and tok.is_lower and tok.lower_ not in _STOP
        ):
            return _shared_head(_compound_head(tok))
        else:
            return None
        skipped += 1
        tok = nxt
    return None


_RELATIONAL = re.compile(r"[a-z]{3,}(?:al|ic|ary)$")


def _classifiers(words: Span) -> list[str]:
    """The words before a counted noun that say which kind of thing it is: nouns ("oil tanker
    trucks"), hyphenated compounds ("rocket-propelled grenades") and relational adjectives
    ("tactical units", "kinetic events"), which classify like nouns (Levi 1978, *The Syntax and
    Semantics of Complex Nominals*); not names and sides ("ISIL", "enemy") or describing
    adjectives ("homemade", "colorful")."""
    groups: list[tuple[Span, bool]] = []
    i = words.start
    while i < words.end:
        j = i
        while j + 2 < words.end and _joins(words.doc[j], words.doc[j + 1]):
            j += 2
        group = words.doc[i : j + 1]
        groups.append((group, _classifies(group)))
        i = j + 1
    kept = []
    for n, (group, keep) in enumerate(groups):
        if group[0].pos_ == "CCONJ":  # "artillery and mortar systems": kept between kept words
            keep = 0 < n < len(groups) - 1 and groups[n - 1][1] and groups[n + 1][1]
        if keep:
            kept.append("".join(t.text_with_ws if is_acronym(t) else t.lower_ + t.whitespace_ for t in group))
    return [w.strip() for w in kept]


def _joins(tok: Token, hyphen: Token) -> bool:
    return hyphen.text in ("-", "‑") and not tok.whitespace_ and not hyphen.whitespace_


def _classifies(group: Span) -> bool:
    modifiers = lexicon.table("unit_modifiers.tsv")
    if any(t.ent_type_ not in ("", "CARDINAL") or t.like_num or t.lower_ in modifiers for t in group):
        return False  # a name or a side: "ISIL", "ISIL-held", "enemy"
    if len(group) > 1:
        return True
    tok = group[0]
    if tok.pos_ in ("NOUN", "PROPN"):
        return not _is_demonym(tok)
    return (
        tok.pos_ == "ADJ"
        and bool(_RELATIONAL.fullmatch(tok.lower_))
        and tok.dep_ != "conj"
        and not any(c.dep_ == "cc" for c in tok.children)
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "CCONJ")
    )


def _plural_acronym(tok: Token) -> bool:
    """ "VBIEDs", "IEDs", "UAVs": an acronym with the plural "-s" names things of a kind, a
    common noun, not a name (the tagger makes some of them proper nouns)."""
    stem = tok.text[:-1]
    return len(stem) >= 2 and tok.text.endswith("s") and stem.isalpha() and stem.isupper()


def _participle_modifier(tok: Token, nxt: Token | None) -> bool:
    """A participle in -ed between a number and its noun ("suspected IS prisoners", "alleged
    members"): followed by a noun, an adjective or a name used as a modifier."""
    return (
        tok.pos_ in ("VERB", "ADJ")
        and tok.lower_.endswith("ed")
        and nxt is not None
        and (
            _is_noun_or_modifier(nxt) or (is_acronym(nxt) or nxt.pos_ == "PROPN") and nxt.i + 1 < len(nxt.doc)
        )
    )


def _is_noun_or_modifier(tok: Token | None) -> bool:
    return tok is not None and (
        tok.pos_ in ("NOUN", "ADJ")
        or tok.text in ("-", "‑")
        or (tok.pos_ == "PROPN" and _is_person_noun(tok))
    )


def _same_name(tok: Token, nxt: Token | None) -> bool:
    """ "28,000 Andy Warhol photographs": both words of one name."""
    return nxt is not None and bool(tok.ent_type_) and nxt.ent_iob_ == "I"


def _shared_head(noun: Token) -> Token:
    """ "224 artillery and mortar systems": a singular noun after a number is a modifier
    coordinated with the next one, and both modify the plural noun that follows."""
    doc = noun.doc
    if is_plural(noun) or noun.i + 2 >= len(doc) or doc[noun.i + 1].pos_ != "CCONJ":
        return noun
    tok = doc[noun.i + 2]
    while tok.i + 1 < len(doc) and tok.pos_ in ("NOUN", "ADJ") and not is_plural(tok):
        tok = doc[tok.i + 1]
    return tok if tok.i > noun.i + 2 and tok.pos_ == "NOUN" and is_plural(tok) else noun


def is_plural(tok: Token) -> bool:
    return tok.morph.get("Number", []) == ["Plur"] or bool(tok.lemma_) and tok.lower_ != tok.lemma_.lower()


def _compound_head(tok: Token) -> Token:
    """The last noun of a compound ("rocket" → "launchers" in "rocket launchers", "veteran" →
    "politicians" in "veteran politicians")."""
    doc = tok.doc
    while (
        tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ == "NOUN"
        and tok.dep_ in ("compound", "amod", "nmod:desc")
        and tok.head.i > tok.i
    ):
        tok = doc[tok.i + 1]
    return tok


def _is_noun(tok: Token | None) -> bool:
    return tok is not None and (
        tok.pos_ in ("NOUN", "PROPN") or (not tok.pos_ and tok.is_alpha and tok.lower_ not in _STOP)
    )


def _is_person_noun(tok: Token) -> bool:
    nouns = lexicon.word_set("person_nouns.txt")
    units = lexicon.table("units.tsv")
    return (
        tok.lower_ in nouns
        or (tok.lemma_ or "").lower() in nouns
        or units.get(tok.lower_, [None])[0] == "people"
    )


def _is_demonym(tok: Token) -> bool:
    from ..geo import load_gazetteer

    gaz = load_gazetteer()
    return tok.ent_type_ == "NORP" or (
        tok.is_title and (gaz.demonym(tok.text) is not None or gaz.demonym(tok.text.rstrip("s")) is not None)
    )


_STOP = {
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "the",
    "a",
    "an",
    "were",
    "was",
    "are",
    "is",
    "had",
    "have",
    "has",
    "will",
    "would",
    "said",
    "more",
    "than",
    "that",
    "which",
    "who",
    "as",
    "per",
    "each",
    "percent",
    "times",
}


def token_starting_after(doc: Doc, char: int) -> Token | None:
    """The first non-space token starting at most two characters after ``char``."""
    for pos in range(char, min(char + 3, len(doc_text(doc)))):
        tok = token_at(doc, pos)
        if tok is not None and tok.idx >= char and not tok.is_space:
            return tok
    return None


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand") if char < len(doc_text(doc)) else None
    return span[0] if span is not None and len(span) else None


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")
