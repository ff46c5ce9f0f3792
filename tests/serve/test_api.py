"""The JSON API against a live server: the same rows as the CLI's read commands, validated
parameters, one error shape for every failure, the security headers and request guards."""

from __future__ import annotations

import json
import threading
from dataclasses import asdict
from urllib.parse import quote

import httpx
import pytest

from claimledger.serve.security import CSP, MAX_BODY

from ..conftest import run_cli
from .conftest import HOSTILE_TEXT_ID, SCRIPT, live_server

pytestmark = pytest.mark.slow


def error_of(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "status"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


def cli_json(seeded, *args: str) -> list:
    r = run_cli(*args, "--db", seeded["db"], "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(r.stdout)


# -- the same data as the library and the CLI -----------------------------------------------------------
def test_articles_are_the_stores_rows(http, store):
    page = http.get("/api/articles").json()
    assert page["total"] == store.count_articles()
    assert page["articles"] == [asdict(r) for r in store.articles(limit=50)]
    assert page["has_next"] is False and page["offset"] == 0


def test_paging_visits_every_article_once(http, store):
    seen, offset = [], 0
    while True:
        page = http.get("/api/articles", params={"limit": 3, "offset": offset}).json()
        seen += [a["id"] for a in page["articles"]]
        if not page["has_next"]:
            break
        offset += 3
    assert seen == [r.id for r in store.articles(limit=1000)]


def test_search_uses_the_full_text_index(http, store):
    found = http.get("/api/articles", params={"q": "Mosul"}).json()
    assert found["total"] is None and found["q"] == "Mosul"
    assert [a["id"] for a in found["articles"]] == [r.id for r in store.articles("Mosul")]
    assert found["articles"]
    # FTS operators in the query are words, not syntax
    assert http.get("/api/articles", params={"q": 'Mosul" OR *'}).status_code == 200


@pytest.mark.parametrize("article_id", ["seed-kursk", HOSTILE_TEXT_ID, "sparse"])
def test_one_article_is_its_ledger(http, seeded, article_id):
    got = http.get("/api/articles/" + quote(article_id, safe=""))
    assert got.status_code == 200
    assert got.json() == seeded["ledgers"][article_id].to_dict()
    assert got.json()["format"] == "claimledger/1"


def test_statements_search(http, store):
    rows = http.get("/api/statements", params={"q": "Russia"}).json()
    assert rows == [asdict(s) for s in store.statements(q="Russia")]
    assert rows and http.get("/api/statements", params={"limit": 1}).json().__len__() == 1


def test_claims_are_the_cli_rows(http, seeded):
    cli = cli_json(seeded, "claims")
    api = http.get("/api/claims").json()
    assert len(api) == len(cli)
    for ours, theirs in zip(api, cli):
        assert {k: ours[k] for k in theirs} == theirs
    assert http.get("/api/quantities").json() == api
    km2 = http.get("/api/claims", params={"unit": "km2", "since": "2024-08-13"}).json()
    assert km2 and all(r["unit"] == "km2" and r["as_of"] >= "2024-08-13" for r in km2)


def test_conflicts_are_the_cli_groups(http, seeded):
    cli = cli_json(seeded, "conflicts", "--all")
    api = http.get("/api/conflicts", params={"all": "true"}).json()
    windows = [(g["id"], w) for g in api for w in g["windows"]]
    assert [(r["group"], r["status"], r["explanation"], r["sources"]) for r in cli] == [
        (gid, w["status"], w["explanation"], w["sources"]) for gid, w in windows
    ]
    contradictions = http.get("/api/conflicts").json()
    assert contradictions and {g["status"] for g in contradictions} == {"contradictory"}
    assert http.get("/api/groups").json() == api


def test_entities_and_a_profile_are_the_cli_rows(http, seeded):
    cli = cli_json(seeded, "entities")
    assert http.get("/api/entities").json() == cli
    name = cli[0]["name"]
    profile = http.get("/api/entities/" + quote(name, safe="")).json()
    cli_profile = cli_json(seeded, "entities", name)
    assert [m["text"] for m in profile["moments"]] == [m["text"] for m in cli_profile]
    assert profile["entity"]["name"] == name


def test_timeline_is_the_cli_rows_with_a_day(http, seeded):
    cli = cli_json(seeded, "timeline", "--about", "square")
    api = http.get("/api/timeline", params={"about": "square"}).json()
    assert [{k: v for k, v in m.items() if k != "day"} for m in api] == cli
    assert all(m["day"] == m["date"][:10] for m in api if m["date"] and len(m["date"]) == 10)


def test_places_are_the_geojson_export(http, seeded):
    r = run_cli("export", "--format", "geojson", "--db", seeded["db"])
    assert http.get("/api/places").json() == json.loads(r.stdout)


def test_index_and_openapi_list_every_endpoint(http):
    spec = http.get("/api/openapi.json").json()
    index = http.get("/api").json()
    listed = {(e["method"], e["path"]) for e in index["endpoints"]}
    expected = {
        ("GET", "/api/articles"),
        ("GET", "/api/articles/{article_id}"),
        ("GET", "/api/statements"),
        ("GET", "/api/claims"),
        ("GET", "/api/quantities"),
        ("GET", "/api/claims.csv"),
        ("GET", "/api/groups"),
        ("GET", "/api/conflicts"),
        ("GET", "/api/entities"),
        ("GET", "/api/entities/{name}"),
        ("GET", "/api/timeline"),
        ("GET", "/api/places"),
        ("POST", "/api/analyze"),
    }
    assert expected <= listed
    assert {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops} == listed
    error = spec["components"]["schemas"]["ErrorBody"]
    assert error["properties"]["error"]["$ref"].endswith("/ErrorDetail")


# -- validation and errors -----------------------------------------------------------------------------
BAD = [
    ("/api/articles?limit=0", "limit"),
    ("/api/articles?limit=201", "limit"),
    ("/api/articles?limit=ten", "limit"),
    ("/api/articles?offset=-1", "offset"),
    ("/api/articles?offset=1000001", "offset"),
    ("/api/articles?q=" + "x" * 201, "q"),
    ("/api/articles?q=a%00b", "q"),
    ("/api/claims?since=13-08-2024", "since"),
    ("/api/claims?since=2024-08-13T00:00", "since"),
    ("/api/claims?unit=" + "u" * 41, "unit"),
    ("/api/statements?limit=5001", "limit"),
    ("/api/conflicts?all=perhaps", "all"),
    ("/api/timeline?entity=" + "e" * 201, "entity"),
    ("/api/articles/" + "x" * 201, "article_id"),
]


@pytest.mark.parametrize(("url", "param"), BAD, ids=[u[:60] for u, _ in BAD])
def test_bad_parameters_answer_422_in_the_error_shape(http, url, param):
    err = error_of(http.get(url), 422)
    assert err["code"] == "invalid_request" and param in err["message"]


def test_not_found_and_wrong_method(http):
    assert error_of(http.get("/api/articles/nope"), 404) == {
        "code": "not_found",
        "message": "no article with id 'nope'",
        "status": 404,
    }
    assert error_of(http.get("/api/entities/Nobody%20Atall"), 404)["code"] == "not_found"
    assert error_of(http.get("/api/no-such-thing"), 404)["code"] == "not_found"
    assert error_of(http.post("/api/articles", json={}), 405)["code"] == "method_not_allowed"
    # pages answer HTML, but a client asking for JSON gets the same shape
    assert http.get("/articles/nope").headers["content-type"].startswith("text/html")
    assert error_of(http.get("/articles/nope", headers={"accept": "application/json"}), 404)


def test_an_unexpected_error_is_a_500_in_the_error_shape(http, monkeypatch, caplog):
    from claimledger.serve import views

    def broken(*args, **kwargs):
        raise RuntimeError("secret path /home/analyst/notes.db")

    monkeypatch.setattr(views, "claim_groups", broken)
    assert http.get("/api/articles").status_code == 200  # a kept-alive connection sees the 500 too
    err = error_of(http.get("/api/groups"), 500)
    assert err["code"] == "internal_error" and "secret" not in err["message"]
    assert "secret path" in caplog.text  # the details go to the server log
    assert http.get("/api/articles").status_code == 200
    page = http.get("/conflicts")
    assert page.status_code == 500 and "internal error" in page.text and "secret" not in page.text


# -- analysing a text ---------------------------------------------------------------------------------
ARTICLE = "LVIV: The city council said on Friday that 14 buildings were damaged in an overnight strike."


def test_analyze_returns_a_ledger_and_stores_on_request(http, store):
    r = http.post("/api/analyze", json={"text": ARTICLE, "published": "2024-09-06", "id": "api-lviv"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] is None and body["ledger"]["format"] == "claimledger/1"
    assert body["ledger"]["article"]["id"] == "api-lviv"
    assert [q["text"] for q in body["ledger"]["quantities"]] == ["14 buildings"]
    assert http.get("/api/articles/api-lviv").status_code == 404

    stored = http.post(
        "/api/analyze", json={"text": ARTICLE, "published": "2024-09-06", "id": "api-lviv", "store": True}
    )
    assert stored.json()["stored"] == "added"
    assert http.get("/api/articles/api-lviv").json() == stored.json()["ledger"]
    assert store.delete("api-lviv")


def test_analyze_html_keeps_text_and_drops_markup(http):
    html = '<html><body><p>KYIV: Officials said <a href="javascript:alert(1)">12 drones</a> fell.</p><script>alert(1)</script></body></html>'
    ledger = http.post("/api/analyze", json={"text": html, "html": True}).json()["ledger"]
    assert "12 drones" in ledger["article"]["text"]
    assert "javascript" not in json.dumps(ledger) and "<script>" not in ledger["article"]["text"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"text": ""}, "invalid_request"),
        ({"text": "   \n  "}, "E102"),
        ({"text": "x", "published": "yesterday"}, "invalid_request"),
        ({"text": "x", "id": "a\u0000b"}, "invalid_request"),
        ({"txt": "x"}, "invalid_request"),
    ],
)
def test_analyze_rejects_bad_input(http, body, code):
    assert error_of(http.post("/api/analyze", json=body), 422)["code"] == code


def test_analyze_rejects_a_body_that_is_not_json(http):
    r = http.post(
        "/api/analyze", content=b"text=hello", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert error_of(r, 422)["code"] == "invalid_request"


# -- CSV ---------------------------------------------------------------------------------------------------
def test_claims_csv_download(http):
    r = http.get("/api/claims.csv", params={"unit": "km2"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="claims.csv"' in r.headers["content-disposition"]
    lines = r.text.splitlines()
    assert lines[0].startswith("as_of,claimant,source,claim,value")
    assert len(lines) == 1 + len(http.get("/api/claims", params={"unit": "km2"}).json())


def test_csv_defuses_spreadsheet_formulas():
    from claimledger.serve.api import to_csv

    text = to_csv(
        [{"a": "=HYPERLINK(1)", "b": "+1", "c": -5, "d": "@x", "e": "plain"}], ["a", "b", "c", "d", "e"]
    )
    assert text.splitlines()[1] == "'=HYPERLINK(1),'+1,-5,'@x,plain"


# -- security headers and request guards ---------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "/articles",
        "/api/articles",
        "/static/app.js",
        "/static/vendor/leaflet/leaflet.css",
        "/nope",
        "/api/nope",
    ],
)
def test_every_response_carries_the_security_headers(http, url):
    r = http.get(url)
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_a_foreign_host_header_is_refused(http):
    # DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example
    assert (
        error_of(http.get("/api/articles", headers={"host": "evil.example:8000"}), 400)["code"]
        == "bad_request"
    )
    assert http.get("/api/articles", headers={"host": "localhost:8000"}).status_code == 200


def test_cross_site_posts_are_refused(http):
    body = {"text": ARTICLE}
    r = http.post("/api/analyze", json=body, headers={"origin": "https://evil.example"})
    assert error_of(r, 403)["code"] == "forbidden"
    r = http.post("/analyze/store", data={"text": ARTICLE}, headers={"sec-fetch-site": "cross-site"})
    assert error_of(r, 403)["code"] == "forbidden"
    same = http.post("/api/analyze", json={"text": ""}, headers={"origin": str(http.base_url).rstrip("/")})
    assert same.status_code == 422  # passed the guard, failed validation


def test_large_bodies_are_refused(http):
    r = http.post("/api/analyze", content=b"x" * (MAX_BODY + 1), headers={"content-type": "application/json"})
    assert error_of(r, 413)["code"] == "payload_too_large"

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"x" * 65536

    r = http.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert error_of(r, 413)["code"] == "payload_too_large"


def test_concurrent_requests_each_get_a_working_store(server):
    errors: list[str] = []

    def worker() -> None:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for q in ("Kursk", "Mosul", None, "drones", "Syria"):
                r = client.get("/api/articles", params={"q": q} if q else {})
                if r.status_code != 200:
                    errors.append(r.text)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


# -- an empty store ----------------------------------------------------------------------------------------
def test_every_page_and_endpoint_works_on_an_empty_store(tmp_path):
    srv = live_server(str(tmp_path / "empty.db"))
    try:
        with httpx.Client(base_url=srv.url, timeout=60) as client:
            for url in (
                "/articles",
                "/claims",
                "/conflicts",
                "/conflicts?all=true",
                "/entities",
                "/timeline",
                "/map",
                "/analyze",
                "/api/docs",
            ):
                r = client.get(url)
                assert r.status_code == 200, (url, r.text[:300])
                assert url == "/analyze" or url == "/api/docs" or 'class="empty"' in r.text, url
            assert client.get("/api/articles").json() == {
                "q": None,
                "limit": 50,
                "offset": 0,
                "total": 0,
                "has_next": False,
                "articles": [],
            }
            for url in (
                "/api/statements",
                "/api/claims",
                "/api/groups",
                "/api/conflicts",
                "/api/entities",
                "/api/timeline",
            ):
                assert client.get(url).json() == [], url
            assert client.get("/api/places").json() == {"type": "FeatureCollection", "features": []}
            assert client.get("/articles", params={"q": SCRIPT}).status_code == 200
    finally:
        srv.stop()


# -- pages without JavaScript ------------------------------------------------------------------------------
def test_the_analyse_form_works_without_javascript(http, store):
    page = http.post("/analyze", data={"text": ARTICLE, "published": "2024-09-06", "title": "", "outlet": ""})
    assert page.status_code == 200 and "<!doctype html>" in page.text  # the whole page, not the htmx part
    assert 'id="analysis-result"' in page.text and "14 buildings" in page.text
    stored = http.post(
        "/analyze/store", data={"text": ARTICLE, "published": "2024-09-06"}, follow_redirects=False
    )
    assert stored.status_code == 303
    location = stored.headers["location"]
    assert location.startswith("/articles/sha1-")
    assert http.get(location).status_code == 200
    assert store.delete(location.rsplit("/", 1)[1])


@pytest.mark.parametrize(
    "form",
    [{"text": ""}, {"text": "x", "published": "06/09/2024"}, {"text": "x", "title": "a\u0007b"}, {}],
)
def test_the_analyse_form_rejects_bad_fields_with_an_error_page(http, form):
    r = http.post("/analyze", data=form)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "invalid_request" in r.text


def test_the_claims_page_shows_a_bounded_number_of_rows(http, monkeypatch):
    from claimledger.serve import pages

    monkeypatch.setattr(pages, "MAX_CLAIM_ROWS", 3)
    r = http.get("/claims")
    assert "The first 3 claims" in r.text and r.text.count('<td class="claim">') == 3


def test_entity_pairs_are_asked_in_chunks_with_the_same_answer(store, monkeypatch):
    from claimledger.compare.entities import merge_entities
    from claimledger.store import queries

    members = [m for e in merge_entities(store.entity_rows()) for m in e.members]
    whole = store.statements(pairs=members, limit=1000)
    monkeypatch.setattr(queries, "_PAIRS_PER_QUERY", 2)
    chunked = store.statements(pairs=members, limit=1000)
    assert whole and sorted(chunked, key=lambda s: (s.article_id, s.id)) == sorted(
        whole, key=lambda s: (s.article_id, s.id)
    )
