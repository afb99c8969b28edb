"""Consensus recall by relative alignment (issue #11, session 10).

Short articles about mountaineering, trams, bakeries, ferries and town councils,
written for this file (domains none of the annotated sets covers). Each test fails on the
code before session 10: there was no mutual best match (``consilience.mutual_best``,
``align.relative_links``), clock times a relative tolerance called one figure, and a noun
naming an act with a participle ("the rise approved by the council") was no claim of the act.
"""

from __future__ import annotations

import pytest

from consilience import align
from consilience.mutual_best import mutual_best


def _nodes(ctx):
    from consilience.claims import extract_claims

    for analysis in ctx.analyses:
        ext = ctx.extractions[analysis.article.id]
        if not ext.claims:
            ext.claims = extract_claims(analysis, ext)
    nodes, vecs = align.story_nodes(ctx)
    return nodes, (vecs @ vecs.T).astype("float64")


def _index(nodes, start: str, article: str) -> int:
    return next(
        k
        for k, n in enumerate(nodes)
        if n.claim.article == article and n.claim.text.startswith(start)
    )


# ------------------------------------------------------------------ mutual best (pure)


def test_mutual_best_keeps_pairs_that_choose_each_other():
    part = {0: "a", 1: "a", 2: "b", 3: "b", 4: "c"}.__getitem__
    scores = {(0, 2): 0.9, (0, 3): 0.5, (1, 2): 0.95, (1, 3): 0.4, (0, 4): 0.3}
    # 2 prefers 1; 0's best in b is 2 but 2's best in a is 1; 3's best in a is 0, 0's is 2
    assert mutual_best(scores, part) == [(0, 4), (1, 2)]


def test_mutual_best_breaks_ties_by_index_and_ignores_one_part():
    part = {0: "a", 1: "b", 2: "b", 3: "a"}.__getitem__
    assert mutual_best({(0, 1): 0.5, (0, 2): 0.5, (0, 3): 0.99}, part) == [(0, 1)]
    assert mutual_best({}, part) == []


# ------------------------------------------------------------ relative alignment (item 2)

SUMMIT = (
    "The four climbers reached the summit of Mount Teller at 11:20 a.m. on Friday, their "
    "expedition leader said. They had set out from the high camp before dawn. Snow had "
    "delayed them for two days.",
    "At 11:20 on Friday the team stood on top of Mount Teller, according to a satellite "
    "message. The group will descend on Saturday.",
    "The winter ascent of Mount Teller's north face was completed shortly after 11:20 a.m. "
    "on Friday. The climbers are from Norway and Chile. Their sponsor posted a photograph.",
)


def test_three_wordings_of_the_central_fact_align_as_mutual_best_matches(make_ctx):
    """'reached the summit' / 'stood on top' / 'the ascent was completed': different
    predicates at clause cosines under the paraphrase gate, each the other's best match,
    one mountain and one time: one claim of three articles."""
    nodes, sim = _nodes(make_ctx(*SUMMIT))
    a = _index(nodes, "The four climbers reached", "a0")
    b = _index(nodes, "At 11:20 on Friday the team", "a1")
    c = _index(nodes, "The winter ascent", "a2")
    links = set(align.relative_links(nodes, sim))
    assert {(a, b), (a, c), (b, c)} <= links
    # since session 23 the absolute gate admits this pair too: two anchors (the mountain
    # and the clock time) under different verbs (align.anchored_paraphrase)
    assert align.anchored_paraphrase(nodes[a], nodes[c])
    assert [a, b, c] in align.claim_groups(nodes, sim)


def test_two_facts_sharing_only_a_general_noun_are_no_relative_link(make_ctx):
    """Each article's only clause is the other's best match, but 'people' is no argument
    two facts share: no link."""
    nodes, sim = _nodes(
        make_ctx(
            "Hundreds of people queued outside the bakery in Osselby.",
            "People complained about the price of bread in Osselby.",
        )
    )
    assert align.relative_links(nodes, sim) == []


def test_a_pair_that_is_not_mutual_best_is_not_linked_at_a_low_cosine(make_ctx):
    """Article b states the opening twice, once closely: only its closest clause is the
    opening's relative match."""
    nodes, sim = _nodes(
        make_ctx(
            "The Pellworth tram line opened to passengers on Saturday.",
            "Passenger trams began running on the Pellworth line on Saturday. The mayor "
            "rode the first Pellworth tram on Saturday.",
        )
    )
    a = _index(nodes, "The Pellworth tram line", "a0")
    links = {j for i, j in align.relative_links(nodes, sim) if i == a}
    assert len(links) <= 1


# -------------------------------------------------------------------- clock times (item 4)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The first tram left the Norrvik depot at 6 a.m. on Saturday.",
            "The last tram returned to the Norrvik depot at midnight on Saturday.",
        ),
        ("The ferry docked at Hollum at 9:40 p.m.", "The ferry docked at Hollum at 11:15 p.m."),
        (
            "Firefighters reached the mill at 3:05 in the afternoon.",
            "Firefighters arrived at the mill at 4:30 p.m.",
        ),
    ],
)
def test_two_clock_times_of_one_act_disagree(make_ctx, one, other):
    nodes, sim = _nodes(make_ctx(one, other))
    a, b = nodes[0], nodes[-1]
    assert align.clock_times_disagree(a.claim, b.claim)
    assert not align.aligned(a, b, float(sim[0, len(nodes) - 1]))


def test_one_clock_time_in_two_roundings_agrees(make_ctx):
    nodes, _sim = _nodes(
        make_ctx("The ferry docked at about 9:40 p.m.", "The ferry docked at 9:40 p.m.")
    )
    assert not align.clock_times_disagree(nodes[0].claim, nodes[-1].claim)
    assert align.figures_agree(nodes[0].claim, nodes[-1].claim)


# ------------------------------------------- an approved act is the act (item 3, nominals)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("increase", "increase"), ("rise", "rise"), ("reduction", "reduce"), ("extension", "extend")],
)
def test_approving_a_noun_of_an_act_does_the_act(noun, verb):
    assert align.approved_act(noun) == verb


@pytest.mark.parametrize("noun", ["plan", "proposal", "budget", "people", None])
def test_approving_a_plan_or_a_thing_is_no_act(noun):
    assert align.approved_act(noun) is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(
            "The Harrowgate water board raised household charges by 8 percent on Tuesday.",
            "The 8 percent rise approved by the Harrowgate water board on Tuesday angered tenants.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="spaCy makes 'approved' the main verb with 'rise' its subject: the "
                "extractor loses the agent (claims.py, not done in session 10)",
            ),
        ),
        (
            "The city council of Brenley approved a rise in parking fees of two euros.",
            "Brenley's city council raised parking fees by two euros.",
        ),
    ],
)
def test_an_approved_rise_or_a_result_states_the_act_of_the_causative(make_ctx, one, other):
    """'raised charges' / 'the rise approved by the board' / 'fares fell': the causative
    and the event it causes (WordNet), or an approving verb and the act its undergoer
    names, are one predicate when their arguments align."""
    nodes, _sim = _nodes(make_ctx(one, other))
    firsts = [n for n in nodes if n.claim.article == "a0"]
    seconds = [n for n in nodes if n.claim.article == "a1"]
    assert any(align.same_predicate(x.claim, y.claim) for x in firsts for y in seconds)


def test_a_causative_and_an_unrelated_result_are_not_one_act():
    from consilience.same_act import acts_caused

    assert acts_caused("raise", "rise") and acts_caused("rise", "raise")
    assert not acts_caused("raise", "fall")
    assert not acts_caused("open", "resign")
