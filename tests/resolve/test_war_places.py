"""Places of recent wars, as news spells them, found and put in the right country by the whole
pipeline (language pipeline, place extraction, geocoder): one sentence per place."""

from __future__ import annotations

import pytest

import claimledger

UA = "Ukraine"
RU = "Russia"
SY = "Syria"
PS = "Palestinian Territory"
IQ = "Iraq"
PLACES = {
    **dict.fromkeys(
        [
            "Avdiivka",
            "Vuhledar",
            "Sievierodonetsk",
            "Lysychansk",
            "Kramatorsk",
            "Sloviansk",
            "Kupiansk",
            "Kreminna",
            "Orikhiv",
            "Marinka",
            "Huliaipole",
            "Kherson",
            "Zaporizhzhia",
            "Mariupol",
            "Melitopol",
            "Berdiansk",
            "Izium",
            "Kostiantynivka",
            "Myrnohrad",
            "Selydove",
            "Kurakhove",
            "Pokrovsk",
            "Toretsk",
            "Odesa",
            "Mykolaiv",
            "Dnipro",
            "Sumy",
            "Chernihiv",
            "Enerhodar",
            "Bucha",
            "Irpin",
            "Vovchansk",
        ],
        UA,
    ),
    "Velyka Novosilka": UA,
    "Kryvyi Rih": UA,
    "Nova Kakhovka": UA,
    **dict.fromkeys(["Belgorod", "Shebekino", "Rylsk", "Lgov", "Kurchatov", "Sudzha"], RU),
    **dict.fromkeys(
        [
            "Tartus",
            "Idlib",
            "Raqqa",
            "Manbij",
            "Kobani",
            "Hasakah",
            "Qamishli",
            "Aleppo",
            "Homs",
            "Hama",
            "Palmyra",
        ],
        SY,
    ),
    "Deir ez-Zor": SY,
    **dict.fromkeys(["Rafah", "Khan Younis", "Jabalia", "Deir al-Balah", "Nuseirat"], PS),
    **dict.fromkeys(["Mosul", "Fallujah", "Ramadi", "Tikrit", "Kirkuk", "Erbil", "Sinjar"], IQ),
    "Tal Afar": IQ,
    **dict.fromkeys(["Sderot", "Ashkelon"], "Israel"),
    **dict.fromkeys(["Nabatieh", "Tyre", "Sidon"], "Lebanon"),
    **dict.fromkeys(["Hodeidah", "Marib", "Sanaa"], "Yemen"),
    **dict.fromkeys(["El Fasher", "Omdurman", "Wad Madani"], "Sudan"),
    **dict.fromkeys(["Goma", "Bunia"], "Democratic Republic of the Congo"),
}


@pytest.fixture(scope="module")
def found():
    text = "\n\n".join(f"Officials said fighting was reported in {name} on Tuesday." for name in PLACES)
    ledger = claimledger.analyze(text, published="2024-08-13")
    return {p.text: p.country for p in ledger.places}


@pytest.mark.parametrize("name", list(PLACES))
def test_a_war_place_is_found_in_its_country(found, name):
    assert found.get(name) == PLACES[name]
