"""The clash index (consilience.clash_index) finds exactly the statement clashes that
comparing every pair of claims finds, while comparing fewer pairs."""

from __future__ import annotations

import pytest
from conftest import load_bench

from consilience.clash_index import AllPairs, ClashIndex, may_clash, partners, signature
from consilience.event_states import Reading

#: three reports of one story (a lighthouse restoration) that disagree on several things:
#: an act stated and denied, a state and the act that ends it, an undecided plan and a
#: deed, two values of one property
LIGHTHOUSE = (
    "The harbour trust approved the restoration of the Carrow Point lighthouse on Monday. "
    "The keeper, Ines Albright, was unharmed when part of the gallery collapsed. "
    "The trust sold the old fog signal to a museum in Bergen. "
    "The lantern room is painted red.",
    "The harbour trust did not approve the restoration of the Carrow Point lighthouse, a "
    "spokesman said on Monday. The keeper, Ines Albright, was injured when part of the "
    "gallery collapsed. The trust has not decided whether to sell the old fog signal. "
    "The lantern room is painted green.",
    "Volunteers repainted the lantern room of the Carrow Point lighthouse in July. "
    "The harbour trust approved the restoration on Monday, its chair said. "
    "No one was hurt when the gallery collapsed, the trust said.",
)

#: a second story (an orchard co-operative) with a denial of a whole class and opposite acts
ORCHARD = (
    "No trees were destroyed in the hailstorm that hit the Lindqvist orchard on Friday. "
    "The co-operative accepted the insurer's offer of 40,000 euros.",
    "Hail destroyed six apple trees at the Lindqvist orchard on Friday. "
    "The co-operative rejected the insurer's offer of 40,000 euros, its treasurer said.",
    "The co-operative's treasurer, Pavel Orsi, said the hail damaged the packing shed roof. "
    "The co-operative accepted the offer.",
)


def _story(texts: tuple[str, ...]):
    """The story context of ``texts`` as the CLI builds it (claims extracted)."""
    from consilience.model import Article
    from consilience.pipeline import context_from_articles

    arts = [
        Article(
            id=f"a{k}", source=f"a{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-05-04"
        )
        for k, t in enumerate(texts)
    ]
    return context_from_articles(arts)


def _both_ways(ctx):
    bench = load_bench("throughput_clash")
    return bench.clashes(ctx, exhaustive=False), bench.clashes(ctx, exhaustive=True)


@pytest.mark.parametrize("texts", [LIGHTHOUSE, ORCHARD], ids=["lighthouse", "orchard"])
def test_index_finds_the_clashes_every_pair_finds(texts):
    ctx = _story(texts)
    (found, conflicts, calls), (found_all, conflicts_all, calls_all) = _both_ways(ctx)
    assert found, "the story must hold clashes for the comparison to mean anything"
    assert repr(found) == repr(found_all)
    assert conflicts == conflicts_all
    assert calls < calls_all  # the index leaves pairs out


@pytest.mark.parametrize("texts", [LIGHTHOUSE, ORCHARD], ids=["lighthouse", "orchard"])
def test_partners_hold_every_signature_pair_that_may_clash(texts):
    """The gate-by-gate search (:func:`partners`) misses no pair that :func:`may_clash`
    admits when asked of every pair of signatures, one signature with itself included."""
    from consilience import consensus, statements

    ctx = _story(texts)
    nodes, _ = consensus.story_nodes(ctx)
    nodes, _ = statements._with_stances(ctx, nodes)
    first = {signature(r): r for rs in statements._node_readings(ctx, nodes) for r in rs}
    found = partners(first)
    for s, a in first.items():
        for t, b in first.items():
            if may_clash(a, b):
                assert t in found.get(s, ()), (s, t)


def _reading(**kw) -> Reading:
    base = dict(
        token=0,
        kind="event",
        predicate="approve",
        surface="approved",
        sign=1,
        theme=frozenset({"restoration"}),
        head="restoration",
        mods=frozenset(),
        doer=frozenset({"trust"}),
        plan=False,
        start="",
        until="",
    )
    base.update(kw)
    return Reading(**base)


def test_gate_one_predicate_two_signs():
    assert may_clash(_reading(), _reading(sign=-1))
    assert not may_clash(_reading(predicate="repaint"), _reading(sign=-1))


def test_gate_opposite_acts_by_wordnet():
    accept = _reading(kind="act", predicate="accept", sign=1)
    reject = _reading(kind="act", predicate="reject", sign=1)
    paint = _reading(kind="act", predicate="paint", sign=1)
    assert may_clash(accept, reject)
    assert not may_clash(accept, paint)


def test_gate_unharmed_against_a_kind_of_injuring():
    unharmed = _reading(kind="act", predicate="unharmed", pos="a", head="keeper")
    wound = _reading(kind="act", predicate="wound", pos="v", head="keeper")
    sing = _reading(kind="act", predicate="sing", pos="v", head="keeper")
    assert may_clash(unharmed, wound)
    assert not may_clash(unharmed, sing)


def test_pairs_are_sorted_and_only_between_possible_clashes():
    per = [
        [_reading(predicate="close")],
        [_reading(predicate="repaint")],
        [_reading(predicate="close", sign=-1)],
        [],
        [_reading(predicate="repaint", sign=-1), _reading(predicate="close")],
    ]
    index = ClashIndex(per)
    assert index.pairs() == [(0, 2), (1, 4), (2, 4)]
    assert AllPairs(per).pairs() == [(0, 1), (0, 2), (0, 4), (1, 2), (1, 4), (2, 4)]
    # of claim 4's readings, only the one of the same predicate may clash with claim 1's
    assert index.partners(1, 0, 4, per[4]) == [per[4][0]]


def test_readings_of_one_signature_share_every_gate():
    a = _reading(token=3, surface="approved", theme=frozenset({"plan"}))
    b = _reading(token=9, surface="had approved", theme=frozenset({"scheme"}))
    assert signature(a) == signature(b)


def test_shared_sets_identical(shared, tmp_path):
    """On the demo, ECB+ events and one story of each held-out set: the same clashes and
    statement conflicts both ways (the full comparison: ``bench/throughput_clash.py``)."""
    bench = load_bench("throughput_clash")
    sets = bench.story_sets(["demo", "ecb", *bench.HELDOUT], 40)
    stories = [s for name, found in sorted(sets.items()) for s in found[:1] if s]
    import corpora

    for arts in stories:
        assert bench.compare(corpora.build_context(arts))["identical"]


#: predicates of several parts of speech, with antonyms, synonyms, kinds of antonyms and
#: words across parts of speech among them
WORDS = [
    ("survive", "v"),
    ("die", "v"),
    ("succumb", "v"),
    ("perish", "v"),
    ("acquit", "v"),
    ("convict", "v"),
    ("accept", "v"),
    ("reject", "v"),
    ("refuse", "v"),
    ("open", "v"),
    ("close", "v"),
    ("shut", "v"),
    ("free", "a"),
    ("detain", "v"),
    ("custody", "n"),
    ("release", "v"),
    ("arrest", "v"),
    ("win", "v"),
    ("lose", "v"),
    ("rise", "v"),
    ("fall", "v"),
    ("injured", "a"),
    ("unharmed", "a"),
    ("injure", "v"),
    ("hurt", "v"),
    ("approve", "v"),
    ("ban", "v"),
    ("permit", "v"),
    ("forbid", "v"),
    ("sell", "v"),
    ("buy", "v"),
    ("damage", "v"),
    ("repair", "v"),
    ("alive", "a"),
    ("dead", "a"),
    ("arrival", "n"),
    ("departure", "n"),
    ("arrive", "v"),
    ("leave", "v"),
    ("paint", "v"),
]


def test_relation_keys_meet_wherever_wordnet_relates_two_predicates():
    """The join of :func:`relation_keys` misses no pair ``relation`` relates."""
    from consilience.act_relations import relation
    from consilience.clash_index import relation_keys

    related = 0
    for a in WORDS:
        for b in WORDS:
            if relation(*a, *b):
                related += 1
                (emit_a, probe_a), (emit_b, probe_b) = relation_keys(*a), relation_keys(*b)
                assert probe_a & emit_b or probe_b & emit_a, (a, b)
    assert related > len(WORDS)  # more than each word with itself


def test_relation_keys_meet_on_a_spread_of_wordnet():
    """The same on every 97th lemma of WordNet's verbs, adjectives and nouns (a spread
    over the whole vocabulary, not picked words)."""
    from consilience import lexicon
    from consilience.act_relations import relation
    from consilience.clash_index import relation_keys

    index = lexicon.table()["index"]
    words = [(w, pos) for pos in ("v", "a", "n") for w in sorted(index[pos])[::97][:120]]
    words = [w for w in words if "_" not in w[0]]
    for a in words:
        emit_a, probe_a = relation_keys(*a)
        for b in words:
            if relation(*a, *b):
                emit_b, probe_b = relation_keys(*b)
                assert probe_a & emit_b or probe_b & emit_a, (a, b)
