"""Our spaCy components; importing this module registers every factory the shipped pipeline uses.

Sentence rules that run before the parser (the parser keeps boundaries that are already set:
``True`` must start a sentence, ``False`` must not):

- ``cl_paragraphs``: a sentence starts after every blank line, and after a full stop followed by
  two spaces and a capitalised word;
- ``cl_quote_sents``: quotation marks do not split a sentence from its attribution — a closing
  quote never starts a sentence, nor does the word right after an opening quote, nor a
  lower-case word or comma right after a closing quote (``“We will fight,” he said.``); an
  opening quote after a full stop (or ! ?) and a space, before a capital, does start one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import attribution, docnames, gazetteer, orgs, speakers, titles, tokenizer  # noqa: F401 - factories

_OPEN_ONLY = {"“", "‘", "«", "„"}
_CLOSE_ONLY = {"”", "»"}
_EITHER = {'"', "'", "’", "``", "''"}


@Language.component("cl_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A sentence starts after every blank line; a later parser keeps these boundaries."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            nxt.is_sent_start = False  # whitespace ends the sentence before it
        elif (tok.is_space and "\n" in tok.text) or "\n\n" in tok.whitespace_:
            nxt.is_sent_start = True
        elif tok.is_space and tok.i > 0 and doc[tok.i - 1].text in (".", "!", "?") and nxt.is_title:
            nxt.is_sent_start = True  # "...is unwavering.  Secretary Austin has": two spaces
    return doc


def quote_role(tok: Token) -> str | None:
    """``open``, ``close`` or None, from the mark and the spacing around it."""
    text = tok.text
    if text in _OPEN_ONLY:
        return "open"
    if text in _CLOSE_ONLY:
        return "close"
    if text not in _EITHER:
        return None
    doc = tok.doc
    before = tok.i == 0 or bool(doc[tok.i - 1].whitespace_) or doc[tok.i - 1].is_space
    after = bool(tok.whitespace_) or tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct
    if before and not after:
        return "open"
    if after and not before:
        return "close"
    if text == "’" or text == "'":
        return None  # an apostrophe, or unknowable
    return "close" if not before else "open"


@Language.component("cl_quote_sents")
def quote_sentences(doc: Doc) -> Doc:
    """Forbid sentence starts that would cut a quotation from its attribution."""
    for tok in doc:
        role = quote_role(tok)
        if role is None or tok.i + 1 >= len(doc):
            if role == "close":
                _no_start(tok)
            continue
        nxt = doc[tok.i + 1]
        if role == "open":
            _no_start(nxt)
            if _ends_sentence_before(tok) and (nxt.is_title or nxt.is_upper) and tok.is_sent_start is None:
                tok.is_sent_start = True  # 'in the gallery. "I thought ...," Allton said.'
        else:
            _no_start(tok)
            prev = doc[tok.i - 1] if tok.i else None
            if nxt.is_lower or nxt.text == "," or (prev is not None and prev.text == ","):
                _no_start(nxt)
    return doc


def _ends_sentence_before(tok: Token) -> bool:
    """Whether the token before ``tok`` (whitespace skipped) is a full stop, ! or ?."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return (
        i >= 0
        and tok.doc[i].text in (".", "!", "?")
        and bool(tok.doc[i].whitespace_ or tok.doc[i + 1].is_space)
    )


def _no_start(tok: Token) -> None:
    if tok.is_sent_start is not True and not tok.is_space:
        tok.is_sent_start = False


def rule_pipeline() -> Language:
    """Tokenizer and rule-based sentences only: the pipeline before a trained one is shipped."""
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer = tokenizer.news_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("cl_paragraphs")  # after: the sentencizer overwrites every token's flag
    nlp.meta.update({"name": "rules", "version": "0", "claimledger_fallback": True})  # as nlp.describe()
    return nlp
