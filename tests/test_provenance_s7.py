"""Provenance and independent sources (issue #12, session 7): a media noun beside a name
("the Vantor newspaper reported", "according to the news site Brightline"), an article that
names its own outlet ("Crew members told the Sentinel"), credit lines, an outlet's morning
and evening stories, near-copy direction by publication time, and the HTML count of
independent reports agreeing with provenance.

Every article here was written for these tests."""

from __future__ import annotations

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


def _context(folder: Path):
    from consilience.pipeline import context_from_articles

    arts = list(read_articles(sorted(str(p) for p in folder.iterdir())))
    story = Story("s", arts[0].title or "", [a.id for a in arts])
    ctx = context_from_articles(arts, story)
    names = {a.id: Path(a.source).name for a in arts}
    return ctx, names, {n: i for i, n in names.items()}


_WIRE = """
The strike by dock workers at the port of Selvik entered its third day on Monday, with
at least 40 ships waiting at anchor outside the harbour, the port authority said.

Crew members on two of the ships said food was running short. The workers' union wants
a pay rise of 9 percent; the port operator has offered 4 percent.

Talks between the union and the operator are due to resume on Tuesday.
"""


@pytest.fixture(scope="module")
def port_story(tmp_path_factory):
    """A port strike: a wire's morning story, its evening update, a portal's printing of
    the morning story with a credit line and a later time, the local paper (which names
    itself), and a broadcaster citing the paper with a media noun."""
    d = tmp_path_factory.mktemp("port")
    _write(d, "a.md", "Selvik dock strike enters third day", "Baltic Freight Wire",
           "2025-04-14T07:30:00+02:00", _WIRE)  # fmt: skip
    _write(d, "b.md", "Selvik dock strike: ships wait at anchor", "Nordkyst Online",
           "2025-04-14T08:05:00+02:00",
           _WIRE + "\nCopyright 2025 Baltic Freight Wire. All rights reserved.\n")  # fmt: skip
    _write(
        d,
        "c.md",
        "Hungry crews stuck off Selvik as dockers stay out",
        "The Selvik Sentinel",
        "2025-04-14T11:40:00+02:00",
        """
Crew members told the Sentinel that they had been given rice and tinned fish for two
days. The union's leader, Ola Brekke, said the strike would go on until the operator
raised its offer.

The port operator said the union's demand of 9 percent would cost it 14 million crowns
a year.
""",
    )
    _write(
        d,
        "d.md",
        "Selvik port strike: crews short of food",
        "Kystradio",
        "2025-04-14T15:10:00+02:00",
        """
Crews on ships waiting outside Selvik are short of food, the Sentinel newspaper reported
on Monday. The union's leader Ola Brekke said the strike would continue.

The port operator said the union's demand would cost it 14 million crowns a year.
""",
    )
    _write(
        d,
        "e.md",
        "UPDATE 1-Selvik dock strike: talks brought forward",
        "Baltic Freight Wire",
        "2025-04-14T18:45:00+02:00",
        """
Talks between the dock workers' union and the operator of the port of Selvik will resume
on Monday night instead of Tuesday, the port authority said, as the strike entered its
third day.

At least 40 ships are waiting outside the harbour. Crews are short of food, according to
the regional news site Kystposten.
""",
    )
    return _context(d)


def _cited(ctx, aid: str) -> list[str]:
    return [a.source for a in ctx.extractions[aid].attributions if a.kind == "outlet"]


def test_media_noun_beside_a_name_is_the_cited_outlet(port_story):
    ctx, _, ids = port_story
    assert "The Sentinel" in _cited(ctx, ids["d.md"])
    assert "Kystposten" in _cited(ctx, ids["e.md"])


def test_an_article_naming_its_own_outlet_cites_no_one(port_story):
    ctx, _, ids = port_story
    assert _cited(ctx, ids["c.md"]) == []


def test_outlet_morning_and_evening_stories_and_credited_printing_are_one_source(port_story):
    from consilience.provenance import duplicates_of, independent_sources

    ctx, names, ids = port_story
    copies = {names[c]: names[o] for c, o in duplicates_of(ctx).items()}
    assert copies == {"b.md": "a.md"}
    wire = [ids["a.md"], ids["b.md"], ids["e.md"]]
    assert independent_sources(ctx, wire) == 1
    # the broadcaster rests on the paper it cites: one report with the paper's own story
    assert independent_sources(ctx, [ids["c.md"], ids["d.md"]]) == 1


def test_html_independent_reports_agree_with_provenance(port_story):
    from consilience.brief import build_brief
    from consilience.provenance import independent_sources
    from consilience.render_html import independent_reports

    ctx, _, _ = port_story
    brief = build_brief(ctx)
    every = list(ctx.story.articles)
    assert independent_reports(brief, every) == independent_sources(ctx, every) == 2


@pytest.fixture(scope="module")
def reversed_copy(tmp_path_factory):
    """The same text printed by a portal at 10:15 and by the agency at 09:50, the portal's
    file first: the agency's earlier article is the original."""
    d = tmp_path_factory.mktemp("copy")
    body = """
A landslide blocked the only road to the mountain village of Ostrel on Wednesday, cutting
off about 600 residents, the regional roads office said.

Crews expect to clear one lane by Friday. Helicopters are flying in food and medicine
from the town of Varn, the office said.
"""
    _write(d, "a_portal.md", "Landslide cuts off Ostrel", "Peak Portal",
           "2025-09-03T10:15:00+02:00",
           body + "\nThis story was generated from a news agency feed.\n")  # fmt: skip
    _write(d, "b_agency.md", "Landslide cuts off mountain village", "Alpine Press Service",
           "2025-09-03T09:50:00+02:00", body)  # fmt: skip
    return _context(d)


def test_copy_direction_follows_publication_time(reversed_copy):
    from consilience.provenance import duplicates_of

    ctx, names, _ = reversed_copy
    copies = {names[c]: names[o] for c, o in duplicates_of(ctx).items()}
    assert copies == {"a_portal.md": "b_agency.md"}


def test_credit_line_names_the_outlet():
    from consilience.model import Article
    from consilience.provenance import credit_line

    text = (
        "The museum reopened on Saturday after a month of repairs, its director said.\n\n"
        "Source: Coastal Newswire"
    )
    art = Article(id="x", source="x.md", text=text, outlet="Harbour Portal")
    assert credit_line(art) == "Coastal Newswire"
    assert credit_line(art, ["Coastal Newswire", "Harbour Portal"]) == "Coastal Newswire"
    own = Article(id="y", source="y.md", text=text, outlet="Coastal Newswire")
    assert credit_line(own, ["Coastal Newswire"]) is None
