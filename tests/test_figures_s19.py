"""Session 19 figure kinds, on sentences written for these tests: match scores ("a 3-1
win") and standings told without a noun ("finished 9th", "climbed to No. 2")."""

from __future__ import annotations

import pytest
from test_figures_s16 import _entries, _story


def _figs(make, text: str):
    from consilience.quantities import extract_quantities

    return extract_quantities(make(text))


def _conflicts(ctx) -> list[set[str]]:
    return [texts for kind, upd, texts in _entries(ctx) if kind == "conflicts" and not upd]


# ------------------------------------------------------------ scores


@pytest.mark.parametrize(
    "text, score",
    [
        ("The Harriers clinched the cup with a 3-1 win over Dunmere on Sunday.", "3-1"),
        ("Okoro's side lost 2-0 at home to the league leaders.", "2-0"),
        ("Petrova took the rapid playoff 2.5-1.5 after six hours of play.", "2.5-1.5"),
    ],
)
def test_a_match_score_is_one_figure_of_both_sides(make, text, score):
    from consilience.figure_scores import SCORE

    found = [q for q in _figs(make, text) if q.dimension == SCORE]
    assert [q.text for q in found] == [score], [(q.text, q.dimension) for q in _figs(make, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The tour lasts 10-12 days and costs 900 euros.",  # a range rises
        "The 4-6 6-3 7-5 win took Hale into the semi-finals.",  # a match set by set
        "The court ruled 6-3 that the law was valid.",  # the sides of a vote
    ],
)
def test_ranges_sets_and_votes_are_no_score(make, text):
    from consilience.figure_scores import SCORE

    assert not [q.text for q in _figs(make, text) if q.dimension == SCORE]


def test_two_scores_of_one_match_are_a_conflict():
    ctx = _story(
        ("Wire", "2026-04-12", "Dunmere beat the Harriers 3-1 in the cup final on Saturday."),
        ("Paper", "2026-04-12", "The Harriers' 3-1 loss to Dunmere ended their cup run."),
        ("Blog", "2026-04-12", "Dunmere's 2-1 victory over the Harriers sealed the cup."),
    )
    assert any("2-1" in t and "3-1" in t for t in _conflicts(ctx)), _entries(ctx)


# ------------------------------------------------------------ standings


@pytest.mark.parametrize(
    "text, place",
    [
        ("The draw left the Harriers 9th in the second tier.", 9),
        ("Dunmere now lie 12th, two points clear of the drop.", 12),
        ("Petrova will climb to No. 2 in the world rankings on Monday.", 2),
        ("The Ostvik crew finished fourth in the regatta.", 4),
    ],
)
def test_a_standing_without_its_noun_is_a_position(make, text, place):
    from consilience.figure_forms import STANDING

    found = [q for q in _figs(make, text) if q.unit == STANDING]
    assert [q.value for q in found] == [place], [(q.text, q.unit) for q in _figs(make, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The festival opens on the 17th with a parade.",
        "The firm celebrated its 50th with a party for staff.",
        "Police first arrived at the scene shortly after midnight.",
    ],
)
def test_days_anniversaries_and_order_words_are_no_standing(make, text):
    from consilience.figure_forms import STANDING

    assert not [q.text for q in _figs(make, text) if q.unit == STANDING]


def test_two_standings_told_with_other_verbs_are_a_conflict():
    ctx = _story(
        ("Wire", "2026-04-12", "Saturday's draw left the Harriers 9th in the second tier."),
        ("Paper", "2026-04-12", "After the draw the Harriers sit 10th in the second tier."),
        ("Blog", "2026-04-12", "The Harriers are 9th in the table after the draw."),
    )
    assert any("10th" in t for t in _conflicts(ctx)), _entries(ctx)


# ------------------------------------------------------------ per member of a group


@pytest.mark.parametrize(
    "text, needle",
    [
        ("The board will be shared by the two towns, six seats each.", "six"),
        ("The two finalists were given four minders apiece.", "four"),
        ("Each region will send four delegates to the summit.", "four"),
    ],
)
def test_a_figure_per_member_of_a_group_is_no_total(make, text, needle):
    from consilience.reconcile import slot_key

    found = [q for q in _figs(make, text) if needle in q.text]
    assert len(found) == 1 and slot_key(found[0]) is None, [
        (q.text, q.qualifier) for q in _figs(make, text)
    ]


def test_a_unit_price_each_stays_a_price(make):
    from consilience.reconcile import slot_key

    found = [q for q in _figs(make, "Tickets for the final cost 40 pounds each.") if "40" in q.text]
    assert len(found) == 1 and slot_key(found[0]) is not None


def test_a_share_each_is_not_disputed_by_the_total():
    ctx = _story(
        ("Wire", "2026-05-03", "The new board has 12 seats, split between the two towns."),
        ("Paper", "2026-05-03", "The board is shared by the two towns, six seats each."),
    )
    assert not _conflicts(ctx), _entries(ctx)


def test_a_match_told_set_by_set_gives_no_score_conflict():
    ctx = _story(
        ("Wire", "2026-06-07", "Hale beat Orlov 7-5 in the deciding set to take the title."),
        (
            "Blog",
            "2026-06-07",
            "Orlov took the opener 6-2. Hale levelled by winning the second 6-4.",
        ),
    )
    assert not [t for t in _conflicts(ctx) if any("-" in x for x in t)], _entries(ctx)


# ------------------------------------------------------------ a service coming back


@pytest.mark.parametrize(
    "text",
    [
        "Water was back in every tap in Selby by 9 p.m., the utility said.",
        "Crews reconnected the final streets at 21:40.",
        "The rail line was reinstated at 4.15pm after the signal repair.",
    ],
)
def test_the_clock_of_a_service_coming_back_is_its_restoration(make, text):
    from consilience.reconcile import measure_class

    times = [q for q in _figs(make, text) if q.dimension == "time of day"]
    assert len(times) == 1 and measure_class(times[0]) == "restored", [
        (q.text, q.measure) for q in times
    ]


def test_restoration_times_told_with_other_verbs_are_one_clock():
    ctx = _story(
        (
            "Wire",
            "2026-02-10",
            "Water was back in every home in Selby by about 9 p.m., the utility said.",
        ),
        ("Utility", "2026-02-10", "Our crews reconnected the final streets at 21:05."),
        ("Paper", "2026-02-11", "Supply in Selby was not fully restored until around 2am."),
    )
    assert any("around 2am" in t for t in _conflicts(ctx)), _entries(ctx)


# ------------------------------------------------------------ a range is no point reading


def test_a_range_set_in_advance_never_joins_a_price_paid():
    ctx = _story(
        (
            "Wire",
            "2026-03-04",
            "Tellwood priced its shares at 15 euros, the top of a range of 12 to 15 euros.",
        ),
        ("Blog", "2026-03-04", "Tellwood shares opened at 17.20 euros in Milan on Wednesday."),
    )
    assert not [t for t in _conflicts(ctx) if "12 to 15 euros" in t], _entries(ctx)


# ------------------------------------------------------------ a lower bound sits near its figure


def test_a_lower_bound_disputes_a_figure_half_again_as_large():
    ctx = _story(
        (
            "Council",
            "2026-01-20",
            "The road was shut for a little over two hours while crews cleared the mud.",
        ),
        ("Paper", "2026-01-21", "The road was shut for three hours while crews cleared the mud."),
    )
    assert any("three hours" in t for t in _conflicts(ctx)), _entries(ctx)


def test_a_lower_bound_agrees_with_a_figure_just_above_it():
    ctx = _story(
        (
            "Council",
            "2026-01-20",
            "The road was shut for more than two hours while crews cleared the mud.",
        ),
        (
            "Paper",
            "2026-01-21",
            "The road was shut for two and a half hours while crews cleared the mud.",
        ),
    )
    assert not _conflicts(ctx), _entries(ctx)


# ------------------------------------------------------------ a price at the open or close


def test_a_price_at_the_open_is_not_the_offer_price():
    ctx = _story(
        (
            "Wire",
            "2026-03-04",
            "Tellwood sold its shares to investors at 15 euros in the offering.",
        ),
        ("Blog", "2026-03-04", "Tellwood shares opened at 17.20 euros in Milan on Wednesday."),
    )
    assert not [t for t in _conflicts(ctx) if "17.20 euros" in t], _entries(ctx)
