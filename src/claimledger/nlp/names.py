"""``cl_names``: a person's name is headed by its first word, the others its ``flat``.

UD (EWT, GUM, PUD) writes a personal name as a ``flat`` structure headed by its first word:
in "Barack Obama", ``Obama`` is the ``flat`` of ``Barack``, and the name's relation (``nsubj``
of "said") and its dependents (a title as ``nmod:desc``, an apposition) are on ``Barack``.
After a title ("US President Barack Obama", "Afghan Ambassador Hamdullah Mohib") the parser
often builds the name as a noun compound instead, headed by its last word (``Barack``
``compound`` of ``Obama``), so that the subject of "said" is the surname.

For every PERSON entity (after ``cl_titles`` and ``cl_doc_names`` have set the names) whose
words are all proper nouns, that does not end in an organisation or place noun
(``data/org_heads.txt``, ``data/place_heads.txt``: "Andy Warhol Foundation" is a mistyped
organisation, headed by its last word), and whose last word heads the others through ``compound`` or
``flat`` inside the name, the first word takes the name's head and relation, the other words
become its ``flat``, and the dependents outside the name move to the first word. A title
noun right before a name that hangs from it as a ``compound`` ("Home [Secretary] Suella
Braverman") is its ``nmod:desc``, the relation UD EWT and GUM give a title before a name
(train: 149 ``nmod:desc``, 30 ``compound``, most of these "Sheikh", which our entities include
in the name).

Measured when it was written (``evaluate.py --sets dev,newsdev``, the name flattening alone,
before the title rule): LAS 81.42 -> 81.52 on dev, 78.64 -> 78.94 on GUM news dev, speech-verb subjects 81.3 -> 83.3 % on GUM news dev. Older UD EWT email and
weblog documents still annotate some names head-last (``compound``), which the parser learnt
by heart: on the train split, where it reproduces them, LAS moves 93.36 -> 93.31; on UD EWT
dev alone the rule gains 31 words and loses 25 (mostly shops and places the NER took for
people, "Burger King").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .orgs import is_org_head, place_heads
from .titles import is_title

_INSIDE = ("compound", "flat")


@Language.component("cl_names")
def flat_names(doc: Doc) -> Doc:
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if len(ent) > 1:
            _flatten(ent)
        _title_is_descriptive(ent)
    return doc


def _title_is_descriptive(name: Span) -> None:
    """``[Home Secretary] Suella Braverman``: a title noun right before the name that hangs
    from it as a ``compound`` is its ``nmod:desc``, as UD EWT and GUM annotate titles."""
    if name.start == 0:
        return
    title = name.doc[name.start - 1]
    if title.head == name.root and title.dep_ == "compound" and is_title(title):
        title.dep_ = "nmod:desc"


def _flatten(name: Span) -> None:
    first, last = name[0], name[-1]
    if any(t.pos_ != "PROPN" for t in name) or is_org_head(last) or last.lower_ in place_heads():
        return  # "Andy Warhol Foundation", "Hobby Lobby": an organisation or place taken for a name
    if last.head.i in range(name.start, name.end) and last.head != last:
        return  # the name hangs from inside itself: not a head-last compound
    if any(t.head.i not in range(name.start, name.end) or t.dep_ not in _INSIDE for t in name[:-1]):
        return
    outside = [c for t in name for c in t.children if not name.start <= c.i < name.end]
    head, dep = last.head, last.dep_
    first.head = first if head == last else head
    first.dep_ = dep
    for t in name[1:]:
        t.head, t.dep_ = first, "flat"
    for child in outside:
        child.head = first
