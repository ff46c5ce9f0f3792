from __future__ import annotations

import pytest

from claimledger.resolve.linking import entity_key, org_key, same_person


@pytest.mark.parametrize(
    "a, b",
    [
        ("Syrsky", "Oleksandr Syrskyi"),
        ("Syrskyi Oleksandr", "Oleksandr Syrsky"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelenskiy", "Zelensky"),
        ("Georgiy Tykhy", "Heorhii Tykhyi"),
        ("O. Syrsky", "Oleksandr Syrsky"),
        ("Vladimir Putin", "President Putin"),
    ],
)
def test_same_person_across_spellings(a, b):
    link = same_person(a, b)
    assert link.same, link.reason
    assert link.reason


@pytest.mark.parametrize(
    "a, b", [("Vladimir Putin", "Dmitry Peskov"), ("Oleksandr Syrsky", "Oleksandr Usyk")]
)
def test_different_people(a, b):
    assert not same_person(a, b).same


def test_ministry_spellings_share_one_key():
    names = [
        "Russian Defence Ministry",
        "Russia's defence ministry",
        "the Russian Ministry of Defense",
        "Ministry of Defence of the Russian Federation",
    ]
    assert len({org_key(n) for n in names}) == 1
    assert org_key("Ukrainian Defence Ministry") != org_key("Russian Defence Ministry")


def test_states_by_country_code():
    assert entity_key("Ukraine", "state") == "state:UA"
    assert entity_key("United States", "state") == entity_key("US", "state") == "state:US"
