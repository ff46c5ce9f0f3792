"""Mention spans (``extract/mentions.py``) on hand-built parses."""

from __future__ import annotations

from claimledger.extract.mentions import phrase_span

from .docs import parse

FIGURES = """
    Figures 6 nsubj NOUN
    to 4 mark PART
    be 4 aux:pass AUX
    published 1 xcomp VERB publish
    today 4 obl:unmarked NOUN
    show 0 ROOT VERB
    records 6 obj NOUN
    . 6 punct PUNCT
"""


def test_to_infinitive_hung_on_a_noun_as_xcomp_stays_in_its_phrase():
    # Figures to be published today show records .  ("published" xcomp of "Figures")
    assert phrase_span(parse(FIGURES)[0]) == (0, 5)


def test_xcomp_without_to_stays_out():
    no_to = parse(FIGURES.replace("to 4 mark PART", "to 4 advmod PART"))
    assert phrase_span(no_to[0]) == (0, 1)
