"""New-user probes of the Python API (session 5 tester).

In a notebook, ``Workbench.read`` and ``Workbench.brief(paths)`` dropped an input they could
not read without a word (``read("notes/rpt.txt")`` with a typo gave ``[]``), and a manifest
row naming no file was silent too, where the command line names each on stderr. Each is
now an ``InputWarning`` naming the input and the reason.
"""

from __future__ import annotations

import warnings

import pytest

from consilience.api import InputWarning, Workbench


def _caught(fn) -> tuple[object, list[str]]:
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        result = fn()
    return result, [str(w.message) for w in got if issubclass(w.category, InputWarning)]


def test_read_names_a_missing_file(tmp_path):
    wb = Workbench(tmp_path / "s.db")
    gone = tmp_path / "harbour-report.txt"
    found, said = _caught(lambda: wb.read(gone))
    assert found == []
    assert len(said) == 1 and said[0].startswith(f"skipped {gone}: ")


def test_read_keeps_the_good_file_and_names_the_empty_one(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "quarry.txt").write_text(
        "Quarry blast rattles Dunmere\n\nA blast at the Dunmere quarry shook homes on Tuesday.\n"
    )
    (tmp_path / "in" / "blank.txt").write_text("")
    found, said = _caught(lambda: Workbench(tmp_path / "s.db").read(tmp_path / "in"))
    assert [a["title"] for a in found] == ["Quarry blast rattles Dunmere"]
    assert said == [f"skipped {tmp_path / 'in' / 'blank.txt'}: empty file"]


def test_a_control_character_in_a_name_is_escaped(tmp_path):
    odd = tmp_path / "evil\x1b[31mred.txt"
    _, said = _caught(lambda: Workbench(tmp_path / "s.db").read(odd))
    assert len(said) == 1 and "\x1b" not in said[0] and "\\x1b" in said[0]


def test_brief_of_paths_names_what_it_could_not_read(tmp_path):
    junk = tmp_path / "scan.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    briefs, said = _caught(lambda: Workbench(tmp_path / "s.db").brief([junk]))
    assert briefs == []
    assert said == [f"skipped {junk}: binary file, not text"]


def test_a_manifest_row_naming_no_file_is_a_warning(tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("path,outlet\nmisspelt.txt,Dunmere Echo\n")
    junk = tmp_path / "scan.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    report, said = _caught(lambda: Workbench(tmp_path / "s.db").ingest([junk], meta=meta))
    assert report["skipped"] == [{"source": str(junk), "reason": "binary file, not text"}]
    assert said == [f"meta {meta}:2: no file 'misspelt.txt'; its row is not used"]


@pytest.mark.parametrize("bad", ["", "   "])
def test_a_blank_path_is_named_too(tmp_path, bad):
    _, said = _caught(lambda: Workbench(tmp_path / "s.db").read(bad))
    assert len(said) == 1 and said[0].startswith("skipped ")
