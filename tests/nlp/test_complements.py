"""The content clause of a speech verb (``complements.py``) on hand-built parses."""

from __future__ import annotations

import pytest

from claimledger.nlp.complements import fix_complements

from .conftest import make_doc

FIN = "VerbForm=Fin"


def build(blank, rows):
    """rows: (word, head index, dep, pos, lemma, morph)."""
    words, heads, deps, pos, lemmas, morphs = zip(*rows, strict=True)
    return make_doc(
        blank,
        list(words),
        heads=list(heads),
        deps=list(deps),
        pos=list(pos),
        lemmas=list(lemmas),
        morphs=list(morphs),
    )


def arc(doc, i):
    return doc[i].dep_, doc[i].head.i


COMMITTEE = [
    ("Griffin", 1, "nsubj", "PROPN", "Griffin", ""),
    ("told", 1, "ROOT", "VERB", "tell", FIN),
    ("the", 3, "det", "DET", "the", ""),
    ("committee", 1, "iobj", "NOUN", "committee", ""),
    ("that", 7, "mark", "SCONJ", "that", ""),
    ("the", 6, "det", "DET", "the", ""),
    ("agency", 7, "nsubj", "NOUN", "agency", ""),
    ("expects", 3, "acl:relcl", "VERB", "expect", FIN),
    ("growth", 7, "obj", "NOUN", "growth", ""),
    (".", 1, "punct", "PUNCT", ".", ""),
]

# (rows, {token index: (dep, head index) after the repair})
CASES = [
    pytest.param(
        [
            ("Bruce", 1, "nsubj", "PROPN", "Bruce", ""),
            ("indicated", 1, "ROOT", "VERB", "indicate", FIN),
            ("NiMo", 3, "nsubj", "PROPN", "NiMo", ""),
            ("listed", 1, "xcomp", "VERB", "list", FIN),
            ("companies", 3, "obj", "NOUN", "company", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {3: ("ccomp", 1), 2: ("nsubj", 3)},
        id="finite_clause_with_subject_is_relabelled",
    ),
    pytest.param(
        [
            ("She", 1, "nsubj", "PRON", "she", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("so", 1, "advmod", "ADV", "so", ""),
            ("because", 5, "mark", "SCONJ", "because", ""),
            ("troops", 5, "nsubj", "NOUN", "troop", ""),
            ("attacked", 1, "advcl", "VERB", "attack", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {5: ("advcl", 1)},
        id="adverbial_clause_keeps_its_label",
    ),
    pytest.param(
        [
            ("Chahine", 1, "nsubj", "PROPN", "Chahine", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("her", 3, "nmod:poss", "PRON", "her", ""),
            ("family", 1, "obj", "NOUN", "family", ""),
            ("spent", 3, "acl", "VERB", "spend", FIN),
            ("money", 4, "obj", "NOUN", "money", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {4: ("ccomp", 1), 3: ("nsubj", 4), 5: ("obj", 4)},
        id="object_noun_with_clause_becomes_its_subject",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("nothing", 1, "obj", "PRON", "nothing", ""),
            ("happened", 1, "advcl", "VERB", "happen", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {3: ("ccomp", 1), 2: ("nsubj", 3)},
        id="object_with_adverbial_clause_of_the_verb",
    ),
    pytest.param(
        [
            ("They", 1, "nsubj", "PRON", "they", ""),
            ("reported", 1, "ROOT", "VERB", "report", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("men", 1, "obj", "NOUN", "man", ""),
            ("killed", 3, "acl", "VERB", "kill", "Tense=Past|VerbForm=Part"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {4: ("acl", 3), 3: ("obj", 1)},
        id="reduced_relative_participle_is_left_alone",
    ),
    pytest.param(
        [
            ("Zelikow", 1, "nsubj", "PROPN", "Zelikow", ""),
            ("admitted", 1, "ROOT", "VERB", "admit", FIN),
            ("that", 7, "mark", "SCONJ", "that", ""),
            ("the", 4, "det", "DET", "the", ""),
            ("motive", 7, "nsubj:outer", "NOUN", "motive", ""),
            ("was", 7, "cop", "AUX", "be", FIN),
            ("to", 7, "mark", "PART", "to", ""),
            ("protect", 1, "advcl", "VERB", "protect", "VerbForm=Inf"),
            ("Israel", 7, "obj", "PROPN", "Israel", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {7: ("ccomp", 1)},
        id="outer_subject_and_infinitive_after_a_finite_copula",
    ),
    pytest.param(
        [
            ("he", 1, "nsubj", "PRON", "he", ""),
            ("mentioned", 1, "ROOT", "VERB", "mention", FIN),
            ("we", 6, "nsubj", "PRON", "we", ""),
            ("were", 6, "cop", "AUX", "be", FIN),
            ("a", 6, "det", "DET", "a", ""),
            ("close", 6, "amod", "ADJ", "close", ""),
            ("sixth", 1, "advmod", "ADJ", "sixth", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {6: ("ccomp", 1)},
        id="nominal_predicate_with_subject_and_copula_is_a_clause",
    ),
    pytest.param(
        [
            ("he", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("so", 1, "advmod", "ADV", "so", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {2: ("advmod", 1)},
        id="adverb_without_subject_keeps_its_label",
    ),
    pytest.param(
        [
            ("Police", 1, "nsubj", "NOUN", "police", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("suspect", 1, "obj", "NOUN", "suspect", ""),
            (",", 6, "punct", "PUNCT", ",", ""),
            ("a", 6, "det", "DET", "a", ""),
            ("man", 3, "appos", "NOUN", "man", ""),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("had", 10, "aux", "AUX", "have", FIN),
            ("been", 10, "aux:pass", "AUX", "be", "VerbForm=Part"),
            ("arrested", 1, "parataxis", "VERB", "arrest", "Tense=Past|VerbForm=Part"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {10: ("ccomp", 1), 3: ("nsubj:pass", 10)},
        id="object_with_apposition_then_clause_becomes_its_subject",
    ),
    pytest.param(
        [
            ("Officials", 1, "nsubj", "NOUN", "official", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("strike", 1, "obj", "NOUN", "strike", ""),
            (",", 6, "punct", "PUNCT", ",", ""),
            ("which", 6, "nsubj", "PRON", "which", "PronType=Rel"),
            ("hit", 3, "acl:relcl", "VERB", "hit", FIN),
            ("schools", 6, "obj", "NOUN", "school", ""),
            (",", 9, "punct", "PUNCT", ",", ""),
            ("killed", 1, "conj", "VERB", "kill", FIN),
            ("people", 9, "obj", "NOUN", "people", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {9: ("ccomp", 1), 3: ("nsubj", 9)},
        id="object_with_relative_clause_then_clause_becomes_its_subject",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("prayer", 1, "obj", "NOUN", "prayer", ""),
            (",", 6, "punct", "PUNCT", ",", ""),
            ("which", 6, "nsubj", "PRON", "which", "PronType=Rel"),
            ("ended", 3, "acl:relcl", "VERB", "end", FIN),
            (",", 9, "punct", "PUNCT", ",", ""),
            ("and", 9, "cc", "CCONJ", "and", ""),
            ("left", 1, "conj", "VERB", "leave", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {9: ("conj", 1), 3: ("obj", 1)},
        id="coordinated_verb_after_the_object_is_left_alone",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("Tuesday", 3, "compound", "PROPN", "Tuesday", ""),
            ("night", 1, "obl:unmarked", "NOUN", "night", ""),
            ("that", 6, "mark", "SCONJ", "that", ""),
            ("troops", 6, "nsubj", "NOUN", "troop", ""),
            ("left", 3, "acl:relcl", "VERB", "leave", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {6: ("ccomp", 1)},
        id="that_clause_under_a_bare_time_noun_moves_to_the_verb",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("conceded", 1, "ROOT", "VERB", "concede", FIN),
            ("a", 3, "det", "DET", "a", ""),
            ("penalty", 1, "obj", "NOUN", "penalty", ""),
            ("which", 5, "obj", "PRON", "which", "PronType=Rel"),
            ("referee", 3, "acl:relcl", "NOUN", "referee", ""),
            ("awarded", 3, "acl", "VERB", "award", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {6: ("acl", 3), 3: ("obj", 1)},
        id="verb_that_completes_a_verbless_relative_clause_is_left_alone",
    ),
    pytest.param(
        [
            ("he", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            (",", 3, "punct", "PUNCT", ",", ""),
            ("adding", 1, "ccomp", "VERB", "add", "VerbForm=Ger"),
            ("that", 6, "mark", "SCONJ", "that", ""),
            ("troops", 6, "nsubj", "NOUN", "troop", ""),
            ("left", 3, "ccomp", "VERB", "leave", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {3: ("advcl", 1), 6: ("ccomp", 3)},
        id="gerund_after_a_comma_is_adverbial",
    ),
    pytest.param(
        [
            ("he", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            (",", 5, "punct", "PUNCT", ",", ""),
            ("we", 5, "nsubj", "PRON", "we", ""),
            ("are", 5, "aux", "AUX", "be", FIN),
            ("leaving", 1, "ccomp", "VERB", "leave", "VerbForm=Ger"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {5: ("ccomp", 1)},
        id="progressive_clause_after_a_comma_stays_content",
    ),
    pytest.param(
        [
            ("Netanyahu", 1, "nsubj", "PROPN", "Netanyahu", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("in", 3, "case", "ADP", "in", ""),
            ("statement", 1, "obl", "NOUN", "statement", ""),
            (":", 9, "punct", "PUNCT", ":", ""),
            ("“", 9, "punct", "PUNCT", "“", ""),
            ("We", 9, "nsubj", "PRON", "we", ""),
            ("are", 9, "cop", "AUX", "be", FIN),
            ("at", 9, "case", "ADP", "at", ""),
            ("war", 3, "appos", "NOUN", "war", ""),
            ("”", 9, "punct", "PUNCT", "”", ""),
        ],
        {9: ("ccomp", 1)},
        id="quotation_after_the_verb_and_its_adjunct",
    ),
    pytest.param(
        [
            ("Officials", 1, "nsubj", "NOUN", "official", "Number=Plur"),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("two", 3, "nummod", "NUM", "two", ""),
            ("soldiers", 1, "obj", "NOUN", "soldier", "Number=Plur"),
            ("and", 8, "cc", "CCONJ", "and", ""),
            ("a", 6, "det", "DET", "a", ""),
            ("civilian", 8, "nsubj:pass", "NOUN", "civilian", "Number=Sing"),
            ("were", 8, "aux:pass", "AUX", "be", "Number=Plur|" + FIN),
            ("killed", 1, "conj", "VERB", "kill", "VerbForm=Part"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {8: ("ccomp", 1), 3: ("nsubj:pass", 8), 6: ("conj", 3), 4: ("cc", 6)},
        id="coordinated_subject_cut_after_its_first_conjunct",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("told", 1, "ROOT", "VERB", "tell", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("story", 1, "obj", "NOUN", "story", "Number=Sing"),
            ("and", 8, "cc", "CCONJ", "and", ""),
            ("the", 6, "det", "DET", "the", ""),
            ("crowd", 8, "nsubj", "NOUN", "crowd", "Number=Sing"),
            ("was", 8, "cop", "AUX", "be", "Number=Sing|" + FIN),
            ("silent", 1, "conj", "ADJ", "silent", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {8: ("conj", 1), 3: ("obj", 1)},
        id="object_and_a_second_clause_are_left_alone",
    ),
    pytest.param(
        [
            ("Biden", 1, "nsubj", "PROPN", "Biden", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("Thursday", 1, "ccomp", "PROPN", "Thursday", ""),
            ("it", 5, "nsubj", "PRON", "it", ""),
            ("was", 5, "cop", "AUX", "be", FIN),
            ("concerned", 1, "ccomp", "ADJ", "concerned", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {2: ("obl:unmarked", 1), 5: ("ccomp", 1)},
        id="bare_time_noun_before_the_clause_is_an_adjunct",
    ),
    pytest.param(
        [
            ("Asked", 6, "ccomp", "VERB", "ask", "Tense=Past|VerbForm=Fin"),
            ("whether", 3, "mark", "SCONJ", "whether", ""),
            ("troops", 3, "nsubj", "NOUN", "troop", ""),
            ("left", 0, "ccomp", "VERB", "leave", "Tense=Past|VerbForm=Fin"),
            (",", 0, "punct", "PUNCT", ",", ""),
            ("Peskov", 6, "nsubj", "PROPN", "Peskov", ""),
            ("said", 6, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
            ("no", 6, "obj", "INTJ", "no", ""),
            (".", 6, "punct", "PUNCT", ".", ""),
        ],
        {0: ("advcl", 6)},
        id="fronted_participle_is_adverbial",
    ),
    pytest.param(
        [
            ("The", 1, "det", "DET", "the", ""),
            ("ministry", 6, "nsubj", "NOUN", "ministry", ""),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("in", 5, "case", "ADP", "in", ""),
            ("a", 5, "det", "DET", "a", ""),
            ("statement", 6, "obl", "NOUN", "statement", ""),
            ("released", 10, "ccomp", "VERB", "release", "Tense=Past|VerbForm=Fin"),
            ("on", 8, "case", "ADP", "on", ""),
            ("Sunday", 6, "obl", "PROPN", "Sunday", ""),
            (",", 6, "punct", "PUNCT", ",", ""),
            ("said", 10, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
            ("troops", 12, "nsubj", "NOUN", "troop", ""),
            ("left", 10, "ccomp", "VERB", "leave", "Tense=Past|VerbForm=Fin"),
            (".", 10, "punct", "PUNCT", ".", ""),
        ],
        {6: ("acl", 5), 1: ("nsubj", 10), 5: ("obl", 10), 12: ("ccomp", 10)},
        id="participle_after_a_preposition_phrase_modifies_its_noun",
    ),
    pytest.param(
        [
            ("Russia", 1, "nsubj", "PROPN", "Russia", ""),
            ("lost", 4, "ccomp", "VERB", "lose", "Tense=Past|VerbForm=Fin"),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("officials", 4, "nsubj", "NOUN", "official", ""),
            ("said", 4, "ROOT", "VERB", "say", "Tense=Past|VerbForm=Fin"),
            (".", 4, "punct", "PUNCT", ".", ""),
        ],
        {1: ("ccomp", 4), 0: ("nsubj", 1)},
        id="fronted_clause_with_its_subject_stays_content",
    ),
    pytest.param(
        [
            ("Post", 0, "ROOT", "PROPN", "Post", ""),
            ("“", 4, "punct", "PUNCT", "“", ""),
            ("We", 4, "nsubj", "PRON", "we", ""),
            ("are", 4, "cop", "AUX", "be", FIN),
            ("happy", 0, "parataxis", "ADJ", "happy", ""),
            ("today", 4, "obl:unmarked", "NOUN", "today", ""),
            (",", 4, "punct", "PUNCT", ",", ""),
            ("”", 4, "punct", "PUNCT", "”", ""),
            ("commented", 0, "conj", "VERB", "comment", FIN),
            ("Habib", 8, "obj", "PROPN", "Habib", ""),
        ],
        {4: ("ccomp", 8)},
        id="quotation_closed_right_before_the_verb_becomes_its_ccomp",
    ),
    pytest.param(
        [
            ("“", 3, "punct", "PUNCT", "“", ""),
            ("We", 3, "nsubj", "PRON", "we", ""),
            ("are", 3, "cop", "AUX", "be", FIN),
            ("happy", 3, "ROOT", "ADJ", "happy", ""),
            ("today", 3, "obl:unmarked", "NOUN", "today", ""),
            (",", 3, "punct", "PUNCT", ",", ""),
            ("”", 3, "punct", "PUNCT", "”", ""),
            ("commented", 3, "conj", "VERB", "comment", FIN),
        ],
        {3: ("ROOT", 3), 7: ("conj", 3)},
        id="quotation_that_governs_the_verb_before_it_is_left_alone",
    ),
    pytest.param(
        [
            ("We", 1, "nsubj", "PRON", "we", ""),
            ("asked", 1, "ROOT", "VERB", "ask", FIN),
            ("if", 4, "mark", "SCONJ", "if", ""),
            ("anyone", 4, "nsubj", "PRON", "anyone", ""),
            ("heard", 1, "advcl", "VERB", "hear", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {4: ("ccomp", 1)},
        id="embedded_question_after_ask_is_content",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("commented", 1, "ROOT", "VERB", "comment", FIN),
            ("on", 5, "case", "ADP", "on", ""),
            ("whether", 5, "mark", "SCONJ", "whether", ""),
            ("troops", 5, "nsubj", "NOUN", "troop", ""),
            ("left", 1, "advcl", "VERB", "leave", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {5: ("advcl", 1)},
        id="question_behind_a_preposition_keeps_its_label",
    ),
    pytest.param(COMMITTEE, {7: ("ccomp", 1)}, id="that_clause_under_the_addressee_moves_to_the_verb"),
    pytest.param(
        [
            *COMMITTEE[:4],
            ("that", 5, "nsubj", "PRON", "that", ""),
            ("oversees", 3, "acl:relcl", "VERB", "oversee", FIN),
            ("budgets", 5, "obj", "NOUN", "budget", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {5: ("acl:relcl", 3)},
        id="relative_clause_of_the_addressee_is_left_alone",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("denied", 1, "ROOT", "VERB", "deny", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("claim", 1, "obj", "NOUN", "claim", ""),
            *COMMITTEE[4:7],
            ("attacked", 3, "acl", "VERB", "attack", FIN),
            *COMMITTEE[8:],
        ],
        {7: ("acl", 3)},
        id="clause_of_a_content_noun_object_is_left_alone",
    ),
    pytest.param(
        [
            ("Boswell", 1, "nsubj", "PROPN", "Boswell", ""),
            ("stated", 1, "ROOT", "VERB", "state", FIN),
            (":", 1, "punct", "PUNCT", ":", ""),
            ("“", 6, "punct", "PUNCT", "“", ""),
            ("People", 6, "nsubj", "NOUN", "people", ""),
            ("clearly", 6, "advmod", "ADV", "clearly", ""),
            ("need", 0, "parataxis", "VERB", "need", FIN),
            ("help", 6, "obj", "NOUN", "help", ""),
            ("”", 6, "punct", "PUNCT", "”", ""),
        ],
        {6: ("ccomp", 1)},
        id="quotation_after_the_verb_becomes_its_ccomp",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("said", 5, "parataxis", "VERB", "say", FIN),
            (":", 1, "punct", "PUNCT", ":", ""),
            ("“", 5, "punct", "PUNCT", "“", ""),
            ("We", 5, "nsubj", "PRON", "we", ""),
            ("won", 5, "ROOT", "VERB", "win", FIN),
            ("the", 7, "det", "DET", "the", ""),
            ("war", 5, "obj", "NOUN", "war", ""),
            ("”", 5, "punct", "PUNCT", "”", ""),
        ],
        {1: ("parataxis", 5), 5: ("ROOT", 5)},
        id="quotation_that_governs_the_verb_is_left_alone",
    ),
    pytest.param(
        [
            ("study", 2, "nsubj", "NOUN", "study", ""),
            ("has", 2, "aux", "AUX", "have", FIN),
            ("revealed", 2, "ROOT", "VERB", "reveal", "Tense=Past|VerbForm=Part"),
            ("children", 6, "nsubj", "NOUN", "child", ""),
            ("are", 6, "aux", "AUX", "be", FIN),
            ("not", 6, "advmod", "PART", "not", ""),
            ("getting", 2, "parataxis", "VERB", "get", "VerbForm=Part"),
            ("iodine", 6, "obj", "NOUN", "iodine", ""),
            (".", 2, "punct", "PUNCT", ".", ""),
        ],
        {6: ("ccomp", 2)},
        id="clause_with_subject_right_after_the_verb_is_not_parataxis",
    ),
    pytest.param(
        [
            ("Wilkins", 1, "nsubj", "PROPN", "Wilkins", ""),
            ("observed", 1, "ROOT", "VERB", "observe", FIN),
            ("that", 4, "mark", "SCONJ", "that", ""),
            ("it", 4, "nsubj", "PRON", "it", ""),
            ("coincided", 1, "conj", "VERB", "coincide", FIN),
            ("with", 6, "case", "ADP", "with", ""),
            ("this", 4, "obl", "PRON", "this", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {4: ("ccomp", 1)},
        id="conjunct_marked_by_that_is_the_content",
    ),
    pytest.param(
        [
            ("official", 1, "nsubj", "NOUN", "official", ""),
            ("told", 1, "ROOT", "VERB", "tell", FIN),
            ("VOA", 1, "iobj", "PROPN", "VOA", ""),
            ("Thursday", 1, "obl:unmarked", "PROPN", "Thursday", ""),
            ("there", 5, "expl", "PRON", "there", ""),
            ("is", 1, "parataxis", "VERB", "be", FIN),
            ("urgency", 5, "nsubj", "NOUN", "urgency", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {5: ("ccomp", 1)},
        id="existential_clause_after_the_verbs_addressee_is_the_content",
    ),
    pytest.param(
        [
            ("They", 1, "nsubj", "PRON", "they", ""),
            ("told", 1, "ROOT", "VERB", "tell", FIN),
            ("us", 1, "iobj", "PRON", "we", ""),
            ("I", 4, "nsubj", "PRON", "I", ""),
            ("think", 1, "parataxis", "VERB", "think", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {4: ("parataxis", 1)},
        id="bare_subject_and_verb_after_the_verb_stays_parataxis",
    ),
    pytest.param(
        [
            ("You", 2, "nsubj", "PRON", "you", ""),
            ("should", 2, "aux", "AUX", "should", FIN),
            ("ask", 2, "ROOT", "VERB", "ask", "VerbForm=Inf"),
            ("this", 4, "det", "DET", "this", ""),
            ("question", 2, "obj", "NOUN", "question", ""),
            ("it", 7, "nsubj", "PRON", "it", ""),
            ("is", 7, "cop", "AUX", "be", FIN),
            ("intimidating", 2, "parataxis", "ADJ", "intimidating", ""),
            (".", 2, "punct", "PUNCT", ".", ""),
        ],
        {7: ("parataxis", 2)},
        id="run_on_clause_after_the_verbs_object_stays_parataxis",
    ),
    pytest.param(
        [
            ("They", 1, "nsubj", "PRON", "they", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("it", 4, "nsubj", "PRON", "it", ""),
            ("was", 4, "cop", "AUX", "be", FIN),
            ("ready", 1, "ccomp", "ADJ", "ready", ""),
            (",", 8, "punct", "PUNCT", ",", ""),
            ("and", 8, "cc", "CCONJ", "and", ""),
            ("we", 8, "nsubj", "PRON", "we", ""),
            ("told", 1, "conj", "VERB", "tell", FIN),
            ("them", 8, "obj", "PRON", "they", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {8: ("conj", 1)},
        id="coordinated_clause_stays_conj",
    ),
    pytest.param(
        [
            ("Officials", 1, "nsubj", "NOUN", "official", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("many", 1, "obj", "ADJ", "many", ""),
            ("had", 4, "aux", "AUX", "have", FIN),
            ("fled", 1, "parataxis", "VERB", "flee", "Tense=Past|VerbForm=Part"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {4: ("ccomp", 1), 2: ("nsubj", 4)},
        id="quantifier_taken_for_the_object_is_the_clauses_subject",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("reports", 1, "ROOT", "VERB", "report", FIN),
            ("that", 5, "mark", "SCONJ", "that", ""),
            ("party", 5, "nsubj", "NOUN", "party", ""),
            ("is", 5, "aux", "AUX", "be", FIN),
            ("wavering", 1, "ccomp", "VERB", "waver", "VerbForm=Part"),
            ("and", 7, "cc", "CCONJ", "and", ""),
            ("saying", 5, "conj", "VERB", "say", "VerbForm=Part"),
            ("its", 9, "nmod:poss", "PRON", "its", ""),
            ("position", 11, "nsubj", "NOUN", "position", ""),
            ("will", 11, "aux", "AUX", "will", FIN),
            ("change", 1, "ccomp", "VERB", "change", "VerbForm=Inf"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {11: ("ccomp", 7), 5: ("ccomp", 1)},
        id="clause_right_after_a_lower_speech_verb_is_its_content",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("told", 1, "ROOT", "VERB", "tell", FIN),
            ("me", 1, "iobj", "PRON", "I", ""),
            ("they", 5, "nsubj", "PRON", "they", ""),
            ("were", 5, "cop", "AUX", "be", FIN),
            ("wrong", 1, "ccomp", "ADJ", "wrong", ""),
            ("and", 7, "cc", "CCONJ", "and", ""),
            ("explained", 1, "conj", "VERB", "explain", FIN),
            ("why", 7, "advmod", "ADV", "why", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {5: ("ccomp", 1), 8: ("advmod", 7)},
        id="no_clause_moves_to_a_verb_it_does_not_follow",
    ),
    pytest.param(
        [
            ("Whitmore", 1, "nsubj", "PROPN", "Whitmore", ""),
            ("stated", 1, "ROOT", "VERB", "state", FIN),
            ("to", 3, "case", "ADP", "to", ""),
            ("LA", 1, "obl", "PROPN", "LA", ""),
            ("Weekly", 3, "flat", "PROPN", "Weekly", ""),
            ("that", 8, "mark", "SCONJ", "that", ""),
            ("the", 7, "det", "DET", "the", ""),
            ("crime", 8, "nsubj", "NOUN", "crime", ""),
            ("involved", 4, "acl", "VERB", "involve", FIN),
            ("drives", 8, "obj", "NOUN", "drive", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {8: ("ccomp", 1)},
        id="that_clause_under_the_last_word_of_the_addressees_name",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("convoy", 1, "obj", "NOUN", "convoy", ""),
            ("carrying", 3, "acl", "VERB", "carry", "Tense=Pres|VerbForm=Part"),
            ("aid", 4, "obj", "NOUN", "aid", ""),
            ("arrived", 3, "acl", "VERB", "arrive", "Tense=Past|VerbForm=Part"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {6: ("ccomp", 1), 3: ("nsubj", 6), 4: ("acl", 3)},
        id="past_form_after_the_object_of_say_is_its_clause",
    ),
    pytest.param(
        [
            ("Woman", 1, "nsubj", "NOUN", "woman", ""),
            ("claims", 1, "ROOT", "VERB", "claim", FIN),
            ("Church", 1, "xcomp", "PROPN", "Church", ""),
            ("imprisoned", 1, "xcomp", "VERB", "imprison", "Tense=Past|VerbForm=Part"),
            ("her", 3, "obj", "PRON", "she", ""),
        ],
        {3: ("ccomp", 1), 2: ("nsubj", 3)},
        id="nominal_xcomp_before_a_past_form_with_an_object_is_its_subject",
    ),
    pytest.param(
        [
            ("Woman", 1, "nsubj", "NOUN", "woman", ""),
            ("claims", 1, "ROOT", "VERB", "claim", FIN),
            ("prisoners", 1, "obj", "NOUN", "prisoner", ""),
            ("held", 2, "acl", "VERB", "hold", "Tense=Past|VerbForm=Part"),
            ("there", 3, "advmod", "ADV", "there", ""),
        ],
        {3: ("acl", 2), 2: ("obj", 1)},
        id="participle_without_an_object_after_the_object_of_claim_stays",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("asked", 1, "ROOT", "VERB", "ask", FIN),
            ("what", 1, "obj", "PRON", "what", ""),
            ("the", 4, "det", "DET", "the", ""),
            ("reason", 5, "nsubj", "NOUN", "reason", ""),
            ("was", 2, "acl:relcl", "AUX", "be", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {2: ("ccomp", 1), 4: ("nsubj", 2), 5: ("cop", 2)},
        id="wh_word_with_a_final_be_is_the_embedded_questions_predicate",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("asked", 1, "ROOT", "VERB", "ask", FIN),
            ("what", 1, "obj", "PRON", "what", ""),
            ("the", 4, "det", "DET", "the", ""),
            ("reason", 5, "nsubj", "NOUN", "reason", ""),
            ("was", 2, "acl:relcl", "AUX", "be", FIN),
            ("for", 7, "case", "ADP", "for", ""),
            ("it", 5, "obl", "PRON", "it", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {2: ("obj", 1), 5: ("acl:relcl", 2)},
        id="wh_word_with_be_and_more_words_is_left_alone",
    ),
    pytest.param(
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("explained", 1, "ROOT", "VERB", "explain", FIN),
            ("what", 1, "obj", "PRON", "what", ""),
            ("the", 4, "det", "DET", "the", ""),
            ("reason", 5, "nsubj", "NOUN", "reason", ""),
            ("was", 2, "acl:relcl", "AUX", "be", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
        {2: ("obj", 1), 5: ("acl:relcl", 2)},
        id="wh_word_after_a_verb_that_does_not_ask_is_a_free_relative",
    ),
    pytest.param(
        [
            ("As", 2, "mark", "SCONJ", "as", ""),
            ("Jenkins", 2, "nsubj", "PROPN", "Jenkins", ""),
            ("said", 8, "advcl", "VERB", "say", FIN),
            (",", 2, "punct", "PUNCT", ",", ""),
            ("“", 8, "punct", "PUNCT", "“", ""),
            ("terrorism", 8, "nsubj", "NOUN", "terrorism", ""),
            ("is", 8, "cop", "AUX", "be", FIN),
            ("pure", 8, "amod", "ADJ", "pure", ""),
            ("theater", 8, "ROOT", "NOUN", "theater", ""),
            ("”", 8, "punct", "PUNCT", "”", ""),
        ],
        {2: ("advcl", 8), 8: ("ROOT", 8)},
        id="quotation_after_an_as_clause_is_the_main_clause",
    ),
]


@pytest.mark.parametrize(("rows", "arcs"), CASES)
def test_fix_complements(blank, rows, arcs):
    doc = build(blank, rows)
    fix_complements(doc)
    assert {i: arc(doc, i) for i in arcs} == arcs


# Deals came at a cost that experts said would add up .  ("add" hung on the sentence's verb)
GAP = [
    ("Deals", 1, "nsubj", "NOUN", "deal", ""),
    ("came", 1, "ROOT", "VERB", "come", FIN),
    ("at", 4, "case", "ADP", "at", ""),
    ("a", 4, "det", "DET", "a", ""),
    ("cost", 1, "obl", "NOUN", "cost", ""),
    ("that", 7, "dep", "PRON", "that", "PronType=Rel"),
    ("experts", 7, "nsubj", "NOUN", "expert", ""),
    ("said", 4, "acl:relcl", "VERB", "say", FIN),
    ("would", 9, "aux", "AUX", "would", FIN),
    ("add", 1, "xcomp", "VERB", "add", "VerbForm=Inf"),
    ("up", 9, "compound:prt", "ADP", "up", ""),
    (".", 1, "punct", "PUNCT", ".", ""),
]


def test_reported_clause_with_the_relative_gap_is_the_speech_verbs(blank):
    doc = build(blank, GAP)
    fix_complements(doc)
    assert arc(doc, 9) == ("ccomp", 7)
    assert arc(doc, 5) == ("nsubj", 9)


def test_predicate_with_a_subject_of_its_own_after_a_relative_speech_verb_stays(blank):
    # Deals came at a cost that experts said it would add up . : "add" has its own subject
    rows = (
        GAP[:8]
        + [("it", 10, "nsubj", "PRON", "it", "")]
        + [(w, h + 1 if h > 7 else h, d, p, lem, m) for w, h, d, p, lem, m in GAP[8:]]
    )
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 10) == ("xcomp", 1)


def test_root_after_a_relative_speech_verb_is_the_sentences_predicate(blank):
    # The things he says are wrong .
    rows = [
        ("The", 1, "det", "DET", "the", ""),
        ("things", 5, "nsubj", "NOUN", "thing", ""),
        ("he", 3, "nsubj", "PRON", "he", ""),
        ("says", 1, "acl:relcl", "VERB", "say", FIN),
        ("are", 5, "cop", "AUX", "be", FIN),
        ("wrong", 5, "ROOT", "ADJ", "wrong", ""),
        (".", 5, "punct", "PUNCT", ".", ""),
    ]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 5) == ("ROOT", 5)


def test_relative_word_after_a_speech_verb_is_its_reported_clauses_subject(blank):
    # paintings , which I 'd say were large .  ("which" hung on "say", "were large" its ccomp)
    rows = [
        ("paintings", 0, "ROOT", "NOUN", "painting", ""),
        (",", 5, "punct", "PUNCT", ",", ""),
        ("which", 5, "dep", "PRON", "which", "PronType=Rel"),
        ("I", 5, "nsubj", "PRON", "I", ""),
        ("'d", 5, "aux", "AUX", "would", FIN),
        ("say", 0, "acl:relcl", "VERB", "say", "VerbForm=Inf"),
        ("were", 7, "cop", "AUX", "be", FIN),
        ("large", 5, "ccomp", "ADJ", "large", ""),
        (".", 0, "punct", "PUNCT", ".", ""),
    ]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 2) == ("nsubj", 7)


def _said_time_clause(time_word, that_dep):
    # The ministry said Monday that people were killed .  ("that" taken for the object)
    rows = [
        ("The", 1, "det", "DET", "the", ""),
        ("ministry", 2, "nsubj", "NOUN", "ministry", ""),
        ("said", 2, "ROOT", "VERB", "say", FIN),
        (time_word, 2, "obj", "PROPN", time_word, ""),
        ("that", 7, that_dep, "SCONJ", "that", ""),
        ("people", 7, "nsubj:pass", "NOUN", "people", ""),
        ("were", 7, "aux:pass", "AUX", "be", FIN),
        ("killed", 3, "acl:relcl", "VERB", "kill", "Tense=Past|VerbForm=Part"),
        (".", 2, "punct", "PUNCT", ".", ""),
    ]
    return rows


@pytest.mark.parametrize("that_dep", ["obj", "mark"])
def test_that_clause_under_a_time_word_is_the_content(blank, that_dep):
    doc = build(blank, _said_time_clause("Monday", that_dep))
    fix_complements(doc)
    assert arc(doc, 7) == ("ccomp", 2)
    assert arc(doc, 4) == ("mark", 7)
    assert arc(doc, 3) == ("obl:unmarked", 2)


def test_clause_without_that_under_a_bare_time_word_is_the_content(blank):
    # Police said Friday people were killed .
    rows = _said_time_clause("Friday", "obj")
    rows = [r if i != 4 else ("people", 7, "nsubj:pass", "NOUN", "people", "") for i, r in enumerate(rows)]
    rows = rows[:5] + rows[6:]
    rows = [(w, h - 1 if h > 4 else h, d, p, lem, m) for w, h, d, p, lem, m in rows]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 6) == ("ccomp", 2)


def _said_in_statement(words_after):
    # Hamas said in a statement it had fired rockets .
    rows = [
        ("Hamas", 1, "nsubj", "PROPN", "Hamas", ""),
        ("said", 1, "ROOT", "VERB", "say", FIN),
        ("in", 4, "case", "ADP", "in", ""),
        ("a", 4, "det", "DET", "a", ""),
        ("statement", 1, "obl", "NOUN", "statement", ""),
        ("it", 7, "nsubj", "PRON", "it", ""),
        ("had", 7, "aux", "AUX", "have", FIN),
        ("fired", 4, "acl:relcl", "VERB", "fire", "Tense=Past|VerbForm=Part"),
    ]
    return rows + words_after


def test_clause_with_no_gap_under_the_channel_is_the_content(blank):
    doc = build(
        blank,
        _said_in_statement(
            [("rockets", 7, "obj", "NOUN", "rocket", ""), (".", 1, "punct", "PUNCT", ".", "")]
        ),
    )
    fix_complements(doc)
    assert arc(doc, 7) == ("ccomp", 1)


def test_relative_clause_with_a_gap_under_the_channel_stays(blank):
    # Hamas said in a statement it had issued .  (the statement is what it issued)
    rows = _said_in_statement([(".", 1, "punct", "PUNCT", ".", "")])
    rows[7] = ("issued", 4, "acl:relcl", "VERB", "issue", "Tense=Past|VerbForm=Part")
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 7) == ("acl:relcl", 4)


# A man who police said was armed was shot .  ("armed" made the root, "shot" its conjunct)
GAP_ROOT = [
    ("A", 1, "det", "DET", "a", ""),
    ("man", 6, "nsubj:pass", "NOUN", "man", ""),
    ("who", 4, "obj", "PRON", "who", "PronType=Rel"),
    ("police", 4, "nsubj", "NOUN", "police", ""),
    ("said", 1, "acl:relcl", "VERB", "say", FIN),
    ("was", 6, "aux:pass", "AUX", "be", FIN),
    ("armed", 6, "ROOT", "ADJ", "armed", ""),
    ("was", 8, "aux:pass", "AUX", "be", FIN),
    ("shot", 6, "conj", "VERB", "shoot", "Tense=Past|VerbForm=Part"),
    (".", 6, "punct", "PUNCT", ".", ""),
]


def test_reported_predicate_made_the_root_goes_to_the_speech_verb(blank):
    doc = build(blank, GAP_ROOT)
    fix_complements(doc)
    assert arc(doc, 8) == ("ROOT", 8)
    assert arc(doc, 1) == ("nsubj:pass", 8)
    assert arc(doc, 6) == ("ccomp", 4)
    assert arc(doc, 2) == ("nsubj:pass", 6)  # the relative word, taken for the verb's object
    assert arc(doc, 9) == ("punct", 8)


def test_coordinated_predicate_after_a_relative_speech_verb_stays(blank):
    # A man who police said was armed and was shot .  (a coordinator joins the two)
    rows = GAP_ROOT[:7] + [("and", 9, "cc", "CCONJ", "and", "")]
    rows += [(w, h + 1 if h > 6 else h, d, p, lem, m) for w, h, d, p, lem, m in GAP_ROOT[7:]]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 6) == ("ROOT", 6)


def test_modifier_of_the_object_with_a_subject_and_auxiliary_is_the_reported_clause(blank):
    # Zelensky said Ukraine will not cede territory .  ("cede" tagged ADJ, an amod of "territory")
    rows = [
        ("Zelensky", 1, "nsubj", "PROPN", "Zelensky", ""),
        ("said", 1, "ROOT", "VERB", "say", FIN),
        ("Ukraine", 5, "nsubj", "PROPN", "Ukraine", ""),
        ("will", 5, "aux", "AUX", "will", FIN),
        ("not", 5, "advmod", "PART", "not", ""),
        ("cede", 6, "amod", "ADJ", "cede", ""),
        ("territory", 1, "obj", "NOUN", "territory", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 5) == ("ccomp", 1)
    assert arc(doc, 6) == ("obj", 5)
    assert doc[5].pos_ == "VERB"


def test_adjective_of_the_object_stays(blank):
    # Zelensky said nothing new .
    rows = [
        ("Zelensky", 1, "nsubj", "PROPN", "Zelensky", ""),
        ("said", 1, "ROOT", "VERB", "say", FIN),
        ("old", 3, "amod", "ADJ", "old", ""),
        ("things", 1, "obj", "NOUN", "thing", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 2) == ("amod", 3)


def test_quotation_made_the_head_of_the_verb_before_it_becomes_its_ccomp(blank):
    # Critics were critical , with one poster writing " How can people look ? "
    # (the parser made 'look' the advcl of 'critical' and 'writing' its obl)
    rows = [
        ("Critics", 2, "nsubj", "NOUN", "critic", ""),
        ("were", 2, "cop", "AUX", "be", FIN),
        ("critical", 2, "ROOT", "ADJ", "critical", ""),
        (",", 7, "punct", "PUNCT", ",", ""),
        ("with", 7, "mark", "ADP", "with", ""),
        ("one", 6, "nummod", "NUM", "one", ""),
        ("poster", 7, "nsubj", "NOUN", "poster", ""),
        ("writing", 12, "obl", "VERB", "write", "VerbForm=Part"),
        ('"', 12, "punct", "PUNCT", '"', ""),
        ("How", 12, "advmod", "ADV", "how", ""),
        ("can", 12, "aux", "AUX", "can", FIN),
        ("people", 12, "nsubj", "NOUN", "people", ""),
        ("look", 2, "advcl", "VERB", "look", "VerbForm=Inf"),
        ("?", 12, "punct", "PUNCT", "?", ""),
        ('"', 12, "punct", "PUNCT", '"', ""),
    ]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 7) == ("advcl", 2)
    assert arc(doc, 12) == ("ccomp", 7)


def _wishes(det: bool):
    rows = [
        ("Salem", 1, "nsubj", "PROPN", "Salem", ""),
        ("said", 1, "ROOT", "VERB", "say", FIN),
        ("Mohamed", 3, "nsubj", "PROPN", "Mohamed", ""),
        ("wishes", 1, "obj", "NOUN", "wish", "Number=Plur"),
        ("to", 5, "mark", "PART", "to", ""),
        ("use", 3, "acl", "VERB", "use", "VerbForm=Inf"),
        ("fame", 5, "obj", "NOUN", "fame", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ]
    if det:  # "said his wishes to use fame": a noun with a possessor
        rows[2] = ("his", 3, "nmod:poss", "PRON", "his", "")
    return rows


def test_object_with_a_subject_of_its_own_is_the_reported_clause(blank):
    doc = build(blank, _wishes(det=False))
    fix_complements(doc)
    assert arc(doc, 3) == ("ccomp", 1)
    assert doc[3].pos_ == "VERB"
    assert arc(doc, 2) == ("nsubj", 3)
    assert arc(doc, 5) == ("xcomp", 3)


def test_object_with_a_possessor_stays_an_object(blank):
    doc = build(blank, _wishes(det=True))
    fix_complements(doc)
    assert arc(doc, 3) == ("obj", 1)
    assert doc[3].pos_ == "NOUN"
