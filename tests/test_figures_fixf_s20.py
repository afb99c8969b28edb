"""Session 20 fixes of figures a fact-checker's stories showed, on stories written for these
tests: a count whose verb names an event read beside counts of the same things whose verb
names none (so a clear majority is seen), "half a mile" read as a distance, and an
update's steps told in each article's own figure and unit."""

from __future__ import annotations

from figure_fixtures import items_of as _items
from figure_fixtures import story as _story
from figure_fixtures import with_text as _with


def test_animals_that_left_are_counted_with_those_that_escaped():
    """"left their paddock" names an event ("displaced"), "escaped" none: one count of
    ponies all the same, where two articles give five and one gives six."""
    ctx = _story(
        ("Farm Office", "2026-05-03T08:00:00+00:00", "Five Shetland ponies left their paddock at Greyholm Farm on Sunday night after a gate blew open."),
        ("Dale Times", "2026-05-03T11:00:00+00:00", "Six ponies escaped from Greyholm Farm on Sunday night after a gate blew open."),
        ("Moor Gazette", "2026-05-03T15:00:00+00:00", "Five ponies escaped from Greyholm Farm on Sunday night when a gate blew open."),
    )  # fmt: skip
    [entry] = _with(_items(ctx), "Six ponies")
    assert len(entry["readings"]) == 3, entry["explanation"]
    assert sorted(entry["majority"]) == ["a0", "a2"], entry["explanation"]


def test_crews_deployed_are_counted_with_crews_at_work():
    """"were deployed" names an event, "were battling" none: the deployed 200 joins the
    200 at work, and the 260 is the outlier, not one side of a tie."""
    ctx = _story(
        ("Coast Wire", "2026-08-10T09:00:00+00:00", "About 200 firefighters were battling the flames near Porto Seco, the fire service said."),
        ("Radio Norte", "2026-08-10T13:00:00+00:00", "Some 260 firefighters were battling the flames near Porto Seco."),
        ("The Herald", "2026-08-10T21:00:00+00:00", "Around 200 firefighters were deployed against the flames near Porto Seco."),
    )  # fmt: skip
    [entry] = _with(_items(ctx), "260")
    assert len(entry["readings"]) == 3, entry["explanation"]
    assert sorted(entry["majority"]) == ["a0", "a2"], entry["explanation"]


def test_counts_of_an_event_that_agree_with_none_stay_apart():
    """No reading of the event slot agrees with the unnamed one: two properties."""
    ctx = _story(
        ("Farm Office", "2026-05-03T08:00:00+00:00", "Five Shetland ponies left their paddock at Greyholm Farm on Sunday night after a gate blew open."),
        ("Dale Times", "2026-05-03T11:00:00+00:00", "Two ponies were found at Greyholm Farm on Sunday night after a gate blew open."),
    )  # fmt: skip
    assert not [e for e in _items(ctx) if len({r["article"] for r in e["readings"]}) > 1]


def test_half_a_unit_is_a_figure(make):
    from consilience.quantities import extract_quantities

    [q] = extract_quantities(make("Homes within half a mile of the depot were cleared."))
    assert q.text == "within half a mile" and abs(q.value - 804.672) < 0.01
    [q] = extract_quantities(make("The bridge was shut for half an hour on Monday."))
    assert q.value == 1800


def test_a_radius_of_half_a_mile_disputes_500_metres():
    ctx = _story(
        ("North Wire", "2026-03-02T10:00:00+00:00", "Homes within 500 metres of the depot were cleared after the leak."),
        ("Town Post", "2026-03-02T12:00:00+00:00", "Homes within 500 metres of the depot were cleared after the gas leak."),
        ("The Gazette", "2026-03-03T06:00:00+00:00", "Homes within half a mile of the depot were cleared after the leak."),
    )  # fmt: skip
    from consilience.reconcile import build_quantities

    [entry] = _with(build_quantities(ctx)["conflicts"], "half a mile")
    assert entry["outliers"] == ["a2"], entry["explanation"]


def test_an_update_of_a_measure_is_told_in_the_articles_own_units():
    """800 hectares in the morning, "roughly 4,900 acres" at night: the steps read as the
    articles wrote them, not as a conversion's square metres."""
    ctx = _story(
        ("Hill Wire", "2026-07-04T08:00:00+00:00", "The wildfire has burned 800 hectares since Friday, the fire service said."),
        ("Valley Radio", "2026-07-04T10:00:00+00:00", "The wildfire has burned 800 hectares, the fire service says."),
        ("The Ledger", "2026-07-04T22:00:00+00:00", "The wildfire had scorched roughly 4,900 acres by Saturday evening, officials said."),
    )  # fmt: skip
    [entry] = _with(_items(ctx), "4,900 acres")
    assert entry["update"] is True, entry["explanation"]
    assert "from 800 hectares" in entry["explanation"], entry["explanation"]
    assert "to roughly 4,900 acres" in entry["explanation"], entry["explanation"]
