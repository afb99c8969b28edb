"""New-user probes of the ``--meta`` manifest (session 4 tester): a manifest that would
make consilience guess (a row shifted by an unquoted comma, a repeated column, one file
given two different rows) is refused with one line naming the file, the line and the
reason; the store is left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.manifest import Manifest, ManifestError


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_with_more_cells_than_the_header_is_refused(tmp_path):
    # "Ostbury Courier, Evening Edition" unquoted would silently become "Ostbury Courier"
    meta = _write(tmp_path, "m.csv", "path,outlet\nmill.txt,Ostbury Courier, Evening Edition\n")
    with pytest.raises(ManifestError, match=r"m\.csv:2: 3 cells but the header has 2"):
        Manifest.read(meta)


def test_a_quoted_cell_with_a_comma_is_read_whole(tmp_path):
    meta = _write(tmp_path, "m.csv", 'path,outlet\nmill.txt,"Ostbury Courier, Evening Edition"\n')
    got = Manifest.read(meta).fields_for(str(tmp_path / "mill.txt"))
    assert got == {"outlet": "Ostbury Courier, Evening Edition"}


def test_a_repeated_column_is_refused(tmp_path):
    meta = _write(tmp_path, "m.csv", "path,title,outlet,Title\nmill.txt,A,B,C\n")
    with pytest.raises(ManifestError, match="'title' is given twice"):
        Manifest.read(meta)


def test_one_file_with_two_different_rows_is_refused(tmp_path):
    text = (
        "path,published,outlet\n"
        "weir.txt,2023-08-14,Lowfield Echo\n"
        "other.txt,2023-08-15,\n"
        "./weir.txt,2023-08-16,Lowfield Echo\n"
    )
    meta = _write(tmp_path, "m.csv", text)
    with pytest.raises(ManifestError, match=r"m\.csv:4: './weir.txt' .* on line 2"):
        Manifest.read(meta)


def test_the_same_row_twice_is_accepted(tmp_path):
    meta = _write(
        tmp_path, "m.csv", "path,outlet\nweir.txt,Lowfield Echo\nweir.txt,Lowfield Echo\n"
    )
    assert Manifest.read(meta).fields_for(str(tmp_path / "weir.txt")) == {"outlet": "Lowfield Echo"}


def test_ingest_with_a_shifted_manifest_exits_2_and_stores_nothing(tmp_path):
    _write(tmp_path, "mill.txt", "The Ostbury flour mill will close in May, its owners said.\n")
    meta = _write(tmp_path, "m.csv", "path,outlet,title\nmill.txt,Ostbury, Courier,Mill closes\n")
    db = tmp_path / "s.db"
    got = CliRunner().invoke(app, ["ingest", str(tmp_path / "mill.txt"), "--meta", str(meta),
                                   "--db", str(db)])  # fmt: skip
    assert got.exit_code == 2
    assert "m.csv:2: 4 cells but the header has 3" in got.output
    assert "Traceback" not in got.output and not db.exists()


_LOCK = "Lock 4 on the Brennock canal reopened on Thursday after eleven weeks of repairs.\n"


def _ingest(*args: str):
    return CliRunner().invoke(app, ["ingest", *args])


def test_a_manifest_inside_the_ingested_folder_is_not_an_article(tmp_path):
    """``ingest clippings/ --meta clippings/meta.csv`` (the README's own example): the
    manifest is the run's metadata, neither an article nor a skipped input."""
    folder = tmp_path / "clips"
    folder.mkdir()
    _write(folder, "lock.txt", _LOCK)
    meta = _write(
        folder,
        "meta.csv",
        "path,outlet,published,title\nlock.txt,Brennock Ledger,2022-06-09,Canal lock open again\n",
    )
    db = str(tmp_path / "s.db")
    got = _ingest(str(folder), "--meta", str(meta), "--db", db)
    assert got.exit_code == 0, got.output
    assert "read 1 · new 1" in got.output and "skipped 0" in got.output
    listed = CliRunner().invoke(app, ["articles", "--db", db, "--format", "json"])
    rows = json.loads(listed.output)["articles"]
    assert [(r["outlet"], r["published"]) for r in rows] == [("Brennock Ledger", "2022-06-09")]


def test_another_csv_in_a_folder_is_skipped_with_its_reason(tmp_path):
    """A spreadsheet export lying among articles is a table: named as skipped, not read
    as an article of cells."""
    folder = tmp_path / "clips"
    folder.mkdir()
    _write(folder, "lock.txt", _LOCK)
    rows = "".join(f"{n},Brennock lock {n},reopened after repairs on the canal\n" for n in range(9))
    _write(folder, "visits.csv", "id,name,note\n" + rows)
    _write(folder, "levels.tsv", "gauge\tmetres\nupper\t2.4\nlower\t1.9\n")
    got = _ingest(str(folder), "--db", str(tmp_path / "s.db"))
    assert got.exit_code == 3
    assert "read 1 · new 1" in got.output
    for name in ("visits.csv", "levels.tsv"):
        line = next(ln for ln in got.output.splitlines() if name in ln)
        assert line.startswith("skipped ") and "not article text" in line


def test_a_row_for_a_file_that_does_not_exist_is_named_and_the_run_goes_on(tmp_path):
    """A typo in a manifest path ('lock4.txt' for 'lock.txt') would leave the article
    without its metadata and nobody told: one warning line names the row."""
    _write(tmp_path, "lock.txt", _LOCK)
    meta = _write(
        tmp_path,
        "m.csv",
        "path,outlet\nlock4.txt,Brennock Ledger\nhttps://news.example/lock,Brennock Ledger\n",
    )
    got = _ingest(str(tmp_path / "lock.txt"), "--meta", str(meta), "--db", str(tmp_path / "s.db"))
    assert got.exit_code == 0, got.output
    warned = [ln for ln in got.output.splitlines() if ln.startswith("warning:")]
    assert warned == [f"warning: --meta {meta}:2: no file 'lock4.txt'; its row is not used"]
    assert "read 1 · new 1" in got.output
