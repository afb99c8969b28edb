"""Figures and dates read wrong on heldout_s43 after its first run (session 46), each kind
tested on sentences written for these tests (none is a sentence of a held-out set):

- a figure inside the subject of a verb of coming down ("a bell *of nearly 900 kilos*
  dropped through the floor") measures what came down; it is no figure that changed, so a later
  report of another weight is a dispute, not an update;
- a length a verb of coming down takes ("the bell fell *6.9 metres*") is how far a thing
  came down, not a change of a figure: against another length it is a dispute;
- "one" after a determiner or adjective with no noun after it ("the new one will be on
  the wall") stands for a noun said before and counts nothing;
- a frequency with no noun subject is the frequency of its verb's act ("it was wound three
  times a week": wind; "scaffold inspected daily": inspect), so two acts' frequencies are
  no dispute;
- a sum that fills a record's field is named by the field's label ("Salary: £38,000 to
  £42,000 a year": salary), so it never joins a sum the sentences name otherwise
  ("takings from the boathouse café of £44,100");
- the closing day of a stretch of days ("married between 1 October 2040 *and 15 February
  2041*") dates no act of its own, and the opening day is read whatever the tagger takes
  into its entity ("*between* 1 October 2040", "7 February *to*").
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, dated_conflicts, figures_of

from consilience.dates import range_end
from consilience.model import Article


def _dated(bench, *pairs: tuple[str, str]) -> list[dict]:
    return dated_conflicts(bench, *pairs)


def _of(conflicts: list[dict], *texts: str) -> list[dict]:
    return [c for c in conflicts if {r["text"] for r in c["readings"]} & set(texts)]


BELL = [
    (
        "2039-03-02T09:00:00+00:00",
        "The bell, about 400 kg of bronze, fell from its frame on Sunday. The headstock split.",
    ),
    (
        "2039-03-05T09:00:00+00:00",
        "A bell near on 400 kilos falling twenty feet is no small thing. The headstock split "
        "on Sunday.",
    ),
    (
        "2039-03-09T09:00:00+00:00",
        "That morning the headstock split, and a bell of nearly 900 kilos dropped through the "
        "floor.",
    ),
    (
        "2039-03-12T09:00:00+00:00",
        "The bell was lifted out on Wednesday and weighed 400 kg.",
    ),
]


def test_weight_of_what_came_down_is_a_dispute_not_an_update(bench):
    found = _of(_dated(bench, *BELL), "nearly 900 kilos")
    assert found and not any(c.get("update") for c in found)


def test_distance_a_thing_fell_is_a_dispute_not_an_update(bench):
    found = _dated(
        bench,
        (
            "2039-03-05T09:00:00+00:00",
            "A bell near on 400 kilos falling twenty feet is no small thing. The headstock split "
            "on Sunday.",
        ),
        (
            "2039-03-12T09:00:00+00:00",
            "The headstock split on Sunday, and the bell, which we have had weighed at 400 kg, "
            "fell 6.9 metres to the floor of the tower.",
        ),
    )
    fall = _of(found, "twenty feet", "6.9 metres")
    assert fall and not any(c.get("update") for c in fall)


def test_one_standing_for_a_noun_counts_nothing(make_ctx):
    text = (
        "Volunteers glazed 350 mugs for the fair. Your first mug mattered, and the new one "
        "will be on the stall. A bigger one is planned for spring."
    )
    assert [q.value for q in figures_of(make_ctx, text)] == [350.0]


def test_guard_one_before_a_noun_still_counts(make_ctx):
    text = "Only one mug survived the firing. She signed a one-year lease on the studio."
    values = sorted(q.value for q in figures_of(make_ctx, text))
    assert values[0] == 1.0 and len(values) == 2


def test_closing_day_of_a_stretch_dates_no_act(bench):
    found = conflicts_of(
        bench,
        "date",
        "Tenants who moved in between 3 March 2040 and 19 July 2040 must sign a new lease. "
        "The housing office apologised.",
        "Every tenant who moved in after 3 March 2040 was given the wrong lease, the housing "
        "office said.",
        published="2040-09-01",
    )
    assert found == []


def test_range_end():
    text = "Couples married between 1 October 2040 and 15 February 2041 may apply."
    assert range_end(text, text.index("15 February"))
    assert not range_end(text, text.index("1 October"))
    other = "The hall was shut from 2 May to 9 May. It reopened on 10 May."
    assert range_end(other, other.index("9 May"))
    assert not range_end(other, other.index("10 May"))


def test_frequencies_of_two_acts_are_no_dispute(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The organ at St Brede's is old. For thirty years it was tuned by hand, twice a month, "
        "by a retired teacher.",
        "Method statement for the organ. Working at height: ladders inspected daily; gloves worn "
        "in the organ loft.",
        published="2040-09-01",
    )
    assert found == []


def test_guard_frequencies_of_one_act_still_dispute(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The organ at St Brede's is old. For thirty years it was tuned by hand, twice a month, "
        "by a retired teacher.",
        "St Brede's has an old organ. Until last year it was tuned by hand every week by a "
        "retired teacher.",
        published="2040-09-01",
    )
    assert any({"twice a month", "every week"} <= {r["text"] for r in c["readings"]} for c in found)


def _days(text: str, published: str) -> list[str]:
    from consilience.analyse import analyse
    from consilience.dates import extract_dates

    art = Article(id="t0", source="t0.txt", text=text, outlet="o0.example", published=published)
    return sorted(m.date for m in extract_dates(next(iter(analyse([art])))))


def test_opening_day_of_a_stretch_is_read():
    days = _days(
        "The ferry was off the water from 4 June to 19 July 2041 while its engines were "
        "replaced. Crossings made between 2 August 2041 and 9 August 2041 ran late.",
        "2039-01-10",
    )
    assert "2041-06-04" in days and "2041-08-02" in days


def test_opening_days_of_two_stretches_dispute(bench):
    found = conflicts_of(
        bench,
        "date",
        "The ferry was off the water from 4 June to 19 July 2041 while its engines were "
        "replaced, the operator said.",
        "The ferry was taken off the water on 4 June 2041 so that its engines could be replaced.",
        "The ferry was taken off the water on 11 June 2041 so that its engines could be "
        "replaced, islanders said.",
        published="2041-09-01",
    )
    assert any("4 June" in " ".join(r["text"] for r in c["readings"]) for c in found)


POST = (
    "Job title: Manager, Wyre Boathouse\n\nSalary: £36,000 to £41,000 a year, plus pension\n\n"
    "You will run the boathouse café and the hire fleet."
)


def test_field_label_names_a_sum(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Income for the year includes cash takings from the boathouse café and shop of £44,100. "
        "The trust kept no till records.",
        POST,
        published="2040-09-01",
    )
    assert found == []


def test_guard_one_sum_named_by_label_and_sentence_disputes(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The trust advertised the manager's post with a salary of £48,000 a year. The trust "
        "kept no till records.",
        POST,
        published="2040-09-01",
    )
    assert any("£48,000" in {r["text"] for r in c["readings"]} for c in found)
