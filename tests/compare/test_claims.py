from __future__ import annotations

import math

import pytest

from claimledger.compare.claims import concepts, group_claims, interval
from claimledger.records import Claim


def claim(
    value,
    bound="exact",
    *,
    unit="km2",
    measures="territory under Ukrainian control",
    who="A",
    as_of="2024-08-13",
    place="Kursk Oblast",
    value_max=None,
    article=None,
):
    return Claim(
        article or f"art-{who}",
        "q1",
        f"{value} {unit}",
        value,
        value_max,
        unit,
        bound,
        measures,
        who,
        None,
        f"Outlet {who}",
        as_of,
        as_of,
        place,
        "Russia",
    )


@pytest.mark.parametrize(
    "bound, value_max, lo, hi, lo_open, hi_open",
    [
        ("exact", None, 100, 100, False, False),
        ("approximately", None, 90, 110, False, False),
        ("at_least", None, 100, math.inf, False, False),
        ("more_than", None, 100, math.inf, True, False),
        ("nearly", None, 90, 100, False, True),
        ("up_to", None, 0, 100, False, False),
        ("less_than", None, 0, 100, False, True),
        ("range", 120, 100, 120, False, False),
        ("vague", None, 100, 1000, False, True),
    ],
)
def test_interval_of_each_bound(bound, value_max, lo, hi, lo_open, hi_open):
    iv = interval(claim(100, bound, value_max=value_max))
    assert (iv.lo, iv.hi, iv.lo_open, iv.hi_open) == pytest.approx((lo, hi, lo_open, hi_open))


def test_kursk_figures_agree_and_a_third_source_contradicts():
    syrsky = claim(
        1000,
        "approximately",
        who="Oleksandr Syrsky",
        measures="Russian land controlled by Ukrainian troops",
        as_of="2024-08-12",
    )
    isw = claim(800, "at_least", who="Institute for the Study of War")
    (group,) = group_claims([syrsky, isw])
    assert group.status == "consistent" and set(group.claims) == {syrsky, isw}
    assert (
        "900–1,100 km2" in group.windows[0].explanation and "at least 800 km2" in group.windows[0].explanation
    )

    moscow = claim(
        300, "exact", who="Russian Defence Ministry", measures="territory held by Ukrainian forces"
    )
    (group,) = group_claims([syrsky, isw, moscow])
    assert group.status == "contradictory"
    text = group.windows[0].explanation
    assert "Russian Defence Ministry" in text and "Oleksandr Syrsky" in text and "do not overlap" in text


def test_claims_weeks_apart_form_a_series_not_a_contradiction():
    early = claim(1000, "approximately", who="A", as_of="2024-08-12")
    later = claim(1150, "approximately", who="B", as_of="2024-08-27")
    small = claim(300, "exact", who="C", as_of="2024-07-01")
    (group,) = group_claims([later, early, small])
    assert group.is_series and group.status == "consistent"
    assert [w.claims[0].claimant for w in group.windows] == ["C", "A", "B"]


def test_different_things_are_not_grouped():
    killed = claim(12, unit="people", measures="civilians killed in shelling")
    troops = claim(5000, unit="people", measures="troops involved in the operation")
    area = claim(12, unit="km", measures="depth of the advance")
    assert len(group_claims([killed, troops, area])) == 3


def test_different_places_are_not_grouped_and_placeless_joins_its_concept():
    kursk = claim(1000, "approximately", place="Kursk Oblast")
    belgorod = claim(10, place="Belgorod Oblast", who="B")
    anywhere = claim(900, "at_least", place=None, who="C")
    groups = group_claims([kursk, belgorod, anywhere])
    by_size = sorted(len(g.claims) for g in groups)
    assert by_size == [1, 2]


def test_concepts_come_from_the_data_file_and_the_unit():
    assert {"territory", "control"} <= concepts(claim(1, measures="land held by troops"))
    assert concepts(claim(1, unit="km2", measures=None)) == frozenset({"territory"})
