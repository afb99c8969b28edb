"""Two event clauses with different verbs that two kinds of argument anchor align at a lower
clause cosine (session 23, :func:`consilience.align.anchored_paraphrase`): "the ferry,
carrying 212 passengers, ran aground off Skerry Point" / "the ferry with 212 passengers on
board struck rocks off Skerry Point" share the doer and the count. One anchor, a figure
that disagrees, a clause on a noun or a low cosine never align so. Sentences are our own;
claims are built by hand.
"""

from __future__ import annotations

import numpy as np

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, predicate: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` with ``predicate`` as its own frame."""
    if kw.get("actor_key") and "actor_keys" not in kw:
        kw["actor_keys"] = [kw["actor_key"]]
    for role in ("actor", "patient"):
        if kw.get(f"{role}_key") and not kw.get(role):
            kw[role] = kw[f"{role}_key"]
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0,
        kind=kw.pop("kind", "main"), predicate=predicate, frame=kw.pop("frame", predicate),
        **kw,
    )  # fmt: skip


def node(c: Claim) -> align.Node:
    return align.Node(c, 0, c.article, align._keys(c), np.ones(3) / np.sqrt(3))


def ferry(article: str, text: str, predicate: str, count: float = 212, **kw) -> Claim:
    return claim(article, text, predicate, actor_key="ferry",
                 figures=[f"count||{count:g}|||passenger/"], **kw)  # fmt: skip


def test_doer_and_count_anchor_two_verbs():
    a = ferry(
        "a", "The ferry, carrying 212 passengers, ran aground off Skerry Point", "run_aground"
    )
    b = ferry("b", "The ferry with 212 passengers on board struck rocks", "strike",
              patient_key="rock")  # fmt: skip
    assert not align.same_predicate(a, b)
    assert align.anchored_paraphrase(node(a), node(b))
    assert align._close_enough(node(a), node(b), 0.5, False)
    assert align.candidate(node(a), node(b), 0.5)


def test_one_anchor_is_not_enough():
    """One doer only: 'the ferry ran aground' / 'the ferry was refitted last winter'."""
    a = claim("a", "The ferry ran aground off Skerry Point", "run_aground", actor_key="ferry")
    b = claim("b", "The ferry went back into service last winter", "go", actor_key="ferry",
              patient_key="service")  # fmt: skip
    assert not align.anchored_paraphrase(node(a), node(b))
    assert not align._close_enough(node(a), node(b), 0.5, False)


def test_a_disagreeing_count_is_no_anchor():
    a = ferry("a", "The ferry, carrying 212 passengers, ran aground", "run_aground")
    b = ferry("b", "The ferry with 180 passengers on board struck rocks", "strike", count=180,
              patient_key="rock")  # fmt: skip
    assert not align.candidate(node(a), node(b), 0.5)


def test_a_clause_on_a_noun_is_no_anchored_event():
    """'the ferry, which carried 212 passengers' is said in passing (role attribute)."""
    a = ferry("a", "The ferry, carrying 212 passengers, ran aground", "run_aground")
    b = ferry("b", "the ferry, which carried 212 passengers", "carry", kind="relative",
              role="attribute")  # fmt: skip
    assert not align.anchored_paraphrase(node(a), node(b))


def test_below_the_anchored_floor_nothing_aligns():
    a = ferry(
        "a", "The ferry, carrying 212 passengers, ran aground off Skerry Point", "run_aground"
    )
    b = ferry("b", "The ferry with 212 passengers on board struck rocks", "strike",
              patient_key="rock")  # fmt: skip
    assert not align._close_enough(node(a), node(b), align.ANCHORED_COSINE - 0.05, False)


def test_a_copular_judgement_of_the_event_is_no_anchored_act():
    """'The launch of the Kestrel-2 on Friday was a success' judges the launch; it is not
    'Kestrel-2 lifted off on Friday' told in other words, whatever anchors them."""
    act = claim("a", "Kestrel-2 lifted off from Vardo on Friday", "lift_off",
                actor_key="kestrel-2", entities=["kestrel-2", "vardo"],
                dates=["2026-05-08|day"])  # fmt: skip
    judged = claim("b", "The launch of Kestrel-2 from Vardo on Friday was a success", "be",
                   frame="be", actor_key="launch", patient_key="success",
                   entities=["kestrel-2", "vardo"], dates=["2026-05-08|day"])  # fmt: skip
    assert align.argument_anchored(node(act), node(judged))
    assert not align.anchored_paraphrase(node(act), node(judged))


def test_a_count_of_the_shared_party_is_not_a_second_anchor():
    """'Five firefighters were injured' / 'five firefighters were praised': the count is
    the firefighters themselves, one anchor, two acts."""
    a = claim("a", "Five firefighters were injured in the blast", "injure",
              patient_key="firefighter", figures=["count||5|||firefighter/"])  # fmt: skip
    b = claim("b", "Five firefighters were praised by the mayor", "praise",
              patient_key="firefighter", figures=["count||5|||firefighter/"])  # fmt: skip
    assert align.argument_anchored(node(a), node(b))  # the shared party and its count
    assert not align.anchored_paraphrase(node(a), node(b))
