"""Figure kinds of real-style text (issue #12, session 5): vague counts are ranges that never
make a conflict alone, and a count with no verb takes no invented property."""

from __future__ import annotations

import pytest

from consilience.model import Article, Extraction, Story, StoryContext
from consilience.quantities import extract_quantities


@pytest.fixture(scope="module")
def make_ctx():
    """Build a StoryContext from texts: spaCy analysis, quantities, sentence vectors."""
    from consilience.analyse import analyse
    from consilience.embed import embed_texts

    def build(*texts: str, published: list[str | None] | None = None) -> StoryContext:
        pubs = published or [None] * len(texts)
        articles = [
            Article(id=f"a{i}", source=f"a{i}.txt", text=t, outlet=f"Outlet {i}", published=p)
            for i, (t, p) in enumerate(zip(texts, pubs, strict=True))
        ]
        analyses = list(analyse(articles))
        extractions = {
            a.article.id: Extraction(a.article.id, quantities=extract_quantities(a))
            for a in analyses
        }
        vecs = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
        story = Story("s", "test", [a.article.id for a in analyses])
        return StoryContext(story, analyses, extractions, vecs)

    return build


def _quantities(ctx: StoryContext) -> list:
    return [q for e in ctx.extractions.values() for q in e.quantities]


def _build(ctx: StoryContext) -> dict:
    from consilience.reconcile import build_quantities

    return build_quantities(ctx)


def _texts(entry: dict) -> list[str]:
    return [r["text"] for r in entry["readings"]]


# --------------------------------------------------------------------------- vague counts


def test_vague_counts_never_conflict_with_a_figure_they_hold(make_ctx):
    ctx = make_ctx(
        "Two stewards were hurt when a lighting rig fell at the arena. Hundreds of onlookers"
        " outside the doors when it came down.",
        "The falling rig hurt two stewards. Thousands of onlookers, many of them teenagers,"
        " in the hall at the time.",
        "Two stewards were injured. More than 3,500 onlookers were inside, organisers said.",
    )
    out = _build(ctx)
    for entry in out["conflicts"]:
        assert not any("onlooker" in t.lower() for t in _texts(entry)), entry["explanation"]
    held = [e for e in out["corroborated"] if any("3,500" in t for t in _texts(e))]
    assert held and any(t.startswith("Thousands") for t in _texts(held[0]))
    assert not any(t.startswith("Hundreds") for t in _texts(held[0]))


def test_only_vague_counts_make_no_conflict(make_ctx):
    ctx = make_ctx(
        "Hundreds of villagers were evacuated as the river burst its banks.",
        "Thousands of villagers were evacuated as the river rose overnight.",
        "Tens of thousands of villagers were evacuated from the valley, officials said.",
    )
    assert _build(ctx)["conflicts"] == []


def test_precise_figures_still_conflict_beside_a_vague_one(make_ctx):
    ctx = make_ctx(
        "Some 1,200 runners finished the mountain race on Sunday.",
        "About 1,900 runners finished the mountain race on Sunday.",
        "Thousands of runners finished the mountain race on Sunday.",
        "Roughly 1,200 runners finished the mountain race on Sunday.",
    )
    conflicts = [e for e in _build(ctx)["conflicts"] if "runner" in e["subject"]]
    assert len(conflicts) == 1
    texts = _texts(conflicts[0])
    assert not any(t.startswith("Thousands") for t in texts)
    assert conflicts[0]["outliers"] == ["a1"]


def test_count_with_no_verb_takes_no_property(make_ctx):
    ctx = make_ctx("Scores of firefighters at the warehouse by midnight, with more on the way.")
    (q,) = [q for q in _quantities(ctx) if q.noun == "firefighter"]
    assert q.measure is None
    assert (q.low, q.high) == (40, 199)
