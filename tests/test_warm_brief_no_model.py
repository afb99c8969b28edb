"""A warm brief calls no model (issue 11, speed clause): once a story's articles are
ingested and its brief built, ``consilience brief`` (by story id, or on the same files
again) never loads spaCy or the embedding model, nor imports torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from consilience import pipeline
from consilience.store import Store

#: Runs the CLI with both model loaders made to fail; prints whether torch or
#: sentence-transformers got imported, after the command's own output.
NO_MODEL_CLI = """
import sys
from consilience import analyse, embed

def boom(*a, **k):
    raise AssertionError("a model was loaded on the warm path")

analyse.load_nlp = embed.load_model = embed.embed_texts = boom
from consilience import cli
sys.argv = ["consilience", *sys.argv[1:]]
try:
    cli.main()
except SystemExit as exc:
    if exc.code not in (0, None):
        raise
loaded = sorted(m for m in ("torch", "sentence_transformers") if m in sys.modules)
print("LOADED", *loaded, file=sys.stderr)
"""

HARBOUR = [
    (
        "Tanker blocks Velmora canal",
        "A grain tanker ran aground in the Velmora canal on Thursday, blocking 14 ships, the "
        "canal authority said. Its pilot, Rhea Castell, said the rudder failed in a gust.",
    ),
    (
        "Velmora canal shut by stranded tanker",
        "Traffic through the Velmora canal stopped on Thursday after a tanker loaded with "
        "grain ran aground, leaving 16 vessels waiting, according to the canal authority.",
    ),
    (
        "Tugs try to free tanker in Velmora",
        "Four tugs worked through the night to refloat the grain tanker that ran aground in "
        'the Velmora canal on Thursday. "We expect to move her by noon," the authority said.',
    ),
]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for k, (title, body) in enumerate(HARBOUR):
        (folder / f"h{k}.txt").write_text(f"{title}\n{body}\n", encoding="utf-8")
    return folder


SRC = str(Path(__file__).resolve().parents[1] / "src")


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", NO_MODEL_CLI, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "CONSILIENCE_PROCESSES": "1", "PYTHONPATH": SRC},
        timeout=600,
        cwd=tmp_path,
    )


def test_warm_brief_by_story_and_by_files_loads_no_model(tmp_path):
    folder = _folder(tmp_path)
    db = tmp_path / "s.db"
    with Store(db) as store:
        report = pipeline.ingest(store, [str(folder)], processes=1)
        built = pipeline.briefs_for_ids(store, report.ids)
    assert built and all(b["story"]["articles"] for b in built)
    story_id = built[0]["story"]["id"]

    by_story = _cli(tmp_path, "brief", "--story", story_id, "--format", "json", "--db", str(db))
    assert by_story.returncode == 0, by_story.stderr[-2000:]
    assert by_story.stderr.strip().splitlines()[-1] == "LOADED"
    out = json.loads(by_story.stdout)
    assert out["story"]["id"] == story_id
    assert out["story"]["articles"] == built[0]["story"]["articles"]

    again = _cli(tmp_path, "brief", str(folder), "--format", "json", "--db", str(db))
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stderr.strip().splitlines()[-1] == "LOADED"
    briefs = json.loads(again.stdout)
    briefs = briefs if isinstance(briefs, list) else [briefs]
    assert [b["story"]["id"] for b in briefs] == [b["story"]["id"] for b in built]


def test_the_guard_catches_a_cold_brief(tmp_path):
    """The same command over a store that has the articles but no built brief must build
    one, and the guard makes that fail: the test above can fail."""
    folder = _folder(tmp_path)
    db = tmp_path / "s.db"
    with Store(db) as store:
        report = pipeline.ingest(store, [str(folder)], processes=1)
        built = pipeline.briefs_for_ids(store, report.ids)
        with store.transaction():
            store.conn.execute("DELETE FROM briefs")
    story_id = built[0]["story"]["id"]
    cold = _cli(tmp_path, "brief", "--story", story_id, "--format", "json", "--db", str(db))
    assert cold.returncode != 0
    assert "a model was loaded on the warm path" in cold.stderr
