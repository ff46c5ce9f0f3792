"""The content clause of a speech verb (``complements.py``) on hand-built parses."""

from __future__ import annotations

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


def test_finite_clause_with_subject_is_relabelled(blank):
    doc = build(
        blank,
        [
            ("Bruce", 1, "nsubj", "PROPN", "Bruce", ""),
            ("indicated", 1, "ROOT", "VERB", "indicate", FIN),
            ("NiMo", 3, "nsubj", "PROPN", "NiMo", ""),
            ("listed", 1, "xcomp", "VERB", "list", FIN),
            ("companies", 3, "obj", "NOUN", "company", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
    )
    fix_complements(doc)
    assert arc(doc, 3) == ("ccomp", 1)
    assert arc(doc, 2) == ("nsubj", 3)


def test_adverbial_clause_keeps_its_label(blank):
    doc = build(
        blank,
        [
            ("She", 1, "nsubj", "PRON", "she", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("so", 1, "advmod", "ADV", "so", ""),
            ("because", 5, "mark", "SCONJ", "because", ""),
            ("troops", 5, "nsubj", "NOUN", "troop", ""),
            ("attacked", 1, "advcl", "VERB", "attack", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
    )
    fix_complements(doc)
    assert arc(doc, 5) == ("advcl", 1)


def test_object_noun_with_clause_becomes_its_subject(blank):
    doc = build(
        blank,
        [
            ("Chahine", 1, "nsubj", "PROPN", "Chahine", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("her", 3, "nmod:poss", "PRON", "her", ""),
            ("family", 1, "obj", "NOUN", "family", ""),
            ("spent", 3, "acl", "VERB", "spend", FIN),
            ("money", 4, "obj", "NOUN", "money", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
    )
    fix_complements(doc)
    assert arc(doc, 4) == ("ccomp", 1)
    assert arc(doc, 3) == ("nsubj", 4)
    assert arc(doc, 5) == ("obj", 4)


def test_object_with_adverbial_clause_of_the_verb(blank):
    doc = build(
        blank,
        [
            ("He", 1, "nsubj", "PRON", "he", ""),
            ("said", 1, "ROOT", "VERB", "say", FIN),
            ("nothing", 1, "obj", "PRON", "nothing", ""),
            ("happened", 1, "advcl", "VERB", "happen", FIN),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
    )
    fix_complements(doc)
    assert arc(doc, 3) == ("ccomp", 1)
    assert arc(doc, 2) == ("nsubj", 3)


def test_reduced_relative_participle_is_left_alone(blank):
    doc = build(
        blank,
        [
            ("They", 1, "nsubj", "PRON", "they", ""),
            ("reported", 1, "ROOT", "VERB", "report", FIN),
            ("the", 3, "det", "DET", "the", ""),
            ("men", 1, "obj", "NOUN", "man", ""),
            ("killed", 3, "acl", "VERB", "kill", "Tense=Past|VerbForm=Part"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ],
    )
    fix_complements(doc)
    assert arc(doc, 4) == ("acl", 3)
    assert arc(doc, 3) == ("obj", 1)


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


def test_that_clause_under_the_addressee_moves_to_the_verb(blank):
    doc = build(blank, COMMITTEE)
    fix_complements(doc)
    assert arc(doc, 7) == ("ccomp", 1)


def test_relative_clause_of_the_addressee_is_left_alone(blank):
    rows = [
        *COMMITTEE[:4],
        ("that", 5, "nsubj", "PRON", "that", ""),
        ("oversees", 3, "acl:relcl", "VERB", "oversee", FIN),
    ]
    rows += [("budgets", 5, "obj", "NOUN", "budget", ""), (".", 1, "punct", "PUNCT", ".", "")]
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 5) == ("acl:relcl", 3)


def test_clause_of_a_content_noun_object_is_left_alone(blank):
    rows = [("He", 1, "nsubj", "PRON", "he", ""), ("denied", 1, "ROOT", "VERB", "deny", FIN)]
    rows += [("the", 3, "det", "DET", "the", ""), ("claim", 1, "obj", "NOUN", "claim", "")]
    rows += [(w, h, d, p, lem, m) for w, h, d, p, lem, m in COMMITTEE[4:]]
    rows[7] = ("attacked", 3, "acl", "VERB", "attack", FIN)
    doc = build(blank, rows)
    fix_complements(doc)
    assert arc(doc, 7) == ("acl", 3)


def test_quotation_after_the_verb_becomes_its_ccomp(blank):
    rows = [
        ("Boswell", 1, "nsubj", "PROPN", "Boswell", ""),
        ("wrote", 1, "ROOT", "VERB", "write", FIN),
        (":", 1, "punct", "PUNCT", ":", ""),
        ("“", 6, "punct", "PUNCT", "“", ""),
        ("People", 6, "nsubj", "NOUN", "people", ""),
        ("clearly", 6, "advmod", "ADV", "clearly", ""),
        ("need", 0, "parataxis", "VERB", "need", FIN),
        ("help", 6, "obj", "NOUN", "help", ""),
        ("”", 6, "punct", "PUNCT", "”", ""),
    ]
    rows[1] = ("stated", 1, "ROOT", "VERB", "state", FIN)
    doc = fix_complements_doc(blank, rows)
    assert arc(doc, 6) == ("ccomp", 1)


def test_quotation_that_governs_the_verb_is_left_alone(blank):
    rows = [
        ("He", 1, "nsubj", "PRON", "he", ""),
        ("said", 5, "parataxis", "VERB", "say", FIN),
        (":", 1, "punct", "PUNCT", ":", ""),
        ("“", 5, "punct", "PUNCT", "“", ""),
        ("We", 5, "nsubj", "PRON", "we", ""),
        ("won", 5, "ROOT", "VERB", "win", FIN),
        ("the", 7, "det", "DET", "the", ""),
        ("war", 5, "obj", "NOUN", "war", ""),
        ("”", 5, "punct", "PUNCT", "”", ""),
    ]
    doc = fix_complements_doc(blank, rows)
    assert arc(doc, 1) == ("parataxis", 5)
    assert arc(doc, 5) == ("ROOT", 5)


def fix_complements_doc(blank, rows):
    doc = build(blank, rows)
    fix_complements(doc)
    return doc
