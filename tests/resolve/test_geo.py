"""The gazetteer's own lookups (GeoNames-derived data plus our alias table)."""

from __future__ import annotations

from claimledger.geo import load_gazetteer, spelling_variants


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


def test_news_spellings_of_transliterated_names_find_the_place():
    gaz = load_gazetteer()
    found = {
        name: (gaz.lookup(name)[0].name, gaz.lookup(name)[0].country_code) if gaz.lookup(name) else None
        for name in ("Avdiivka", "Kupiansk", "Zaporizhzhia", "Huliaipole", "Rylsk", "Hasakah", "Tartus")
    }
    assert found == {
        "Avdiivka": ("Avdiyivka", "UA"),  # Ukraine's national transliteration
        "Kupiansk": ("Kupyansk", "UA"),
        "Zaporizhzhia": ("Zaporizhzhya", "UA"),
        "Huliaipole": ("Hulyaypole", "UA"),
        "Rylsk": ("Ryl’sk", "RU"),  # without the soft sign's apostrophe
        "Hasakah": ("Al Ḩasakah", "SY"),  # without the Arabic article and diacritics
        "Tartus": ("Ţarţūs", "SY"),
    }


def test_spelling_variants_leave_plain_names_and_the_article_of_other_countries_alone():
    assert spelling_variants("El Paso", "US") == []
    assert spelling_variants("Kyiv", "UA") == []
    assert spelling_variants("Al Ḩudaydah", "YE") == ["Al Hudaydah", "Hudaydah"]


def test_a_place_called_by_its_own_name_beats_a_bigger_place_with_that_old_name():
    gaz = load_gazetteer()
    # Engels (196,000) was called Pokrovsk until 1931; the Pokrovsk of the news is in Ukraine
    assert [(e.name, e.country_code) for e in gaz.lookup("Pokrovsk")][:2] == [
        ("Pokrovsk", "UA"),
        ("Engels", "RU"),
    ]
    assert gaz.lookup("Kiev")[0].name == "Kyiv"  # no village called Kiev outranks the capital
    assert gaz.lookup("Palmyra")[0].country_code == "SY"  # the hand-written alias stays first
