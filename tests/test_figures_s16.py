"""Session 16 figure kinds, on sentences written for these tests: a counted noun behind a
graded adjective or a participle ("14 critically endangered rhinos"), an article giving two
figures of one noun read by the act the other articles tell, a present state ("still",
"remain") reported on a later day as an update, a size a report says changed ("has
widened to") as an update, with a later plain repeat of the old size superseded."""

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


def _entries(ctx) -> list[tuple[str, bool, set[str]]]:
    """(section, update flag, {reading texts}) of every figure item of the story."""
    from consilience.reconcile import build_quantities

    out = build_quantities(ctx)
    return [
        (kind, bool(e.get("update")), {r["text"] for r in e["readings"]})
        for kind in ("conflicts", "corroborated")
        for e in out[kind]
    ]


# ------------------------------------------------------------ counted nouns


@pytest.mark.parametrize(
    "text, noun, value",
    [
        ("Poachers killed 14 critically endangered elephants in the reserve.", "elephant", 14),
        ("The storm flattened 40 newly built chalets on the coast.", "chalet", 40),
        ("Smugglers stole 9 spotted owls from the aviary.", "owl", 9),
    ],
)
def test_a_counted_noun_behind_a_graded_adjective_or_participle(make, text, noun, value):
    from consilience.quantities import extract_quantities

    found = [q for q in extract_quantities(make(text)) if q.dimension == "count"]
    assert [(q.noun, q.value) for q in found] == [(noun, value)], [q.text for q in found]


# ------------------------------------------------------------ one noun, two acts


def test_an_article_with_two_acts_of_one_noun_is_read_by_the_shared_act():
    ctx = _story(
        ("Glen Wire", "2026-06-01T09:00:00Z", "Raiders stole 9 rare orchids from the glasshouse."),
        ("Fern Times", "2026-06-01T11:00:00Z", "Burglars stole nine rare orchids overnight."),
        (
            "Moss Radio",
            "2026-06-01T12:00:00Z",
            "Police recovered three orchids in a van on Tuesday. The gang had stolen 9 orchids "
            "from the glasshouse.",
        ),
    )
    entries = _entries(ctx)
    assert ("corroborated", False, {"9 rare orchids", "nine rare orchids", "9 orchids"}) in (
        entries
    ), entries
    assert not [e for e in entries if e[0] == "conflicts"], entries


# ------------------------------------------------------------ present states over days


def _climbers(second: str, published: str):
    return _story(
        (
            "Alp Wire",
            "2026-02-10T10:00:00Z",
            "Fourteen of the 20 climbers who set out on Friday are still on the mountain.",
        ),
        ("Summit Daily", published, second),
    )


def test_a_present_state_on_a_later_day_is_an_update():
    ctx = _climbers("Twelve climbers remain on the mountain after two were airlifted.",
                    "2026-02-11T07:00:00Z")  # fmt: skip
    assert _entries(ctx) == [("conflicts", True, {"Fourteen", "Twelve climbers"})], _entries(ctx)


def test_a_present_state_of_the_same_day_stays_a_disagreement():
    ctx = _climbers("Twelve climbers remain on the mountain after two were airlifted.",
                    "2026-02-10T10:30:00Z")  # fmt: skip
    assert _entries(ctx) == [("conflicts", False, {"Fourteen", "Twelve climbers"})], _entries(ctx)


# ------------------------------------------------------------ sizes said to change


def _crater(second: str, third: str | None = None):
    items = [
        ("Dale Wire", "2026-03-03T07:00:00Z", "A crater about 8 metres wide opened in the car park."),
        ("Dale Radio", "2026-03-03T12:00:00Z", second),
    ]
    if third:
        items.append(("Dale Gazette", "2026-03-03T17:00:00Z", third))
    return _story(*items)


def test_a_size_a_report_says_widened_is_an_update():
    ctx = _crater("Engineers said the crater has widened to about 11 metres across.")
    assert _entries(ctx) == [("conflicts", True, {"about 8 metres", "about 11 metres"})], (
        _entries(ctx)
    )


def test_a_later_plain_repeat_of_the_old_size_is_superseded():
    from consilience.reconcile import build_quantities

    ctx = _crater(
        "Engineers said the crater has widened to about 11 metres across.",
        "The crater, which is 26 feet wide, has been fenced off by the council.",
    )
    (entry,) = build_quantities(ctx)["conflicts"]
    assert entry["update"] and entry["majority"] == ["a1"], entry
    assert entry["superseded"] == ["a0", "a2"], entry


def test_a_size_given_differently_with_no_word_of_change_stays_a_disagreement():
    ctx = _crater("The crater is about 11 metres wide, engineers said.")
    assert _entries(ctx) == [("conflicts", False, {"about 8 metres", "about 11 metres"})], (
        _entries(ctx)
    )


# ------------------------------------------------------------ people by act, things made


def test_people_who_did_an_act_count_what_the_act_made():
    ctx = _story(
        (
            "Harbour Wire",
            "2026-04-07T21:00:00Z",
            "More than 3,000 people have complained to the regulator about the broadcast.",
        ),
        (
            "Bay Review",
            "2026-04-08T09:00:00Z",
            "The regulator had received about 5,200 complaints by Wednesday morning.",
        ),
    )
    assert _entries(ctx) == [
        ("conflicts", True, {"More than 3,000 people", "about 5,200 complaints"})
    ], _entries(ctx)


# ------------------------------------------------------------ shares a verb sends up


def test_shares_a_verb_sends_up_are_a_price_move_that_a_later_close_updates():
    ctx = _story(
        (
            "Quay Markets Wire",
            "2026-09-04T08:30:00Z",
            "Lumen Foods agreed to sell its bakery arm, sending its stock up 14% in early "
            "trading.",
        ),
        (
            "Quay Markets Wire",
            "2026-09-04T16:45:00Z",
            "Shares in Lumen Foods closed up 19% after the sale of its bakery arm.",
        ),
    )
    assert _entries(ctx) == [("conflicts", True, {"14%", "19%"})], _entries(ctx)
