"""Paraphrases across outlets at the pair decision (consilience.align, session 18).

A clause the extractor cut before its complement ("lifting the count of ferries" | "ferries
operating on the lake to 14") must be compared with the numbers of that complement: two
clauses that restate one another in other words but give 14 and 15 are no agreement.
Sentences are our own; claims are built by hand (the extractor is tested elsewhere).
"""

from __future__ import annotations

from consilience import align
from consilience.model import Claim

SENTENCE = (
    "The operator added a new boat, lifting the count of ferries operating on the lake to 14."
)


def part(article: str, text: str, sentence: str, verb: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text``, a part of ``sentence`` (offsets in it)."""
    start = sentence.index(text)
    return Claim(
        article=article, start=start, end=start + len(text), text=text, sentence=0,
        kind=kw.pop("kind", "participial"), frame=verb, predicate=verb,
        role=kw.pop("role", "event"), **kw,
    )  # fmt: skip


def node(c: Claim, claims: list[Claim], order: int) -> align.Node:
    n = align.Node(c, order, c.article, keys=align._keys(c))
    n.reach = align.complement_reach(c, claims)
    return n


def _cut() -> tuple[Claim, list[Claim]]:
    lift = part("a", "lifting the count of ferries", SENTENCE, "lift", actor_key="operator",
                patient_key="count")  # fmt: skip
    operate = part("a", "ferries operating on the lake to 14", SENTENCE, "operate",
                   kind="reduced", actor_key="ferry", role="attribute")  # fmt: skip
    add = part("a", "The operator added a new boat", SENTENCE, "add", kind="main",
               actor_key="operator", patient_key="boat")  # fmt: skip
    return lift, [add, lift, operate]


def test_a_cut_clause_reaches_the_end_of_its_complement():
    lift, claims = _cut()
    assert align.complement_reach(lift, claims) == (
        "lifting the count of ferries operating on the lake to 14"
    )


def test_a_clause_starting_before_the_last_word_is_no_cut_complement():
    """'Valdrin, whose fleet grew to 14 ferries last year, added a new boat': the relative
    clause starts inside the subject, not at the cut clause's last word, so its number is
    not the subject clause's."""
    sentence = "The Valdrin ferry line, whose fleet grew to 14 ferries last year, added a boat."
    line = part("a", "The Valdrin ferry line", sentence, "be", kind="appositive",
                actor_key="valdrin")  # fmt: skip
    grew = part("a", "ferry line, whose fleet grew to 14 ferries last year", sentence, "grow",
                kind="relative", actor_key="fleet")  # fmt: skip
    assert align.complement_reach(line, [line, grew]) == ""


def test_a_whole_clause_reaches_nothing_further():
    lift, claims = _cut()
    assert align.complement_reach(claims[0], claims) == ""
    assert align.complement_reach(claims[2], claims) == ""


def test_the_complement_numbers_of_a_cut_clause_disagree_with_another_count():
    """'lifting the count of ferries [operating on the lake to 14]' / 'raised the count of
    ferries on the lake to 15': the cut clause states no number, its complement does. Read
    alone, the two are one act of one doer on one undergoer."""
    lift, claims = _cut()
    other = "The operator raised the count of ferries on the lake to 15."
    take = part("b", "raised the count of ferries on the lake to 15", other, "raise",
                actor_key="operator", patient_key="count")  # fmt: skip
    a, b = node(lift, claims, 0), node(take, [take], 1)
    assert align.reach_numerals_disagree(a, b)
    assert not align.candidate(a, b, 0.8)
    assert not align.relative_candidate(a, b, 0.8)


def test_the_same_number_in_the_complement_is_no_disagreement():
    lift, claims = _cut()
    other = "The operator raised the count of ferries on the lake to 14."
    take = part("b", "raised the count of ferries on the lake to 14", other, "raise",
                actor_key="operator", patient_key="count")  # fmt: skip
    assert not align.reach_numerals_disagree(node(lift, claims, 0), node(take, [take], 1))


# --------------------------------------------------------------------------- counted nouns


def _counted(article: str, text: str, n: int, noun: str) -> Claim:
    c = part(article, text, text, "buy", kind="main", actor_key="navy", patient_key=noun)
    c.figures = [f"count||{n}|{n - 0.5}|{n + 0.5}|{noun}/"]
    return c


def test_a_count_of_a_kind_of_thing_counts_the_thing():
    """'bought 12 frigates' / 'the purchase of 12 warships': WordNet makes a frigate a
    warship, so the two counts are one figure of one kind."""
    a = _counted("a", "The navy bought 12 frigates", 12, "frigate")
    b = _counted("b", "The navy's purchase of 12 warships", 12, "warship")
    assert align.kinds_meet("count||frigate/", "count||warship/")
    assert align.figures_agree(a, b) and align.counted_figures_agree(a, b)


def test_counts_of_a_kind_and_its_class_that_differ_disagree():
    a = _counted("a", "The navy bought 12 frigates", 12, "frigate")
    b = _counted("b", "The navy's purchase of 14 warships", 14, "warship")
    assert align.figures_disagree(a, b)


def test_counts_of_unrelated_or_owned_apart_things_are_two_kinds():
    assert not align.kinds_meet("count||frigate/", "count||tonne/")
    assert not align.kinds_meet("count||frigate/navy", "count||warship/army")
    assert not align.kinds_meet("count||frigate/", "count||number/")
    a = _counted("a", "The navy bought 12 frigates", 12, "frigate")
    b = _counted("b", "The navy sold 14 tonnes", 14, "tonne")
    assert not align.figures_disagree(a, b)
