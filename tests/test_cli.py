"""The command line as a user runs it (subprocesses)."""

from __future__ import annotations

import json

from .conftest import DATA, EXAMPLE, run_cli


def test_analyze_stdin_json(tmp_path):
    result = run_cli(
        "analyze", "-", "--format", "json", "--published", "2024-08-13", input=EXAMPLE.read_bytes()
    )
    assert result.returncode == 0, result.stderr.decode()
    ledger = json.loads(result.stdout)
    assert ledger["format"] == "claimledger/1" and ledger["article"]["published"] == "2024-08-13"
    assert ledger["article"]["dateline"]["text"] == "KYIV"
    assert len(ledger["quantities"]) >= 7


def test_analyze_html_table():
    result = run_cli("analyze", str(DATA / "articles" / "kursk.html"))
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Ukraine says it will not hold on to Russian territory" in out
    assert "Statements" in out and "Numbers" in out and "Kursk Oblast" in out and "2024-08-06" in out


def test_jsonl_of_100_articles_gives_100_ledgers_in_order(tmp_path):
    paragraphs = EXAMPLE.read_text().split("\n\n")
    dump = tmp_path / "dump.jsonl"
    with dump.open("w") as fh:
        for i in range(100):
            text = "\n\n".join(paragraphs[i % len(paragraphs) :] + paragraphs[: i % len(paragraphs)])
            fh.write(json.dumps({"id": f"art-{i:03d}", "text": text, "published": "2024-08-13"}) + "\n")
    result = run_cli("analyze", str(dump), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 100
    assert [json.loads(line)["article"]["id"] for line in lines] == [f"art-{i:03d}" for i in range(100)]


def test_bad_inputs_give_one_line_each_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x89PNG" * 20)
    (tmp_path / "latin1.txt").write_bytes("Zürich said".encode("latin-1"))
    (tmp_path / "good.txt").write_text("KYIV: Ukraine said it would talk.")
    result = run_cli("analyze", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl")
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 1
    assert len(err) == 4 and all(line.startswith("claimledger: [E1") for line in err), err
    assert "Traceback" not in result.stderr.decode()
    (line,) = result.stdout.decode().splitlines()
    assert json.loads(line)["article"]["text"] == "KYIV: Ukraine said it would talk."


def test_missing_path_alone():
    result = run_cli("analyze", "/nonexistent/article.txt")
    assert result.returncode == 1
    assert (
        result.stderr.decode().strip()
        == "claimledger: [E101] /nonexistent/article.txt: no such file or directory"
    )


def test_bad_published_date_is_a_usage_error():
    result = run_cli("analyze", str(EXAMPLE), "--published", "yesterday-ish")
    assert result.returncode == 2 and "--published" in result.stderr.decode()
