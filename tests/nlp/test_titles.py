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


def people(doc):
    return [e.text for e in find_titles(doc).ents if e.label_ == "PERSON"]


def test_name_after_a_title_with_an_office_becomes_a_person(blank):
    # "Secretary of State Antony J. Blinken spoke": the NER found no one; the office after "of"
    # belongs to the title, the proper nouns after it are the name.
    words = ["Secretary", "of", "State", "Antony", "J.", "Blinken", "spoke", "."]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = make_doc(blank, words, pos=pos)
    assert people(doc) == ["Antony J. Blinken"]
    assert titles(doc) == ["Secretary of State"]


def test_title_taken_into_a_person_is_left_out_and_particles_join_the_name(blank):
    words = ["Chairperson", "Moussa", "Faki", "met", "director", "General", "Suleiman", "al", "-", "Amr", "."]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"]
    spaces = [True, True, True, True, True, True, True, False, False, False, False]
    doc = make_doc(blank, words, pos=pos, spaces=spaces, ents=[(0, 2, "PERSON"), (6, 7, "PERSON")])
    assert people(doc) == ["Moussa Faki", "Suleiman al-Amr"]


def test_no_person_after_an_adjective_or_an_organisation(blank):
    # "a major Microsoft product" / "Secretary General Motors": nothing to name
    words = ["a", "major", "Microsoft", "product", "met", "Chief", "Executive", "Office", "staff", "."]
    pos = ["DET", "ADJ", "PROPN", "NOUN", "VERB", "PROPN", "PROPN", "PROPN", "NOUN", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(2, 3, "ORG"), (6, 8, "ORG")])
    assert people(doc) == []
    assert [e.label_ for e in doc.ents] == ["ORG", "ORG"]


def test_no_person_in_a_body_named_after_a_rank(blank):
    # "Ukraine's General Staff said", "the General Assembly": "General" is a rank, but the word
    # after it is no one's name
    words = ["Ukraine", "'s", "General", "Staff", "and", "the", "General", "Assembly", "met", "."]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "GPE")])
    assert people(doc) == []


def test_no_person_in_an_event_or_body_after_a_title_word_used_as_an_adjective(blank):
    words = ["the", "snap", "General", "Election", "and", "the", "Official", "Opposition", "."]
    pos = ["DET", "ADJ", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "PUNCT"]
    assert people(make_doc(blank, words, pos=pos)) == []
    words[3] = "Petraeus"
    assert people(make_doc(blank, words, pos=pos)) == ["Petraeus"]


def test_name_after_a_lower_case_title_noun(blank):
    words = ["Radical", "Shiite", "cleric", "Muqtada", "al", "-", "Sadr", "said", "."]
    pos = ["ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    spaces = [True, True, True, True, False, False, True, False, False]
    doc = make_doc(blank, words, pos=pos, spaces=spaces, ents=[(1, 2, "NORP")])
    assert people(doc) == ["Muqtada al-Sadr"]


def test_name_typed_as_an_organisation_or_place_after_a_title_is_a_person(blank):
    words = ["Ministry", "spokesman", "Georgiy", "Tykhy", "and", "Mr.", "Villega", "said", "."]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "ORG"), (2, 4, "ORG"), (6, 7, "LOC")])
    assert people(doc) == ["Georgiy Tykhy", "Villega"]
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Ministry"]


def test_organisation_after_a_title_stays_one(blank):
    # "the commander Wagner Group", "an official IAEA report": an organisation, not a name
    words = ["the", "commander", "Wagner", "Group", "and", "official", "IAEA", "reports"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "CCONJ", "NOUN", "PROPN", "NOUN"]
    doc = make_doc(blank, words, pos=pos, ents=[(2, 4, "ORG"), (6, 7, "ORG")])
    assert people(doc) == []


def test_no_name_in_an_of_phrase_or_a_date(blank):
    # "the president of the Lombardy region", "a judge Monday ordered"
    words = ["the", "president", "of", "the", "Lombardy", "region", "and", "a", "judge", "Monday", "ordered"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "CCONJ", "DET", "NOUN", "PROPN", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(4, 5, "GPE")])
    assert people(doc) == []


def test_religious_honorific_stays_in_the_name_but_a_building_is_no_name(blank):
    words = ["Sheikh", "Ahmed", "Yassin", "prayed", "in", "the", "Sheikh", "Lotfollah", "Mosque", "."]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(1, 3, "PERSON")])
    assert people(doc) == ["Sheikh Ahmed Yassin"]


def test_a_one_word_name_after_a_form_of_address_is_the_person_even_opening_a_sentence(blank):
    # a review: "Mr. Villega is …" (typed a place), "Dr Mcdonald is …" (typed an organisation,
    # which after another title stays one: "Representative Enron"); "Mr Key" the NER left
    # untagged stays so (GUM takes "Mr" into the name, UNER leaves it out)
    words = ["Mr.", "Villega", "won", ".", "Dr", "Mcdonald", "is", "kind", ".", "Mr", "Key", "spoke", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "AUX", "ADJ", "PUNCT", "PROPN", "PROPN"]
    pos += ["VERB", "PUNCT"]
    sent_starts = [True, False, False, False, True, False, False, False, False, True, False, False, False]
    doc = make_doc(blank, words, pos=pos, ents=[(1, 2, "GPE"), (5, 6, "ORG")])
    for tok, start in zip(doc, sent_starts, strict=True):
        tok.is_sent_start = start
    find_titles(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Villega", "PERSON"), ("Mcdonald", "PERSON")]
    words = ["Representative", "Enron", "said"]
    doc = make_doc(blank, words, pos=["PROPN", "PROPN", "VERB"], ents=[(1, 2, "ORG")])
    assert people(doc) == []
