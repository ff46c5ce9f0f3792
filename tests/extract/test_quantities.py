"""Quantities on hand-built parses: units, counted nouns, exclusions."""

from __future__ import annotations

import pytest

from claimledger.extract.quantities import extract_quantities

from .docs import parse


def quantities(rows):
    doc = parse(rows)
    return [(doc.text[q.start : q.end], q.value, q.unit, q.bound) for q in extract_quantities(doc, [])]


def test_counted_persons_are_people_and_demonym_heads_too():
    assert quantities("""
about 2 advmod ADV
100,000 3 nummod NUM
Greeks 4 nsubj PROPN NORP
came 0 root VERB come
and 7 cc CCONJ
Five 7 nummod NUM
pilgrims 4 conj NOUN pilgrim
. 4 punct PUNCT
""") == [("about 100,000 Greeks", 100000, "people", "approximately"), ("Five pilgrims", 5, "people", "exact")]


def test_units_ages_and_multiplicatives():
    got = quantities("""
a 3 det DET
10-year-old 3 amod ADJ
boy 4 nsubj NOUN
walked 0 root VERB walk
2 6 nummod NUM
km 4 obl NOUN
twice 4 advmod ADV
. 4 punct PUNCT
""")
    assert ("2 km", 2, "km", "exact") in got and ("twice", 2, "times", "exact") in got


@pytest.mark.parametrize(
    "rows",
    [
        "the 1 det DET\ntwo 3 nummod NUM\ncountries 4 nsubj NOUN country\nmet 0 root VERB meet\n. 4 punct PUNCT",
        "World 2 compound PROPN\nWar 0 root PROPN\nII 2 nummod NUM\n. 2 punct PUNCT",
        "Resolution 0 root PROPN\n2254 1 nummod NUM\npassed 1 acl VERB pass\n. 1 punct PUNCT",
        "in 2 case ADP\n2022 3 obl NUM\nthey 4 nsubj PRON\nleft 0 root VERB\n. 4 punct PUNCT",
        "at 2 case ADP\n10:30 3 obl NUM\nthey 4 nsubj PRON\nleft 0 root VERB\n. 4 punct PUNCT",
        "One 3 nummod NUM\nUkrainian 3 amod ADJ NORP\nsoldier 4 nsubj NOUN\nspoke 0 root VERB\n. 4 punct PUNCT",
    ],
)
def test_not_quantities(rows):
    assert quantities(rows) == []


def test_the_count_of_a_definite_but_large_group_is_a_quantity():
    assert quantities("""
the 3 det DET
163 3 nummod NUM
teams 4 nsubj NOUN team
competed 0 root VERB compete
. 4 punct PUNCT
""") == [("163 teams", 163, "teams", "exact")]


def test_compound_counted_nouns_and_hyphenated_modifiers():
    got = quantities("""
ten 3 nummod NUM
rocket 3 compound NOUN rocket
launchers 4 nsubj NOUN launcher
burned 0 root VERB burn
and 8 cc CCONJ
Two 8 nummod NUM
pan 8 amod ADJ
- 6 punct PUNCT
democratic 8 amod ADJ
politicians 4 conj NOUN politician
left 4 conj VERB leave
. 4 punct PUNCT
""")
    assert ("ten rocket launchers", 10, "rocket launchers", "exact") in got
    assert ("Two pan-democratic politicians", 2, "people", "exact") in got


def test_a_year_after_the_is_a_date_not_a_count():
    assert (
        quantities("""
the 3 det DET
2014 3 nummod NUM
protests 4 nsubj NOUN protest
ended 0 root VERB end
. 4 punct PUNCT
""")
        == []
    )


def test_a_name_before_the_counted_noun_is_a_modifier_not_the_unit():
    assert quantities("""
Strikes 2 nsubj NOUN strike
destroyed 0 root VERB destroy
four 6 nummod NUM
ISIL 6 compound NOUN
construction 6 compound NOUN
facilities 2 obj NOUN facility
and 11 cc CCONJ
two 11 nummod NUM
ISIL 9 compound PROPN ORG
- 11 punct PUNCT
held 11 amod VERB hold
buildings 6 conj NOUN building
. 2 punct PUNCT
""") == [
        ("four ISIL construction facilities", 4, "construction facilities", "exact"),
        ("two ISIL-held buildings", 2, "buildings", "exact"),
    ]


def test_a_currency_wins_over_the_noun_after_the_amount_and_dollars_are_usd():
    assert quantities("""
He 2 nsubj PRON
paid 0 root VERB pay
US$ 4 nmod NOUN
20,000 5 nummod NUM
bail 2 obj NOUN bail
and 7 cc CCONJ
millions 2 obj NOUN million
of 9 case ADP
dollars 7 nmod NOUN dollar
. 2 punct PUNCT
""") == [("US$ 20,000", 20000, "USD", "exact"), ("millions of dollars", 1000000, "USD", "vague")]
