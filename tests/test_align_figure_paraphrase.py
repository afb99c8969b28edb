"""Differently worded clauses pinned by one counted figure (consilience.align, session 19).

"About 12,400 households in Varden lost their water supply" and "the supply to some 12,400
homes in Varden was cut" use other verbs and words, and their vectors are not close enough
for a paraphrase; the count both give makes them one fact. Every sentence is our own (a
burst water main), claims extracted from the parse.
"""

from __future__ import annotations

from consilience import align
from consilience.model import Analysis, Article


def _node(nlp, text: str, verb: str, aid: str, order: int) -> align.Node:
    """The node of the claim of ``text`` whose predicate is ``verb``."""
    from consilience.brief import extract

    art = Article(id=aid, source=f"{aid}.txt", text=text, published="2026-02-10")
    claims = extract(Analysis(art, nlp(text))).claims
    found = [c for c in claims if c.predicate == verb]
    assert found, [(c.predicate, c.text) for c in claims]
    return align.Node(found[0], order, aid, keys=align._keys(found[0]))


LOST = "About 12,400 households in Varden lost their water supply on Monday."
CUT = "The supply to some 12,400 homes in Varden was cut on Monday."


def test_one_counted_figure_admits_other_words(nlp):
    a, b = _node(nlp, LOST, "lose", "a", 0), _node(nlp, CUT, "cut", "b", 1)
    assert not align.same_predicate(a.claim, b.claim)
    assert align.figure_paraphrase(a.claim, b.claim, 0.45)
    assert align.candidate(a, b, 0.45)


def test_the_figure_does_not_admit_unrelated_clauses(nlp):
    """A clause cosine under ``FIGURE_PARAPHRASE_COSINE`` stays apart, figure or not."""
    a, b = _node(nlp, LOST, "lose", "a", 0), _node(nlp, CUT, "cut", "b", 1)
    assert not align.candidate(a, b, align.FIGURE_PARAPHRASE_COSINE - 0.1)


def test_another_count_is_no_paraphrase(nlp):
    a = _node(nlp, LOST, "lose", "a", 0)
    b = _node(nlp, "The supply to some 9,000 homes in Varden was cut on Monday.", "cut", "b", 1)
    assert not align.figure_paraphrase(a.claim, b.claim, 0.45)
    assert not align.candidate(a, b, 0.45)


def test_a_shared_total_with_other_counts_is_no_paraphrase(nlp):
    """'won three of 12 races' / 'took four wins in 12 races': the 12 is shared, the
    wins are not."""
    a = _node(nlp, "The rowing crew won three of 12 races this year.", "win", "a", 0)
    b = _node(nlp, "The rowing crew took four wins in 12 races this year.", "take", "b", 1)
    assert align.counted_figures_agree(a.claim, b.claim)  # the 12 races
    assert not align.figure_paraphrase(a.claim, b.claim, 0.5)
