"""Provenance (session 17): an outlet cited again by its initials is the same outlet.

Texts written for these tests."""

from __future__ import annotations

from consilience.provenance import extract_attributions


def test_an_outlets_initials_cite_that_outlet(make):
    text = (
        "The Nordic Press Agency said the port was shut.\n\n"
        "Three men remain in custody, prosecutors said, according to NPA."
    )
    cites = [
        (a.source, a.kind) for a in extract_attributions(make(text)) if a.cue == "according to"
    ]
    assert cites == [("The Nordic Press Agency", "outlet")]


def test_initials_of_no_outlet_stay_as_written(make):
    text = "Four dockers were hurt, according to the IWU, the dockers' union."
    cites = [a.source for a in extract_attributions(make(text))]
    assert "The Nordic Press Agency" not in cites
