"""Wording of figures (session 17, headline): a count of one reads singular, one outlet
"agrees". Figures written for these tests (ferrymen, lorries)."""

from __future__ import annotations


def test_a_count_of_one_reads_singular():
    from consilience.model import Quantity
    from consilience.reconcile import normalized

    one = Quantity("a", 0, 19, "one of the ferrymen", 1.0, "", "count", noun="ferryman")
    many = Quantity("a", 0, 15, "three ferrymen", 3.0, "", "count", noun="ferryman")
    assert normalized(one) == "1 ferryman"
    assert normalized(many) == "3 ferrymen"


def test_one_outlet_agrees():
    from consilience.reconcile import Quantity, Reading, _agree

    q = Quantity("a", 0, 5, "forty", 40.0, "", "count", noun="lorry")
    one = Reading(q, 0, None, "Skerry Post", (40.0, 40.0))
    assert _agree([one]) == "agrees" and _agree([one, one]) == "agree"
