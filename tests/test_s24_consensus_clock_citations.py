"""Consensus (session 24): an item whose text gives a clock time is not cited with a clause
that gives only another figure of the same act.

:func:`consilience.align.numerals` leaves clock times out, so an item such as "The
tornado touched down at 16:40" looked as if it stated no number, and a clause of another
article stating the same act with only a length ("The tornado touched down along a track
some 12 km long") counted as its citation (kind 3 of heldout_s23/judged.md, in other
words). :func:`consilience.consensus._same_figures` now drops such a member; a member
giving the same time in another form, a member giving no number and a member giving the
time beside another figure stay.

Every sentence is written for this file; the first test fails on the code before.
"""

from __future__ import annotations

from consilience.model import Claim

ITEM = "The tornado touched down at 16:40 near Marlby."
LENGTH = "The tornado touched down along a track some 12 km long near Marlby."
SAME_TIME = "The tornado touched down at 4.40pm near Marlby."
NO_NUMBER = "The tornado touched down near Marlby on Sunday afternoon."
TIME_AND_LENGTH = "The tornado touched down at 16:40 and carved a path 12 km long."


def _kept(make_ctx, *others: str) -> list[int]:
    """Indices (0 = the item's own clause, 1.. = ``others``) of the members
    :func:`consilience.consensus._same_figures` keeps for the item text :data:`ITEM`."""
    from consilience.align import Node
    from consilience.claim_spans import Texts
    from consilience.consensus import _same_figures

    ctx = make_ctx(ITEM, *others)
    nodes = []
    for k, text in enumerate((ITEM, *others)):
        end = text.rindex(".")
        c = Claim(f"a{k}", 0, end, text[:end], 0, "main", "touch_down", "touch_down")
        nodes.append(Node(claim=c, order=k, root=f"a{k}"))
    texts = Texts(ctx)
    shown = (nodes[0].claim, (0, len(ITEM) - 1))
    return _same_figures(list(range(len(nodes))), shown, nodes, texts, [])


def test_a_clause_giving_only_another_figure_is_no_citation(make_ctx):
    assert _kept(make_ctx, LENGTH) == [0]


def test_the_same_time_no_number_or_the_time_beside_another_figure_stay(make_ctx):
    assert _kept(make_ctx, SAME_TIME, NO_NUMBER, TIME_AND_LENGTH) == [0, 1, 2, 3]


def test_an_item_without_a_clock_time_is_unchanged(make_ctx):
    """No clock time in the text: the rule does not fire (the old figure rule decides)."""
    from consilience.align import Node
    from consilience.claim_spans import Texts
    from consilience.consensus import _same_figures

    a = "The tornado touched down near Marlby."
    ctx = make_ctx(a, LENGTH)
    nodes = [
        Node(Claim("a0", 0, len(a) - 1, a[:-1], 0, "main", "touch_down", "touch_down"), 0, "a0"),
        Node(
            Claim("a1", 0, len(LENGTH) - 1, LENGTH[:-1], 0, "main", "touch_down", "touch_down"),
            1,
            "a1",
        ),
    ]
    shown = (nodes[0].claim, (0, len(a) - 1))
    assert _same_figures([0, 1], shown, nodes, Texts(ctx), []) == [0, 1]
