"""HTML pages to articles: the main text and metadata through trafilatura."""

from __future__ import annotations

import re
import warnings

from ..errors import EmptyInput, MalformedInput, UndecodableInput
from ..records import Article
from .article import make_article
from .decode import decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, *, encoding: str | None = None, source: str | None = None) -> str:
    """Decode HTML bytes, honouring a ``<meta charset>`` when no encoding is given."""
    if encoding is None:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii").lower() if m else None
        if declared and declared not in ("utf-8", "utf8"):
            try:
                return decode_bytes(data, encoding=declared, source=source)
            except UndecodableInput:
                pass  # a wrong declaration is common; fall back to UTF-8 below
    return decode_bytes(data, encoding=encoding, source=source)


def read_html(
    html: str,
    *,
    id: str | None = None,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    source: str | None = None,
) -> Article:
    """The main text of an HTML page as an article; metadata from the page unless given."""
    import trafilatura  # heavy import, only when HTML is read

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura/lxml warn on odd markup; we check the result
        try:
            doc = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False
            )
        except Exception as exc:  # noqa: BLE001 - lxml raises many types on broken markup
            raise MalformedInput(f"cannot parse HTML: {exc}", source=source) from exc
    if doc is not None and not isinstance(doc, dict) and doc.text and doc.text.strip():
        page_title = title or doc.title
        text = _paragraphs(doc.text, page_title)
        outlet, url = outlet or doc.sitename, url or doc.url
        published = published or _iso_or_none(doc.date)
    else:  # trafilatura keeps nothing from very short pages and feed snippets
        page_title, text = title, _plain_text(html, source=source)
    return make_article(
        text, id=id, title=page_title, outlet=outlet, url=url, published=published, source=source
    )


def _plain_text(html: str, *, source: str | None) -> str:
    """All paragraph text of a page, for pages too short for trafilatura's main-text heuristics."""
    import lxml.html
    from lxml import etree

    try:
        # a document parse always has an <html> element as root (a fragment parse of
        # "<body><!" returns a comment, which has no text content)
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise MalformedInput(f"cannot parse HTML: {exc}", source=source) from exc
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = root.xpath("//p|//li|//h1|//h2|//h3|//blockquote") or [root]
    text = "\n\n".join(" ".join(b.text_content().split()) for b in blocks if isinstance(b.tag, str))
    if not text.strip():
        raise EmptyInput("no text found in the HTML page", source=source)
    return text


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura separates blocks with one newline; the ledger uses blank lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:] or lines  # the headline repeated as the first block
    return "\n\n".join(lines)


def _iso_or_none(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else None
