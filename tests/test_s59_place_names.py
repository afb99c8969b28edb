"""Session 59: two clauses that put one act at two named places, neither article naming
the other's, state no consensus claim (``place_names.other_places`` in
``citation_check.never_states``)."""

from __future__ import annotations

from brief_fixtures import brief_of


def _lines(bench, *texts: str) -> list[tuple[list[str], str]]:
    brief = brief_of(bench, *texts, published="2067-08-02")
    return [(sorted(c["articles"]), c["text"]) for c in brief["consensus"]]


def _train(first: str, second: str, third: str) -> tuple[str, str, str]:
    return (
        f"A four-car train struck a platform edge at {first} on Tuesday, the operator said.",
        f"The 07:42 service hit the platform at {second} on Tuesday as it pulled in.",
        f"On Tuesday a new train made contact with the platform edge at {third}.",
    )


def test_two_places_named_apart_make_no_line(bench) -> None:
    # t0 puts the strike at Oakmere, t2 at Ravensby Halt: no line may cite both as agreeing
    lines = _lines(bench, *_train("Oakmere", "Ravensby Halt", "Ravensby Halt"))
    assert not any("t0" in arts and "t2" in arts for arts, _ in lines)


def test_one_place_named_alike_is_one_line(bench) -> None:
    lines = _lines(bench, *_train("Ravensby Halt", "Ravensby Halt", "Ravensby Halt"))
    assert any("t0" in arts and "t2" in arts for arts, _ in lines)


def test_an_article_naming_both_places_still_agrees(bench) -> None:
    # t0 knows the halt lies in Oakmere: its "at Oakmere" is no rival reading
    first, second, third = _train("Oakmere", "Ravensby Halt", "Ravensby Halt")
    first += " Ravensby Halt is the village's only station."
    lines = _lines(bench, first, second, third)
    assert any("t0" in arts and "t2" in arts for arts, _ in lines)
