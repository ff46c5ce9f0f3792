"""cl_speakers on hand-built Docs: the kind of speaker of a speech verb's subject."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimledger.nlp.speakers import EXTENSION, make_speakers, speaker_type
from claimledger.nlp.titles import SPANS_KEY

from .conftest import make_doc


@pytest.fixture(scope="module")
def component(blank):
    return make_speakers(blank, "cl_speakers")


def said_doc(blank, subject, pos, *, ents=None, tags=None, lemma="say", verb="said"):
    """``<subject words> <verb> .`` with the last subject word as nsubj of the verb."""
    n = len(subject)
    words = [*subject, verb, "."]
    heads = [n - 1] * (n - 1) + [n, n, n]
    deps = ["compound"] * (n - 1) + ["nsubj", "ROOT", "punct"]
    return make_doc(
        blank,
        words,
        pos=[*pos, "VERB", "PUNCT"],
        heads=heads,
        deps=deps,
        lemmas=[w.lower() for w in subject] + [lemma, "."],
        ents=ents,
        tags=tags and [*tags, "VBD", "."],
    )


@pytest.mark.parametrize(
    ("subject", "pos", "ents", "expected"),
    [
        (["Georgiy", "Tykhy"], ["PROPN", "PROPN"], [(0, 2, "PERSON")], "person"),
        (["NATO"], ["PROPN"], [(0, 1, "ORG")], "organization"),
        (["Moscow"], ["PROPN"], [(0, 1, "GPE")], "organization"),
        (["Ukrainians"], ["PROPN"], [(0, 1, "NORP")], "group"),
        (["He"], ["PRON"], None, "person"),
        (["They"], ["PRON"], None, "group"),
        (["It"], ["PRON"], None, "organization"),
        (["ministry"], ["NOUN"], None, "organization"),
        (["witnesses"], ["NOUN"], None, "group"),
        (["spokesman"], ["NOUN"], None, "person"),
        (["chair"], ["NOUN"], None, "person"),
        (["weather"], ["NOUN"], None, "unknown"),
    ],
)
def test_types(blank, component, subject, pos, ents, expected):
    doc = component(said_doc(blank, subject, pos, ents=ents))
    assert doc[len(subject) - 1]._.get(EXTENSION) == expected


def test_plural_title_is_a_group(blank, component):
    doc = component(said_doc(blank, ["officials"], ["NOUN"], tags=["NNS"]))
    assert doc[0]._.get(EXTENSION) == "group"


def test_only_speech_verbs(blank, component):
    doc = component(said_doc(blank, ["He"], ["PRON"], lemma="eat", verb="ate"))
    assert doc[0]._.get(EXTENSION) is None


def test_title_span_makes_a_person(blank, component):
    doc = said_doc(blank, ["regional", "head"], ["ADJ", "NOUN"])
    doc.spans[SPANS_KEY] = [Span(doc, 0, 2, label="TITLE")]
    assert component(doc)[1]._.get(EXTENSION) == "person"


def test_conjoined_subjects(blank, component):
    words = ["Putin", "and", "Xi", "said", "."]
    doc = make_doc(
        blank,
        words,
        pos=["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
        heads=[3, 2, 0, 3, 3],
        deps=["nsubj", "cc", "conj", "ROOT", "punct"],
        lemmas=["Putin", "and", "Xi", "say", "."],
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON")],
    )
    doc = component(doc)
    assert doc[0]._.get(EXTENSION) == doc[2]._.get(EXTENSION) == "person"


def test_passive_subject_is_not_a_speaker(blank, component):
    words = ["He", "was", "told", "."]
    doc = make_doc(
        blank,
        words,
        pos=["PRON", "AUX", "VERB", "PUNCT"],
        heads=[2, 2, 2, 2],
        deps=["nsubj:pass", "aux:pass", "ROOT", "punct"],
        lemmas=["he", "be", "tell", "."],
    )
    assert component(doc)[0]._.get(EXTENSION) is None


def test_speaker_type_function_uses_entity_first(blank):
    doc = said_doc(blank, ["Ministry"], ["PROPN"], ents=[(0, 1, "PERSON")])
    assert speaker_type(doc[0]) == "person"
