"""Dates (session 22): a named weekend as a date, and a deadline as an upper bound.
Sentences written for these tests (a meteorite find, a council closing libraries, a port
dredging its channel), not from the annotated sets.

* "last weekend" is the Saturday and Sunday of the week before the report's (Monday-based
  weeks): a day outside it ("on Sunday 8 March" in a paper of Thursday 19 March) dates the
  same find differently; "on Saturday" in a Monday paper lies inside it.
* "by the end of June 2027" bounds an act from above: one library closing "on 4 February"
  is inside the bound, no conflict; two bounds of one act ("by June" / "by March") are.
"""

from __future__ import annotations

import pytest


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def _span(text: str, date: str):
    from consilience.analyse import load_nlp

    doc = load_nlp()(text)
    k = text.index(date)
    return doc.char_span(k, k + len(date), alignment_mode="expand")


def _dates(conflicts) -> list[set[str]]:
    return [{r["value"] for r in c["readings"]} for c in conflicts if c["kind"] == "date"]


@pytest.mark.parametrize(
    ("published", "words", "week"),
    [
        ("2026-03-19", "last weekend", "2026-03-09"),  # a Thursday: the weekend of 14-15 March
        ("2026-03-16", "last weekend", "2026-03-09"),  # a Monday: the weekend just gone
        ("2026-03-22", "last weekend", "2026-03-09"),  # a Sunday: this weekend is "this weekend"
        ("2026-03-17", "this weekend", "2026-03-16"),
        ("2026-03-17", "next weekend", "2026-03-23"),
    ],
)
def test_a_named_weekend_is_the_week_it_falls_in(published, words, week):
    import datetime as dt

    from consilience.dates import resolve_span

    text = f"The hikers were rescued {words}, the coastguard said."
    span = _span(text, words)
    got = resolve_span(span, dt.date.fromisoformat(published))
    assert got is not None and (got.date, got.precision) == (week, "week")


def test_a_weekend_without_a_deictic_is_no_date():
    import datetime as dt

    from consilience.dates import resolve_span

    text = "Volunteers cleared the beach over the weekend."
    assert resolve_span(_span(text, "the weekend"), dt.date(2026, 3, 17)) is None


def test_a_day_outside_last_weekend_is_a_date_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "A fragment of a meteorite was first found on Sunday 8 March by a farmer, "
            "Joe Hill, who called the museum. Experts have since weighed it.",
            "b": "The meteorite fragment, which weighs 3 kilograms, was discovered last "
            "weekend by a schoolboy walking his dog, the Gazette understands.",
        },
        "2026-03-19",
    )
    assert {"2026-03-08", "2026-03-09"} in _dates(out["conflicts"]), out["conflicts"]


def test_a_day_inside_last_weekend_agrees(bench):
    out = _timeline(
        bench,
        {
            "a": "A fragment of a meteorite was found on Saturday by a farmer, Joe Hill, "
            "who called the museum.",
            "b": "The meteorite fragment was discovered last weekend by a farmer walking his dog.",
        },
        "2026-03-16",
    )
    assert not _dates(out["conflicts"]), out["conflicts"]


def test_last_week_and_a_day_are_still_not_compared(bench):
    """ "last week" is a loose span (news says it of eight days ago): only a weekend is
    compared with a day."""
    out = _timeline(
        bench,
        {
            "a": "A fragment of a meteorite was first found on Sunday 8 March by a farmer.",
            "b": "The meteorite fragment was discovered last week by a schoolboy.",
        },
        "2026-03-19",
    )
    assert not _dates(out["conflicts"]), out["conflicts"]


@pytest.mark.parametrize(
    ("text", "date", "bound"),
    [
        ("The port will finish dredging by 30 June 2027.", "30 June 2027", True),
        ("The port will finish dredging before March 2027.", "March 2027", True),
        ("The dredging must be done no later than 2028, the board said.", "2028", True),
        ("The port will finish dredging on 30 June 2027.", "30 June 2027", False),
        ("The port has dredged the channel since 2019.", "2019", False),
    ],
)
def test_a_deadline_is_read_from_its_preposition(text, date, bound):
    from consilience.date_deadlines import deadline_date

    assert deadline_date(_span(text, date)) is bound


def test_inside_a_deadline():
    from consilience.date_deadlines import inside_deadline

    whole, part = {"library": True}, {"library": False}
    assert inside_deadline(("2027-06", True, whole), ("2027-02-04", False, part))
    assert inside_deadline(("2027-02-04", False, part), ("2027-06-30", True, whole))
    assert not inside_deadline(("2027-06", True, whole), ("2027-09-04", False, part))  # after
    assert not inside_deadline(("2027-06", True, whole), ("2027-03", True, whole))  # two bounds
    assert not inside_deadline(("2027-06", False, whole), ("2027-03", False, part))  # two points
    # a point of the whole act, not of a member: still compared
    assert not inside_deadline(("2033", True, {"rise": False}), ("2032", False, {"rise": False}))
    assert not inside_deadline(("2033", True, {}), ("2032", False, {"age": False}))


@pytest.mark.parametrize(
    ("text", "date", "numbers"),
    [
        (
            "The council will shut 12 of its 30 libraries by 2027.",
            "2027",
            {"council": False, "library": True},
        ),
        ("The Elm Road library will shut on 4 February.", "4 February", {"library": False}),
        (
            "The port will finish dredging by 30 June 2027.",
            "30 June 2027",
            {"port": False, "dredging": False},
        ),
    ],
)
def test_the_number_of_the_acts_arguments(text, date, numbers):
    from consilience.date_deadlines import argument_numbers
    from consilience.dates import governing_verb

    assert argument_numbers(governing_verb(_span(text, date))) == numbers


def test_a_point_of_the_whole_act_before_its_deadline_is_still_a_conflict(bench):
    """News says "by 2033" of the year a change ends: "will be complete by 2033" and "will
    be complete in 2031" of one change disagree."""
    out = _timeline(
        bench,
        {
            "a": "The new Harwell tram line will be complete by 2033, the transport authority "
            "said on Monday.",
            "b": "The new Harwell tram line will be complete in 2031, according to the city.",
        },
        "2026-10-07",
    )
    assert {"2033", "2031"} in _dates(out["conflicts"]), out["conflicts"]


def test_one_closure_inside_the_deadline_of_all_is_no_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Ostbridge council will shut 12 of its 30 libraries by the end of June 2027 "
            "to save money, the council said on Wednesday.",
            "b": "Ostbridge council said it would be shutting 12 libraries by 30 June 2027.",
            "c": "The Elm Road library, which opened in 1971, will shut on 4 February, the "
            "Post has learned.",
        },
        "2026-10-07",
    )
    assert not [d for d in _dates(out["conflicts"]) if "2027-02-04" in d], out["conflicts"]


def test_two_deadlines_of_one_act_are_a_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Ostbridge council will shut 12 of its 30 libraries by the end of June 2027 "
            "to save money, the council said on Wednesday.",
            "c": "The Elm Road library, which opened in 1971, will shut on 4 February, the "
            "Post has learned.",
            "d": "Ostbridge council is to shut 12 libraries by March 2027, union officials said.",
        },
        "2026-10-07",
    )
    found = _dates(out["conflicts"])
    assert any({"2027-06", "2027-03"} <= d for d in found), out["conflicts"]
    assert not [d for d in found if "2027-02-04" in d], out["conflicts"]
