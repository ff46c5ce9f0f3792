"""cl_attribution on hand-built parses."""

from __future__ import annotations

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
