"""Quotation spans in article text: straight and typographic marks, quotes over several paragraphs,
nested single quotes. An unbalanced mark is handled where it stands; it never costs the article.

Works on characters, not tokens, so it needs no model. Conventions handled:
- a quotation that runs over paragraphs opens each paragraph with a mark and closes only at its end
  (or, in sloppier copy, does not reopen); it is returned as one quotation per paragraph;
- a straight ``"`` opens after a space, bracket, dash or line start, and closes otherwise;
- a closing mark with nothing open is ignored; an opening mark never closed ends at its paragraph's
  end only if the paragraph has no later mark (otherwise it is ignored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon

OPEN = "“«„"
CLOSE = "”»‟"
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"\n\s*\n")
_OPENING_CONTEXT = " \t\n([{—–-/"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    balanced: bool = True

    def contains(self, pos: int) -> bool:
        return self.inner_start <= pos < self.inner_end


def _direction(text: str, i: int) -> str:
    ch = text[i]
    if ch in OPEN:
        return "open"
    if ch in CLOSE:
        return "close"
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before in _OPENING_CONTEXT or before in OPEN:
        return "open"
    if after.isspace() or after in ".,;:!?)]—–" or before.isalnum() or before in ".,;:!?":
        return "close"
    return "open"


def find_quotes(text: str) -> list[Quote]:
    """Every double-quoted span of ``text``, in order, never overlapping."""
    marks = [
        (i, _direction(text, i)) for i, ch in enumerate(text) if ch in OPEN or ch in CLOSE or ch == STRAIGHT
    ]
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    quotes: list[Quote] = []
    open_at: int | None = None
    for _n, (i, kind) in enumerate(marks):
        if kind == "open":
            if open_at is None:
                open_at = i
            elif _paragraph_between(breaks, open_at, i) and _starts_paragraph(text, i):
                continue  # the same quotation, reopened at the start of the next paragraph
            elif not _paragraph_between(breaks, open_at, i) and _ends_words(text, i):
                # a closing mark typed as an opening one ('global reach, “Caughlin said'): double
                # marks do not nest, and punctuation before it ends the quoted words
                quotes.append(Quote(open_at, i + 1, open_at + 1, i))
                open_at = None
            else:
                open_at = i  # the earlier mark was never closed: drop it, start again here
        elif open_at is not None:
            quotes.append(Quote(open_at, i + 1, open_at + 1, i))
            open_at = None
    if open_at is not None:
        end = next((b for b in breaks if b > open_at), len(text))
        quotes.append(Quote(open_at, end, open_at + 1, end, balanced=False))
    pieces = [piece for q in quotes for piece in _by_paragraph(text, q, breaks)]
    return [q for q in pieces if q.inner_end > q.inner_start]


def _by_paragraph(text: str, q: Quote, breaks: list[int]) -> list[Quote]:
    """A quotation over several paragraphs as one quotation per paragraph: each paragraph is a
    statement of the running speaker (GUIDELINES.md), whether or not it reopens with a mark."""
    inside = [b for b in breaks if q.inner_start < b < q.inner_end]
    if not inside:
        return [q]
    out = []
    start, inner_start = q.start, q.inner_start
    for b in [*inside, None]:
        inner_end = q.inner_end if b is None else len(text[:b].rstrip())
        end = q.end if b is None else inner_end
        out.append(Quote(start, end, inner_start, inner_end, q.balanced and b is None))
        if b is not None:
            nxt = b + len(text[b:]) - len(text[b:].lstrip())  # the next paragraph's first character
            start = nxt
            inner_start = nxt + 1 if nxt < len(text) and text[nxt] in OPEN + STRAIGHT else nxt
    return out


def _ends_words(text: str, i: int) -> bool:
    """A mark right after the punctuation that closes quoted words (", “Caughlin said."): what
    follows it, up to the end of its sentence, is a short attribution with a reporting verb."""
    if text[max(0, i - 2) : i].rstrip()[-1:] not in (",", "?", "!"):
        return False
    tail = re.match(r"[^.?!“”\"\n]*[.?!,]", text[i + 1 : i + 80])
    if tail is None:
        return False
    words = re.findall(r"[\w’']+", tail.group())
    return 0 < len(words) <= 5 and any(w.lower() in lexicon.cues() for w in words)


def _paragraph_between(breaks: list[int], a: int, b: int) -> bool:
    return any(a < x < b for x in breaks)


def _starts_paragraph(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return not text[line_start:i].strip()


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The quotation that covers ``start:end`` (inside its marks), if any."""
    for q in quotes:
        if q.inner_start <= start and end <= q.inner_end:
            return q
    return None
