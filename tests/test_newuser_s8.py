"""What a new user met (issue #12, session 8): an article with no outlet is named one way
in the whole brief (its file name), and ``consilience brief PATHS`` with a store that
already holds the same text from other paths shows only the paths given.

Every article here was written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import app

runner = CliRunner()


def _article(path: Path, title: str, outlet: str | None, body: str) -> Path:
    head = f"---\ntitle: {title}\n" + (f"outlet: {outlet}\n" if outlet else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + "published: 2026-02-11\n---\n" + body + "\n", encoding="utf-8")
    return path


FERRY_A = (
    "The night ferry to Ostholm ran aground on a sandbank at 3 a.m. on Tuesday, the "
    "coastguard said. All 212 passengers were taken off by lifeboats. The ship was "
    "refloated at high tide, the coastguard said."
)
FERRY_B = (
    "The night ferry to Ostholm ran aground on a sandbank early on Tuesday, the coastguard "
    "said. All 212 passengers were taken off by lifeboats. Divers found a crack in the hull."
)
FERRY_C = (
    "The night ferry to Ostholm ran aground on a sandbank early on Tuesday, the coastguard "
    "said. All 212 passengers were taken off by lifeboats. The harbour master said the "
    "channel had not been dredged for two years."
)


def test_an_article_without_an_outlet_has_one_name_in_the_brief(tmp_path):
    a = _article(tmp_path / "news" / "ferry_notes.md", "Ferry aground off Ostholm", None, FERRY_A)
    b = _article(tmp_path / "news" / "wire.md", "Ferry runs aground", "Kattegat Wire", FERRY_B)
    c = _article(tmp_path / "news" / "radio.md", "Lifeboats rescue 212", "Radio Ostholm", FERRY_C)
    db = tmp_path / "store.db"
    got = runner.invoke(app, ["brief", str(a), str(b), str(c), "--db", str(db)])
    assert got.exit_code == 0, got.output
    text = got.output
    # every label of the outlet-less article is its file name: never its full path as a
    # footnote label, never its stem alone in a reading's explanation
    assert re.search(r"A\d \(ferry_notes\.md\)", text), text
    assert f"({a})" not in text and "(ferry_notes)" not in text, text
    names = set(re.findall(r"ferry_notes[^\s),;]*", text))
    assert names == {"ferry_notes.md"}, names


def test_a_brief_of_paths_shows_only_those_paths(tmp_path):
    db = tmp_path / "store.db"
    first = _article(tmp_path / "monday" / "harbour.md", "Ferry aground", "Ostholm Posten", FERRY_A)
    other = _article(
        tmp_path / "monday" / "wire.md", "Ferry runs aground", "Kattegat Wire", FERRY_B
    )
    got = runner.invoke(app, ["ingest", str(first), str(other), "--db", str(db)])
    assert got.exit_code == 0, got.output
    again = tmp_path / "tuesday" / "copy_of_harbour.md"
    again.parent.mkdir()
    again.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    got = runner.invoke(app, ["brief", str(again), "--db", str(db), "--format", "json"])
    assert got.exit_code == 0, got.output
    brief = json.loads(got.stdout)
    briefs = brief if isinstance(brief, list) else [brief]
    heads = [h for b in briefs for h in b["story"]["articles"]]
    assert len(heads) == 1, heads
    shown = [heads[0]["source"], *(x["source"] for x in heads[0].get("appearances", []))]
    assert all("monday" not in s for s in shown), shown
    assert heads[0]["source"] == str(again.resolve()) or heads[0]["source"] == str(again)
