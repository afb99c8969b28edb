"""Article fields added for real coverage: modified, captured, boilerplate spans, clean titles."""

from __future__ import annotations

import io
import json
import sqlite3

from typer.testing import CliRunner

from consilience.boilerplate import BoilerplateSpan, boilerplate_spans
from consilience.cli import app
from consilience.model import Article, RawArticle
from consilience.normalise import normalise, read_articles
from consilience.store import MIGRATIONS, SCHEMA_VERSION, Store

BODY = (
    "GRANTHAM, May 2 (Reuters) - The county council approved a new bus depot on Wednesday "
    "after a two-hour debate, with 31 votes in favour and 12 against.\n\n"
    "Photograph: Ines Cole/Reuters\n\n"
    "The depot will house 60 electric buses. Sign up for our transport newsletter.\n\n"
    "Reporting by Pia Lund; Editing by Olu Ade"
)


def raw(**kw) -> RawArticle:
    return RawArticle(source=kw.pop("source", "depot.txt"), text=kw.pop("text", BODY), **kw)


# --------------------------------------------------------------------------- normalise


def test_normalise_keeps_modified_and_captured_as_dates():
    art = normalise(
        raw(
            published="2024-05-02T08:00:00+01:00",
            modified="2024-05-06T19:30:00+01:00",
            captured="2024-05-09T03:12:44Z",
        )
    )
    assert (art.published, art.modified, art.captured) == ("2024-05-02", "2024-05-06", "2024-05-09")


def test_modified_on_the_publication_day_is_not_repeated():
    art = normalise(raw(published="2024-05-02T08:00:00Z", modified="2024-05-02T17:00:00Z"))
    assert art.published == "2024-05-02" and art.modified is None


def test_capture_date_never_becomes_the_publication_date():
    art = normalise(raw(captured="2019-11-30T10:00:00Z"))
    assert art.published is None and art.captured == "2019-11-30"


def test_normalise_marks_boilerplate():
    art = normalise(raw())
    kinds = [(s.kind, art.text[s.start : s.end]) for s in art.boilerplate]
    assert kinds == [
        ("dateline", "GRANTHAM, May 2 (Reuters) - "),
        ("caption", "Photograph: Ines Cole/Reuters"),
        ("prompt", "Sign up for our transport newsletter."),
        ("byline", "Reporting by Pia Lund; Editing by Olu Ade"),
    ]
    assert art.boilerplate == boilerplate_spans(art.text, art.title)


def test_normalise_strips_the_site_name_from_the_title():
    art = normalise(raw(title="Council approves bus depot | Fenland Echo", outlet="Fenland Echo"))
    assert art.title == "Council approves bus depot"
    art = normalise(raw(title="Council approves bus depot - The Weekly Courier"))
    assert art.title == "Council approves bus depot"


def test_header_shows_modified_and_captured_only_when_known():
    plain = normalise(raw(published="2024-05-02"))
    assert "modified" not in plain.header() and "captured" not in plain.header()
    updated = normalise(raw(published="2024-05-02", modified="2024-05-04"))
    assert updated.header()["modified"] == "2024-05-04"
    assert updated.header()["published"] == "2024-05-02"


def test_html_page_end_to_end(tmp_path):
    page = (
        "<html><head><title>Lighthouse keeper retires after 40 years - The Shore Gazette</title>"
        '<meta name="date" content="2020-09-18T12:00:00Z">'
        '<meta property="article:published_time" content="2020-09-14T06:30:00Z">'
        "</head><body><article><p>The last keeper of the Skerry lighthouse retired on "
        "Monday, four decades after he first climbed its 212 steps.</p><p>The light has been "
        "automatic since 1998, but the trust kept a keeper for visitors.</p>"
        "</article></body></html>"
    )
    f = tmp_path / "keeper.html"
    f.write_text(page, encoding="utf-8")
    (art,) = list(read_articles([str(f)]))
    assert art.published == "2020-09-14" and art.modified == "2020-09-18"
    assert art.title == "Lighthouse keeper retires after 40 years"


# --------------------------------------------------------------------------- store


def _article() -> Article:
    return normalise(raw(published="2024-05-02", modified="2024-05-07", captured="2024-05-08"))


def test_store_round_trip_of_new_fields(tmp_path):
    art = _article()
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(art)
        back = store.article(art.id)
    assert (back.modified, back.captured) == ("2024-05-07", "2024-05-08")
    assert back.boilerplate == art.boilerplate and back.boilerplate


def test_store_of_schema_4_is_migrated_and_spans_computed(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO articles (id, source, title, published, language, text) "
        "VALUES ('abc', 'old.txt', 't', '2024-05-02', 'en', ?)",
        (BODY,),
    )
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        (art,) = store.articles()
    assert art.modified is None and art.captured is None
    assert art.boilerplate == boilerplate_spans(BODY, "t")
    assert art.boilerplate[0] == BoilerplateSpan(0, len("GRANTHAM, May 2 (Reuters) - "), "dateline")


def test_cli_articles_json_shows_modified(tmp_path):
    db = tmp_path / "s.db"
    plain = normalise(raw(text=BODY.replace("60", "75"), published="2024-05-03"))
    with Store(db) as store, store.transaction():
        store.add_article(_article())
        store.add_article(plain)
    out = CliRunner().invoke(app, ["articles", "--format", "json", "--db", str(db)])
    assert out.exit_code == 0, out.output
    rows = json.load(io.StringIO(out.stdout))["articles"]
    assert rows[0]["modified"] == "2024-05-07" and rows[0]["captured"] == "2024-05-08"
    assert "modified" not in rows[1] and rows[1]["published"] == "2024-05-03"
