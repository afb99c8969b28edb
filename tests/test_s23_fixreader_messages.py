"""Skip reasons say what is wrong, whole (session 23): a file named as gzip that holds no
gzip stream is a damaged archive, not "binary file, not text"; a JSON parse error gives its
line, column and the decoder's whole reason, not a message cut at a dangling "at"."""

from __future__ import annotations

import gzip
import re

import pytest

from consilience.read import read_bytes, read_path

_NOISE = bytes((i * 97 + 31) % 256 for i in range(600))  # no gzip magic, not text


def _reasons(results) -> list[str]:
    return [r.reason for r in results if hasattr(r, "reason")]


@pytest.mark.parametrize("name", ["feed.xml.gz", "story.txt.gzip", "PAGE.HTML.GZ"])
def test_a_gzip_name_without_gzip_bytes_is_a_damaged_archive(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(_NOISE)
    (reason,) = _reasons(read_path(str(path)))
    assert reason.startswith("damaged gzip archive")
    (reason,) = _reasons(read_bytes(_NOISE, name))
    assert reason.startswith("damaged gzip archive")


def test_binary_bytes_under_another_name_stay_a_binary_file(tmp_path):
    path = tmp_path / "scan.dat"
    path.write_bytes(_NOISE)
    (reason,) = _reasons(read_path(str(path)))
    assert reason == "binary file, not text"


def test_a_sound_gzip_file_is_still_read(tmp_path):
    body = "Ferry services resume\n\nFerries to the islands ran again on Friday after the gale."
    path = tmp_path / "ferry.txt.gz"
    path.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    (art,) = list(read_path(str(path)))
    assert "Ferries to the islands" in art.text


@pytest.mark.parametrize(
    "raw, line, column, words",
    [
        (b'{"title": "Gale", "text": "Gale warning\n', 1, 40, "invalid control character"),
        (b'{"title": "Gale",\n "text": }', 2, 10, "expecting value"),
        (b'{"title": "Gale", "text": "no end', 1, 27, "unterminated string"),
    ],
)
def test_a_json_parse_error_is_given_whole(raw, line, column, words):
    (reason,) = _reasons(read_bytes(raw, "gale.json"))
    assert reason == f"malformed JSON (line {line}, column {column}: {words})"
    assert not reason.rstrip(")").endswith(" at")


def test_a_jsonl_line_error_names_its_column_and_reason():
    raw = b'{"title": "A", "text": "Trains ran late on the coast line all morning."}\n{"text": \n'
    reasons = _reasons(read_bytes(raw, "rail.jsonl"))
    assert any(
        re.fullmatch(r"malformed JSON line \(column \d+: expecting value\)", r) for r in reasons
    )
