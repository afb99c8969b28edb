"""One predicate said of two different named undergoers or goals is a disagreement, not one
claim (``align.different_undergoers``, session 25). Sentences written for these tests, about
events of no held-out set."""

from __future__ import annotations

import pytest

from consilience import align
from consilience.model import Article


def _pair(bench, x: str, y: str) -> tuple[list, object]:
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"{k}.example", published="2025-03-04")
        for k, t in (("x", x), ("y", y))
    ]
    nodes, vecs = align.story_nodes(bench.build_context(arts))
    return nodes, vecs @ vecs.T


def _linked(bench, x: str, y: str) -> bool:
    """Whether a clause of ``x`` is linked to a clause of ``y`` at the grouping score, the
    clause of the sentence's last predicate (not "after the bridge closed")."""
    nodes, sim = _pair(bench, x, y)
    scores = align.pair_scores(nodes, sim)
    last = {n.claim.article: n.claim.predicate for n in nodes if n.claim.kind != "subordinate"}
    return any(
        p >= align.ALIGN_PROBABILITY and nodes[i].claim.predicate == last["x"]
        for (i, _j), p in scores.items()
    )


@pytest.mark.parametrize(
    ("x", "y"),
    [
        # active, two signings of one club
        (
            "Larkfield Rovers signed Tomas Brevik on Friday.",
            "Larkfield Rovers signed Matteo Quarin on Friday.",
        ),
        # passive: the undergoer is the subject
        (
            "Tomas Brevik was signed by Larkfield Rovers on Friday.",
            "Matteo Quarin was signed by Larkfield Rovers on Friday.",
        ),
        # a goal after a motion verb, inside a longer sentence
        (
            "After the bridge closed, the evacuation buses drove to Hollin on Sunday night.",
            "After the bridge closed, the evacuation buses drove to Brackwell on Sunday night.",
        ),
        # reported speech
        (
            "Officials said the ministry fined Orvane Chemicals on Monday.",
            "Officials said the ministry fined Kettering Polymers on Monday.",
        ),
    ],
)
def test_two_named_undergoers_are_not_one_claim(bench, x: str, y: str) -> None:
    assert not _linked(bench, x, y)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        # a surname for the full name
        (
            "Larkfield Rovers signed Tomas Brevik on Friday.",
            "Larkfield Rovers signed Brevik on Friday.",
        ),
        # one place, named alike
        (
            "The evacuation buses drove to Hollin on Sunday night.",
            "The evacuation buses drove to Hollin late on Sunday.",
        ),
    ],
)
def test_one_named_undergoer_still_aligns(bench, x: str, y: str) -> None:
    assert _linked(bench, x, y)


def test_the_veto_needs_one_predicate_and_two_names() -> None:
    from consilience.model import Claim

    def claim(pred: str, patient: str, key: str, ents: list[str]) -> Claim:
        return Claim(
            article="a" + key,
            start=0,
            end=10,
            text=f"x {pred} {patient}",
            sentence=0,
            kind="main",
            predicate=pred,
            frame=pred,
            patient=patient,
            patient_key=key,
            entities=ents,
        )

    a = claim("visit", "Hollin", "hollin", ["hollin"])
    b = claim("visit", "Tarrow", "tarrow", ["tarrow"])
    assert align.different_undergoers(a, b)
    # another predicate: not one slot
    assert not align.different_undergoers(a, claim("leave", "Tarrow", "tarrow", ["tarrow"]))
    # an unnamed undergoer: a description may be the named one
    assert not align.different_undergoers(a, claim("visit", "the town", "town", []))
