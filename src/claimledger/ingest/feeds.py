"""RSS 2.0 and Atom feeds: one article per item, its body from ``content:encoded``/``content``
or else the description/summary. Entities are never resolved and nothing is fetched."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ClaimLedgerError, EmptyInput, MalformedInput
from ..records import Article, Rejection
from .html import read_html

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def is_feed(head: str) -> bool:
    """Whether the start of a document looks like RSS or Atom."""
    head = head[:2048].lower()
    return "<rss" in head or ("<feed" in head and "atom" in head) or "<rdf:rdf" in head


def read_feed(xml: bytes, *, name: str, published: str | None = None) -> Iterator[Article | Rejection]:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True
    )
    try:
        root = etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedInput(f"cannot parse feed: {exc}", source=name) from exc
    if root is None:
        raise MalformedInput("cannot parse feed: no root element", source=name)
    items = list(root.iter("item", "{http://purl.org/rss/1.0/}item", f"{_ATOM}entry"))
    if not items:
        raise EmptyInput("feed has no items", source=name)
    for i, item in enumerate(items, 1):
        source = f"{name}#{i}"
        try:
            yield _read_item(item, source=source, published=published)
        except ClaimLedgerError as exc:
            yield Rejection(source, exc.code, exc.message)


def _read_item(item, *, source: str, published: str | None) -> Article:  # type: ignore[no-untyped-def]
    def first(*tags: str) -> str | None:
        for tag in tags:
            el = item.find(tag)
            if el is not None:
                value = el.get("href") if tag.endswith("link") and el.get("href") else el.text
                if value and value.strip():
                    return value.strip()
        return None

    body = first(_CONTENT, f"{_ATOM}content", "description", f"{_ATOM}summary")
    if not body:
        raise EmptyInput("feed item has no content", source=source)
    link = first("link", f"{_ATOM}link")
    html = body if "<" in body else "".join(f"<p>{_escape(p)}</p>" for p in body.split("\n\n"))
    return read_html(
        f"<html><body><article>{html}</article></body></html>",
        id=first("guid", f"{_ATOM}id") or link,
        url=link,
        title=first("title", f"{_ATOM}title"),
        published=published
        or first("pubDate", f"{_ATOM}published", f"{_ATOM}updated", "{http://purl.org/dc/elements/1.1/}date"),
        source=source,
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
