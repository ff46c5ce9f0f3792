"""The offline gazetteer: countries, first-level regions and populated places with their names,
aliases, demonyms and coordinates, built from GeoNames-derived data on PyPI (see
``data/geo/SOURCE.md``; GeoNames, CC BY 4.0). Loaded once per process, indexed by normalised name.

Shared by the language pipeline (gazetteer entity labels) and by place resolution, so it sits
beside the records, below every stage. No spaCy here.

>>> gaz = load_gazetteer()
>>> [e.name for e in gaz.lookup("Kiev")][:1]
['Kyiv']
"""

from __future__ import annotations

import csv
import functools
import gzip
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Literal

GeoKind = Literal["country", "region", "city", "continent", "water", "facility"]

_REGION_WORDS = ("region", "oblast", "province", "governorate", "krai", "state", "district")


@dataclass(frozen=True, slots=True)
class GeoEntry:
    key: str  # "country:UA", "region:RU.41", "city:703448"
    name: str
    kind: GeoKind
    country_code: str
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    admin1: str | None = None  # "RU.41" for regions and cities


# Regions named by a bare direction (Cameroon's "West", Ghana's "Northern") are found only with
# their region word ("West Region"): alone, "the West" or "Northern" is never them.
_DIRECTION_WORDS = frozenset(
    f"{w}{suffix}"
    for w in ("north", "south", "east", "west", "central", "centre", "center", "littoral")
    for suffix in ("", "ern")
) | {
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
}


def norm(name: str) -> str:
    """The index key of a name: case-folded, one kind of apostrophe and dash, single spaces."""
    name = name.replace("’", "'").replace("‘", "'").replace("–", "-").replace("‐", "-")
    return " ".join(name.split()).casefold()


class Gazetteer:
    def __init__(self) -> None:
        self._by_name: dict[str, list[GeoEntry]] = defaultdict(list)
        self.countries: dict[str, GeoEntry] = {}
        self.regions: dict[str, GeoEntry] = {}
        self._demonyms: dict[str, str] = {}
        self._capitals: dict[str, str] = {}  # country code → normalised capital name
        self._common: frozenset[str] = frozenset()
        self._load()

    # -- queries ------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[GeoEntry]:
        """Entries whose name or alias is ``name``, countries first, then regions, then by population."""
        return self._by_name.get(norm(name), [])

    def demonym(self, word: str) -> str | None:
        """The country code of a demonym ("Ukrainian" → "UA"), or None."""
        return self._demonyms.get(norm(word))

    def could_start(self, word: str) -> bool:
        """Whether some name begins with ``word`` (a cheap test before trying longer spans)."""
        return norm(word) in self._first_words

    def country(self, code: str | None) -> GeoEntry | None:
        return self.countries.get(code) if code else None

    def region_of(self, entry: GeoEntry) -> GeoEntry | None:
        return self.regions.get(entry.admin1) if entry.admin1 else None

    def capital_of(self, entry: GeoEntry) -> str | None:
        """The country code whose capital ``entry`` is ("Kyiv" → "UA"), or None."""
        if entry.kind != "city":
            return None
        return entry.country_code if self._capitals.get(entry.country_code) == norm(entry.name) else None

    def is_common_word(self, name: str) -> bool:
        """Whether ``name`` is also an ordinary lower-case English word ("Police", "Mobile")."""
        return name.casefold() in self._common

    def region_named(self, stem: str, countries: set[str] | None = None) -> GeoEntry | None:
        """The region meant by "<stem> region/oblast/province": a region of that name, or the
        region whose largest place is called ``stem`` (Kursk → Kursk Oblast)."""
        found = [e for e in self.lookup(stem) if e.kind == "region"]
        if not found:
            found = [r for e in self.lookup(stem) if e.kind == "city" and (r := self.region_of(e))]
        if countries:
            found = sorted(found, key=lambda e: e.country_code not in countries)
        return found[0] if found else None

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """Every (surface string, entity label) pair: GPE for countries, regions and cities, NORP
        for demonyms. Surfaces are given as spelled in the data (original case)."""
        yield from self._surfaces.items()
        for word in self._demonym_surfaces:
            yield word, "NORP"

    # -- loading ------------------------------------------------------------------------------
    def _load(self) -> None:
        self._surfaces: dict[str, str] = {}
        self._demonym_surfaces: list[str] = []
        self._bare_region_aliases: list[tuple[GeoEntry, list[str], str]] = []
        self._people: dict[str, int] = defaultdict(int)  # admin1 → people in its places
        base = resources.files("claimledger") / "data" / "geo"
        with (base / "countries.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                self._add_country(row)
        with gzip.open(str(base / "places.tsv.gz"), "rt", encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                self._add_city(row)
        with (base / "admin1.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                self._add_region(row)
        with (base / "macro_regions.tsv").open(encoding="utf-8") as fh:
            rows = [
                line.split("\t")
                for line in fh.read().splitlines()
                if line.strip() and not line.startswith("#")
            ]
        for name, kind, cc, lat, lon, aliases in rows:
            entry = GeoEntry(f"{kind}:{name}", name, kind, cc, _float(lat), _float(lon), None, 10**9)  # type: ignore[arg-type]
            self._index(entry, [name, *_split(aliases)])
        # bare region names ("Crimea", "Gaza Strip") unless a place has that name ("Kursk"):
        # region_named() maps "<stem> region" to the region explicitly
        for entry, names, seat in self._bare_region_aliases:
            # "Kursk" is the city, "Kursk region" the region; but "Florida", "England", "Crimea"
            # are the regions, whatever small towns share the name
            seat_names = {norm(seat)} | {
                norm(n)
                for e in self.lookup(seat)
                if e.kind == "city" and e.admin1 == entry.admin1
                for n in [e.name]
            }
            self._index(
                entry, [n for n in names if norm(n) not in seat_names and not self._is_seat_alias(n, entry)]
            )
        for key, entries in self._by_name.items():
            if len(entries) > 1:
                entries.sort(key=functools.partial(_rank, key=_folded(key)))
        # after the regions ("Fla." points at Florida the state) and after the ranking, which
        # would otherwise move a hand-written alias's place from the first position
        self._add_aliases(base / "aliases.tsv")
        self._common = frozenset(
            w
            for w in (base / "common_words.txt").read_text(encoding="utf-8").split("\n")
            if w and w[0] != "#"
        )
        self._first_words = frozenset(key.split(" ", 1)[0] for key in self._by_name)

    def _add_aliases(self, path: Traversable) -> None:
        """Spellings the data lacks ("Tal Afar" for Tall 'Afar): the alias goes first."""
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            alias, name, cc = line.split("\t")[:3]
            targets = sorted(
                (e for e in self._by_name.get(norm(name), []) if e.country_code == cc), key=_rank
            )
            if targets:
                key = norm(alias)
                self._by_name[key] = [targets[0], *[e for e in self._by_name.get(key, []) if e != targets[0]]]
                self._surfaces.setdefault(alias, "GPE")

    def _index(self, entry: GeoEntry, names: list[str]) -> None:
        for name in names:
            entries = self._by_name[norm(name)]
            if name and entry not in entries:
                entries.append(entry)
                self._surfaces.setdefault(name, "GPE")

    def _add_country(self, row: dict[str, str]) -> None:
        entry = GeoEntry(
            f"country:{row['cc']}",
            row["name"],
            "country",
            row["cc"],
            _float(row["lat"]),
            _float(row["lon"]),
            int(row["geonameid"]),
            int(row["population"] or 0),
        )
        self.countries[row["cc"]] = entry
        if row["capital"]:
            self._capitals[row["cc"]] = norm(row["capital"])
        self._index(entry, [row["name"], *_split(row["aliases"])])
        for word in _split(row["demonyms"]):
            self._demonyms.setdefault(norm(word), row["cc"])
            self._demonym_surfaces.append(word)

    def _add_region(self, row: dict[str, str]) -> None:
        admin1 = f"{row['cc']}.{row['admin1']}"
        entry = GeoEntry(
            f"region:{admin1}",
            row["name"],
            "region",
            row["cc"],
            _float(row["lat"]),
            _float(row["lon"]),
            # just under its places' total, so that a city-region's own city (Moscow) ranks first
            None,
            max(self._people[admin1] - 1, 0),
            admin1,
        )
        self.regions[admin1] = entry
        names = []
        for alias in _split(row["aliases"]):
            names += [f"{alias} {w.title()}" for w in _REGION_WORDS] + [f"{alias} {w}" for w in _REGION_WORDS]
        self._index(entry, names)
        bare = [n for n in [row["name"], *_split(row["aliases"])] if norm(n) not in _DIRECTION_WORDS]
        self._bare_region_aliases.append((entry, bare, row["largest_city"]))

    def _is_seat_alias(self, name: str, region: GeoEntry) -> bool:
        """Whether ``name`` is also the name of a big place inside ``region`` (Donetsk, Kharkiv):
        then the bare name means the place."""
        return any(
            e.kind == "city" and e.admin1 == region.admin1 and e.population >= 50_000
            for e in self.lookup(name)
        )

    def _add_city(self, row: dict[str, str]) -> None:
        entry = GeoEntry(
            f"city:{row['geonameid']}",
            row["name"],
            "city",
            row["cc"],
            float(row["lat"]),
            float(row["lon"]),
            int(row["geonameid"]),
            int(row["population"]),
            f"{row['cc']}.{row['admin1']}" if row["admin1"] else None,
        )
        names = [row["name"], *_split(row["aliases"])]
        self._index(
            entry, [*names, *(v for v in spelling_variants(row["name"], row["cc"]) if v not in names)]
        )
        if entry.admin1:
            self._people[entry.admin1] += entry.population


# A place called by its own name counts this many times its people against places that only
# have the name as an alias: "Pokrovsk" is the Ukrainian city of 60,000, not Engels (196,000),
# which was called Pokrovsk until 1931; "Kiev" stays Kyiv, not a village named Kiev.
OWN_NAME_WEIGHT = 10


def _rank(entry: GeoEntry, key: str | None = None) -> tuple[int, int]:
    """Countries and named world regions first; then the most populous place (a region counts
    the people of its places, but a city-region like Moscow yields to the city of that name),
    a place whose own name is ``key`` (given ``_folded``) weighing ``OWN_NAME_WEIGHT`` times its people."""
    own = key is not None and entry.kind in ("city", "region") and _folded(entry.name) == key
    return (entry.kind != "country", -entry.population * (OWN_NAME_WEIGHT if own else 1))


def _folded(name: str) -> str:
    """``norm(name)`` without diacritics: "Córdoba" is "cordoba"'s own name."""
    name = norm(name)
    return name if name.isascii() else _without_diacritics(name)


def _without_diacritics(name: str, drop: str = "") -> str:
    """``name`` with its combining marks (and the characters in ``drop``) left out:
    "Ţarţūs" → "Tartus"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c) and c not in drop
    )


# Arab countries, whose GeoNames names carry the article ("Al Ḩasakah", "Ar Raqqah")
_ARABIC_ARTICLE_COUNTRIES = frozenset(
    [
        "AE",
        "BH",
        "DZ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SY",
        "TN",
        "YE",
    ]
)
_ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|ash|ad|adh|az|an|at|ath|el)[ -]", re.IGNORECASE)
_UA_NATIONAL = [  # BGN/PCGN spelling in GeoNames → Ukraine's national transliteration (2010)
    (re.compile(r"(?<=[a-z])yi"), "i"),  # Avdiyivka → Avdiivka, Mykolayiv → Mykolaiv
    (re.compile(r"(?<=[a-z])ya"), "ia"),  # Kupyansk → Kupiansk, Zaporizhzhya → Zaporizhzhia
    (re.compile(r"(?<=[a-z])yu"), "iu"),  # Izyum → Izium
    (re.compile(r"(?<=[a-z])ye"), "ie"),  # Syeverodonetsk → Sieverodonetsk
    (re.compile(r"yy\b"), "yi"),  # Kryvyy Rih → Kryvyi Rih
    (re.compile(r"(?<=[aeiou])y(?![aeiouy])"), "i"),  # Hulyaypole → Huliaipole
]


def spelling_variants(name: str, cc: str) -> list[str]:
    """Spellings news writes for a GeoNames name: without apostrophes and diacritics ("Ryl’sk" →
    "Rylsk", "Ţarţūs" → "Tartus"), in an Arab country without the article ("Al Ḩasakah" →
    "Hasakah"), in Ukraine in the national transliteration ("Kup'yans'k" → "Kupiansk")."""
    if name.isascii() and "'" not in name and cc not in _ARABIC_ARTICLE_COUNTRIES and cc != "UA":
        return []  # the common case, kept cheap: 170,000 places are indexed at load
    plain = _without_diacritics(name, drop="'’‘ʼ`")
    out = [plain]
    if cc in _ARABIC_ARTICLE_COUNTRIES and _ARABIC_ARTICLE.match(plain):
        out.append(_ARABIC_ARTICLE.sub("", plain, count=1))
    if cc == "UA":
        ua = plain
        for pattern, repl in _UA_NATIONAL:
            ua = pattern.sub(repl, ua)
        out.append(ua)
    return [v for v in dict.fromkeys(out) if v != name and len(v) >= 3]


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v] if value else []


def _float(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


class Countries:
    """Countries, their aliases and demonyms only: a few milliseconds to load, for code that
    needs no places (linking entity names across articles)."""

    def __init__(self) -> None:
        self.by_code: dict[str, GeoEntry] = {}
        self._by_name: dict[str, str] = {}
        self._demonyms: dict[str, str] = {}
        path = resources.files("claimledger") / "data" / "geo" / "countries.tsv"
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                code = row["cc"]
                self.by_code[code] = GeoEntry(
                    f"country:{code}",
                    row["name"],
                    "country",
                    code,
                    _float(row["lat"]),
                    _float(row["lon"]),
                    int(row["geonameid"]),
                    int(row["population"] or 0),
                )
                for name in [row["name"], *_split(row["aliases"])]:
                    self._by_name.setdefault(norm(name), code)
                for word in _split(row["demonyms"]):
                    self._demonyms.setdefault(norm(word), code)

    def named(self, name: str) -> GeoEntry | None:
        code = self._by_name.get(norm(name))
        return self.by_code[code] if code else None

    def demonym(self, word: str) -> str | None:
        return self._demonyms.get(norm(word))


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None
_countries: Countries | None = None


def load_countries() -> Countries:
    """The country table, loaded on first use and shared by the whole process."""
    global _countries
    with _lock:
        if _countries is None:
            _countries = Countries()
        return _countries


def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use and shared by the whole process."""
    global _gazetteer
    with _lock:
        if _gazetteer is None:
            _gazetteer = Gazetteer()
        return _gazetteer


REGION_WORD = re.compile(r"^(?:" + "|".join(_REGION_WORDS) + r")$", re.IGNORECASE)
