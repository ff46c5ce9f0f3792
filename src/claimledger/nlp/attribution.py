"""``cl_attribution``: one tree shape for a quotation followed by its attribution.

``“We will fight,” he said.`` and ``Russia will attack, the official said.``: UD EWT and PUD
make the speech verb the head and the quoted or reported clause its ``ccomp``; a parser trained
on mixed data often returns the older shape (the clause is the root and ``said`` its
``parataxis``). This component rewrites that shape after the parser, so that extraction can
always find the content as the ``ccomp`` of the speech verb.

It applies when a speech verb (``data/speech_verbs.txt``) is ``parataxis`` of an earlier
word in its sentence, has an ``nsubj``, and ends the sentence (every later token is in its
subtree or punctuation). The verb takes over its head's relation and head; the old head
becomes its ``ccomp``; sentence-final punctuation moves to the verb.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .speakers import is_speech_verb


def final_attribution(verb: Token, sent: Span) -> bool:
    """Whether ``verb`` is a sentence-final attribution in the parataxis shape."""
    if not (is_speech_verb(verb) and verb.dep_.startswith("parataxis")):
        return False
    if not (sent.start <= verb.head.i < verb.i) or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    subtree = {t.i for t in verb.subtree}
    return all(t.i in subtree or t.is_punct or t.is_space for t in sent[verb.i - sent.start + 1 :])


@Language.component("cl_attribution")
def fix_attributions(doc: Doc) -> Doc:
    strings = doc.vocab.strings
    for i, dep in enumerate(doc.to_array(DEP).tolist()):
        if dep and strings[dep].startswith("parataxis"):
            verb = doc[i]
            if final_attribution(verb, verb.sent):
                _promote(verb)
    return doc


def _promote(verb: Token) -> None:
    old = verb.head
    if old.head.i == old.i:
        new_head, new_dep = verb, old.dep_
    else:
        new_head, new_dep = old.head, old.dep_
    moved = [t for t in old.children if t.i > verb.i and (t.is_punct or t.is_space)]
    verb.head = new_head if new_head is not verb else verb
    verb.dep_ = new_dep
    old.head = verb
    old.dep_ = "ccomp"
    for tok in moved:
        tok.head = verb
