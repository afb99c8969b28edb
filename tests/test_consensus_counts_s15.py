"""Consensus (session 15): a disputed count inside a claim's argument is left out of the item,
not the act it counts; a citation giving another figure is no support of the item's.

Unit tests parse one sentence with the packaged spaCy pipeline; the story test runs the
whole brief on short articles written for this file. Each test fails on the code before
its change.
"""

from __future__ import annotations

import pytest

from consilience.model import Article

# --------------------------------------------------------------------------- count phrases


def _cut(nlp, sentence: str, reading: str) -> str | None:
    """The sentence (without its full stop) with the count phrases of ``reading`` left out,
    or None when :func:`consilience.count_cuts.count_gaps` refuses the cut."""
    from consilience.count_cuts import count_gaps, joined, pieces

    doc = nlp(sentence)
    clause = doc[:-1]
    at = sentence.index(reading)
    span = doc.char_span(at, at + len(reading), alignment_mode="expand")
    gaps = count_gaps(clause, [span])
    return None if gaps is None else joined(sentence, pieces((0, len(sentence) - 1), gaps))


@pytest.fixture(scope="module")
def nlp():
    from consilience.analyse import load_nlp

    return load_nlp()


@pytest.mark.parametrize(
    ("sentence", "reading", "agreed"),
    [
        (
            "The surveyors counted more than 2,400 nesting puffins on the cliffs of Varra.",
            "more than 2,400 nesting puffins",
            "The surveyors counted nesting puffins on the cliffs of Varra",
        ),
        (
            "Border guards confiscated 3.6 tonnes of ivory hidden in timber crates.",
            "3.6 tonnes",
            "Border guards confiscated ivory hidden in timber crates",
        ),
        (
            "A farmer ploughed up a jar of 870 bronze rings near Tilsey.",
            "870 bronze rings",
            "A farmer ploughed up a jar of bronze rings near Tilsey",
        ),
        (
            "The 56 stolen paintings were returned to the gallery in Dorne by the police.",
            "56 stolen paintings",
            "The stolen paintings were returned to the gallery in Dorne by the police",
        ),
    ],
)
def test_a_count_inside_an_argument_is_left_out(nlp, sentence, reading, agreed):
    """The number counting a noun (with its qualifier, and a unit with its "of") is cut;
    the act and the counted thing stay."""
    assert _cut(nlp, sentence, reading) == agreed


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("The brewery employs roughly 6,100 staff.", "roughly 6,100 staff"),
        ("The robbers got away with about 2.7 million dollars in notes.", "2.7 million dollars"),
        ("Four men were detained at the Sallow crossing on Sunday.", "Four men"),
        ("The flood killed 14 near the Ossen weir.", "14"),
        ("The senate passed the grazing bill by 61 votes to 48.", "61 votes"),
        ("Kerrigan Rovers signed the winger on a four-year contract.", "four-year"),
        ("The tracker logged more than 9,000 complaints about the outage.", "9,000 complaints"),
        ("The franc gained 0.6 percent against the dollar on Friday.", "0.6 percent"),
        ("Okafor took 54 percent of the vote in the Selby ward.", "54 percent"),
        ("The lava covered 9 square kilometres of the island's west coast.", "9 square kilometres"),
    ],
)
def test_a_cut_that_leaves_no_agreed_statement_is_refused(nlp, sentence, reading):
    """No cut when the clause would state nothing but its subject ("The brewery employs
    staff"), the number is a sum of money or a measure itself ("got away with dollars"),
    the count opens the clause ("men were detained"), the number is the object itself, or
    the count sits in an adjunct ("by votes to 48") or in a modifier of another noun ("a
    -year contract"), the counted noun is bare ("logged complaints", "gained percent"), or
    a share or an area of something is no amount of it ("took the vote", "covered the
    island's west coast")."""
    assert _cut(nlp, sentence, reading) is None


# --------------------------------------------------------------------------- agreed span


def test_agreed_span_keeps_the_clause_and_gaps_its_count(make_ctx):
    """A disputed count in the object: the claim is stated without the count (its clause,
    less the count), not dropped."""
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_gaps, agreed_span
    from consilience.model import Claim

    sentence = "The storm flattened 31 beach huts along the Marram promenade."
    ctx = make_ctx(sentence)
    end = sentence.index(".")
    c = Claim("a0", 0, end, sentence[:end], 0, "main", "flatten", "flatten")
    at = sentence.index("31")
    spans = [("a0", at, at + len("31 beach huts"))]
    texts = Texts(ctx)
    assert agreed_span(c, texts, spans) == (0, end)
    assert agreed_gaps(c, texts, spans) == [(at, at + 2)]


# --------------------------------------------------------------------------- figures


def test_a_member_giving_another_figure_is_no_support(bench):
    """An item stating "about 5,700 people" is not supported by a clause stating "5,300
    people" (within the grouping's rounding, so no conflict compares them): that member is
    left out; a member stating the same number stays."""
    from consilience.align import story_nodes
    from consilience.claim_spans import Texts
    from consilience.consensus import _same_figures

    said = [
        "The Tolver dairy employs about 5,700 people.",
        "The Tolver dairy employs 5,300 people.",
        "The Tolver dairy employs about 5,700 people in three towns.",
    ]
    ctx = bench.build_context(
        [Article(id=f"a{i}", source=f"a{i}.txt", text=t) for i, t in enumerate(said)]
    )
    nodes, _ = story_nodes(ctx)
    texts = Texts(ctx)
    group = [i for i, n in enumerate(nodes) if n.claim.predicate == "employ"]
    assert len(group) == 3
    first = nodes[group[0]].claim
    kept = _same_figures(group, (first, texts.clause(first)), nodes, texts, [])
    assert [nodes[i].claim.article for i in kept] == ["a0", "a2"]


# --------------------------------------------------------------------------- story


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2025-10-06")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_a_disputed_count_leaves_the_act_agreed(bench):
    """Three outlets: volunteers rescued stranded seals on Fenwick Sands on Saturday (agreed);
    how many is disputed (318 / about 360 / 318). The act is one consensus item of all three
    articles, without any count, and no citation holds a count; the conflict keeps it."""
    texts = {
        "p": "Volunteers rescued 318 stranded seals on Fenwick Sands on Saturday. The beach "
        "was closed to walkers.",
        "q": "Volunteers rescued about 360 stranded seals on Fenwick Sands on Saturday, "
        "wildlife officers said. Vets treated several pups for cuts.",
        "r": "Volunteers rescued 318 stranded seals on Fenwick Sands on Saturday. Nobody "
        "knows why the animals came ashore.",
    }
    brief = _brief(bench, texts)
    items = [c for c in brief["consensus"] if "rescued" in c["text"]]
    assert [c["articles"] for c in items] == [["p", "q", "r"]], brief["consensus"]
    assert "318" not in items[0]["text"] and "360" not in items[0]["text"]
    assert "stranded seals on Fenwick Sands" in items[0]["text"]
    cited = [texts[c["article"]][c["start"] : c["end"]] for c in items[0]["citations"]]
    assert not any("318" in t or "360" in t for t in cited), cited
    readings = [r["text"] for k in brief["conflicts"] for r in k.get("readings", [])]
    assert any("360" in r for r in readings)


# --------------------------------------------------------------------------- denied matter


def test_a_denied_word_in_an_adjunct_leaves_the_act_agreed(make_ctx):
    """A statement conflict over a word one article denies ("inside a crate" / "with no
    crate anywhere") disputes that word in the asserting clause, not its act: consensus
    reads the reading as the word's span (:func:`consensus.matter_spans`), and the clause
    is stated without the adjunct that holds it; the denying clause stays disputed whole."""
    from consilience.claim_spans import Texts, disputed_spans
    from consilience.consensus import _narrowed, agreed_span, matter_spans
    from consilience.model import Claim

    said = "Customs officers found the stolen icons inside a wooden crate at the depot."
    denied = "The icons were lying loose in the lorry, with no crate anywhere."
    ctx = make_ctx(said, denied)
    conflict = {
        "kind": "fact",
        "readings": [
            {
                "article": "a0",
                "predicate": "denied:crate",
                "negated": False,
                "citation": {"article": "a0", "start": 0, "end": len(said) - 1},
            },
            {
                "article": "a1",
                "predicate": "denied:crate",
                "negated": True,
                "citation": {"article": "a1", "start": 0, "end": len(denied) - 1},
            },
        ],
    }
    texts = Texts(ctx)
    matter = matter_spans([conflict], texts)
    at = said.index("crate")
    assert matter == {("a0", 0, len(said) - 1): ("a0", at, at + len("crate"))}
    spans = _narrowed(disputed_spans([conflict]), matter)
    end = len(said) - 1
    c = Claim("a0", 0, end, said[:end], 0, "main", "find", "find")
    s, e = agreed_span(c, texts, spans)
    assert said[s:e] == "Customs officers found the stolen icons"
    whole = disputed_spans([conflict])
    assert agreed_span(c, texts, whole) is None
