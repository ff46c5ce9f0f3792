"""Text plus metadata to an :class:`Article`: normalised text, stable id, publication date, dateline."""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re

from .. import settings
from ..errors import EmptyInput, MalformedInput
from ..records import Article, Span
from .decode import check_text, normalize_text
from .language import detect_language

# "KYIV:", "KYIV, Ukraine —", "WASHINGTON (AP) —", "MOSCOW, Aug 13 (Reuters) -",
# "Kyiv, August 13 (Reuters) -". The dateline place is the part before the first comma/paren.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3}"
_NAME_PLACE = r"[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,3}"
_DATELINE = re.compile(
    rf"""^(?P<place>{_CAPS_PLACE}|{_NAME_PLACE}(?=,\s*{_MONTH}))
        (?:,\s*(?:[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)){{0,2}}
        \s*(?:\([A-Za-z .&-]{{1,30}}\)\s*)?
        (?:[:—–]|--?)\s""",
    re.VERBOSE,
)


def make_article(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | dt.date | None = None,
    source: str | None = None,
    max_chars: int | None = None,
) -> Article:
    """Normalise ``text`` and wrap it with its metadata.

    >>> make_article("KYIV: Ukraine said on Tuesday ...", published="2024-08-13").dateline.text
    'KYIV'
    """
    text = normalize_text(check_text(text, source=source))
    if not text:
        raise EmptyInput("no text after normalisation", source=source)
    article_id = str(id) if id not in (None, "") else text_id(text)
    text, truncated = truncate(text, max_chars or settings.get("max_chars"))
    return Article(
        id=article_id,
        language=detect_language(text),
        truncated=truncated,
        text=text,
        title=_clean(title),
        outlet=_clean(outlet),
        url=_clean(url),
        published=parse_published(published, source=source),
        dateline=find_dateline(text),
    )


def truncate(text: str, max_chars: int) -> tuple[str, bool]:
    """``text`` cut at the last paragraph break (else sentence end, else space) before ``max_chars``."""
    if len(text) <= max_chars:
        return text, False
    head = text[:max_chars]
    for sep in ("\n\n", ". ", " "):
        cut = head.rfind(sep)
        if cut > max_chars // 2:
            return head[: cut + (1 if sep == ". " else 0)].rstrip(), True
    return head, True


def text_id(text: str) -> str:
    """A stable id for an article that came without one: a hash of its normalised text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_dateline(text: str) -> Span | None:
    """The place of a leading dateline ("KYIV:" → "KYIV"), or None."""
    m = _DATELINE.match(text[:120])
    if not m:
        return None
    place = m.group("place").rstrip(".")
    if len(place) < 2 or (place.isupper() is False and "," not in m.group(0)):
        return None
    return Span.at(text, m.start("place"), m.start("place") + len(place))


def parse_published(value: str | dt.date | None, *, source: str | None = None) -> str | None:
    """An ISO date from "2024-08-13", "2024-08-13T10:00:00Z" or an RFC 2822 feed date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise MalformedInput(f"publication date {value!r} is not a string", source=source)
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    raise MalformedInput(f"cannot read publication date {value!r} (use YYYY-MM-DD)", source=source)


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None
