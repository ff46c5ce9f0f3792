"""The properties every input must satisfy; shared by the pytest pass and `make fuzz`."""

from __future__ import annotations

import json

from claimledger import analyze
from claimledger.errors import ClaimLedgerError
from claimledger.ingest import read_bytes
from claimledger.records import Article, Ledger, Rejection


def analyze_holds(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    """No exception but a coded one, a valid ledger, every span matching, a JSON round trip."""
    try:
        ledger = analyze(text, published="2024-08-13", nlp=nlp)
    except ClaimLedgerError:
        return
    ledger.check_spans()
    data = json.loads(ledger.to_json())
    assert data["format"] == "claimledger/1"
    assert Ledger.from_dict(data) == ledger


def reader_holds(data: bytes, kind: str | None) -> None:
    """A reader yields articles or rejections, or raises a coded error; nothing else."""
    try:
        items = list(read_bytes(data, name="fuzz", kind=kind))
    except ClaimLedgerError:
        return
    for item in items:
        assert isinstance(item, (Article, Rejection))
        if isinstance(item, Article):
            assert item.text and item.text == item.text.strip()
