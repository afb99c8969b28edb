"""Consensus recall by relative alignment (issue #11, session 10).

Short articles about mountaineering, a frog survey, trams, bakeries and town councils,
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
    assert not align.aligned(nodes[a], nodes[c], float(sim[a, c]))  # the absolute gate
    assert [a, b, c] in align.claim_groups(nodes, sim)


FROG = (
    "Dr Hanna Vik discovered a new species of frog in the Orrin valley, the university said "
    "on Monday. The frog is bright orange.",
    "A new kind of frog has been identified in the Orrin valley by the biologist Hanna "
    "Vik. Only nine animals were seen.",
    "Hanna Vik has found a frog unknown to science in the Orrin valley. She spent three "
    "months in the valley.",
)


def test_a_discovery_worded_three_ways_is_one_group(make_ctx):
    nodes, sim = _nodes(make_ctx(*FROG))
    got = [
        sorted({nodes[k].claim.article for k in g})
        for g in align.claim_groups(nodes, sim)
        if any("frog" in nodes[k].claim.text for k in g)
    ]
    assert ["a0", "a1", "a2"] in got


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
