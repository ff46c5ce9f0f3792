"""Hypothesis strategies for hostile and broken input: text that looks like news and is not."""

from __future__ import annotations

from hypothesis import strategies as st

QUOTES = ['"', "“", "”", "‘", "’", "«", "»", "„", "'", "``", "''"]
NUMBERS = [
    "1,000",
    "1.000",
    "1 000",
    "12",
    "0",
    "-5",
    "3.5",
    "1e6",
    "½",
    "٣",
    "½ million",
    "two dozen",
    "tens of thousands",
    "10-12",
    "10–12",
    "$5bn",
    "5%",
    "20-kilometre",
    "km²",
    "1,00,000",
    "99999999999999999999",
    "0.000001",
    "IV",
    "at least 800",
    "nearly 1",
    "more than 2,000",
    "up to",
    "between 3 and",
    "from one to",
]
WORDS = [
    "said",
    "told",
    "according",
    "to",
    "Kyiv",
    "Kursk",
    "region",
    "Moscow",
    "the",
    "official",
    "He",
    "she",
    "they",
    "Ukrainian",
    "forces",
    "troops",
    "on",
    "Tuesday",
    "last",
    "week",
    "since",
    "war",
    "began",
    "claimed",
    "denied",
    "vowed",
    "attack",
    "killed",
    "at",
    "least",
    "kilometers",
    "square",
    "people",
    "US-based",
    "Institute",
    "of",
    "War",
    "said:",
    "reporters",
    ",",
    ".",
    ";",
    ":",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "\t",
    "KYIV:",
    "Monday",
    "2024",
    "May",
]
CONTROL = [
    "\x00",
    "\x07",
    "\x1b",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\u2028",
    "\u2029",
    "\r",
    "\x85",
    "\ud7ff",
    "\U0001f600",
]

newsish = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(QUOTES),
        st.sampled_from(NUMBERS),
        st.sampled_from(CONTROL),
        st.text(min_size=1, max_size=12),
    ),
    min_size=1,
    max_size=400,
).map(lambda parts: " ".join(parts) if len(parts) % 3 else "".join(parts))

long_sentence = st.integers(min_value=200, max_value=3000).map(
    lambda n: "Officials said " + " and ".join(f"{i} troops moved" for i in range(n // 10)) + "."
)

any_text = st.one_of(st.text(max_size=2000), newsish, long_sentence)

html_docs = st.one_of(
    st.binary(max_size=4000),
    st.lists(
        st.sampled_from(
            [
                "<html>",
                "<body>",
                "<p>",
                "</p>",
                "<script>alert(1)</script>",
                "<!--",
                "-->",
                "<![CDATA[",
                "<meta charset='koi8-r'>",
                "&amp;",
                "&#0;",
                "&nbsp;",
                "<div",
                ">",
                "<a href=javascript:x>",
                "<title>",
                "</title>",
                "<article>",
                "KYIV: Ukraine said",
                "“",
                "</html>",
                "\x00",
            ]
        ),
        max_size=80,
    )
    .map("".join)
    .map(lambda s: s.encode("utf-8", "surrogatepass")),
)

jsonl_docs = st.lists(
    st.one_of(
        st.sampled_from(
            [
                '{"id": 1, "text": "Kyiv said 12."}',
                '{"text": ""}',
                '{"html": "<p>x</p>"}',
                "[]",
                "null",
                '{"text": 5}',
                '{"id": {"a": 1}, "text": "x"}',
                '{"published": "yesterday", "text": "x"}',
                "{",
                '"\\ud800"',
                '{"text": "\\u0000"}',
            ]
        ),
        st.text(max_size=60),
    ),
    max_size=30,
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))

feed_docs = st.lists(
    st.sampled_from(
        [
            '<?xml version="1.0"?>',
            "<rss>",
            "<channel>",
            "<item>",
            "</item>",
            "<title>T</title>",
            "<description>&lt;p&gt;Kyiv said 12 drones fell.&lt;/p&gt;</description>",
            '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
            "&a;",
            "<feed xmlns='http://www.w3.org/2005/Atom'>",
            "<entry>",
            "</entry>",
            "<content>x</content>",
            "</channel>",
            "</rss>",
            "<pubDate>nope</pubDate>",
        ]
    ),
    max_size=40,
).map(lambda parts: "".join(parts).encode())
