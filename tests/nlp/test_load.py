"""The shipped pipeline loads once, has the expected components and labels, and runs.

These tests check the model's presence and shape, not the quality of its output: quality is
measured by ``make eval-model`` (docs/MODEL.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimledger.nlp as cl_nlp

MODEL_DIR = Path(cl_nlp.__file__).parent / "model"
EXPECTED = [
    "tok2vec",
    "morphologizer",
    "trainable_lemmatizer",
    "cl_paragraphs",
    "cl_quote_sents",
    "parser",
    "cl_attribution",
    "ner",
    "cl_gazetteer",
    "cl_orgs",
    "cl_titles",
    "cl_doc_names",
    "cl_names",
    "cl_speakers",
]


@pytest.fixture(scope="module")
def nlp():
    return cl_nlp.load()


def test_model_is_shipped():
    assert (MODEL_DIR / "config.cfg").exists()
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 40 * 1024 * 1024


def test_loaded_once(nlp):
    assert cl_nlp.load() is nlp
    assert not nlp.meta.get("claimledger_fallback")


def test_components_in_order(nlp):
    assert nlp.pipe_names == EXPECTED
    assert nlp.pipe_names.index("cl_paragraphs") < nlp.pipe_names.index("parser")


def test_ner_labels(nlp):
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "GPE", "LOC", "NORP"}


def test_tokenizer_is_the_news_tokenizer(nlp):
    assert [t.text for t in nlp.make_doc("10–15 km² U.S.-led")] == [
        "10",
        "–",
        "15",
        "km²",
        "U.S.",
        "-",
        "led",
    ]


def test_runs_and_keeps_paragraph_boundaries(nlp):
    doc = nlp("Ukraine said the strike hit a school\n\nthe ministry added that two died.")
    assert doc.has_annotation("DEP") and doc.has_annotation("POS") and doc.has_annotation("LEMMA")
    starts = [t.i for t in doc if t.is_sent_start]
    assert [t.text for t in doc].index("the", 4) in starts
    assert "titles" in doc.spans
    assert doc.text == "Ukraine said the strike hit a school\n\nthe ministry added that two died."


def test_model_setting_names_another_pipeline(monkeypatch, tmp_path):
    from claimledger.errors import ModelError

    monkeypatch.setenv("CLAIMLEDGER_MODEL", str(tmp_path / "missing"))
    with pytest.raises(ModelError, match="no language pipeline"):
        cl_nlp.load()
    monkeypatch.setenv("CLAIMLEDGER_MODEL", str(MODEL_DIR))
    assert cl_nlp.load() is cl_nlp.load(MODEL_DIR)
