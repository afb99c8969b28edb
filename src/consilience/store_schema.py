"""The store's schema, shared by its two backends (SQLite and PostgreSQL).

``MIGRATIONS`` is written in SQLite's dialect; :func:`postgres_migration` gives the same
step in PostgreSQL's (the same tables, columns, keys and version numbers; full-text search
is FTS5 on SQLite and a ``tsvector`` column with a GIN index on PostgreSQL). ``TABLES``
names every table with its columns and primary key, for copying and digests. This module
imports no driver.
"""

from __future__ import annotations

import re

#: Ordered migrations; migration i brings the schema from version i to i + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        author TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL
    );
    CREATE TABLE article_sources (
        source TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id)
    );
    CREATE TABLE analyses (
        article_id TEXT NOT NULL REFERENCES articles(id),
        pipeline TEXT NOT NULL,
        doc BLOB NOT NULL,
        PRIMARY KEY (article_id, pipeline)
    );
    CREATE TABLE extractions (
        article_id TEXT NOT NULL REFERENCES articles(id),
        version TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
    );
    CREATE TABLE embeddings (
        article_id TEXT NOT NULL REFERENCES articles(id),
        model TEXT NOT NULL,
        n INTEGER NOT NULL,
        vectors BLOB NOT NULL,
        PRIMARY KEY (article_id, model)
    );
    CREATE TABLE story_state (
        key TEXT PRIMARY KEY,
        value BLOB NOT NULL
    );
    """,
    # 2: what the story clusterer needs of each article, so stories never reload spaCy docs
    """
    CREATE TABLE story_items (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        version TEXT NOT NULL,
        entities TEXT NOT NULL,
        vector BLOB
    );
    """,
    # 3: built briefs, keyed by everything they depend on (see pipeline.brief_key)
    """
    CREATE TABLE briefs (
        key TEXT PRIMARY KEY,
        data TEXT NOT NULL
    );
    """,
    # 4: vectors of the clauses and event phrases the brief builders compare (brief.unit_texts)
    """
    CREATE TABLE unit_vectors (
        article_id TEXT NOT NULL REFERENCES articles(id),
        version TEXT NOT NULL,
        texts TEXT NOT NULL,
        vectors BLOB NOT NULL,
        PRIMARY KEY (article_id, version)
    );
    """,
    # 5: last-modified and archive-capture dates, and the boilerplate spans of the text
    """
    ALTER TABLE articles ADD COLUMN modified TEXT;
    ALTER TABLE articles ADD COLUMN captured TEXT;
    ALTER TABLE articles ADD COLUMN boilerplate TEXT;
    """,
    # 6: full-text index of titles and texts (FTS5, external content: no second copy)
    """
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='unicode61'
    );
    INSERT INTO article_fts (article_fts) VALUES ('rebuild');
    """,
    # 7: every appearance of a text (syndication: one text, several sources and outlets)
    """
    CREATE TABLE appearances (
        article_id TEXT NOT NULL REFERENCES articles(id),
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        PRIMARY KEY (article_id, source)
    );
    INSERT INTO appearances (article_id, source, url, outlet, title, published)
        SELECT id, source, url, outlet, title, published FROM articles;
    """,
    # 8: the story list's per-story counts, so listing stories never builds a brief
    """
    CREATE TABLE story_counts (
        seq INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL UNIQUE,
        signature TEXT NOT NULL,
        title TEXT NOT NULL,
        articles INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        conflicts INTEGER,
        updates INTEGER,
        outlet_names TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        refs TEXT NOT NULL,
        search TEXT NOT NULL
    );
    """,
    # 9: the publication moment when the input gave a time of day (NULL: the date only)
    """
    ALTER TABLE articles ADD COLUMN published_at TEXT;
    """,
    # 10: which story and which code version a built brief belongs to, so writing a brief
    # prunes the briefs no current code can ask for (Store.put_brief)
    """
    ALTER TABLE briefs ADD COLUMN story_id TEXT;
    ALTER TABLE briefs ADD COLUMN version TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

#: Migration 6 on PostgreSQL: a generated ``tsvector`` of title (weight A) and text (weight
#: B) with the ``simple`` configuration (lower case, no stemming, no stop words), indexed.
POSTGRES_FTS = """
    ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', text), 'B')
    ) STORED;
    CREATE INDEX article_fts ON articles USING gin (fts);
"""

FTS_MIGRATION = 5  # index in MIGRATIONS of the full-text step


def postgres_migration(index: int) -> str:
    """Migration ``index`` (0-based, as in ``MIGRATIONS``) in PostgreSQL's dialect: blobs
    become ``bytea``, text sorts by code point (``COLLATE "C"``, as SQLite's BINARY), the
    article sequence is an identity column, and FTS5 becomes a ``tsvector`` column."""
    if index == FTS_MIGRATION:
        return POSTGRES_FTS
    script = MIGRATIONS[index].replace(
        "INTEGER PRIMARY KEY AUTOINCREMENT", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    )
    script = re.sub(r"\bBLOB\b", "BYTEA", script)
    return re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', script)


def split_sql(script: str) -> list[str]:
    """The statements of ``script`` (separated by semicolons; none holds one in a literal)."""
    return [s.strip() for s in script.split(";") if s.strip()]


ARTICLE_COLUMNS = (
    "id",
    "source",
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "language",
    "text",
    "modified",
    "captured",
    "boilerplate",
    "published_at",
)

#: Columns of a story_counts row (besides its list position ``seq``).
STORY_COUNT_COLUMNS = (
    "story_id",
    "signature",
    "title",
    "articles",
    "outlets",
    "conflicts",
    "updates",
    "outlet_names",
    "first_published",
    "last_published",
    "refs",
    "search",
)

#: table -> (columns, primary key columns), in an order that satisfies foreign keys.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "articles": (("seq", *ARTICLE_COLUMNS), ("seq",)),
    "article_sources": (("source", "article_id"), ("source",)),
    "analyses": (("article_id", "pipeline", "doc"), ("article_id", "pipeline")),
    "extractions": (("article_id", "version", "data"), ("article_id", "version")),
    "embeddings": (("article_id", "model", "n", "vectors"), ("article_id", "model")),
    "story_state": (("key", "value"), ("key",)),
    "story_items": (("article_id", "version", "entities", "vector"), ("article_id",)),
    "briefs": (("key", "data", "story_id", "version"), ("key",)),
    "unit_vectors": (("article_id", "version", "texts", "vectors"), ("article_id", "version")),
    "appearances": (
        ("article_id", "source", "url", "outlet", "title", "published"),
        ("article_id", "source"),
    ),
    "story_counts": (("seq", *STORY_COUNT_COLUMNS), ("seq",)),
}


class StoreError(Exception):
    """The store cannot be used (not a consilience store, newer schema, unreachable server,
    unsupported address)."""


def check_version(where: object, version: int) -> None:
    """Refuse a store whose schema ``version`` is newer than this consilience knows.

    Raises :class:`StoreError` naming ``where`` (a path or an address)."""
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{where}: schema version {version} is newer than this consilience "
            f"understands ({SCHEMA_VERSION}); upgrade consilience"
        )


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: each word a quoted phrase (so punctuation and
    operators in the input are plain text), all required. Empty when no word is left."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in query_words(query))


def query_words(query: str) -> list[str]:
    """The words of a search query (letters and digits, joined by inner . ' ’ or -)."""
    return re.findall(r"\w+(?:[.'’-]\w+)*", query)
