"""One counted group as the doer of two clauses (session 23): "2,500 fans spent the night
at the terminal" / "around 2,500 supporters slept in the departure hall" is one group doing
one thing, named by one count of one class (:func:`consilience.align.counted_doers`). Different counts or
classes stay different doers. Sentences are our own; claims are built by hand.
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
        kind=kw.pop("kind", "main"), predicate=predicate, frame=predicate, **kw,
    )  # fmt: skip


def node(c: Claim) -> align.Node:
    return align.Node(c, 0, c.article, align._keys(c), np.ones(3) / np.sqrt(3))


def test_one_count_of_one_person_class_is_one_doer():
    """Fans / supporters: both persons, one count of 2,500."""
    a = claim("a", "some 2,500 fans spent the night at the ferry terminal", "spend",
              actor_key="fan", patient_key="night",
              figures=["count||2500|2375|2625|fan/"])  # fmt: skip
    b = claim("b", "Around 2,500 supporters slept in the departure hall", "sleep",
              actor_key="supporter", patient_key="hall",
              figures=["count||2500|2375|2625|supporter/"])  # fmt: skip
    assert align.counted_doers(a, b)
    assert not align._different_events(a, b, 0.7)
    assert align.candidate(node(a), node(b), 0.7)


def test_one_count_of_one_dwelling_class_is_one_doer():
    """Houses / households (:data:`consilience.align.COUNTED_CLASSES`): an act ("lost
    their water supply") beside the state it leaves ("have no running water")."""
    a = claim("a", "About 1,800 houses lost their water supply", "lose",
              actor_key="house", patient_key="supply",
              figures=["count||1800|1620|1980|house/"])  # fmt: skip
    b = claim("b", "1,800 households have no running water", "have",
              actor_key="household", patient_key="water",
              figures=["count||1800|1710|1890|household/"])  # fmt: skip
    assert align.counted_doers(a, b)
    assert not align._different_events(a, b, 0.65)


def test_different_counts_are_different_groups():
    """Four players sent off / five players booked: two groups."""
    a = claim("a", "Four players were sent to the stands", "sit",
              actor_key="player", figures=["count||4|||player/"])  # fmt: skip
    b = claim("b", "Five players received yellow cards", "receive",
              actor_key="player", patient_key="card", figures=["count||5|||player/"])  # fmt: skip
    assert not align.counted_doers(a, b)


def test_one_count_of_different_classes_is_no_group():
    """300 firefighters / 300 homes: one number, two kinds of thing."""
    a = claim("a", "300 firefighters fought the blaze overnight", "fight",
              actor_key="firefighter", patient_key="blaze",
              figures=["count||300|||firefighter/"])  # fmt: skip
    b = claim("b", "300 homes lost power overnight", "lose",
              actor_key="home", patient_key="power", figures=["count||300|||home/"])  # fmt: skip
    assert not align.counted_doers(a, b)
    assert align._different_events(a, b, 0.65)


def test_a_count_of_another_argument_does_not_name_the_doer():
    """The count must count the doers: "engineers inspected 40 bridges" / "inspectors
    checked 40 bridges" share a count of bridges, not of the doers."""
    a = claim("a", "Engineers inspected 40 bridges", "inspect",
              actor_key="engineer", patient_key="bridge", figures=["count||40|||bridge/"])  # fmt: skip
    b = claim("b", "Inspectors checked 40 bridges", "check",
              actor_key="inspector", patient_key="bridge", figures=["count||40|||bridge/"])  # fmt: skip
    assert not align.counted_doers(a, b)


def test_no_count_no_group():
    """'Residents fled' / 'people slept in the school': no count, no group by this rule."""
    a = claim("a", "Residents fled the valley", "flee", actor_key="resident", patient_key="valley")
    b = claim("b", "People slept in the school", "sleep", actor_key="people", patient_key="school")
    assert not align.counted_doers(a, b)
