"""Cross-source queries on both backends: claims, entity links, full-text search."""

from __future__ import annotations

import pytest

from claimledger import analyze, open_store
from claimledger.compare.claims import group_claims
from claimledger.compare.entities import find_entity, merge_entities
from claimledger.records import Article, Cue, Entity, Ledger, Span, Speaker, Statement

from ..conftest import DATA

MULTI = sorted((DATA / "multisource").glob("*.txt"))


@pytest.fixture(scope="module")
def ledgers(nlp):
    return [analyze(p.read_text(), published="2024-08-13", id=p.stem, nlp=nlp) for p in MULTI]


@pytest.fixture
def store(store_url, ledgers):
    with open_store(store_url) as s:
        for ledger in ledgers:
            s.put(ledger)
        yield s


def test_claims_are_stored_with_their_context(store):
    claims = {c.article_id: c for c in store.claims()}
    assert set(claims) == {"a-syrsky", "b-isw", "c-moscow"}
    syrsky = claims["a-syrsky"]
    assert (syrsky.value, syrsky.unit, syrsky.bound) == (1000, "km2", "approximately")
    assert syrsky.as_of == "2024-08-12"  # "as of Monday"
    assert syrsky.place == "Kursk Oblast" and syrsky.country == "Russia"
    assert [c.article_id for c in store.claims(since="2024-08-13")] == ["b-isw", "c-moscow"]
    assert {c.article_id for c in store.claims(about="square")} == {"a-syrsky", "b-isw", "c-moscow"}


def test_the_three_reports_form_one_contradictory_group(store):
    groups = [g for g in group_claims(store.claims()) if g.unit == "km2"]
    assert len(groups) == 1 and groups[0].status == "contradictory"
    assert {c.article_id for c in groups[0].claims} == {"a-syrsky", "b-isw", "c-moscow"}


def test_replacing_an_article_replaces_its_claims(store, ledgers):
    ledger = ledgers[0]
    ledger.producer = {**ledger.producer, "version": "again"}
    store.put(ledger)
    assert len([c for c in store.claims() if c.article_id == "a-syrsky"]) == len(ledger.quantities)


def test_full_text_search_of_articles_and_statements(store):
    assert [a.id for a in store.articles("geolocated footage")] == ["b-isw"]
    assert {a.id for a in store.articles("Kursk")} == {"a-syrsky", "b-isw", "c-moscow"}
    assert store.articles("nonexistentword") == []
    assert store.count_articles() == 3


@pytest.mark.parametrize(
    "q", ["'; DROP TABLE articles; --", '" OR 1=1 --', "Kursk) OR (1=1", "%", "\\", "NEAR(", "*"]
)
def test_hostile_queries_are_plain_text(store, q):
    store.articles(q)
    store.statements(q=q)
    store.claims(about=q)
    assert store.count_articles() == 3


def _ledger_with(article_id: str, text: str, name: str, type_: str, role: str | None = None) -> Ledger:
    start = text.index(name)
    mention = Span(name, start, start + len(name))
    entity = Entity(
        "e1", name, type_, roles=[role] if role else [], affiliation="Ukraine", mentions=[mention]
    )
    speaker = Speaker(name, start, start + len(name), name=name, entity="e1", type="person")
    content_start = text.index("troops")
    stmt = Statement(
        "s1",
        "indirect",
        Cue("said", start + len(name) + 1, start + len(name) + 5, "say"),
        Span.at(text, content_start, len(text) - 1),
        speaker,
    )
    return Ledger(Article(article_id, text, published="2024-08-13"), statements=[stmt], entities=[entity])


def test_entities_merge_across_articles_and_spellings(store_url):
    with open_store(store_url) as store:
        store.put(_ledger_with("x1", "Syrsky said troops advanced.", "Syrsky", "person", "military chief"))
        store.put(_ledger_with("x2", "Oleksandr Syrskyi said troops held.", "Oleksandr Syrskyi", "person"))
        store.put(
            _ledger_with(
                "x3", "Russian Defence Ministry said troops fled.", "Russian Defence Ministry", "organization"
            )
        )
        store.put(
            _ledger_with(
                "x4",
                "the Russian Ministry of Defense said troops left.",
                "the Russian Ministry of Defense",
                "organization",
            )
        )
        merged = {e.name: e for e in merge_entities(store.entity_rows())}
        assert set(merged) == {"Oleksandr Syrskyi", "Russian Defence Ministry"} or set(merged) == {
            "Oleksandr Syrskyi",
            "the Russian Ministry of Defense",
        }
        syrsky = merged["Oleksandr Syrskyi"]
        assert syrsky.articles == 2 and set(syrsky.names) == {"Syrsky", "Oleksandr Syrskyi"}
        assert syrsky.roles == {"military chief": 1} and syrsky.reasons
        found = find_entity(store, "Syrskyi")
        assert found is not None and found.articles == 2
        assert [s.article_id for s in store.statements(pairs=found.members)] == ["x1", "x2"]
        assert find_entity(store, "nobody-of-that-name") is None


def test_statements_of_many_speakers_are_fetched_in_chunks(store):
    pairs = [(f"missing-{i}", "e1") for i in range(2500)] + [("a-syrsky", "e1")]
    rows = store.statements(pairs=pairs, limit=10)
    assert all(r.article_id == "a-syrsky" for r in rows)


def test_entity_rows_by_name_token_is_one_query_however_many_match(store_url):
    """Many people sharing a name token (more than one OR chain of pairs would hold) come back
    from one joined query, each once, with the rows found by key kept."""
    with open_store(store_url) as store:
        n = 320  # over queries._PAIRS_PER_QUERY (300)
        for i in range(n):
            name = f"Olena Kovalenko{'' if i % 2 else 'a'}"
            store.put(_ledger_with(f"k{i:03d}", f"{name} said troops advanced {i}.", name, "person"))
        calls = []
        query = store.query
        store.query = lambda sql, params=(): calls.append(sql) or query(sql, params)  # type: ignore[method-assign]
        rows = store.entity_rows(tokens=["olena"])
        assert len(calls) == 1
        assert sorted(r.article_id for r in rows) == [f"k{i:03d}" for i in range(n)]
        both = store.entity_rows(keys=[rows[0].key], tokens=["olena"])
        assert len(both) == n and len({(r.article_id, r.entity_id) for r in both}) == n
