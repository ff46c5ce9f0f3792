"""cl_names on hand-built Docs: a person's name is headed by its first word (UD ``flat``)."""

from __future__ import annotations

import pytest

from claimledger.nlp.names import flat_names

from .conftest import make_doc


def arcs(doc):
    return [(t.dep_, t.head.i) for t in doc]


def test_head_last_name_after_a_title_is_headed_by_its_first_word(blank):
    # US President Barack Obama said it . (the parser's compound, headed by "Obama")
    doc = make_doc(
        blank,
        ["US", "President", "Barack", "Obama", "said", "it", "."],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
        heads=[1, 3, 3, 4, 4, 4, 4],
        deps=["compound", "nmod:desc", "compound", "nsubj", "ROOT", "obj", "punct"],
        lemmas=["US", "President", "Barack", "Obama", "say", "it", "."],
        ents=[(0, 1, "GPE"), (2, 4, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc)[:4] == [("compound", 1), ("nmod:desc", 2), ("nsubj", 4), ("flat", 2)]


def test_title_compound_before_the_name_is_descriptive(blank):
    # Home Secretary Suella Braverman told us .
    doc = make_doc(
        blank,
        ["Home", "Secretary", "Suella", "Braverman", "told", "us", "."],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
        heads=[1, 3, 3, 4, 4, 4, 4],
        deps=["compound", "compound", "compound", "nsubj", "ROOT", "obj", "punct"],
        lemmas=["Home", "Secretary", "Suella", "Braverman", "tell", "we", "."],
        ents=[(2, 4, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc)[:4] == [("compound", 1), ("nmod:desc", 2), ("nsubj", 4), ("flat", 2)]


def test_name_at_the_root_keeps_the_root(blank):
    doc = make_doc(
        blank,
        ["Ramtanu", "Maitra"],
        pos=["PROPN", "PROPN"],
        heads=[1, 1],
        deps=["compound", "ROOT"],
        ents=[(0, 2, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc) == [("ROOT", 0), ("flat", 0)]


@pytest.mark.parametrize(
    "name",
    [
        ["Warhol", "Foundation"],  # an organisation noun ends it
        ["Trump", "Tower"],  # a place noun ends it
    ],
)
def test_organisation_or_place_taken_for_a_person_keeps_its_head(blank, name):
    # Warhol Foundation gave . (typed PERSON by mistake)
    doc = make_doc(
        blank,
        [*name, "gave", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "punct"],
        ents=[(0, 2, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc)[:2] == [("compound", 1), ("nsubj", 2)]


def test_other_shapes_are_left_alone(blank):
    # a head-first name; a name with a non-proper word; an ORG built as a compound
    words = ["Barack", "Obama", "and", "the", "Smith", "family", "and", "Burger", "King", "met", "."]
    pos = ["PROPN", "PROPN", "CCONJ", "DET", "PROPN", "NOUN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [9, 0, 5, 5, 5, 0, 8, 8, 0, 9, 9]
    deps = ["nsubj", "flat", "cc", "det", "compound", "conj", "cc", "compound", "conj", "ROOT", "punct"]
    doc = make_doc(
        blank,
        words,
        pos=pos,
        heads=heads,
        deps=deps,
        ents=[(0, 2, "PERSON"), (4, 6, "PERSON"), (7, 9, "ORG")],
    )
    before = arcs(doc)
    flat_names(doc)
    assert arcs(doc) == before
