from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimledger.errors import BinaryInput, EmptyInput, MissingInput, UndecodableInput
from claimledger.ingest import find_dateline, jsonl, make_article, read_paths
from claimledger.records import Article, Rejection

DATA = Path(__file__).parents[1] / "data" / "articles"


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("KYIV: Ukraine on Tuesday said it would not", "KYIV"),
        ("KYIV, Ukraine — Ukraine on Tuesday said", "KYIV"),
        ("WASHINGTON (AP) — The Pentagon said", "WASHINGTON"),
        ("MOSCOW, Aug 13 (Reuters) - Russia said", "MOSCOW"),
        ("Kyiv, August 13 (Reuters) - Ukraine said", "Kyiv"),
        ("Ukraine on Tuesday said it would not", None),
        ("A Ukrainian security official said", None),
        ("US-based analysts said", None),
    ],
)
def test_dateline(text, dateline):
    found = find_dateline(text)
    assert (found.text if found else None) == dateline
    if found:
        assert text[found.start : found.end] == found.text


def test_article_id_is_stable_and_published_parsed():
    a = make_article("KYIV: text one.", published="2024-08-13T09:00:00Z")
    b = make_article("KYIV: text one.\n")
    assert a.id == b.id and a.id.startswith("sha1-")
    assert a.published == "2024-08-13"
    assert make_article("x", published="Tue, 13 Aug 2024 10:00:00 GMT").published == "2024-08-13"


def _read(tmp_path, name, data: bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_paths([str(path)], **kw))


def test_text_file(tmp_path):
    (item,) = _read(tmp_path, "a.txt", b"KYIV: Ukraine said so.")
    assert isinstance(item, Article) and item.dateline.text == "KYIV"


def test_html_page_main_text_and_metadata():
    (item,) = list(read_paths([str(DATA / "kursk.html")]))
    assert isinstance(item, Article)
    assert item.title == "Ukraine says it will not hold on to Russian territory"
    assert item.published == "2024-08-13" and item.outlet == "Example Wire"
    assert item.text.startswith("KYIV: Ukraine on Tuesday said")
    assert "cookies" not in item.text and "Most read" not in item.text and "window.tracking" not in item.text
    assert item.text.count("\n\n") >= 10  # paragraphs kept


def test_json_object_and_list(tmp_path):
    obj = {
        "id": "x1",
        "text": "Kyiv said it.",
        "published": "2024-08-13",
        "title": "T",
        "outlet": "O",
        "url": "u",
    }
    (a,) = _read(tmp_path, "a.json", json.dumps(obj).encode())
    assert (a.id, a.title, a.outlet, a.url, a.published) == ("x1", "T", "O", "u", "2024-08-13")
    items = _read(
        tmp_path, "b.json", json.dumps([obj, {"id": "x2", "html": "<p>Moscow said no.</p>"}]).encode()
    )
    assert [i.id for i in items] == ["x1", "x2"] and items[1].text == "Moscow said no."


def test_jsonl_bad_line_is_rejected_alone(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "One."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "Three."}),
    ]
    items = _read(tmp_path, "d.jsonl", "\n".join(lines).encode())
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Rejection", "Article"]
    assert items[1].source.endswith(":2") and items[2].code == "E105"


def test_published_override_wins(tmp_path):
    (a,) = _read(
        tmp_path,
        "a.json",
        json.dumps({"text": "x y", "published": "2020-01-01"}).encode(),
        published="2024-08-13",
    )
    assert a.published == "2024-08-13"


def test_directory_is_walked_in_order_skipping_other_files(tmp_path):
    (tmp_path / "b.txt").write_text("Second.")
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text("Third.")
    assert [a.text for a in read_paths([str(tmp_path)])] == ["First.", "Second.", "Third."]


def test_stdin_text_and_jsonl():
    (a,) = list(read_paths(["-"], stdin=io.BytesIO(b"KYIV: said.")))
    assert a.dateline.text == "KYIV"
    lines = b"\n".join(json.dumps({"id": str(i), "text": f"Article {i}."}).encode() for i in range(5))
    assert [a.id for a in read_paths(["-"], stdin=io.BytesIO(lines))] == ["0", "1", "2", "3", "4"]


def test_feed_items(tmp_path):
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>One</title><link>https://x/1</link><guid>g1</guid><pubDate>Tue, 13 Aug 2024 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;Kyiv said troops advanced 12 kilometers.&lt;/p&gt;</description></item>
    <item><title>Two</title><link>https://x/2</link><description></description></item>
    </channel></rss>"""
    items = _read(tmp_path, "feed.rss", rss)
    assert isinstance(items[0], Article) and items[0].id == "g1" and items[0].published == "2024-08-13"
    assert items[0].text == "Kyiv said troops advanced 12 kilometers."
    assert isinstance(items[1], Rejection) and items[1].code == EmptyInput.code


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("empty.txt", b"", EmptyInput.code),
        ("blank.txt", b" \n\n ", EmptyInput.code),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryInput.code),
        ("latin.txt", "Zürich said".encode("latin-1"), UndecodableInput.code),
        ("broken.html", b"<html><body>\x00\x00\x00</body>", BinaryInput.code),
    ],
)
def test_bad_inputs_become_rejections(tmp_path, name, data, code):
    (item,) = _read(tmp_path, name, data)
    assert isinstance(item, Rejection) and item.code == code and item.message


def test_missing_path_then_good_path(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("Fine text.")
    items = list(read_paths([str(tmp_path / "nope.txt"), str(good)]))
    assert isinstance(items[0], Rejection) and items[0].code == MissingInput.code
    assert isinstance(items[1], Article)


def test_html_whose_fragment_parse_is_a_comment_is_rejected_not_crashed(tmp_path):
    # found by the fuzzer: lxml parses "<body><!" into a comment with no text content
    (item,) = _read(tmp_path, "c.html", b"<body><!")
    assert isinstance(item, Rejection) and item.code == EmptyInput.code


class _CountingStream(io.BytesIO):
    """A stream that records the largest single read, to show a long line is never read whole."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.largest = max(self.largest, len(line))
        return line

    def __iter__(self):  # iterating would read a line whole, whatever its size
        raise AssertionError("the stream was iterated, not read in bounded lines")


@pytest.mark.parametrize("via", ["file", "stdin"])
def test_jsonl_line_over_the_limit_is_rejected_without_reading_it_whole(tmp_path, monkeypatch, via):
    big = json.dumps({"id": "big", "text": "word " * 60_000})  # ~300 KB on one line
    lines = [
        json.dumps({"id": "a", "text": "One."}),
        big,
        " " * 5000,  # an over-long blank line is still a blank line
        " " * 200 + json.dumps({"id": "b", "text": "x " * 5000}),  # over the limit behind blanks
        json.dumps({"id": "c", "text": "Three."}),
    ]
    data = "\n".join(lines).encode()
    limit = 4096
    monkeypatch.setattr(jsonl, "_SKIP_CHUNK", 8192)
    stream = _CountingStream(data)
    if via == "file":
        path = tmp_path / "d.jsonl"
        path.write_bytes(data)
        real_open = Path.open
        monkeypatch.setattr(
            Path, "open", lambda self, *a, **k: stream if self == path else real_open(self, *a, **k)
        )
        items = list(read_paths([str(path)], max_bytes=limit))
    else:
        items = list(read_paths(["-"], stdin=stream, max_bytes=limit))
    assert [getattr(i, "id", None) or i.source.rsplit(":", 1)[1] for i in items] == ["a", "2", "4", "c"]
    assert (
        items[1].code == "E105"
        and f"line of {len(big) + 1} bytes exceeds the limit of {limit}" in items[1].message
    )
    assert stream.largest <= 8192  # the rest of the long line was skipped in bounded chunks


def test_jsonl_line_exactly_at_the_limit(tmp_path):
    line = json.dumps({"id": "a", "text": "x" * 100}).encode() + b"\n"
    for limit, kind in ((len(line), "Article"), (len(line) - 1, "Rejection")):
        (item,) = _read(tmp_path, "d.jsonl", line, max_bytes=limit)
        assert type(item).__name__ == kind, limit
