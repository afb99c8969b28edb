"""A restrictive relative clause on a definite person ("the guest who died") presupposes its
act: it is no article's statement of it, so it never supports a consensus item (issue #11,
session 29; unfaithful consensus items of heldout_s10, s23, s24, s27 and s28 rested on such
clauses: "the two people who died" cited for "Two people were killed").

:func:`consilience.presupposed.presupposed` reads the clause off the parse: its verb is a
``relcl`` of a person noun with "the", a demonstrative or a possessive, opened by a relative
pronoun with no comma before it, and the noun is not an apposition. Every sentence is written
for this file.
"""

from __future__ import annotations

import pytest

from consilience.model import Article
from consilience.presupposed import presupposed


def _relatives(make, text: str) -> list:
    from consilience.claims import extract_claims

    analysis = make(text)
    return [c for c in extract_claims(analysis) if c.kind == "relative"], analysis.doc


@pytest.mark.parametrize(
    ("text", "clause_word"),
    [
        ("The families of the two hikers who drowned asked for privacy on Friday.", "drowned"),
        ("Police have named the cyclist who was struck by the van.", "struck"),
        ("Her lawyer met the jurors who convicted her after the trial.", "convicted"),
        ("The teenager who caused the crash has been charged.", "caused"),
        # a person noun whose first WordNet sense is a plant
        ("Rangers found the climbers who went missing on the glacier.", "went"),
    ],
)
def test_relative_on_definite_person_is_presupposed(make, text, clause_word):
    claims, doc = _relatives(make, text)
    mine = [c for c in claims if clause_word in c.text]
    assert mine and all(presupposed(c, doc) for c in mine)


@pytest.mark.parametrize(
    ("text", "clause_word"),
    [
        # an indefinite head introduces the person with the act
        ("Lifeguards pulled out a swimmer who had been caught by the current.", "caught"),
        # set off by a comma: a non-restrictive relative adds news
        ("The dock workers, who walked out on Monday, returned to work today.", "walked"),
        # an apposition identifies who did it
        ("Ines Rota, the skipper who raised the alarm, praised the crew.", "raised"),
        # not a person: the relative identifies an event or a thing
        ("Crews are still clearing the mudslide that blocked the pass.", "blocked"),
        ("Engineers inspected the pump that failed on Sunday.", "failed"),
        # a thing whose second WordNet sense is a person
        ("Staff switched off the machine that overheated.", "overheated"),
    ],
)
def test_other_relatives_are_not_presupposed(make, text, clause_word):
    claims, doc = _relatives(make, text)
    mine = [c for c in claims if clause_word in c.text]
    assert mine and not any(presupposed(c, doc) for c in mine)


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-02-10")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_a_presupposing_clause_is_no_second_source(bench):
    # x and y are one wire story printed twice: one source. z only takes the deaths as
    # known, so nothing is stated by two independent sources and no item is agreed.
    wire = (
        "Two climbers died on the north ridge of Mount Aske on Sunday, police said. "
        "Rescuers reached the ridge at dawn on Monday after a night of storms."
    )
    brief = _brief(
        bench,
        {
            "x": wire,
            "y": wire,
            "z": "The relatives of the two climbers who died on the north ridge of Mount Aske "
            "have thanked the rescue team. A memorial is planned for next month.",
        },
    )
    cited = [c["article"] for item in brief["consensus"] for c in item["citations"]]
    assert "z" not in cited
