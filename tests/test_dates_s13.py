"""Dates (issue #12, s13): entering a state is one act whatever the verb of becoming ("fell
ill" / "became ill" / "got sick"): the adjective names the act, so one onset given two days
by two articles is a date conflict, one timeline line marked disputed. Sentences written
for these tests (a cruise ship, a summer camp)."""

from __future__ import annotations

import pytest
from conftest import timeline_of

from consilience.date_act_lexicon import act_head


@pytest.mark.parametrize(
    "sentence, verb, act",
    [
        ("The first passengers fell ill on Monday with fever.", "fell", "ill"),
        ("The first campers became ill on Sunday, June 7.", "became", "ill"),
        ("The cook fell sick on Friday.", "fell", "sick"),
        ("Shares fell sharply on Monday.", "fell", "fell"),
        ("Prices fell further on Friday.", "fell", "fell"),
    ],
)
def test_a_verb_of_becoming_dates_the_state_it_enters(nlp, sentence, verb, act):
    doc = nlp(sentence)
    pred = next(t for t in doc if t.text == verb)
    assert act_head(pred).text == act


def test_one_onset_on_two_days_is_one_disputed_line():
    tl = timeline_of(
        {
            "a": (
                "Forty passengers on the cruise ship Maren Star have a stomach bug. "
                "The first passengers fell ill last Monday with fever and vomiting, the "
                "operator said."
            ),
            "b": (
                "A stomach bug has spread among passengers on the Maren Star. The first "
                "passengers became ill on Tuesday, May 5, according to the port doctor."
            ),
        }
    )
    ill = [e for e in tl["timeline"] if " ill " in e["text"]]
    assert len(ill) == 1, ill
    assert ill[0].get("disputed") is True
    assert sorted(d["date"] for d in ill[0]["dates"]) == ["2026-05-04", "2026-05-05"]
    assert any(c["kind"] == "date" for c in tl["conflicts"])


@pytest.mark.parametrize(
    "sentence, tally",
    [
        ("A spokesman said all of its depots had passed safety checks this year.", True),
        ("The ferry line has carried 90,000 passengers so far this year.", True),
        ("Ticket sales fell sharply earlier this year.", False),
        ("The operator will retire two ferries this year.", False),
        ("The operator sold two ferries this year.", False),
    ],
)
def test_a_tally_over_the_year_so_far_dates_no_act(nlp, sentence, tally):
    from consilience.dates import _date_spans, year_so_far

    span = next(s for s in _date_spans(nlp(sentence)) if "year" in s.text)
    assert year_so_far(span) is tally


def test_a_tally_over_the_year_so_far_makes_no_timeline_line():
    tl = timeline_of(
        {
            "a": (
                "The Skarn ferry ran aground on Tuesday. The operator said all of its ships "
                "had passed safety checks this year."
            )
        }
    )
    assert not [e for e in tl["timeline"] if "safety checks" in e["text"]], tl["timeline"]
