"""The database schema, as ordered migrations shared by every backend.

Each migration is a list of statements in the SQL both SQLite and PostgreSQL accept; a backend
may add its own statements per version (``EXTRA``). The applied version is kept in
``schema_version``.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: one row per article, its ledger as JSON, and the ledger's records as tables for queries
    [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            text_hash TEXT NOT NULL,
            title TEXT, outlet TEXT, url TEXT, published TEXT, language TEXT,
            text TEXT NOT NULL,
            ledger TEXT NOT NULL,
            producer TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )""",
        """CREATE TABLE statements (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            kind TEXT NOT NULL, cue TEXT, cue_lemma TEXT,
            content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
            speaker_text TEXT, speaker_name TEXT, speaker_entity TEXT, speaker_type TEXT,
            anonymous INTEGER NOT NULL DEFAULT 0, role TEXT, via_name TEXT, part_of TEXT,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE quantities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            text TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            value DOUBLE PRECISION NOT NULL, value_max DOUBLE PRECISION, unit TEXT, bound TEXT NOT NULL,
            measures TEXT, asserted_by TEXT, asserted_by_entity TEXT, statement_id TEXT,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            name TEXT NOT NULL, type TEXT NOT NULL, roles TEXT NOT NULL, affiliation TEXT,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE places (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            text TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            name TEXT NOT NULL, kind TEXT, country TEXT, country_code TEXT,
            lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonames_id BIGINT, usage TEXT,
            PRIMARY KEY (article_id, n)
        )""",
        """CREATE TABLE dates (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            text TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            value TEXT, granularity TEXT,
            PRIMARY KEY (article_id, n)
        )""",
        """CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            type TEXT NOT NULL, trigger_text TEXT NOT NULL, actor TEXT, target TEXT,
            place INTEGER, date INTEGER, statement_id TEXT,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE rejections (
            source TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL
        )""",
        "CREATE INDEX statements_speaker ON statements (speaker_name)",
        "CREATE INDEX quantities_unit ON quantities (unit)",
        "CREATE INDEX places_name ON places (name)",
        "CREATE INDEX articles_published ON articles (published)",
    ],
]

MIGRATIONS.append(
    # 2: the cross-source ledger: numeric claims with their context, entity keys across articles
    [
        """CREATE TABLE claims (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quantity_id TEXT NOT NULL,
            text TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, value_max DOUBLE PRECISION,
            unit TEXT, bound TEXT NOT NULL, measures TEXT,
            claimant TEXT NOT NULL, claimant_key TEXT, statement_id TEXT,
            outlet TEXT, published TEXT, as_of TEXT, place TEXT, country TEXT,
            PRIMARY KEY (article_id, quantity_id)
        )""",
        "CREATE INDEX claims_unit ON claims (unit, country)",
        "CREATE INDEX claims_claimant ON claims (claimant_key)",
        "CREATE INDEX claims_as_of ON claims (as_of)",
        """CREATE TABLE entity_keys (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            key TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        )""",
        "CREATE INDEX entity_keys_key ON entity_keys (key)",
        """CREATE TABLE name_tokens (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL, token TEXT NOT NULL
        )""",
        "CREATE INDEX name_tokens_token ON name_tokens (token)",
        "CREATE INDEX statements_entity ON statements (article_id, speaker_entity)",
    ]
)

LATEST = len(MIGRATIONS)

# Record tables in the order they are filled; deleting an article deletes its rows in all of them.
RECORD_TABLES = (
    "statements",
    "quantities",
    "entities",
    "places",
    "dates",
    "events",
    "claims",
    "entity_keys",
    "name_tokens",
)
