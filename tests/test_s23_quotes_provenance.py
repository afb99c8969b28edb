"""Provenance (session 23): an outlet credited for one noun phrase's detail by a
participle ("The £20m loss, first reported by the Varde Courier, …") is that detail's
source; the article does not rest on its report. An outlet credited with a clause in the
lead ("…, the Varde Courier reported") still is the report it rests on.

Texts written for these tests (orchestras, fines, harbours)."""

from __future__ import annotations

from consilience.provenance import extract_attributions, primary_report


def _rests_on(make, text: str) -> str | None:
    a = make(text)
    return primary_report(extract_attributions(a), a)


def test_a_figure_first_reported_by_an_outlet(make):
    text = (
        "The Halden orchestra's season is apparently in trouble. The £3 million deficit, first "
        "reported by the Varde Courier, has forced the board to cancel the spring tour. "
        "Players say morale is low."
    )
    assert _rests_on(make, text) is None


def test_a_figure_reported_at_by_an_outlet(make):
    text = (
        "The harbour authority has been fined. The penalty, reported at some 80 million "
        "euros by the Nordic Press Agency, is the largest in the regulator's history."
    )
    assert _rests_on(make, text) is None


def test_a_lead_clause_credited_to_an_outlet_still_rests_on_it(make):
    """Precision: the lead's news, reported by an outlet, is that outlet's report."""
    text = (
        "The Halden orchestra will cancel its spring tour, the Varde Courier reported on "
        "Monday. Players say morale is low."
    )
    assert _rests_on(make, text) == "The Varde Courier"
