"""Session 21 fixes of figure conflicts, on stories written for these tests: a side of a
vote is counted exactly (no rounding margin for a bare tally), a display keeps enough
digits to show two figures apart, and an interval's ends are shown rounded."""

from __future__ import annotations

from figure_fixtures import items_of as _items
from figure_fixtures import story as _story
from figure_fixtures import with_text as _with


def test_a_bare_tally_ending_in_zero_is_exact():
    """ "70 against" is seventy councillors, not 65-75: a third article's "72 against"
    disputes it rather than agreeing within rounding."""
    ctx = _story(
        ("Shire Wire", "2026-02-11T10:00:00+00:00", "The county council backed the incinerator plan by 95 votes to 70 on Wednesday evening."),
        ("County Echo", "2026-02-11T12:00:00+00:00", "Councillors approved the incinerator plan by 95 votes to 70 after a long debate."),
        ("Valley Radio", "2026-02-11T15:00:00+00:00", "The incinerator plan was passed by 93 votes to 72 at County Hall."),
    )  # fmt: skip
    # the tally against disputes the other two (a conflict, or none beside the conflict
    # over the tally in favour that it mirrors), never a corroboration within rounding
    for e in _with(_items(ctx), "72"):
        assert "agree within rounding" not in e["explanation"], e["explanation"]
    assert [e for e in _with(_items(ctx), "93") if "no majority" not in e["explanation"]]


def test_a_hedged_tally_keeps_its_margin():
    from consilience.model import Quantity
    from consilience.reconcile import FOR, Reading, _exact_tallies

    q = Quantity("a", 0, 9, "about 70", 70.0, "", "count", 65.0, 75.0, qualifier="about")
    r = Reading(q, 0, None, "A", (65.0, 75.0))
    assert _exact_tallies(("count", "vote", FOR, None), [r])[0].interval == (65.0, 75.0)
    bare = Reading(Quantity("a", 0, 2, "70", 70.0, "", "count", 65.0, 75.0), 0, None, "A",
                   (65.0, 75.0))  # fmt: skip
    lo, hi = _exact_tallies(("count", "vote", FOR, None), [bare])[0].interval
    assert 69.4 < lo < 70 < hi < 70.6


def test_small_masses_are_shown_apart():
    """ "about 240 grams" and "about 90 grams" in one slot never both read "0.2 kg"."""
    from consilience.model import Quantity
    from consilience.reconcile import human_scale, normalized

    a = Quantity("a", 0, 9, "about 240 grams", 0.24, "kg", "mass", 0.216, 0.264, "about")
    b = Quantity("b", 0, 9, "about 90 grams", 0.09, "kg", "mass", 0.081, 0.099, "about")
    scale = human_scale("mass", 0.24)
    assert normalized(a, scale) != normalized(b, scale)
    assert normalized(a, scale) == "240 g"
    big = Quantity("c", 0, 9, "about 1.4 kilograms", 1.4, "kg", "mass", 1.26, 1.54, "about")
    assert normalized(big, human_scale("mass", 1.4)) == "1.4 kg"
    assert normalized(a, (1.0, "kg")) == "0.24 kg"


def test_an_interval_is_printed_with_round_ends():
    from consilience.model import Quantity
    from consilience.reconcile import _fmt_range

    q = Quantity("a", 0, 9, "3.4 billion km", 3.4e12, "m", "length")
    shave = 1e11 * 1e-6
    text = _fmt_range(q, 3.35e12 + shave, 3.45e12 - shave, (1000.0, "km"))
    assert text == "3,350,000,000 km to 3,450,000,000 km", text


#: an update whose live blog gave the figure twice: its morning entry (superseded) and its
#: evening entry (the latest), both rows of one article that is in the majority
_BLOG_UPDATE = {
    "kind": "quantity",
    "subject": "people rescued",
    "update": True,
    "majority": ["blog"],
    "outliers": [],
    "superseded": ["wire"],
    "readings": [
        {"article": "wire", "text": "nine", "value": 9, "latest": False},
        {"article": "blog", "text": "eleven", "value": 11, "latest": False},
        {"article": "blog", "text": "15", "value": 15, "latest": True},
    ],
}


def test_an_update_row_is_flagged_by_its_own_latest():
    from consilience.charts import reading_status

    got = [reading_status(_BLOG_UPDATE, r) for r in _BLOG_UPDATE["readings"]]
    assert got == ["superseded", "superseded", "latest"]


def test_the_sheet_and_the_markdown_flag_the_row_not_the_article():
    from consilience.render_csv import _reading_fields
    from consilience.render_md import _reading_flag

    roles = [_reading_fields(_BLOG_UPDATE, r)["role"] for r in _BLOG_UPDATE["readings"]]
    assert roles == ["superseded", "superseded", "latest"]
    flags = [_reading_flag(_BLOG_UPDATE, r, set()) for r in _BLOG_UPDATE["readings"]]
    assert flags == ["superseded", "superseded", "**latest**"]


def test_posts_at_one_plant_are_not_the_posts_worldwide():
    """A site's share of the cuts and the cuts worldwide are two properties (their
    scopes: "at its assembly plant in Delmore" and "worldwide"), not 300 against 900."""
    ctx = _story(
        ("Auto Wire", "2026-06-01T08:00:00+00:00", "The carmaker said on Monday it would shed 900 posts worldwide as it shrinks its van business."),
        ("Delmore News", "2026-06-01T12:00:00+00:00", "About 300 of the posts will go at its assembly plant in Delmore, the carmaker said."),
        ("Trade Daily", "2026-06-01T16:00:00+00:00", "About 300 of the posts will go at the assembly plant in Delmore, Halvard Motors said on Monday."),
    )  # fmt: skip
    for e in _items(ctx):
        texts = " ".join(r["text"] for r in e["readings"])
        assert not ("900" in texts and "300" in texts), e["explanation"]


def test_scopes_read_off_the_parse(make):
    from consilience.figure_scopes import SITE, WHOLE, one_scope, scope

    def of(text: str, number: str):
        doc = make(text).doc
        i = next(t.i for t in doc if t.text == number)
        return scope(doc[i : i + 2])

    assert of("The chain will close 40 stores nationwide next year.", "40") == WHOLE
    assert of("Scotland could lose as many as 250 jobs, the union warned.", "250") == "scotland"
    assert of("About 120 of the jobs will go at the depot in Bristol.", "120") == "bristol"
    assert of("The chain will close 40 stores next year.", "40") is None
    assert one_scope(SITE, "bristol") and not one_scope(WHOLE, "bristol")
    assert one_scope("kasra", "kasra province") and not one_scope("kasra", "ulm")


def test_a_charge_is_not_a_saving():
    """A one-off charge and the yearly savings are two sums, however alike the sentences:
    the savings' 40 against 30 million is the disagreement, the 12 million charge no part of it."""
    ctx = _story(
        ("Air Wire", "2026-04-02T08:00:00+00:00", "Norska Air expects the new timetable to save €40 million a year and will book a restructuring charge of about €12 million in the second quarter."),
        ("Norska Air", "2026-04-02T07:00:00+00:00", "We expect the new timetable to deliver annual savings of around €40 million and to record a restructuring charge of €10-14 million."),
        ("Flight Ledger", "2026-04-03T09:00:00+00:00", "Internal papers put the yearly saving at €30 million, against the €40 million the airline announced."),
    )  # fmt: skip
    for e in _items(ctx):
        texts = " ".join(r["text"] for r in e["readings"])
        assert not ("12 million" in texts and ("40 million" in texts or "30 million" in texts)), e["explanation"]  # fmt: skip


def test_a_sum_set_against_the_announced_one_is_a_reference(make):
    from consilience.quantities import extract_quantities

    qs = extract_quantities(make("Internal papers put the yearly saving at €30 million, against the €40 million the airline announced."))  # fmt: skip
    ref = {q.text: q.qualifier == "reference" for q in qs}
    assert ref.get("€30 million") is False and any(v for k, v in ref.items() if "40" in k), ref


def test_a_skippers_service_is_not_the_firms_years_on_the_lake():
    """ "Our skipper, who has sailed with us for nine years" and "We have sailed on this
    lake for thirty years" are two lengths of experience (the skipper's, the firm's)."""
    ctx = _story(
        ("Lake Tours", "2026-07-04T09:00:00+00:00", "Our skipper, who has sailed with us for nine years, is safe and is helping the investigators."),
        ("Lakeside Post", "2026-07-04T18:00:00+00:00", "\"We have sailed on this lake for thirty years and never lost a boat,\" the owner of Lake Tours said."),
    )  # fmt: skip
    for e in _items(ctx):
        texts = " ".join(r["text"] for r in e["readings"])
        assert not ("nine years" in texts and "thirty years" in texts), e["explanation"]


def test_doers_read_off_the_parse(make):
    from consilience.figure_doers import doer

    def of(text: str, word: str):
        doc = make(text).doc
        i = next(t.i for t in doc if t.text == word)
        return doer(doc[i : i + 2])

    assert of("Our skipper, who has sailed with us for nine years, is safe.", "nine") == "skipper"
    assert of("We have run trips on this lake for thirty years.", "thirty") == "we"
    assert of("Pelle Varg has sailed the lake for nine years.", "nine") is None  # a name
    assert of("The skipper sailed for nine hours before the storm.", "nine") is None


def test_the_doer_of_a_perfect_verb_of_seeing(make):
    from consilience.figure_doers import doer

    doc = make("I have watched the ferries cross the bay for sixteen years.").doc
    i = next(t.i for t in doc if t.text == "sixteen")
    assert doer(doc[i : i + 2]) == "i"


def test_sums_named_by_two_nouns_are_two_sums():
    """The nouns a sentence names its sums by ("a restructuring charge of", "annual
    savings of") tell two sums apart; "prize money of" and "a prize of" are one."""
    from consilience.reconcile import _two_sums

    ctx = _story(
        ("Air Wire", "2026-04-02T08:00:00+00:00", "Norska Air will book a restructuring charge of about €12 million. It expects annual savings of around €40 million."),
        ("Sail Wire", "2026-04-02T09:00:00+00:00", "She wins prize money of €200,000. The runner-up receives a prize of €150,000."),
    )  # fmt: skip
    qs = {q.text: q for e in ctx.extractions.values() for q in e.quantities}
    charge = [q for t, q in qs.items() if "12" in t]
    saving = [q for t, q in qs.items() if "40" in t]
    money = [q for t, q in qs.items() if "200,000" in t]
    prize = [q for t, q in qs.items() if "150,000" in t]
    assert charge and saving and money and prize, sorted(qs)
    assert _two_sums(ctx, charge, saving)
    assert not _two_sums(ctx, money, prize)


def test_a_narrow_interval_keeps_its_figure():
    """An exact count's interval (half a unit each side, shaved) reads as the count, and a
    whole number is never cut to its first digit ("aged 3" for 30.5)."""
    from consilience.model import Quantity
    from consilience.reconcile import _fmt, _fmt_range

    q = Quantity("a", 0, 1, "seven divers", 7.0, "", "count", noun="diver")
    assert _fmt_range(q, 6.5 + 1e-6, 7.5 - 1e-6, None) == "7 divers"
    assert _fmt(40.5, 0) in ("40", "41") and _fmt(30.4, 0) == "30"
