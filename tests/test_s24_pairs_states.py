"""Two alignment mechanisms of session 24 (the pairs engineer), in our own sentences about
other events; claims are built by hand (the extractor is tested elsewhere).

* a state said to go on now and later is at one stage ("the motorway remains closed" /
  "the motorway will stay closed"): :func:`align.continuing_state`;
* one state in two adjectives WordNet gives one sense ("the pass will stay shut" / "the
  pass will remain closed"): :func:`align.synonym_states`.
"""

from __future__ import annotations

import numpy as np

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, predicate: str, frame: str | None = None, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` with ``predicate`` (frame: itself)."""
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        predicate=predicate, frame=frame or predicate, **kw,
    )  # fmt: skip


def node(c: Claim, order: int) -> align.Node:
    return align.Node(c, order, c.article, align._keys(c), np.ones(3) / np.sqrt(3))


# ------------------------------------------------------------------ synonym states


def test_synonym_adjectives_are_one_state():
    assert align.synonym_states("shut", "closed")
    assert align.synonym_states("unhurt", "unharmed")
    assert align.synonym_states("ill", "sick")


def test_opposite_or_unrelated_adjectives_are_two_states():
    assert not align.synonym_states("open", "closed")
    assert not align.synonym_states("shut", "open")
    assert not align.synonym_states("calm", "busy")
    assert not align.synonym_states("closed", "closed to traffic")
    assert not align.synonym_states(None, "closed")


def _state(article: str, text: str, verb: str, subject: str, state: str, modality: str):
    return claim(article, text, verb, "be", actor=f"the {subject}", actor_key=subject,
                 actor_keys=[subject], patient=state, patient_key=state,
                 modality=modality, role="event")  # fmt: skip


def test_stay_shut_and_remain_closed_are_one_claim():
    """'The mountain pass is expected to stay shut until spring' / 'the pass will remain
    closed for the winter' (passive modal against future)."""
    a = _state("a", "The mountain pass is expected to stay shut until spring", "stay",
               "pass", "shut", "expected")  # fmt: skip
    b = _state("b", "the pass will remain closed for the winter", "remain",
               "pass", "closed", "future")  # fmt: skip
    assert not align._different_states(a, b, 0.6)
    assert align.candidate(node(a, 0), node(b, 1), 0.6)


def test_the_driver_unhurt_and_unharmed():
    """'The lorry driver was unhurt' / 'its driver was unharmed, police said'."""
    a = _state("a", "The lorry driver was unhurt", "be", "driver", "unhurt", "asserted")
    b = _state("b", "its driver was unharmed", "be", "driver", "unharmed", "asserted")
    assert not align._different_states(a, b, 0.5)


def test_shut_and_open_stay_apart():
    """'The museum will stay shut on Sunday' / 'the museum will remain open': two states."""
    a = _state("a", "The museum will stay shut on Sunday", "stay", "museum", "shut", "future")
    b = _state("b", "the museum will remain open", "remain", "museum", "open", "future")
    assert align._different_states(a, b, 0.6)
    assert not align.candidate(node(a, 0), node(b, 1), 0.6)


def test_a_state_of_another_kind_stays_apart():
    """'The harbour stayed calm' / 'the harbour remained busy'."""
    a = _state("a", "The harbour stayed calm", "stay", "harbour", "calm", "asserted")
    b = _state("b", "the harbour remained busy", "remain", "harbour", "busy", "asserted")
    assert align._different_states(a, b, 0.6)


# ------------------------------------------------------------------ a state going on


def _going_on(article: str, text: str, verb: str, subject: str, state: str, tense: str,
              modality: str) -> Claim:
    return claim(article, text, verb, "be", actor=f"the {subject}", actor_key=subject,
                 actor_keys=[subject], patient=state, patient_key=state, tense=tense,
                 modality=modality, role="event")  # fmt: skip


def test_remains_and_will_stay_are_one_stage():
    """'The coastal motorway remains closed after the landslide' / 'the motorway will stay
    closed for the rest of the week, the roads agency said'."""
    now = _going_on("a", "The coastal motorway remains closed after the landslide", "remain",
                    "motorway", "closed", "present", "asserted")  # fmt: skip
    later = _going_on("b", "the motorway will stay closed for the rest of the week", "stay",
                      "motorway", "closed", "future", "future")  # fmt: skip
    assert align.continuing_state(now, later)
    assert not align._done_and_pending(now, later)
    assert not align._done_and_pending(later, now)
    assert align.candidate(node(now, 0), node(later, 1), 0.7)


def test_an_office_held_on():
    """'Ms Obi remains chair of the inquiry' / 'Ms Obi will remain chair until June'."""
    now = _going_on("a", "Ms Obi remains chair of the inquiry", "remain", "obi", "chair",
                    "present", "asserted")  # fmt: skip
    later = _going_on("b", "Ms Obi will remain chair until June", "remain", "obi", "chair",
                      "future", "future")  # fmt: skip
    assert not align._done_and_pending(now, later)


def test_a_state_only_coming_is_another_stage():
    """'The gallery remains closed' / 'The gallery will be closed on Monday' (a closure to
    come, not the one going on), and 'is mayor' / 'will become mayor'."""
    now = _going_on("a", "The gallery remains closed", "remain", "gallery", "closed",
                    "present", "asserted")  # fmt: skip
    later = _going_on("b", "The gallery will be closed on Monday", "be", "gallery", "closed",
                      "future", "future")  # fmt: skip
    assert not align.continuing_state(now, later)
    assert align._done_and_pending(now, later)
    now = _going_on("a", "Rossi is mayor", "be", "rossi", "mayor", "present", "asserted")
    later = _going_on("b", "Rossi will become mayor", "become", "rossi", "mayor", "future",
                      "future")  # fmt: skip
    assert align._done_and_pending(now, later)


def test_a_past_state_and_a_coming_one_stay_apart():
    """'The bridge remained closed last winter' / 'The bridge will stay closed' (past)."""
    past = _going_on("a", "The bridge remained closed last winter", "remain", "bridge",
                     "closed", "past", "asserted")  # fmt: skip
    later = _going_on("b", "The bridge will stay closed", "stay", "bridge", "closed",
                      "future", "future")  # fmt: skip
    assert align._done_and_pending(past, later)
