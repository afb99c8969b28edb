"""Metadata the user gives (--outlet, --meta, --published read again) wins in the store."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.manifest import Manifest, ManifestError, with_metadata
from consilience.model import Article

FERRY = Path(__file__).parent / "fixtures" / "workbench"
runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def _manifest(folder: Path) -> Path:
    """A manifest for the ferry fixture, with paths relative to its own folder."""
    folder.mkdir(parents=True, exist_ok=True)
    rel = Path(os.path.relpath(FERRY, folder))
    path = folder / "meta.csv"
    path.write_text(
        "path,outlet,url,published,title\n"
        f"{rel / 'ferry_a.txt'},Harbour Gazette,https://gazette.example/ferry,,\n"
        f"{FERRY / 'ferry_b.txt'},Island Radio,,2026-03-13,\n"
        f"{rel / 'ferry_c.txt'},Coast Weekly,,,\n",
        encoding="utf-8",
    )
    return path


def test_manifest_rows_resolve_paths_and_skip_empty_cells(tmp_path):
    (tmp_path / "m").mkdir()
    meta = tmp_path / "m" / "list.csv"
    meta.write_text(
        "\ufeffPath,Outlet,Published,Title\n"
        "../docs/one.txt,Valley Post,17/03/2025,\n"
        "https://news.example/two,,,Two rivers flood\n",
        encoding="utf-8",
    )
    found = Manifest.read(meta)
    one = found.fields_for(str(tmp_path / "docs" / "one.txt"))
    assert one == {"outlet": "Valley Post", "published": "2025-03-17"}
    assert found.fields_for("https://news.example/two") == {"title": "Two rivers flood"}
    assert found.fields_for(str(tmp_path / "docs" / "three.txt")) == {}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("file,outlet\na.txt,X\n", "no 'path' column"),
        ("path,outlet,section\na.txt,X,sport\n", "unknown column 'section'"),
        ("path,published\na.txt,2024-01-02\nb.txt,next blue moon\n", ":3: cannot read the date"),
    ],
)
def test_an_unusable_manifest_is_refused_with_its_reason(tmp_path, content, says):
    meta = tmp_path / "bad.csv"
    meta.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=says.replace("(", r"\(")):
        Manifest.read(meta)
    result = _run("ingest", str(tmp_path), "--meta", str(meta), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 2 and says in result.output


def test_a_manifest_row_wins_over_the_run_outlet_which_wins_over_the_file(tmp_path):
    meta = tmp_path / "m.csv"
    meta.write_text("path,outlet,title\nb.html,Dale Times,New title\n", encoding="utf-8")
    found = Manifest.read(meta)
    a = Article(id="1", source=str(tmp_path / "a.html"), text="x", outlet="site.example")
    b = Article(id="2", source=str(tmp_path / "b.html"), text="y", title="Old", boilerplate=[])
    assert with_metadata(a) is a
    assert with_metadata(a, outlet=" Moor News ", manifest=found).outlet == "Moor News"
    b2 = with_metadata(b, outlet="Moor News", manifest=found)
    assert (b2.outlet, b2.title, b2.boilerplate) == ("Dale Times", "New title", None)


@pytest.fixture(scope="module")
def reread(tmp_path_factory) -> dict:
    """The ferry fixture ingested without metadata, then read again with a date and a
    manifest; and the same brief from a fresh store."""
    tmp = tmp_path_factory.mktemp("reread")
    meta = _manifest(tmp / "lists" / "march")
    db, fresh = str(tmp / "a.db"), str(tmp / "b.db")
    given = ["--published", "2026-03-12", "--meta", str(meta)]
    first = _run("ingest", str(FERRY), "--db", db)
    bare = _run("brief", str(FERRY), "--db", db, "-f", "json")
    again = _run("ingest", str(FERRY), "--db", db, *given)
    third = _run("ingest", str(FERRY), "--db", db, *given)
    old = _run("brief", str(FERRY), "--db", db, "-f", "json", *given)
    new = _run("brief", str(FERRY), "--db", fresh, "-f", "json", *given)
    return {
        "runs": (first, again, third),
        "bare": json.loads(bare.stdout),
        "old": json.loads(old.stdout),
        "new": json.loads(new.stdout),
        "db": db,
    }


def test_reading_again_with_new_metadata_reports_updated(reread):
    first, again, third = (r.output for r in reread["runs"])
    assert "new 3 · updated 0" in first
    assert "new 0 · updated 3 ·" in again and "already stored 0" in again
    assert "new 0 · updated 0 ·" in third and "already stored 3" in third


def test_brief_is_the_same_whatever_the_store_held_before(reread):
    assert reread["old"] == reread["new"]
    heads = {Path(a["source"]).name: a for a in reread["new"]["story"]["articles"]}
    assert heads["ferry_a.txt"]["outlet"] == "Harbour Gazette"
    assert heads["ferry_b.txt"]["published"] == "2026-03-13"
    assert heads["ferry_c.txt"]["published"] == "2026-03-12"
    assert len(reread["new"]["timeline"]) > len(reread["bare"]["timeline"])


def test_the_store_listing_follows_the_update(reread):
    listing = json.loads(_run("articles", "--db", reread["db"], "-f", "json").stdout)
    outlets = sorted(a["outlet"] for a in listing["articles"])
    assert outlets == ["Coast Weekly", "Harbour Gazette", "Island Radio"]


def test_outlet_for_a_run_names_every_article(tmp_path):
    db = str(tmp_path / "o.db")
    result = _run("ingest", str(FERRY), "--db", db, "--outlet", "Skerry Herald")
    assert result.exit_code == 0
    listing = json.loads(_run("articles", "--db", db, "-f", "json").stdout)
    assert {a["outlet"] for a in listing["articles"]} == {"Skerry Herald"}
    md = _run("brief", str(FERRY), "--db", db, "--outlet", "Skerry Herald")
    assert "from 1 outlet ·" in md.output and "new 0" not in md.output
