"""Conflicts misread on the held-out set heldout_s48 (session 51), each kind tested on
sentences written for these tests (none is a sentence of a held-out set):

- "no warning horn was sounded before the explosion" denies the sounding in the window it
  was due in: a "before" of a verb in the past is no bound that puts the act off ("the road
  will not reopen before June" still is one);
- a verb of the causative alternation told without an object ("the warning horn sounded")
  and in the passive of that thing ("no warning horn was sounded") speaks of one thing, so
  the two are a fact conflict, never one consensus line;
- a bare role of a body ("the operator", "the company") may be the body another article
  names, so "the operator stopped all work" and "Halvern said it had stopped all work" do
  not dispute who did it;
- "almost 40 times the limit" reaches down to 36 times, so "38 times the limit" agrees;
- a count "of them" is a part of a whole its article gave before it ("212 traders have
  lost their permits, and we have heard from 58 of them"), in whatever slot that whole is;
- a relative clause on "every" or "all" ("every driver who paid a fine") says which ones
  are meant, not that anyone paid; a date bounding such a class ("every fine issued since
  1 January") dates no act;
- a figure stated as a norm ("a full inspection takes about 90 minutes") is not a reading
  of the story's event ("some inspections lasted 15 minutes"), while two readings of the
  event still dispute.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, dated_conflicts

DAY = "2043-06-02"


def _doc(text: str):
    from consilience.analyse import load_nlp

    return load_nlp()(text)


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


def test_a_past_verb_denied_before_an_event_is_denied():
    from consilience.denied_matter import repeat_only

    doc = _doc("No warning horn was sounded before the explosion.")
    assert not repeat_only(_verb(doc, "sound"))


def test_guard_a_plan_put_off_before_a_day_is_a_bound():
    from consilience.denied_matter import repeat_only

    doc = _doc("The council said the road will not reopen before June.")
    assert repeat_only(_verb(doc, "reopen"))


SOUNDED = (
    "The warning horn sounded two minutes before firing, as usual, and our staff checked "
    "that the site was clear."
)
NOT_SOUNDED = (
    "No warning horn was sounded before the explosion, according to several families on "
    "Mill Row, who say they heard nothing until the bang."
)


def _cited(conflict: dict, texts: dict[str, str]) -> list[str]:
    return [
        texts[r["citation"]["article"]][r["citation"]["start"] : r["citation"]["end"]]
        for r in conflict["readings"]
    ]


def _dated_facts(bench, *pairs: tuple[str, str]) -> list[list[str]]:
    texts = {f"t{i}": t for i, (_, t) in enumerate(pairs)}
    found = dated_conflicts(bench, *pairs)
    return [_cited(c, texts) for c in found if c["kind"] == "fact"]


def test_the_horn_sounded_and_no_horn_was_sounded_are_a_fact_conflict(bench):
    pairs = (("2043-06-02T09:00:00+00:00", SOUNDED), ("2043-06-06T09:00:00+00:00", NOT_SOUNDED))
    cited = _dated_facts(bench, *pairs)
    assert any(
        any("horn sounded" in x for x in c) and any("No warning horn" in x for x in c)
        for c in cited
    )


def test_guard_two_denials_of_a_leak_are_no_conflict(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The coastguard said no diesel had leaked.",
        "No diesel leaked from the barge, harbour officials said.",
        published=DAY,
    )
    assert not found


def test_a_bare_role_of_a_body_is_no_second_doer(bench):
    pairs = (
        (
            "2043-06-02T09:00:00+00:00",
            "Halvern Aggregates said it had stopped all digging at the pit and would pay for "
            "every repair.",
        ),
        (
            "2043-06-09T09:00:00+00:00",
            "The Council understands that the operator has voluntarily stopped all digging at "
            "the pit since the landslip, and that the inspectors are also investigating.",
        ),
    )
    found = [c for c in dated_conflicts(bench, *pairs) if c["kind"] == "fact"]
    assert not [c for c in found if "who did it" in c["subject"]]


def _disputed(bench, figure: str, *texts: str) -> bool:
    """Whether a quantity conflict of the brief of ``texts`` reads ``figure``."""
    found = conflicts_of(bench, "quantity", *texts, published=DAY)
    return any(figure in r["text"] for c in found for r in c["readings"])


def test_almost_forty_times_agrees_with_thirty_eight_times(bench):
    assert not _disputed(
        bench,
        "40 times",
        "Samples from the stream held nitrate at 38 times the legal limit.",
        "Tests found nitrate in the stream at almost 40 times the legal limit.",
        "The water board found nitrate at 38 times the legal limit in the stream.",
    )


NORM = (
    "Inspectors at the Dunmere depot checked the buses in March. A full safety inspection "
    "takes about 90 minutes."
)
SHORT = "Some of the depot's bus inspections in March lasted only 15 minutes, the audit found."
SHORT_TOO = "The audit found that the shortest bus inspections at Dunmere lasted 15 minutes."


def test_a_norm_is_no_reading_of_the_event(bench):
    assert not _disputed(bench, "90 minutes", NORM, SHORT, SHORT_TOO)


def test_guard_two_readings_of_the_event_still_dispute(bench):
    other = "The shortest bus inspections at the Dunmere depot in March lasted 35 minutes."
    assert _disputed(bench, "35 minutes", NORM, SHORT, SHORT_TOO, other)


def test_a_part_of_them_is_no_count_of_the_whole(bench):
    assert not _disputed(
        bench,
        "58",
        "The council has cancelled the permits of 140 market traders.",
        "By our count 212 traders have now lost their permits, and we have heard from 58 of them.",
        "The council said 140 traders had lost their permits.",
    )


def test_every_one_who_paid_is_no_statement_that_one_paid(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The regulator told the operator to refund every driver who paid a fine issued "
        "during the fault.",
        "Our records show the fine was issued on 4 May and has not been paid.",
        published=DAY,
    )
    assert not found


def test_a_date_bounding_every_act_of_a_kind_dates_none(bench):
    pairs = (
        (
            "2043-06-02T09:00:00+00:00",
            "(c) Review by hand every fine issued at any of your car parks since 1 January "
            "2043 with a recorded stay of more than a day.",
        ),
        (
            "2043-06-06T09:00:00+00:00",
            "The fine was issued on 4 May 2043 and has not been paid or appealed.",
        ),
    )
    assert not [c for c in dated_conflicts(bench, *pairs) if c["kind"] == "date"]
