"""Consensus recall (issue #11, session 7): the agreed part of a claim whose figure is
disputed, and claims of one event aligned on their shared arguments.

Unit tests build one sentence with the packaged spaCy pipeline; the story tests run the
whole brief on short articles written for this file. Each test fails on the code before
its change.
"""

from __future__ import annotations

import pytest

from consilience import align
from consilience.model import Article, Claim


def _clause(ctx, aid: str = "a0") -> Claim:
    """A claim spanning the first sentence of article ``aid`` of ``ctx``."""
    doc = ctx.analysis(aid).doc
    sent = next(iter(doc.sents))
    text = doc.text[sent.start_char : sent.end_char].rstrip(".")
    return Claim(aid, sent.start_char, sent.start_char + len(text), text, 0, "main", "x", "x")


def _disputed(ctx, words: str, aid: str = "a0") -> list[tuple[str, int, int]]:
    text = ctx.analysis(aid).doc.text
    start = text.index(words)
    return [(aid, start, start + len(words))]


# --------------------------------------------------------------------------- agreed part


@pytest.mark.parametrize(
    ("sentence", "figure", "agreed"),
    [
        (
            "Police shut the Harbour Road tunnel on Wednesday, diverting 5,500 vehicles.",
            "5,500 vehicles",
            "Police shut the Harbour Road tunnel on Wednesday",
        ),
        (
            "The regional council approved the budget by 31 votes to 12.",
            "31 votes to 12",
            "The regional council approved the budget",
        ),
        (
            "At 4:20 a.m. a gas explosion destroyed the bakery on Kell Street.",
            "4:20 a.m.",
            "a gas explosion destroyed the bakery on Kell Street",
        ),
    ],
)
def test_agreed_span_leaves_out_a_disputed_adjunct(make_ctx, sentence, figure, agreed):
    """The clause without the phrase holding the disputed reading, when that phrase is an
    adjunct opening or closing the clause."""
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_span

    ctx = make_ctx(sentence)
    c = _clause(ctx)
    s, e = agreed_span(c, Texts(ctx), _disputed(ctx, figure))
    assert sentence[s:e] == agreed


def test_agreed_span_keeps_a_core_argument(make_ctx):
    """A disputed figure that is the clause's object ('destroyed 14 houses') cannot be cut
    out without changing what is stated: no agreed span."""
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_span

    ctx = make_ctx("The wildfire destroyed 14 houses near Ossen.")
    c = _clause(ctx)
    assert agreed_span(c, Texts(ctx), _disputed(ctx, "14 houses")) is None


def test_agreed_span_is_the_clause_when_nothing_is_disputed(make_ctx):
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_span

    ctx = make_ctx("The ferry resumed sailings to Brack Island on Monday.")
    c = _clause(ctx)
    assert agreed_span(c, Texts(ctx), []) == (c.start, c.end)


# --------------------------------------------------------------------------- stories


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2025-10-06")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_a_claim_with_a_disputed_cost_is_agreed_without_it(bench):
    """Three outlets: the Dunmore bridge reopened on Thursday after repairs (agreed); what
    the repairs cost is disputed (3.5 / 3.5 / 5 million euros). The agreed part is one
    consensus item of all three articles, its text without the cost; the conflict keeps
    the cost."""
    brief = _brief(
        bench,
        {
            "p": "The Dunmore bridge reopened to traffic on Thursday after repairs costing 3.5 "
            "million euros. Buses will return next week.",
            "q": "Drivers were back on the Dunmore bridge on Thursday as it reopened after "
            "repairs that cost 3.5 million euros, the council said. Cyclists welcomed the news.",
            "r": "The Dunmore bridge reopened on Thursday after repairs costing 5 million "
            "euros. The work took eight months.",
        },
    )
    items = [c for c in brief["consensus"] if "reopened" in c["text"]]
    assert [c["articles"] for c in items] == [["p", "q", "r"]], brief["consensus"]
    assert "million" not in items[0]["text"] and items[0]["text"].startswith("The Dunmore")
    readings = [r["text"] for k in brief["conflicts"] for r in k.get("readings", [])]
    assert "5 million euros" in readings and "3.5 million euros" in readings


def test_a_vote_margin_in_dispute_leaves_the_vote_agreed(bench):
    """Three outlets: the Lorne council passed the tram plan on Tuesday; the margin is
    given as 27 votes to 14 by two and 22 to 19 by one. The passing is agreed, cited to all
    three, and shown without any margin."""
    brief = _brief(
        bench,
        {
            "x": "Lorne city council passed the tram extension plan on Tuesday by 27 votes to 14. "
            "Work could begin in spring.",
            "y": "After a long debate, Lorne city council on Tuesday passed the tram extension "
            "plan by 27 votes to 14. Shopkeepers fear years of roadworks.",
            "z": "Lorne city council passed the tram extension plan on Tuesday by 22 votes to 19. "
            "The mayor called it a historic day.",
        },
    )
    items = [c for c in brief["consensus"] if "passed" in c["text"]]
    assert any(len(c["articles"]) == 3 for c in items), brief["consensus"]
    assert all("27" not in c["text"] and "22" not in c["text"] for c in items)


def test_agreed_span_never_cuts_the_predicate(make_ctx):
    """A clause parsed as a noun with a participle ('diesel leaked from the depot on
    Friday night', 'leaked' an ``acl`` of 'diesel'): cutting the adjunct that holds the
    disputed day must not take the predicate with it and leave 'diesel'."""
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_span

    ctx = make_ctx("Inspectors said diesel leaked from the Marl depot on Friday night.")
    text = ctx.analysis("a0").doc.text
    start = text.index("diesel")
    end = text.index(" night") + len(" night")
    c = Claim("a0", start, end, text[start:end], 0, "content", "leak", "leak")
    span = agreed_span(c, Texts(ctx), _disputed(ctx, "Friday"))
    assert span is None or "leaked" in text[span[0] : span[1]]


# --------------------------------------------------------------------------- alignment


def _closure(article: str, text: str, figure: str, **kw) -> Claim:
    """'Rail operator Vintra closed the Osk line ... for N days': one actor, one patient."""
    return Claim(
        article,
        0,
        len(text),
        text,
        0,
        "main",
        kw.pop("predicate", "close"),
        kw.pop("frame", "close"),
        actor="Vintra",
        actor_key="vintra",
        actor_label="ORG",
        actor_keys=["vintra"],
        patient="the Osk line",
        patient_key="osk line",
        entities=["vintra", "osk line"],
        nouns=["line", "day"],
        figures=[figure],
        **kw,
    )


def _node(c: Claim) -> align.Node:
    return align.Node(c, 0, c.article, align._keys(c), None, None)


def test_aligned_but_figures_ignores_only_the_figure():
    """'closed the Osk line for 4 days' / '... for 9 days': not one claim (the figure
    differs), but one claim but for the figure; a negated closure is neither."""
    a = _node(_closure("a", "Vintra closed the Osk line for 4 days", "duration|s|345600|||/line"))
    b = _node(_closure("b", "Vintra closed the Osk line for 9 days", "duration|s|777600|||/line"))
    c = _node(
        _closure(
            "c",
            "Vintra did not close the Osk line for 9 days",
            "duration|s|777600|||/line",
            negated=True,
        )
    )
    assert not align.aligned(a, b, 0.9)
    assert align.aligned_but_figures(a, b, 0.9)
    assert not align.aligned_but_figures(a, c, 0.9)


def test_item_text_never_states_a_disputed_value():
    """The agreed text must not state a value a disputed reading of the group holds, in
    the reading's words ('45 cases') or another form of its number ('8%' / '8 percent')."""
    from consilience.consensus import _states_value

    assert _states_value("The outbreak has grown to 45 cases", ["45 cases"])
    assert _states_value("Shares fell 8 percent on Thursday", ["8%"])
    assert _states_value("The plant closed on Sunday", ["Sunday"])
    assert not _states_value("The outbreak has grown", ["45 cases"])
    assert not _states_value("Shares fell on Thursday", ["8%", "Sunday"])
