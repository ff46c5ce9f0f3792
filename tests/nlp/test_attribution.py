"""cl_attribution on hand-built parses."""

from __future__ import annotations

import pytest

from claimledger.nlp.attribution import fix_attributions

from .conftest import make_doc

WORDS = ["“", "We", "will", "fight", ",", "”", "he", "said", "."]
POS = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"]
LEMMAS = ["“", "we", "will", "fight", ",", "”", "he", "say", "."]


def arcs(doc):
    return [(t.text, t.dep_, t.head.i) for t in doc]


def test_parataxis_shape_becomes_ccomp(blank):
    doc = make_doc(
        blank,
        WORDS,
        pos=POS,
        lemmas=LEMMAS,
        heads=[3, 3, 3, 3, 3, 3, 7, 3, 3],
        deps=["punct", "nsubj", "aux", "ROOT", "punct", "punct", "nsubj", "parataxis", "punct"],
    )
    doc = fix_attributions(doc)
    assert arcs(doc)[3] == ("fight", "ccomp", 7)
    assert arcs(doc)[7] == ("said", "ROOT", 7)
    assert arcs(doc)[8] == (".", "punct", 7)
    assert arcs(doc)[4] == (",", "punct", 3)
    assert len(list(doc.sents)) == 1


def test_ccomp_shape_is_left_alone(blank):
    heads = [3, 3, 3, 7, 3, 3, 7, 7, 7]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"]
    doc = make_doc(blank, WORDS, pos=POS, lemmas=LEMMAS, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_medial_attribution_is_left_alone(blank):
    words = ["War", ",", "he", "said", ",", "is", "near", "."]
    pos = ["NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "AUX", "ADJ", "PUNCT"]
    heads = [6, 3, 3, 6, 3, 6, 6, 6]
    deps = ["nsubj", "punct", "nsubj", "parataxis", "punct", "cop", "ROOT", "punct"]
    doc = make_doc(
        blank,
        words,
        pos=pos,
        lemmas=[w.lower() for w in words[:3]] + ["say"] + [",", "be", "near", "."],
        heads=heads,
        deps=deps,
    )
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_not_without_subject(blank):
    words = ["Stop", ",", "said", "."]
    doc = make_doc(
        blank,
        words,
        pos=["VERB", "PUNCT", "VERB", "PUNCT"],
        lemmas=["stop", ",", "say", "."],
        heads=[0, 0, 0, 0],
        deps=["ROOT", "punct", "parataxis", "punct"],
    )
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


@pytest.mark.parametrize(
    "heads",
    [
        pytest.param([3, 3, 3, 3, 3, 3, 7, 3, 3], id="conjoined_attribution_after_a_quote_becomes_the_head"),
        # the comma and closing quote hung on "he": they still mark the attribution
        pytest.param([3, 3, 3, 3, 6, 6, 7, 3, 3], id="punctuation_hung_on_the_subject"),
    ],
)
def test_conjoined_attribution_after_a_quote_becomes_the_head(blank, heads):
    words = [*WORDS[:7], "added", "."]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "nsubj", "conj", "punct"]
    doc = make_doc(blank, words, pos=POS, lemmas=[*LEMMAS[:7], "add", "."], heads=heads, deps=deps)
    doc = fix_attributions(doc)
    assert arcs(doc)[3] == ("fight", "ccomp", 7)
    assert arcs(doc)[7] == ("added", "ROOT", 7)


def test_coordinated_speech_verb_is_left_alone(blank):
    words = ["We", "fought", "and", "he", "said", "so", "."]
    pos = ["PRON", "VERB", "CCONJ", "PRON", "VERB", "ADV", "PUNCT"]
    heads = [1, 1, 4, 4, 1, 4, 1]
    deps = ["nsubj", "ROOT", "cc", "nsubj", "conj", "advmod", "punct"]
    lemmas = ["we", "fight", "and", "he", "say", "so", "."]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_reduced_attribution_subject_becomes_nsubj(blank):
    words = [*WORDS[:6], "the", "message", "claimed", "."]
    pos = [*POS[:6], "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = [*LEMMAS[:6], "the", "message", "claim", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 7, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "det", "obj", "acl", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[8] == ("claimed", "ROOT", 8)
    assert arcs(doc)[3] == ("fight", "ccomp", 8)
    assert arcs(doc)[7] == ("message", "nsubj", 8)
    assert arcs(doc)[9] == (".", "punct", 8)


def test_garbled_lemma_of_a_speech_verb_is_repaired(blank):
    words = ["He", "insisted", "on", "warning", "."]
    pos = ["PRON", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["he", "insiste", "on", "warning", "."]
    deps = ["nsubj", "ROOT", "case", "obl", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=[1, 1, 3, 1, 1], deps=deps)
    doc = fix_attributions(doc)
    assert [t.lemma_ for t in doc] == ["he", "insist", "on", "warning", "."]


def test_words_after_the_verb_hung_on_the_quotation_move_to_the_verb(blank):
    words = [*WORDS[:8], "in", "Kufa", ",", "his", "base", "."]
    pos = [*POS[:8], "ADP", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT"]
    lemmas = [*LEMMAS[:8], "in", "Kufa", ",", "his", "base", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 9, 7, 12, 12, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "nsubj", "conj", "case", "obl"]
    deps += ["punct", "nmod:poss", "parataxis", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[7] == ("said", "ROOT", 7)
    assert arcs(doc)[3] == ("fight", "ccomp", 7)
    assert arcs(doc)[12] == ("base", "parataxis", 7)


def test_verb_after_the_attribution_is_not_moved(blank):
    words = [*WORDS[:8], ",", "and", "we", "left", "."]
    pos = [*POS[:8], "PUNCT", "CCONJ", "PRON", "VERB", "PUNCT"]
    lemmas = [*LEMMAS[:8], ",", "and", "we", "leave", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 11, 11, 11, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "nsubj", "conj", "punct", "cc", "nsubj"]
    deps += ["conj", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_attribution_taken_for_a_ccomp_of_the_quotation_becomes_the_head(blank):
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "nsubj", "ccomp", "punct"]
    doc = fix_attributions(make_doc(blank, WORDS, pos=POS, lemmas=LEMMAS, heads=heads, deps=deps))
    assert arcs(doc)[3] == ("fight", "ccomp", 7)
    assert arcs(doc)[7] == ("said", "ROOT", 7)


def test_quoted_speech_verb_under_a_speech_verb_is_left_alone(blank):
    words = ["He", "said", "“", "I", "warn", "you", "”"]
    pos = ["PRON", "VERB", "PUNCT", "PRON", "VERB", "PRON", "PUNCT"]
    lemmas = ["he", "say", "“", "I", "warn", "you", "”"]
    heads = [1, 1, 4, 4, 1, 4, 4]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ccomp", "obj", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_gerund_tagged_noun_used_as_a_clause_is_a_verb(blank):
    words = ["She", "left", ",", "writing", ":", "“", "Bye", "”"]
    pos = ["PRON", "VERB", "PUNCT", "NOUN", "PUNCT", "PUNCT", "INTJ", "PUNCT"]
    lemmas = ["she", "leave", ",", "writing", ":", "“", "bye", "”"]
    heads = [1, 1, 3, 1, 3, 6, 3, 6]
    deps = ["nsubj", "ROOT", "punct", "advcl", "punct", "punct", "discourse", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert (doc[3].pos_, doc[3].lemma_, str(doc[3].morph)) == ("VERB", "write", "Tense=Pres|VerbForm=Part")


def test_gerund_with_a_determiner_stays_a_noun(blank):
    words = ["She", "left", "the", "writing"]
    pos = ["PRON", "VERB", "DET", "NOUN"]
    deps = ["nsubj", "ROOT", "det", "xcomp"]
    doc = fix_attributions(
        make_doc(
            blank, words, pos=pos, lemmas=["she", "leave", "the", "writing"], heads=[1, 1, 3, 1], deps=deps
        )
    )
    assert (doc[3].pos_, doc[3].lemma_) == ("NOUN", "writing")


def test_gerund_tagged_noun_before_a_quotation_is_a_verb_with_its_subject(blank):
    # Critics were angry , with one poster writing " People can not look " (the parser: "one
    # poster" a compound of the noun "writing", the quotation its parataxis)
    words = ["Critics", "were", "angry", ",", "with", "one", "poster", "writing", '"', "People", "can", "not"]
    words += ["look", '"']
    pos = ["NOUN", "AUX", "ADJ", "PUNCT", "ADP", "NUM", "NOUN", "NOUN", "PUNCT", "NOUN", "AUX", "PART"]
    pos += ["VERB", "PUNCT"]
    lemmas = ["critic", "be", "angry", ",", "with", "one", "poster", "writing", '"', "people", "can", "not"]
    lemmas += ["look", '"']
    heads = [2, 2, 2, 7, 7, 6, 7, 2, 12, 12, 12, 12, 7, 12]
    deps = ["nsubj", "cop", "ROOT", "punct", "case", "nummod", "compound", "advcl", "punct", "nsubj", "aux"]
    deps += ["advmod", "parataxis", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert (doc[7].pos_, doc[7].lemma_) == ("VERB", "write")
    assert [(doc[i].dep_, doc[i].head.i) for i in (4, 6, 12)] == [("mark", 7), ("nsubj", 7), ("ccomp", 7)]


def test_gerund_with_a_determiner_before_a_quotation_stays_a_noun(blank):
    words = ["She", "read", "the", "writing", '"', "Keep", "out", "now", '"']
    pos = ["PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "ADV", "PUNCT"]
    lemmas = ["she", "read", "the", "writing", '"', "keep", "out", "now", '"']
    heads = [1, 1, 3, 1, 5, 3, 5, 5, 5]
    deps = ["nsubj", "ROOT", "det", "obj", "punct", "appos", "compound:prt", "advmod", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert (doc[3].pos_, doc[3].lemma_, doc[5].dep_) == ("NOUN", "writing", "appos")


def test_subject_hung_on_the_quotation_moves_to_the_attribution(blank):
    words = [*WORDS[:6], "one", "resident", ",", "told", "AFP", "."]
    pos = [*POS[:6], "NUM", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    lemmas = [*LEMMAS[:6], "one", "resident", ",", "tell", "AFP", "."]
    heads = [3, 3, 3, 3, 3, 7, 7, 3, 9, 3, 9, 3]
    deps = [
        "punct",
        "nsubj",
        "aux",
        "ROOT",
        "punct",
        "punct",
        "nummod",
        "xcomp",
        "punct",
        "conj",
        "iobj",
        "punct",
    ]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[9] == ("told", "ROOT", 9)
    assert arcs(doc)[3] == ("fight", "ccomp", 9)
    assert arcs(doc)[7] == ("resident", "nsubj", 9)


def test_inverted_subject_taken_for_an_object_after_a_quotation(blank):
    words = [*WORDS[:6], "warned", "the", "general", "."]
    pos = [*POS[:6], "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = [*LEMMAS[:6], "warn", "the", "general", "."]
    heads = [3, 3, 3, 6, 3, 3, 6, 8, 6, 6]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "ROOT", "det", "obj", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[8] == ("general", "nsubj", 6)


def test_object_of_a_speech_verb_with_a_subject_stays(blank):
    words = [*WORDS[:7], "warned", "the", "crowd", "."]
    pos = [*POS[:7], "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = [*LEMMAS[:7], "warn", "the", "crowd", "."]
    heads = [3, 3, 3, 7, 3, 3, 7, 7, 9, 7, 7]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "det", "obj", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[9] == ("crowd", "obj", 7)


MEDIAL = ["The", "attack", ",", "officials", "said", ",", "killed", "people", "."]
MEDIAL_POS = ["DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"]
MEDIAL_LEMMAS = ["the", "attack", ",", "official", "say", ",", "kill", "people", "."]


def test_medial_attribution_with_two_subjects_becomes_parataxis(blank):
    heads = [1, 4, 1, 4, 4, 4, 4, 6, 4]
    deps = ["det", "nsubj", "punct", "nsubj", "ROOT", "punct", "conj", "obj", "punct"]
    morphs = [""] * 6 + ["Tense=Past|VerbForm=Fin", "", ""]
    doc = make_doc(blank, MEDIAL, pos=MEDIAL_POS, lemmas=MEDIAL_LEMMAS, heads=heads, deps=deps, morphs=morphs)
    doc = fix_attributions(doc)
    assert arcs(doc)[6] == ("killed", "ROOT", 6)
    assert arcs(doc)[4] == ("said", "parataxis", 6)
    assert arcs(doc)[1] == ("attack", "nsubj", 6)
    assert arcs(doc)[3] == ("officials", "nsubj", 4)
    assert arcs(doc)[8] == (".", "punct", 6)


def test_attribution_with_a_content_clause_is_not_medial(blank):
    words = ["Officials", "said", ",", "troops", "left", "."]
    pos = ["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = ["official", "say", ",", "troop", "leave", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ccomp", "punct"]
    morphs = [""] * 4 + ["Tense=Past|VerbForm=Fin", ""]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_present_tense_speech_verb_tagged_noun_is_repaired(blank):
    words = ["The", "Kremlin", "denies", "that", "troops", "left", "."]
    pos = ["DET", "PROPN", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"]
    lemmas = ["the", "Kremlin", "denies", "that", "troop", "leave", "."]
    heads = [2, 2, 2, 5, 5, 2, 2]
    deps = ["det", "compound", "ROOT", "mark", "nsubj", "acl:relcl", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "deny")
    assert arcs(doc)[1] == ("Kremlin", "nsubj", 2)
    assert arcs(doc)[0] == ("The", "det", 1)
    assert arcs(doc)[5] == ("left", "ccomp", 2)


def test_present_speech_verb_tagged_noun_before_its_infinitive_is_repaired(blank):
    # In this case , the party asks to the government to act .  ('asks' a NOUN, the root)
    words = ["In", "this", "case", ",", "the", "party", "asks", "to", "the", "government", "to", "act", "."]
    pos = [
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
        "DET",
        "NOUN",
        "NOUN",
        "ADP",
        "DET",
        "NOUN",
        "PART",
        "VERB",
        "PUNCT",
    ]
    lemmas = ["in", "this", "case", ",", "the", "party", "ask", "to", "the", "government", "to", "act", "."]
    heads = [2, 2, 6, 2, 6, 6, 6, 9, 9, 6, 11, 6, 6]
    deps = ["case", "det", "obl", "punct", "det", "compound", "ROOT", "case", "det", "nmod", "mark", "acl"]
    deps += ["punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert doc[6].pos_ == "VERB"
    assert arcs(doc)[5] == ("party", "nsubj", 6)
    assert arcs(doc)[4] == ("the", "det", 5)
    assert arcs(doc)[2] == ("case", "obl", 6)  # kept on the verb: a comma closes it off
    assert arcs(doc)[9] == ("government", "obl", 6)
    assert arcs(doc)[11] == ("act", "xcomp", 6)


def test_speech_noun_before_a_purpose_infinitive_after_an_object_stays_a_noun(blank):
    # Party claims land to build on .  (an object between: no PP-only gap, so no infinitive complement)
    words = ["Party", "claims", "land", "to", "build", "on", "."]
    pos = ["NOUN", "NOUN", "NOUN", "PART", "VERB", "ADP", "PUNCT"]
    lemmas = ["party", "claim", "land", "to", "build", "on", "."]
    heads = [1, 1, 1, 4, 1, 4, 1]
    deps = ["compound", "ROOT", "appos", "mark", "acl", "obl", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert doc[1].pos_ == "NOUN"


def test_speech_verb_tagged_noun_under_a_subordinator_is_repaired(blank):
    # I go unless Lisa promises to come .
    words = ["I", "go", "unless", "Lisa", "promises", "to", "come", "."]
    pos = ["PRON", "VERB", "SCONJ", "NOUN", "NOUN", "PART", "VERB", "PUNCT"]
    lemmas = ["I", "go", "unless", "lisa", "promise", "to", "come", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 1]
    deps = ["nsubj", "ROOT", "mark", "compound", "advcl", "mark", "xcomp", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert doc[4].pos_ == "VERB"
    assert arcs(doc)[3] == ("Lisa", "nsubj", 4)
    # the same with a copula: a noun predicate ("unless it is Lisa promises")
    words2 = ["I", "go", "unless", "Lisa", "promises", "be", "kept", "."]
    pos2 = ["PRON", "VERB", "SCONJ", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"]
    heads2 = [1, 1, 4, 4, 1, 4, 4, 1]
    deps2 = ["nsubj", "ROOT", "mark", "compound", "advcl", "cop", "acl", "punct"]
    lemmas2 = ["I", "go", "unless", "lisa", "promise", "be", "keep", "."]
    doc = fix_attributions(make_doc(blank, words2, pos=pos2, lemmas=lemmas2, heads=heads2, deps=deps2))
    assert doc[4].pos_ == "NOUN"


def test_speech_verb_made_a_relative_clause_of_a_verbless_root_is_the_predicate(blank):
    # Scientology officials have stated they left .  ('stated' acl:relcl of the root 'Scientology')
    words = ["Scientology", "officials", "have", "stated", "they", "left", "."]
    pos = ["NOUN", "NOUN", "AUX", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = ["scientology", "official", "have", "state", "they", "leave", "."]
    heads = [0, 3, 3, 0, 5, 3, 0]
    deps = ["ROOT", "nsubj", "aux", "acl:relcl", "nsubj", "ccomp", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[3] == ("stated", "ROOT", 3)
    assert arcs(doc)[0] == ("Scientology", "compound", 1)
    assert arcs(doc)[1] == ("officials", "nsubj", 3)
    assert arcs(doc)[6] == (".", "punct", 3)
    # a common noun before a name: the noun is the subject, the name its appositive
    words[:2], pos[:2], lemmas[:2] = ["magazine", "MicroMega"], ["NOUN", "PROPN"], ["magazine", "MicroMega"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[0] == ("magazine", "nsubj", 3)
    assert arcs(doc)[1] == ("MicroMega", "appos", 0)


def test_relative_clause_with_a_gap_stays(blank):
    # The report officials have stated .  (a fragment: 'stated' has no complement, the report is its gap)
    words = ["The", "report", "officials", "have", "stated", "."]
    pos = ["DET", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["the", "report", "official", "have", "state", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["det", "ROOT", "nsubj", "aux", "acl:relcl", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


# After the match , Hernan Gomez , the coach , said we learned .
MATCH_WORDS = [
    "After",
    "the",
    "match",
    ",",
    "Hernan",
    "Gomez",
    ",",
    "the",
    "coach",
    ",",
    "said",
    "we",
    "learned",
]
MATCH_WORDS += ["."]
MATCH_POS = ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON"]
MATCH_POS += ["VERB", "PUNCT"]
MATCH_LEMMAS = [w.lower() for w in MATCH_WORDS[:10]] + ["say", "we", "learn", "."]
# the name an appositive of 'match', the verb's fronted oblique
MATCH_HEADS = [2, 2, 10, 4, 2, 4, 8, 8, 4, 2, 10, 12, 10, 10]
MATCH_DEPS = [
    "case",
    "det",
    "obl",
    "punct",
    "appos",
    "flat",
    "punct",
    "det",
    "appos",
    "punct",
    "ROOT",
    "nsubj",
]
MATCH_DEPS += ["ccomp", "punct"]


def test_name_apposed_to_a_fronted_phrase_is_the_subject_of_a_subjectless_speech_verb(blank):
    morphs = [""] * 10 + ["Tense=Past|VerbForm=Fin", "", "Tense=Past|VerbForm=Fin", ""]
    doc = make_doc(
        blank,
        MATCH_WORDS,
        pos=MATCH_POS,
        lemmas=MATCH_LEMMAS,
        heads=MATCH_HEADS,
        deps=MATCH_DEPS,
        morphs=morphs,
    )
    doc = fix_attributions(doc)
    assert arcs(doc)[4] == ("Hernan", "nsubj", 10)
    assert arcs(doc)[2] == ("match", "obl", 10)
    assert arcs(doc)[8] == ("coach", "appos", 4)


@pytest.mark.parametrize(("form", "moved"), [("Tense=Past|VerbForm=Fin", True), ("VerbForm=Inf", False)])
def test_noun_apposed_to_a_fronted_phrase_is_the_subject_of_a_subjectless_root(blank, form, moved):
    # With the support of the Coalition , the SDF , which includes allies , has made progress .
    # ('SDF' the appositive of 'Coalition', the relative clause on 'support'); an imperative
    # ("..., the SDF, make progress") is left alone: there the noun would be a vocative
    words = ["With", "the", "support", "of", "the", "Coalition", ",", "the", "SDF", ",", "which", "includes"]
    words += ["allies", ",", "has", "made", "progress", "."]
    pos = ["ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "PRON", "VERB"]
    pos += ["NOUN", "PUNCT", "AUX", "VERB", "NOUN", "PUNCT"]
    heads = [2, 2, 15, 5, 5, 2, 8, 8, 5, 11, 11, 2, 11, 2, 15, 15, 15, 15]
    deps = ["case", "det", "obl", "case", "det", "nmod", "punct", "det", "appos", "punct", "nsubj"]
    deps += ["acl:relcl", "obj", "punct", "aux", "ROOT", "obj", "punct"]
    morphs = [""] * 11 + ["VerbForm=Fin", "", "", form, form, "", ""]
    lemmas = [w.lower() for w in words]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    doc = fix_attributions(doc)
    assert arcs(doc)[8] == (("SDF", "nsubj", 15) if moved else ("SDF", "appos", 5))


def test_name_apposed_to_a_fronted_phrase_stays_when_the_verb_has_a_subject(blank):
    # After the match , Hernan Gomez , the coach , he said we learned .
    words = MATCH_WORDS[:10] + ["he"] + MATCH_WORDS[10:]
    pos = MATCH_POS[:10] + ["PRON"] + MATCH_POS[10:]
    lemmas = MATCH_LEMMAS[:10] + ["he"] + MATCH_LEMMAS[10:]
    heads = [h + 1 if h >= 10 else h for h in MATCH_HEADS]
    heads = heads[:10] + [11] + heads[10:]
    deps = MATCH_DEPS[:10] + ["nsubj"] + MATCH_DEPS[10:]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


@pytest.mark.parametrize("quoted", [True, False])
def test_speech_verb_read_as_a_modifier_of_the_name_after_a_quotation_is_inverted(blank, quoted):
    # " We won , " commented Khader Habib .  ('commented' amod of 'Habib', the root)
    # without the quotation marks ("We won, commented Khader Habib") nothing marks the attribution
    words = ["“", "We", "won", ",", "”", "commented", "Khader", "Habib", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["“", "we", "win", ",", "”", "comment", "Khader", "Habib", "."]
    heads = [2, 2, 7, 2, 2, 7, 7, 7, 7]
    deps = ["punct", "nsubj", "parataxis", "punct", "punct", "amod", "compound", "ROOT", "punct"]
    morphs = ["", "", "Tense=Past|VerbForm=Fin", "", "", "Tense=Past|VerbForm=Fin", "", "", ""]
    if not quoted:
        keep = [1, 2, 3, 5, 6, 7, 8]
        old = {k: n for n, k in enumerate(keep)}
        words, pos, lemmas, morphs = ([x[k] for k in keep] for x in (words, pos, lemmas, morphs))
        heads, deps = [old[heads[k]] for k in keep], [deps[k] for k in keep]
    doc = fix_attributions(
        make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    )
    verb = next(t for t in doc if t.text == "commented")
    if quoted:
        assert arcs(doc)[verb.i] == ("commented", "ROOT", verb.i)
        assert arcs(doc)[7] == ("Habib", "nsubj", verb.i)
        assert arcs(doc)[2] == ("won", "ccomp", verb.i)
    else:
        assert verb.dep_ == "amod"


def test_speech_noun_with_a_verb_elsewhere_stays_a_noun(blank):
    words = ["The", "claims", "that", "troops", "left", "are", "false"]
    pos = ["DET", "NOUN", "SCONJ", "NOUN", "VERB", "AUX", "ADJ"]
    lemmas = ["the", "claim", "that", "troop", "leave", "be", "false"]
    heads = [1, 6, 4, 4, 1, 6, 6]
    deps = ["det", "nsubj", "mark", "nsubj", "acl", "cop", "ROOT"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert doc[1].pos_ == "NOUN"
    assert arcs(doc)[4] == ("left", "acl", 1)


# Later , Davis said , troops left .
ADVCL_WORDS = ["Later", ",", "Davis", "said", ",", "troops", "left", "."]
ADVCL_POS = ["ADV", "PUNCT", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"]
ADVCL_LEMMAS = ["later", ",", "Davis", "say", ",", "troop", "leave", "."]
ADVCL_MORPHS = ["", "", "", "Tense=Past|VerbForm=Fin", "", "", "Tense=Past|VerbForm=Fin", ""]


def test_medial_attribution_hung_as_advcl_is_parataxis(blank):
    heads = [3, 2, 3, 6, 3, 6, 6, 6]
    deps = ["advmod", "punct", "nsubj", "advcl", "punct", "nsubj", "ROOT", "punct"]
    doc = make_doc(
        blank, ADVCL_WORDS, pos=ADVCL_POS, lemmas=ADVCL_LEMMAS, heads=heads, deps=deps, morphs=ADVCL_MORPHS
    )
    doc = fix_attributions(doc)
    assert arcs(doc)[3] == ("said", "parataxis", 6)
    assert arcs(doc)[0] == ("Later", "advmod", 6)  # the reported clause's word, not the attribution's


@pytest.mark.parametrize("mark", ["As", "When"])
def test_advcl_with_a_subordinator_stays_advcl(blank, mark):
    words = [mark] + ADVCL_WORDS[2:]
    heads = [2, 2, 5, 2, 5, 5, 5]
    deps = ["mark", "nsubj", "advcl", "punct", "nsubj", "ROOT", "punct"]
    doc = make_doc(
        blank,
        words,
        pos=["SCONJ"] + ADVCL_POS[2:],
        lemmas=[mark.lower()] + ADVCL_LEMMAS[2:],
        heads=heads,
        deps=deps,
        morphs=ADVCL_MORPHS[1:],
    )
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


# Troops left the city , spokesman Pat Ryder told VOA .  (the name hung on "city" as an appos)
LOST_WORDS = ["Troops", "left", "the", "city", ",", "spokesman", "Pat", "Ryder", "told", "VOA", "."]
LOST_POS = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
LOST_LEMMAS = ["troop", "leave", "the", "city", ",", "spokesman", "Pat", "Ryder", "tell", "VOA", "."]


@pytest.mark.parametrize("dep", ["conj", "advcl"])
def test_final_attribution_whose_subject_the_parser_spread_over_the_clause(blank, dep):
    heads = [1, 1, 3, 1, 6, 6, 3, 6, 1, 8, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "punct", "compound", "appos", "flat", dep, "iobj", "punct"]
    doc = make_doc(blank, LOST_WORDS, pos=LOST_POS, lemmas=LOST_LEMMAS, heads=heads, deps=deps)
    doc = fix_attributions(doc)
    assert arcs(doc)[7] == ("Ryder", "nsubj", 8)
    assert [arcs(doc)[i][1:] for i in (5, 6)] == [("compound", 6), ("compound", 7)]  # inside kept
    assert arcs(doc)[8] == ("told", "ROOT", 8)  # then read as any final attribution
    assert arcs(doc)[1] == ("left", "ccomp", 8)


def test_coordinated_speech_verb_keeps_its_shared_subject(blank):
    # Troops left the city , spokesman Pat Ryder and told VOA . : "and" coordinates the verb
    words = LOST_WORDS[:8] + ["and"] + LOST_WORDS[8:]
    heads = [1, 1, 3, 1, 6, 6, 3, 6, 9, 1, 9, 1]
    deps = [
        "nsubj",
        "ROOT",
        "det",
        "obj",
        "punct",
        "compound",
        "appos",
        "flat",
        "cc",
        "conj",
        "iobj",
        "punct",
    ]
    pos = LOST_POS[:8] + ["CCONJ"] + LOST_POS[8:]
    lemmas = LOST_LEMMAS[:8] + ["and"] + LOST_LEMMAS[8:]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


# X condemns attacks , including one claimed by Daesh .  ("claimed" hung on "condemns")
REDUCED_WORDS = ["X", "condemns", "attacks", ",", "including", "one", "claimed", "by", "Daesh", "."]
REDUCED_POS = ["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "NUM", "VERB", "ADP", "PROPN", "PUNCT"]
REDUCED_LEMMAS = ["X", "condemn", "attack", ",", "include", "one", "claim", "by", "Daesh", "."]


@pytest.mark.parametrize(("prep", "changed"), [("by", True), ("in", False)])
def test_participle_with_an_agent_after_a_noun_is_its_reduced_relative(blank, prep, changed):
    heads = [1, 1, 1, 6, 5, 6, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "obj", "punct", "case", "obl", "advcl", "case", "obl", "punct"]
    morphs = [""] * 6 + ["Tense=Past|VerbForm=Part", "", "", ""]
    words = REDUCED_WORDS[:7] + [prep] + REDUCED_WORDS[8:]  # no "by" agent: left alone
    lemmas = REDUCED_LEMMAS[:7] + [prep] + REDUCED_LEMMAS[8:]
    doc = make_doc(blank, words, pos=REDUCED_POS, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    before = arcs(doc)
    doc = fix_attributions(doc)
    if changed:
        assert [arcs(doc)[i] for i in (3, 5, 6, 8)] == [
            (",", "punct", 5),
            ("one", "obl", 1),
            ("claimed", "acl", 5),
            ("Daesh", "obl:agent", 6),
        ]
    else:
        assert arcs(doc) == before


# Recipients , said Mauer , are required .  (the parser: "said" the root, "required" its ccomp)
INVERTED_WORDS = ["Recipients", ",", "said", "Mauer", ",", "are", "required", "."]
INVERTED_POS = ["NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"]
INVERTED_LEMMAS = ["recipient", ",", "say", "Mauer", ",", "be", "require", "."]


@pytest.mark.parametrize(("first_head", "first_dep"), [(2, "nsubj"), (6, "nsubj:pass")])
def test_medial_inverted_attribution_made_the_root_becomes_parataxis(blank, first_head, first_dep):
    heads = [first_head, 0, 2, 6, 3, 6, 2, 2]
    deps = [first_dep, "punct", "ROOT", "nsubj:pass", "punct", "aux:pass", "ccomp", "punct"]
    doc = make_doc(blank, INVERTED_WORDS, pos=INVERTED_POS, lemmas=INVERTED_LEMMAS, heads=heads, deps=deps)
    doc = fix_attributions(doc)
    assert [arcs(doc)[i] for i in (0, 2, 3, 6, 7)] == [
        ("Recipients", "nsubj:pass", 6),
        ("said", "parataxis", 6),
        ("Mauer", "nsubj", 2),
        ("required", "ROOT", 6),
        (".", "punct", 6),
    ]


def test_speech_verb_with_its_own_subject_after_it_is_not_inverted(blank):
    # "Recipients said Mauer is required ." : no comma before the verb, nothing to repair
    words = ["Recipients", "said", "Mauer", "is", "required", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj:pass", "aux:pass", "ccomp", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = make_doc(
        blank,
        words,
        pos=pos,
        lemmas=["recipient", "say", "Mauer", "be", "require", "."],
        heads=heads,
        deps=deps,
    )
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


# I asked if a manager was on duty he told me he was .  ("told" made the head, "asked" its ccomp)
TWO_WORDS = ["I", "asked", "if", "a", "manager", "was", "on", "duty", "he", "told", "me", "he", "was", "."]
TWO_POS = [
    "PRON",
    "VERB",
    "SCONJ",
    "DET",
    "NOUN",
    "AUX",
    "ADP",
    "NOUN",
    "PRON",
    "VERB",
    "PRON",
    "PRON",
    "AUX",
]
TWO_POS += ["PUNCT"]
TWO_LEMMAS = ["I", "ask", "if", "a", "manager", "be", "on", "duty", "he", "tell", "I", "he", "be", "."]
PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
TWO_MORPHS = ["", PAST, "", "", "", PAST, "", "", "", PAST, "", "", PAST, ""]
TWO_DEPS = [
    "nsubj",
    "ccomp",
    "mark",
    "det",
    "nsubj",
    "cop",
    "case",
    "ccomp",
    "nsubj",
    "ROOT",
    "iobj",
    "nsubj",
]
TWO_DEPS += ["ccomp", "punct"]


def test_clause_before_a_verb_with_its_own_content_is_the_head(blank):
    heads = [1, 9, 7, 4, 7, 7, 7, 1, 9, 9, 9, 12, 9, 9]
    doc = make_doc(
        blank, TWO_WORDS, pos=TWO_POS, lemmas=TWO_LEMMAS, heads=heads, deps=TWO_DEPS, morphs=TWO_MORPHS
    )
    doc = fix_attributions(doc)
    assert arcs(doc)[1] == ("asked", "ROOT", 1)
    assert arcs(doc)[9] == ("told", "parataxis", 1)
    assert arcs(doc)[12] == ("was", "ccomp", 9)  # the attribution keeps its own content
    assert arcs(doc)[7] == ("duty", "ccomp", 1)
    assert arcs(doc)[13] == (".", "punct", 1)
    assert arcs(doc)[8] == ("he", "nsubj", 9)


def test_clause_before_joined_by_a_coordinator_is_the_head_of_a_conjunct(blank):
    # Talks ended and the minister said they would resume .
    words = ["Talks", "ended", "and", "the", "minister", "said", "they", "would", "resume", "."]
    pos = ["NOUN", "VERB", "CCONJ", "DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    lemmas = ["talk", "end", "and", "the", "minister", "say", "they", "would", "resume", "."]
    morphs = ["", PAST, "", "", "", PAST, "", "VerbForm=Fin", "VerbForm=Inf", ""]
    heads = [1, 5, 5, 4, 5, 5, 8, 8, 5, 5]
    deps = ["nsubj", "ccomp", "cc", "det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    doc = fix_attributions(doc)
    assert arcs(doc)[1] == ("ended", "ROOT", 1)
    assert arcs(doc)[5] == ("said", "conj", 1)
    assert arcs(doc)[8] == ("resume", "ccomp", 5)


def test_quotation_before_a_verb_with_its_own_content_stays_its_content(blank):
    words = ["“"] + TWO_WORDS[:8] + [",", "”"] + TWO_WORDS[8:]
    pos = ["PUNCT"] + TWO_POS[:8] + ["PUNCT", "PUNCT"] + TWO_POS[8:]
    lemmas = ["“"] + TWO_LEMMAS[:8] + [",", "”"] + TWO_LEMMAS[8:]
    morphs = [""] + TWO_MORPHS[:8] + ["", ""] + TWO_MORPHS[8:]
    heads = [2, 2, 12, 8, 5, 8, 8, 8, 2, 2, 2, 12, 12, 12, 15, 12, 12]
    deps = ["punct"] + TWO_DEPS[:8] + ["punct", "punct"] + TWO_DEPS[8:]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_clause_before_a_verb_whose_later_clause_is_no_content_stays_its_content(blank):
    # The strike killed 12 , officials said , adding that ... : "adding" is no content clause
    words = ["Strikes", "killed", "12", ",", "officials", "said", ",", "adding", "details", "."]
    pos = ["NOUN", "VERB", "NUM", "PUNCT", "NOUN", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"]
    lemmas = ["strike", "kill", "12", ",", "official", "say", ",", "add", "detail", "."]
    morphs = ["", PAST, "", "", "", PAST, "", "Tense=Pres|VerbForm=Part", "", ""]
    heads = [1, 5, 1, 1, 5, 5, 7, 5, 7, 5]
    deps = ["nsubj", "ccomp", "obj", "punct", "nsubj", "ROOT", "punct", "ccomp", "obj", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    doc = fix_attributions(doc)
    assert arcs(doc)[1] == ("killed", "ccomp", 5)
    assert arcs(doc)[5] == ("said", "ROOT", 5)


# Claudio , an undersecretary , said a table will be opened .  (the name made a ccomp)
NAMED_WORDS = ["Claudio", ",", "an", "undersecretary", ",", "said", "a", "table", "will", "be", "opened", "."]
NAMED_POS = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"]
NAMED_LEMMAS = ["Claudio", ",", "an", "undersecretary", ",", "say", "a", "table", "will", "be", "open", "."]
NAMED_MORPHS = [
    "",
    "",
    "",
    "",
    "",
    PAST,
    "",
    "",
    "VerbForm=Fin",
    "VerbForm=Inf",
    "Tense=Past|VerbForm=Part",
    "",
]


def test_noun_before_a_speech_verb_made_its_ccomp_is_its_subject(blank):
    heads = [5, 3, 3, 0, 0, 5, 7, 10, 10, 10, 5, 5]
    deps = ["ccomp", "punct", "det", "parataxis", "punct", "ROOT", "det", "nsubj:pass", "aux", "aux:pass"]
    deps += ["ccomp", "punct"]
    doc = make_doc(
        blank, NAMED_WORDS, pos=NAMED_POS, lemmas=NAMED_LEMMAS, heads=heads, deps=deps, morphs=NAMED_MORPHS
    )
    doc = fix_attributions(doc)
    assert arcs(doc)[0] == ("Claudio", "nsubj", 5)
    assert arcs(doc)[3] == ("undersecretary", "appos", 0)
    assert arcs(doc)[10] == ("opened", "ccomp", 5)


def test_noun_before_a_speech_verb_with_a_subject_stays(blank):
    # Claudio , an undersecretary , he said a table will be opened .
    words = NAMED_WORDS[:5] + ["he"] + NAMED_WORDS[5:]
    pos = NAMED_POS[:5] + ["PRON"] + NAMED_POS[5:]
    lemmas = NAMED_LEMMAS[:5] + ["he"] + NAMED_LEMMAS[5:]
    morphs = NAMED_MORPHS[:5] + [""] + NAMED_MORPHS[5:]
    heads = [6, 3, 3, 0, 0, 6, 6, 8, 11, 11, 11, 6, 6]
    deps = ["ccomp", "punct", "det", "parataxis", "punct", "nsubj", "ROOT", "det", "nsubj:pass", "aux"]
    deps += ["aux:pass", "ccomp", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


# The Department of Agriculture notes , " Ozone causes damage . "  ("of [Agriculture notes]")
NOTES_WORDS = ["The", "Department", "of", "Agriculture", "notes", ",", '"', "Ozone", "causes", "damage", "."]
NOTES_WORDS += ['"']
NOTES_POS = ["DET", "PROPN", "ADP", "PROPN", "NOUN", "PUNCT", "PUNCT", "NOUN", "VERB", "NOUN", "PUNCT"]
NOTES_POS += ["PUNCT"]
NOTES_LEMMAS = ["the", "Department", "of", "Agriculture", "note", ",", '"', "ozone", "cause", "damage", "."]
NOTES_LEMMAS += ['"']
NOTES_SPACES = [True, True, True, True, False, True, False, True, True, False, False, False]


def test_speech_verb_read_into_the_subjects_of_phrase_is_the_verb(blank):
    heads = [1, 8, 4, 4, 1, 1, 8, 8, 8, 8, 8, 8]
    deps = ["det", "nsubj", "case", "compound", "nmod", "punct", "punct", "nsubj", "ROOT", "obj", "punct"]
    deps += ["punct"]
    doc = make_doc(
        blank, NOTES_WORDS, pos=NOTES_POS, lemmas=NOTES_LEMMAS, heads=heads, deps=deps, spaces=NOTES_SPACES
    )
    doc = fix_attributions(doc)
    assert doc[4].pos_ == "VERB"
    assert arcs(doc)[4] == ("notes", "ROOT", 4)
    assert arcs(doc)[1] == ("Department", "nsubj", 4)
    assert arcs(doc)[3] == ("Agriculture", "nmod", 1)
    assert arcs(doc)[2] == ("of", "case", 3)
    assert arcs(doc)[8] == ("causes", "ccomp", 4)
    assert arcs(doc)[7] == ("Ozone", "nsubj", 8)
    assert arcs(doc)[11] == ('"', "punct", 8)  # the quotation keeps its marks


def test_speech_verb_tagged_noun_heading_the_subject_before_a_quotation_is_the_verb(blank):
    # the same sentence read as one noun phrase: 'notes' the root, 'Department' its compound,
    # the quotation its parataxis
    heads = [1, 4, 3, 1, 4, 4, 8, 8, 4, 8, 8, 8]
    deps = ["det", "compound", "case", "nmod", "ROOT", "punct", "punct", "nsubj", "parataxis", "obj", "punct"]
    deps += ["punct"]
    doc = make_doc(
        blank, NOTES_WORDS, pos=NOTES_POS, lemmas=NOTES_LEMMAS, heads=heads, deps=deps, spaces=NOTES_SPACES
    )
    doc = fix_attributions(doc)
    assert doc[4].pos_ == "VERB"
    assert arcs(doc)[1] == ("Department", "nsubj", 4)
    assert arcs(doc)[0] == ("The", "det", 1)
    assert arcs(doc)[8] == ("causes", "ccomp", 4)
    # without the quotation marks the parataxis is left alone (a noun phrase and a clause)
    words = [w for w in NOTES_WORDS if w != '"']
    keep = [i for i, w in enumerate(NOTES_WORDS) if w != '"']
    old = {k: n for n, k in enumerate(keep)}
    doc = make_doc(
        blank,
        words,
        pos=[NOTES_POS[k] for k in keep],
        lemmas=[NOTES_LEMMAS[k] for k in keep],
        heads=[old[heads[k]] for k in keep],
        deps=[deps[k] for k in keep],
    )
    doc = fix_attributions(doc)
    assert doc[4].pos_ == "NOUN"
    assert arcs(doc)[7] == ("causes", "parataxis", 4)


def test_noun_in_the_subjects_of_phrase_before_a_one_subject_clause_stays(blank):
    # The author of the field notes , " A Guide " , said no .  ("notes" a noun: "said" has one subject)
    words = [
        "The",
        "author",
        "of",
        "the",
        "field",
        "notes",
        ",",
        '"',
        "A",
        "Guide",
        '"',
        ",",
        "said",
        "no",
        ".",
    ]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "NOUN", "PUNCT", "PUNCT", "DET", "PROPN", "PUNCT", "PUNCT"]
    pos += ["VERB", "INTJ", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[5], lemmas[12] = "note", "say"
    heads = [1, 12, 5, 5, 5, 1, 9, 9, 9, 5, 9, 1, 12, 12, 12]
    deps = ["det", "nsubj", "case", "det", "compound", "nmod", "punct", "punct", "det", "appos", "punct"]
    deps += ["punct", "ROOT", "obj", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before
    assert doc[5].pos_ == "NOUN"


def test_speech_verb_read_into_a_verbless_subject_takes_its_that_clause(blank):
    # The head of the Red Cross notes that camps are full .
    words = ["The", "head", "of", "the", "Red", "Cross", "notes", "that", "camps", "are", "full", "."]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "NOUN", "SCONJ", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["the", "head", "of", "the", "Red", "Cross", "note", "that", "camp", "be", "full", "."]
    heads = [1, 1, 6, 6, 5, 6, 1, 10, 10, 10, 6, 1]
    deps = ["det", "ROOT", "case", "det", "compound", "compound", "nmod", "mark", "nsubj", "cop", "acl:relcl"]
    deps += ["punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    doc = fix_attributions(doc)
    assert arcs(doc)[6] == ("notes", "ROOT", 6)
    assert arcs(doc)[1] == ("head", "nsubj", 6)
    assert arcs(doc)[5] == ("Cross", "nmod", 1)
    assert [arcs(doc)[i] for i in (2, 3)] == [("of", "case", 5), ("the", "det", 5)]
    assert arcs(doc)[10] == ("full", "ccomp", 6)
    assert arcs(doc)[11] == (".", "punct", 6)


def test_words_after_the_quotation_of_a_verb_read_into_the_subject_go_with_the_verb(blank):
    # The Department of Agriculture notes , " Ozone causes damage " , adding details .
    words = NOTES_WORDS[:10] + ['"', ",", "adding", "details", "."]
    pos = NOTES_POS[:10] + ["PUNCT", "PUNCT", "VERB", "NOUN", "PUNCT"]
    lemmas = NOTES_LEMMAS[:10] + ['"', ",", "add", "detail", "."]
    spaces = NOTES_SPACES[:9] + [False, False, True, True, False, False]
    heads = [1, 8, 4, 4, 1, 1, 8, 8, 8, 8, 8, 12, 8, 12, 8]
    deps = ["det", "nsubj", "case", "compound", "nmod", "punct", "punct", "nsubj", "ROOT", "obj", "punct"]
    deps += ["punct", "advcl", "obj", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, spaces=spaces)
    doc = fix_attributions(doc)
    assert arcs(doc)[8] == ("causes", "ccomp", 4)
    assert arcs(doc)[10] == ('"', "punct", 8)  # the closing mark stays with the quotation
    assert arcs(doc)[12] == ("adding", "advcl", 4)
    assert arcs(doc)[14] == (".", "punct", 4)


def test_subordinate_clause_before_a_verb_with_its_own_content_stays(blank):
    # If talks ended the minister said they would resume .  ("ended" taken for the ccomp)
    words = ["If", "talks", "ended", "the", "minister", "said", "they", "would", "resume", "."]
    pos = ["SCONJ", "NOUN", "VERB", "DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    lemmas = ["if", "talk", "end", "the", "minister", "say", "they", "would", "resume", "."]
    morphs = ["", "", PAST, "", "", PAST, "", "VerbForm=Fin", "VerbForm=Inf", ""]
    heads = [2, 2, 5, 4, 5, 5, 8, 8, 5, 5]
    deps = ["mark", "nsubj", "ccomp", "det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    doc = fix_attributions(doc)
    assert arcs(doc)[5] == ("said", "ROOT", 5)


def test_noun_before_a_speech_verb_with_an_object_stays(blank):
    # Kyiv , said Zelensky , will never fall .  (the object may be the inverted subject)
    words = ["Kyiv", ",", "said", "Zelensky", ",", "will", "fall", "."]
    pos = ["PROPN", "PUNCT", "VERB", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"]
    lemmas = ["Kyiv", ",", "say", "Zelensky", ",", "will", "fall", "."]
    morphs = ["", "", PAST, "", "", "VerbForm=Fin", "VerbForm=Inf", ""]
    heads = [2, 2, 2, 2, 6, 6, 2, 2]
    deps = ["ccomp", "punct", "ROOT", "obj", "punct", "aux", "ccomp", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)
    doc = fix_attributions(doc)
    assert arcs(doc)[0][1] != "nsubj"


def _split_name_doc(blank, last_word="Mazloum", last_pos="PROPN"):
    # "SDF Commander Mazloum | Abdi said it ." with the parser's boundary inside the name
    words = ["SDF", "Commander", last_word, "Abdi", "said", "it", "."]
    pos = ["PROPN", "PROPN", last_pos, "PROPN", "VERB", "PRON", "PUNCT"]
    lemmas = ["sdf", "commander", last_word.lower(), "abdi", "say", "it", "."]
    heads = [2, 2, 2, 4, 4, 4, 4]
    deps = ["compound", "compound", "ROOT", "nsubj", "ROOT", "obj", "punct"]
    spaces = [True, True, True, True, True, False, False]
    return make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, spaces=spaces)


def test_sentence_boundary_inside_a_name_is_removed(blank):
    doc = _split_name_doc(blank)
    assert len(list(doc.sents)) == 2
    doc = fix_attributions(doc)
    assert len(list(doc.sents)) == 1
    assert arcs(doc)[2] == ("Mazloum", "nsubj", 4)
    assert arcs(doc)[3] == ("Abdi", "flat", 2)


def test_boundary_after_a_common_noun_stays(blank):
    # "SDF Commander troops | Abdi said it": the fragment does not end in a proper noun
    doc = fix_attributions(_split_name_doc(blank, last_word="troops", last_pos="NOUN"))
    assert len(list(doc.sents)) == 2


def test_boundary_before_two_names_stays(blank):
    # "Ben Rogers | Professor Ronn said it .": the next sentence opens with a title and a name
    words = ["Ben", "Rogers", "Professor", "Ronn", "said", "it", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    heads = [1, 1, 3, 4, 4, 4, 4]
    deps = ["compound", "ROOT", "compound", "nsubj", "ROOT", "obj", "punct"]
    spaces = [True, True, True, True, True, False, False]
    doc = fix_attributions(make_doc(blank, words, pos=pos, heads=heads, deps=deps, spaces=spaces))
    assert len(list(doc.sents)) == 2


# "“The problem is with the groups,” Habib said ."
QWORDS = ["“", "The", "problem", "is", "with", "the", "groups", ",", "”", "Habib", "said", "."]
QPOS = ["PUNCT", "DET", "NOUN", "AUX", "ADP", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
QLEMMAS = ["“", "the", "problem", "be", "with", "the", "group", ",", "”", "habib", "say", "."]
QSPACES = [False, True, True, True, True, True, False, False, True, True, False, False]


def test_quotation_taken_for_a_second_subject_becomes_the_ccomp(blank):
    heads = [6, 2, 6, 6, 6, 6, 10, 6, 6, 10, 10, 10]
    deps = [
        "punct",
        "det",
        "nsubj",
        "cop",
        "case",
        "det",
        "nsubj",
        "punct",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
    ]
    doc = make_doc(blank, QWORDS, pos=QPOS, lemmas=QLEMMAS, heads=heads, deps=deps, spaces=QSPACES)
    doc = fix_attributions(doc)
    assert arcs(doc)[6] == ("groups", "ccomp", 10)
    assert arcs(doc)[9] == ("Habib", "nsubj", 10)


def test_attribution_hung_as_a_relative_clause_on_the_quotation_is_promoted(blank):
    heads = [6, 2, 6, 6, 6, 6, 6, 6, 10, 10, 6, 6]
    deps = [
        "punct",
        "det",
        "nsubj",
        "cop",
        "case",
        "det",
        "ROOT",
        "punct",
        "punct",
        "nsubj",
        "acl:relcl",
        "punct",
    ]
    doc = make_doc(blank, QWORDS, pos=QPOS, lemmas=QLEMMAS, heads=heads, deps=deps, spaces=QSPACES)
    doc = fix_attributions(doc)
    assert arcs(doc)[10] == ("said", "ROOT", 10)
    assert arcs(doc)[6] == ("groups", "ccomp", 10)
    assert arcs(doc)[9] == ("Habib", "nsubj", 10)


def test_relative_clause_with_a_relative_word_stays(blank):
    # "The problem is the groups, which Habib mentioned." keeps its relative clause
    words = ["The", "problem", "is", "the", "groups", ",", "which", "Habib", "mentioned", "."]
    pos = ["DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT", "PRON", "PROPN", "VERB", "PUNCT"]
    lemmas = ["the", "problem", "be", "the", "group", ",", "which", "habib", "mention", "."]
    heads = [1, 4, 4, 4, 4, 8, 8, 8, 4, 4]
    deps = ["det", "nsubj", "cop", "det", "ROOT", "punct", "obj", "nsubj", "acl:relcl", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


DEP_WORDS = ["Recipients", ",", "said", "Mauer", ",", "are", "required", "to", "exhibit", "."]
DEP_POS = ["NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "AUX", "VERB", "PART", "VERB", "PUNCT"]
DEP_LEMMAS = ["recipient", ",", "say", "Mauer", ",", "be", "require", "to", "exhibit", "."]
DEP_MORPHS = ["", "", "Tense=Past|VerbForm=Fin", "", "", "", "Tense=Past|VerbForm=Part", "", "", ""]


@pytest.mark.parametrize(("comma", "dep"), [(",", "parataxis"), ("and", "dep")])
def test_medial_attribution_left_as_dep_is_parataxis(blank, comma, dep):
    words = [*DEP_WORDS[:4], comma, *DEP_WORDS[5:]]
    heads = [2, 2, 6, 2, 2, 6, 6, 8, 6, 6]
    deps = ["nsubj", "punct", "dep", "obj", "punct", "aux:pass", "ROOT", "mark", "xcomp", "punct"]
    doc = make_doc(blank, words, pos=DEP_POS, lemmas=DEP_LEMMAS, heads=heads, deps=deps, morphs=DEP_MORPHS)
    doc = fix_attributions(doc)
    assert arcs(doc)[2] == ("said", dep, 6)


REL_WORDS = ["I", "want", "to", "congratulate", "Syrians", "who", "fought", "and", "thank", "Turkey", "."]
REL_POS = ["PRON", "VERB", "PART", "VERB", "PROPN", "PRON", "VERB", "CCONJ", "VERB", "PROPN", "PUNCT"]
REL_LEMMAS = ["I", "want", "to", "congratulate", "Syrians", "who", "fight", "and", "thank", "Turkey", "."]


@pytest.mark.parametrize(
    ("word", "morph", "head"),
    [
        ("thank", "Tense=Pres|VerbForm=Fin", 3),  # bare form: the infinitive's conjunct
        ("thanked", "Tense=Past|VerbForm=Fin", 6),  # "who fought and thanked": the relative's
    ],
)
def test_bare_conjunct_of_a_past_relative_clause_is_the_infinitives(blank, word, morph, head):
    words = [*REL_WORDS[:8], word, *REL_WORDS[9:]]
    heads = [1, 1, 3, 1, 3, 6, 4, 8, 6, 8, 1]
    deps = ["nsubj", "ROOT", "mark", "xcomp", "obj", "nsubj", "acl:relcl", "cc", "conj", "obj", "punct"]
    morphs = ["", "VerbForm=Fin", "", "VerbForm=Inf", "", "", "Tense=Past|VerbForm=Fin", "", morph, "", ""]
    doc = make_doc(blank, words, pos=REL_POS, lemmas=REL_LEMMAS, heads=heads, deps=deps, morphs=morphs)
    doc = fix_attributions(doc)
    assert arcs(doc)[8] == (word, "conj", head)


FRONT_WORDS = [
    "According",
    "to",
    "Mohib",
    ",",
    "the",
    "team",
    "in",
    "this",
    "contest",
    "shows",
    "progress",
    ".",
]
FRONT_POS = ["VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
FRONT_LEMMAS = ["accord", "to", "Mohib", ",", "the", "team", "in", "this", "contest", "show", "progress", "."]
FRONT_MORPHS = [""] * 9 + ["Tense=Pres|VerbForm=Fin", "", ""]


@pytest.mark.parametrize(("link", "moved"), [(",", True), ("and", False)])
def test_finite_verb_under_the_noun_of_a_fronted_phrase_is_the_root(blank, link, moved):
    words = [*FRONT_WORDS[:3], link, *FRONT_WORDS[4:]]
    pos = [*FRONT_POS[:3], "PUNCT" if link == "," else "CCONJ", *FRONT_POS[4:]]
    # the parser's shape: "Mohib" the root, "team" its conj, "shows" its nmod heading "in this"
    heads = [2, 0, 2, 5, 5, 2, 9, 9, 9, 2, 9, 2]
    deps = [
        "case",
        "fixed",
        "ROOT",
        "punct",
        "det",
        "conj",
        "case",
        "det",
        "compound",
        "nmod",
        "obj",
        "punct",
    ]
    if link == "and":
        deps[3] = "cc"
    doc = make_doc(blank, words, pos=pos, lemmas=FRONT_LEMMAS, heads=heads, deps=deps, morphs=FRONT_MORPHS)
    doc = fix_attributions(doc)
    if moved:
        assert arcs(doc)[2] == ("Mohib", "obl", 9)
        assert arcs(doc)[5] == ("team", "nsubj", 9)
        assert arcs(doc)[9] == ("shows", "ROOT", 9)
        assert arcs(doc)[8] == ("contest", "nmod", 5)
        assert arcs(doc)[6] == ("in", "case", 8)
        assert arcs(doc)[11] == (".", "punct", 9)
    else:
        assert arcs(doc)[9] == ("shows", "nmod", 2)


SPLIT_WORDS = ["During", "questions", "Wednesday", ",", "Sunak", "defended", "it", "."]
SPLIT_POS = ["ADP", "NOUN", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"]
SPLIT_LEMMAS = ["during", "question", "Wednesday", ",", "Sunak", "defend", "it", "."]
SPLIT_MORPHS = [""] * 5 + ["Tense=Past|VerbForm=Fin", "", ""]


@pytest.mark.parametrize(("comma_head", "first"), [(2, "During"), (5, "During"), (2, "Despite")])
def test_fronted_phrase_split_off_before_a_comma_is_the_next_clauses_obl(blank, comma_head, first):
    # the parser's two sentences: "During questions Wednesday ," | "Sunak defended it ."
    # (or the comma opening the second)
    heads = [2, 2, 2, comma_head, 5, 5, 5, 5]
    deps = ["case", "compound", "ROOT", "punct", "nsubj", "ROOT", "obj", "punct"]
    words = [first, *SPLIT_WORDS[1:]]
    doc = make_doc(
        blank, words, pos=SPLIT_POS, lemmas=SPLIT_LEMMAS, heads=heads, deps=deps, morphs=SPLIT_MORPHS
    )
    assert len(list(doc.sents)) == 2
    doc = fix_attributions(doc)
    assert arcs(doc)[2] == ("Wednesday", "obl", 5)
    assert len(list(doc.sents)) == 1


def test_fragment_without_a_preposition_stays_a_sentence(blank):
    heads = [2, 2, 2, 2, 5, 5, 5, 5]
    deps = ["amod", "compound", "ROOT", "punct", "nsubj", "ROOT", "obj", "punct"]
    words = ["Busy", *SPLIT_WORDS[1:]]
    pos = ["ADJ", *SPLIT_POS[1:]]
    doc = make_doc(blank, words, pos=pos, lemmas=SPLIT_LEMMAS, heads=heads, deps=deps, morphs=SPLIT_MORPHS)
    doc = fix_attributions(doc)
    assert arcs(doc)[2] == ("Wednesday", "ROOT", 2)


def test_final_verb_with_an_object_of_its_own_is_not_an_attribution(blank):
    # "Atmosphere is fun, the assortment adds entertainment.": "adds" has its own object, so
    # it reports nothing; the parser's parataxis stays
    words = ["Atmosphere", "is", "fun", ",", "the", "assortment", "adds", "entertainment", "."]
    pos = ["NOUN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    lemmas = ["atmosphere", "be", "fun", ",", "the", "assortment", "add", "entertainment", "."]
    heads = [2, 2, 2, 6, 5, 6, 2, 6, 2]
    deps = ["nsubj", "cop", "ROOT", "punct", "det", "nsubj", "parataxis", "obj", "punct"]
    doc = make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    before = arcs(doc)
    assert arcs(fix_attributions(doc)) == before


def test_final_attribution_with_an_addressee_becomes_the_head(blank):
    words = ["Russia", "will", "attack", ",", "he", "warned", "Kyiv", "."]
    pos = ["PROPN", "AUX", "VERB", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"]
    lemmas = ["Russia", "will", "attack", ",", "he", "warn", "Kyiv", "."]
    heads = [2, 2, 2, 5, 5, 2, 5, 2]
    deps = ["nsubj", "aux", "ROOT", "punct", "nsubj", "parataxis", "obj", "punct"]
    doc = fix_attributions(make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps))
    assert arcs(doc)[2] == ("attack", "ccomp", 5)
    assert arcs(doc)[5] == ("warned", "ROOT", 5)


def _fronted_participle_doc(blank, mark: bool):
    # "Speaking in court , Tom Molomby , said it ." with "Tom" taken into the participle clause
    words = ["Speaking", "in", "court", ",", "Tom", "Molomby", ",", "said", "it", "."]
    pos = ["VERB", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    lemmas = ["speak", "in", "court", ",", "Tom", "Molomby", ",", "say", "it", "."]
    morphs = ["VerbForm=Ger", "", "", "", "", "", "", PAST, "", ""]
    heads = [7, 2, 0, 4, 0, 4, 0, 7, 7, 7]
    deps = ["advcl", "case", "obl", "punct", "parataxis", "flat", "punct", "ROOT", "obj", "punct"]
    if mark:  # "While in court, Tom Molomby, said it": a subordinator, not a participle's object
        words[0], pos[0], lemmas[0], morphs[0] = "While", "VERB", "while", "VerbForm=Ger"
        words.insert(0, "when")
        pos.insert(0, "SCONJ")
        lemmas.insert(0, "when")
        morphs.insert(0, "")
        heads = [1] + [h + 1 for h in heads]
        deps.insert(0, "mark")
    return make_doc(blank, words, pos=pos, lemmas=lemmas, heads=heads, deps=deps, morphs=morphs)


def test_subject_taken_into_a_fronted_participle_clause_is_the_verbs_subject(blank):
    doc = fix_attributions(_fronted_participle_doc(blank, mark=False))
    assert arcs(doc)[4] == ("Tom", "nsubj", 7)
    assert arcs(doc)[6] == (",", "punct", 7)
    assert arcs(doc)[0] == ("Speaking", "advcl", 7)


def test_fronted_clause_with_a_subordinator_keeps_its_noun(blank):
    doc = fix_attributions(_fronted_participle_doc(blank, mark=True))
    assert arcs(doc)[5] == ("Tom", "parataxis", 1)
