"""Limits with clear errors: size, time, and the rejections record."""

from __future__ import annotations

import json
import time

from claimledger import pipeline
from claimledger.ingest import make_article
from claimledger.pipeline import analyze_stream
from claimledger.records import Ledger, Rejection

from .conftest import EXAMPLE, run_cli


def test_long_article_is_cut_at_a_paragraph_break_and_says_so(nlp):
    text = "\n\n".join(f"Paragraph {i} says troops moved {i} kilometers." for i in range(1, 200))
    article = make_article(text, max_chars=1000)
    assert article.truncated and len(article.text) <= 1000
    assert article.text.endswith("kilometers.") and text.startswith(article.text)
    assert article.id == make_article(text).id  # the id is the whole text's
    (ledger,) = list(analyze_stream([article], nlp=nlp))
    ledger.check_spans()
    assert json.loads(ledger.to_json())["article"]["truncated"] is True


def test_slow_article_is_rejected_and_the_batch_goes_on(nlp, monkeypatch):
    real = pipeline.build_ledger

    def slow_on_second(article, doc, nlp=None):
        if article.id == "slow":
            time.sleep(5)
        return real(article, doc, nlp)

    monkeypatch.setattr(pipeline, "build_ledger", slow_on_second)
    articles = [make_article(EXAMPLE.read_text(), id=i) for i in ("one", "slow", "three")]
    out = list(analyze_stream(articles, nlp=nlp, time_limit=1.0))
    assert [type(x).__name__ for x in out] == ["Ledger", "Rejection", "Ledger"]
    assert out[1].code == "E501" and "time" in out[1].message
    assert isinstance(out[0], Ledger) and isinstance(out[1], Rejection)


def test_rejections_are_recorded_and_listed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "german.txt").write_text(
        "Die Ukraine hat am Dienstag erklärt, dass sie die russischen Gebiete nicht behalten werde und dass die Armee weiter kämpfen wird."
    )
    (tmp_path / "in" / "good.txt").write_text("KYIV: Ukraine said it would talk.")
    db = tmp_path / "r.db"
    r = run_cli("ingest", str(tmp_path / "in"), "--db", str(db))
    assert r.returncode == 1 and "1 added" in r.stderr.decode()
    rows = json.loads(run_cli("rejections", "--db", str(db), "--format", "json").stdout)
    assert sorted(row["code"] for row in rows) == ["E102", "E108"]
    assert all(row["at"] and row["message"] for row in rows)


def test_an_article_alone_in_its_batch_is_not_parsed_twice_after_a_time_out(monkeypatch):
    """The batch deadline already names the article at fault: no second full wait."""
    import spacy
    from spacy.language import Language

    calls = []

    @Language.component("test_slow_parse")
    def slow(doc):
        calls.append(doc.text[:10])
        time.sleep(3)
        return doc

    slow_nlp = spacy.blank("en")
    slow_nlp.add_pipe("test_slow_parse")
    article = make_article(EXAMPLE.read_text(), id="alone")
    (out,) = list(analyze_stream([article], nlp=slow_nlp, time_limit=1.0))
    assert isinstance(out, Rejection) and out.code == "E501"
    assert len(calls) == 1
