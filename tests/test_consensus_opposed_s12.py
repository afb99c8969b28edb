"""The two sides of a statement are never one consensus claim (issue #11, session 12): clauses
whose predicates WordNet gives as opposite acts, or one act asserted in one and denied in the
other, said of one participant in whatever role, never group, and a claim an article outside
the group states the opposite of is no consensus item. Every text is written for this file."""

from __future__ import annotations

import numpy as np

from consilience import align, consensus
from consilience.model import Claim


def _claim(article: str, text: str, verb: str, actor=None, patient=None, **kw) -> Claim:
    return Claim(article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
                 predicate=verb, frame=verb, actor_key=actor, patient_key=patient,
                 actor_keys=[actor] if actor else [], **kw)  # fmt: skip


def test_opposite_acts_of_one_doer_are_opposed() -> None:
    worked = _claim("a", "The backup pump functioned all night", "function", "pump")
    failed = _claim("b", "The backup pump failed after an hour", "fail", "pump")
    assert align.opposite_acts(worked, failed)
    assert not align.compatible(worked, failed)


def test_the_doer_of_one_may_be_the_undergoer_of_the_other() -> None:
    held = _claim("a", "The quay wall held against the swell", "hold", "wall")
    breached = _claim("b", "The swell breached the quay wall", "breach", "swell", "wall")
    assert align.opposite_acts(held, breached)
    assert align.arguments_meet(held, breached)


def test_opposite_verbs_of_different_participants_are_not_opposed() -> None:
    opened = _claim("a", "Rangers opened an inquiry", "open", "ranger", "inquiry")
    closed = _claim("b", "Rangers closed the trail", "close", "ranger", "trail")
    assert not align.arguments_meet(opened, closed)
    assert not align.opposite_acts(opened, closed)
    other = _claim("c", "The ferry service failed", "fail", "service")
    pump = _claim("d", "The bilge pump functioned", "function", "pump")
    assert not align.opposite_acts(other, pump)


def test_one_act_asserted_and_denied_is_the_opposite_statement() -> None:
    paid = _claim("a", "The insurer paid the growers", "pay", "insurer", "grower")
    unpaid = _claim("b", "The insurer has not paid the growers", "pay", "insurer", "grower",
                    negated=True)  # fmt: skip
    assert align.states_opposite(paid, unpaid)
    planned = _claim("c", "The insurer will pay the growers", "pay", "insurer", "grower",
                     modality="future", negated=True)  # fmt: skip
    assert not align.states_opposite(paid, planned)  # a plan is another stage
    other_day = _claim("d", "The insurer paid the growers on 4 May", "pay", "insurer", "grower",
                       dates=["2026-05-04|day"])  # fmt: skip
    paid_day = _claim("e", "The insurer paid the growers on 9 May", "pay", "insurer", "grower",
                      dates=["2026-05-09|day"], negated=True)  # fmt: skip
    assert not align.states_opposite(other_day, paid_day)


def _node(c: Claim, order: int) -> align.Node:
    return align.Node(c, order, c.article, align._keys(c), None, None)


def test_a_group_one_outside_article_contradicts_is_disputed() -> None:
    nodes = [
        _node(_claim("a", "The lift's brake failed on the descent", "fail", "brake"), 0),
        _node(_claim("b", "The brake of the lift failed", "fail", "brake"), 1),
        _node(_claim("c", "The lift's brake functioned as designed", "function", "brake"), 2),
        _node(_claim("d", "Forty skiers were evacuated", "evacuate", None, "skier"), 3),
    ]
    sim = np.full((4, 4), 0.6)
    assert consensus.contradicted([0, 1], nodes, sim)
    assert not consensus.contradicted([0, 1], nodes[:2] + nodes[3:], sim[[0, 1, 3]][:, [0, 1, 3]])
    sim[0, 2] = sim[1, 2] = sim[2, 0] = sim[2, 1] = 0.2  # far apart: another matter
    assert not consensus.contradicted([0, 1], nodes, sim)


def test_a_story_whose_articles_disagree_on_a_state_has_no_consensus_on_it() -> None:
    from consilience.consensus import build_claims
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles

    texts = [
        "A storm cut power to the Kessling Observatory on Friday night.\n\nThe backup "
        "generator failed during the blackout, the observatory's director said.",
        "Power to the Kessling Observatory was cut by a storm on Friday night.\n\nThe backup "
        "generator failed shortly after midnight. Engineers restored the mains on Saturday.",
        "The Kessling Observatory lost power in a storm on Friday night.\n\nIts backup "
        "generator functioned throughout the blackout, a spokeswoman said.",
        "A storm knocked out power at the Kessling Observatory late on Friday.\n\nThe backup "
        "generator functioned until the mains supply returned, staff said.",
    ]
    arts = [
        Article(id=f"k{i}", source=f"k{i}.txt", text=t, outlet=f"Daily {i}", published="2026-03-07")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    items = build_claims(ctx)["consensus"]
    assert not [c["text"] for c in items if "generator" in c["text"]]
    assert any("storm" in c["text"].lower() for c in items)  # the agreed claim stays


def test_opposite_verbs_about_different_matters_are_not_opposed() -> None:
    cleared = _claim("a", "The skipper was cleared of smuggling", "clear", None, "skipper")
    cleared.nouns = ["skipper", "smuggling"]
    convicted = _claim("b", "The skipper was convicted of arson", "convict", None, "skipper")
    convicted.nouns = ["skipper", "arson"]
    assert align.other_matters(cleared, convicted)
    assert not align.opposite_acts(cleared, convicted)
    acquitted = _claim("c", "The skipper was acquitted of smuggling overnight", "acquit", None,
                       "skipper", nouns=["skipper", "smuggling", "night"])  # fmt: skip
    found = _claim("d", "The skipper was convicted of smuggling", "convict", None, "skipper",
                   nouns=["skipper", "smuggling"])  # fmt: skip
    assert not align.other_matters(acquitted, found)  # a time is no other matter
    assert align.opposite_acts(acquitted, found)
