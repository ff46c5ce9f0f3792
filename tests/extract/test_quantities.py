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
UAV 6 compound PROPN
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
        ("four UAV construction facilities", 4, "UAV construction facilities", "exact"),
        ("two ISIL-held buildings", 2, "buildings", "exact"),
    ]


def test_the_unit_keeps_classifying_modifiers_and_drops_sides_and_descriptions():
    got = quantities("""
Strikes 2 nsubj NOUN strike
engaged 0 root VERB engage
four 6 nummod NUM
ISIL 6 compound PROPN ORG
tactical 6 amod ADJ
units 2 obj NOUN unit
, 11 punct PUNCT
two 11 nummod NUM
enemy 11 compound NOUN
mortar 11 compound NOUN
systems 6 conj NOUN system
, 18 punct PUNCT
three 18 nummod NUM
vehicle 16 compound NOUN
- 14 punct PUNCT
borne 18 amod ADJ
homemade 18 amod ADJ
bombs 6 conj NOUN bomb
and 24 cc CCONJ
60 24 nummod NUM
regional 24 amod ADJ
and 23 cc CCONJ
international 21 conj ADJ
nations 6 conj NOUN nation
. 2 punct PUNCT
""")
    assert [unit for _, _, unit, _ in got] == [
        "tactical units",
        "mortar systems",
        "vehicle-borne bombs",
        "nations",
    ]
    assert got[-1][0] == "60 regional and international nations"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # counted in contrast with "Five strikes"
            "Five 2 nummod NUM\nstrikes 3 nsubj NOUN strike\nhit 0 root VERB hit\n; 7 punct PUNCT\n"
            "one 6 nummod NUM\nstrike 7 nsubj NOUN strike\nfailed 3 parataxis VERB fail\n. 3 punct PUNCT",
            [("Five strikes", 5, "strikes", "exact"), ("one strike", 1, "strikes", "exact")],
        ),
        (  # a partitive of a counted set
            "Jets 2 nsubj NOUN jet\nmade 0 root VERB make\ntwo 4 nummod NUM\nairstrikes 2 obj NOUN airstrike\n"
            ". 2 punct PUNCT\nOne 10 nsubj NUM\nof 9 case ADP\nthe 9 det DET\nairstrikes 6 nmod NOUN airstrike\n"
            "hit 0 root VERB hit\n. 10 punct PUNCT",
            [
                ("two airstrikes", 2, "airstrikes", "exact"),
                ("One of the airstrikes", 1, "airstrikes", "exact"),
            ],
        ),
        (  # "one" without contrast is the stressed article
            "One 2 nummod NUM\nside 5 nsubj NOUN side\nof 4 case ADP\nit 2 nmod PRON\nglows 0 root VERB glow\n"
            ". 5 punct PUNCT",
            [],
        ),
        (
            "We 2 nsubj PRON\nmourn 0 root VERB mourn\none 2 obj NUM\nof 6 case ADP\nour 6 nmod:poss PRON\n"
            "own 3 nmod ADJ\n. 2 punct PUNCT",
            [("one of our own", 1, "people", "exact")],
        ),
        (
            "At 3 case ADP\none 3 nummod NUM\npoint 5 obl NOUN point\nit 5 nsubj PRON\nstopped 0 root VERB stop\n"
            "and 8 cc CCONJ\ntwo 8 nummod NUM\npoints 5 obj NOUN point\n. 5 punct PUNCT",
            [("two points", 2, "points", "exact")],
        ),
    ],
)
def test_one_is_a_count_only_in_contrast_or_as_a_partitive(rows, expected):
    assert quantities(rows) == expected


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


def test_a_duration_inside_a_date_is_a_quantity_but_a_point_in_time_is_not():
    doc = parse("""
In 4 case ADP
the 4 det DET
past 4 amod ADJ
24 5 nummod NUM
hours 9 obl NOUN hour
, 5 punct PUNCT
two 8 nummod NUM
years 9 obl:npmod NOUN year
ago 9 advmod ADV
jets 10 nsubj NOUN jet
struck 0 root VERB strike
. 10 punct PUNCT
""")
    dates = [(0, doc.text.index(",")), (doc.text.index("two"), doc.text.index("ago") + 3)]
    got = [(doc.text[q.start : q.end], q.value, q.unit) for q in extract_quantities(doc, dates)]
    assert got == [("24 hours", 24, "hours")]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # a result: a result verb, the first side's tally in the article's scoring unit
            "Sweden 2 nsubj PROPN GPE\nwon 0 root VERB win\n2 2 obj NUM\n– 5 punct PUNCT\n1 3 conj NUM\n"
            "with 2 case ADP\na 8 det DET\ngoal 2 obl NOUN goal\n. 2 punct PUNCT",
            [("2 – 1", 2, "goals", "exact")],
        ),
        (  # names on both sides
            "Belgium 0 root PROPN GPE\n3 1 flat NUM\n– 4 punct PUNCT\n0 2 conj NUM\nPanama 1 flat PROPN GPE",
            [("3 – 0", 3, None, "exact")],
        ),
        (  # a range of a unit is not a result
            "It 2 nsubj PRON\nended 0 root VERB end\n10 5 nummod NUM\n– 3 punct PUNCT\n15 5 nummod NUM\n"
            "km 2 obl NOUN km\naway 2 advmod ADV\n. 2 punct PUNCT",
            [("10 – 15 km away", 10, "km", "range")],
        ),
    ],
)
def test_match_results(rows, expected):
    assert quantities(rows) == expected


def test_an_age_in_apposition_and_a_numbered_day():
    assert quantities("""
Daniel 6 nsubj:pass PROPN PERSON
Montalvo 1 flat PROPN PERSON
, 4 punct PUNCT
19 1 appos NUM
, 4 punct PUNCT
arrived 0 root VERB arrive
on 8 case ADP
day 6 obl NOUN day
five 8 nummod NUM
. 6 punct PUNCT
""") == [("19", 19, "years", "exact")]


def test_a_number_without_a_noun_takes_the_unit_its_clause_names():
    got = quantities("""
killing 0 root VERB kill
107 1 obj NUM
and 4 cc CCONJ
wounding 1 conj VERB wound
238 4 obj NUM
; 11 punct PUNCT
the 8 det DET
number 11 nsubj NOUN number
of 10 case ADP
munitions 8 nmod NOUN munition
totals 1 parataxis VERB total
6,602 11 obj NUM
; 16 punct PUNCT
the 15 det DET
toll 16 nsubj NOUN toll
rose 1 parataxis VERB rise
to 18 case ADP
40 16 obl NUM
. 1 punct PUNCT
""")
    assert [(text, unit) for text, _, unit, _ in got] == [
        ("107", "people"),
        ("238", "people"),
        ("6,602", "munitions"),
        ("40", "people"),
    ]


def test_fractions_conversions_and_estimates():
    got = quantities("""
a 2 det DET
quarter 5 nsubj NUM
of 4 case ADP
citizens 2 nmod NOUN citizen
agreed 0 root VERB agree
after 9 case ADP
half 9 nummod NUM
an 9 det DET
hour 5 obl NOUN hour
; 12 punct PUNCT
Lukaku 12 nsubj PROPN PERSON
scored 5 parataxis VERB score
a 15 det DET
third 15 amod ADJ
goal 12 obj NOUN goal
; 12 punct PUNCT
about 18 advmod ADV
500 19 nummod NUM
miles 12 obl NOUN mile
( 22 punct PUNCT
800 22 nummod NUM
km 19 appos NOUN km
) 22 punct PUNCT
at 27 case ADP
an 27 det DET
estimated 27 amod VERB estimate
cost 12 obl NOUN cost
of 29 case ADP
$ 27 nmod SYM
26 31 nummod NUM
million 29 nummod NUM
. 5 punct PUNCT
""")
    assert got == [
        ("a quarter", 25, "percent", "exact"),
        ("half an hour", 0.5, "hours", "exact"),
        ("about 500 miles", 500, "mi", "approximately"),
        ("800 km", 800, "km", "approximately"),
        ("$ 26 million", 26e6, "USD", "approximately"),
    ]


def test_participle_and_long_name_between_number_and_counted_noun():
    # "suspected" parsed as a verb of its own and "IS" as an auxiliary: word order decides
    found = quantities("""
It 2 nsubj PRON
holds 0 root VERB hold
about 4 advmod ADV
12,000 2 obl NUM
suspected 2 xcomp VERB suspect
IS 7 cop AUX ORG
prisoners 5 nsubj:pass NOUN prisoner
and 9 cc CCONJ
thousands 2 conj NOUN thousand
of 14 case ADP
alleged 14 amod VERB allege
Islamic 13 amod ADJ ORG
State 14 compound PROPN ORG
members 9 nmod NOUN member
, 16 punct PUNCT
2,000 17 nummod NUM
foreigners 14 appos NOUN foreigner
. 2 punct PUNCT
""")
    assert found == [
        ("about 12,000 suspected IS prisoners", 12000, "people", "approximately"),
        ("thousands of alleged Islamic State members", 1000, "people", "vague"),
        ("2,000 foreigners", 2000, "people", "exact"),
    ]


def test_a_plural_acronym_is_a_counted_noun_whatever_its_tag():
    # "the ISF fought off six VBIEDs" with "VBIEDs" tagged a proper noun (core7)
    rows = """
the 2 det DET
ISF 3 nsubj PROPN ORG
fought 0 root VERB fight
off 3 compound:prt ADP
six 6 nummod NUM
VBIEDs 3 obj PROPN PERSON
. 3 punct PUNCT
"""
    assert quantities(rows) == [("six VBIEDs", 6, "VBIEDs", "exact")]
    # a singular proper noun stays a name: the number alone
    assert quantities(rows.replace("VBIEDs 3", "VBIED 3")) == [("six", 6, None, "exact")]


@pytest.mark.parametrize("number_heads", [False, True])
def test_the_number_of_a_counted_noun_gives_a_predicate_number_its_unit(number_heads):
    # "Officials said the number of troops was fewer than two dozen": core7 makes "dozen" the
    # reported predicate, with the copula and the subject, core2 "fewer"
    rows = """
Officials 2 nsubj NOUN official
said 0 root VERB say
the 4 det DET
number 11 nsubj NOUN number
of 6 case ADP
troops 4 nmod NOUN troop
was 11 cop AUX be
fewer 11 amod ADJ
than 8 fixed ADP
two 11 compound NUM
dozen 2 ccomp NUM
. 2 punct PUNCT
"""
    if not number_heads:
        rows = (
            rows.replace("number 11 nsubj", "number 8 nsubj")
            .replace("was 11 cop", "was 8 cop")
            .replace("fewer 11 amod ADJ", "fewer 2 ccomp ADJ")
            .replace("than 8 fixed ADP", "than 11 case ADP")
            .replace("dozen 2 ccomp NUM", "dozen 8 obl NUM")
        )
    assert quantities(rows) == [("fewer than two dozen", 24, "people", "less_than")]
