"""cl_titles on hand-built Docs."""

from __future__ import annotations

from claimledger.nlp.titles import SPANS_KEY, find_titles

from .conftest import make_doc


def titles(doc):
    return [span.text for span in find_titles(doc).spans[SPANS_KEY]]


def test_title_before_name(blank):
    words = ["Ukrainian", "Foreign", "Ministry", "spokesman", "Georgiy", "Tykhy", "said", "."]
    pos = ["ADJ", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "NORP"), (1, 3, "ORG"), (4, 6, "PERSON")])
    assert titles(doc) == ["Ukrainian Foreign Ministry spokesman"]


def test_title_stops_at_determiner_and_verb(blank):
    words = ["He", "met", "the", "regional", "governor", "Alexander", "Bogomaz", "."]
    pos = ["PRON", "VERB", "DET", "ADJ", "NOUN", "PROPN", "PROPN", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(5, 7, "PERSON")])
    assert titles(doc) == ["regional governor"]


def test_possessive_country_is_part_of_the_title(blank):
    words = ["Russia", "'s", "military", "chief", "Valery", "Gerasimov"]
    pos = ["PROPN", "PART", "ADJ", "NOUN", "PROPN", "PROPN"]
    tags = ["NNP", "POS", "JJ", "NN", "NNP", "NNP"]
    doc = make_doc(blank, words, pos=pos, tags=tags, ents=[(0, 1, "GPE"), (4, 6, "PERSON")])
    assert titles(doc) == ["Russia 's military chief"]


def test_no_title_without_title_noun(blank):
    words = ["Residents", "of", "Kharkiv", "told", "Anna", "Ivanova", "."]
    pos = ["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(2, 3, "GPE"), (4, 6, "PERSON")])
    assert titles(doc) == []


def test_apposition_with_of_phrase(blank):
    words = ["Tobias", "Ellwood", ",", "the", "Minister", "for", "the", "Middle", "East", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON"), (7, 9, "LOC")])
    assert titles(doc) == ["Minister for the Middle East"]


def test_apposition_without_title_is_ignored(blank):
    words = ["Anna", "Ivanova", ",", "a", "mother", "of", "three", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NUM", "PUNCT", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON")])
    assert titles(doc) == []


def test_title_does_not_swallow_previous_person(blank):
    words = ["Putin", "adviser", "Yuri", "Ushakov"]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "PERSON"), (2, 4, "PERSON")])
    assert titles(doc) == ["adviser"]
