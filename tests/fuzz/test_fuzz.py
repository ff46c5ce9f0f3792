"""Property tests over analyze and the readers (a short pass; `make fuzz` runs 10,000+ inputs)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings

from . import properties, strategies

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FAST
@given(strategies.any_text)
def test_analyze_never_crashes_and_spans_hold(nlp, text):
    properties.analyze_holds(text, nlp)


@FAST
@given(strategies.html_docs)
def test_html_reader(data):
    properties.reader_holds(data, ".html")


@FAST
@given(strategies.jsonl_docs)
def test_jsonl_reader(data):
    properties.reader_holds(data, ".json")


@FAST
@given(strategies.feed_docs)
def test_feed_reader(data):
    properties.reader_holds(data, ".rss")


@FAST
@given(strategies.html_docs)
def test_sniffing_reader(data):
    properties.reader_holds(data, None)
