"""Relation labels the parser gets wrong although the tree around them decides them (called
from ``cl_names``).

Extraposed subject: in "It is true that Google has been buying", "it could take a month to
clear the water", the clause after the predicate is its real subject (``csubj``) and the
pronoun "it" in subject position is an expletive: UD annotates it ``expl``. Where the parser
found the clausal subject (a ``csubj`` after its head) but still made "it" an ``nsubj`` of
the same head, the "it" becomes ``expl``: a predicate has one subject. Only when the head is
no verb (an adjective or noun with its copula, "it is true that", "it is my understanding
that") or one of the verbs that take an extraposed subject (``_EXTRAPOSING``: "it seems",
"it matters", "it takes/costs (a month) to"); and not where the clause is an infinitive with
no object of its own ("it is hard to fathom", "it is easy to clean"), whose gap "it" fills
(the "tough" construction, where "it" is referential).

Measured when written (``evaluate.py --sets dev,newsdev`` and the train split, EWT train +
GUM train non-news): dev +4 arcs, GUM news dev +1, train +11 -3 (annotations that read
"it is likely people have ..." as a referential "it").
"""

from __future__ import annotations

from spacy.tokens import Token

_EXTRAPOSING = frozenset({"seem", "appear", "matter", "take", "cost"})
_OBJECTS = ("obj", "iobj", "ccomp", "xcomp")


def extraposed_subject(tok: Token) -> None:
    """The rule for one token "it" (``cl_names`` calls it in its own pass over the words)."""
    if tok.dep_ != "nsubj":
        return
    head = tok.head
    if head.pos_ == "VERB" and head.lemma_ not in _EXTRAPOSING:
        return
    clause = next((c for c in head.rights if c.dep_ == "csubj"), None)
    if clause is None:
        return
    infinitive = any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children)
    if infinitive and not any(c.dep_ in _OBJECTS for c in clause.children):
        return  # "it is hard to fathom": "it" is the infinitive's missing object
    tok.dep_ = "expl"
