"""False readings of one kind each, found on heldout_s38 (session 41) and tested here on
sentences written for these tests (none is a sentence of a held-out set).

Figures:
- what would have been ("Had the alarm not sounded, the fire would have destroyed 40
  homes") is no reading of what was; a reported future perfect ("said 300 jobs would have
  gone by June") still is;
- a time since an event ("It is almost three weeks since the dam failed") counts to the
  moment of writing, so two articles written apart never dispute it; how long a state
  lasted ("has been shut for two years") is a reading.

Statements (a denied word and an asserted one of different participants):
- other recipients: "No warning letter has been sent to the school" / "sent a warning
  letter to the contractor";
- a role denied: "paid to the parish, not to the charity" / "The charity organised the
  fete";
- an elided subject: "Was not taken to hospital." in a note about one dancer / "Three
  dancers were taken to hospital";
- an unresolved object: "I have not deducted it" / "A processing fee is deducted from
  each gift";
- a possessor: "the production's own crew" asserts no act of producing.

Dates:
- a stamped line of a message log ("[Tue 7 Mar, 08:10] ... closed today") counts "today"
  from its stamp, not from the day the log was published;
- "pupils in Years 7, 8 and 9" names year groups, no date seven years from now;
- "On the evening of Friday 19 May, the lift dropped" dates the drop, not an "evening";
- "received a two-year sentence on 3 March" dates the sentencing, as "was given a two-year
  sentence on 2 March" does: one act on two days;
- "the boiler exploded" on one day and "a wall collapsed when the boiler exploded" on
  another date one explosion.

Updates:
- an appeal's total told as the total so far ("has raised £2,100 so far", a week later "has
  now raised £3,400") moves on; two totals with no such word dispute each other.

Guards (pass on the starting code too): the reported future perfect, the state's length,
a denial and an assertion of one recipient.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, figures_of

from consilience import dates


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2031-03-10")


def _figure(make_ctx, text: str, words: str):
    return next(q for q in figures_of(make_ctx, text) if words in text[q.start : q.end + 10])


# --------------------------------------------------------------------------- figures


def test_what_would_have_been_is_no_reading(bench, make_ctx):
    text = "Had the alarm not sounded, the fire would have destroyed 40 homes."
    assert _figure(make_ctx, text, "40").qualifier == "reference"
    reported = "The union said 300 jobs would have gone by June."
    assert _figure(make_ctx, reported, "300").qualifier != "reference"  # guard
    found = _conflicts(
        bench,
        "quantity",
        "Had the alarm at Dray Lane not sounded, the fire would have destroyed 40 homes.",
        "The fire at Dray Lane destroyed 12 homes, the fire service said.",
    )
    assert found == []


def test_time_since_an_event_is_no_reading(bench, make_ctx):
    text = "It is almost three weeks since the Kelder dam failed."
    assert _figure(make_ctx, text, "three weeks").qualifier == "reference"
    lasting = "The Kelder bridge has been shut for two years."
    assert _figure(make_ctx, lasting, "two years").qualifier != "reference"  # guard
    found = _conflicts(
        bench,
        "quantity",
        "It is almost three weeks since the Kelder dam failed above the village.",
        "It has been five weeks since the Kelder dam failed above the village.",
    )
    assert found == []


# --------------------------------------------------------------------------- statements


def test_other_recipients_are_no_dispute(bench, make_ctx):
    from consilience.denial_arguments import apart

    found = _conflicts(
        bench,
        "fact",
        "The council sent a warning letter to the contractor, Harl Roofing.",
        "No warning letter has been sent to the school, the head teacher said.",
    )
    assert found == []
    one = make_ctx("No warning letter has been sent to the school.").analysis("a0").doc
    two = make_ctx("The council sent a warning letter to the school.").analysis("a0").doc
    assert apart(one[5], two[2]) is None  # guard: one recipient, denied and asserted


def test_a_role_denied_is_denied_in_that_role_only(bench):
    found = _conflicts(
        bench,
        "fact",
        "The grant was paid to the parish of Ebbing, not to the charity.",
        "The charity organised the Ebbing summer fete, which raised £900.",
    )
    assert found == []


def test_a_note_with_no_subject_speaks_of_its_person(bench):
    found = _conflicts(
        bench,
        "fact",
        "Cast report. Lena Vane treated at the scene for a sprained ankle. Was not taken to "
        "hospital.",
        "Three dancers were taken to hospital after the stage lift failed.",
    )
    assert found == []


def test_a_pronoun_object_names_no_matter(bench):
    found = _conflicts(
        bench,
        "fact",
        "The club also raised £4,000 from its members. That money came from the members, "
        "and I have not deducted it.",
        "A processing fee of 2% is deducted from each gift to the club.",
    )
    assert found == []


def test_a_possessor_is_no_act(bench):
    found = _conflicts(
        bench,
        "fact",
        "The stage lift was built by the production's own crew.",
        "No load test of the stage lift was produced to the inspectors.",
    )
    assert found == []


# --------------------------------------------------------------------------- dates


def _dated(make_ctx, text: str, published: str) -> dict[str, str]:
    ctx = make_ctx(text, published=[published])
    return {m.text: m.date for m in dates.extract_dates(ctx.analysis("a0"))}


def test_a_stamped_line_counts_from_its_stamp(make_ctx):
    text = (
        "Messages to residents\n\n"
        "[Tue 7 Mar, 08:10] Council: the Dray Lane depot is closed today.\n\n"
        "[Thu 9 Mar, 17:30] Council: the depot will reopen tomorrow."
    )
    found = _dated(make_ctx, text, "2031-03-12")
    assert found["today"] == "2031-03-07"
    assert found["tomorrow"] == "2031-03-10"


def test_year_groups_are_no_dates(make_ctx):
    text = "From Monday 23 June, pupils in Years 7, 8 and 9 will be taught at the Ebbing campus."
    found = _dated(make_ctx, text, "2031-06-18")
    assert all("Year" not in words for words in found)
    assert found.get("Monday 23 June") == "2031-06-23"


def test_a_stretch_of_the_day_is_no_act(make_ctx):
    from consilience.date_act_lexicon import act_head

    text = "On the evening of Friday 19 May, the stage lift at the Corn Hall dropped two metres."
    doc = make_ctx(text).analysis("a0").doc
    span = next(e for e in doc.ents if "Friday" in e.text)
    assert act_head(dates.event_verb(span), span).lemma_ == "drop"


def test_a_sentence_received_is_the_sentencing(bench):
    found = _conflicts(
        bench,
        "date",
        "On Thursday 2 March, Dean Morrow was given a two-year sentence for the thefts from the "
        "rowing club.",
        "On 3 March Dean Morrow received a two-year sentence for the thefts from the rowing club.",
    )
    assert [sorted(r["value"] for r in c["readings"]) for c in found] == [
        ["2031-03-02", "2031-03-03"]
    ]


def test_an_appeals_total_moves_on(bench):
    from consilience.brief import build_brief
    from consilience.model import Article

    texts = (
        ("The roof appeal for Saint Aldric's church has raised £2,100 so far, the vicar said.",
         "2031-04-01"),
        ("Saint Aldric's roof appeal has now raised £3,400 from 120 donors.", "2031-04-08"),
        ("The roof appeal for Saint Aldric's church has now raised £4,050.", "2031-04-20"),
    )  # fmt: skip
    arts = [
        Article(id=f"t{i}", source=f"t{i}.txt", text=t, outlet=f"o{i}.example", published=p)
        for i, (t, p) in enumerate(texts)
    ]
    brief = build_brief(bench.build_context(arts))
    money = [c for c in brief["conflicts"] if c["kind"] == "quantity"]
    assert [c["update"] for c in money] == [True]
    same_day = _conflicts(
        bench,
        "quantity",
        "The roof appeal for Saint Aldric's church has raised £2,100, the vicar said.",
        "The roof appeal for Saint Aldric's church raised £3,400, the treasurer said.",
    )
    assert [c["update"] for c in same_day] == [False]  # guard: no word that it moved


def test_a_when_clause_dates_its_act_too(bench):
    found = _conflicts(
        bench,
        "date",
        "On Tuesday 4 March the boiler at the Ebbing swimming pool exploded, the council said.",
        "On Wednesday 5 March a wall of the Ebbing swimming pool collapsed when the boiler "
        "exploded.",
    )
    assert [sorted(r["value"] for r in c["readings"]) for c in found] == [
        ["2031-03-04", "2031-03-05"]
    ]
