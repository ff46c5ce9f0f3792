"""The annotated article: spans become well-nested elements, and the text stays text."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from claimledger.records import Article, Ledger, Quantity, Span, Speaker, Statement
from claimledger.serve.annotate import Mark, annotate, render

from .conftest import IMG, SCRIPT


class Tree(HTMLParser):
    """Checks nesting and collects the text, as a browser would see it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert tree.stack == []
    return tree


def test_nested_and_crossing_spans():
    text = "He said 5 <b> cats & dogs."
    marks = [
        Mark(0, 19, 0, "span", (("class", "stmt"),)),  # "He said 5 <b> cats "
        Mark(8, 18, 2, "span", (("class", "qty"),)),  # "5 <b> cats"
        Mark(14, 26, 2, "span", (("class", "place"),)),  # crosses the end of the statement
    ]
    out = str(render(text, marks))
    tree = parse(out)
    assert "".join(tree.text) == text
    assert "&lt;b&gt;" in out and "&amp;" in out
    # the place crosses the number and the statement: split at each boundary it crosses
    assert out == (
        '<span class="stmt">He said <span class="qty">5 &lt;b&gt; <span class="place">cats</span></span>'
        '<span class="place"> </span></span><span class="place">&amp; dogs.</span>'
    )


def test_marks_outside_the_text_or_empty_are_ignored():
    assert (
        str(render("abc", [Mark(2, 9, 0, "span", ()), Mark(1, 1, 0, "span", ()), Mark(-1, 2, 0, "span", ())]))
        == "abc"
    )


def test_attribute_values_are_escaped():
    out = str(render("x", [Mark(0, 1, 0, "span", (("data-tip", IMG),))]))
    tree = parse(out)
    assert tree.tags == [("span", {"data-tip": IMG})]
    assert "<img" not in out


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 3)), max_size=12)


@given(text=st.text(alphabet=st.sampled_from("ab <>&\"'\n"), max_size=60), raw=spans)
def test_any_marks_give_well_nested_html_of_the_same_text(text, raw):
    marks = [Mark(min(a, b), max(a, b), r, "span", (("data-tip", text[:5]),)) for a, b, r in raw]
    out = str(render(text, marks))
    tree = parse(out)
    assert "".join(tree.text) == text
    assert all(tag == "span" and attrs == {"data-tip": text[:5]} for tag, attrs in tree.tags)


def test_every_seeded_ledger_renders_to_its_own_text(seeded):
    for ledger in seeded["ledgers"].values():
        annotated = annotate(ledger)
        tree = parse(str(annotated.html))
        assert "".join(tree.text) == ledger.article.text, ledger.article.id
        assert {t for t, _ in tree.tags} <= {"span", "mark", "a", "time"}
        hrefs = [a["href"] for t, a in tree.tags if t == "a"]
        assert all(h and h.startswith("/map?place=") for h in hrefs)


def test_speakers_get_colours_in_order_and_a_legend():
    text = "A said x. B said y. A said z. It was said w."
    stmts = [
        Statement("s1", "indirect", None, Span.at(text, 7, 8), Speaker("A", 0, 1, name="A")),
        Statement("s2", "indirect", None, Span.at(text, 17, 18), Speaker("B", 10, 11, name="B")),
        Statement("s3", "indirect", None, Span.at(text, 27, 28), Speaker("A", 20, 21, name="A")),
        Statement("s4", "indirect", None, Span.at(text, 41, 42), None),
    ]
    qty = Quantity(text[8:9], 8, 9, id="q1", value=1, bound="at_least", unit="km")
    result = annotate(Ledger(Article("t", text), statements=stmts, quantities=[qty]))
    assert [(s.name, s.colour, s.statements) for s in result.speakers] == [
        ("A", "spk-0", 2),
        ("B", "spk-1", 1),
        ("no speaker found", "spk-none", 1),
    ]
    tree = parse(str(result.html))
    classes = [a.get("class") for _, a in tree.tags]
    assert classes.count("stmt spk-0") == 2 and "stmt spk-none" in classes and "speaker spk-1" in classes
    (tip,) = [a["data-tip"] for _, a in tree.tags if a.get("class") == "qty"]
    assert tip.startswith("at least 1 km") and "claimed by the reporter" in tip


def test_hostile_text_stays_text():
    text = f"{SCRIPT} said {IMG}"
    stmt = Statement(
        "s1",
        "direct",
        None,
        Span.at(text, len(SCRIPT) + 6, len(text)),
        Speaker(SCRIPT, 0, len(SCRIPT), name=SCRIPT),
    )
    out = str(annotate(Ledger(Article("h", text), statements=[stmt])).html)
    assert "<script" not in out and "<img" not in out
    assert "".join(parse(out).text) == text
