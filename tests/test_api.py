"""The Python API: the docs page's example runs, and the surface behaves as documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import consilience

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "python-api.md"
FERRY = Path(__file__).parent / "fixtures" / "workbench"


def test_the_docs_example_runs(tmp_path, monkeypatch):
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert blocks, "docs/python-api.md has no python example"
    monkeypatch.chdir(tmp_path)
    for code in blocks:
        exec(compile(code, str(DOC), "exec"), {"__name__": "__docs__"})


def test_importing_the_package_loads_no_model_and_no_submodule_is_shadowed():
    code = (
        "import sys, consilience; wb = consilience.Workbench(':memory:'); "
        "import consilience.brief, consilience.stories, consilience.read; "
        "assert 'spacy' not in sys.modules and 'torch' not in sys.modules, 'model loaded'; "
        "assert callable(consilience.brief.build_brief); print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_refusals_are_the_documented_exceptions(tmp_path):
    wb = consilience.Workbench(tmp_path / "none.db")
    with pytest.raises(FileNotFoundError):
        wb.stories()
    with pytest.raises(FileNotFoundError):
        wb.search("ferry")
    with pytest.raises(ValueError):
        wb.brief()
    with pytest.raises(ValueError):
        wb.brief(FERRY, story="s-1")
    assert not (tmp_path / "none.db").exists()


def test_read_gives_articles_with_text_and_stores_nothing(tmp_path):
    wb = consilience.Workbench(tmp_path / "r.db")
    found = wb.read(FERRY, published="2026-03-12")
    assert sorted(Path(a["source"]).name for a in found) == [
        "ferry_a.txt",
        "ferry_b.txt",
        "ferry_c.txt",
    ]
    assert all(a["published"] == "2026-03-12" and "sandbank" in a["text"] for a in found)
    assert not (tmp_path / "r.db").exists()


def test_brief_of_paths_with_an_outlet_and_unknown_story(tmp_path):
    wb = consilience.Workbench(tmp_path / "b.db")
    [brief] = wb.brief(FERRY, outlet="Fjord Echo", published="2026-03-12")
    assert {a["outlet"] for a in brief["story"]["articles"]} == {"Fjord Echo"}
    assert wb.ingest(FERRY, outlet="Fjord Echo", published="2026-03-12")["new"] == []
    with pytest.raises(KeyError):
        wb.brief(story="s-nothing")
