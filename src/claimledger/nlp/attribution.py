"""``cl_attribution``: one tree shape for a quotation followed by its attribution.

``“We will fight,” he said.`` and ``Russia will attack, the official said.``: UD EWT and PUD
make the speech verb the head and the quoted or reported clause its ``ccomp``; a parser trained
on mixed data often returns the older shape (the clause is the root and ``said`` its
``parataxis``). This component rewrites that shape after the parser, so that extraction can
always find the content as the ``ccomp`` of the speech verb.

It applies when a speech verb (``data/speech_verbs.txt``) is ``parataxis`` of an earlier
word in its sentence, has an ``nsubj``, and ends the sentence (every later token is in its
subtree or punctuation). The verb takes over its head's relation and head; the old head
becomes its ``ccomp``; sentence-final punctuation moves to the verb. Two other shapes of the
same attribution are read the same way:

- the verb as ``conj`` of the quote (``“…,” he added``), when nothing coordinates them: no
  ``cc`` on the verb, and a comma or closing quotation mark right before the attribution;
- the verb as ``acl`` of its own subject, which the parser took for a dependent of the quote
  (``…,” the message claimed``): the subject becomes the verb's ``nsubj``.

Then the content clauses the parser hung elsewhere are repaired (``complements.py``).
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .complements import fix_complements
from .speakers import is_speech_verb

_SHAPES = ("parataxis", "conj", "acl")


def final_attribution(verb: Token, sent: Span) -> bool:
    """Whether ``verb`` is a sentence-final attribution in one of the shapes above."""
    if not (is_speech_verb(verb) and verb.dep_.split(":")[0] in _SHAPES):
        return False
    subtree = {t.i for t in verb.subtree}
    if not all(t.i in subtree or t.is_punct or t.is_space for t in sent[verb.i - sent.start + 1 :]):
        return False
    if verb.dep_.startswith("acl"):
        return _reduced_attribution(verb, sent)
    if not (sent.start <= verb.head.i < verb.i) or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.dep_ == "conj":
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        return not any(c.dep_ == "cc" for c in verb.children) and _after_quote(subj.left_edge)
    return True


def _after_quote(first: Token) -> bool:
    """A comma or quotation mark right before ``first`` (the start of the attribution)."""
    return first.i > 0 and (first.nbor(-1).is_quote or first.nbor(-1).text == ",")


def _reduced_attribution(verb: Token, sent: Span) -> bool:
    """``…,” the message claimed``: the verb's head is its subject, right before it."""
    subj, quote = verb.head, verb.head.head
    if not (sent.start <= quote.i < subj.i < verb.i) or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if any(c.dep_ in ("nsubj", "obj", "ccomp") for c in verb.children):
        return False
    if max(t.i for t in subj.subtree if t.i < verb.i) != verb.left_edge.i - 1:
        return False
    return quote.head.i == quote.i and _after_quote(subj.left_edge)


@Language.component("cl_attribution")
def fix_attributions(doc: Doc) -> Doc:
    strings = doc.vocab.strings
    for i, dep in enumerate(doc.to_array(DEP).tolist()):
        if dep and strings[dep].split(":")[0] in _SHAPES:
            verb = doc[i]
            if final_attribution(verb, verb.sent):
                if verb.dep_.startswith("acl"):
                    _promote_reduced(verb)
                else:
                    _promote(verb)
    fix_complements(doc)
    return doc


def _promote_reduced(verb: Token) -> None:
    """The quote (the root) under the verb, as for parataxis; the verb's old head its subject."""
    subj = verb.head
    _promote(verb, subj.head)
    subj.head = verb
    subj.dep_ = "nsubj"


def _promote(verb: Token, old: Token | None = None) -> None:
    """``old`` (the verb's head unless given) becomes the verb's ``ccomp``; the verb takes its place."""
    old = verb.head if old is None else old
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
