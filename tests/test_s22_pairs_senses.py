"""One act named by a verb in one of its rarer WordNet senses, said of one doer and one
undergoer (consilience.align.doer_and_undergoer_align, session 22): "the club sacked its
coach" / "the club fired its coach". Before, a rarer sense counted only with one counted
figure in both clauses. Sentences are our own; claims are built by hand.
"""

from __future__ import annotations

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, verb: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` with predicate and frame ``verb``."""
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        frame=verb, predicate=verb, **kw,
    )  # fmt: skip


def test_rarer_sense_with_one_doer_and_one_undergoer_is_one_act():
    """'Dunmore Athletic sacked its head coach' / 'Dunmore Athletic fired its head coach'."""
    a = claim("a", "Dunmore Athletic sacked its head coach on Monday", "sack",
              actor_key="dunmore athletic", patient_key="coach")  # fmt: skip
    b = claim("b", "Dunmore Athletic has fired its head coach", "fire",
              actor_key="dunmore athletic", patient_key="coach")  # fmt: skip
    assert align.same_predicate(a, b)
    assert align.same_predicate(b, a)


def test_acquittal_in_two_verbs_is_one_act():
    """'A jury cleared the pharmacist' / 'the jury acquitted the pharmacist'."""
    a = claim("a", "A jury in Holbrook cleared the pharmacist", "clear",
              actor_key="jury", patient_key="pharmacist")  # fmt: skip
    b = claim("b", "The jury acquitted the pharmacist of all charges", "acquit",
              actor_key="jury", patient_key="pharmacist")  # fmt: skip
    assert align.same_predicate(a, b)


def test_rarer_sense_with_a_different_undergoer_is_not():
    """'sacked its head coach' / 'fired a striker': one doer, two undergoers."""
    a = claim("a", "Dunmore Athletic sacked its head coach", "sack",
              actor_key="dunmore athletic", patient_key="coach")  # fmt: skip
    b = claim("b", "Dunmore Athletic fired a striker", "fire",
              actor_key="dunmore athletic", patient_key="striker")  # fmt: skip
    assert not align.same_predicate(a, b)


def test_rarer_sense_with_one_argument_only_is_not():
    """'the jury cleared the court' / 'the jury acquitted the pharmacist': no undergoer in
    common, and one without an undergoer at all is short of two anchors."""
    a = claim("a", "The jury cleared the room", "clear", actor_key="jury", patient_key="room")
    b = claim("b", "The jury acquitted the pharmacist", "acquit",
              actor_key="jury", patient_key="pharmacist")  # fmt: skip
    assert not align.same_predicate(a, b)
    c = claim("c", "The jury acquitted", "acquit", actor_key="jury")
    d = claim("d", "A jury cleared the pharmacist", "clear",
              actor_key="jury", patient_key="pharmacist")  # fmt: skip
    assert not align.same_predicate(c, d)


def test_general_nouns_are_no_anchor():
    """'people' as doer and undergoer anchors nothing."""
    a = claim("a", "people sacked people", "sack", actor_key="people", patient_key="people")
    b = claim("b", "people fired people", "fire", actor_key="people", patient_key="people")
    assert not align.doer_and_undergoer_align(a, b)


def test_opposites_never_by_two_anchors():
    """'the jury convicted the pharmacist' / 'the jury acquitted the pharmacist'."""
    a = claim("a", "The jury convicted the pharmacist", "convict",
              actor_key="jury", patient_key="pharmacist")  # fmt: skip
    b = claim("b", "The jury acquitted the pharmacist", "acquit",
              actor_key="jury", patient_key="pharmacist")  # fmt: skip
    assert not align.same_predicate(a, b)
    assert not align.aligned(
        align.Node(a, 0, "a"), align.Node(b, 1, "b"), 0.8
    )
