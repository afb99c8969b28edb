"""One office, two named people taking it, is a dispute of who (session 31).

"Deputy Mayor X will serve as acting mayor" / "Council President Y will take over as
interim mayor" (held-out s28) were no conflict: their clauses are far apart in words and
"acting" and "interim" were two qualifiers. An office only one person holds, taken by two
named people, is a ``fact`` conflict of who takes it; an office of many ("will become a
minister") or a description that may be the other's name ("the deputy mayor") is not.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article


def _facts(bench, x: str, y: str):
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-06-02")
        for k, v in (("x", x), ("y", y))
    ]
    brief = build_brief(bench.build_context(arts))
    return [c for c in brief["conflicts"] if c["kind"] == "fact"]


def test_two_people_taking_one_office_conflict(bench):
    facts = _facts(
        bench,
        "Harbour commissioner Ines Falk will serve as acting port director until March.",
        "Finance officer Rolf Aske will take over as interim port director.",
    )
    assert facts, "acting / interim port director taken by two people"


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "Ines Falk will become a minister in the new government.",
            "Rolf Aske will become a minister in the new government.",
        ),
        (
            "The harbour commissioner will serve as acting port director until March.",
            "Ines Falk will serve as acting port director until March.",
        ),
    ],
)
def test_an_office_of_many_or_a_description_is_no_dispute(bench, x, y):
    assert not _facts(bench, x, y)
