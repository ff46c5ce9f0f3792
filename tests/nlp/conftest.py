"""Helpers to build Docs by hand: rule logic is tested on them, never on a model's output."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import claimledger.nlp.components  # noqa: F401 - registers factories


@pytest.fixture(scope="session")
def blank():
    return spacy.blank("en")


def make_doc(
    nlp,
    words,
    *,
    pos=None,
    tags=None,
    lemmas=None,
    heads=None,
    deps=None,
    ents=None,
    spaces=None,
    morphs=None,
):
    """A Doc from words; ``heads`` are absolute indices; ``ents`` are (start, end, label)."""
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        morphs=morphs,
    )
    if ents:
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc
