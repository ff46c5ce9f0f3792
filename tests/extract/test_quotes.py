from __future__ import annotations

from claimledger.extract.quotes import find_quotes


def inner(text):
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_typographic_and_straight_quotes():
    assert inner('He said “yes” and she said "no".') == ["yes", "no"]


def test_apostrophes_are_not_quotes():
    assert inner("Russia’s forces and Kyiv’s “objective” held.") == ["objective"]


def test_nested_single_quotes_stay_inside():
    assert inner("“They call it ‘a special operation’, not a war,” he said.") == [
        "They call it ‘a special operation’, not a war,"
    ]


def test_quote_over_several_paragraphs_is_one_quote_per_paragraph():
    text = "He said: “First part.\n\n“Second part.\n\n“Third part,” he added."
    assert inner(text) == ["First part.", "Second part.", "Third part,"]
    first, _, last = find_quotes(text)
    assert text[first.start] == "“" and text[last.end - 1] == "”" and last.balanced


def test_quote_over_paragraphs_without_reopening_marks():
    text = 'Gomez said, "We learned a lot.\n\nIt was a very emotional day."\n\nThen the next match.'
    assert inner(text) == ["We learned a lot.", "It was a very emotional day."]


def test_unbalanced_open_mark_is_local():
    text = "One “broken quote here. Two said “fine” later.\n\nNext “good one” here."
    assert inner(text) == ["fine", "good one"]


def test_unclosed_mark_ends_at_its_paragraph():
    text = "He said “this never closes\n\nNew paragraph."
    (q,) = find_quotes(text)
    assert text[q.inner_start : q.inner_end] == "this never closes" and not q.balanced


def test_stray_closing_mark_is_ignored():
    assert inner("Stray” mark, then “real” quote.") == ["real"]


def test_a_closing_mark_typed_as_an_opening_one_before_the_attribution_closes():
    text = "“Tankers are the key to global reach, “Caughlin said. “If we don’t get there, nobody will.”"
    assert inner(text) == ["Tankers are the key to global reach, ", "If we don’t get there, nobody will."]


def test_an_opening_mark_before_a_long_quotation_still_drops_an_unclosed_one():
    text = "“Tankers matter, “we will get there and nobody will stop the planes from flying.”"
    assert inner(text) == ["we will get there and nobody will stop the planes from flying."]
