"""Who does an announced event noun: "X announced her resignation" is X resigning; "the
club confirmed his departure" is nobody the sentence names (merged s6: the statement
conflict resign vs refused to step down needs the resigner)."""

from __future__ import annotations

import pytest

from consilience.analyse import analyse
from consilience.claims import extract_claims
from consilience.model import Article


def _claim(text: str, predicate: str):
    (a,) = analyse([Article(id="x", source="x.md", text=text)])
    return next(c for c in extract_claims(a) if c.predicate == predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "actor"),
    [
        ("Mayor Ines Okafor announced her resignation on Monday.", "resign", "Mayor Ines Okafor"),
        (
            "Coach Ruben Stahl confirmed his retirement after the final.",
            "retire",
            "Coach Ruben Stahl",
        ),
    ],
)
def test_a_possessive_that_names_the_announcer_makes_the_announcer_the_doer(
    text, predicate, actor
) -> None:
    assert _claim(text, predicate).actor == actor


def test_a_possessive_of_someone_else_is_not_the_announcer() -> None:
    deputy = _claim(
        "Mayor Ines Okafor announced the resignation of her deputy, Paul Venn.", "resign"
    )
    assert deputy.actor_key == "paul venn"
    assert _claim("The club confirmed his departure on Monday.", "leave").actor != "The club"
