"""Where ``brief PATH`` keeps what it reads (tester of session 24, item 9).

``consilience brief PATH`` without ``--db`` writes to ``consilience.db`` in the user data
dir, and nothing said so. The help and the README say it now, with the way to keep
nothing: ``--db :memory:``. The article below is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import app
from consilience.store import default_db_path

_ARTICLE = (
    "---\ntitle: Orchard frost\noutlet: Vale Farming Weekly\npublished: 2026-04-08\n---\n"
    "A late frost on Tuesday night damaged blossom in orchards across the Lyne vale, growers"
    " said. The county's apple harvest could fall by a third, the growers' association said.\n"
)


def _env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "CONSILIENCE_DB": ""}


def test_the_default_store_is_in_the_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("CONSILIENCE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "consilience" / "consilience.db"
    monkeypatch.setenv("CONSILIENCE_DB", str(tmp_path / "mine.db"))
    assert default_db_path() == tmp_path / "mine.db"


def test_brief_help_says_where_the_store_is_and_how_to_keep_nothing():
    got = CliRunner().invoke(app, ["brief", "--help"], env={"COLUMNS": "200"})
    assert got.exit_code == 0
    words = " ".join(got.output.split())
    assert "~/.local/share/consilience/consilience.db" in words
    assert "$CONSILIENCE_DB" in words and "--db :memory:" in words


def test_the_readme_cli_section_says_it_too():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    using = readme.split("## Using it", 1)[1].split("\n## ", 1)[0]
    assert "~/.local/share/consilience/consilience.db" in using
    assert "--db :memory:" in using


def test_a_brief_in_memory_keeps_nothing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    article = tmp_path / "frost.md"
    article.write_text(_ARTICLE, encoding="utf-8")
    got = CliRunner().invoke(app, ["brief", str(article), "--db", ":memory:"], env=_env(home))
    assert got.exit_code == 0, got.output
    assert "Orchard frost" in got.output or "frost" in got.output
    assert not list(home.rglob("*.db")) and not list(tmp_path.glob("*.db"))
