"""Updates vs conflicts over publication time (issue #12, session 7): figures ordered by
the time of day the articles give, explicit corrections, numbered updates whose title names
the figure, an outlet revising its own figure; a lower figure later the same day with no
cue stays a disagreement, and an undated article never makes an update.

Every article here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consilience.model import Story
from consilience.normalise import read_articles


def _write(folder: Path, name: str, title: str, outlet: str, published: str | None, body: str):
    """One article as Markdown with front matter; each paragraph of ``body`` on one line."""
    head = f"---\ntitle: {title}\noutlet: {outlet}\n"
    if published:
        head += f"published: {published}\n"
    text = "\n\n".join(" ".join(p.split()) for p in body.strip().split("\n\n"))
    (folder / name).write_text(head + "---\n" + text + "\n", encoding="utf-8")


_TEXTS: dict[str, str] = {}  # article id -> stored text, for the renderers


def _brief(folder: Path) -> dict:
    from consilience.pipeline import context_from_articles, finished_brief

    files = sorted(str(p) for p in folder.iterdir())
    arts = list(read_articles(files))
    _TEXTS.update({a.id: a.text for a in arts})
    story = Story("s", arts[0].title or "", [a.id for a in arts])
    return finished_brief(context_from_articles(arts, story))


def _names(brief: dict) -> dict[str, str]:
    return {a["id"]: Path(a["source"]).name for a in brief["story"]["articles"]}


def _entry(brief: dict, *words: str) -> dict:
    found = [
        c
        for c in brief["conflicts"]
        if c["kind"] == "quantity" and all(w in c["subject"] for w in words)
    ]
    assert len(found) == 1, [c["subject"] for c in brief["conflicts"]]
    return found[0]


# --------------------------------------------------------------------------- stories


@pytest.fixture(scope="module")
def ferry_brief(tmp_path_factory) -> dict:
    """A ferry fire told through one day by three outlets: the dead rise 7 -> 12 -> 20 with
    no cue words (only the publication times order them); the injured fall from more than
    60 to about 35 in the evening with no correction (a disagreement)."""
    d = tmp_path_factory.mktemp("ferry")
    _write(
        d,
        "a.md",
        "Fire sweeps ferry off Kessel island",
        "Baltic Coast Wire",
        "2025-08-14T08:10:00+02:00",
        """
Seven people were killed when fire broke out on the passenger ferry Marit Lund off Kessel
island early on Thursday, the coastguard said.

More than 60 people were injured, most of them from smoke, the coastguard said.
""",
    )
    _write(
        d,
        "b.md",
        "Kessel ferry blaze: survivors describe panic on deck",
        "Kessel Herald",
        "2025-08-14T13:00:00+02:00",
        """
Twelve people were killed in the blaze on the Marit Lund, the regional hospital in Varberg
told the Herald.

Survivors described passengers jumping into the sea from the car deck.
""",
    )
    _write(
        d,
        "c.md",
        "Ferry fire: ministry orders inquiry",
        "Nordic Radio",
        "2025-08-14T21:05:00+02:00",
        """
Twenty people were killed in the fire on the Marit Lund ferry, the interior ministry said on
Thursday evening.

About 35 people were injured, the ministry said. The transport minister ordered an inquiry.
""",
    )
    return _brief(d)


def test_rising_toll_ordered_by_time_of_day_is_an_update(ferry_brief):
    killed = _entry(ferry_brief, "killed")
    names = _names(ferry_brief)
    assert killed["update"] is True
    assert killed["latest"]["value"] == 20.0
    assert killed["latest"]["published_at"] == "2025-08-14T21:05:00+02:00"
    assert [names[a] for a in killed["majority"]] == ["c.md"]
    assert sorted(names[a] for a in killed["superseded"]) == ["a.md", "b.md"]
    # a lower figure later the same day, with no cue, stays a disagreement
    injured = _entry(ferry_brief, "injured")
    assert injured["update"] is False
    assert not injured.get("superseded")


def test_update_is_said_in_markdown_and_html(ferry_brief):
    from consilience.render_html import render_html
    from consilience.render_md import render_markdown

    md = render_markdown(ferry_brief, _TEXTS)
    assert "update: latest figure 20" in md
    html = render_html(ferry_brief, _TEXTS)
    assert "is-update" in html


@pytest.fixture(scope="module")
def bridge_brief(tmp_path_factory) -> dict:
    """Undated articles: a correction ("six spans, not five as initially reported") is an
    update even with no publication time; a plain disagreement between an undated and a
    dated article is not."""
    d = tmp_path_factory.mktemp("bridge")
    _write(
        d,
        "a.md",
        "Storm brings down parts of Ostra viaduct",
        "Harbour Daily",
        None,
        """
Five spans of the Ostra viaduct collapsed into the river during the storm on Monday night,
the roads agency said.

Nine people were hurt when their cars were caught on the viaduct.
""",
    )
    _write(
        d,
        "b.md",
        "Ostra viaduct: engineers count the damage",
        "Valley Broadcasting",
        None,
        """
Engineers found that six spans of the Ostra viaduct had collapsed, not five as initially
reported, the roads agency said.

Divers searched the river below the viaduct for a missing van.
""",
    )
    _write(
        d,
        "c.md",
        "Ostra viaduct collapse: drivers recall the night",
        "Eastern Post",
        "2025-02-04",
        """
Fourteen people were hurt when the Ostra viaduct gave way beneath their cars on Monday
night, the hospital said.
""",
    )
    return _brief(d)


def test_explicit_correction_is_an_update_without_times(bridge_brief):
    spans = _entry(bridge_brief, "span")
    names = _names(bridge_brief)
    assert spans["update"] is True
    assert [names[a] for a in spans["majority"]] == ["b.md"]
    assert spans["latest"]["value"] == 6.0
    assert "undated but consistent" not in spans["explanation"]
    # the undated article never makes an update where nothing corrects
    hurt = [c for c in bridge_brief["conflicts"] if c["kind"] == "quantity" and c["update"]]
    assert all("span" in c["subject"] for c in hurt), [c["subject"] for c in hurt]


@pytest.fixture(scope="module")
def flood_brief(tmp_path_factory) -> dict:
    """Lower figures later in the day: a correction by verb ("corrected its count: 31"), an
    agency's numbered update whose title names the figure, and a newspaper revising its own
    morning figure are updates; an evening figure the update's title does not name, lower
    than another outlet's afternoon one, stays a disagreement."""
    d = tmp_path_factory.mktemp("flood")
    _write(
        d,
        "a.md",
        "Floods hit Dunmere valley schools",
        "Midland Press",
        "2025-10-02T09:00:00+01:00",
        """
Floodwater damaged 38 schools in the Dunmere valley overnight, the education board said.

About 300 homes were flooded in the town of Carrow, the council said.
""",
    )
    _write(
        d,
        "b.md",
        "Dunmere floods: schools to reopen next week",
        "Dunmere Gazette",
        "2025-10-02T15:30:00+01:00",
        """
The education board corrected its count after inspectors visited every building in the
valley: 31 schools were damaged.

Rescue crews took 45 people from their homes by boat, the fire service said.
""",
    )
    _write(
        d,
        "c.md",
        "UPDATE 1-Dunmere floods: fewer flooded homes than first counted",
        "Western Wire",
        "2025-10-02T19:40:00+01:00",
        """
About 180 homes were flooded in Carrow, the council said on Thursday evening.

Rescue crews took 20 people from their homes by boat, according to the council.
""",
    )
    return _brief(d)


def test_correction_by_verb_may_lower_a_figure(flood_brief):
    schools = _entry(flood_brief, "school")
    assert schools["update"] is True
    assert schools["latest"]["value"] == 31.0


def test_titled_update_names_the_figure_it_revises(flood_brief):
    homes = _entry(flood_brief, "home")
    names = _names(flood_brief)
    assert homes["update"] is True
    assert [names[a] for a in homes["majority"]] == ["c.md"]
    # the update's lower figure of people rescued, which its title does not name, is a
    # disagreement with another outlet's earlier figure
    rescued = [
        c
        for c in flood_brief["conflicts"]
        if c["kind"] == "quantity" and {45.0, 20.0} <= {r["value"] for r in c["readings"]}
    ]
    assert rescued and all(c["update"] is False for c in rescued)


@pytest.fixture(scope="module")
def outlet_revision_brief(tmp_path_factory) -> dict:
    """One newspaper's morning and evening stories: its own lower evening figure of farms
    with bird flu revises its morning one (no cue words)."""
    d = tmp_path_factory.mktemp("farms")
    for name, when, n in (("a.md", "08:15", "14"), ("b.md", "18:50", "nine")):
        _write(
            d,
            name,
            f"Bird flu found on poultry farms near Lenholm ({when})",
            "Lenholm Courier",
            f"2025-11-20T{when}:00Z",
            f"""
Inspectors confirmed bird flu on {n} poultry farms around Lenholm, the farming ministry
said on Thursday. Movement of birds within ten kilometres of the farms is banned.

The ministry said the outbreak began at a farm in the village of Tarp.
""",
        )
    return _brief(d)


def test_outlet_revising_its_own_figure_is_an_update(outlet_revision_brief):
    farms = _entry(outlet_revision_brief, "farm")
    assert farms["update"] is True
    assert farms["latest"]["value"] == 9.0


# --------------------------------------------------------------------------- time kept


def test_published_time_is_kept_and_only_shown_when_given(tmp_path):
    _write(tmp_path, "a.md", "Ferry docks late", "Isle Wire", "2025-06-01T07:45:00Z", "x " * 40)
    _write(tmp_path, "b.md", "Ferry docks late", "Isle Wire", "2025-06-01", "y " * 40)
    a, b = read_articles([str(tmp_path / "a.md"), str(tmp_path / "b.md")])
    assert (a.published, a.published_at) == ("2025-06-01", "2025-06-01T07:45:00+00:00")
    assert (b.published, b.published_at) == ("2025-06-01", None)
    assert a.header()["published_at"] == "2025-06-01T07:45:00+00:00"
    assert "published_at" not in b.header()
    assert json.dumps(b.header()) == json.dumps(
        {"id": b.id, "source": b.source, "outlet": "Isle Wire", "title": "Ferry docks late",
         "published": "2025-06-01"}
    )  # fmt: skip


@pytest.mark.parametrize(
    ("given", "moment"),
    [
        ("2024-03-09T22:05:00-05:00", "2024-03-09T22:05:00-05:00"),
        ("2024-03-09 06:30", "2024-03-09T06:30:00"),
        ("Sat, 09 Mar 2024 14:00:00 +0000", "2024-03-09T14:00:00+00:00"),
        ("2024-03-09", None),
        ("9 March 2024", None),
        ("2024-13-09T10:00:00", None),
    ],
)
def test_parse_datetime(given, moment):
    from consilience.normalise import parse_datetime

    assert parse_datetime(given) == moment


def test_html_page_keeps_its_published_time(tmp_path):
    page = tmp_path / "quarry.html"
    page.write_text(
        "<html><head><title>Quarry blast shakes Tolva</title>"
        '<meta property="article:published_time" content="2025-06-02T14:20:00+02:00">'
        '<meta property="og:site_name" content="Tolva News"></head><body><article>'
        "<h1>Quarry blast shakes Tolva</h1><p>A blast at the Tolva quarry shook houses across"
        " the town on Monday afternoon, the quarry owner said, and no one was hurt.</p>"
        "<p>Residents said windows rattled two kilometres away. The owner said the blast had"
        " been planned and announced a week ago.</p></article></body></html>",
        encoding="utf-8",
    )
    (art,) = read_articles([str(page)])
    assert (art.published, art.published_at) == ("2025-06-02", "2025-06-02T14:20:00+02:00")


def test_store_keeps_published_time_and_migrates_old_stores(tmp_path):
    import sqlite3

    from consilience.model import Article
    from consilience.store import Store

    path = str(tmp_path / "old.db")
    timed = Article(id="t1", source="t1.md", text="Quarry blast at noon.",
                    published="2025-06-02", published_at="2025-06-02T12:00:00+02:00")  # fmt: skip
    with Store(path) as store, store.transaction():
        store.add_article(timed)
    # a store from before the published_at migration: no published_at column (nor the
    # columns later migrations add), one article with its date only
    import re

    from consilience.store_schema import MIGRATIONS

    step = next(k for k, m in enumerate(MIGRATIONS) if "published_at" in m)
    added = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)")
    raw = sqlite3.connect(path, isolation_level=None)
    version = raw.execute("PRAGMA user_version").fetchone()[0]
    for script in MIGRATIONS[step:]:
        for table, column in added.findall(script):
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    raw.execute(f"PRAGMA user_version = {step}")
    raw.close()
    with Store(path) as store:
        assert store.schema_version == version
        old = store.article("t1")
        assert (old.published, old.published_at, old.text) == (
            "2025-06-02",
            None,
            "Quarry blast at noon.",
        )
        with store.transaction():
            store.add_article(Article(id="t2", source="t2.md", text="Second blast.",
                                      published="2025-06-03",
                                      published_at="2025-06-03T08:30:00Z"))  # fmt: skip
    with Store(path) as store:
        assert store.article("t2").published_at == "2025-06-03T08:30:00Z"


# --------------------------------------------------------------------------- cues


def _figure(make, text: str, figure: str):
    doc = make(text).doc
    at = text.index(figure)
    return doc.char_span(at, at + len(figure), alignment_mode="expand")


@pytest.mark.parametrize(
    ("text", "figure", "corrects"),
    [
        ("Six spans had collapsed, not five as initially reported, the agency said.", "Six", True),
        ("Police detained 12 people, not 9 as previously announced.", "12", True),
        ("The board revised the number of closed branches to 31.", "31", True),
        ("In a correction, the council said 140 homes were damaged.", "140", True),
        ("Seven people were killed, the coastguard said on Monday.", "Seven", False),
        ("The first ferry left at 9 with 200 passengers aboard.", "200", False),
    ],
)
def test_correction_cue_by_syntax(make, text, figure, corrects):
    from consilience.reconcile import _corrects

    assert _corrects(_figure(make, text, figure)) is corrects


@pytest.mark.parametrize(
    ("text", "figure", "changes"),
    [
        ("The number of cancelled trains has climbed to 85.", "85", True),
        ("The tally of damaged cars has now passed 1,200.", "1,200", True),
        ("Officials lowered their estimate of flooded farms to 40.", "40", True),
        ("About 85 trains were cancelled on Tuesday.", "85", False),
        ("Rescuers reached 14 villages by boat.", "14", False),
    ],
)
def test_change_cue_by_syntax(make, text, figure, changes):
    from consilience.reconcile import _changes

    assert _changes(_figure(make, text, figure)) is changes


def test_undated_bound_beside_an_update_is_consistent_not_latest(tmp_path):
    """Two dated reports move a count 2 -> 3; an undated one says "at least two": true of
    the latest 3, yet not the latest report. It is flagged consistent, never latest,
    in the JSON, the Markdown table and the HTML statuses."""
    from consilience.charts import reading_status
    from consilience.render_md import render_markdown

    _write(tmp_path, "a.md", "Mine roof fall in Tarrow", "Upland Wire", "2025-09-02T07:00:00Z",
           "Two miners were killed when part of the roof of the Tarrow pit fell in on Tuesday, "
           "the operator said.")  # fmt: skip
    _write(tmp_path, "b.md", "Tarrow pit toll rises", "Upland Wire", "2025-09-03T09:30:00Z",
           "Three miners were killed in the roof fall at the Tarrow pit, the operator said on "
           "Wednesday after rescuers reached the lower gallery.")  # fmt: skip
    _write(tmp_path, "c.md", "Tarrow mourns", "Valley Parish News", None,
           "At least two miners were killed in the roof fall at the Tarrow pit, and the "
           "village hall has opened a book of condolence.")  # fmt: skip
    brief = _brief(tmp_path)
    killed = _entry(brief, "killed")
    assert killed["update"] is True and killed["latest"]["value"] == 3.0
    names = _names(brief)
    by_name = {names[r["article"]]: r for r in killed["readings"]}
    assert by_name["c.md"].get("consistent") is True and by_name["c.md"]["latest"] is False
    assert by_name["b.md"]["latest"] is True and not by_name["b.md"].get("consistent")
    assert reading_status(killed, by_name["c.md"]) == "consistent"
    assert reading_status(killed, by_name["b.md"]) == "latest"
    rows = [ln for ln in render_markdown(brief, _TEXTS).splitlines() if "At least two" in ln]
    assert rows and all("**latest**" not in ln for ln in rows)
    assert any("consistent with the latest" in ln for ln in rows)
