"""Dates (session 18, fix d): an earlier occurrence of the story's act told on "the" and a
bare noun ("the painting was last stolen in 1988" / "the work was previously stolen in
1985") points back to the story's one thing, whatever noun each writer picks: one earlier
act dated differently, a date conflict and one disputed timeline line. Articles written for
these tests (a painting taken from a gallery); the rule's limits are checked on mention dicts."""

from __future__ import annotations

from consilience import dates
from consilience.brief import build_brief
from consilience.model import Article

#: a landscape taken from a gallery; each article dates its earlier theft differently
GALLERY = {
    "a": (
        "A landscape by Henry Marsh was stolen from the Riverside Gallery in Leeds, police "
        "said on Tuesday. The painting was last stolen in 1988 and turned up at a market."
    ),
    "b": (
        "Thieves have taken Henry Marsh's landscape from the Riverside Gallery in Leeds. The "
        "work was previously stolen in 1985, gallery records show."
    ),
}


def _prior(thing: str, things: set[str]) -> dict:
    """A mention dict of an earlier theft of ``thing`` (as :func:`dates._mentions` has it)."""
    return {
        "prior": True, "last": None, "planned": False, "act": frozenset({"steal"}),
        "when_act": frozenset(), "things": frozenset(things), "thing": thing,
        "places": set(), "agents": set(), "objects": set(things), "series": set(),
        "kinds": set(), "ents": set(),
    }


def test_two_bare_back_references_are_one_thing():
    painting, work = _prior("the painting", {"painting"}), _prior("the work", {"work"})
    assert dates._same_prior(painting, work, 0.6)


def test_a_qualified_thing_stays_another_thing():
    # "the east gate" names which one: another thing than "the painting"
    painting, gate = _prior("the painting", {"painting"}), _prior("the east gate", {"gate"})
    assert not dates._same_prior(painting, gate, 0.6)


def test_an_earlier_theft_dated_two_ways_is_one_disputed_line(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-03-11")
        for k, t in GALLERY.items()
    ]
    brief = build_brief(bench.build_context(arts))
    found = [c for c in brief["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, found
    assert sorted(r["value"] for r in found[0]["readings"]) == ["1985", "1988"]
    rows = [r for r in brief["timeline"] if r.get("disputed")]
    assert len(rows) == 1 and sorted(rows[0]["articles"]) == ["a", "b"], rows
