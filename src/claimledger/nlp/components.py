"""Our spaCy components; importing this module registers their factories."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("cl_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A sentence starts after every blank line; a later parser keeps these boundaries."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            nxt.is_sent_start = False  # whitespace ends the sentence before it
        elif (tok.is_space and "\n" in tok.text) or "\n\n" in tok.whitespace_:
            nxt.is_sent_start = True
    return doc


def rule_pipeline() -> Language:
    """Tokenizer and rule-based sentences only: the pipeline before a trained one is shipped."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("cl_paragraphs")  # after: the sentencizer overwrites every token's flag
    nlp.meta.update({"name": "rules", "version": "0", "claimledger_fallback": True})  # as nlp.describe()
    return nlp
