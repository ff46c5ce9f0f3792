"""Choose the place each toponym names and build :class:`Place` records.

Disambiguation, in order: "<X> region/oblast" is the region; a bare name that the article also
uses as "<X> region" is that region ("attacks in Kursk" after "Kursk region"); a country name is
the country; otherwise the candidates in the article's countries win, then the most populous. A named part of a town
("the Geweran neighborhood of Hasakah") lies in the country of the town it is "of"/"in"/"near",
else of the town named last before it, not the article's main country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extract import lexicon
from ..extract.places import DIRECTIONS, RawPlace
from ..geo import Gazetteer, GeoEntry, load_gazetteer
from ..records import Place

EXTRACTOR = "places@1"


def resolve_places(raw: Sequence[RawPlace], text: str) -> list[Place]:
    gaz = load_gazetteer()
    first_pass = [[] if p.facility else _candidates(gaz, p) for p in raw]
    countries = {c[0].country_code for c in first_pass if c and c[0].kind == "country"}
    countries |= {c[0].country_code for p, c in zip(raw, first_pass) if c and p.usage == "dateline"}
    region_stems = {}
    for p, cands in zip(raw, first_pass):
        if p.region_form and cands:
            region_stems[p.text.rsplit(" ", 1)[0].casefold()] = cands[0]
    chosen: list[GeoEntry | None] = []
    for p, cands in zip(raw, first_pass):
        entry = region_stems.get(p.text.casefold()) if cands and not p.region_form else None
        chosen.append((entry or _choose(cands, countries)) if cands else None)
    main_country = _main_country(chosen)
    places = []
    for n, (p, entry) in enumerate(zip(raw, chosen)):
        if p.facility:
            country = _facility_country(gaz, p, countries) or _town_of(raw, chosen, n, text) or main_country
            places.append(_facility(gaz, p, country, text))
        elif entry is not None:
            places.append(_record(gaz, p, entry, text))
    return places


def _main_country(chosen: list[GeoEntry | None]) -> str | None:
    """The country the article's places mostly lie in (each place as resolved in context)."""
    counts: dict[str, int] = {}
    for entry in chosen:
        if entry is not None and entry.country_code:
            counts[entry.country_code] = counts.get(entry.country_code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


_PART_OF = re.compile(r"\s+(\w+)\s+(?:of|in|near)\s+(?:the\s+)?", re.IGNORECASE)


def _town_of(raw: Sequence[RawPlace], chosen: list[GeoEntry | None], n: int, text: str) -> str | None:
    """The country of the town a named neighbourhood is part of: the place right after "the X
    neighborhood of/in/near", else the last town named before it in the article."""
    p = raw[n]
    after = re.match(r"\s+(\w+)", text[p.end :])
    if after is None or after.group(1).lower() not in lexicon.word_set("district_nouns.txt"):
        return None
    link = _PART_OF.match(text, p.end)
    if link is not None:
        for q, entry in zip(raw, chosen):
            if q.start == link.end() and entry is not None:
                return entry.country_code
    for q, entry in reversed(list(zip(raw[:n], chosen[:n]))):
        if entry is not None and entry.kind == "city" and not q.facility:
            return entry.country_code
    return None


def _facility_country(gaz: Gazetteer, p: RawPlace, countries: set[str]) -> str | None:
    """The country of a place named inside a facility's name ("Mosul Dam", "Kursk Nuclear Power
    Plant"), the longest such name from the start."""
    words = p.text.split()
    for n in range(len(words) - 1, 0, -1):
        name = " ".join(words[:n])
        cands = [] if gaz.is_common_word(name) else gaz.lookup(name)  # "Grand Mosque" is no town's
        if cands:
            return _choose(cands, countries).country_code
    return None


def _facility(gaz: Gazetteer, p: RawPlace, country_code: str | None, text: str) -> Place:
    """A named site: no coordinates in the gazetteer; its country is the article's."""
    country = gaz.country(country_code)
    return Place(
        text=text[p.start : p.end],
        start=p.start,
        end=p.end,
        name=p.text,
        kind="facility",
        country=country.name if country else None,
        country_code=country_code,
        usage=p.usage,
        extractor=EXTRACTOR,
    )


def _candidates(gaz: Gazetteer, p: RawPlace) -> list[GeoEntry]:
    if p.district:  # "East Mosul", "Kowloon West": the place the other words name
        words = p.text.split()
        return gaz.lookup(" ".join(words[1:] if words[0] in DIRECTIONS else words[:-1]))
    if p.region_form:
        stem = p.text.rsplit(" ", 1)[0]
        region = [e for e in gaz.lookup(p.text) if e.kind == "region"] or (
            [r] if (r := gaz.region_named(stem)) else []
        )
        if region:
            return region
    return gaz.lookup(p.text)


def _choose(cands: list[GeoEntry], countries: set[str]) -> GeoEntry:
    if cands[0].kind == "country" or _world_region(cands[0]):
        return cands[0]  # "the West", "the Levant": not a village of that name in the article's country
    local = [c for c in cands if c.country_code in countries]
    return local[0] if local else cands[0]


def _world_region(entry: GeoEntry) -> bool:
    """A continent, sea or named region of ``macro_regions.tsv`` (neither GeoNames place nor admin-1 unit)."""
    return entry.geonames_id is None and entry.admin1 is None and entry.kind != "country"


def _record(gaz: Gazetteer, p: RawPlace, entry: GeoEntry, text: str) -> Place:
    """The place record; a district ("East Mosul") keeps its own name and its place's coordinates."""
    country = gaz.country(entry.country_code)
    return Place(
        text=text[p.start : p.end],
        start=p.start,
        end=p.end,
        name=p.text if p.district else entry.name,
        kind="district" if p.district else entry.kind,
        country=country.name if country else None,
        country_code=entry.country_code,
        lat=entry.lat,
        lon=entry.lon,
        geonames_id=None if p.district else entry.geonames_id,
        usage=p.usage,
        extractor=EXTRACTOR,
    )
