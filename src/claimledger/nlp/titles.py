"""``cl_titles``: titles and roles next to a person's name, in ``doc.spans["titles"]``.

Two patterns, both anchored on a PERSON entity and a title noun from ``data/titles.txt``:

- before the name: modifiers + title noun right before the PERSON
  (``Ukrainian Foreign Ministry spokesman`` Georgiy Tykhy, ``Regional governor`` Alexander
  Bogomaz, ``Russia's military chief`` Valery Gerasimov);
- apposition after the name: PERSON + comma + optional determiner + modifiers + title noun,
  optionally ``of``/``for`` + a name (Tobias Ellwood, ``Minister for the Middle East``).

Modifiers are adjectives, nouns, proper nouns, title words, ORG/GPE/NORP entity tokens,
hyphens inside a word and a possessive ``'s``. Determiners are not part of a title.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

SPANS_KEY = "titles"
LABEL = "TITLE"
_MODIFIER_POS = {"ADJ", "NOUN", "PROPN"}
_MODIFIER_ENTS = {"ORG", "GPE", "NORP", "LOC"}


@lru_cache(maxsize=1)
def title_nouns() -> frozenset[str]:
    """Lower-case title and role nouns (``data/titles.txt``)."""
    text = resources.files("claimledger.data").joinpath("titles.txt").read_text("utf8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


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
    """The title right before a PERSON entity, or None."""
    head = ent.start - 1
    if head < 0 or not is_title(doc[head]) or doc[head].ent_type_ == "PERSON":
        return None
    start = head
    while start - 1 >= 0 and _is_modifier(doc[start - 1]) and not doc[start].is_sent_start:
        start -= 1
    while doc[start].tag_ == "POS" or doc[start].text == "-":
        start += 1
    return Span(doc, start, head + 1, label=LABEL)


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


@Language.component("cl_titles")
def find_titles(doc: Doc) -> Doc:
    """Put the titles of PERSON entities into ``doc.spans["titles"]``."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        for span in (title_before(doc, ent), title_after(doc, ent)):
            if span is not None and len(span):
                spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc
