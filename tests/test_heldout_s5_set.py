"""bench/annotations/heldout_s5: the held-out set's gold is consistent with its files and
serves both scorers, and both benches take ``--set DIR`` (no model is run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, load_bench

SET = ROOT / "bench" / "annotations" / "heldout_s5"
STORIES = sorted(p for p in SET.iterdir() if (p / "gold.json").is_file())


@pytest.fixture(scope="module")
def check():
    return load_bench("heldout_s5_gold_check")


def test_the_set_has_six_stories_of_four_to_six_articles():
    assert len(STORIES) == 6
    for story in STORIES:
        assert 4 <= len(list(story.glob("*.md"))) <= 6, story.name


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_every_gold_string_is_in_its_file(check, story):
    assert check.check_story(story) == []


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_one_gold_serves_both_scorers(story):
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    for key in ("claims", "unique", "never", "statement_conflicts"):  # claims_heldout_bench
        assert key in gold, key
    for key in ("conflicts", "updates", "quotes"):  # realstyle_bench
        assert key in gold, key
    assert all(len(c["support"]) >= 2 for c in gold["claims"])
    for item in gold["conflicts"] + gold["updates"]:
        assert set(item["outliers"]) < set(item["values"]), item["subject"]
    assert {q["article"] for q in gold["quotes"]} <= {p.name for p in story.glob("*.md")}


def test_the_checker_reports_a_string_missing_from_its_file(check, tmp_path: Path):
    story = tmp_path / "x_story"
    story.mkdir()
    (story / "a.md").write_text("---\ntitle: T\n---\nThe dam held on Monday.\n", encoding="utf-8")
    gold = {
        "claims": [{"id": "x1", "support": {"a.md": ["The dam held"], "b.md": ["It held"]}}],
        "never": [{"article": "a.md", "text": "By Jo Reed"}],
        "conflicts": [{"kind": "date", "subject": "s", "values": {"a.md": "on Monday"},
                       "outliers": ["a.md", "c.md"]}],
    }  # fmt: skip
    (story / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    problems = check.check_story(story)
    assert any("b.md: not a file" in p for p in problems)
    assert any("By Jo Reed" in p for p in problems)
    assert any("outlier c.md" in p for p in problems)
    assert check.main([str(tmp_path)]) == 1


@pytest.mark.parametrize("bench_name", ["claims_heldout_bench", "realstyle_bench"])
def test_set_option_names_the_folder_and_keeps_the_default(bench_name):
    mod = load_bench(bench_name)
    assert mod.set_dir(["-v"]) == mod.DATA
    assert mod.set_dir(["--set", "bench/annotations/heldout_s5"]).resolve() == SET.resolve()
    assert mod.set_dir(["--details", "--set", str(SET)]) == SET
    with pytest.raises(SystemExit):
        mod.set_dir(["--set"])
