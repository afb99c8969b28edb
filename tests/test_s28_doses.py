"""Doses are masses, not counts of what they are doses of (issue #12, kind 6): found on
held-out s28, where "packs labelled 5 mg could contain 10 mg tablets" was read as 5 and
10 tablets and shown as a disputed number of tablets. Tested on sentences written for
these tests."""

from __future__ import annotations

import pytest

from consilience.quantities import extract_quantities
from consilience.reconcile import build_quantities


@pytest.mark.parametrize(
    ("text", "surface", "value", "dimension"),
    [
        ("The nurse gave her 20mg of the drug.", "20mg", 2e-05, "mass"),
        ("Each 40 milligram capsule is blue.", "40 milligram", 4e-05, "mass"),
        ("The vial holds 250 ml of vaccine.", "250 ml", 0.00025, "volume"),
        ("A dose of 500 micrograms was given.", "500 micrograms", 5e-07, "mass"),
    ],
)
def test_a_dose_is_read_with_its_unit(make, text, surface, value, dimension) -> None:
    found = {q.text: q for q in extract_quantities(make(text))}
    assert surface in found, found
    q = found[surface]
    assert q.dimension == dimension and q.value == pytest.approx(value), q


def test_two_strengths_of_one_pack_are_no_conflict(make_ctx) -> None:
    ctx = make_ctx(
        "Orvane recalled three batches of its heart pills after packs labelled 5 mg were "
        "found to hold 10 mg tablets.",
        "Packs of Orvane's heart pills marked 5 mg may contain 10 mg tablets, the agency said.",
        "Orvane said three batches were affected and that patients should check for 10 mg "
        "tablets in packs labelled 5 mg.",
    )
    conflicts = build_quantities(ctx)["conflicts"]
    assert not [
        c
        for c in conflicts
        if c.get("dimension") in ("mass", "count")
        and {r["value"] for r in c["readings"]} & {5, 10, 5e-06, 1e-05}
    ], conflicts


def test_its_after_a_product_is_the_company(make) -> None:
    # "its Tenzadil pills" is the company's product, so the later "its shares" is the
    # company's share price (held-out s28: the fall was owned by the drug, and split)
    text = (
        "Marlow Biotech pulled four batches of its Tenzadil pills on Tuesday, and its "
        "shares fell as much as 7% in early trading."
    )
    moves = [q for q in extract_quantities(make(text)) if q.dimension == "percentage"]
    assert moves and moves[0].entity == "Marlow Biotech", moves
