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
