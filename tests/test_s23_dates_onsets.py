"""Dates (session 23): the onset of a story's one rule told by a noun that refers back to the
event ("the change comes into force in June", "the measure will apply from March"). Sentences
written for these tests (a smoking ban, a tuition-fee rise, a fishing quota), not from the
annotated sets.
"""

from __future__ import annotations

import pytest


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def _dated(out) -> list[dict]:
    return [c for c in out["conflicts"] if c["kind"] == "date"]


def test_resolve_anaphors_reads_the_one_rule():
    from consilience.date_onsets import Onset, resolve_anaphors

    ban, change = Onset("ban", frozenset()), Onset("change", frozenset())
    town = Onset("harwick", frozenset(), proper=True)
    got = resolve_anaphors([ban, None, change, town])
    assert got[2] == Onset("ban", frozenset()) and got[3] == town and got[1] is None


@pytest.mark.parametrize(
    "onsets",
    [
        # two rules named: "the change" could be either
        [("ban", ()), ("fee", ()), ("change", ())],
        # the anaphor tells its own thing ("the change to parking fees")
        [("ban", ()), ("change", ("fee",))],
        # no rule named at all
        [("change", ()), ("measure", ())],
    ],
)
def test_resolve_anaphors_leaves_unclear_ones(onsets):
    from consilience.date_onsets import Onset, resolve_anaphors

    given = [Onset(h, frozenset(m)) for h, m in onsets]
    assert resolve_anaphors(given) == given


def test_a_ban_and_the_measure_dated_apart_are_a_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Lindholm's parliament on Wednesday passed a ban on smoking in playgrounds. "
            "The ban will take effect on 1 March 2027, the health ministry said.",
            "b": "Smoking in playgrounds will be outlawed in Lindholm. Lawmakers approved the "
            "ban on Wednesday, and it comes into force on 1 March 2027.",
            "c": "Parents welcomed the vote. The measure, backed by all parties, will only "
            "come into force in September 2027, officials conceded.",
        },
        "2026-11-19",
    )
    found = [c for c in _dated(out) if any(r["value"] == "2027-09" for r in c["readings"])]
    assert len(found) == 1, out["conflicts"]
    assert found[0]["outliers"] == ["c"], found


def test_the_change_in_reported_speech_against_the_fee_rise(bench):
    out = _timeline(
        bench,
        {
            "a": "Tuition fees at Osterby's universities will rise by 8%. The higher fee "
            "takes effect from the autumn term of 2027, the ministry said on Monday.",
            "b": "Students protested outside the ministry on Monday. The change would come into "
            "effect from January 2028, a spokesman told reporters.",
        },
        "2026-11-16",
    )
    assert len(_dated(out)) == 1, out["conflicts"]


def test_two_rules_and_an_anaphor_are_no_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Vessa's council voted on Monday for a ban on diesel buses and a new fishing "
            "quota. The ban takes effect on 1 March 2027.",
            "b": "Vessa's fishing quota will be cut by a third. The quota applies from 1 July 2027.",
            "c": "Fishermen are unhappy. The change comes into force in June 2027, the council "
            "said.",
        },
        "2026-11-16",
    )
    assert not _dated(out), out["conflicts"]


def test_a_pronoun_onset_is_read_as_the_one_rule():
    from consilience.date_onsets import Onset, resolve_anaphors

    it = Onset("", frozenset(), pronoun=True)
    got = resolve_anaphors([Onset("curfew", frozenset()), it])
    assert got[1] == Onset("curfew", frozenset())
    # two rules named: the pronoun stays unread, no onset of any thing
    two = [Onset("curfew", frozenset()), Onset("levy", frozenset()), it]
    assert resolve_anaphors(two)[2] == it


def test_a_curfew_and_it_dated_apart_are_a_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Marlow's council backed a night curfew for under-16s on Monday. The curfew "
            "takes effect on 1 May 2027, the council said.",
            "b": "Councillors in Marlow approved a night curfew for teenagers on Monday. It "
            "applies from 1 June 2027, the mayor told reporters.",
        },
        "2026-11-17",
    )
    assert len(_dated(out)) == 1, out["conflicts"]
