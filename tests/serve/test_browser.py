"""Every page in a real browser (Debian's Chromium through Playwright): what is on screen, checked
against the JSON twin of the page and the stored ledgers. The ``page`` fixture fails a test on
any alert, script error, CSP violation or request that leaves the machine."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from .conftest import HOSTILE_HTML_ID, HOSTILE_TEXT_ID, HOSTILE_TITLE, IMG, SCRIPT, SPARSE_ID

pytestmark = pytest.mark.slow


def path(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


# -- articles -----------------------------------------------------------------------------------------
def test_article_list_shows_the_stored_articles_and_searches_as_you_type(page, http):
    api = http.get("/api/articles").json()
    page.goto("/articles")
    rows = page.locator(".article-row")
    expect(rows).to_have_count(len(api["articles"]))
    expect(page.locator("#results .count")).to_contain_text(f"{api['total']} articles stored")
    titles = rows.locator(".article-title").all_inner_texts()
    assert titles == [a["title"] or a["id"] for a in api["articles"]]
    assert HOSTILE_TITLE in titles  # the title with a script tag, shown as text

    page.get_by_label("Search articles").fill("Mosul")
    expect(page).to_have_url(re.compile(r"q=Mosul"))  # htmx swapped the results and pushed the URL
    wanted = [a["id"] for a in http.get("/api/articles", params={"q": "Mosul"}).json()["articles"]]
    expect(rows).to_have_count(len(wanted))
    hrefs = rows.locator(".article-title").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert hrefs == [path(i) for i in wanted]

    page.get_by_label("Search articles").fill("zzzznothing")
    expect(page.locator("#results .empty")).to_contain_text("No articles match")


def test_article_page_marks_every_statement_number_place_and_date(page, seeded):
    ledger = seeded["ledgers"]["seed-kursk"]
    page.goto(path("seed-kursk"))
    text = page.locator("#article-text")
    expect(text).to_have_text(ledger.article.text, use_inner_text=True)

    stmts = text.locator(".stmt")
    assert sorted(set(stmts.evaluate_all("els => els.map(e => e.dataset.stmt)"))) == sorted(
        s.id for s in ledger.statements
    )
    for s in ledger.statements:
        shown = text.locator(f'.stmt[data-stmt="{s.id}"]').all_inner_texts()
        assert "".join(shown) == s.content.text  # pieces of a split span add up to the content
    assert text.locator("mark.cue").count() == sum(1 for s in ledger.statements if s.cue)
    speakers = {s.speaker.name for s in ledger.statements if s.speaker}
    legend = page.locator(".legend-speaker").all_inner_texts()
    assert all(any(name in item for item in legend) for name in speakers)
    colours = stmts.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert all(c not in ("rgba(0, 0, 0, 0)", "transparent") for c in colours)

    qty = next(q for q in ledger.quantities if q.bound == "at_least" and q.unit == "km2")
    number = text.locator(f'.qty[data-qty="{qty.id}"]')
    expect(number).to_have_text(qty.text)
    number.hover()
    tip = page.locator("#tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("at least 800 km2")
    expect(tip).to_contain_text("claimed by")

    dates = text.locator("time.date")
    assert dates.count() == len(ledger.dates)
    resolved = [d.value for d in ledger.dates if d.value]
    assert dates.evaluate_all("els => els.map(e => e.getAttribute('datetime')).filter(Boolean)") == resolved
    expect(page.locator("table.dates td.resolved").first).to_have_text(ledger.dates[0].value or "unresolved")
    expect(page.locator("table.numbers tbody tr")).to_have_count(len(ledger.quantities))
    expect(page.locator("table.statements tbody tr")).to_have_count(len(ledger.statements))

    kursk = text.locator("a.place", has_text="Kursk region").first
    kursk.click()
    expect(page).to_have_url(re.compile(r"/map\?place=Kursk%20Oblast$"))
    expect(page.locator("#map")).to_have_attribute("data-focus", "Kursk Oblast")
    expect(page.locator(".leaflet-popup-content")).to_contain_text("Kursk Oblast")


def test_speaker_legend_dims_the_other_speakers(page, seeded):
    ledger = seeded["ledgers"]["seed-kursk"]
    assert len({s.speaker.name for s in ledger.statements if s.speaker}) >= 2
    page.goto(path("seed-kursk"))
    page.locator(".legend-speaker").first.click()
    dimmed = page.locator("#article-text .stmt.dim")
    assert 0 < dimmed.count() < page.locator("#article-text .stmt").count()
    page.locator(".legend-speaker").first.click()
    expect(dimmed).to_have_count(0)


def test_a_sparse_ledger_renders(page):
    page.goto(path(SPARSE_ID))
    expect(page.locator("#article-text")).to_contain_text("Someone said it happened.")
    expect(page.locator("table.statements")).to_contain_text("no speaker found")
    expect(page.locator("table.dates")).to_contain_text("unresolved")
    expect(page.locator(".legend")).to_contain_text("no speaker found")
    expect(page.locator("#article-text span.place.unlocated")).to_have_text("Atlantis")


# -- claims, conflicts, entities ------------------------------------------------------------------------
def test_claims_table_filters_and_downloads_csv(page, http):
    every = http.get("/api/claims").json()
    page.goto("/claims")
    rows = page.locator("table.claims tbody tr")
    expect(rows).to_have_count(len(every))

    page.locator("input[name=unit]").fill("km2")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"unit=km2"))
    km2 = http.get("/api/claims", params={"unit": "km2"}).json()
    assert 0 < len(km2) < len(every)
    expect(rows).to_have_count(len(km2))
    assert [c for c in rows.locator("td.claim").all_inner_texts()] == [r["claim"] for r in km2]

    with page.expect_download() as info:
        page.locator("#csv-download").click()
    download = info.value
    assert download.suggested_filename == "claims.csv"
    with open(download.path(), encoding="utf-8") as fh:
        table = list(csv.DictReader(io.StringIO(fh.read())))
    assert [r["claim"] for r in table] == [r["claim"] for r in km2]
    assert {r["unit"] for r in table} == {"km2"}


def test_conflicts_show_the_contradiction_and_its_explanation(page, http):
    conflicts = http.get("/api/conflicts").json()
    assert conflicts, "the multisource articles contradict each other"
    page.goto("/conflicts")
    groups = page.locator("section.group")
    expect(groups).to_have_count(len(conflicts))
    first = groups.first
    expect(first.locator(".badge").first).to_have_text("contradictory")
    explanation = first.locator(".explanation").first
    expect(explanation).to_contain_text("do not overlap")
    expect(explanation).to_have_text(conflicts[0]["windows"][0]["explanation"])
    assert "Moscow Herald" in first.inner_text() or "Defence Ministry" in first.inner_text()

    page.get_by_role("link", name="Every group").click()
    everything = http.get("/api/conflicts", params={"all": "true"}).json()
    expect(groups).to_have_count(len(everything))


def test_entities_list_and_an_entity_page(page, http):
    entities = http.get("/api/entities").json()
    page.goto("/entities")
    rows = page.locator("table.entities tbody tr")
    expect(rows).to_have_count(len(entities))
    name = entities[0]["name"]
    rows.first.get_by_role("link", name=name).click()
    expect(page.locator("h1")).to_have_text(name)
    profile = http.get("/api/entities/" + quote(name, safe="")).json()
    expect(page.locator("table.moments tbody tr")).to_have_count(len(profile["moments"]))
    expect(page.locator("dl.facts")).to_contain_text(profile["entity"]["type"])


# -- timeline and map -----------------------------------------------------------------------------------
def test_timeline_draws_every_dated_moment(page, http):
    moments = http.get("/api/timeline").json()
    dated = [m for m in moments if m["day"]]
    page.goto("/timeline")
    chart = page.locator("#chart")
    expect(chart).to_have_attribute("data-rendered", str(len(dated)))
    expect(chart.locator("svg .mark-symbol path")).to_have_count(len(dated))
    expect(page.locator("table.moments tbody tr")).to_have_count(len(moments))

    page.locator("input[name=about]").fill("square")
    page.get_by_role("button", name="Show").click()
    square = http.get("/api/timeline", params={"about": "square"}).json()
    expect(page.locator("table.moments tbody tr")).to_have_count(len(square))


def test_map_draws_country_outlines_and_every_place(page, http):
    places = http.get("/api/places").json()["features"]
    page.goto("/map")
    node = page.locator("#map")
    expect(node).to_have_attribute("data-markers", str(len(places)))
    expect(node).to_have_attribute("data-outlines", re.compile(r"^\d{3}$"))  # ~240 countries
    assert page.locator(".leaflet-pane path.place-marker").count() == len(places)
    assert page.locator(".leaflet-countries-pane path").count() > 100
    assert page.locator(".leaflet-tile").count() == 0  # no tile server
    page.locator(".leaflet-pane path.place-marker").last.click(force=True)  # the last drawn is on top
    expect(page.locator(".leaflet-popup-content strong")).to_have_text(places[-1]["properties"]["name"])


# -- analysing a pasted article -----------------------------------------------------------------------
PASTED = """ODESA: Ukraine's navy said on Wednesday that it had destroyed 6 Russian drones over the Black Sea.

"The attack was repelled," navy spokesman Dmytro Pletenchuk told reporters in Odesa.
"""


def test_paste_analyse_and_store(page, http):
    page.goto("/analyze")
    page.locator("#paste-text").fill(PASTED)
    page.locator("input[name=published]").fill("2024-09-04")
    page.locator("input[name=title]").fill("Pasted <b>navy</b> report")
    page.get_by_role("button", name="Analyse").click()
    result = page.locator("#analysis-result")
    expect(result).to_be_visible(timeout=60_000)  # the first analysis loads the pipeline
    expect(page).to_have_url(re.compile(r"/analyze$"))  # htmx: no page load
    expect(result.locator("#article-text")).to_contain_text("destroyed 6 Russian drones")
    expect(result.locator("#article-text .qty").first).to_have_text("6 Russian drones")
    expect(result.locator("#article-text time.date").first).to_have_attribute("datetime", "2024-09-04")
    before = http.get("/api/articles").json()["total"]

    page.get_by_role("button", name="Store this article").click()
    expect(page).to_have_url(re.compile(r"/articles/sha1-"))
    expect(page.locator("h1")).to_have_text("Pasted <b>navy</b> report")
    expect(page.locator("#article-text")).to_contain_text("destroyed 6 Russian drones")
    assert http.get("/api/articles").json()["total"] == before + 1


def test_paste_of_nothing_shows_the_error_in_place(page, watch):
    watch.expected.append("status of 422")
    page.goto("/analyze")
    page.locator("#paste-text").fill("   \n   ")
    page.get_by_role("button", name="Analyse").click()
    box = page.locator("#analysis #error-box")
    expect(box).to_contain_text("422 · E102")
    expect(box.locator(".error-message")).to_contain_text("no text")
    expect(page.locator("header.top")).to_have_count(1)  # an error box, not a page inside the page


# -- untrusted text -------------------------------------------------------------------------------------
HOSTILE_PAGES = [
    ("/articles", [HOSTILE_TITLE, "Hostile page"]),
    ("/articles?q=alert", [HOSTILE_TITLE]),
    (path(HOSTILE_TEXT_ID), [SCRIPT, IMG, "<i onmouseover=alert(1)>army</i>"]),
    (path(HOSTILE_HTML_ID), [SCRIPT, IMG]),
    ("/claims", [IMG]),  # the hostile outlet names the reporter of a claim
    ("/conflicts?all=true", [IMG]),
    ("/entities?q=" + quote(SCRIPT), [SCRIPT]),
    ("/timeline?about=alert", [IMG]),
    ("/map?place=" + quote(SCRIPT), [SCRIPT]),
    ("/articles/" + quote(SCRIPT, safe=""), [SCRIPT]),  # the 404 page quotes the id
    ("/api/docs", []),
]


@pytest.mark.parametrize(("url", "shown"), HOSTILE_PAGES, ids=[u for u, _ in HOSTILE_PAGES])
def test_hostile_text_renders_as_text(page, watch, url, shown):
    watch.expected.append("status of 404")
    page.goto(url)
    page.wait_for_load_state("networkidle")
    body = page.locator("body").inner_text()
    for text in shown:
        assert text in body, f"{text!r} is not shown as text on {url}"
    assert_inert(page)
    assert not watch.dialogs


def test_hostile_text_pasted_into_the_analyse_box(page, watch):
    page.goto("/analyze")
    page.locator("#paste-text").fill(
        f'KYIV: {SCRIPT} officials said {IMG} that 5 drones fell.\n\n<a href="javascript:alert(1)">x</a>'
    )
    page.get_by_role("button", name="Analyse").click()
    expect(page.locator("#analysis-result #article-text")).to_contain_text(SCRIPT, timeout=60_000)
    expect(page.locator("#analysis-result #article-text")).to_contain_text(
        '<a href="javascript:alert(1)">x</a>'
    )
    assert_inert(page)
    assert not watch.dialogs


def assert_inert(page) -> None:
    """No element, attribute or link that the stored text could have smuggled in."""
    found = page.evaluate(
        """() => {
        const bad = [];
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.attributes) {
            if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
            if (/^\\s*javascript:/i.test(a.value) && ['href', 'src', 'action', 'formaction'].includes(a.name)) bad.push(el.tagName + ' ' + a.name + '=' + a.value);
          }
        }
        for (const s of document.querySelectorAll('script')) {
          if (!s.src && s.type !== 'application/json') bad.push('inline script: ' + s.textContent.slice(0, 40));
          if (s.src && !s.src.startsWith(location.origin + '/static/')) bad.push('script from ' + s.src);
        }
        for (const el of document.querySelectorAll('img[src="x"], iframe, object, embed, b, i')) bad.push('element ' + el.outerHTML.slice(0, 60));
        return bad;
      }"""
    )
    assert found == []


# -- the rest ----------------------------------------------------------------------------------------------
def test_api_docs_and_json_twins(page, http):
    page.goto("/api/docs")
    spec = http.get("/api/openapi.json").json()
    expected = sum(len(ops) for ops in spec["paths"].values())
    expect(page.locator("section.endpoint")).to_have_count(expected)
    expect(page.locator("#articles_api_articles_get")).to_contain_text("limit")

    for url in ["/articles", "/claims", "/conflicts", "/entities", "/timeline", "/map", path("seed-kursk")]:
        page.goto(url)
        twin = page.locator("a.json-link").get_attribute("href")
        assert twin and twin.startswith("/api/"), url
        assert http.get(twin).status_code == 200


def test_error_page_for_a_missing_article(page, watch):
    watch.expected.append("status of 404")
    response = page.goto("/articles/no-such-article")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("404 · not_found")
    expect(page.locator(".error-message")).to_have_text("no article with id 'no-such-article'")
