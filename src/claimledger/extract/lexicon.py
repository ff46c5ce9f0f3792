"""The data files of extraction, loaded once: reporting cues, titles, speaker nouns, units."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class CueEntry:
    lemma: str
    frames: frozenset[str]
    restricted: bool = False  # a cue only when its subject is a source ("the poll found")


def _lines(name: str) -> list[list[str]]:
    text = (resources.files("claimledger") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def cues() -> dict[str, CueEntry]:
    """Every inflected form (lower case, words joined by one space) → its cue entry."""
    table: dict[str, CueEntry] = {}
    for lemma, forms, frames, *rest in _lines("cues.tsv"):
        entry = CueEntry(
            lemma, frozenset(frames.split("|")), restricted=bool(rest) and rest[0].strip() == "restricted"
        )
        table[lemma] = entry
        for form in forms.split("|"):
            table[form] = entry
    return table


@functools.cache
def cue_lemmas() -> frozenset[str]:
    return frozenset(entry.lemma for entry in cues().values())


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """A one-column word list under ``data/`` (lower case)."""
    return frozenset(row[0].strip().lower() for row in _lines(name))


@functools.cache
def table(name: str) -> dict[str, list[str]]:
    """A TSV under ``data/`` keyed by its first column (lower case)."""
    return {row[0].strip().lower(): [c.strip() for c in row[1:]] for row in _lines(name)}
