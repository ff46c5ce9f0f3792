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


def _whitmore_doc(blank, second_pos, second_dep, second_head, lower=False):
    # Steve Whitmore spoke . Whitmore stated it . (second sentence as the parser left it)
    words = ["Steve", "Whitmore", "spoke", ".", "Whitmore", "stated", "it", "."]
    if lower:
        words[2] = "whitmore"  # the text also writes the word in lower case
    return make_doc(
        blank,
        words,
        pos=["PROPN", "PROPN", "VERB", "PUNCT", second_pos, "VERB", "PRON", "PUNCT"],
        heads=[2, 0, 2, 2, second_head, 5, 5, 5],
        deps=["nsubj", "flat", "ROOT", "punct", second_dep, "ROOT", "obj", "punct"],
        ents=[(0, 2, "PERSON")],
    )


def test_sentence_initial_surname_tagged_adverb_is_the_subject(blank):
    doc = _whitmore_doc(blank, "ADV", "advmod", 5)
    flat_names(doc)
    assert (doc[4].pos_, doc[4].dep_, doc[4].head.i, doc[4].ent_type_) == ("PROPN", "nsubj", 5, "PERSON")


def test_surname_the_text_also_writes_in_lower_case_is_left(blank):
    doc = _whitmore_doc(blank, "ADV", "advmod", 5, lower=True)
    flat_names(doc)
    assert (doc[4].pos_, doc[4].dep_, doc[4].ent_type_) == ("ADV", "advmod", "")


def test_sentence_initial_surname_taken_for_the_verb_gives_the_verb_back_its_clause(blank):
    # Mark Rathbun spoke . Rathbun requested donations . ("Rathbun" the root, "requested" amod)
    doc = make_doc(
        blank,
        ["Mark", "Rathbun", "spoke", ".", "Rathbun", "requested", "donations", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "VERB", "VERB", "NOUN", "PUNCT"],
        heads=[2, 0, 2, 2, 4, 6, 4, 4],
        deps=["nsubj", "flat", "ROOT", "punct", "ROOT", "amod", "obj", "punct"],
        ents=[(0, 2, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc)[4:] == [("nsubj", 5), ("ROOT", 5), ("obj", 5), ("punct", 5)]
    assert doc[4].ent_type_ == "PERSON"


def test_capitalised_word_that_is_no_earlier_surname_is_left(blank):
    # Steve Whitmore spoke . Later stated it .
    doc = make_doc(
        blank,
        ["Steve", "Whitmore", "spoke", ".", "Later", "stated", "it", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "VERB", "PRON", "PUNCT"],
        heads=[2, 0, 2, 2, 5, 5, 5, 5],
        deps=["nsubj", "flat", "ROOT", "punct", "advmod", "ROOT", "obj", "punct"],
        ents=[(0, 2, "PERSON")],
    )
    flat_names(doc)
    assert (doc[4].dep_, doc[4].ent_type_) == ("advmod", "")


def test_sentence_initial_surname_tagged_noun_before_auxiliaries_is_a_person(blank):
    # Rishi Sunak spoke . Sunak has made it . ("Sunak" a common noun, subject of "made")
    doc = make_doc(
        blank,
        ["Rishi", "Sunak", "spoke", ".", "Sunak", "has", "made", "it", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "AUX", "VERB", "PRON", "PUNCT"],
        heads=[2, 0, 2, 2, 6, 6, 6, 6, 6],
        deps=["nsubj", "flat", "ROOT", "punct", "nsubj", "aux", "ROOT", "obj", "punct"],
        ents=[(0, 2, "PERSON")],
    )
    flat_names(doc)
    assert (doc[4].pos_, doc[4].dep_, doc[4].head.i, doc[4].ent_type_) == ("PROPN", "nsubj", 6, "PERSON")


def test_a_subject_found_after_the_verb_does_not_stop_the_surname(blank):
    # Steve Whitmore spoke . Whitmore told that . ("that" taken for a subject after the verb)
    doc = make_doc(
        blank,
        ["Steve", "Whitmore", "spoke", ".", "Whitmore", "told", "that", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "VERB", "PRON", "PUNCT"],
        heads=[2, 0, 2, 2, 5, 5, 5, 5],
        deps=["nsubj", "flat", "ROOT", "punct", "advmod", "ROOT", "nsubj", "punct"],
        ents=[(0, 2, "PERSON")],
    )
    flat_names(doc)
    assert (doc[4].dep_, doc[4].head.i, doc[4].ent_type_) == ("nsubj", 5, "PERSON")


@pytest.mark.parametrize(
    ("words", "dep", "after"),
    [
        (["His", "father", "Mohamed", "Ali", "said", "it", "."], "nsubj", [("nsubj", 4), ("appos", 1)]),
        (["The", "coach", "Nabil", "Maaloul", "said", "it", "."], "nmod:desc", [("nsubj", 4), ("appos", 1)]),
        # a bare title without a determiner stays the name's description
        (
            ["Senior", "coach", "Nabil", "Maaloul", "said", "it", "."],
            "nmod:desc",
            [("nmod:desc", 2), ("nsubj", 4)],
        ),
    ],
)
def test_noun_phrase_before_a_name_heads_it_with_the_name_in_apposition(blank, words, dep, after):
    first_dep = "nmod:poss" if words[0] == "His" else "det" if words[0] == "The" else "amod"
    doc = make_doc(
        blank,
        words,
        pos=["PRON" if words[0] == "His" else "DET" if words[0] == "The" else "ADJ", "NOUN", "PROPN", "PROPN"]
        + ["VERB", "PRON", "PUNCT"],
        heads=[1, 2, 4, 2, 4, 4, 4],
        deps=[first_dep, dep, "nsubj", "flat", "ROOT", "obj", "punct"],
        lemmas=[w.lower() for w in words[:4]] + ["say", "it", "."],
        ents=[(2, 4, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc)[1:3] == after


@pytest.mark.parametrize(("name_dep", "moved"), [("nmod", True), ("appos", False)])
def test_title_the_parser_made_the_head_beside_the_name_is_descriptive(blank, name_dep, moved):
    # secretary , Brig. Gen. Pat Ryder , told them . ("Brig." appos of "secretary", "Pat" beside it)
    doc = make_doc(
        blank,
        ["secretary", ",", "Brig.", "Gen.", "Pat", "Ryder", ",", "told", "them", "."],
        pos=["NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
        heads=[7, 2, 0, 4, 0, 4, 2, 7, 7, 7],
        deps=["nsubj", "punct", "appos", "nmod:desc", name_dep, "flat", "punct", "ROOT", "obj", "punct"],
        lemmas=["secretary", ",", "Brig.", "Gen.", "Pat", "Ryder", ",", "tell", "they", "."],
        ents=[(4, 6, "PERSON")],
    )
    doc.spans["titles"] = [doc[2:4]]
    flat_names(doc)
    if moved:
        assert arcs(doc)[1:7] == [
            ("punct", 4),
            ("nmod:desc", 4),
            ("nmod:desc", 4),
            ("appos", 0),
            ("flat", 4),
            ("punct", 4),
        ]
    else:
        assert arcs(doc)[2] == ("appos", 0)


def test_first_name_taken_for_an_adverb_joins_the_surname(blank):
    # In the 69th minute , Romelu Lukaku doubled the lead . ("Romelu" an ADJ advmod of the verb)
    doc = make_doc(
        blank,
        ["In", "the", "minute", ",", "Romelu", "Lukaku", "doubled", "the", "lead", "."],
        pos=["ADP", "DET", "NOUN", "PUNCT", "ADJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        heads=[2, 2, 6, 2, 6, 6, 6, 8, 6, 6],
        deps=["case", "det", "obl", "punct", "advmod", "nsubj", "ROOT", "det", "obj", "punct"],
        ents=[(4, 6, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc)[4:7] == [("nsubj", 6), ("flat", 4), ("ROOT", 6)]


def test_first_name_apposed_to_an_earlier_noun_joins_the_surname(blank):
    # On Wednesday , Suella Braverman told us . ("Suella" an appos of "Wednesday")
    doc = make_doc(
        blank,
        ["On", "Wednesday", ",", "Suella", "Braverman", "told", "us", "."],
        pos=["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
        heads=[1, 5, 3, 1, 5, 5, 5, 5],
        deps=["case", "obl", "punct", "appos", "nsubj", "ROOT", "obj", "punct"],
        ents=[(3, 5, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc)[1:5] == [("obl", 5), ("punct", 3), ("nsubj", 5), ("flat", 3)]


def test_name_modifying_a_noun_side_by_side_becomes_one_flat_name(blank):
    # an Andy Warhol exhibit (both words compound of "exhibit")
    doc = make_doc(
        blank,
        ["an", "Andy", "Warhol", "exhibit"],
        pos=["DET", "PROPN", "PROPN", "NOUN"],
        heads=[3, 3, 3, 3],
        deps=["det", "compound", "compound", "ROOT"],
        ents=[(1, 3, "PERSON")],
    )
    flat_names(doc)
    assert arcs(doc) == [("det", 3), ("compound", 3), ("flat", 1), ("ROOT", 3)]


@pytest.mark.parametrize(
    ("words", "deps", "why"),
    [
        (["Colonel", "Rudolf", "Strasburgh"], ["appos", "compound", "obj"], "opens with a title"),
        (["Mary", "Perkins"], ["conj", "obj"], "first word a conjunct"),
        (["Mary", "perkins"], ["appos", "obj"], "a word in lower case"),
    ],
)
def test_split_names_left_alone(blank, words, deps, why):
    n = len(words)
    # met <name...> . with the first word on "met" by deps[0] and the last the object
    doc = make_doc(
        blank,
        ["met", *words, "."],
        pos=["VERB"] + ["PROPN"] * n + ["PUNCT"],
        heads=[0] + [0] * n + [0],
        deps=["ROOT", deps[0]] + ["compound"] * (n - 2) + [deps[-1], "punct"],
        ents=[(1, n + 1, "PERSON")],
    )
    if n == 3:
        doc[2].head = doc[3]  # "Rudolf" compound of the surname
    before = arcs(doc)
    flat_names(doc)
    assert arcs(doc) == before, why


def test_possessive_closes_the_whole_possessor_phrase(blank):
    # the Church of Scientology 's website (parser: "Church" compound of "website", "'s" on
    # "Scientology", "the" on "website")
    doc = make_doc(
        blank,
        ["the", "Church", "of", "Scientology", "'s", "website", "failed"],
        pos=["DET", "PROPN", "ADP", "PROPN", "PART", "NOUN", "VERB"],
        heads=[5, 5, 3, 1, 3, 6, 6],
        deps=["det", "compound", "case", "nmod", "case", "nsubj", "ROOT"],
    )
    flat_names(doc)
    assert arcs(doc)[:5] == [("det", 1), ("nmod:poss", 5), ("case", 3), ("nmod", 1), ("case", 1)]


def test_possessive_phrase_before_a_compound_is_the_possessor_of_its_head(blank):
    # the Church of Scientology 's cruise ship
    doc = make_doc(
        blank,
        ["the", "Church", "of", "Scientology", "'s", "cruise", "ship"],
        pos=["DET", "PROPN", "ADP", "PROPN", "PART", "NOUN", "NOUN"],
        heads=[6, 5, 3, 1, 3, 6, 6],
        deps=["det", "compound", "case", "nmod", "case", "compound", "ROOT"],
    )
    flat_names(doc)
    assert arcs(doc)[:2] == [("det", 1), ("nmod:poss", 6)]
    assert arcs(doc)[4] == ("case", 1)


def test_possessor_phrase_built_the_ud_way_is_left(blank):
    # the Church of Scientology 's website failed (already "Church" nmod:poss, "'s" on it)
    doc = make_doc(
        blank,
        ["the", "Church", "of", "Scientology", "'s", "website", "failed"],
        pos=["DET", "PROPN", "ADP", "PROPN", "PART", "NOUN", "VERB"],
        heads=[1, 5, 3, 1, 1, 6, 6],
        deps=["det", "nmod:poss", "case", "nmod", "case", "nsubj", "ROOT"],
    )
    before = arcs(doc)
    flat_names(doc)
    assert arcs(doc) == before


def test_possessive_of_a_noun_that_is_no_compound_is_left(blank):
    # rates of the Bank of England 's : "'s" on "England", "Bank" the nmod of "rates"
    doc = make_doc(
        blank,
        ["rates", "of", "the", "Bank", "of", "England", "'s", "rose"],
        pos=["NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PART", "VERB"],
        heads=[7, 3, 3, 0, 5, 3, 5, 7],
        deps=["nsubj", "case", "det", "nmod", "case", "nmod", "case", "ROOT"],
    )
    before = arcs(doc)
    flat_names(doc)
    assert arcs(doc) == before
