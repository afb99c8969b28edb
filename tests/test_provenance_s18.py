"""Provenance (session 18): an act not done cites nobody; a lead that weighs two outlets'
reports rests on neither.

* "still has to be confirmed by X", "has not been confirmed by X", "X would confirm":
  X has said nothing, so the sentence is no citation of X;
* an analysis that opens by setting one outlet's figure against another's rests on no
  one report (a "via" or "citing" relay still rests on the outlet relayed).

Texts written for these tests (comets, ferries)."""

from __future__ import annotations

import pytest

from consilience.provenance import extract_attributions, primary_report


@pytest.mark.parametrize(
    "text",
    [
        "The comet's orbit still has to be confirmed by the European Space Agency.",
        "The orbit has not been confirmed by the European Space Agency.",
        "The European Space Agency would not confirm the orbit on Friday.",
    ],
)
def test_an_act_not_done_cites_nobody(make, text):
    assert [a.source for a in extract_attributions(make(text))] == []


def test_a_done_act_still_cites_its_source(make):
    text = "The orbit was confirmed by the European Space Agency on Friday."
    assert [a.source for a in extract_attributions(make(text))] == ["European Space Agency"]


def test_a_lead_weighing_two_outlets_rests_on_neither(make):
    text = (
        "How many ferries will stop is not settled. The Baltic Wire Service reported 14 "
        "crossings would go, while the broadcaster Radio Kystland reported nine.\n\n"
        "Either way, the islands will lose their winter link."
    )
    analysis = make(text)
    assert primary_report(extract_attributions(analysis), analysis) is None


def test_a_lead_resting_on_one_outlet_rests_on_it(make):
    text = (
        "Fourteen winter crossings to the islands will go, the Baltic Wire Service "
        "reported on Monday.\n\nThe islands will lose their winter link."
    )
    analysis = make(text)
    assert primary_report(extract_attributions(analysis), analysis) == "The Baltic Wire Service"
