"""Times of day (session 23): a time belongs to the event its clause names. "Fire broke out
at about 3:10 a.m." and "the alarm was raised at 3:05 a.m." are two events' times, however
close; "the plane landed" and "the flight touched down" one. Sentences written for these
tests (a warehouse fire, a flight, an avalanche), not from the annotated sets.
"""

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


def _clock_items(ctx) -> list[set[str]]:
    """The reading texts of every time-of-day conflict and corroborated item."""
    from consilience.reconcile import build_quantities

    out = build_quantities(ctx)
    return [
        {r["text"] for r in e["readings"]}
        for e in out["conflicts"] + out["corroborated"]
        if any(r["dimension"] == "time of day" for r in e["readings"])
    ]


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        ({"tornado"}, {"warning"}, True),
        ({"fire"}, {"alarm"}, True),
        ({"avalanche"}, {"rescue", "team"}, True),
        ({"tornado"}, {"twister"}, False),
        ({"tornado"}, {"storm"}, False),
        ({"plane"}, {"flight"}, False),
        ({"fire"}, set(), False),
    ],
)
def test_other_participants(a, b, other):
    from consilience.clock_events import other_participants

    assert other_participants(a, b) is other


def test_the_alarm_time_is_not_the_fire_time():
    ctx = _story(
        (
            "Valley Echo",
            "2026-03-02",
            "Fire broke out at the Norcross warehouse at about "
            "3:10 a.m. on Sunday, destroying its roof.",
        ),
        (
            "Norcross Daily",
            "2026-03-02",
            "A blaze gutted the Norcross warehouse overnight. "
            "The alarm was raised at 3:05 a.m., the fire service said.",
        ),
        (
            "County Radio",
            "2026-03-02",
            "The alarm went off at 03:05, a night guard told us. "
            "The fire broke out at 03:40, the fire service said.",
        ),
    )
    items = _clock_items(ctx)
    for texts in items:
        alarm = {t for t in texts if "05" in t}
        assert not alarm or alarm == texts, items


@pytest.mark.parametrize(
    ("text", "figure", "nouns"),
    [
        ("The lorry left the bridge at about 6:40 a.m.", "6:40 a.m.", {"lorry"}),
        ("It left the bridge at about 6:40 a.m.", "6:40 a.m.", set()),
        ("A storm alert was issued at 22:10.", "22:10", {"alert"}),
        ("We issued a flood alert at 22:10.", "22:10", {"alert"}),  # s24: what people acted on
    ],
)
def test_participants_are_the_clause_subjects(text, figure, nouns):
    from consilience.analyse import load_nlp
    from consilience.clock_events import participants

    doc = load_nlp()(text)
    k = text.index(figure)
    assert participants(doc.char_span(k, k + len(figure), alignment_mode="expand")) == nouns
