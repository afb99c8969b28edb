"""Dates missed on older held-out sets (session 48), each kind tested on sentences written
for these tests (none is a sentence of a held-out set):

- two scenes set on a date by a "when" clause that tells one happening ("were crossing the
  moor on 12 March *when a blizzard swept in*" / "was guiding walkers on 13 March *when a
  blizzard swept in*") date that happening: two days are a date conflict. A date opening
  its sentence dates the main clause whatever the parser hangs it on;
- a span of years set after a noun by a comma or a bracket ("parish registers, 1650 to
  1899") is what a thing covers, not when an act happened: no year reading; a verb's
  years ("was town clerk from 1998 until 2004") still date its act.
"""

from __future__ import annotations

from brief_fixtures import dated_conflicts


def _dates(found: list[dict]) -> list[dict]:
    return [c for c in found if c["kind"] == "date"]


#: a scene on 12 March set by a "when" clause
CROSSING = (
    "2040-03-20T09:00:00+00:00",
    "On 12 March 2040 thirty walkers from Harrow Vale Rambling Club were crossing "
    "Tarnside Moor with two leaders when a sudden blizzard swept in from the north.",
)


def _guiding(when: str) -> tuple[str, str]:
    """A scene on 13 March set by the "when" clause ``when``."""
    return (
        "2040-04-02T09:00:00+00:00",
        "On the morning of Friday 13 March 2040, Aled Price was guiding thirty walkers "
        f"across Tarnside Moor when {when}.",
    )


def test_two_scenes_of_one_when_happening(bench):
    found = _dates(
        dated_conflicts(bench, CROSSING, _guiding("a sudden blizzard swept in from the north"))
    )
    assert found and {r["value"] for r in found[0]["readings"]} >= {"2040-03-12", "2040-03-13"}


def test_guard_two_when_happenings_are_two_events(bench):
    found = _dates(
        dated_conflicts(bench, CROSSING, _guiding("a heath fire broke out near the path"))
    )
    assert found == []


def test_years_a_thing_covers_are_no_dates(nlp):
    from consilience.year_readings import article_years

    doc = nlp(
        "The strongroom holds the parish registers, 1650 to 1899, and tithe maps (1838-1842)."
    )
    assert article_years("t0", doc, 2043) == []


def test_guard_a_verbs_span_of_years_dates_it(nlp):
    from consilience.year_readings import article_years

    doc = nlp("Edwin Marsh was town clerk from 1998 until 2004.")
    assert [r.year for r in article_years("t0", doc, 2043)] == [1998, 2004]
