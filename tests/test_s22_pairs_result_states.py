"""A state that is the result of another clause's act is that act's claim
(consilience.result_states, session 22): "the tunnel remains closed" / "the tunnel was
closed", "four suspects are under arrest" / "four suspects were arrested". Sentences are
our own; claims are built by hand (the extractor is tested elsewhere).
"""

from __future__ import annotations

import numpy as np

from consilience import align
from consilience.model import Claim
from consilience.result_states import participle_of, result_of


def claim(article: str, text: str, predicate: str, frame: str | None = None, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` with ``predicate`` (frame: itself)."""
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        predicate=predicate, frame=frame or predicate, **kw,
    )  # fmt: skip


def same(x: str | None, y: str | None) -> bool:
    return bool(x) and x == y


def node(c: Claim, order: int) -> align.Node:
    return align.Node(c, order, c.article, align._keys(c), np.ones(3) / np.sqrt(3))


def test_participles_of_regular_and_doubled_verbs():
    assert participle_of("sealed") == {"seal"}
    assert "grab" in participle_of("grabbed")
    assert "evacuate" in participle_of("evacuated")
    assert participle_of("quickly") == frozenset()


def test_a_state_left_by_the_act_is_its_result():
    """'The Harwick tunnel remains closed' / 'The Harwick tunnel was closed on Monday'."""
    state = claim("a", "The Harwick tunnel remains closed", "remain", "be",
                  actor_key="tunnel", patient_key="closed", tense="present")  # fmt: skip
    act = claim("b", "The Harwick tunnel was closed on Monday", "close", "shut_down",
                patient_key="tunnel", tense="past")  # fmt: skip
    assert result_of(state, act, same)
    assert align.same_predicate(state, act)
    assert align.same_predicate(act, state)
    assert not align._different_states(state, act, 0.6)


def test_under_a_deverbal_noun_is_the_result_of_its_verb():
    """'Four suspects are under arrest' / 'Officers arrested four suspects'."""
    state = claim("a", "Four suspects are under arrest", "be",
                  actor_key="suspect", patient_key="arrest", tense="present")  # fmt: skip
    act = claim("b", "Officers arrested four suspects", "arrest",
                actor_key="officer", patient_key="suspect", tense="past")  # fmt: skip
    assert align.result_state(state, act)


def test_a_state_word_of_the_same_state():
    """'The ferry route is blocked' / 'Ice shut the ferry route' (one state, "open" -1)."""
    state = claim("a", "The ferry route is blocked", "be",
                  actor_key="route", patient_key="blocked", tense="present")  # fmt: skip
    act = claim("b", "Ice shut the ferry route", "shut",
                actor_key="ice", patient_key="route", tense="past")  # fmt: skip
    assert align.result_state(state, act)


def test_the_opposite_state_is_no_result():
    """'The tunnel remains open' / 'The tunnel was closed': a conflict, not one claim."""
    state = claim("a", "The Harwick tunnel remains open", "remain", "be",
                  actor_key="tunnel", patient_key="open", tense="present")  # fmt: skip
    act = claim("b", "The Harwick tunnel was closed", "close", "shut_down",
                patient_key="tunnel", tense="past")  # fmt: skip
    assert not align.result_state(state, act)


def test_a_state_of_another_party_is_no_result():
    """'The harbour remains closed' / 'The tunnel was closed'."""
    state = claim("a", "The harbour remains closed", "remain", "be",
                  actor_key="harbour", patient_key="closed", tense="present")  # fmt: skip
    act = claim("b", "The tunnel was closed", "close", "shut_down",
                patient_key="tunnel", tense="past")  # fmt: skip
    assert not align.result_state(state, act)


def test_a_state_placed_before_the_act_is_no_result():
    """'Our depot has always been open to the public' / 'The council must open the depot
    to the public': the act comes after the state, it cannot have left it."""
    state = claim("a", "Our depot has always been open to the public", "be",
                  actor_key="depot", patient_key="open", tense="past")  # fmt: skip
    act = claim("b", "The council must open the depot to the public", "open",
                actor_key="council", patient_key="depot", tense="present")  # fmt: skip
    assert not align.result_state(state, act)


def test_a_party_noun_is_no_result_of_its_verb():
    """'The firm is a supplier' / 'Harlow supplied the firm': the noun names a party."""
    state = claim("a", "The firm is a supplier", "be",
                  actor_key="firm", patient_key="supplier", tense="present")  # fmt: skip
    act = claim("b", "Harlow supplied the firm", "supply",
                actor_key="harlow", patient_key="firm", tense="past")  # fmt: skip
    assert not align.result_state(state, act)


def test_two_acts_are_no_state_and_result():
    """Neither clause is a copular state: the test does not apply."""
    a = claim("a", "Crews closed the tunnel", "close", actor_key="crew", patient_key="tunnel")
    b = claim("b", "Crews sealed the tunnel", "seal", actor_key="crew", patient_key="tunnel")
    assert not align.result_state(a, b)


def test_result_state_pair_is_a_candidate():
    """The state and the act of one tunnel are compared as one claim."""
    state = claim("a", "The Harwick tunnel remains closed", "remain", "be",
                  actor_key="tunnel", patient_key="closed", tense="present",
                  nouns=["tunnel"])  # fmt: skip
    act = claim("b", "The Harwick tunnel was closed on Monday", "close", "shut_down",
                patient_key="tunnel", tense="past", nouns=["tunnel"])  # fmt: skip
    assert align.candidate(node(state, 0), node(act, 1), 0.62)


def test_a_life_state_is_the_result_of_surviving():
    """'Our skipper, who has sailed with us for nine years, is alive' / 'The skipper
    survived'."""
    state = claim("a", "Our skipper, who has sailed with us for nine years, is alive", "be",
                  actor_key="skipper", patient_key="alive", tense="present")  # fmt: skip
    act = claim("b", "The skipper survived", "survive", actor_key="skipper", tense="past")
    assert align.result_state(state, act)
    assert align.same_predicate(act, state)


def test_dead_is_the_result_of_a_killing_not_of_surviving():
    """'Two hikers are dead' / 'the rockfall killed two hikers' is one claim; 'Two hikers
    are dead' / 'two hikers survived' is none."""
    state = claim("a", "Two hikers are dead", "be",
                  actor_key="hiker", patient_key="dead", tense="present")  # fmt: skip
    killed = claim("b", "The rockfall killed two hikers", "kill", "die",
                   actor_key="rockfall", patient_key="hiker", tense="past")  # fmt: skip
    survived = claim("c", "Two hikers survived", "survive", actor_key="hiker", tense="past")
    assert align.result_state(state, killed)
    assert not align.result_state(state, survived)
