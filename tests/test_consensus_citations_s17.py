"""Every citation of a consensus item states the item (issue #11, session 17).

* None against some (:mod:`consilience.denied_counts`): "no injuries were reported" is
  never cited for "two people were injured", and two consensus items saying the one and
  the other are one disagreement, neither agreed.
* A clause that gives no figure does not support an item that states one
  (:func:`consilience.consensus._same_figures`): "will build a depot" is no citation of
  "will spend 90 million euros on a depot".

Every sentence is written for this file; each test fails on the code before the change.
"""

from __future__ import annotations

import pytest

from consilience.model import Article


def _story(bench, said: list[str]):
    from consilience.align import story_nodes
    from consilience.claim_spans import Texts

    ctx = bench.build_context(
        [Article(id=f"a{i}", source=f"a{i}.txt", text=t) for i, t in enumerate(said)]
    )
    nodes, _ = story_nodes(ctx)
    return nodes, Texts(ctx)


def _claim(nodes, article: str, word: str):
    return next(n.claim for n in nodes if n.claim.article == article and word in n.claim.text)


@pytest.mark.parametrize(
    ("denial", "count"),
    [
        ("No injuries were reported at the depot.", "Two workers were injured at the depot."),
        ("Nobody was injured at the depot.", "Two workers were injured at the depot."),
        ("No arrests have been made so far.", "Officers have arrested three teenagers."),
        ("No arrests have been made so far.", "The force reported four arrests overnight."),
        ("No cyclists were hurt in the crash.", "Two cyclists were hurt in the crash."),
    ],
)
def test_a_denial_and_a_count_of_one_thing_are_opposite(bench, denial, count):
    from consilience.denied_counts import denies_count

    nodes, texts = _story(bench, [denial, count])
    a, b = nodes[0].claim, next(n.claim for n in nodes if n.claim.article == "a1")
    assert denies_count(a, b, texts) and denies_count(b, a, texts)


@pytest.mark.parametrize(
    ("denial", "count"),
    [
        ("No cyclists were hurt in the crash.", "Two cyclists were rescued from the river."),
        ("No injuries were reported at the depot.", "Two trains were delayed at the depot."),
        ("Nobody was injured at the depot.", "Two workers were interviewed at the depot."),
        ("Nobody was injured at the depot.", "Nobody was hurt at the depot."),
    ],
)
def test_other_things_or_two_denials_are_not_opposite(bench, denial, count):
    from consilience.denied_counts import denies_count

    nodes, texts = _story(bench, [denial, count])
    a, b = nodes[0].claim, next(n.claim for n in nodes if n.claim.article == "a1")
    assert not denies_count(a, b, texts)


def test_the_check_drops_a_count_cited_for_its_denial(bench):
    """Rule 0 of the citation check: a clause counting arrests never states that none
    were made."""
    from consilience.citation_check import never_states

    nodes, texts = _story(
        bench, ["No arrests had been made by the evening.", "The force had reported two arrests."]
    )
    a, b = _claim(nodes, "a0", "arrests"), _claim(nodes, "a1", "arrests")
    assert never_states(b, a, texts)


def test_two_items_one_denying_the_other_are_neither_consensus(bench):
    """ "No arrests were made" (two articles) and "five people were arrested" (two other
    articles) are one disagreement: :func:`consilience.consensus.items_against` marks
    both; an unrelated item stays."""
    from consilience.consensus import items_against

    said = [
        "No arrests were made at the march.",
        "No arrests were made during the march.",
        "Five people were arrested at the march.",
        "Five protesters were arrested during the march.",
    ]
    nodes, texts = _story(bench, said)
    none_ = [k for k, n in enumerate(nodes) if n.claim.article in ("a0", "a1")]
    five = [k for k, n in enumerate(nodes) if n.claim.article in ("a2", "a3")]
    kept = [(none_, none_[0]), (five, five[0])]
    assert items_against(kept, nodes, texts) == {0, 1}
    assert items_against([(none_, none_[0])], nodes, texts) == set()


def test_a_clause_without_the_figure_is_no_citation_of_it(bench):
    """ "will build a depot" states the act, not "90 million euros": it is left out of an
    item whose text gives the sum; a clause giving the same sum stays."""
    from consilience.consensus import _same_figures

    said = [
        "The Orvik tram company will spend 90 million euros on a new depot.",
        "The Orvik tram company will build a new depot.",
        "The Orvik tram company will spend 90 million euros on a new depot in the north.",
    ]
    nodes, texts = _story(bench, said)
    group = [i for i, n in enumerate(nodes) if n.claim.predicate in ("spend", "build")]
    assert len(group) == 3
    first = nodes[group[0]].claim
    kept = _same_figures(group, (first, texts.clause(first)), nodes, texts, [])
    assert [nodes[i].claim.article for i in kept] == ["a0", "a2"]


def test_the_item_shows_the_clause_without_the_figure_when_one_member_lacks_it(bench):
    """Two printings give "90 million euros", the third states the act alone: the item's
    text is the plain act, which all three state, rather than the sum, which two do."""
    from consilience.align import numerals
    from consilience.consensus import _plain_text, _same_figures

    said = [
        "The Orvik tram company will spend 90 million euros on a new depot.",
        "The Orvik tram company will spend 90 million euros on a new depot in the north.",
        "The Orvik tram company will build a new depot.",
    ]
    nodes, texts = _story(bench, said)
    group = [i for i, n in enumerate(nodes) if n.claim.predicate in ("spend", "build")]
    first = nodes[group[0]].claim
    shown = (first, texts.clause(first))
    same = _same_figures(group, shown, nodes, texts, [])
    rep, plain, kept = _plain_text(group, group[0], shown, same, nodes, texts, [])
    assert kept == group and nodes[rep].claim.article == "a2"
    assert not numerals(texts.text("a2")[slice(*plain[1])])


def test_the_brief_shows_the_act_all_members_state(bench):
    """End to end: the consensus line of the depot cites all three outlets and its text
    gives no sum that one of them does not state."""
    from consilience.brief import build_brief

    texts = {
        "p": "The Orvik tram company will spend 90 million euros on a new depot. Trams will "
        "run as normal.",
        "q": "The Orvik tram company will build a new depot, the mayor said. Fares are frozen.",
        "r": "The Orvik tram company will spend 90 million euros on a new depot in the north. "
        "A new line opens in May.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2025-10-06")
        for k, v in texts.items()
    ]
    brief = build_brief(bench.build_context(arts))
    depot = [c for c in brief["consensus"] if "depot" in c["text"]]
    assert depot
    for item in depot:
        cited = {c["article"] for c in item["citations"]}
        assert "90 million" not in item["text"] or "q" not in cited
