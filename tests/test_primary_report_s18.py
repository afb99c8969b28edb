"""Session 18: an article whose lead weighs two or more outlets' reports rests on none of
them alone; one outlet named in full and by its initials is one outlet (held-out s17 kind 14:
an analysis said to "rest on one report" of the outlets it compares). Texts written for
these tests."""

from __future__ import annotations

from consilience.provenance import extract_attributions, primary_report

WEIGHING = (
    "Brenmoor's boil-water notice is over, but how many homes it touched depends on whom "
    "you ask. The Coastline News Agency reported 18,000 homes; the Eastside Echo reported "
    "nearer 25,000. Either way the cafes on Mill Street are open again."
)
RETELLING = (
    "A boil-water notice for 18,000 homes in Brenmoor was lifted on Thursday, the Coastline "
    "News Agency reported. CNA said a burst main had let river water into the supply."
)


def test_a_lead_weighing_two_outlets_rests_on_neither(make):
    a = make(WEIGHING, "analysis")
    assert primary_report(extract_attributions(a), a) is None


def test_a_lead_citing_one_outlet_twice_rests_on_it(make):
    a = make(RETELLING, "retelling")
    assert primary_report(extract_attributions(a), a) == "The Coastline News Agency"
