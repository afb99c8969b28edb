"""Session 19 new-user probe: a wire's morning story and its own later "UPDATE 1-" are one
report. Provenance says so in a note (they count as one independent source), while a
paper of its own and a lone article of each outlet get no such note.

Every article here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.model import Story
from consilience.normalise import read_articles


def _write(folder: Path, name: str, title: str, outlet: str, published: str, body: str):
    """One article as Markdown with front matter."""
    head = f"---\ntitle: {title}\noutlet: {outlet}\npublished: {published}\n---\n"
    (folder / name).write_text(head + body.strip() + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def flood_story(tmp_path_factory):
    """(context, article id by file name): a wire's morning story, the wire's own update
    with other paragraphs, and a local paper."""
    from consilience.pipeline import context_from_articles

    d = tmp_path_factory.mktemp("flood")
    _write(d, "a.md", "River bursts its banks in Tarnow", "Eastern Wire Agency",
           "2026-03-02T05:45:00Z",
           "TARNOW, March 2 (EWA) - The river Lesa burst its banks in Tarnow overnight and "
           "about 600 homes were flooded, the fire service said.\n\n"
           "Two people were rescued from the roof of a car, the fire service said.")  # fmt: skip
    _write(d, "b.md", "UPDATE 1-Tarnow flood forces 900 from their homes",
           "Eastern Wire Agency", "2026-03-02T14:20:00Z",
           "TARNOW, March 2 (EWA) - Some 900 residents of Tarnow left their homes on Monday "
           "after the river Lesa flooded the lower town, the mayor said.\n\n"
           "The mayor, Irena Wolska, said schools would stay shut until Wednesday.")  # fmt: skip
    _write(d, "c.md", "Lower town under water", "Tarnow Evening News",
           "2026-03-02T18:00:00Z",
           "Water stood a metre deep in the streets of the lower town on Monday after the "
           "Lesa rose through the night.\n\n"
           "Shopkeepers carried their stock to upper floors, and the council opened a "
           "shelter in the sports hall.")  # fmt: skip
    arts = list(read_articles(sorted(str(p) for p in d.iterdir())))
    story = Story("s", arts[0].title or "", [a.id for a in arts])
    ctx = context_from_articles(arts, story)
    return ctx, {Path(a.source).name: a.id for a in arts}


def test_an_outlets_story_and_its_own_update_are_noted_as_one_report(flood_story):
    from consilience.provenance import build_provenance, independent_sources

    ctx, ids = flood_story
    notes = build_provenance(ctx)["provenance_notes"]
    wire = {ids["a.md"], ids["b.md"]}
    (note,) = [n for n in notes if set(n["articles"]) >= wire]
    assert set(note["articles"]) == wire
    assert "rest on one report" in note["text"] and "Eastern Wire Agency" in note["text"]
    assert independent_sources(ctx, sorted(ids.values())) == 2


def test_no_note_joins_outlets_that_each_wrote_their_own(flood_story):
    from consilience.provenance import build_provenance

    ctx, ids = flood_story
    for note in build_provenance(ctx)["provenance_notes"]:
        assert ids["c.md"] not in note["articles"]
