"""Label mapping shared by every corpus converter: our NER labels, NORP from demonyms,
GPE vs LOC from the gazetteer, and the named-entity spans derived from GUM's entity layer.

Spans are (start, end, label) over a list of words, end exclusive.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from claimledger.nlp.gazetteer import demonyms, place_label

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")
Spans = list[tuple[int, int, str]]

_CONNECTORS = {"of", "for", "and", "&", "de", "del", "la", "le", "du", "von", "van", "al", "bin", "on", "the"}


def map_place(words: list[str], start: int, end: int) -> str:
    """GPE or LOC for a place name (corpora without the split: UNER, WikiGold, BTC, GUM)."""
    return place_label(" ".join(words[start:end]))


def add_norp(words: list[str], spans: Spans) -> Spans:
    """Add NORP spans for demonyms (``data/demonyms.tsv``) outside every other span."""
    forms = demonyms()
    taken = [False] * len(words)
    for start, end, _ in spans:
        for i in range(start, end):
            taken[i] = True
    out = list(spans)
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            free = i + n <= len(words) and not any(taken[i : i + n])
            if free and " ".join(words[i : i + n]) in forms:
                out.append((i, i + n, "NORP"))
                i += n - 1
                break
        i += 1
    return sorted(out)


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Spans from BIO or IO tags (an I- after O or another type starts a span)."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if prefix == "I" and label == typ and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I"):
            start, label = i, typ
    return spans


# --- GUM: named entities from the mention layer ------------------------------------------------

_GUM_TYPES = {"person": "PERSON", "organization": "ORG", "place": "PLACE"}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    text = resources.files("claimledger.data").joinpath("titles.txt").read_text(encoding="utf8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def strip_titles(words: list[str], start: int, end: int) -> int:
    """The start of a person's name after leading titles (``Foreign Minister Jan Petersen``)."""
    titles = title_words()
    last = start - 1
    for i in range(start, end - 1):
        if words[i].lower() in titles or words[i].lower() in ("prime", "foreign", "vice"):
            last = i
    return last + 1


def gum_named_spans(
    words: list[str],
    xpos: list[str],
    heads: list[int],
    spaces: list[bool],
    mentions: list[tuple[int, int, str]],
) -> Spans:
    """Named-entity spans from GUM mentions (start, end, etype), words of one document.

    A person/organization/place mention names an entity when its syntactic head (the one word
    whose head lies outside the mention) is a proper noun (XPOS NNP/NNPS). The name is the run
    of proper nouns around the head inside the mention, bridged by lower-case connectors
    (``of``, ``for``, ``and`` ...) and unspaced hyphens between proper nouns
    (``University of Texas``, ``Udvar-Hazy``). For a person the run stops at a title word
    (``data/titles.txt``: ``NASA Administrator Charles Bolden`` -> ``Charles Bolden``) and at a
    nested mention of another entity. A demonym head (``Americans``) gives NORP; a place gives
    GPE or LOC (gazetteer). Overlapping candidates: the longer span wins.
    """
    cands: Spans = []
    forms = demonyms()
    titles = title_words()

    def propn(i: int) -> bool:
        return xpos[i] in ("NNP", "NNPS")

    def bridge(i: int, lo: int, hi: int) -> bool:
        if not (lo <= i - 1 and i + 1 < hi and propn(i - 1) and propn(i + 1)):
            return False
        if words[i] == "-":
            return not spaces[i - 1] and not spaces[i]
        return words[i] in _CONNECTORS

    for start, end, etype in mentions:
        if etype not in _GUM_TYPES:
            continue
        inside = range(start, end)
        heads_out = [i for i in inside if heads[i] not in inside]
        if not heads_out or not propn(heads_out[0]):
            continue
        h = heads_out[0]
        if etype == "person" and words[h].lower() in titles:
            continue  # "NASA Administrator", "the Senator": a role, not a name
        blocked: set[int] = set()
        if etype == "person":
            for s2, e2, _ in mentions:
                if start <= s2 and e2 <= end and (s2, e2) != (start, end) and not s2 <= h < e2:
                    blocked.update(range(s2, e2))
        left = h
        while (
            left - 1 >= start
            and left - 1 not in blocked
            and (propn(left - 1) or bridge(left - 1, start, end))
        ):
            if etype == "person" and words[left - 1].lower() in titles:
                break
            left -= 1
        right = h + 1
        while right < end and (propn(right) or bridge(right, start, end)):
            right += 1
        while left < right and (words[left] in _CONNECTORS or words[left] == "-"):
            left += 1
        text = " ".join(words[left:right])
        if text in forms or words[h] in forms:
            label = "NORP"
        elif _GUM_TYPES[etype] == "PLACE":
            label = place_label(text)
        else:
            label = _GUM_TYPES[etype]
        cands.append((left, right, label))
    chosen: Spans = []
    taken: set[int] = set()
    # dict.fromkeys, not set: of two mentions of one span with different types, the first in the
    # text wins whatever the hash seed (a set's order made the labels differ between runs)
    for start, end, label in sorted(dict.fromkeys(cands), key=lambda s: (-(s[1] - s[0]), s[0])):
        if taken.isdisjoint(range(start, end)):
            chosen.append((start, end, label))
            taken.update(range(start, end))
    return sorted(chosen)
