"""cl_gazetteer on hand-built Docs: fill gaps, retype places, never override PERSON or an ORG
that is not exactly a country or region name."""

from __future__ import annotations

import pytest
import spacy

from claimledger.nlp.gazetteer import Gazetteer, demonyms, place_entries, place_label

from .conftest import make_doc

ENTRIES = [
    ("Kyiv", "GPE", "capital:UA"),
    ("Kiev", "GPE", "city:703448"),
    ("Kursk", "GPE", "city:538560"),
    ("Middle East", "LOC", "alias:"),
    ("Ukrainian", "NORP", "demonym:nationality"),
    ("Jordan", "GPE", "country:248816"),
    ("SDF", "GPE", "city:4299276"),
    ("USA", "GPE", "alias:United States"),
    ("Thai", "GPE", "city:1736309"),
    ("Kursk Oblast", "GPE", "region:RU.41"),
]


@pytest.fixture(scope="module")
def gaz():
    nlp = spacy.blank("en")
    gaz = Gazetteer(nlp)
    gaz.set_entries(ENTRIES)
    return gaz


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_fills_a_gap(gaz):
    doc = make_doc(gaz.nlp, ["Drones", "hit", "Kyiv", "overnight"])
    assert ents(gaz(doc)) == [("Kyiv", "GPE")]
    assert doc.ents[0].kb_id_ == "capital:UA"


def test_is_place_but_not_an_airport_code(gaz):
    doc = make_doc(gaz.nlp, ["the", "SDF", "in", "the", "USA", "and", "Kursk", "said"])
    assert [t.text for t in doc if gaz.is_place(doc[t.i : t.i + 1])] == ["USA", "Kursk"]


def test_city_names_do_not_fill_gaps(gaz):
    doc = make_doc(gaz.nlp, ["Drones", "hit", "Kursk"])
    assert ents(gaz(doc)) == []


def test_multiword_loc_and_norp(gaz):
    doc = make_doc(gaz.nlp, ["Ukrainian", "troops", "left", "the", "Middle", "East"])
    assert ents(gaz(doc)) == [("Ukrainian", "NORP"), ("Middle East", "LOC")]


def test_never_overrides_person(gaz):
    doc = make_doc(gaz.nlp, ["Michael", "Jordan", "said"], ents=[(0, 2, "PERSON")])
    assert ents(gaz(doc)) == [("Michael Jordan", "PERSON")]


def test_an_org_named_exactly_like_a_country_is_the_country(gaz):
    doc = make_doc(gaz.nlp, ["Jordan", "said"], ents=[(0, 1, "ORG")])
    assert ents(gaz(doc)) == [("Jordan", "GPE")]
    assert doc.ents[0].kb_id_ == "country:248816"


def test_never_overrides_an_org_named_like_a_city(gaz):
    doc = make_doc(gaz.nlp, ["Kursk", "said"], ents=[(0, 1, "ORG")])
    assert ents(gaz(doc)) == [("Kursk", "ORG")]


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_city_the_ner_typed_person_or_org_after_a_locative_preposition_is_the_city(gaz, label):
    doc = make_doc(
        gaz.nlp, ["Shelling", "near", "Kursk", "and", "in", "Kiev"], ents=[(2, 3, label), (5, 6, label)]
    )
    assert ents(gaz(doc)) == [("Kursk", "GPE"), ("Kiev", "GPE")]


def test_a_city_the_ner_typed_org_after_to_of_a_journey_is_the_city(gaz):
    # "the pilgrimage to Kursk": a destination; "a letter to Kursk" is an addressee
    words = ["the", "pilgrimage", "to", "Kursk", "and", "a", "letter", "to", "Kiev"]
    heads = [1, 1, 3, 1, 1, 6, 1, 8, 6]
    deps = ["det", "ROOT", "case", "nmod", "cc", "det", "conj", "case", "nmod"]
    doc = make_doc(gaz.nlp, words, heads=heads, deps=deps, ents=[(3, 4, "ORG"), (8, 9, "ORG")])
    for tok, lemma in zip(doc, words, strict=True):
        tok.lemma_ = lemma
    assert ents(gaz(doc)) == [("Kursk", "GPE"), ("Kiev", "ORG")]


def test_a_city_name_that_names_a_person_in_the_text_stays_the_person(gaz):
    # "Igor Kursk" is a person of the text: "a call with Kursk" / "in Kursk's words" are his
    words = ["Igor", "Kursk", "spoke", ".", "Trust", "in", "Kursk", "grew", "from", "Kiev"]
    doc = make_doc(gaz.nlp, words, ents=[(0, 2, "PERSON"), (6, 7, "PERSON"), (9, 10, "PERSON")])
    assert ents(gaz(doc)) == [("Igor Kursk", "PERSON"), ("Kursk", "PERSON"), ("Kiev", "PERSON")]


def test_a_code_in_capitals_after_a_locative_preposition_stays_as_tagged(gaz):
    # GeoNames lists airport codes among city names: "near SDF positions" is the militia
    doc = make_doc(gaz.nlp, ["Clashes", "near", "SDF", "positions"], ents=[(2, 3, "ORG")])
    assert ents(gaz(doc)) == [("SDF", "ORG")]


def test_retypes_a_place_the_ner_found(gaz):
    doc = make_doc(gaz.nlp, ["in", "Kiev"], ents=[(1, 2, "LOC")])
    assert ents(gaz(doc)) == [("Kiev", "GPE")]


def test_retype_can_be_switched_off():
    gaz = Gazetteer(spacy.blank("en"), retype=False, fill_kinds=())
    gaz.set_entries(ENTRIES)
    doc = make_doc(gaz.nlp, ["in", "Kiev"], ents=[(1, 2, "LOC")])
    assert ents(gaz(doc)) == [("Kiev", "LOC")]


def test_partial_overlap_keeps_the_ner_entity(gaz):
    doc = make_doc(gaz.nlp, ["Kyiv", "Post", "reported"], ents=[(0, 2, "ORG")])
    assert ents(gaz(doc)) == [("Kyiv Post", "ORG")]


def test_case_sensitive_for_capitals_cities_and_english_words(gaz):
    # a one-word capital in lower case needs a locative preposition; "jordan" is a given name too
    doc = make_doc(gaz.nlp, ["kyiv", "and", "jordan"])
    assert ents(gaz(doc)) == []


LOWER_ENTRIES = [
    ("Malaysia", "GPE", "country:1733045"),
    ("Turkey", "GPE", "country:298795"),
    ("Florida", "GPE", "state:4155751"),
    ("Kerala", "GPE", "region:IN.13"),
    ("San Francisco", "GPE", "city:5391959"),
    ("Kollam", "GPE", "city:1259091"),
    ("Miramar", "GPE", "city:4164167"),
    ("US", "GPE", "alias:United States"),
    ("Sunset", "GPE", "city:4173600"),
    ("Cathedral City", "GPE", "city:5334223"),
]


@pytest.fixture(scope="module")
def lower_gaz():
    gaz = Gazetteer(spacy.blank("en"))
    gaz.set_entries(LOWER_ENTRIES)
    return gaz


def test_lower_case_countries_states_regions_and_longer_names(lower_gaz):
    words = ["i", "live", "in", "malaysia", ",", "moving", "to", "san", "francisco", "or", "kerala"]
    doc = make_doc(lower_gaz.nlp, words)
    assert ents(lower_gaz(doc)) == [("malaysia", "GPE"), ("san francisco", "GPE"), ("kerala", "GPE")]
    assert doc.ents[0].kb_id_ == "country:1733045"


def test_a_lower_case_city_needs_a_locative_preposition_or_a_state_after_it(lower_gaz):
    doc = make_doc(lower_gaz.nlp, ["kollam", "was", "fun", ",", "resorts", "in", "kollam"])
    assert [(e.start, e.text) for e in lower_gaz(doc).ents] == [(6, "kollam")]
    doc = make_doc(lower_gaz.nlp, ["you", "mean", "miramar", "florida"])
    assert ents(lower_gaz(doc)) == [("miramar", "GPE"), ("florida", "GPE")]
    # "from"/"to" are no locatives here; a name ending in a common place noun needs them too
    words = ["from", "sunset", "to", "sunrise", "in", "an", "ancient", "cathedral", "city"]
    assert ents(lower_gaz(make_doc(lower_gaz.nlp, words))) == []
    words = ["resorts", "in", "cathedral", "city", "and", "in", "sunset"]
    assert ents(lower_gaz(make_doc(lower_gaz.nlp, words))) == [("cathedral city", "GPE"), ("sunset", "GPE")]


def test_lower_case_english_words_and_tagged_words_are_left_alone(lower_gaz):
    # "us", "turkey" are English words; the NER's entity and a hyphenated compound stay
    words = ["tell", "us", "about", "turkey", "in", "florida", "and", "kerala", "-", "style", "malaysia"]
    spaces = [not (6 < i < 9) for i in range(len(words))]  # "kerala-style"
    doc = make_doc(lower_gaz.nlp, words, spaces=spaces, ents=[(5, 6, "ORG")])
    assert ents(lower_gaz(doc)) == [("florida", "ORG"), ("malaysia", "GPE")]


def test_round_trip(gaz, tmp_path):
    gaz.to_disk(tmp_path)
    other = Gazetteer(spacy.blank("en")).from_disk(tmp_path)
    doc = make_doc(other.nlp, ["from", "Jordan", "to", "Kiev"], ents=[(3, 4, "LOC")])
    assert ents(other(doc)) == [("Jordan", "GPE"), ("Kiev", "GPE")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ukraine", "GPE"),
        ("the United States", "GPE"),
        ("Kherson Oblast", "GPE"),
        ("State of Texas", "GPE"),
        ("Middle East", "LOC"),
        ("Mount Everest", "LOC"),
    ],
)
def test_place_label(text, label):
    assert place_label(text) == label


def test_demonyms_data_file():
    forms = demonyms()
    assert forms["Ukrainian"] == "nationality" and forms["Kurdish"] == "ethnic"
    assert "Taliban" not in forms  # an organization, not a group of people


def test_no_fill_inside_a_longer_name(gaz):
    words = ["at", "Georgia", "Tech", "and", "Old", "Jordan", ",", "pro", "-", "Jordan", "groups"]
    pos = ["ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "ADJ", "PUNCT", "PROPN", "NOUN"]
    spaces = [True, True, True, True, True, False, True, False, False, True, False]
    doc = make_doc(gaz.nlp, words, pos=pos, spaces=spaces)
    assert ents(gaz(doc)) == []


def test_fill_after_a_compass_word_another_place_and_before_war(gaz):
    words = ["in", "Eastern", "Jordan", ",", "Kursk", "Jordan", "and", "the", "Jordan", "War"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN"]
    doc = make_doc(gaz.nlp, words, pos=pos)
    assert ents(gaz(doc)) == [("Jordan", "GPE")] * 3


def test_a_demonym_is_not_the_small_town_of_that_name(gaz):
    doc = make_doc(gaz.nlp, ["Thai", "troops", "left"], ents=[(0, 1, "GPE")])
    assert ents(gaz(doc)) == [("Thai", "NORP")]


def test_a_place_after_pro_or_anti_is_a_stance(gaz):
    words = ["pro", "-", "Kyiv", "and", "anti", "-", "Jordan", "groups", "in", "Kyiv"]
    spaces = [False, False, True, True, False, False, True, True, True, False]
    doc = make_doc(gaz.nlp, words, spaces=spaces, ents=[(2, 3, "GPE"), (6, 7, "GPE")])
    assert ents(gaz(doc)) == [("Kyiv", "GPE")]
    assert doc.ents[0].start == 9


def test_a_first_level_region_fills_a_gap(gaz):
    doc = make_doc(gaz.nlp, ["Troops", "entered", "Kursk", "Oblast", "on", "Tuesday"])
    assert ents(gaz(doc)) == [("Kursk Oblast", "GPE")]
    assert doc.ents[0].kb_id_ == "region:RU.41"


def test_regions_outside_the_us_come_by_name_not_by_their_capitals_alias():
    regions = {surface: ref for surface, _, ref in place_entries() if ref.startswith("region:")}
    assert regions["Tuscany"].startswith("region:IT.") and regions["Kursk Oblast"].startswith("region:RU.")
    assert "Kursk" not in regions  # the alias is the city's name: the city entry keeps it
    assert not any(ref.startswith("region:US.") for ref in regions.values())  # US states are "state:"


def test_war_spellings_of_towns_are_city_entries_and_state_abbreviations_are_not():
    from claimledger.nlp.gazetteer import place_entries

    found = {surface: ref for surface, _label, ref in place_entries()}
    assert found["Nuseirat"].startswith("city:")
    assert found["Kobani"].startswith("city:")
    assert "Fla." not in found
    assert not found.get("Emirates", "alias:").startswith("city:")


ADDRESS_ENTRIES = [
    ("Kansas", "GPE", "state:4273857"),
    ("Michigan", "GPE", "state:5001836"),
    ("Georgia", "GPE", "country:614540"),
    ("Chillicothe", "GPE", "city:4508722"),
    ("Saginaw", "GPE", "city:5007804"),
]


@pytest.fixture(scope="module")
def address_gaz():
    gaz = Gazetteer(spacy.blank("en"))
    gaz.set_entries(ADDRESS_ENTRIES)
    return gaz


def test_a_state_code_after_a_place_and_a_comma_is_the_state(address_gaz):
    words = ["store", "in", "Lawrence", ",", "KS", "and", "Chillicothe", ",", "OH", "area"]
    doc = make_doc(address_gaz.nlp, words, ents=[(2, 3, "LOC")])
    found = [(e.text, e.label_, e.kb_id_) for e in address_gaz(doc).ents]
    # "Ohio" is not among these entries: no state, and so no city either
    assert found == [("Lawrence", "LOC", ""), ("KS", "GPE", "state:4273857")]


def test_a_known_city_before_a_comma_and_a_state_is_the_city(address_gaz):
    doc = make_doc(address_gaz.nlp, ["Bay", "Rd", "Saginaw", ",", "Michigan", "48604"])
    assert ents(address_gaz(doc)) == [("Saginaw", "GPE"), ("Michigan", "GPE")]
    doc = make_doc(address_gaz.nlp, ["Chillicothe", ",", "KS"])
    assert [(e.text, e.kb_id_) for e in address_gaz(doc).ents] == [
        ("Chillicothe", "city:4508722"),
        ("KS", "state:4273857"),
    ]


def test_a_state_code_needs_a_place_before_its_comma(address_gaz):
    # "Thanks, KS" (initials), "Atlanta, GA" where GA is the country's name in the table
    doc = make_doc(
        address_gaz.nlp, ["Thanks", ",", "KS", ".", "Atlanta", ",", "GA"], ents=[(4, 5, "GPE"), (6, 7, "ORG")]
    )
    assert [(e.text, e.label_, e.kb_id_) for e in address_gaz(doc).ents] == [
        ("Atlanta", "GPE", ""),
        ("GA", "GPE", ""),
    ]


def test_a_place_the_ner_typed_person_after_a_place_and_a_comma_is_the_place(gaz):
    # "in Kursk, Kiev, to ...": the second name holds the first, tagged or not (cities are not filled)
    doc = make_doc(gaz.nlp, ["in", "Kursk", ",", "Kiev", ",", "to", "pay"], ents=[(3, 4, "PERSON")])
    assert ents(gaz(doc)) == [("Kiev", "GPE")]
    # not before a verb ("in Kursk, Kiev said"), nor a name a person has elsewhere in the text
    doc = make_doc(gaz.nlp, ["in", "Kursk", ",", "Kiev", "said"], ents=[(3, 4, "PERSON")])
    assert ents(gaz(doc)) == [("Kiev", "PERSON")]
    words = ["Anna", "Kiev", "left", ".", "In", "Kursk", ",", "Kiev", "."]
    doc = make_doc(gaz.nlp, words, ents=[(0, 2, "PERSON"), (7, 8, "PERSON")])
    assert ents(gaz(doc)) == [("Anna Kiev", "PERSON"), ("Kiev", "PERSON")]


def test_a_place_the_ner_typed_person_coordinated_with_a_place_is_the_place(gaz):
    words = ["dead", "in", "Kursk", "and", "Kiev"]
    heads = [0, 2, 0, 4, 2]
    deps = ["ROOT", "case", "obl", "cc", "conj"]
    doc = make_doc(gaz.nlp, words, heads=heads, deps=deps, ents=[(2, 3, "GPE"), (4, 5, "PERSON")])
    assert ents(gaz(doc)) == [("Kursk", "GPE"), ("Kiev", "GPE")]
    # coordinated with a person, it stays as tagged
    words = ["Anna", "and", "Kiev", "met"]
    heads = [3, 2, 0, 3]
    deps = ["nsubj", "cc", "conj", "ROOT"]
    doc = make_doc(gaz.nlp, words, heads=heads, deps=deps, ents=[(0, 1, "PERSON"), (2, 3, "PERSON")])
    assert ents(gaz(doc)) == [("Anna", "PERSON"), ("Kiev", "PERSON")]
