"""The benchmark harness: its corpus is rebuilt faithfully from GUM, its runner measures and gates."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from bench import corpus as bench_corpus
from bench.run import Run, ratios, table

from ..conftest import ROOT

GUM = bench_corpus.CORPORA / "GUM" / "dep"


@pytest.fixture(scope="module")
def gum():
    if not GUM.is_dir():
        pytest.fail(f"the benchmark corpus is built from {GUM} (../shared/corpora beside the clone)")
    return GUM


def test_an_article_is_its_sentences_by_paragraph(gum):
    doc = bench_corpus.read_document(gum / "GUM_news_iodine.conllu")
    assert doc["id"] == "news-iodine" and doc["published"] == "2006-02-23"
    assert doc["title"] == "Australian children suffering from iodine deficiency"
    paragraphs = doc["text"].split("\n\n")
    assert paragraphs[0] == "Thursday, February 23, 2006"
    sentences = [
        line[len("# text = ") :]
        for line in (gum / "GUM_news_iodine.conllu").read_text().splitlines()
        if line.startswith("# text = ")
    ]
    assert " ".join(paragraphs) == " ".join(sentences[1:])  # all but the headline, in order


def test_the_corpus_repeats_the_wikinews_documents_with_distinct_ids(gum, tmp_path):
    out = tmp_path / "c.jsonl"
    counts = bench_corpus.build(bench_corpus.CORPORA, 50, out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert counts["articles"] == len(rows) == 50 and counts["documents"] == 43
    assert len({r["id"] for r in rows}) == 50
    assert rows[43]["text"] == rows[0]["text"] and rows[43]["id"].endswith("-000043")
    assert all(r["id"].startswith(("news-", "interview-")) for r in rows)
    assert counts["words"] == sum(len(r["text"].split()) for r in rows)


def test_the_table_compares_each_stage_with_the_bare_pipeline():
    runs = [
        Run("nlp", 1, 100, 50_000, 2.0, 1.9, 300.0, 0),
        Run("analyze", 1, 100, 50_000, 2.5, 2.4, 400.0, 0),
    ]
    text = table(runs)
    assert "80%" in text.splitlines()[-1] and "100%" in text.splitlines()[-2]
    assert ratios(runs) == {"1": 0.8}
    assert runs[1].row()["articles_per_s"] == 40.0 and runs[1].row()["cpu_ms_per_article"] == 24.0


def test_the_runner_measures_and_its_gate_can_fail(gum, tmp_path):
    corpus = tmp_path / "c.jsonl"
    bench_corpus.build(bench_corpus.CORPORA, 12, corpus)
    out = tmp_path / "results.json"
    cmd = [sys.executable, "-m", "bench.run", str(corpus), "--workers", "1", "--stages", "nlp", "analyze"]
    result = subprocess.run([*cmd, "--out", str(out), "--min-ratio", "1.5"], cwd=ROOT, capture_output=True)
    assert result.returncode == 1, result.stderr.decode()  # analyze cannot be faster than the bare pipeline
    assert "below 1.5" in result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert lines[0].split()[:3] == ["stage", "workers", "articles"]
    assert [line.split()[0] for line in lines[2:4]] == ["nlp", "analyze"]
    results = json.loads(out.read_text())
    assert [(r["stage"], r["workers"], r["articles"], r["exit_code"]) for r in results["runs"]] == [
        ("nlp", 1, 12, 0),
        ("analyze", 1, 12, 0),
    ]
    assert all(r["seconds"] > 0 and r["cpu_seconds"] > 0 and r["peak_rss_mb"] > 50 for r in results["runs"])
    assert 0 < results["analyze_vs_nlp"]["1"] < 1.5
    assert results["machine"]["pipeline"].startswith("en_")
