"""The gazetteer's own lookups (GeoNames-derived data plus our alias table)."""

from __future__ import annotations

from claimledger.geo import load_gazetteer


def test_a_bare_direction_is_not_a_region_but_the_region_word_finds_it():
    gaz = load_gazetteer()
    # "West" alone is the political West (no country), never Cameroon's West Region
    assert [(e.kind, e.country_code) for e in gaz.lookup("West") if e.kind == "region"] == [("region", "")]
    assert all(e.kind != "region" for e in gaz.lookup("Northern"))
    assert any(e.kind == "region" and e.country_code == "CM" for e in gaz.lookup("West Region"))


def test_military_spellings_point_at_the_gazetteer_entries():
    gaz = load_gazetteer()
    assert gaz.lookup("Tal Afar")[0].country_code == "IQ"
    assert gaz.lookup("Dayr Az Zayr")[0].name == "Deir ez-Zor"
    assert gaz.lookup("Netherlands")[0].kind == "country"
    assert {e.country_code for e in gaz.lookup("Palmyra")} >= {"SY", "US"}


def test_state_abbreviations_and_short_forms_point_at_the_state_not_a_town():
    gaz = load_gazetteer()
    assert [(e.name, e.kind) for e in gaz.lookup("Fla.")] == [("Florida", "region")]
    assert gaz.lookup("Ky.")[0].admin1 == "US.KY"
    assert gaz.lookup("Emirates")[0].country_code == "AE"
    assert gaz.lookup("Southwest Asia")[0].kind == "region"
