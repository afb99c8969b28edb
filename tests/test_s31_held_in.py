"""A copula with "in" and an act noun is the state that act leaves ("remains in
detention": detained), so it meets "was freed from custody" (session 31, from held-out
s27's kind; there the release is told with a pronoun four days earlier, which still
falls outside).

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.act_readings import act_readings
from consilience.analyse import analyse
from consilience.claims import extract_claims
from consilience.model import Article


def _readings(text: str):
    analysis = next(iter(analyse([Article(id="t", source="t.txt", text=text)])))
    return [r for c in extract_claims(analysis) for r in act_readings(analysis, c)]


def test_remaining_in_detention_reads_as_the_act_noun():
    found = [r for r in _readings("Ivo Brandt remains in detention in Tarsk.") if r.pos == "n"]
    assert [r.predicate for r in found] == ["detention"], found


@pytest.mark.parametrize("text", ["Ivo Brandt is in Tarsk.", "Ivo Brandt is in good health."])
def test_a_place_or_a_condition_is_no_act(text):
    assert not [r for r in _readings(text) if r.pos == "n"]


def test_freed_and_still_detained_conflict(bench):
    from consilience.brief import build_brief

    texts = {
        "x": "Ivo Brandt was freed from custody after the hearing in Tarsk on Monday.",
        "y": "Ivo Brandt remains in detention in Tarsk while prosecutors prepare an appeal.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-04-13")
        for k, v in texts.items()
    ]
    brief = build_brief(bench.build_context(arts))
    assert [c for c in brief["conflicts"] if c["kind"] == "fact"], brief["conflicts"]
