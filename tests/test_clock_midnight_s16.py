"""Session 16 (fixf): a time of day read across midnight. "shortly before midnight" is an
interval reaching back into the previous evening (23:30 to 00:15); a reading inside it
("at 11:50 p.m.") agrees with it, and one an hour earlier still does not. Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _story(*items: tuple[str, str, str]):
    """A StoryContext of articles given as (outlet, published, text)."""
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Article, Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities

    articles = [
        Article(id=f"a{i}", source=f"a{i}.md", text=text, outlet=outlet, published=pub, title="")
        for i, (outlet, pub, text) in enumerate(items)
    ]
    analyses = list(analyse(articles))
    extractions = {
        a.article.id: Extraction(a.article.id, quantities=extract_quantities(a)) for a in analyses
    }
    vecs = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
    return StoryContext(
        Story("s", "t", [a.article.id for a in analyses]), analyses, extractions, vecs
    )


def _clock_conflicts(ctx) -> list[set[str]]:
    """The reading texts of every time-of-day conflict of the story."""
    from consilience.reconcile import build_quantities

    return [
        {r["text"] for r in e["readings"]}
        for e in build_quantities(ctx)["conflicts"]
        if any(r["dimension"] == "time of day" for r in e["readings"])
    ]


@pytest.mark.parametrize("late", ["11:50 p.m.", "11:35 p.m."])
def test_a_time_inside_a_hedged_midnight_agrees(late):
    ctx = _story(
        (
            "Harbour Post",
            "2026-03-02",
            f"The trawler Kestrel Dawn struck the harbour wall at {late}.",
        ),
        (
            "Tideline News",
            "2026-03-02",
            "The trawler Kestrel Dawn hit the harbour wall shortly before midnight.",
        ),
    )
    assert _clock_conflicts(ctx) == []


def test_a_time_outside_a_hedged_midnight_still_conflicts():
    ctx = _story(
        (
            "Harbour Post",
            "2026-03-02",
            "The trawler Kestrel Dawn struck the harbour wall at 10:40 p.m.",
        ),
        (
            "Tideline News",
            "2026-03-02",
            "The trawler Kestrel Dawn hit the harbour wall shortly before midnight.",
        ),
    )
    assert len(_clock_conflicts(ctx)) == 1


def test_readings_straddling_midnight_are_laid_on_one_stretch():
    from consilience.quantities import Quantity
    from consilience.reconcile import Reading, _unwrap_clock

    def reading(lo: float, hi: float) -> Reading:
        q = Quantity("a", 0, 0, "t", (lo + hi) / 2, None, "time of day")
        return Reading(q=q, order=0, published=None, label="x", interval=(lo, hi))

    rs = [reading(85200.0, 85200.0), reading(-1800.0, 900.0)]
    _unwrap_clock(rs)
    lo, hi = rs[1].interval
    assert lo <= 85200.0 <= hi


def test_an_outlet_on_both_sides_of_a_disagreement_is_told_apart_by_publication():
    from consilience.quantities import Quantity
    from consilience.reconcile import Reading, _names, _told_apart

    def reading(aid: str, label: str, published: str) -> Reading:
        q = Quantity(aid, 0, 0, "t", 3.0, None, "count")
        return Reading(q=q, order=0, published=published, label=label, interval=(3.0, 3.0))

    majority = [reading("a0", "Coast Wire", "2026-03-02T08:10:00Z")]
    outliers = [
        reading("a1", "Coast Wire", "2026-03-02T17:30:00Z"),
        reading("a2", "Bay Courier", "2026-03-02"),
    ]
    maj, out = _told_apart(majority, outliers)
    assert _names(maj) == "Coast Wire (2026-03-02 08:10)"
    assert [r.label for r in out] == ["Coast Wire (2026-03-02 17:30)", "Bay Courier"]
    assert [r.q.article for r in maj + out] == ["a0", "a1", "a2"]
