"""Facts across articles: consensus, unique, summary, headline; acceptance on gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_dir as _shared

from consilience.facts import article_units, build_facts
from consilience.model import Article

ROOT = Path(__file__).resolve().parents[1]


# A small fictional story: three reports of a warehouse fire in the invented town of Harlow
# Bridge. All three state the fire, the evacuation of 60 workers and the fire service's
# statement; each adds one fact of its own; one carries a byline and a heading.
SMALL = {
    "p1": (
        "Warehouse fire forces evacuation in Harlow Bridge\n"
        "By Anna Kerr\n"
        "A fire broke out at the Dunmore Logistics warehouse in Harlow Bridge on Tuesday morning. "
        "About 60 workers were evacuated from the building before the roof collapsed. "
        "The Harlow Fire Service said the blaze started in a storage bay for lithium batteries. "
        "Mayor Colin Reyes said the town would pay for temporary housing for three families whose flats were damaged by smoke."
    ),
    "p2": (
        "A large fire destroyed a warehouse owned by Dunmore Logistics in Harlow Bridge on Tuesday. "
        "Around 60 employees were evacuated safely before the roof fell in. "
        "According to the Harlow Fire Service, the fire began in a bay where lithium batteries were stored. "
        "The company's shares fell 4 percent on the Eastmere stock exchange after the news."
    ),
    "p3": (
        "Fire crews spent the day fighting a blaze at the Dunmore Logistics warehouse in Harlow Bridge. "
        "Some 60 workers were led out of the warehouse before its roof collapsed. "
        "Fire officials said the fire started where lithium batteries were kept. "
        "Residents of the nearby Elm Court estate were told to keep their windows closed because of toxic smoke.\n"
        "Reporting by Tom Hale"
    ),
}


@pytest.fixture(scope="session")
def small_ctx(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, published="2025-04-02") for k, v in SMALL.items()
    ]
    return bench.build_context(arts)


@pytest.fixture(scope="session")
def small_out(small_ctx):
    return build_facts(small_ctx)


def _check_citation(ctx, c):
    texts = {a.article.id: a.article.text for a in ctx.analyses}
    assert c["article"] in texts
    assert 0 <= c["start"] < c["end"] <= len(texts[c["article"]])
    return texts[c["article"]][c["start"] : c["end"]]


def test_small_consensus(small_ctx, small_out):
    cons = small_out["consensus"]
    assert cons, "no consensus found"
    joined = " || ".join(c["text"] for c in cons)
    assert "60" in joined  # the evacuation
    assert "lithium" in joined  # the cause
    for c in cons:
        assert set(c) >= {"text", "articles", "independent_sources", "citations"}
        assert len(c["articles"]) >= 2
        assert 1 <= c["independent_sources"] <= len(c["articles"])
        # one citation per supporting article, each an exact span
        assert sorted({x["article"] for x in c["citations"]}) == sorted(c["articles"])
        cited = [_check_citation(small_ctx, x) for x in c["citations"]]
        assert c["text"] in cited
    evac = next(c for c in cons if "60" in c["text"])
    assert evac["articles"] == ["p1", "p2", "p3"]


def test_small_unique(small_ctx, small_out):
    uniq = small_out["unique"]
    by_article = {}
    for u in uniq:
        assert set(u) >= {"article", "text", "citation"}
        assert _check_citation(small_ctx, u["citation"]) == u["text"]
        by_article.setdefault(u["article"], []).append(u["text"])
    assert any("Colin Reyes" in t for t in by_article.get("p1", []))
    assert any("4 percent" in t for t in by_article.get("p2", []))
    assert any("Elm Court" in t for t in by_article.get("p3", []))
    texts = " ".join(u["text"] for u in uniq)
    assert "By Anna Kerr" not in texts and "Reporting by" not in texts
    assert "60" not in texts  # consensus facts are not unique


def test_small_summary_and_headline(small_ctx, small_out):
    summary = small_out["summary"]
    assert 1 <= len(summary) <= 5
    for s in summary:
        assert s["citations"]
        cited = [_check_citation(small_ctx, c) for c in s["citations"]]
        assert s["text"] in cited
    assert len({s["text"] for s in summary}) == len(summary)
    (headline,) = small_out["headline"]
    assert _check_citation(small_ctx, headline["citations"][0]) == headline["text"]


def test_units_split_clauses_and_mark_boilerplate(small_ctx):
    from consilience.analyse import analyse

    text = (
        "Council news\n"
        "By Jo Bell\n"
        "Table: results | 4 | 5 |\n"
        "The mayor has been critical of the plan, and his deputy, Ann Vale, has proposed a budget that would close two libraries."
    )
    (analysis,) = analyse([Article(id="x", source="x.txt", text=text)])
    units = article_units(analysis)
    full = [u for u in units if not u.sub]
    flags = {u.text: (u.boilerplate, u.heading) for u in full}
    assert flags["By Jo Bell"][0]
    assert any(u.text.startswith("Table:") and u.boilerplate for u in full)
    clauses = [u.text for u in full if not u.boilerplate]
    assert "The mayor has been critical of the plan" in clauses
    assert any(t.startswith("his deputy, Ann Vale, has proposed") for t in clauses)


def test_deterministic(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, published="2025-04-02") for k, v in SMALL.items()
    ]
    one = json.dumps(build_facts(bench.build_context(arts)), sort_keys=True)
    two = json.dumps(build_facts(bench.build_context(arts)), sort_keys=True)
    assert one == two


def test_single_article_story(bench):
    arts = [Article(id="p1", source="p1.txt", text=SMALL["p1"], published="2025-04-02")]
    out = build_facts(bench.build_context(arts))
    assert out["consensus"] == [] and out["summary"] == []
    assert len(out["headline"]) == 1


# --------------------------------------------------------------------------- acceptance


@pytest.fixture(scope="session")
def seeds(bench):
    if _shared() is None:
        pytest.skip("../shared is not present")
    arts = bench.seed_articles()
    ctx = bench.build_context(arts)
    return ctx, bench.seeds_gold(), {a.id: a.id for a in arts}


@pytest.mark.shared
def test_seeds_acceptance(seeds, bench):
    ctx, gold, key_of = seeds
    res = bench.evaluate(ctx, gold, key_of)
    assert res["consensus"]["found"] >= 6, res["consensus"]["details"]
    assert res["unique"]["found"] >= 6, res["unique"]["details"]
    # precision: most reported items match a gold fact (nobody games recall by listing all)
    assert res["consensus"]["precision"] >= 0.5
    assert res["unique"]["precision"] >= 0.35


@pytest.mark.shared
def test_seeds_sections(seeds):
    ctx, _gold, _ = seeds
    out = build_facts(ctx)
    assert 1 <= len(out["summary"]) <= 5
    assert out["consensus"][0]["articles"] == ["000", "001", "002", "003", "004"]
    # every unique item is a verbatim, cited span and no byline/table slips in
    for u in out["unique"]:
        assert (
            ctx.analysis(u["article"]).article.text[u["citation"]["start"] : u["citation"]["end"]]
            == u["text"]
        )
        assert "|" not in u["text"] and not u["text"].startswith("By ")


@pytest.fixture(scope="session")
def demo(bench):
    gold = bench.load_gold("demo")
    arts = bench.demo_articles()
    if not gold or not arts:
        pytest.skip("demo corpus or its gold annotation is absent")
    ctx = bench.build_context(arts)
    return ctx, gold, {a.id: bench.gold_key(a) for a in arts}


def test_demo_sections(demo, bench):
    ctx, gold, key_of = demo
    out = build_facts(ctx)
    for key in ("consensus", "unique", "summary", "headline"):
        assert out[key], key
    res = bench.evaluate(ctx, gold, key_of)
    assert res["consensus"]["recall"] >= 0.65, res["consensus"]["details"]
    assert res["consensus"]["precision"] >= 0.6
    assert res["unique"]["found"] >= 6, res["unique"]["details"]
    # unique facts are listed under the article that states them
    for u in out["unique"]:
        assert (
            ctx.analysis(u["article"]).article.text[u["citation"]["start"] : u["citation"]["end"]]
            == u["text"]
        )


def test_fixtures_gold(bench):
    gold = bench.load_gold("fixtures")
    arts = bench.fixture_articles()
    if not gold or not arts:
        pytest.skip("annotated fixtures are absent")
    ctx = bench.build_context(arts)
    res = bench.evaluate(ctx, gold, {a.id: bench.gold_key(a) for a in arts})
    assert res["consensus"]["found"] >= 4, res["consensus"]["details"]
    assert res["unique"]["found"] >= 4, res["unique"]["details"]
