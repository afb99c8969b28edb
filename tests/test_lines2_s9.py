"""Headline, summary and title (issue #11, s9 lines2): the story title takes no side of a
conflict the brief lists; every headline and summary line is covered by its citations; the
summary does not state one claim twice. Every article here is written for these tests (a
ferry aground, a collapsed footbridge, a museum theft)."""

from __future__ import annotations

import pytest

from consilience.align import Node
from consilience.brief import build_brief
from consilience.line_guards import same_claim_of_party
from consilience.model import Article, Claim
from consilience.story_title import neutral_title, takes_side


def _brief(bench, stories: dict[str, tuple[str, str]]):
    arts = [
        Article(
            id=k,
            source=f"{k}.txt",
            text=body,
            title=title,
            outlet=f"Outlet {k.upper()}",
            published="2026-05-10",
        )
        for k, (title, body) in stories.items()
    ]
    return build_brief(bench.build_context(arts))


# ------------------------------------------------------------------ title: no side taken

COUNT = {
    "kind": "quantity",
    "subject": "passengers hurt",
    "readings": [{"text": "nine passengers"}, {"text": "23 passengers"}],
}
STATEMENT = {
    "kind": "fact",
    "subject": "Captain Ivo Brandt: suspend",
    "readings": [
        {"text": "The captain, Ivo Brandt, was suspended.", "predicate": "suspend"},
        {"text": "Captain Ivo Brandt was not suspended.", "predicate": "suspend"},
    ],
}
UPDATE = dict(COUNT, update=True)


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Ferry runs aground off Tarrow, nine hurt", True),
        ("Twenty-three hurt as ferry runs aground", False),  # not a reading's word form
        ("23 passengers hurt as Tarrow ferry grounds", True),
        ("Tarrow ferry captain suspended after grounding", True),
        ("Ferry line suspends its captain", True),
        ("Ferry runs aground off Tarrow", False),
    ],
)
def test_a_title_giving_a_reading_takes_a_side(title, side):
    assert takes_side(title, [COUNT, STATEMENT]) is side


def test_an_update_is_no_side():
    assert not takes_side("Ferry runs aground, nine hurt", [UPDATE])


def test_the_first_title_taking_no_side_is_the_story_title():
    titles = ["Ferry aground off Tarrow: 23 hurt", "Ferry grounds off Tarrow", "Nine hurt"]
    assert neutral_title(titles, "", [COUNT]) == "Ferry grounds off Tarrow"


def test_the_headline_stands_in_when_every_title_takes_a_side():
    titles = ["Ferry aground, nine hurt", "23 hurt on Tarrow ferry"]
    got = neutral_title(titles, "The ferry ran aground off Tarrow on Sunday.", [COUNT])
    assert got == "The ferry ran aground off Tarrow on Sunday."


def test_a_cut_title_when_nothing_else_takes_no_side():
    titles = ["Ferry aground off Tarrow, nine hurt; captain suspended"]
    got = neutral_title(titles, "Nine were hurt.", [COUNT, STATEMENT])
    assert got == "Ferry aground off Tarrow"


BRIDGE = {
    "a": (
        "Footbridge over the Lenne collapses, 11 hurt, engineer arrested",
        "A footbridge over the river Lenne in Oskarby collapsed on Saturday afternoon, "
        "injuring 11 walkers. The bridge had been closed for repairs last spring. Police "
        "arrested the engineer who signed off the repairs, Tomas Eklund, on Sunday.",
    ),
    "b": (
        "Oskarby footbridge collapse hurts 30",
        "A footbridge over the river Lenne in Oskarby collapsed on Saturday afternoon, "
        "injuring 30 walkers. The bridge had been closed for repairs last spring. The "
        "engineer Tomas Eklund was not arrested, police said.",
    ),
    "c": (
        "Footbridge collapses in Oskarby",
        "A footbridge over the river Lenne in Oskarby collapsed on Saturday afternoon. The "
        "bridge had been closed for repairs last spring, the town council said.",
    ),
}


def test_the_story_title_takes_no_side_of_the_brief_conflicts(bench):
    brief = _brief(bench, BRIDGE)
    conflicts = [c for c in brief["conflicts"] if not c.get("update")]
    assert conflicts, "the story lists a conflict"
    title = brief["story"]["title"]
    assert title and not takes_side(title, conflicts)
    assert title == _brief(bench, dict(reversed(list(BRIDGE.items()))))["story"]["title"]


# ------------------------------------------------ summary: one party's one claim, said twice

MUSEUM = {
    "a": (
        "Paintings stolen from Velde museum",
        "Thieves stole three paintings from the Velde city museum on Thursday night. Speaking "
        "outside the building on Friday, culture minister Hanna Roos said she would order a "
        "review of security at the museum after the theft. The museum will stay closed until "
        "further notice.",
    ),
    "b": (
        "Velde museum robbed",
        "Thieves stole three paintings from the Velde city museum on Thursday night. A review "
        "of security at the museum will begin next week, Roos told the regional parliament, "
        "where opposition members called for her resignation. Police are examining camera "
        "footage.",
    ),
    "c": (
        "Three paintings taken in Velde",
        "Three paintings were stolen from the Velde city museum on Thursday night. Hanna Roos, "
        "the culture minister, said she would order a review of security at the museum. The "
        "paintings are insured.",
    ),
    "d": (
        "Museum theft in Velde",
        "Thieves stole three paintings from the Velde city museum on Thursday night. Minister "
        "Hanna Roos said a review of security at the museum would begin next week. A reward "
        "has been offered.",
    ),
}


def _lines(brief) -> list[str]:
    return [item["text"] for item in [*brief["headline"], *brief["summary"]]]


def test_one_claim_of_one_party_is_told_once(bench):
    lines = _lines(_brief(bench, MUSEUM))
    assert sum("review of security" in line for line in lines) == 1, lines


def _node(article: str, predicate: str, nouns: list[str], entities=(), attribution=None):
    claim = Claim(
        article=article,
        start=0,
        end=10,
        text="",
        sentence=1,
        kind="content",
        predicate=predicate,
        frame=predicate,
        entities=list(entities),
        nouns=nouns,
        attribution=attribution,
    )
    return Node(claim, 0, article)


AUDIT = _node("a", "order", ["audit", "breakwater", "ana", "ruiz"], ["ana ruiz"], "Ana Ruiz")
AUDIT_SOON = _node("b", "start", ["audit", "breakwater", "may"], [], "Minister Ana Ruiz")
AUDIT_OTHER = _node("c", "start", ["audit", "breakwater", "may"], [], "Mayor Jon Berg")
REOPEN = _node("d", "reopen", ["harbour", "ship", "friday"], [], "Minister Ana Ruiz")


@pytest.mark.parametrize(
    ("other", "cos", "same"),
    [
        (AUDIT_SOON, 0.6, True),  # one party, one thing, close clauses
        (AUDIT_SOON, 0.4, False),  # clauses too far apart
        (AUDIT_OTHER, 0.6, False),  # another party
        (REOPEN, 0.6, False),  # nothing in common but the party
    ],
)
def test_one_claim_of_one_party(other, cos, same):
    assert same_claim_of_party(0, 1, [AUDIT, other], cos) is same
