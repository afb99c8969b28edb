"""Session 19: a damaged WARC is reported in one plain line that names no Python
exception class (a new user reads "AttributeError" as the tool's crash)."""

from __future__ import annotations

import re

from consilience.model import Skipped
from consilience.normalise import read_articles


def test_a_warc_cut_inside_its_http_response_says_so_in_plain_words(tmp_path):
    path = tmp_path / "cut.warc"
    path.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4000\r\n\r\n"
        b"HTTP/1.1 200 OK\r\n\r\n<html><body><p>The ferry left Vesterby at noon"
    )
    [skip] = list(read_articles([str(path)]))
    assert isinstance(skip, Skipped)
    assert skip.reason.startswith("truncated or corrupt WARC")
    assert "\n" not in skip.reason
    assert not re.search(r"\b[A-Z][a-z]+(?:Error|Exception)\b", skip.reason)
