"""Noun phrases that can be sources or actors, described as plain records for resolution.

A :class:`Mention` says what a resolver needs without the Doc: where the phrase is, whether it
is a name, a pronoun or a description, its head noun, the proper name and the title inside it,
definiteness and number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..records import Span as TextSpan
from . import lexicon
from .quotes import Quote, find_quotes

MentionKind = Literal["name", "pronoun", "description"]

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "this", "that"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an", "one", "another", "some", "several", "two", "three", "many", "any"}
_NAMING_VERBS = {"identify", "name", "call", "know"}  # "a soldier, identified as Ruzhyk"


@dataclass(frozen=True, slots=True)
class Mention:
    span: TextSpan  # the phrase at this site ("Ukrainian Foreign Ministry spokesman Georgiy Tykhy")
    kind: MentionKind
    head: str  # lower-case lemma of the head word ("tykhy", "official", "he")
    label: str | None = None  # entity label of the name inside (PERSON, ORG, GPE, NORP)
    name: TextSpan | None = None  # the proper name inside or given beside it ("Georgiy Tykhy")
    role: TextSpan | None = None  # a title or description ("Ukrainian Foreign Ministry spokesman")
    definite: bool = False
    plural: bool = False
    gender: str | None = None
    sentence: int = 0
    demonyms: tuple[str, ...] = ()  # demonyms/countries inside ("Ukrainian", "Russia's")
    modifier: TextSpan | None = None  # a proper name qualifying a description: "ISIL" in "ISIL targets"
    quoted: bool = False  # inside a quotation (someone's words, not the narration)
    count: int | None = None  # a number of referents given by the phrase: "the two leaders" → 2
    # characters whose names this mention cannot refer to: a pronoun source's own statement
    # ("She explained how Warhol's ...": she is not Warhol)
    disjoint: tuple[int, int] | None = None
    # the full name an acronym in the phrase stands for, as spelled out in the article:
    # "ISIL" → "Islamic State of Iraq and the Levant (ISIL)", "the M5S party" → "Movimento 5 Stelle"
    long_form: TextSpan | None = None
    subject: bool = False  # a name that is the subject of its clause ("Secretary Austin spoke with ...")
    # the names of the people a phrase coordinates: "Secretary Blinken and Chairperson Faki"
    members: tuple[TextSpan, ...] = ()


_TEMPORAL = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "morning",
    "evening",
    "night",
    "afternoon",
    "weekend",
}
_RIGHT_DEPS_OUT = {"obl", "advmod", "parataxis", "punct", "advcl", "ccomp", "xcomp", "dep", "discourse"}


def phrase_span(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``: its left modifiers and its
    right modifiers that belong to a name or description (names, "of"-phrases, relative clauses),
    cut at the first comma or dash (appositives and parentheticals stay outside the mention) and
    without a temporal phrase a parser hung on it ("Ukraine on Tuesday")."""
    doc = head.doc
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if _infinitive_modifier(child):
            pass  # "Figures [to be published today] show": an acl the parser called xcomp
        elif child.dep_ in _RIGHT_DEPS_OUT or _is_temporal(child) or _is_cue_clause(child):
            break
        end = child.right_edge.i + 1
    for i in range(head.i + 1, end):
        if doc[i].text in {",", "—", "–", "(", ";", ":"} or doc[i].is_quote:
            end = i
            break
    for i in range(head.i - 1, start - 1, -1):  # a comma before the head ends the phrase too
        if doc[i].text in {",", "—", "–", "(", ";", ":"} or doc[i].is_quote:
            start = i + 1
            break
    while start < head.i and (  # "what" of a free relative: "what authorities described as"
        doc[start].dep_ in ("cc", "punct", "mark", "advmod", "case")
        or doc[start].pos_ == "ADP"
        or doc[start].lower_ in ("what", "whatever")
    ):
        start += 1
    return start, end


def _infinitive_modifier(tok: Token) -> bool:
    """A to-infinitive the parser hung on a noun as ``xcomp``: UD gives a noun an ``xcomp`` only
    as a predicate (with a copula); on a plain noun it is an infinitival relative (``acl``)."""
    head = tok.head
    if tok.dep_ != "xcomp" or tok.pos_ not in ("VERB", "AUX"):
        return False
    if head.pos_ not in ("NOUN", "PROPN") and not noun_taken_for_verb(head):
        return False
    if any(c.dep_ == "cop" for c in head.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "to" and c.i < tok.i for c in tok.children)


_VERB_DEPENDENTS = ("nsubj", "nsubj:pass", "csubj", "expl", "mark", "aux", "aux:pass", "obj", "iobj", "ccomp")


def noun_taken_for_verb(tok: Token) -> bool:
    """A plural noun in "-s" the tagger took for a present verb and the parser for a clausal
    subject ("Figures to be published today show ...", core7 in its article: 'Figures' a VERB,
    csubj of 'show'): a finite verb heads a subject clause only with a subordinator ("that",
    "what") and a subject of its own, so a bare one before its verb is a noun."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in ("csubj", "nsubj")
        and tok.head.i > tok.i
        and tok.lower_.endswith("s")
        and "Fin" in tok.morph.get("VerbForm", [])
        and not any(c.dep_ in _VERB_DEPENDENTS for c in tok.children)
    )


def _is_cue_clause(tok: Token) -> bool:
    """ "servicemen ... described the operation as ...", parsed as a clause on the noun: the
    reporting verb and what follows are not part of the speaker's phrase."""
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and (tok.lemma_ or tok.lower_).lower() in lexicon.cues()


def is_temporal(tok: Token) -> bool:
    """A time word ("today", "year") or a word modifying one ("last" in "last year")."""
    return _is_temporal(tok) or (tok.head != tok and tok.dep_ in ("amod", "det") and _is_temporal(tok.head))


def _is_temporal(tok: Token) -> bool:
    return (tok.lemma_ or tok.lower_).lower() in _TEMPORAL or tok.ent_type_ in ("DATE", "TIME")


def make_mention(
    head: Token,
    sentence: int,
    start: int | None = None,
    before_char: int | None = None,
    from_char: int | None = None,
    end: int | None = None,
) -> Mention:
    """Describe the noun phrase headed by ``head`` (a subject, agent or "according to" object);
    ``start`` widens it to the left when the parser split it; ``before_char`` cuts it where the
    statement's content begins, ``from_char`` where the speaker's words begin; ``end`` widens it
    to the right (a modifier the parser hung elsewhere)."""
    doc = head.doc
    phrase_start, phrase_end = phrase_span(head)
    start = min(start, phrase_start) if start is not None else phrase_start
    end = max(end, phrase_end) if end is not None else phrase_end
    if before_char is not None:
        while end > head.i + 1 and doc[end - 1].idx >= before_char:
            end -= 1
        while end < len(doc) and doc[end].idx < before_char and doc[end - 1].pos_ == doc[end].pos_ == "PROPN":
            end += 1  # a name cut by the parse ("Antony J. | Blinken spoke"): the run goes on
    if from_char is not None:
        while start < head.i and doc[start].idx < from_char:
            start += 1
    if head.ent_type_ == "PERSON" and from_char is None:
        start = _with_title_before(doc, start, head)
    if start < head.i and (is_dateline(doc[start]) or is_dateline(head.left_edge)):
        # "TAMPA, Fla., Aug. 19, 2014 - U.S. military forces continued" with the dateline hung on
        # the subject: the phrase begins after the dateline's dash
        dash = next((t.i for t in reversed(doc[start : head.i]) if t.text in _DATELINE_DASHES), None)
        start = dash + 1 if dash is not None else start
    span = doc[start:end]
    lower = head.lower_
    if head.pos_ == "PRON" or (lower in PRONOUNS and end - start == 1):
        return Mention(
            _text_span(span),
            "pronoun",
            lower,
            plural=lower in {"they", "them", "we", "us"},
            gender=PRONOUN_GENDER.get(lower),
            sentence=sentence,
            definite=True,
        )
    name, label = _name_in(span, head)
    role = _role(span, name, head)
    first = doc[start].lower_
    return Mention(
        _text_span(span),
        "name" if name is not None else "description",
        (head.lemma_ or head.text).lower(),
        label=label,
        name=_text_span(name) if name is not None else None,
        role=role,
        definite=first in _DEFINITE or any(t.dep_ == "nmod:poss" for t in head.children),
        plural=is_plural(head),
        sentence=sentence,
        demonyms=tuple(t.text for t in span if t.ent_type_ in ("NORP", "GPE") or _is_demonym(t)),
        modifier=_modifier_name(span, head) if name is None else None,
        count=_count(head),
        long_form=_long_form_in(span, head, name),
        members=_coordinated_people(span),
    )


def _coordinated_people(span: Span) -> tuple[TextSpan, ...]:
    """The people a phrase names joined by "and" (commas before it), each perhaps after a title:
    "Secretary Blinken and Chairperson Faki", "Sunak and Braverman"; not a person beside an
    organisation or a title's holder named once."""
    people = [e for e in span.ents if e.label_ == "PERSON"]
    if len(people) < 2:
        return ()
    for a, b in zip(people, people[1:]):
        between = span.doc[a.end : b.start]
        if not any(t.lower_ in ("and", "&") for t in between) or not all(
            t.lower_ in ("and", "&", ",") or is_title_word(t) or (t.is_title and t.pos_ == "PROPN")
            for t in between
        ):
            return ()
    return tuple(_text_span(_after_title(p) or p) for p in people)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*")
_BODY_NOUNS = {
    "party",
    "group",
    "movement",
    "organisation",
    "organization",
    "militia",
    "union",
    "alliance",
    "front",
}
_LOWER_WORDS = {"of", "and", "the", "for", "in", "on", "de", "del", "di", "al", "el", "&"}


def long_forms(doc: Doc) -> dict[str, TextSpan]:
    """Acronyms the article spells out, "Full Name (ACR)": the initials of the name's words
    (lower-case function words aside) are the acronym's letters."""
    cached = doc.user_data.get("claimledger.long_forms")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    text = doc_text(doc)
    out: dict[str, TextSpan] = {}
    for found in re.finditer(r"\(\s?([A-Z][A-Za-z0-9]{1,7})\s?\)", text):
        acronym = found.group(1)
        if not _ACRONYM.fullmatch(acronym) or acronym in out:
            continue
        words = list(re.finditer(r"[\w&][\w&.'’-]*", text[max(0, found.start() - 120) : found.start()]))
        offset = max(0, found.start() - 120)
        for n in range(len(words) - 1, -1, -1):
            run = words[n:]
            if run[0].group()[0].islower():
                continue
            initials = "".join(w.group()[0] for w in run if w.group().casefold() not in _LOWER_WORDS)
            if initials.upper() == acronym.upper():
                start, end = offset + run[0].start(), offset + run[-1].end()
                out[acronym] = TextSpan(text[start:end], start, end)
                break
            if len(initials) > len(acronym):
                break
    doc.user_data["claimledger.long_forms"] = out
    return out


def _long_form_in(span: Span, head: Token, name: Span | None) -> TextSpan | None:
    """The spelled-out name for a phrase that is an acronym ("ISIL") or a body named by one ("the
    M5S party"); not for people or things that merely carry one ("ISIL fighters"). "The city"
    is the municipality named just before."""
    if name is None and len(span) == 2 and span[0].lower_ == "the" and head.lower_ in ("city", "town"):
        return _municipality_before(span)
    forms = long_forms(span.doc)
    if not forms:
        return None
    if name is not None and name.text in forms:
        return forms[name.text]
    if head.text in forms:
        return forms[head.text]
    if (head.lemma_ or head.lower_).lower() in _BODY_NOUNS:
        for tok in span:
            if tok.i < head.i and tok.text in forms:
                return forms[tok.text]
    return None


_MUNICIPAL = re.compile(
    r"\b(?:(?:Municipality|City|Town|Borough|Comune) of(?: [A-Z][\w'’-]+)+"
    r"|(?:[A-Z][\w'’-]+ )+(?:City|Town|Municipal) (?:Council|Hall|Government))"
)
_MUNICIPAL_WINDOW = 1500  # characters back


def _municipality_before(span: Span) -> TextSpan | None:
    """ "The city reasoned": the municipality named last before ("the Municipality of Livorno",
    "Kharkiv City Council"), the body that speaks for a city."""
    text = doc_text(span.doc)
    start = span.start_char
    found = list(_MUNICIPAL.finditer(text, max(0, start - _MUNICIPAL_WINDOW), start))
    if not found:
        return None
    last = found[-1]
    return TextSpan(last.group(), last.start(), last.end())


_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _count(head: Token) -> int | None:
    """How many referents a plural description counts: "the two leaders", "both ministers"."""
    for child in head.children:
        if child.i < head.i and child.lower_ in _COUNT_WORDS and child.dep_ in ("nummod", "det", "amod"):
            return _COUNT_WORDS[child.lower_]
    return None


def _modifier_name(span: Span, head: Token) -> TextSpan | None:
    """A proper-noun compound before a common head: "ISIL" in "ISIL tactical units",
    "Coalition" in "Coalition military forces" (not a demonym)."""
    names = [
        t for t in span if t.i < head.i and t.pos_ == "PROPN" and not _is_demonym(t) and t.ent_type_ != "NORP"
    ]
    if not names:
        return None
    first, last = names[0], names[-1]
    while first.i > span.start and span.doc[first.i - 1].pos_ == "PROPN":
        first = span.doc[first.i - 1]
    return _text_span(span.doc[first.i : last.i + 1])


def is_plural(tok: Token) -> bool:
    if tok.tag_ in ("NNS", "NNPS") or "Number=Plur" in str(tok.morph):
        return True
    lemma = (tok.lemma_ or "").lower()
    return bool(lemma) and lemma != tok.lower_ and tok.lower_.endswith(("s", "men", "people"))


def _name_in(span: Span, head: Token) -> tuple[Span | None, str | None]:
    """The proper name of a phrase: an entity covering the head, a name given by apposition or
    "identified as", else a run of proper nouns ending at the head."""
    for ent in span.doc.ents:
        if ent.label_ in NAME_LABELS and ent.start <= head.i < ent.end and ent.start >= span.start:
            person_after = [e for e in span.ents if e.label_ == "PERSON" and e.start >= ent.end]
            if ent.label_ == "ORG" and person_after:  # "Undersecretary for Education Mr. Toccafondi"
                return _after_title(person_after[0]) or person_after[0], "PERSON"
            described = ent.label_ == "ORG" or ent.label_ == "PERSON" and is_title_word(ent[-1])
            appositive = _appositive_person(head) if described else None
            if appositive is not None:  # "The Combined Joint Task Force – ... Commander, Lt. Gen. X,"
                return appositive, "PERSON"
            ent = _with_suffix(ent) if ent.end < span.end else ent
            titled = _after_title(ent) if ent.label_ in ("PERSON", "ORG") else None
            if titled is None and _titled_name(ent):
                return ent, "PERSON"  # "spokesman Georgiy Tykhy" tagged ORG
            return (titled, "PERSON") if titled is not None else (ent, ent.label_)
    people = [e for e in span.ents if e.label_ == "PERSON"]
    if people:  # "Col. Travis Caughlin" whose head the parser put on the title
        person, doc = people[-1], span.doc
        rest = doc[person.end : head.i + 1]
        if len(rest) and all(t.text[:1].isupper() and t.is_alpha and not t.ent_type_ for t in rest):
            return doc[person.start : head.i + 1], "PERSON"  # a surname NER left out: "John | Kirby"
        return person, "PERSON"
    titled = _after_title(span)
    if titled is not None:
        return titled, _label(titled.root) or "PERSON"
    appositive = _appositive_person(head)
    if appositive is not None:
        return appositive, "PERSON"
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return _propn_run(child), _label(child) or "PERSON"
        if child.dep_ in ("acl", "acl:relcl") and child.lemma_.lower() in _NAMING_VERBS:
            for grand in child.subtree:
                if grand.pos_ == "PROPN":
                    return _propn_run(grand), _label(grand) or "PERSON"
    if _after_honorific(head):  # "Mr Key promoted" with "Key" tagged a common noun
        return span.doc[head.i : head.i + 1], "PERSON"
    if capitalised_of_name(head):  # "the Municipality of Livorno" with its head tagged a noun
        of_name = _propn_run(head.doc[head.i + 2])
        return span.doc[head.i : max(of_name.end, head.i + 3)], _label(head)
    if head.pos_ == "PROPN" and not head.is_lower or is_acronym(head):  # not "servicemen" tagged PROPN
        run = _propn_run(head)
        if run.start >= span.start and not all(is_title_word(t) for t in run):
            return run, _label(head)  # "the Secretary", "the Minister": a description
    return None, None


# Forms of address that only ever come before a person's name.
_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "miss"))


def _after_honorific(head: Token) -> bool:
    """ "Mr Key", "Dr. Mcdonald": a capitalised word right after a form of address is a surname,
    whatever the tagger made of it."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return (
        before is not None
        and before.lower_.rstrip(".") in _HONORIFICS
        and before.text[:1].isupper()
        and head.is_title
        and head.is_alpha
    )


def capitalised_of_name(head: Token) -> bool:
    """ "the Municipality of Bogliasco", "the Ministry of Defence": a capitalised common noun
    inside a sentence with an "of" phrase of proper nouns is the head of an institution's name,
    whatever the tagger made of the head."""
    if head.pos_ != "NOUN" or not head.is_title or head.is_sent_start or is_title_word(head):
        return False
    return any(
        c.dep_ == "nmod" and c.i == head.i + 2 and c.pos_ == "PROPN" and head.doc[head.i + 1].lower_ == "of"
        for c in head.rights
    )


def _appositive_person(head: Token) -> Span | None:
    """A person's name in apposition to a phrase, after a comma ("The Combined Joint Task Force –
    Inherent Resolve Commander, Lt. Gen. Stephen J. Townsend," / "the Afghan team's coach,
    Alireza Mehraban,"): the appositive, or the next words after the comma, being a PERSON entity
    that is not just a title, and followed by a comma or the end of the sentence. A name the
    parser made a ``conj`` of the phrase with a comma and no conjunction before it counts as
    the appositive it is (a description and a name side by side are not a list). A name after
    the phrase's last noun, when that noun names no person ("the president of the Lombardy
    region, Roberto Maroni,": 'Maroni' hung on 'region'), is the phrase's appositive too; a
    PERSON entity ending in a title ("Inherent Resolve Commander", a mistaken NER span) is the
    description, not the name."""
    doc = head.doc
    candidates = [
        c.i
        for c in head.children
        if c.i > head.i and (c.dep_ == "appos" or c.dep_ == "conj" and _asyndetic(c))
    ]
    for i in list(candidates):  # "Inherent Resolve Commander, Lt. Gen. Stephen J. Townsend":
        # the name apposed to a description the NER took for a name (ending in a title)
        ent = (
            next((e for e in doc.ents if e.start <= i < e.end), None)
            if doc[i].ent_type_ == "PERSON"
            else None
        )
        if ent is not None and is_title_word(doc[ent.end - 1]):
            candidates += [c.i for c in doc[i].children if c.i > i and c.dep_ == "appos"]
    last = head
    while (nmod := next((c for c in last.children if c.dep_ == "nmod" and c.i > last.i), None)) is not None:
        last = nmod
    if last != head and last.ent_type_ != "PERSON" and not _is_role_word(last):
        candidates += [c.i for c in last.children if c.i > last.i and c.dep_ == "appos"]
    after = head.right_edge.i + 1
    if doc[after - 1].text == "," and after < len(doc):  # the parser hung the comma on the phrase
        candidates.append(after)
    elif after + 1 < len(doc) and doc[after].text == ",":
        candidates.append(after + 1)
    for i in candidates:
        ent = next((e for e in doc.ents if e.label_ == "PERSON" and e.start <= i < e.end), None)
        if ent is None or is_title_word(doc[ent.end - 1]):
            continue
        if (
            ent.start > head.i + 1
            and doc[ent.start - 1].text != ","
            and not is_title_word(doc[ent.start - 1])
        ):
            continue
        closing = doc[ent.end] if ent.end < len(doc) else None
        if closing is None or closing.text in (",", ".", ")") or closing.is_sent_start:
            return _after_title(ent) or ent
    return None


def _apposed(child: Token) -> bool:
    """An appositive, or a lone conjunct the parser made of one: a description after a name and
    a comma with no conjunction ("Farhad Shami, head of SDF's media center": 'head' ``conj``) is
    not a list of two, unless the name has further conjuncts ("Smith, officials and ...")."""
    if child.dep_ == "appos":
        return True
    return (
        child.dep_ == "conj"
        and _asyndetic(child)
        and not any(c.dep_ == "conj" and c.i != child.i for c in child.head.children)
    )


def _asyndetic(conj: Token) -> bool:
    """A conjunct joined by a comma alone: no ``cc`` of its own, a comma right before it."""
    first = next((t for t in conj.subtree if not t.is_punct), conj)  # the comma may hang from it
    return (
        first.i > 0 and conj.doc[first.i - 1].text == "," and not any(c.dep_ == "cc" for c in conj.children)
    )


def _after_title(span: Span) -> Span | None:
    """ "Shadow Home Secretary Yvette Cooper", "Secretary of State Antony J. Blinken": proper
    nouns after the last title word of a run of capitalised words are the name."""
    words = [t for t in span if not t.is_punct]
    last_title = max((i for i, t in enumerate(words) if is_title_word(t)), default=None)
    if last_title is None or last_title == len(words) - 1:
        return None
    rest = words[last_title + 1 :]
    if rest and rest[0].lower_ == "of":  # "Secretary of State", "Minister of Foreign Affairs"
        k = 1
        while k < len(rest) and rest[k].lower_ in lexicon.word_set("department_words.txt"):
            k += 1
        rest = rest[k:] if k > 1 else rest
    if not rest or not all(
        t.pos_ == "PROPN" or (t.text[:1].isupper() and t.is_alpha) or t.text.endswith(".") for t in rest
    ):
        return None
    if rest[0].lower_ in ("of", "for") or (rest[0].ent_type_ in ("GPE", "ORG") and len(rest) == 1):
        return None
    if len(rest) == 1 and (rest[0].lower_ == "staff" or rest[0].lower_ in lexicon.word_set("org_heads.txt")):
        return None  # "Ukraine's General Staff", "General Assembly": a body named after a rank
    return span.doc[rest[0].i : rest[-1].i + 1]


def _with_title_before(doc: Doc, start: int, head: Token) -> int:
    """ "..., Pentagon spokesperson Maj. Gen. Pat Ryder told VOA" with the title hung elsewhere
    (core7: "spokesperson" a conjunct of an earlier noun): a title (``cl_titles``) that ends where
    a person's phrase begins, or inside it before the name, is the phrase's beginning."""
    for title in doc.spans.get("titles", []):
        if title.start < start <= title.end <= head.i:
            return title.start
    return start


_DATELINE_DASHES = ("-", "—", "–", "--")


def is_dateline(tok: Token) -> bool:
    """ "WASHINGTON —Syrian Kurdish troops say ...": a capitalised word opening a paragraph and
    followed by a comma or dash is the dateline, never a speaker or party, whatever the parse."""
    doc = tok.doc
    first = tok.left_edge
    opens = first.i == 0 or "\n" in doc[first.i - 1].text or doc[first.i - 1].is_space
    opens = opens or tok.i == 0 or "\n" in doc[tok.i - 1].text
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return opens and tok.text.isupper() and len(tok.text) > 2 and after[:1] in (",", "-", "—", "–")


def is_title_word(tok: Token) -> bool:
    entry = lexicon.table("speaker_nouns.tsv").get(tok.lower_.rstrip("."))
    return entry is not None and len(entry) > 1 and entry[1] == "yes"


def is_acronym(tok: Token) -> bool:
    """ "SDF", "ISIL", "NATO": a name, whatever tag the tagger gave it."""
    text = tok.text.replace(".", "")
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _propn_run(tok: Token) -> Span:
    """A proper name around ``tok``: proper nouns before it, flat continuations after it, and
    "of"/"for" phrases of proper nouns ("Institute for the Study of War")."""
    doc = tok.doc
    start = tok.i
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ in ("compound", "flat", "flat:name", "nmod")
    ):
        start -= 1
    end = tok.i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‑")
        and doc[end + 1].pos_ == "PROPN"
        and not doc[end].whitespace_
    ):
        end += 2  # "al-Amr" split by the tokenizer
    while (
        start > 1
        and doc[start - 1].text in ("-", "‑")
        and doc[start - 2].pos_ == "PROPN"
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    for child in tok.rights:
        if child.i < end:
            continue
        if child.pos_ == "PROPN" and child.dep_.startswith("flat") and child.i == end:
            end = child.i + 1
        elif (
            child.dep_ == "nmod"
            and child.pos_ == "PROPN"
            and child.i > end - 1
            and all(
                t.lower_ in ("of", "for", "the", "and") or t.pos_ == "PROPN" or t.is_title
                for t in doc[end : child.right_edge.i + 1]
            )
        ):
            end = child.right_edge.i + 1
        elif _name_before_common_noun(doc, end, child):
            end = child.i  # "Rewards for Justice | program", "Ministry of Defence | spokesman"
            break
        else:
            break
    return doc[start:end]


def _name_before_common_noun(doc: Doc, end: int, child: Token) -> bool:
    """An "of"/"for" phrase of capitalised words that the parser hung under a lower-case noun
    after them ("Rewards for Justice program": 'program' the nmod, 'Justice' its compound): the
    name ends before the common noun."""
    words = doc[end + 1 : child.i]
    return (
        child.dep_ == "nmod"
        and child.pos_ == "NOUN"
        and child.is_lower
        and end < len(doc)
        and doc[end].lower_ in ("of", "for")
        and doc[end].head == child
        and len(words) > 0
        and all(t.is_title and t.dep_ in ("compound", "flat") and t.head.i <= child.i for t in words)
    )


def _label(tok: Token) -> str | None:
    return tok.ent_type_ or None


def _role(span: Span, name: Span | None, head: Token) -> TextSpan | None:
    """The title before a name ("Military analyst" in "Military analyst Mykola Bielieskov"), or
    an appositive description ("head of Russia's FSB security service")."""
    doc = span.doc
    if name is not None and name.start > span.start and name.start < span.end:
        start = span.start
        while start < name.start and doc[start].lower_ in _DEFINITE | _INDEFINITE:
            start += 1
        if start < name.start and any(_is_role_word(t) for t in doc[start : name.start]):
            return _text_span(doc[start : name.start])
    for child in head.children:
        if _apposed(child) and child.pos_ in ("NOUN", "ADJ") and _is_role_word(child):
            lo, hi = child.left_edge.i, child.right_edge.i + 1
            while lo < hi and (doc[lo].lower_ in _DEFINITE | _INDEFINITE or doc[lo].is_punct):
                lo += 1
            return _text_span(doc[lo:hi])
    if (name is None or name.start >= span.end) and _is_role_word(head):
        start = span.start
        while start < head.i and doc[start].lower_ in _DEFINITE | _INDEFINITE:
            start += 1
        return _text_span(doc[start : head.i + 1])
    return None


def _is_role_word(tok: Token) -> bool:
    nouns = lexicon.table("speaker_nouns.tsv")
    entry = nouns.get((tok.lemma_ or tok.text).lower()) or nouns.get(tok.lower_)
    return entry is not None and entry[0] == "person"


def _is_demonym(tok: Token) -> bool:
    from ..geo import load_gazetteer

    return tok.is_title and load_gazetteer().demonym(tok.text) is not None


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy rebuilds the string on every access)."""
    text = doc.user_data.get("claimledger.text")
    if text is None:
        text = doc.user_data["claimledger.text"] = doc.text
    return text


def doc_quotes(doc: Doc) -> list[Quote]:
    """The quotations of the Doc's text, found once per Doc (statements, speakers and events all
    ask)."""
    quotes = doc.user_data.get("claimledger.quotes")
    if quotes is None:
        quotes = doc.user_data["claimledger.quotes"] = find_quotes(doc_text(doc))
    return quotes


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index → sentence number."""
    index = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            index[tok.i] = n
    return index


def named_mentions(doc: Doc, sent_of: dict[int, int]) -> list[Mention]:
    """A mention for every PERSON/ORG/GPE/NORP entity the pipeline recognised."""
    quotes = doc_quotes(doc)
    out = []
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            ent = _with_suffix(ent)
            head = ent.root
            span = _text_span(ent)
            label = "PERSON" if _titled_name(ent) else ent.label_
            titled = _after_title(ent) if label == "PERSON" else None
            out.append(
                Mention(
                    span,
                    "name",
                    (head.lemma_ or head.text).lower(),
                    label=label,
                    name=_text_span(titled) if titled is not None else span,
                    role=_title_before(ent, titled) if label == "PERSON" else None,
                    sentence=sent_of.get(ent.start, 0),
                    plural=head.tag_ in ("NNS", "NNPS"),
                    quoted=any(q.contains(ent.start_char) for q in quotes),
                    long_form=long_forms(doc).get(ent.text),
                    subject=_is_subject(head),
                )
            )
    return out


def _is_subject(head: Token) -> bool:
    """Whether a name is its clause's subject, also inside a titled phrase ("Secretary Austin")."""
    tok = head
    while tok.dep_ in ("flat", "compound", "appos") and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubj:pass")


def _titled_name(ent: Span) -> bool:
    """An entity the NER called an organisation or place right after a person's title
    ("spokesman Georgiy Tykhy"): two or three proper nouns are a person's name."""
    doc = ent.doc
    return (
        ent.label_ in ("ORG", "GPE")
        and ent.start > 0
        and is_title_word(doc[ent.start - 1])
        and 2 <= len(ent) <= 3
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
    )


_NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _with_suffix(ent: Span) -> Span:
    """A person's name with its generational suffix ("Lloyd J. Austin III", "Martin Luther King
    Jr."), which NER tends to leave out."""
    doc = ent.doc
    end = ent.end
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text in _NAME_SUFFIXES:
        end += 1
    if ent.label_ == "PERSON" and end < len(doc) and doc[end].text in _NAME_SUFFIXES:
        return Span(doc, ent.start, end + 1, label=ent.label_)
    return ent


def _title_before(ent: Span, titled: Span | None) -> TextSpan | None:
    """The title of a named person: inside the entity before the name, or the run of title,
    department and capitalised words right before it ("Secretary of State Antony J. Blinken")."""
    doc = ent.doc
    if titled is not None and titled.start > ent.start:
        return _text_span(doc[ent.start : titled.start])
    lo = ent.start
    while lo > max(0, ent.start - 6):
        tok = doc[lo - 1]
        if not (
            is_title_word(tok)
            or tok.lower_ in lexicon.word_set("department_words.txt")
            or tok.lower_ == "of"
            or tok.is_title
        ):
            break
        if tok.is_sent_start and not is_title_word(tok) and tok.is_title:
            break
        lo -= 1
    while (
        lo < ent.start
        and not is_title_word(doc[lo])
        and doc[lo].lower_ not in lexicon.word_set("department_words.txt")
    ):
        lo += 1  # "Monday Secretary Blinken": start at the first title word
    if lo < ent.start and any(is_title_word(t) for t in doc[lo : ent.start]):
        return _text_span(doc[lo : ent.start])
    return _appositive_role(ent)


def _appositive_role(ent: Span) -> TextSpan | None:
    """ "Alireza Mehraban, the Afghan team's coach,": a role noun in apposition after the name."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    for child in ent.root.children:
        if _apposed(child) and child.i > ent.end and child.pos_ == "NOUN" and _is_role_word(child):
            lo, hi = child.left_edge.i, child.right_edge.i + 1
            while lo < hi and doc[lo].lower_ in _DEFINITE | _INDEFINITE:
                lo += 1
            return _text_span(doc[lo:hi])
    return None
