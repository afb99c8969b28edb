"""Dates (session 20, fix round): one act told by two verbs of one kind ("left" /
"escaped") is one act dated twice, and a date conflict with no majority names no outlier.
Sentences written for these tests (a zoo, a prison, a dairy), not from the annotated sets."""

from __future__ import annotations


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def test_a_way_of_leaving_is_leaving():
    from consilience.dates import _one_way_of

    assert _one_way_of(frozenset({"escape"}), frozenset({"leave"}))
    assert _one_way_of(frozenset({"leave"}), frozenset({"escape"}))


def test_unrelated_acts_are_no_way_of_each_other():
    from consilience.dates import _one_way_of

    assert not _one_way_of(frozenset({"arrive"}), frozenset({"leave"}))
    assert not _one_way_of(frozenset({"sell"}), frozenset({"leave"}))


def test_one_breakout_told_by_two_verbs_is_a_date_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Two bears escaped from Kestrel Zoo on Sunday night after storm winds "
            "brought down a tree onto their fence.",
            "b": "Two brown bears left their enclosure at Kestrel Zoo on Monday evening after "
            "a tree fell on the fence during the storm.",
        },
        "2026-03-04",
    )
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, out["conflicts"]
    rows = [r for r in out["timeline"] if r.get("disputed")]
    assert len(rows) == 1 and rows[0]["articles"] == ["a", "b"]


def test_a_tie_of_two_dates_names_no_outlier(bench):
    out = _timeline(
        bench,
        {
            "a": "Two inmates escaped from Dunmore Prison on Sunday night after guards "
            "left a gate unlocked.",
            "b": "Two inmates escaped from Dunmore Prison on Monday night after guards "
            "left a gate unlocked.",
        },
        "2026-03-04",
    )
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, out["conflicts"]
    assert found[0]["majority"] == [] and found[0]["outliers"] == []


# --------------------------------------------------------------- lines cut of their figures


def _settled(make, text: str, date: str, figure: str) -> str:
    from types import SimpleNamespace

    from consilience.timeline_figures import settle_timeline

    an = make(text, "a1")
    whole = {"article": "a1", "start": 0, "end": len(text)}
    at = text.index(date)
    entry = {
        "text": text,
        "articles": ["a1"],
        "citation": dict(whole),
        "citations": [dict(whole)],
        "mentions": [{"citation": {"article": "a1", "start": at, "end": at + len(date)}}],
    }
    x = text.index(figure)
    reading = {"article": "a1", "citation": {"article": "a1", "start": x, "end": x + len(figure)}}
    conflict = {"kind": "quantity", "readings": [reading], "outliers": ["a1"]}
    ctx = SimpleNamespace(
        brief={"timeline": [entry], "conflicts": [conflict]}, analysis=lambda aid: an
    )
    settle_timeline(ctx)
    return entry["text"]


def test_a_cut_figure_never_takes_the_dated_act_with_it(make):
    text = (
        "Ammonia leaked from a cooling tank at the Brennan dairy on Monday morning, sending "
        "9 workers to hospital with burns, the regional fire brigade said."
    )
    line = _settled(make, text, "Monday morning", "9")
    assert "Monday" in line and "leaked" in line, line


def test_a_figure_in_an_adjunct_is_still_cut(make):
    text = "The dairy reopened on Thursday after a clean-up that cost 40,000 euros."
    line = _settled(make, text, "Thursday", "40,000 euros")
    assert line.startswith("The dairy reopened on Thursday") and "40,000" not in line, line
