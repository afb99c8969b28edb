"""s9 render: one display name per article in every output, outlets paired with their own
publication times in update lines and date notes, timeline lines on a disputed statement
marked disputed. Texts are written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article, Extraction, Story, StoryContext
from consilience.quantities import extract_quantities


@pytest.fixture(scope="module")
def qctx():
    """Build a StoryContext with quantities (no sentence vectors) from Articles."""
    from consilience.analyse import analyse

    def build(articles: list[Article]) -> StoryContext:
        analyses = list(analyse(articles))
        ex = {
            a.article.id: Extraction(a.article.id, quantities=extract_quantities(a))
            for a in analyses
        }
        story = Story("s", "test", [a.article.id for a in analyses])
        return StoryContext(story, analyses, ex, {})

    return build


def _arts(rows: list[tuple[str, str | None, str]]) -> list[Article]:
    return [
        Article(id=f"a{i}", source=f"a{i}.txt", text=t, outlet=o, published=p)
        for i, (o, p, t) in enumerate(rows)
    ]


# --------------------------------------------------------------------------- item 2


def test_update_step_pairs_each_outlet_with_its_own_time(qctx):
    from consilience.reconcile import build_quantities

    ctx = qctx(
        _arts(
            [
                (
                    "Kite Post",
                    "2026-06-11T18:30:00",
                    "The landslide in Ortava has killed six people.",
                ),
                ("Fenn Daily", "2026-06-11T07:05:00", "Six people died in the Ortava landslide."),
                ("Larch Radio", "2026-06-11", "The Ortava landslide killed six people."),
                (
                    "Moss Bulletin",
                    "2026-06-10T09:00:00",
                    "Three people died in the Ortava landslide.",
                ),
            ]
        )
    )
    [c] = [c for c in build_quantities(ctx)["conflicts"] if c.get("update")]
    text = c["explanation"]
    assert "(Moss Bulletin; 2026-06-10 09:00)" in text, text
    assert "(Larch Radio, Fenn Daily 07:05, Kite Post 18:30; 2026-06-11)" in text, text


def test_publication_dates_note_is_in_date_order(qctx):
    from consilience.reconcile import build_quantities

    ctx = qctx(
        _arts(
            [
                (
                    "Quay Echo",
                    "2026-02-14",
                    "The oil slick stretched 30 kilometres along the coast.",
                ),
                (
                    "Tern Wire",
                    "2026-02-12",
                    "The oil slick stretched some 45 kilometres along the coast.",
                ),
                ("Brack Times", "2026-02-13", "The oil slick stretched 30 km along the coast."),
            ]
        )
    )
    [c] = [c for c in build_quantities(ctx)["conflicts"] if not c.get("update")]
    text = c["explanation"]
    want = "(Tern Wire: 2026-02-12; Brack Times: 2026-02-13; Quay Echo: 2026-02-14)"
    assert want in text, text


# --------------------------------------------------------------------------- item 1

QUARRY = [
    (
        "Tolland Record",
        "2026-04-02",
        "The Brisk Hill quarry closed on Wednesday after a wall slid.",
    ),
    ("Aven Courier", "2026-04-02", "The Brisk Hill quarry was shut on Wednesday after a slide."),
    (None, "2026-04-03", "Workers at Brisk Hill quarry were sent home after the slide."),
]


def _quarry_brief(qctx) -> tuple[dict, dict[str, str]]:
    from consilience.brief import build_brief

    arts = _arts(QUARRY)
    arts[2] = Article(
        id="a2",
        source="/clips/hill_parish_notes.md",
        text=QUARRY[2][2],
        outlet=None,
        published="2026-04-03",
    )
    ctx = qctx(arts)
    return build_brief(ctx), {a.id: a.text for a in arts}


def test_json_keeps_outlet_null_and_gives_the_display_name(qctx):
    brief, _ = _quarry_brief(qctx)
    heads = {h["id"]: h for h in brief["story"]["articles"]}
    assert heads["a2"]["outlet"] is None
    assert heads["a2"]["name"] == "hill_parish_notes.md"
    assert heads["a0"]["name"] == "Tolland Record"


def test_markdown_table_and_coverage_use_the_display_name(qctx):
    from consilience.render_md import render_markdown

    brief, texts = _quarry_brief(qctx)
    md = render_markdown(brief, texts)
    assert "| A3 | hill\\_parish\\_notes.md |" in md
    assert "3 articles from 2 outlets + 1 unknown (hill\\_parish\\_notes.md)" in md


def test_csv_has_the_display_name_beside_an_empty_outlet(qctx):
    import csv
    import io

    from consilience.render_csv import render_csv

    brief, texts = _quarry_brief(qctx)
    cite = {"article": "a2", "start": 0, "end": len(QUARRY[2][2])}
    brief["unique"] = [{"article": "a2", "text": QUARRY[2][2], "citation": cite}]
    rows = list(csv.DictReader(io.StringIO(render_csv(brief, texts), newline="")))
    mine = [r for r in rows if r["article"] == "a2"]
    assert mine and all(r["outlet"] == "" for r in mine)
    assert {r["name"] for r in mine} == {"hill_parish_notes.md"}
    assert {r["name"] for r in rows if r["article"] == "a1"} <= {"Aven Courier"}


def test_html_coverage_line_names_the_unknown_printing(qctx):
    import re

    from consilience.render_html import render_html

    brief, texts = _quarry_brief(qctx)
    plain = " ".join(re.sub(r"<[^>]+>", " ", render_html(brief, texts)).split())
    assert "2 outlets + 1 unknown (hill_parish_notes.md)" in plain


def test_many_unknown_printings_are_counted_not_listed():
    from consilience.outlet_count import count_outlets

    heads = [{"id": f"x{i}", "source": f"clip{i}.txt", "outlet": None} for i in range(5)]
    assert count_outlets(heads).text() == "no named outlet"
    few = heads[:2] + [{"id": "y", "source": "https://pier.example/a/b", "outlet": " "}]
    assert count_outlets(few).text() == "no named outlet (clip0.txt, clip1.txt, b)"


# --------------------------------------------------------------------------- item 3

HARBOUR = [
    (
        "Lakeside Post",
        "The harbour master of Vellmar, Ines Okafor, resigned on Thursday after the ferry "
        "collision, the port authority said. The pier reopened to traffic on Saturday.",
    ),
    (
        "Coastline Daily",
        "Ines Okafor, the harbour master of Vellmar, resigned on Thursday following the ferry "
        "collision, officials said.",
    ),
    (
        "Bay Signal",
        "Ines Okafor refused to resign on Thursday, telling reporters the ferry collision was "
        "not her fault.",
    ),
]


@pytest.fixture(scope="module")
def harbour_brief() -> tuple[dict, dict[str, str]]:
    from consilience.brief import build_brief
    from consilience.model import Story
    from consilience.pipeline import context_from_articles

    arts = [
        Article(id=f"h{i}", source=f"h{i}.txt", text=t, outlet=o, published="2026-05-09")
        for i, (o, t) in enumerate(HARBOUR)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return build_brief(ctx), {a.id: a.text for a in arts}


def test_timeline_sides_of_a_statement_conflict_are_marked_disputed(harbour_brief):
    brief, _ = harbour_brief
    [fact] = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    sides = [t for t in brief["timeline"] if "resign" in t["text"]]
    assert len(sides) == 2 and all(t.get("disputed") for t in sides), brief["timeline"]
    assert all(t["disputed_statements"] == [fact["subject"]] for t in sides)
    others = [t for t in brief["timeline"] if "resign" not in t["text"]]
    assert others and not any(t.get("disputed") for t in others)


def test_statement_disputed_lines_read_disputed_in_markdown_and_html(harbour_brief):
    import re

    from consilience.render_html import render_html
    from consilience.render_md import render_markdown

    brief, texts = harbour_brief
    md = render_markdown(brief, texts).split("## Timeline")[1].split("##")[0]
    assert "**2026-05-07 (disputed)** Ines Okafor refused to resign" in md, md
    assert "(disputed)** The pier" not in md
    plain = " ".join(re.sub(r"<[^>]+>", " ", render_html(brief, texts)).split())
    assert "7 May 2026 (disputed)" in plain


def _side(aid: str, start: int, end: int) -> dict:
    return {"article": aid, "citation": {"article": aid, "start": start, "end": end}}


def test_only_a_line_inside_a_reading_clause_is_marked():
    from consilience.timeline_disputes import mark_statement_disputes

    # one sentence, two clauses: "the mill closed on 3 May" (0-24) and "the shop opened
    # on 9 May" (30-55); the conflict is about the mill only
    brief = {
        "conflicts": [
            {"kind": "quantity", "subject": "x", "readings": [_side("m1", 30, 55)]},
            {"kind": "fact", "subject": "mill: close", "readings": [_side("m1", 0, 24)]},
        ],
        "timeline": [
            {
                "date": "2026-05-03",
                "citation": {"article": "m1", "start": 0, "end": 60},
                "mentions": [{"citation": {"article": "m1", "start": 16, "end": 24}}],
            },
            {
                "date": "2026-05-09",
                "citation": {"article": "m1", "start": 0, "end": 60},
                "mentions": [{"citation": {"article": "m1", "start": 47, "end": 55}}],
            },
            {"date": "2026-05-04", "citation": {"article": "m2", "start": 0, "end": 24}},
            {"date": "2026-05-03", "citations": [{"article": "m1", "start": 2, "end": 22}]},
        ],
    }
    mark_statement_disputes(brief)
    assert [t.get("disputed_statements") for t in brief["timeline"]] == [
        ["mill: close"],
        None,
        None,
        ["mill: close"],
    ]


def test_a_merged_line_on_opposite_states_is_marked_and_another_event_is_not():
    from consilience.brief import build_brief
    from consilience.model import Story
    from consilience.pipeline import context_from_articles

    rows = [
        (
            "North Ledger",
            "The Osterby smelter shut down on Monday after a gas leak, the company "
            "said. Inspectors will visit on Friday.",
        ),
        (
            "Fjord Times",
            "The Osterby smelter kept running on Monday despite a gas leak, union officials said.",
        ),
        (
            "Iron Daily",
            "The smelter at Osterby shut down on Monday because of a gas leak, managers said.",
        ),
    ]
    arts = [
        Article(id=f"o{i}", source=f"o{i}.txt", text=t, outlet=o, published="2026-09-16")
        for i, (o, t) in enumerate(rows)
    ]
    brief = build_brief(context_from_articles(arts, Story("s", "", [a.id for a in arts])))
    assert any(c["kind"] == "fact" for c in brief["conflicts"])
    [monday] = [t for t in brief["timeline"] if t["date"] == "2026-09-14"]
    [friday] = [t for t in brief["timeline"] if t["date"] == "2026-09-18"]
    assert monday.get("disputed") and monday["disputed_statements"]
    assert not friday.get("disputed")
