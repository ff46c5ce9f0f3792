"""Sentence rules that run before the parser: paragraphs and quotation marks."""

from __future__ import annotations

import pytest
import spacy

from claimledger.nlp.components import quote_role
from claimledger.nlp.tokenizer import news_tokenizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.tokenizer = news_tokenizer(nlp)
    nlp.add_pipe("cl_paragraphs")
    nlp.add_pipe("cl_quote_sents")
    return nlp


def flags(doc):
    return {t.text: t.is_sent_start for t in doc}


def test_blank_line_starts_a_sentence(nlp):
    doc = nlp("The war goes on\n\nkilling people")
    assert doc[5].text == "killing" and doc[5].is_sent_start is True
    assert doc[4].is_space and doc[4].is_sent_start is False


def test_line_break_starts_a_sentence(nlp):
    # extracted article text (trafilatura) puts one paragraph per line
    doc = nlp("The war goes on\nand on")
    assert doc[5].text == "and" and doc[5].is_sent_start is True


def test_space_inside_a_line_does_not_start_a_sentence(nlp):
    doc = nlp("The war goes on  and on")
    assert doc[5].text == "and" and doc[5].is_sent_start is None


def test_closing_quote_and_attribution_stay_with_the_quote(nlp):
    doc = nlp("“We will not surrender. We will fight,” he said.")
    by_text = [(t.text, t.is_sent_start) for t in doc]
    assert ("”", False) in by_text
    assert ("he", False) in by_text
    assert doc[1].text == "We" and doc[1].is_sent_start is False
    assert doc[6].text == "We" and doc[6].is_sent_start is None  # the parser may split here


def test_straight_quotes_by_spacing(nlp):
    doc = nlp('"Never," said Smith.')
    assert quote_role(doc[0]) == "open" and quote_role(doc[3]) == "close"
    assert doc[1].is_sent_start is False
    assert doc[3].is_sent_start is False and doc[4].is_sent_start is False


def test_capitalised_word_after_closing_quote_may_start(nlp):
    doc = nlp("He said “no.” Then he left.")
    then = [t for t in doc if t.text == "Then"][0]
    assert then.is_sent_start is None


def test_paragraph_start_wins_over_quote_rule(nlp):
    doc = nlp("He left.\n\n“Yes,” she said.")
    assert doc[4].text == "“" and doc[4].is_sent_start is True


def test_apostrophe_is_not_a_quote(nlp):
    doc = nlp("Ukraine’s army")
    assert quote_role(doc[1]) is None


def test_opening_quote_after_a_full_stop_starts_a_sentence(nlp):
    doc = nlp('They filled the gallery. "It was magical," Allton said. "I smacked them around."')
    opening = [t for t in doc if t.text == '"' and quote_role(t) == "open"]
    assert len(opening) == 2 and all(t.is_sent_start is True for t in opening)


def test_opening_quote_inside_a_sentence_is_left_to_the_parser(nlp):
    doc = nlp('He called it "a disaster." Officials in the U.S. "Disagree" loudly.')
    first = [t for t in doc if t.text == '"'][0]
    assert first.is_sent_start is None  # after "it", not after a full stop
    us = [t for t in doc if t.text == '"'][2]
    assert us.is_sent_start is None  # "U.S." is one token: not a full stop of its own


def test_two_spaces_after_a_full_stop_start_a_sentence(nlp):
    doc = nlp("Support is unwavering.  Secretary Austin has directed his team.  and then")
    secretary = [t for t in doc if t.text == "Secretary"][0]
    assert secretary.is_sent_start is True
    lower = [t for t in doc if t.text == "and"][0]
    assert lower.is_sent_start is not True  # not before a lower-case word
