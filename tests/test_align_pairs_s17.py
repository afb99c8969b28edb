"""Paraphrases across outlets at the pair decision (consilience.align, session 17).

Two kinds of gold pair the aligner rejected on the tuning sets: a copular claim whose
complement one outlet gives with a modifier the other leaves out ("is the first female
pilot" / "has become the first pilot"), read as two different states; and one fact
restated in other verbs and other nouns by two articles, each clause the other's best
match and close in clause and sentence, with no argument anchoring them ("No spectators
were hurt" / "Nobody in the stands was injured"). Sentences are our own; claims are
built by hand (the extractor is tested elsewhere).
"""

from __future__ import annotations

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, verb: str, frame: str | None = None, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` with predicate ``verb`` (frame ``frame``)."""
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        frame=frame or verb, predicate=verb, role="event", **kw,
    )  # fmt: skip


def node(c: Claim, order: int) -> align.Node:
    return align.Node(c, order, c.article, keys=align._keys(c))


def _count(n: int, noun: str) -> list[str]:
    return [f"count||{n}|{n - 0.5}|{n + 0.5}|{noun}/"]


# --------------------------------------------------------------------------- one state


def test_a_complement_with_a_modifier_is_the_same_state():
    """'Marta Ilves is the first female captain' / 'Marta Ilves has become the first
    captain ...': the two complements have one head noun and one adds nothing the other
    contradicts."""
    a = claim("a", "Marta Ilves is the first female captain of the club", "be",
              actor_key="marta ilves", patient_key="female captain",
              patient="the first female captain of the club")  # fmt: skip
    b = claim("b", "Ilves has become the first captain of the club", "become", frame="be",
              actor_key="ilves", patient_key="captain",
              patient="the first captain of the club")  # fmt: skip
    assert not align._different_states(a, b, 0.7)


def test_complements_with_one_head_and_different_modifiers_differ():
    """'the ship was a cargo vessel' / 'the ship was a fishing vessel': one head noun, each
    side a modifier WordNet does not give as the other's synonym: two states."""
    a = claim("a", "The ship was a cargo vessel", "be", actor_key="ship",
              patient_key="cargo vessel", patient="a cargo vessel")  # fmt: skip
    b = claim("b", "The ship was a fishing vessel", "be", actor_key="ship",
              patient_key="fishing vessel", patient="a fishing vessel")  # fmt: skip
    assert align._different_states(a, b, 0.7)


def test_complements_whose_heads_wordnet_relates_are_one_state():
    """'the cause was a blaze in the kitchen' / 'the cause was a fire': the heads name one
    thing by WordNet (a blaze is a fire)."""
    a = claim("a", "The cause was a blaze", "be", actor_key="cause", patient_key="blaze",
              patient="a blaze")  # fmt: skip
    b = claim("b", "The cause was a fire", "be", actor_key="cause", patient_key="fire",
              patient="a fire")  # fmt: skip
    assert not align._different_states(a, b, 0.6)


def test_complements_with_different_heads_stay_different_states():
    a = claim("a", "The mayor was the driver", "be", actor_key="mayor", patient_key="driver",
              patient="the driver")  # fmt: skip
    b = claim("b", "The mayor was the owner", "be", actor_key="mayor", patient_key="owner",
              patient="the owner")  # fmt: skip
    assert align._different_states(a, b, 0.6)


# --------------------------------------------------------------------------- one count


def test_a_shared_count_alone_does_not_make_two_verbs_one_act():
    """'Three sailors were held captive' / 'three sailors were freed': one count of one
    group, two acts (a count anchoring two verbs WordNet does not relate was tried in
    session 17 and joined exactly such clauses; not kept)."""
    a = claim("a", "Three sailors held captive by the gang", "hold", patient_key="sailor",
              figures=_count(3, "sailor"))  # fmt: skip
    b = claim("b", "Three sailors were freed on Friday", "free", patient_key="sailor",
              figures=_count(3, "sailor"))  # fmt: skip
    assert not align.same_predicate(a, b)
    assert not align._close_enough(node(a, 0), node(b, 1), 0.5, False)


# --------------------------------------------------------------------------- restated


def _vec(cos: float):
    """Two unit vectors whose dot product is ``cos``."""
    import numpy as np

    return np.array([1.0, 0.0]), np.array([cos, (1 - cos * cos) ** 0.5])


def _restatement(sentence_cos: float, verb_b: str = "injure", frame_b: str | None = None):
    """'No spectators were hurt' / 'Nobody in the stands was injured' as two nodes whose
    sentences have cosine ``sentence_cos``: verbs WordNet does not give as one act here,
    undergoers worded apart, no figure, date or name in common."""
    sa, sb = _vec(sentence_cos)
    a = claim("a", "No spectators were hurt", "hurt", patient_key="spectator", negated=True)
    b = claim("b", "Nobody in the stands was injured", verb_b, frame=frame_b,
              patient_key="nobody", negated=True)  # fmt: skip
    return (
        align.Node(a, 0, "a", keys=align._keys(a), sentence_vector=sa),
        align.Node(b, 1, "b", keys=align._keys(b), sentence_vector=sb),
    )


def test_a_close_mutual_best_pair_is_one_claim_without_an_anchor():
    a, b = _restatement(0.6)
    assert not align.argument_anchored(a, b)
    assert align.restated(a, b, 0.58)
    assert align.relative_candidate(a, b, 0.58)


def test_a_mutual_best_pair_whose_sentences_are_apart_needs_its_anchors():
    a, b = _restatement(0.4)
    assert not align.restated(a, b, 0.58)
    assert not align.relative_candidate(a, b, 0.58)


def test_a_state_and_an_act_are_no_restatement():
    """'The club's reply appears muted' (a copular state) / 'the club called the claims
    absurd' (an act): close words, two claims."""
    sa, sb = _vec(0.7)
    a = claim("a", "The club's reply appears muted", "appear", actor_key="reply")
    b = claim("b", "The club called the claims absurd", "call", actor_key="club",
              patient_key="claim")  # fmt: skip
    na = align.Node(a, 0, "a", keys=align._keys(a), sentence_vector=sa)
    nb = align.Node(b, 1, "b", keys=align._keys(b), sentence_vector=sb)
    assert not align.restated(na, nb, 0.6)


def test_a_restatement_still_passes_the_vetoes():
    """Opposite polarity ('No spectators were hurt' / 'a spectator was injured') is a
    conflict, never a restatement."""
    a, b = _restatement(0.7)
    b.claim.negated = False
    assert not align.relative_candidate(a, b, 0.7)
