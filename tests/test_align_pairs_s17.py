"""Paraphrases across outlets at the pair decision (consilience.align, session 17).

A kind of gold pair the aligner rejected on the tuning sets: a copular claim whose
complement one outlet gives with a modifier the other leaves out ("is the first female
pilot" / "has become the first pilot"), read as two different states. Sentences are our
own; claims are built by hand (the extractor is tested elsewhere).
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
