from __future__ import annotations

import pytest

from claimledger.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    "text, value, value_max, bound",
    [
        ("at least 800", 800, None, "at_least"),
        ("over two dozen", 24, None, "more_than"),
        ("approximately 1,000", 1000, None, "approximately"),
        ("thousands", 1000, None, "vague"),
        ("tens of thousands", 10000, None, "vague"),
        ("dozens", 12, None, "vague"),
        ("a dozen", 12, None, "exact"),
        ("half a million", 500000, None, "exact"),
        ("from one to two", 1, 2, "range"),
        ("10-12", 10, 12, "range"),
        ("between 300 and 400", 300, 400, "range"),
        ("nearly 50", 50, None, "nearly"),
        ("up to 3,500", 3500, None, "up_to"),
        ("within twenty", 20, None, "up_to"),
        ("a couple", 2, None, "vague"),
        ("a quarter", 0.25, None, "exact"),
        ("larger than a third", 0.333333, None, "more_than"),
        ("about a 20", 20, None, "approximately"),
        ("NZ $ 26 million", 26e6, None, "exact"),
        ("as many as 20", 20, None, "up_to"),
        ("fewer than 10", 10, None, "less_than"),
        ("some 300", 300, None, "approximately"),
        ("twenty-five", 25, None, "exact"),
        ("one hundred and twenty", 120, None, "exact"),
        ("3.5 billion", 3.5e9, None, "exact"),
        ("$522 million", 522e6, None, "exact"),
    ],
)
def test_number_value_and_bound(text, value, value_max, bound):
    (n,) = find_numbers(text)
    assert (n.value, n.value_max, n.bound) == (value, value_max, bound)
    assert (n.start, n.end) == (0, len(text))


@pytest.mark.parametrize("text", ["Su-34 jets", "COVID-19", "G7 leaders", "F-16s"])
def test_numbers_glued_to_names_are_not_numbers(text):
    assert find_numbers(text) == []


def test_season_is_not_a_range():
    (n,) = find_numbers("the 2023-24 season")
    assert n.value == 2023 and n.value_max is None


def test_parse_number_refuses_words():
    assert parse_number("several") is None


@pytest.mark.parametrize(
    "text, value, bound",
    [
        ("107 or more", 107, "at_least"),
        ("20-plus", 20, "more_than"),
        ("500 or so", 500, "approximately"),
        ("closer to 40,000", 40000, "approximately"),
        ("US$ 20,000", 20000, "exact"),
    ],
)
def test_trailing_bounds_and_currencies(text, value, bound):
    (n,) = find_numbers(text)
    assert (n.value, n.bound, text[n.start : n.end]) == (value, bound, text)
