"""Relabelling rules of ``nlp/labels.py`` on hand-built Docs, through ``cl_names``' pass."""

from __future__ import annotations

import pytest

from claimledger.nlp.names import flat_names

from .conftest import make_doc


def test_it_before_a_clausal_subject_is_an_expletive(blank):
    # It is true that prices rose .
    doc = make_doc(
        blank,
        ["It", "is", "true", "that", "prices", "rose", "."],
        pos=["PRON", "AUX", "ADJ", "SCONJ", "NOUN", "VERB", "PUNCT"],
        heads=[2, 2, 2, 5, 5, 2, 2],
        deps=["nsubj", "cop", "ROOT", "mark", "nsubj", "csubj", "punct"],
        lemmas=["it", "be", "true", "that", "price", "rise", "."],
    )
    flat_names(doc)
    assert doc[0].dep_ == "expl"


def test_it_of_an_extraposing_verb_with_an_infinitive_subject(blank):
    # it could take a month to clear the water
    doc = make_doc(
        blank,
        ["it", "could", "take", "a", "month", "to", "clear", "the", "water"],
        pos=["PRON", "AUX", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN"],
        heads=[2, 2, 2, 4, 2, 6, 2, 8, 6],
        deps=["nsubj", "aux", "ROOT", "det", "obj", "mark", "csubj", "det", "obj"],
        lemmas=["it", "could", "take", "a", "month", "to", "clear", "the", "water"],
    )
    flat_names(doc)
    assert doc[0].dep_ == "expl"


@pytest.mark.parametrize(
    ("words", "pos", "heads", "deps", "lemmas"),
    [
        # It is hard to fathom : the infinitive has no object, "it" fills its gap
        (
            ["It", "is", "hard", "to", "fathom"],
            ["PRON", "AUX", "ADJ", "PART", "VERB"],
            [2, 2, 2, 4, 2],
            ["nsubj", "cop", "ROOT", "mark", "csubj"],
            ["it", "be", "hard", "to", "fathom"],
        ),
        # It is encouraging citizens to ask : a verb that takes no extraposed subject
        (
            ["It", "is", "encouraging", "citizens", "to", "ask"],
            ["PRON", "AUX", "VERB", "NOUN", "PART", "VERB"],
            [2, 2, 2, 2, 5, 2],
            ["nsubj", "aux", "ROOT", "obj", "mark", "csubj"],
            ["it", "be", "encourage", "citizen", "to", "ask"],
        ),
        # It is true . (no clausal subject)
        (
            ["It", "is", "true", "."],
            ["PRON", "AUX", "ADJ", "PUNCT"],
            [2, 2, 2, 2],
            ["nsubj", "cop", "ROOT", "punct"],
            ["it", "be", "true", "."],
        ),
    ],
)
def test_referential_it_is_left(blank, words, pos, heads, deps, lemmas):
    doc = make_doc(blank, words, pos=pos, heads=heads, deps=deps, lemmas=lemmas)
    flat_names(doc)
    assert doc[0].dep_ == "nsubj"
