from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.dates import extract_dates

PUB = dt.date(2024, 8, 13)  # a Tuesday


@pytest.mark.parametrize(
    "text, value, granularity",
    [
        ("on Tuesday", "2024-08-13", "day"),  # the day itself
        ("Last Tuesday", "2024-08-06", "day"),  # strictly before
        ("as of Monday", "2024-08-12", "day"),
        ("on Sunday", "2024-08-11", "day"),
        ("on Wednesday", "2024-08-07", "day"),
        ("next Friday", "2024-08-16", "day"),
        ("yesterday", "2024-08-12", "day"),
        ("today", "2024-08-13", "day"),
        ("two days ago", "2024-08-11", "day"),
        ("last week", "2024-08-05/2024-08-11", "week"),
        ("earlier this month", "2024-08", "month"),
        ("last month", "2024-07", "month"),
        ("last year", "2023", "year"),
        ("on August 6", "2024-08-06", "day"),
        ("on 6 August", "2024-08-06", "day"),
        ("Aug. 6, 2024", "2024-08-06", "day"),
        ("in the past 24 hours", "2024-08-12/2024-08-13", "range"),
        ("the past 72 hours", "2024-08-10/2024-08-13", "range"),
        ("the last three days", "2024-08-10/2024-08-13", "range"),
        ("from 2004 to 2009", "2004/2009", "range"),
        ("1980-2012", "1980/2012", "range"),
        ("from July 20 to August 11", "2024-07-20/2024-08-11", "range"),
        ("January 23 - March 9 2014", "2014-01-23/2014-03-09", "range"),
        ("since Aug. 5", "2024-08-05", "day"),
        ("Since 2007", "2007", "year"),
        ("to date", None, "vague"),
        ("the summer of 2017", "2017-06/2017-08", "range"),
        ("the 20th century", "1901/2000", "period"),
        ("the sixties", "1960/1969", "period"),
        ("at the end of last year", "2023-12", "month"),
        ("the 2014 protests", "2014", "year"),
        ("in the coming days and weeks", None, "vague"),
        ("on December 20", "2023-12-20", "day"),  # the most recent December 20
        ("in August 2023", "2023-08", "month"),
        ("in March", "2024-03", "month"),
        ("in 2022", "2022", "year"),
        ("2024-08-01", "2024-08-01", "day"),
        ("since World War II", None, "period"),
        ("in the 1990s", "1990/1999", "period"),
        ("Seventeen years ago", "2007", "year"),
        ("nearly a decade ago", "2014", "year"),
        ("a week ago", "2024-08-06", "week"),
        ("at 22:30", "2024-08-13T22:30", "time"),
        ("at 10 a.m.", "2024-08-13T10:00", "time"),
        ("last summer", "2023-06/2023-08", "range"),
        ("by year end", "2024-12", "month"),
        ("on August 30", "2024-08-30", "day"),  # soon after publication: upcoming
        ("2008", "2008", "year"),
        ("yesterday afternoon", "2024-08-12", "day"),
        ("in the spring", "2024-03/2024-05", "range"),
        ("later\xa0in\xa0the\xa0spring", "2025-03/2025-05", "range"),  # spring 2024 is over
        ("from the outset of this campaign", None, "period"),
        ("recently", None, "vague"),
        ("the following day", "2024-08-14", "day"),  # no earlier date: from publication
    ],
)
def test_resolution(text, value, granularity):
    (d,) = extract_dates(text, PUB)
    assert (text[d.start : d.end], d.value, d.granularity) == (text, value, granularity)


def test_the_following_day_and_the_year_before_step_from_the_last_date_given():
    text = "On Dec. 6th troops attacked; the following day they withdrew. In 2015 it was 40 percent, and more the year before. The day before the vote, polls opened."
    found = {text[d.start : d.end]: d.value for d in extract_dates(text, PUB)}
    assert found["the following day"] == "2023-12-07"
    assert found["the year before"] == "2014"
    assert "The day before" not in found  # anchored to an event, not to a date


@pytest.mark.parametrize(
    "text, value",
    [
        ("The referendum is to be held from November 20 to December 11.", "2024-11-20/2024-12-11"),
        ("The referendum was held from November 20 to December 11.", "2023-11-20/2023-12-11"),
        ("The exhibit is to run from July 23 through September 9.", "2024-07-23/2024-09-09"),  # under way
        ("The exhibit ran from July 23 through September 9.", "2024-07-23/2024-09-09"),
        ("Talks will resume on June 3.", "2025-06-03"),
        ("Talks resumed on June 3.", "2024-06-03"),
        ("Defense officials will gather in Stuttgart, Germany on Friday.", "2024-08-16"),
        ("Defense officials gathered in Stuttgart, Germany on Friday.", "2024-08-09"),
        ("The talks will take place on Tuesday.", "2024-08-13"),  # the day itself
        ("Russia will not stop, the Kremlin said on Friday.", "2024-08-09"),  # dates the saying
        ("Ukraine said on Friday it will hold talks.", "2024-08-09"),
    ],
)
def test_a_clause_about_the_future_takes_the_coming_date(text, value):
    (d,) = extract_dates(text, PUB)
    assert d.value == value


def test_war_start_needs_the_article_countries():
    text = "since the beginning of the conflict"
    assert extract_dates(text, PUB, {"RU", "UA"})[0].value == "2022-02-24"
    assert extract_dates(text, PUB, {"FR"})[0].value is None


def test_without_publication_date_relative_expressions_stay_null():
    (d,) = extract_dates("on Tuesday", None)
    assert d.value is None


@pytest.mark.parametrize(
    "text",
    [
        "They may agree.",
        "troops march on",
        "a 2,000-strong force",
        "a Tuesday-like mood",
        "2000 troops",
        "at 5 people",
    ],
)
def test_not_dates(text):
    assert [text[d.start : d.end] for d in extract_dates(text, PUB)] == []
