"""Session 18 figure kinds, on sentences written for these tests: "new" beside an act that
makes or acquires its object (no increment), ..."""

from __future__ import annotations

import pytest
from test_figures_s16 import _entries, _story


def _figs(make, text: str):
    from consilience.quantities import extract_quantities

    return extract_quantities(make(text))


def _one(make, text: str, needle: str):
    found = [q for q in _figs(make, text) if needle in q.text]
    assert len(found) == 1, [(q.text, q.value) for q in _figs(make, text)]
    return found[0]


# ------------------------------------------------------------ "new" of an act's object


@pytest.mark.parametrize(
    "text, needle",
    [
        ("The ferry line is purchasing 14 new hybrid vessels from a Polish yard.", "14"),
        ("The council will build 350 new council homes on the old depot site.", "350"),
        ("About 2,300 new posts will be created at the plant, the minister said.", "2,300"),
    ],
)
def test_new_things_an_act_makes_or_acquires_are_its_figure(make, text, needle):
    from consilience.quantities import qualifier_kind

    q = _one(make, text, needle)
    assert qualifier_kind(q) != "increment"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Health officials reported 41 new infections in the district overnight.", "41"),
        ("Rescuers pulled three more survivors from the rubble on Friday.", "three"),
    ],
)
def test_new_and_more_of_a_tally_stay_increments(make, text, needle):
    from consilience.quantities import qualifier_kind

    assert qualifier_kind(_one(make, text, needle)) == "increment"


def test_a_count_of_new_things_bought_disputes_another_reports_count():
    ctx = _story(
        ("Wire", "2026-03-02", "Halvik Rail has ordered 40 electric trains from Tessin."),
        ("Paper", "2026-03-02", "Halvik Rail agreed to order 40 electric trains on Monday."),
        ("TV", "2026-03-02", "Halvik Rail is buying 32 new electric trains from Tessin."),
    )
    conflicts = [texts for kind, upd, texts in _entries(ctx) if kind == "conflicts" and not upd]
    assert any("32 new electric trains" in t for texts in conflicts for t in texts), _entries(ctx)
