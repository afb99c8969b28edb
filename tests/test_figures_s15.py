"""Session 15 figure kinds, on sentences written for these tests: "pounds" as sterling or a
weight from its sentence and article, a sum's scale abbreviation at a sentence's end, the
doer of an act counted as no victim, a state after a counted object ("leaving five skiers
missing"), rates of a length per span of time as speeds, durations of one act told with
synonymous verbs, an agency's update title that names another set, and "by <day> night"
as a later report of a running count."""

from __future__ import annotations

import pytest


def _figures(make, text: str):
    from consilience.quantities import extract_quantities

    return extract_quantities(make(text))


def _one(make, text: str, dimension: str | None = None):
    found = [q for q in _figures(make, text) if dimension is None or q.dimension == dimension]
    assert len(found) == 1, [(q.text, q.dimension) for q in found]
    return found[0]


def _story(*items: tuple[str, str, str, str]):
    """A StoryContext of articles given as (outlet, published, title, text)."""
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Article, Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities

    articles = [
        Article(
            id=f"a{i}", source=f"a{i}.md", text=text, outlet=outlet, published=pub, title=title
        )  # fmt: skip
        for i, (outlet, pub, title, text) in enumerate(items)
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


# ------------------------------------------------------------ pounds: sterling or weight


@pytest.mark.parametrize(
    "text, unit, value",
    [
        # the article names cash: the sum is money though its sentence says only "made off"
        (
            "Burglars made off with 750,000 pounds from the casino on Friday. "
            "The cash had been counted an hour earlier.",
            "GBP",
            750000.0,
        ),
        # a noun of possession in the sentence: losses
        ("The bank's losses reached 12 million pounds in March.", "GBP", 12e6),
        # the article weighs in kilograms too: a weight
        (
            "The tortoise now tips the scales at 190 pounds. "
            "Keepers said it gained 12 kilograms this year.",
            "kg",
            190 * 0.45359237,
        ),
        # nothing says money: the unit pint knows
        ("The bear was 300 pounds when it was tagged.", "kg", 300 * 0.45359237),
    ],
)
def test_pounds_are_sterling_or_a_weight_by_their_article(make, text, unit, value):
    q = next(q for q in _figures(make, text) if "pounds" in q.text)
    assert q.unit == unit
    assert q.value == pytest.approx(value, rel=1e-6)


def test_a_scale_abbreviation_at_a_sentence_end_keeps_its_scale(make):
    q = _one(make, "Raiders took the jewellery and fled with £1.6m.", "money")
    assert q.value == pytest.approx(1.6e6)
    assert q.text == "£1.6m"


# ------------------------------------------------------------ who did it, what befell whom


def test_the_doer_of_an_act_is_no_victim_of_it(make):
    from consilience.reconcile import event_class

    found = {q.text: event_class(q) for q in _figures(make, "Six gunmen killed four villagers.")}
    assert found == {"Six gunmen": None, "four villagers": "killed"}
    own = _one(make, "Three hikers lost their lives on the glacier.")
    assert event_class(own) == "killed"


def test_a_state_after_the_counted_object_is_what_befell_it(make):
    from consilience.reconcile import event_class

    q = _one(make, "The avalanche buried the lodge, leaving five skiers missing.")
    assert event_class(q) == "missing"
    q = _one(make, "Two climbers remain unaccounted for.")
    assert event_class(q) == "missing"


def test_a_count_of_doers_joins_the_other_counts_of_them(make_ctx):
    entries = _entries(
        make_ctx(
            "Five masked men robbed a jeweller's on Bridge Street on Friday, police said.",
            "Five armed men robbed a jeweller's on Bridge Street on Friday.",
            "Four masked men held up a jeweller's on Bridge Street on Friday.",
        )
    )
    texts = {"Five masked men", "Five armed men", "Four masked men"}
    assert ("conflicts", False, texts) in entries, entries


# ------------------------------------------------------------ rates and durations


def test_a_length_per_span_of_time_is_a_speed(make):
    q = _one(make, "The probe passed the moon at about 24 kilometres per second.")
    assert (q.dimension, q.unit) == ("speed", "m/s")
    assert q.value == pytest.approx(24000.0)
    q = _one(make, "The glacier crept forward 30 feet a day.")
    assert q.dimension == "speed"
    assert q.value == pytest.approx(30 * 0.3048 / 86400)


def test_speeds_in_other_units_are_compared(make_ctx):
    entries = _entries(
        make_ctx(
            "The probe passed the moon at about 24 kilometres per second.",
            "The probe passed the moon at more than 70,000 mph.",
        )
    )
    assert entries == [
        (
            "conflicts",
            False,
            {"about 24 kilometres per second", "more than 70,000 mph"},
        )
    ]


def test_durations_told_with_synonymous_verbs_are_one_slot(make_ctx):
    entries = _entries(
        make_ctx(
            "The relief crew will remain on the rig for at least four weeks, the operator said.",
            "Storm waves tore away railings on Tuesday night, and the union said after divers "
            "checked the legs that the relief crew would stay aboard for at least three months.",
        )
    )
    assert ("conflicts", False, {"at least four weeks", "at least three months"}) in entries


# ------------------------------------------------------------ updates


def test_an_update_title_naming_another_set_revises_nothing():
    ctx = _story(
        (
            "Harbour Wire",
            "2026-05-04T08:00:00Z",
            "Bakery chain Loafco enters administration",
            "Loafco, which runs 220 bakeries, entered administration on Monday, putting "
            "4,000 jobs at risk.",
        ),
        (
            "Harbour Wire",
            "2026-05-04T18:00:00Z",
            "UPDATE 2-Loafco to shut 35 bakeries, 600 jobs to go",
            "Administrators said on Monday evening that 35 unprofitable bakeries would close "
            "next week with the loss of 600 jobs.",
        ),
    )
    assert not [e for e in _entries(ctx) if e[1]], _entries(ctx)


def test_a_count_by_a_later_night_is_an_update_not_a_conflict():
    ctx = _story(
        (
            "County Times",
            "2026-05-04T09:00:00Z",
            "Sinkhole swallows car park",
            "The council said it had received more than 400 complaints about the noise.",
        ),
        (
            "Valley Post",
            "2026-05-05T08:00:00Z",
            "Sinkhole: what we know",
            "Residents had lodged over 1,100 complaints about the noise by Monday night, "
            "the council said.",
        ),
    )
    assert _entries(ctx) == [
        ("conflicts", True, {"more than 400 complaints", "over 1,100 complaints"})
    ]


# ------------------------------------------------------------ one outlet, one source


def test_an_outlet_and_its_own_update_corroborate_nothing():
    ctx = _story(
        (
            "Coastline Wire",
            "2026-05-04T08:00:00Z",
            "Ferry runs aground off Tarn Point",
            "The ferry struck a sandbank off Tarn Point at 4:20 a.m.",
        ),
        (
            "Coastline Wire",
            "2026-05-04T15:00:00Z",
            "UPDATE 1-Ferry refloated off Tarn Point",
            "Passengers were thrown from their bunks when the vessel hit the bank at 4:20 "
            "a.m.; tugs refloated it at high tide.",
        ),
    )
    assert not [e for e in _entries(ctx) if e[0] == "corroborated"], _entries(ctx)


def test_a_distance_away_is_no_range_unless_a_target_is_reached(make):
    q = _one(make, "The stolen lorry was found abandoned four miles away the next morning.")
    assert q.measure == "distance"
    q = _one(make, "The rockets can hit targets up to 80 km away.")
    assert q.measure == "range"


# ------------------------------------------------------------ "about" a figure of two digits


def test_about_a_two_digit_figure_strays_a_few_units_of_its_last_digit(make_ctx):
    entries = _entries(
        make_ctx(
            "The mill employs about 7,900 people, the union said.",
            "The mill employs 7,600 people, its owners said.",
        )
    )
    assert ("conflicts", False, {"about 7,900 people", "7,600 people"}) in entries, entries
    entries = _entries(
        make_ctx(
            "The mill employs about 1,200 people, the union said.",
            "The mill employs 1,150 people, its owners said.",
        )
    )
    assert ("corroborated", False, {"about 1,200 people", "1,150 people"}) in entries, entries
