"""Dates (session 22): the day a rule takes effect, told with other verbs ("takes effect on",
"will apply from", "to come into force in", "From <date>, drivers will pay"). Sentences
written for these tests (a congestion charge, a speed limit, parking fees, a museum), not from
the annotated sets.
"""

from __future__ import annotations

import pytest


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def _onset(text: str, date: str):
    from consilience.analyse import load_nlp
    from consilience.date_onsets import onset
    from consilience.dates import governing_verb

    doc = load_nlp()(text)
    k = text.index(date)
    span = doc.char_span(k, k + len(date), alignment_mode="expand")
    return onset(span, governing_verb(span))


@pytest.mark.parametrize(
    ("text", "date", "head"),
    [
        ("The congestion charge takes effect on 1 April 2027.", "1 April 2027", "charge"),
        ("The levy will come into force in October 2027.", "October 2027", "levy"),
        (
            "Vans are exempt from the charge, which will apply from next April.",
            "next April",
            "charge",
        ),
        (
            "The charge appears, according to the published text, to enter into force only in "
            "October 2027.",
            "October 2027",
            "charge",
        ),
        ("From 1 April 2027, drivers will pay 12 euros a day.", "1 April 2027", "driver"),
    ],
)
def test_an_onset_and_its_thing(text, date, head):
    got = _onset(text, date)
    assert got is not None and got.head == head


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The museum will be open from 3 May to 9 June.", "3 May"),
        ("The charge will be debated in October 2027.", "October 2027"),
    ],
)
def test_no_onset(text, date):
    assert _onset(text, date) is None


def test_two_bans_of_other_things_are_two_onsets():
    from consilience.date_onsets import Onset, same_onset

    ban = Onset("ban", frozenset())
    assert same_onset(ban, Onset("ban", frozenset({"beach"})))
    assert not same_onset(Onset("ban", frozenset({"terrace"})), Onset("ban", frozenset({"beach"})))
    assert not same_onset(ban, Onset("levy", frozenset()))
    assert not same_onset(Onset("", frozenset()), Onset("", frozenset()))


def test_one_rule_taking_effect_on_two_dates_is_a_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Tarvik's council voted on Monday for a congestion charge for the old town. "
            "The charge, which also covers delivery vans, takes effect on 1 April 2027. "
            "Drivers will pay 12 euros a day.",
            "b": "Tarvik approved a congestion charge on Monday. Motorbikes are not covered by "
            "the charge, which will apply from next April.",
            "c": "What happens next is less clear. The charge on cars, vans and lorries appears, "
            "according to the final text published overnight, to come into force only in "
            "October 2027, not in spring as officials had said.",
        },
        "2026-11-16",
    )
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, out["conflicts"]
    values = {r["article"]: r["value"] for r in found[0]["readings"]}
    assert values["c"] == "2027-10" and values["a"] == "2027-04-01", found
    assert found[0]["outliers"] == ["c"], found


def test_onsets_of_two_rules_are_no_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Tarvik's council voted on Monday for a lower speed limit in the old town. The "
            "speed limit takes effect on 1 March 2027.",
            "b": "Tarvik's council voted on Monday for higher parking fees in the old town. The "
            "parking fees will come into force in June 2027.",
        },
        "2026-11-16",
    )
    assert not [c for c in out["conflicts"] if c["kind"] == "date"], out["conflicts"]
