"""Counts of homes cut off a supply are one property however an article words them
(session 17): "left without running water" (the supply the object of a participle) and
"the number of properties without gas rose to" (a tally whose counted noun is cut off)
read as the outage, so a rising count over the day is an update; a count whose text
does not carry its noun ("rose to 9,500") is shown with the noun in the plural.

Every sentence here was written for these tests."""

from __future__ import annotations

from consilience.model import Article, Story
from consilience.pipeline import context_from_articles
from consilience.reconcile import _group, build_quantities, normalized


def _ctx(*pairs: tuple[str, str]):
    arts = [
        Article(id=f"o{i}", source=f"o{i}.txt", text=t, outlet=f"Desk {i}", published=p)
        for i, (t, p) in enumerate(pairs)
    ]
    return context_from_articles(arts, Story("s", "t", [a.id for a in arts]))


def _events(ctx) -> dict[str, tuple]:
    """figure text -> the slot key it was grouped under."""
    return {q.text: key for key, qs in _group(ctx).items() for q in qs}


def test_without_running_supply_and_tally_of_homes_without_it_are_the_outage():
    ctx = _ctx(
        ("Some 4,200 households in Brenmoor were left without running water after a pipe "
         "cracked beneath Quarry Lane.", "2027-03-02T07:00:00Z"),
        ("The number of households without water in Brenmoor climbed to 9,500 by the "
         "evening as the leak spread.", "2027-03-02T19:00:00Z"),
    )  # fmt: skip
    keys = _events(ctx)
    assert keys["Some 4,200 households"][2] == "outage"
    assert keys["9,500"][2] == "outage"
    assert keys["Some 4,200 households"] == keys["9,500"]


def test_rising_outage_count_is_an_update_with_the_latest_in_the_plural():
    ctx = _ctx(
        ("Some 4,200 households in Brenmoor were left without running water after a pipe "
         "cracked beneath Quarry Lane.", "2027-03-02T07:00:00Z"),
        ("The number of households without water in Brenmoor climbed to 9,500 by the "
         "evening as the leak spread.", "2027-03-02T19:00:00Z"),
    )  # fmt: skip
    ups = [c for c in build_quantities(ctx)["conflicts"] if c.get("update")]
    assert len(ups) == 1
    assert ups[0]["latest"]["normalized"] == "9,500 households"


def test_leaving_without_a_thing_that_is_no_supply_is_no_outage():
    ctx = _ctx(("About 300 families were left without their savings when the bank failed.", None))
    assert _events(ctx).get("About 300 families", (None, None, None))[2] != "outage"


def test_count_without_its_noun_in_the_text_reads_plural():
    ctx = _ctx(
        ("Nine of the ten climbers have now been found, the mountain rescue team said.", None)
    )
    nine = next(q for qs in _group(ctx).values() for q in qs if q.value == 9)
    assert normalized(nine) == "9 climbers"
    one = nine.__class__(**{**nine.__dict__, "value": 1.0, "low": 1.0, "high": 1.0})
    assert normalized(one) == "1 climber"


def test_plural_of_counted_nouns():
    from consilience.reconcile import _plural

    assert _plural("fisherman") == "fishermen"
    assert _plural("woman") == "women"
    assert _plural("human") == "humans"
    assert _plural("property") == "properties"
    assert _plural("day") == "days"
    assert _plural("church") == "churches"
    assert _plural("home") == "homes"
