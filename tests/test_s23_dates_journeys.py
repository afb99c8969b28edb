"""Dates (session 23): one journey to one named place dated by two verbs of going ("will be
flown to Keta on Sunday" / "will leave for Keta on Saturday" is the kind). Sentences written
for these tests (a football squad, a rescued whale, an art loan, a state visit), not from the
annotated sets.
"""

from __future__ import annotations

import pytest

F = frozenset


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def _dated(out) -> list[dict]:
    return [c for c in out["conflicts"] if c["kind"] == "date"]


@pytest.mark.parametrize("verb", ["fly", "sail", "travel", "leave", "head", "return", "drive"])
def test_verbs_of_going(verb):
    from consilience.date_journeys import journey_verb

    assert journey_verb(F({verb}))


@pytest.mark.parametrize("verb", ["arrive", "come", "land", "reach", "sign", "hand", "show"])
def test_arrivals_and_other_acts_are_no_journey(verb):
    from consilience.date_journeys import journey_verb

    assert not journey_verb(F({verb}))


def test_same_journey_needs_one_destination():
    from consilience.date_journeys import same_journey

    oslo_to, oslo_for = {"prep:to": F({"oslo"})}, {"prep:for": F({"oslo"})}
    assert same_journey(F({"fly"}), oslo_to, F({"leave"}), oslo_for)
    assert not same_journey(F({"fly"}), oslo_to, F({"leave"}), {"prep:for": F({"bergen"})})
    assert not same_journey(F({"fly"}), oslo_to, F({"leave"}), {})
    assert not same_journey(F({"fly"}), oslo_to, F({"arrive"}), {"prep:in": F({"oslo"})})


def test_a_squad_flying_and_departing_on_two_days_is_a_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Dunmore Rovers beat Hallam 3-1 in the semi-final. The squad will travel to "
            "Lisbon on Thursday for the final, the club said.",
            "b": "Rovers are through to the final. The squad flies to Lisbon on Thursday, "
            "coach Ana Ruiz told reporters.",
            "c": "Ruiz kept faith with her starting eleven. The squad is due to leave for Lisbon "
            "on Wednesday, a club official said.",
        },
        "2026-11-16",
    )
    found = _dated(out)
    assert len(found) == 1, out["conflicts"]
    assert found[0]["outliers"] == ["c"], found


def test_a_whale_flown_and_moved_passive(bench):
    out = _timeline(
        bench,
        {
            "a": "Vets said the young humpback was strong enough to swim. The whale will be "
            "flown by helicopter to Skerry Sound on Tuesday.",
            "b": "The whale is expected to be released soon. It will be moved to Skerry Sound "
            "on Friday, rescuers said.",
        },
        "2026-11-16",
    )
    assert len(_dated(out)) == 1, out["conflicts"]


def test_two_travellers_to_one_city_are_two_journeys(bench):
    out = _timeline(
        bench,
        {
            "a": "The president of Velmar will make a state visit to Austria. The president "
            "flies to Vienna on Monday.",
            "b": "A trade delegation will follow the state visit. The delegation travels to "
            "Vienna on Wednesday.",
        },
        "2026-11-16",
    )
    assert not _dated(out), out["conflicts"]


def test_leaving_and_arriving_are_two_acts(bench):
    out = _timeline(
        bench,
        {
            "a": "The painting is on loan to the Prado. It leaves for Madrid on Monday, the "
            "gallery said.",
            "b": "The painting is on loan to the Prado. It arrives in Madrid on Wednesday, "
            "the gallery said.",
        },
        "2026-11-16",
    )
    assert not _dated(out), out["conflicts"]
