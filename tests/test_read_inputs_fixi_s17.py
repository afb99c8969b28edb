"""Session 17 new-user probes of bad inputs: a Markdown file whose front matter is never
closed is skipped with the reason (its fields would become the title and the text), a
metadata date that is certainly no date is a one-line warning naming the file and the
value (the article is kept, undated), an unknown suffix over front matter is told to be
renamed .md, and a skipped input is named as typed even when typed as an absolute path.
"""

from __future__ import annotations

import logging
import os

from typer.testing import CliRunner

from consilience.cli import app, as_given
from consilience.model import RawArticle, Skipped
from consilience.read import date_problem, iter_raw

STORY = (
    "The council closed the Quarry Lane footbridge on Monday after inspectors found "
    "corroded cables, a spokesman said.\n\nRepairs are expected to take six weeks.\n"
)


def _read(*paths):
    return list(iter_raw([str(p) for p in paths]))


def test_unclosed_front_matter_is_skipped_and_the_run_goes_on(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text('---\nheadline: "Bridge shut\nsource: [Gazette\n' + STORY)
    good = tmp_path / "good.md"
    good.write_text("---\nheadline: Bridge shut\nsource: Gazette\n---\n" + STORY)
    first, second = _read(broken, good)
    assert isinstance(first, Skipped) and first.source == str(broken)
    assert first.reason.startswith("front matter not closed") and "\n" not in first.reason
    assert isinstance(second, RawArticle) and second.outlet == "Gazette"


def test_a_rule_then_prose_is_no_front_matter(tmp_path):
    ruled = tmp_path / "ruled.md"
    ruled.write_text("---\n" + STORY)
    [art] = _read(ruled)
    assert isinstance(art, RawArticle) and "footbridge" in art.text


def test_impossible_published_date_is_a_warning_and_the_article_is_kept(tmp_path, caplog):
    for value in ("2027-02-30", "2026-00-12T08:00:00Z", "to be confirmed"):
        caplog.clear()
        f = tmp_path / "dated.md"
        f.write_text(f"---\ntitle: Bridge shut\noutlet: Gazette\ndate: {value}\n---\n" + STORY)
        with caplog.at_level(logging.WARNING, logger="consilience.read"):
            [art] = _read(f)
        assert isinstance(art, RawArticle) and art.published is None, value
        [line] = [r.getMessage() for r in caplog.records]
        assert line.startswith(str(f)) and value in line and "\n" not in line


def test_readable_dates_pass_without_a_warning(tmp_path, caplog):
    f = tmp_path / "fine.md"
    f.write_text("---\ntitle: Bridge shut\npublished: 2028-02-29T07:15:00Z\n---\n" + STORY)
    with caplog.at_level(logging.WARNING, logger="consilience.read"):
        [art] = _read(f)
    assert art.published == "2028-02-29T07:15:00Z" and not caplog.records
    assert date_problem("3 March 2027") is None and date_problem("2027/3/3") is None


def test_unknown_suffix_over_front_matter_is_told_to_be_markdown(tmp_path):
    fenced = tmp_path / "draft.qqz"
    fenced.write_text("---\ntitle: Bridge shut\n---\n" + STORY)
    plain = tmp_path / "notes.qqz"
    plain.write_text(STORY)
    first, second = _read(fenced, plain)
    assert isinstance(first, Skipped) and first.reason.endswith("to .md)")
    assert isinstance(second, Skipped) and second.reason.endswith("to .txt)")


def test_as_given_writes_a_stored_path_back_through_the_input(tmp_path):
    folder = tmp_path / "clips"
    folder.mkdir()
    absolute = str(tmp_path / "gone.md")
    assert as_given(absolute, str(tmp_path), inputs=[absolute]) == absolute
    stored = os.path.realpath(folder / "stub.md")
    assert as_given(stored, str(tmp_path), inputs=["clips/"]) == "clips/stub.md"
    assert as_given(stored + "#item-2", str(tmp_path), inputs=["clips"]) == "clips/stub.md#item-2"
    assert as_given("https://example.org/a", str(tmp_path), inputs=["clips"]) == (
        "https://example.org/a"
    )


def test_ingest_names_a_missing_absolute_path_as_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "real.md").write_text("---\ntitle: Bridge shut\n---\n" + STORY)
    missing = str(tmp_path / "absent.md")
    got = CliRunner().invoke(app, ["ingest", missing, "real.md", "--db", "s.db"])
    lines = [ln for ln in got.output.splitlines() if ln.startswith("skipped ")]
    assert lines == [f"skipped {missing}: no such file or directory"]
