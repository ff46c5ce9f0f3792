"""cl_doc_names on hand-built Docs: repeated names and surnames take the label the text gave."""

from __future__ import annotations

from spacy.tokens import Span

from claimledger.nlp.docnames import tag_repeated_names

from .conftest import make_doc


def ents(doc):
    return [(e.text, e.label_) for e in tag_repeated_names(doc).ents]


def test_an_organisation_tagged_once_is_tagged_where_it_recurs(blank):
    words = ["Google", "bought", "Picasa", ".", "Now", "people", "wonder", "if", "Google", "can", "survive"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "ADV", "NOUN", "VERB", "SCONJ", "PROPN", "AUX", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "ORG")])
    assert ents(doc) == [("Google", "ORG"), ("Google", "ORG")]


def test_no_spread_inside_a_longer_name_or_with_conflicting_labels(blank):
    words = [
        "Google",
        "and",
        "Harrow",
        "met",
        "at",
        "Harrow",
        ";",
        "Google",
        "Earth",
        "and",
        "Harrow",
        "grew",
    ]
    pos = [
        "PROPN",
        "CCONJ",
        "PROPN",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "CCONJ",
        "PROPN",
        "VERB",
    ]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "ORG"), (2, 3, "ORG"), (5, 6, "GPE")])
    assert ents(doc) == [("Google", "ORG"), ("Harrow", "ORG"), ("Harrow", "GPE")]


def test_one_word_person_does_not_spread_and_a_common_word_is_no_name(blank):
    # "Hope" is a PERSON once but "hope" is a word of the text; "Rose" alone is not spread
    words = ["Hope", "said", "we", "hope", ".", "Hope", "left", "and", "Rose", "came", ".", "Rose", "sat"]
    pos = [
        "PROPN",
        "VERB",
        "PRON",
        "VERB",
        "PUNCT",
        "PROPN",
        "VERB",
        "CCONJ",
        "PROPN",
        "VERB",
        "PUNCT",
        "PROPN",
        "VERB",
    ]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "ORG"), (8, 9, "PERSON")])
    assert ents(doc) == [("Hope", "ORG"), ("Rose", "PERSON")]


def test_surname_after_the_full_name(blank):
    words = ["Chahine", "spoke", ".", "Rima", "Chahine", "flew", ".", "Chahine", "said", "al", "-", "Chahine"]
    pos = [
        "PROPN",
        "VERB",
        "PUNCT",
        "PROPN",
        "PROPN",
        "VERB",
        "PUNCT",
        "PROPN",
        "VERB",
        "PROPN",
        "PUNCT",
        "PROPN",
    ]
    spaces = [True, False, True, True, True, False, True, True, True, False, False, False]
    doc = make_doc(blank, words, pos=pos, spaces=spaces, ents=[(3, 5, "PERSON")])
    # before the full name and inside "al-Chahine": not the surname
    assert ents(doc) == [("Rima Chahine", "PERSON"), ("Chahine", "PERSON")]
    assert doc.ents[1].start == 7


def test_surname_tagged_otherwise_elsewhere_is_left_alone(blank):
    words = ["Michael", "Jordan", "left", ".", "Jordan", "said", "Jordan", "won"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PROPN", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON")])
    doc.ents = [*doc.ents, Span(doc, 4, 5, label="GPE", kb_id="country:248816")]  # as the gazetteer links it
    assert ents(doc) == [("Michael Jordan", "PERSON"), ("Jordan", "GPE")]


def test_surname_the_ner_also_tagged_alone_is_no_other_label(blank):
    words = ["Ahmed", "Mohamed", "left", ".", "Mohamed", "said", "Mohamed", "won"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PROPN", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON"), (4, 5, "PERSON")])
    assert ents(doc) == [("Ahmed Mohamed", "PERSON"), ("Mohamed", "PERSON"), ("Mohamed", "PERSON")]


def test_surname_the_ner_typed_as_an_organisation_or_unknown_place_is_the_person(blank):
    words = ["Wilkins", "said", ".", "Kristen", "Wilkins", "spoke", ".", "Wilkins", "said", "Braverman"]
    pos = ["PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PROPN"]
    doc = make_doc(
        blank, words, pos=pos, ents=[(0, 1, "ORG"), (3, 5, "PERSON"), (7, 8, "ORG"), (9, 10, "LOC")]
    )
    # before the full name: left as it was
    assert ents(doc) == [
        ("Wilkins", "ORG"),
        ("Kristen Wilkins", "PERSON"),
        ("Wilkins", "PERSON"),
        ("Braverman", "LOC"),
    ]


def test_surname_as_a_known_place_or_organisation_stays(blank):
    words = ["Michael", "Jordan", "and", "Larry", "Google", "met", ".", "Jordan", "and", "Google", "won"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (9, 10, "ORG")])
    doc.ents = [*doc.ents, Span(doc, 7, 8, label="GPE", kb_id="country:248816")]
    assert ents(doc) == [
        ("Michael Jordan", "PERSON"),
        ("Larry Google", "PERSON"),
        ("Jordan", "GPE"),
        ("Google", "ORG"),
    ]


def test_person_goes_on_over_the_hyphenated_syllable_of_a_given_name(blank):
    words = [
        "Moon",
        "Jae",
        "-",
        "in",
        "met",
        "Lee",
        "Cheuk",
        "-",
        "yan",
        "at",
        "a",
        "Barack",
        "Obama",
        "-",
        "led",
        "event",
    ]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "DET"]
    pos += ["PROPN", "PROPN", "PUNCT", "VERB", "NOUN"]
    spaces = [
        True,
        False,
        False,
        True,
        True,
        True,
        False,
        False,
        True,
        True,
        True,
        True,
        False,
        False,
        True,
        False,
    ]
    found = [(0, 2, "PERSON"), (5, 7, "PERSON"), (11, 13, "PERSON")]
    doc = make_doc(blank, words, pos=pos, spaces=spaces, ents=found)
    assert ents(doc) == [("Moon Jae-in", "PERSON"), ("Lee Cheuk-yan", "PERSON"), ("Barack Obama", "PERSON")]


def test_surnames_can_be_switched_off(blank):
    words = ["Rima", "Chahine", "flew", ".", "Chahine", "said"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON")])
    assert [e.text for e in tag_repeated_names(doc, surnames=False).ents] == ["Rima Chahine"]


def test_unknown_place_coordinated_with_people_is_a_person(blank):
    # "Coase and North", "Morris and Goscinny": the NER took the second name for a place
    words = ["by", "Coase", "and", "North", ",", "and", "in", "Kyiv", "and", "Ivanov"]
    pos = ["ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "CCONJ", "ADP", "PROPN", "CCONJ", "PROPN"]
    heads = [0, 0, 3, 1, 1, 1, 1, 6, 9, 7]
    deps = ["ROOT", "pobj", "cc", "conj", "punct", "cc", "prep", "pobj", "cc", "conj"]
    ents = [(1, 2, "PERSON"), (3, 4, "LOC"), (7, 8, "GPE"), (9, 10, "PERSON")]
    doc = make_doc(blank, words, pos=pos, heads=heads, deps=deps, ents=ents)
    doc.ents = [doc.ents[0], doc.ents[1], Span(doc, 7, 8, label="GPE", kb_id="capital:UA"), doc.ents[3]]
    assert [e.label_ for e in tag_repeated_names(doc).ents] == ["PERSON", "PERSON", "GPE", "PERSON"]


def test_a_named_storm_is_no_person(blank):
    words = [
        "Cyclone",
        "Phailin",
        "hit",
        "Odisha",
        ".",
        "Phailin",
        "'s",
        "winds",
        "fell",
        "as",
        "Hurricane",
        "Katrina",
        "did",
    ]
    pos = [
        "PROPN",
        "PROPN",
        "VERB",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PART",
        "NOUN",
        "VERB",
        "SCONJ",
        "PROPN",
        "PROPN",
        "VERB",
    ]
    doc = make_doc(
        blank, words, pos=pos, ents=[(0, 2, "PERSON"), (3, 4, "GPE"), (5, 6, "PERSON"), (11, 12, "PERSON")]
    )
    assert ents(doc) == [
        ("Cyclone Phailin", "EVENT"),
        ("Odisha", "GPE"),
        ("Phailin", "EVENT"),
        ("Hurricane Katrina", "EVENT"),
    ]


def test_storm_as_a_word_alone_or_a_person_named_after_no_storm_stays(blank):
    words = ["Storm", "Thorgerson", "met", "Katrina", "Smith", "."]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert ents(doc) == [("Storm Thorgerson", "PERSON"), ("Katrina Smith", "PERSON")]


def test_a_letter_is_signed_by_a_person_after_its_closing(blank):
    words = ["Best", "regards", ",", "Debra", "Perlingiere", "\n", "Thanks", ",", "Sales", "Team", "\n"]
    words += ["Regards", ",", "Jeffrey", "Dasovich", "Director", "\n", "Cheers", ",", "Ben", "\n"]
    pos = ["ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "SPACE", "NOUN", "PUNCT", "PROPN", "PROPN", "SPACE"]
    pos += ["NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "SPACE", "INTJ", "PUNCT", "PROPN", "SPACE"]
    doc = make_doc(blank, words, pos=pos)
    assert ents(doc) == [("Debra Perlingiere", "PERSON"), ("Jeffrey Dasovich", "PERSON")]


def test_a_full_name_recurs_where_the_tagger_took_its_words_for_nouns(blank):
    # an email's signature lines: "Debra/NOUN Perlingiere/NOUN" repeats the tagged name; a
    # one-word name is not spread so, nor a name whose first word the text writes in lower case
    words = ["Debra", "Perlingiere", "wrote", ".", "Debra", "Perlingiere", "\n\n", "Rose", "Hill", "."]
    words += ["Rose", "Hill", "and", "Rose", ".", "Rose", "Hill", "rose", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "NOUN", "SPACE", "PROPN", "PROPN", "PUNCT"]
    pos += ["NOUN", "NOUN", "CCONJ", "NOUN", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 2, "PERSON"), (7, 9, "ORG")])
    assert [(e.start, e.text) for e in tag_repeated_names(doc).ents] == [
        (0, "Debra Perlingiere"),
        (4, "Debra Perlingiere"),
        (7, "Rose Hill"),
    ]


def test_the_quoted_name_before_an_email_address_is_the_sender(blank):
    # '"Townsend, George" <gtownsend@manorisd.net>': the NER had only "George", as a place
    words = ['"', "Townsend", ",", "George", '"', "<", "gtownsend@manorisd.net", ">", "Puto", ",", "hi"]
    spaces = [w not in ('"', "Townsend") for w in words]
    doc = make_doc(blank, words, spaces=spaces, ents=[(3, 4, "GPE")])
    assert ents(doc) == [("Townsend, George", "PERSON")]
    words = ['"', "Les", "Spahnn", '"', "<", "spahnn@hnks.com", ">", "All", ":"]
    assert ents(make_doc(blank, words)) == [("Les Spahnn", "PERSON")]
    # the tokenizer cuts an address at an ellipsis: '"TJO"<ded69...@hotmail.com>'
    words = ['"', "TJO", '"', "<", "ded69", "...", "@hotmail.com", ">", "There"]
    assert ents(make_doc(blank, words)) == [("TJO", "PERSON")]


def test_a_quoted_group_or_a_quote_without_an_address_is_no_sender(blank):
    words = ['"', "The", "Cat", "Album", '"', "<", "cat@album.com", ">", '"', "Sales", "Team", '"', "<"]
    words += ["sales@x.com", ">", '"', "Les", "Spahnn", '"', "(", "spahnn", ")"]
    assert ents(make_doc(blank, words)) == []


def test_the_proper_noun_opening_a_line_with_a_comma_is_the_person_greeted(blank):
    words = ["Thanks", ".", "\n\n", "Traci", ",", "\n\n", "I", "came", "and", "Hi", "Vladi", ",", "do", "it"]
    pos = ["NOUN", "PUNCT", "SPACE", "PROPN", "PUNCT", "SPACE", "PRON", "VERB", "CCONJ", "INTJ", "PROPN"]
    pos += ["PUNCT", "AUX", "PRON"]
    doc = make_doc(blank, words, pos=pos)
    assert ents(doc) == [("Traci", "PERSON")]  # "Hi Vladi" opens no line nor sentence
    words[8] = "\n\n"
    pos[8] = "SPACE"
    assert ents(make_doc(blank, words, pos=pos)) == [("Traci", "PERSON"), ("Vladi", "PERSON")]


def test_a_day_a_title_a_word_in_lower_case_or_a_name_inside_a_line_is_no_one_greeted(blank):
    words = ["\n\n", "Friday", ",", "June", "4", "\n\n", "Grace", ",", "we", "said", "grace", "."]
    words += ["Then", "Tom", ",", "who", "\n\n", "General", ",", "is", "it"]
    pos = ["SPACE", "PROPN", "PUNCT", "PROPN", "NUM", "SPACE", "PROPN", "PUNCT", "PRON", "VERB", "NOUN"]
    pos += ["PUNCT", "ADV", "PROPN", "PUNCT", "PRON", "SPACE", "PROPN", "PUNCT", "AUX", "PRON"]
    assert ents(make_doc(blank, words, pos=pos)) == []


def test_the_first_name_of_a_list_opening_a_line_is_no_one_greeted(blank):
    words = ["\n\n", "Ubisoft", ",", "Microsoft", "and", "Sony", "came", "."]
    pos = ["SPACE", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    assert ents(make_doc(blank, words, pos=pos)) == []


def test_a_planet_or_a_transcript_note_is_no_person(blank):
    words = [
        "transit",
        "Venus",
        "and",
        "Freddie",
        "Mercury",
        "sang",
        "(",
        "Applause",
        ".",
        ")",
        "Mercury",
        "left",
    ]
    words += [".", "Applause", "is", "a", "name", "."]
    ents_in = [(1, 2, "PERSON"), (3, 5, "PERSON"), (7, 8, "PERSON"), (10, 11, "PERSON"), (13, 14, "PERSON")]
    doc = make_doc(blank, words, ents=ents_in)
    assert ents(doc) == [("Freddie Mercury", "PERSON"), ("Mercury", "PERSON"), ("Applause", "PERSON")]


def test_a_greeting_opening_a_sentence_inside_a_line_greets_too(blank):
    words = ["any", "questions", ".", "Hey", "Vladi", ",", "do", "you", "have", "it"]
    pos = ["DET", "NOUN", "PUNCT", "INTJ", "PROPN", "PUNCT", "AUX", "PRON", "VERB", "PRON"]
    assert ents(make_doc(blank, words, pos=pos)) == [("Vladi", "PERSON")]
    words[2] = "and"
    pos[2] = "CCONJ"
    assert ents(make_doc(blank, words, pos=pos)) == []


def test_an_organisation_or_building_noun_is_no_surname(blank):
    words = ["Al", "Assad", "University", "Hospital", "is", "big", ".", "Hospital", "staff", "left", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "AUX", "ADJ", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 4, "PERSON")])
    assert ents(doc) == [("Al Assad University Hospital", "PERSON")]


def test_a_sentence_adverb_opening_a_line_is_no_one_greeted(blank):
    words = ["Successively", ",", "she", "was", "a", "member", "."]
    pos = ["PROPN", "PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT"]
    assert ents(make_doc(blank, words, pos=pos)) == []
    words[0] = "Kimberly"
    assert ents(make_doc(blank, words, pos=pos)) == [("Kimberly", "PERSON")]


def test_a_name_with_a_person_noun_in_apposition_is_a_person(blank):
    words = [
        "Valeska",
        "Paris",
        ",",
        "an",
        "Australian",
        "woman",
        ",",
        "has",
        "claimed",
        ".",
        "Valeska",
        "Paris",
    ]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT", "PROPN", "PROPN"]
    heads = [8, 0, 5, 5, 5, 0, 0, 8, 8, 8, 10, 10]
    deps = ["nsubj", "flat", "punct", "det", "amod", "appos", "punct", "aux", "ROOT", "punct", "ROOT", "flat"]
    morphs = [""] * 5 + ["Number=Sing"] + [""] * 6
    doc = make_doc(
        blank, words, pos=pos, heads=heads, deps=deps, morphs=morphs, ents=[(0, 2, "LOC"), (10, 12, "LOC")]
    )
    # the other mention of the same words is the same person
    assert ents(doc) == [("Valeska Paris", "PERSON"), ("Valeska Paris", "PERSON")]
    # a plural noun names a group, not the one the name is
    morphs[5] = "Number=Plur"
    doc = make_doc(blank, words[:10], pos=pos[:10], heads=heads[:10], deps=deps[:10], morphs=morphs[:10])
    doc.ents = [Span(doc, 0, 2, label="LOC")]
    assert ents(doc) == [("Valeska Paris", "LOC")]


def test_an_appositive_after_a_place_in_a_prepositional_phrase_is_no_ones_name(blank):
    # "a kid from Brooklyn, the son of a housewife": the parser hangs the appositive on the place
    words = ["a", "kid", "from", "Brooklyn", ",", "the", "son", "of", "a", "housewife"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN"]
    heads = [1, 1, 3, 1, 6, 6, 3, 9, 9, 6]
    deps = ["det", "ROOT", "case", "nmod", "punct", "det", "appos", "case", "det", "nmod"]
    morphs = [""] * 6 + ["Number=Sing"] + [""] * 3
    doc = make_doc(blank, words, pos=pos, heads=heads, deps=deps, morphs=morphs, ents=[(3, 4, "GPE")])
    assert ents(doc) == [("Brooklyn", "GPE")]


def test_a_known_place_that_is_a_full_names_surname_is_the_person_where_it_acts(blank):
    words = ["Valeska", "Paris", "left", ".", "Paris", "claims", "she", "was", "born", "in", "Paris", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    heads = [2, 0, 2, 2, 5, 5, 8, 8, 5, 10, 8, 5]
    deps = [
        "nsubj",
        "flat",
        "ROOT",
        "punct",
        "nsubj",
        "ROOT",
        "nsubj:pass",
        "aux:pass",
        "ccomp",
        "case",
        "obl",
        "punct",
    ]
    doc = make_doc(blank, words, pos=pos, heads=heads, deps=deps, ents=[(0, 2, "PERSON")])
    doc.ents = [*doc.ents, *(Span(doc, i, i + 1, label="GPE", kb_id="capital:FR") for i in (4, 10))]
    # the subject of "claims" is the person; "born in Paris" is the city
    assert ents(doc) == [("Valeska Paris", "PERSON"), ("Paris", "PERSON"), ("Paris", "GPE")]


def test_a_role_an_organisation_fills_too_or_a_known_place_makes_no_person(blank):
    words = ["Gazprom", ",", "a", "major", "player", ",", "and", "Turkey", ",", "a", "woman", "said"]
    pos = ["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "CCONJ", "PROPN", "PUNCT", "DET", "NOUN", "VERB"]
    heads = [11, 4, 4, 4, 0, 0, 7, 0, 10, 10, 7, 11]
    deps = ["nsubj", "punct", "det", "amod", "appos", "punct", "cc", "conj", "punct", "det", "appos", "ROOT"]
    morphs = ["", "", "", "", "Number=Sing", "", "", "", "", "", "Number=Sing", ""]
    doc = make_doc(blank, words, pos=pos, heads=heads, deps=deps, morphs=morphs, ents=[(0, 1, "ORG")])
    doc.ents = [*doc.ents, Span(doc, 7, 8, label="GPE", kb_id="country:298795")]
    assert ents(doc) == [("Gazprom", "ORG"), ("Turkey", "GPE")]


def test_a_known_place_ending_a_title_of_nobility_is_no_surname(blank):
    words = ["the", "Prince", "of", "Wales", "came", ".", "Wales", "won"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "VERB"]
    heads = [1, 4, 3, 1, 4, 4, 7, 7]
    deps = ["det", "nsubj", "case", "nmod", "ROOT", "punct", "nsubj", "ROOT"]
    doc = make_doc(blank, words, pos=pos, heads=heads, deps=deps, ents=[(1, 4, "PERSON")])
    doc.ents = [*doc.ents, Span(doc, 6, 7, label="GPE", kb_id="region:GB.WLS")]
    assert ents(doc) == [("Prince of Wales", "PERSON"), ("Wales", "GPE")]


def test_the_end_of_an_of_phrase_inside_a_person_is_no_surname(blank):
    words = ["Ann", "Chiang", "of", "DAB", "won", ".", "DAB", "lost", "at", "Tabennese", "."]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 4, "PERSON"), (6, 7, "ORG")])
    assert ents(doc) == [("Ann Chiang of DAB", "PERSON"), ("DAB", "ORG")]
    words = ["Theodorus", "of", "Tabennese", "left", ".", "He", "stayed", "at", "Tabennese", "."]
    pos = ["PROPN", "ADP", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 3, "PERSON"), (8, 9, "LOC")])
    assert ents(doc) == [("Theodorus of Tabennese", "PERSON"), ("Tabennese", "LOC")]


def test_an_acronym_the_tagger_took_for_another_word_is_the_texts_organisation(blank):
    words = ["SDF", "said", "IS", "cells", "attacked", ",", "but", "the", "IS", "attack", "failed"]
    pos = ["PROPN", "VERB", "AUX", "NOUN", "VERB", "PUNCT", "CCONJ", "DET", "AUX", "NOUN", "VERB"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "ORG"), (2, 3, "ORG")])
    assert ents(doc) == [("SDF", "ORG"), ("IS", "ORG"), ("IS", "ORG")]
    # in a line of capitals the word is shouted, not the name
    words = ["IS", "fled", ".", "THIS", "IS", "BAD"]
    pos = ["PROPN", "VERB", "PUNCT", "PRON", "AUX", "ADJ"]
    doc = make_doc(blank, words, pos=pos, ents=[(0, 1, "ORG")])
    assert ents(doc) == [("IS", "ORG")]
