from __future__ import annotations

import json

import pytest

from claimledger.errors import FormatError
from claimledger.records import FORMAT, Article, Cue, Ledger, Quantity, Span, Speaker, Statement


def _ledger() -> Ledger:
    text = "KYIV: Tykhy said 12 drones fell."
    article = Article(id="a1", text=text, published="2024-08-13", dateline=Span.at(text, 0, 4))
    stmt = Statement(
        id="s1",
        kind="indirect",
        cue=Cue("said", 12, 16, lemma="say"),
        content=Span.at(text, 17, 31),
        speaker=Speaker("Tykhy", 6, 11, name="Georgiy Tykhy", type="person"),
    )
    qty = Quantity(text="12 drones", start=17, end=26, id="q1", value=12, unit="drones", statement="s1")
    return Ledger(article=article, statements=[stmt], quantities=[qty])


def test_json_round_trip_keeps_every_field():
    ledger = _ledger()
    again = Ledger.from_json(ledger.to_json())
    assert again == ledger
    data = json.loads(ledger.to_json())
    assert data["format"] == FORMAT
    assert data["statements"][0]["cue"] == {"text": "said", "start": 12, "end": 16, "lemma": "say"}
    assert data["quantities"][0]["value"] == 12 and isinstance(data["quantities"][0]["value"], int)


def test_check_spans_accepts_a_consistent_ledger():
    _ledger().check_spans()


def test_check_spans_names_the_bad_record():
    ledger = _ledger()
    ledger.quantities[0] = Quantity(text="12 drones", start=18, end=27, id="q1", value=12)
    with pytest.raises(FormatError, match=r"quantities\[0\]"):
        ledger.check_spans()


def test_unknown_format_is_refused():
    data = json.loads(_ledger().to_json())
    data["format"] = "claimledger/9"
    with pytest.raises(FormatError):
        Ledger.from_dict(data)
