"""Toponyms and their geocoding on hand-built parses."""

from __future__ import annotations

from claimledger.extract.places import extract_places
from claimledger.resolve.geocode import resolve_places

from .docs import parse


def places(rows, dateline=None):
    doc = parse(rows)
    return resolve_places(extract_places(doc, dateline), doc.text)


def test_region_form_then_bare_stem_is_the_region_and_dateline_usage():
    found = places(
        """
KYIV 0 root PROPN GPE
: 1 punct PUNCT
Troops 4 nsubj NOUN
entered 1 parataxis VERB
the 7 det DET
Kursk 7 compound PROPN GPE
region 4 obj NOUN
and 10 cc CCONJ
fighting 10 nsubj NOUN
spread 4 conj VERB
in 12 case ADP
Kursk 10 obl PROPN GPE
. 1 punct PUNCT
""",
        dateline=(0, 4),
    )
    by_text = {(p.text, p.start): p for p in found}
    kyiv = next(p for p in found if p.text == "KYIV")
    assert (kyiv.name, kyiv.usage, kyiv.country_code) == ("Kyiv", "dateline", "UA")
    regions = [p for p in found if p.text.startswith("Kursk")]
    assert [p.name for p in regions] == ["Kursk Oblast", "Kursk Oblast"]
    assert all(p.kind == "region" and p.country == "Russia" for p in regions)
    assert len(by_text) == 3


def test_person_names_and_demonyms_are_not_places():
    found = places("""
Russian 4 amod ADJ NORP
President 4 compound PROPN
Vladimir 4 compound PROPN PERSON
Putin 5 nsubj PROPN PERSON
spoke 0 root VERB
. 5 punct PUNCT
""")
    assert found == []


def test_capital_as_actor_and_country_as_location():
    found = places("""
Moscow 2 nsubj PROPN GPE
accused 0 root VERB accuse
Ukraine 2 obj PROPN GPE
. 2 punct PUNCT
""")
    assert [(p.name, p.usage) for p in found] == [("Moscow", "actor"), ("Ukraine", "location")]


def test_common_word_at_sentence_start_is_not_a_town():
    assert (
        places("""
Police 2 nsubj NOUN police
said 0 root VERB say
nothing 2 obj PRON
. 2 punct PUNCT
""")
        == []
    )


def test_named_site_takes_the_country_of_the_article():
    found = places("""
Fans 2 nsubj NOUN
gathered 0 root VERB
at 5 case ADP
Volgograd 5 compound PROPN
Arena 2 obl PROPN
in 7 case ADP
Russia 2 obl PROPN GPE
. 2 punct PUNCT
""")
    arena = next(p for p in found if p.text == "Volgograd Arena")
    assert (arena.kind, arena.country, arena.lat) == ("facility", "Russia", None)


def test_world_regions():
    found = places("""
Fighting 2 nsubj NOUN
raged 0 root VERB
in 4 case ADP
Donbas 2 obl PROPN GPE
and 7 cc CCONJ
the 7 det DET
Middle 8 compound PROPN LOC
East 4 conj PROPN LOC
. 2 punct PUNCT
""")
    assert [(p.name, p.country) for p in found] == [("Donbas", "Ukraine"), ("Middle East", None)]


def test_military_spellings_resolve_and_names_inside_isils_name_are_not_places():
    found = places("""
Strikes 2 nsubj NOUN
hit 0 root VERB
the 4 det DET
Islamic 4 compound PROPN ORG
State 2 obj PROPN ORG
of 6 case ADP
Iraq 4 nmod PROPN ORG
and 9 cc CCONJ
the 9 det DET
Levant 6 conj PROPN ORG
near 11 case ADP
Tal 12 compound PROPN GPE
Afar 2 obl PROPN GPE
and 14 cc CCONJ
Palmyra 12 conj PROPN GPE
in 16 case ADP
Syria 14 nmod PROPN GPE
. 2 punct PUNCT
""")
    assert [(p.text, p.country_code) for p in found] == [
        ("Tal Afar", "IQ"),
        ("Palmyra", "SY"),
        ("Syria", "SY"),
    ]


def test_a_facility_named_after_a_town_takes_the_towns_country():
    found = places("""
Troops 2 nsubj NOUN
cleared 0 root VERB
the 5 det DET
Mosul 5 compound PROPN FAC
Dam 2 obj PROPN FAC
and 7 cc CCONJ
Tampa 2 conj PROPN GPE
. 2 punct PUNCT
""")
    by_text = {p.text: p.country_code for p in found}
    assert by_text["Mosul Dam"] == "IQ" and by_text["Tampa"] == "US"


def test_a_spokesmans_surname_is_not_a_town_and_a_capital_tagged_person_is_a_place():
    found = places("""
Spokesman 3 compound NOUN spokesman
Georgiy 3 compound PROPN ORG
Tykhy 4 nsubj PROPN ORG
said 0 root VERB say
Kyiv 7 nmod:poss PROPN PERSON
's 5 case PART
goal 8 nsubj NOUN goal
held 4 ccomp VERB hold
. 4 punct PUNCT
Tykhy 11 nsubj PROPN GPE
spoke 0 root VERB speak
. 11 punct PUNCT
""")
    assert [(p.text, p.country_code) for p in found] == [("Kyiv", "UA")]


def test_dateline_and_place_chains_override_ner_and_take_state_abbreviations():
    found = places(
        """
TAMPA 0 root NOUN ORG
, 3 punct PUNCT
Fla. 1 appos PROPN
– 1 punct PUNCT
Spc. 6 compound PROPN
Booker 13 nsubj PROPN PERSON
, 9 punct PUNCT
of 9 case ADP
Cibolo 6 nmod PROPN ORG
, 11 punct PUNCT
Texas 9 appos PROPN GPE
, 9 punct PUNCT
died 1 parataxis VERB
. 13 punct PUNCT
""",
        dateline=(0, 5),
    )
    assert [(p.text, p.name, p.country_code, p.usage) for p in found] == [
        ("TAMPA", "Tampa", "US", "dateline"),
        ("Fla.", "Florida", "US", "location"),
        ("Cibolo", "Cibolo", "US", "location"),
        ("Texas", "Texas", "US", "location"),
    ]


def test_a_state_abbreviation_alone_is_not_a_place():
    assert (
        places("""
Ga. 2 nsubj PROPN
said 0 root VERB say
no 4 det DET
more 2 obj ADJ
. 2 punct PUNCT
""")
        == []
    )


def test_a_town_ner_took_for_a_person_after_near_and_isils_name_without_the():
    found = places("""
Near 3 case ADP
Al 3 compound PROPN PERSON
Huwayjah 6 obl PROPN PERSON
, 3 punct PUNCT
strikes 6 nsubj NOUN
hit 0 root VERB
the 9 det DET
Islamic 9 compound PROPN ORG
State 6 obj PROPN ORG
of 11 case ADP
Iraq 9 nmod PROPN ORG
and 13 cc CCONJ
Levant 11 conj PROPN ORG
. 6 punct PUNCT
""")
    assert [(p.text, p.country_code) for p in found] == [("Al Huwayjah", "IQ")]


def test_countries_in_state_bodies_and_the_political_west():
    found = places("""
The 3 det DET
U.S. 3 compound PROPN ORG
Department 6 nsubj PROPN ORG
of 5 case ADP ORG
State 3 nmod PROPN ORG
backed 0 root VERB
the 8 det DET
Government 6 obj NOUN ORG
of 10 case ADP ORG
Iraq 8 nmod PROPN ORG
against 13 case ADP
the 13 det DET
West 6 obl PROPN
. 6 punct PUNCT
""")
    assert [(p.text, p.kind, p.country_code) for p in found] == [
        ("U.S.", "country", "US"),
        ("Iraq", "country", "IQ"),
        ("West", "region", ""),
    ]


def test_the_last_word_of_a_longer_name_is_not_a_town():
    assert (
        places("""
He 2 nsubj PRON
asked 0 root VERB
the 6 det DET
National 6 amod ADJ GPE
Security 6 compound PROPN GPE
Council 2 obj PROPN GPE
. 2 punct PUNCT
""")
        == []
    )


def test_a_compass_point_and_a_place_name_a_district_unless_the_gazetteer_knows_the_whole():
    found = places("""
Troops 2 nsubj NOUN
entered 0 root VERB
East 4 compound PROPN GPE
Mosul 2 obj PROPN GPE
, 7 punct PUNCT
Kowloon 7 compound PROPN GPE
West 4 conj PROPN GPE
and 10 cc CCONJ
North 10 compound PROPN LOC
Korea 4 conj PROPN LOC
. 2 punct PUNCT
""")
    assert [(p.text, p.kind, p.country_code) for p in found] == [
        ("East Mosul", "district", "IQ"),
        ("Kowloon West", "district", "HK"),
        ("North Korea", "country", "KP"),
    ]


def test_site_names_before_and_after_the_name_and_a_town_called_fort():
    found = places("""
Airmen 2 nsubj NOUN
left 0 root VERB
Fort 4 compound PROPN LOC
Campbell 2 obj PROPN LOC
for 8 case ADP
Incirlik 8 compound PROPN ORG
Air 8 compound PROPN ORG
Base 2 obl PROPN ORG
and 11 cc CCONJ
Fort 11 compound PROPN GPE
Worth 8 conj PROPN GPE
. 2 punct PUNCT
""")
    assert [(p.text, p.kind) for p in found] == [
        ("Fort Campbell", "facility"),
        ("Incirlik Air Base", "facility"),
        ("Fort Worth", "city"),
    ]


def test_a_region_after_a_site_and_a_place_after_in_the_are_places_whatever_ner_said():
    found = places("""
He 2 nsubj PRON
served 0 root VERB
at 4 case ADP
Fort 2 obl PROPN ORG
Campbell 4 flat PROPN ORG
, 7 punct PUNCT
Kentucky 4 conj PROPN PERSON
, 11 punct PUNCT
and 11 cc CCONJ
then 11 advmod ADV
lived 2 conj VERB
in 14 case ADP
the 14 det DET
Donbas 11 obl PROPN ORG
. 2 punct PUNCT
""")
    assert [(p.text, p.kind, p.country_code) for p in found] == [
        ("Fort Campbell", "facility", "US"),
        ("Kentucky", "region", "US"),
        ("Donbas", "region", "UA"),
    ]


def test_name_modifying_a_weapon_noun_is_a_make_not_a_place():
    doc = parse("""
Jets 2 nsubj NOUN jet
joined 0 root VERB join
Apache 5 compound PROPN LOC
attack 5 compound NOUN
helicopters 2 obj NOUN helicopter
over 7 case ADP
Apache 2 obl PROPN GPE
. 2 punct PUNCT
""")
    assert [(p.text, p.start) for p in extract_places(doc, None)] == [("Apache", doc.text.rindex("Apache"))]


def test_capitalised_name_before_a_district_noun_is_a_place():
    doc = parse("""
They 2 nsubj PRON
fled 0 root VERB flee
to 8 case ADP
the 8 det DET
al 8 compound PROPN
- 5 punct PUNCT
Zohour 5 flat PROPN
neighborhood 2 obl NOUN
and 14 cc CCONJ
the 14 det DET
Geweran 14 compound PROPN
neighborhood 8 conj NOUN
, 16 punct PUNCT
not 16 advmod PART
the 16 det DET
Smith 17 compound PROPN PERSON
neighborhood 8 conj NOUN
. 2 punct PUNCT
""")
    assert [p.text for p in extract_places(doc, None)] == ["al-Zohour", "Geweran"]


def test_a_neighbourhood_is_in_the_country_of_its_town_not_the_articles():
    found = places("""
Officials 6 nsubj NOUN
in 3 case ADP
Ohio 1 nmod PROPN GPE
and 5 cc CCONJ
Texas 3 conj PROPN GPE
said 0 root VERB
the 9 det DET
Geweran 9 compound PROPN
neighborhood 12 nsubj:pass NOUN
of 11 case ADP
Hasakah 9 nmod PROPN GPE
was 12 aux:pass AUX
hit 6 ccomp VERB
. 6 punct PUNCT
Fighters 2 nsubj NOUN
fled 0 root VERB
to 6 case ADP
the 6 det DET
Zohour 6 compound PROPN
neighborhood 2 obl NOUN
near 9 case ADP
the 9 det DET
prison 6 nmod NOUN
. 2 punct PUNCT
""")
    country = {p.text: p.country for p in found}
    assert country["Ohio"] == country["Texas"] == "United States"  # the article's main country
    assert country["Geweran"] == "Syria"  # "of Hasakah"
    assert country["Zohour"] == "Syria"  # near no named town: the town named last
