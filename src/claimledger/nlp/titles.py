"""``cl_titles``: titles and roles next to a person's name, in ``doc.spans["titles"]``.

Two patterns, both anchored on a PERSON entity and a title noun from ``data/titles.txt``:

- before the name: modifiers + title noun right before the PERSON
  (``Ukrainian Foreign Ministry spokesman`` Georgiy Tykhy, ``Regional governor`` Alexander
  Bogomaz, ``Russia's military chief`` Valery Gerasimov);
- apposition after the name: PERSON + comma + optional determiner + modifiers + title noun,
  optionally ``of``/``for`` + a name (Tobias Ellwood, ``Minister for the Middle East``).

Modifiers are adjectives, nouns, proper nouns, title words, ORG/GPE/NORP entity tokens,
hyphens inside a word and a possessive ``'s``. Determiners are not part of a title.

Before that, names after a title become PERSON entities when the statistical NER missed them,
took the title in or typed the name as something else ("Secretary of State Antony J. Blinken",
"Chairperson Moussa Faki Mahamat", "cleric Muqtada al-Sadr", "spokesman Georgiy Tykhy" tagged
ORG, "Mr. Villega" tagged LOC): the run of proper nouns after the title, past an office named
with ``of``/``for`` (``data/department_words.txt``). A lower-case title counts when the tagger
reads it as a noun ("a major Microsoft product" has none); a name the NER typed otherwise is
retyped only when it is all inside the run, is not a place the gazetteer linked, does not
end in an organisation noun (``data/org_heads.txt``) and, for an ORG, has two words at least
("Representative Enron" in a signature names the company). A run ending in an organisation or
building noun is no name ("Sheikh Lotfollah Mosque"). The religious honorifics "Sheikh",
"Mullah", "Ayatollah" and "Prophet" stay inside the name, as UNER annotates them ("Sheikh
Ahmed Yassin"; UNER EWT/GUM train: inside 11 times, outside never). After a form of address
("Mr.", "Dr", "Mrs", "Ms", "Miss", "Doctor") a name of one to three words the NER typed a place
or an organisation is the person, also opening a sentence ("Mr. Villega is an exceptional
lawyer", "Dr Mcdonald is wonderful"); an untagged name stays so, as GUM takes "Mr"/"Ms" into
the name where UNER leaves it out.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .orgs import CALENDAR_WORDS, is_org_head, place_heads, title_nouns

SPANS_KEY = "titles"
LABEL = "TITLE"
_MODIFIER_POS = {"ADJ", "NOUN", "PROPN"}
_MODIFIER_ENTS = {"ORG", "GPE", "NORP", "LOC"}


def is_title(tok: Token) -> bool:
    return tok.lower_ in title_nouns() or tok.lemma_.lower() in title_nouns()


def _is_modifier(tok: Token) -> bool:
    if tok.ent_type_ == "PERSON" or tok.is_space:
        return False
    if tok.ent_type_ in _MODIFIER_ENTS or is_title(tok):
        return True
    if tok.text == "-" and not tok.whitespace_ and tok.i and not tok.doc[tok.i - 1].whitespace_:
        return True
    if tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"):
        return True
    return tok.pos_ in _MODIFIER_POS


def title_before(doc: Doc, ent: Span) -> Span | None:
    """The title right before a PERSON entity, or None ("Secretary of State" included)."""
    head = ent.start - 1
    office = head
    while office > 0 and doc[office].lower_ in department_words() and doc[office].text[:1].isupper():
        office -= 1
    if office < head and office > 0 and doc[office].lower_ in ("of", "for") and is_title(doc[office - 1]):
        head = office - 1
    if head < 0 or not is_title(doc[head]) or doc[head].ent_type_ == "PERSON":
        return None
    start = head
    while start - 1 >= 0 and _is_modifier(doc[start - 1]) and not doc[start].is_sent_start:
        start -= 1
    while doc[start].tag_ == "POS" or doc[start].text == "-":
        start += 1
    return Span(doc, start, ent.start, label=LABEL)


def title_after(doc: Doc, ent: Span) -> Span | None:
    """A title in apposition: ``NAME, (a/the) modifiers TITLE (of/for NAME)``, or None."""
    i = ent.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if doc[i].pos_ == "DET" or doc[i].lower_ in ("a", "an", "the"):
        i += 1
    start = i
    last_title = -1
    while i < len(doc) and _is_modifier(doc[i]) and not doc[i].is_sent_start:
        if is_title(doc[i]):
            last_title = i
        i += 1
    if last_title < 0:
        return None
    end = last_title + 1
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "for"):
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].ent_type_ in _MODIFIER_ENTS):
            k += 1
        if k > j:
            end = k
    return Span(doc, start, end, label=LABEL)


@lru_cache(maxsize=1)
def department_words() -> frozenset[str]:
    """Lower-case words naming an office after "of"/"for" (``data/department_words.txt``)."""
    text = resources.files("claimledger.data").joinpath("department_words.txt").read_text("utf8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


_NAME_ENTS = {"", "PERSON"}
# Religious honorifics that UNER and OntoNotes keep inside the name (but not "cleric", "imam")
_NAME_HONORIFICS = {"sheikh", "mullah", "ayatollah", "prophet"}
_RETYPABLE = {"ORG", "NORP", "GPE", "LOC"}
# Proper nouns that follow a title without naming anyone ("the judge Monday ordered ...").
_NOT_NAMES = {
    *CALENDAR_WORDS,
    "staff",  # "the General Staff" (the other bodies named after a rank end in an organisation noun)
    # "General Election", "Extraordinary General Meeting", "General Strike", "the Official
    # Opposition": a title word used as an adjective before an event or a body
    "election",
    "elections",
    "meeting",
    "strike",
    "debate",
    "opposition",
}
_NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
    "de",
    "del",
    "der",
    "van",
    "von",
    "da",
    "dos",
    "di",
    "le",
    "la",
}


def _name_word(tok: Token) -> bool:
    """A word of a person's name: capitalised proper noun or initial, not a title word."""
    text = tok.text
    if not text[:1].isupper() or is_title(tok) or tok.ent_type_ not in _NAME_ENTS | _RETYPABLE:
        return False
    if tok.lower_ in _NOT_NAMES or is_org_head(tok):  # "General Assembly", "Central Command"
        return False
    if len(text) == 2 and text[1] == ".":  # an initial, "J."
        return True
    return tok.pos_ == "PROPN" and text.replace("-", "").replace("'", "").isalpha() and not text.isupper()


# Forms of address that only ever come before a person's name ("Mr. Villega", "Dr Mcdonald"):
# what follows is the name, also at a sentence's start and in one word, where the NER typed it
# a place or an organisation.
_HONORIFICS = frozenset(("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Drs.", "Doctor", "Miss"))


def titled_name(doc: Doc, title: Token) -> tuple[int, int] | None:
    """(start, end) of the name after a title noun, or None: "Chairperson Moussa Faki Mahamat",
    "Secretary of State Antony J. Blinken" (the office after "of"/"for" skipped), "cleric Muqtada
    al-Sadr" (a lower-case title when tagged as a noun), "Dr Mcdonald" (``_HONORIFICS``)."""
    honorific = title.text in _HONORIFICS
    if honorific:
        start = title.i + 1
        if start < len(doc) and _name_word(doc[start]) and not doc[start].is_sent_start:
            end = start + 1
            while end < len(doc) and _name_word(doc[end]) and end - start < 3:
                end += 1
            if not is_org_head(doc[end - 1]) and doc[end - 1].lower_ not in place_heads():
                return start, end
        return None
    if not is_title(title) or title.is_sent_start and not title.text[:1].isupper():
        return None
    if not title.text[:1].isupper() and (title.pos_ != "NOUN" or not title.is_lower):
        return None
    i = title.i + 1
    while i < len(doc) and is_title(doc[i]) and doc[i].text[:1].isupper():
        i += 1  # "Secretary General", "Commander in Chief" stay in the title
    if i < len(doc) and doc[i].lower_ in ("of", "for"):
        i += 1
        office = i
        while i < len(doc) and doc[i].lower_ in department_words() and not doc[i].is_sent_start:
            i += 1
        if not any(t.text[:1].isupper() and t.lower_ not in ("the", "and") for t in doc[office:i]):
            return None  # "president of the Lombardy region": no office named
    start = i
    while i < len(doc) and not doc[i].is_sent_start and i - start < 6:
        if _name_word(doc[i]):
            i += 1
            continue
        joint = i  # "al-Amr", "bin Salman", "van der Berg": particles inside a name
        while (
            joint < len(doc)
            and joint - i < 3
            and (doc[joint].lower_ in _NAME_PARTICLES or doc[joint].text == "-")
        ):
            joint += 1
        if i == start or joint == i or joint >= len(doc) or not _name_word(doc[joint]):
            break
        i = joint
    if i == start or (i < len(doc) and _name_word(doc[i])):
        return None  # no name, or a run too long to be one
    if is_org_head(doc[i - 1]) or doc[i - 1].lower_ in place_heads():
        return None  # "Sheikh Lotfollah Mosque", "President Hotel": a building or body
    if i - start == 1 and (doc[start].text.endswith(".") or start == title.i + 1 and title.is_sent_start):
        return None  # a lone initial; "President Putin" at a sentence start is kept by the NER
    return start, i


def name_titled_people(doc: Doc) -> Doc:
    """PERSON entities for names after capitalised titles, where the NER left them out or
    took the title in."""
    ents = list(doc.ents)
    changed = False
    for tok in doc:
        found = titled_name(doc, tok)
        if found is None:
            continue
        start, end = found
        if tok.text[:1].isupper() and tok.lower_ in _NAME_HONORIFICS and start == tok.i + 1:
            start = tok.i  # "Sheikh Naji Al-Abbudi", "Ayatollah Ali Sistani": part of the name
        overlapping = [e for e in ents if e.start < end and e.end > start]
        honorific = tok.text in _HONORIFICS  # "Dr Mcdonald" tagged ORG is the doctor
        if not all(e.label_ == "PERSON" or _retypable(e, start, end, honorific) for e in overlapping):
            continue
        if honorific and not any(e.label_ != "PERSON" for e in overlapping):
            continue  # only retyped: GUM takes "Mr", "Ms" into the name, UNER leaves them out
        if any(e.start == start and e.end == end and e.label_ == "PERSON" for e in overlapping):
            continue
        if any(e.start < tok.i for e in overlapping) or any(e.end > end for e in overlapping):
            continue  # an entity reaching before the title or past the name: leave it
        ents = [e for e in ents if e not in overlapping] + [Span(doc, start, end, label="PERSON")]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _retypable(ent: Span, start: int, end: int, honorific: bool = False) -> bool:
    """An entity inside a titled name that the NER typed as a group, place or organisation."""
    return (
        ent.label_ in _RETYPABLE
        and start <= ent.start
        and ent.end <= end
        and (not ent.kb_id_ or honorific)
        and not is_org_head(ent[-1])
        and not ent.text.isupper()
        # "Representative Enron": one word is the company, but not after "Dr"
        and (ent.label_ != "ORG" or len(ent) > 1 or honorific)
    )


@Language.component("cl_titles")
def find_titles(doc: Doc) -> Doc:
    """Name people after capitalised titles, then put the titles of PERSON entities into
    ``doc.spans["titles"]``."""
    name_titled_people(doc)
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        for span in (title_before(doc, ent), title_after(doc, ent)):
            if span is not None and len(span):
                spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc
