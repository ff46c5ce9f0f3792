"""The news tokenizer: spaCy's English rules plus the splits of claimledger.nlp.tokenizer."""

from __future__ import annotations

import pytest
import spacy

from claimledger.nlp.tokenizer import news_tokenizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.tokenizer = news_tokenizer(nlp)
    return nlp


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("“We will fight,” he said.", ["“", "We", "will", "fight", ",", "”", "he", "said", "."]),
        ("Ukraine’s army", ["Ukraine", "’s", "army"]),
        ("don’t", ["do", "n’t"]),
        ("a 20-kilometre strip", ["a", "20", "-", "kilometre", "strip"]),
        ("800 km² of land", ["800", "km²", "of", "land"]),
        ("20km²", ["20", "km²"]),
        ("U.S. officials", ["U.S.", "officials"]),
        ("the U.S.-led coalition", ["the", "U.S.", "-", "led", "coalition"]),
        ("10–15 people", ["10", "–", "15", "people"]),
        ("in 1969-1970", ["in", "1969", "-", "1970"]),
        ("call 555-0134 now", ["call", "555-0134", "now"]),
        ("a $5.2bn deal", ["a", "$", "5.2", "bn", "deal"]),
        ("KYIV, Ukraine (AP) — Russian", ["KYIV", ",", "Ukraine", "(", "AP", ")", "—", "Russian"]),
        (
            "LONDON, March 3 (Reuters) - Britain",
            ["LONDON", ",", "March", "3", "(", "Reuters", ")", "-", "Britain"],
        ),
        ("He said—the war", ["He", "said", "—", "the", "war"]),
        ("he said:“We will", ["he", "said", ":", "“", "We", "will"]),
        ("Kyiv-based pro-Russian", ["Kyiv", "-", "based", "pro", "-", "Russian"]),
        ("at 3:30 p.m. on Jan. 5", ["at", "3:30", "p.m.", "on", "Jan.", "5"]),
        ('"Julie"<julie@bellsouth.net>', ['"', "Julie", '"', "<", "julie@bellsouth.net", ">"]),
        ("write to <bob@x.com> or bob@x.com", ["write", "to", "<", "bob@x.com", ">", "or", "bob@x.com"]),
        ("see http://x.com/a?b=1 now", ["see", "http://x.com/a?b=1", "now"]),
    ],
)
def test_news_tokens(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_paragraph_break_is_one_space_token(nlp):
    doc = nlp("First.\n\nSecond.")
    assert [t.text for t in doc] == ["First", ".", "\n\n", "Second", "."]
    assert doc[2].is_space


def test_text_round_trips(nlp):
    text = "KYIV — Ukraine’s “20-kilometre” strip (800 km²), the U.S.-led group said:“No.”\n\nEnd"
    assert nlp(text).text == text


def test_military_ranks_keep_their_full_stop():
    import spacy

    from claimledger.nlp.tokenizer import news_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = news_tokenizer(nlp)
    assert [t.text for t in nlp.make_doc("said Lt. Col. Travis Caughlin")] == [
        "said",
        "Lt.",
        "Col.",
        "Travis",
        "Caughlin",
    ]


def test_the_shipped_pipeline_gets_the_rank_rules_too():
    from claimledger.nlp import load

    assert "Col." in [t.text for t in load().make_doc("said Col. Smith")]


def test_the_shipped_pipeline_splits_a_quoted_name_from_its_address_too():
    from claimledger.nlp import load

    words = [t.text for t in load().make_doc('Email: "Sean Figaro"<sfig@houston.rr.com> Groups')]
    assert words[2:8] == ['"', "Sean", "Figaro", '"', "<", "sfig@houston.rr.com"]
