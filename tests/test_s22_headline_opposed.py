"""A summary line is no side of a dispute told with opposite verbs (session 22, headline
engineer): "the ferry passed its hull inspection" beside another article's "the ferry
had failed a hull test". Claims written for these tests."""

from __future__ import annotations

import numpy as np

from consilience.align import Node
from consilience.line_denials import Denials, opposite_act
from consilience.model import Claim


def _claim(article: str, predicate: str, actor: list[str], nouns: list[str], **kw) -> Claim:
    return Claim(
        article=article,
        start=0,
        end=30,
        text="x",
        sentence=1,
        kind=kw.pop("kind", "main"),
        predicate=predicate,
        frame=predicate,
        actor_keys=actor,
        nouns=nouns,
        tense=kw.pop("tense", "past"),
        **kw,
    )


_PASSED = _claim("a", "pass", ["ferry"], ["ferry", "hull", "inspection", "may"])
_FAILED = _claim("b", "fail", ["ferry"], ["ferry", "hull", "test", "april"])


def test_opposite_acts_of_one_actor_on_one_thing():
    assert opposite_act(_PASSED, _FAILED)


def test_opposite_acts_need_a_thing_in_common_besides_time():
    rose = _claim("a", "rise", ["share"], ["share", "morning"])
    fell = _claim("b", "fall", ["share"], ["share", "afternoon"])
    assert not opposite_act(rose, fell)


def test_opposite_acts_of_two_actors_are_no_dispute():
    won = _claim("a", "win", ["dockers"], ["dockers", "final"])
    lost = _claim("b", "lose", ["harriers"], ["harriers", "final"])
    assert not opposite_act(won, lost)


def test_a_plan_and_a_deed_are_not_opposed():
    will_reject = _claim("a", "reject", ["council"], ["council", "bid"], tense="future")
    accepted = _claim("b", "accept", ["council"], ["council", "bid"])
    assert not opposite_act(will_reject, accepted)


def _denials(claims: list[Claim]) -> Denials:
    nodes = [Node(c, k, c.article, sentence_vector=np.asarray([1.0])) for k, c in enumerate(claims)]
    return Denials(nodes, texts=None)


def test_another_article_opposing_a_claim_makes_it_opposed():
    assert _denials([_PASSED, _FAILED]).opposed(0)


def test_a_negated_or_hedged_claim_opposes_nothing():
    failed_not = _claim("b", "fail", ["ferry"], ["ferry", "hull"], negated=True)
    may_fail = _claim("b", "fail", ["ferry"], ["ferry", "hull"], modality="possible")
    assert not _denials([_PASSED, failed_not]).opposed(0)
    assert not _denials([_PASSED, may_fail]).opposed(0)


def test_one_article_telling_both_is_not_opposed():
    same_root = _claim("a", "fail", ["ferry"], ["ferry", "hull"])
    assert not _denials([_PASSED, same_root]).opposed(0)
