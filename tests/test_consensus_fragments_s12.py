"""Consensus item text is never a fragment (issue #11, session 12): cutting the adjuncts some
member does not state never leaves the predicate without the complement its sentence gives
("A tram crashed" of "A tram crashed into a lorry"); a member whose clause is such a
fragment is not the item's text. Every text is written for this file."""

from __future__ import annotations

import pytest

from consilience import consensus
from consilience.model import Claim


def _claim(text: str, verb: str, end: int | None = None) -> Claim:
    return Claim(article="a", start=0, end=end or len(text), text=text[: end or len(text)],
                 sentence=0, kind="main", predicate=verb, frame=verb)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verb", "cut"),
    [
        ("A barge drifted onto the sandbar near the lock.", "drift", "A barge drifted"),
        ("The convoy turned back at the border post.", "turn", "The convoy turned"),
        ("The heatwave had eased to 31 degrees by Friday.", "ease", "The heatwave had eased"),
    ],
)
def test_a_predicate_cut_before_its_complement_is_bare(nlp, text, verb, cut) -> None:
    doc = nlp(text)
    c = _claim(text, verb)
    assert consensus.bare_predicate(c, doc, 0, len(cut))
    assert not consensus.bare_predicate(c, doc, 0, len(text.rstrip(".")))


def test_a_clause_that_ends_with_its_verb_in_the_sentence_is_whole(nlp) -> None:
    text = "Both climbers survived."
    assert not consensus.bare_predicate(_claim(text, "survive"), nlp(text), 0, len(text) - 1)
    text = "Eleven pupils were flown to a clinic in Rask."
    passive = _claim(text, "fly")
    assert not consensus.bare_predicate(passive, nlp(text), 0, len("Eleven pupils were flown"))
    text = "The kiln cracked, the potter said."
    assert not consensus.bare_predicate(
        _claim(text, "crack"), nlp(text), 0, len("The kiln cracked")
    )


def test_the_shared_part_keeps_the_complement() -> None:
    from consilience.consensus import build_claims
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles

    texts = [
        "A barge drifted onto a sandbar below the Ostrow lock on Monday evening.\n\n"
        "Its crew of four were lifted to safety by a rescue helicopter.",
        "On Monday a grain barge drifted onto the sandbar near Ostrow lock after its engine "
        "stalled.\n\nThe crew were rescued by helicopter.",
        "A loaded barge drifted onto a sandbar at Ostrow on Monday.\n\nFour crew members were "
        "lifted off by helicopter, the river police said.",
    ]
    arts = [
        Article(
            id=f"b{i}", source=f"b{i}.txt", text=t, outlet=f"Courier {i}", published="2026-04-13"
        )
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    items = build_claims(ctx)["consensus"]
    assert items
    for it in items:
        words = it["text"].rstrip(" .").split()
        assert words[-1] != "drifted", it["text"]
