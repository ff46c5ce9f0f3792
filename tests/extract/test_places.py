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
