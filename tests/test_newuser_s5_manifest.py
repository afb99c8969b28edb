"""New-user probes of the ``--meta`` manifest (session 5 tester).

A newsroom's archive comes as JSONL exports and feeds, not one file per article: a row
naming such a file must reach the articles read from it (it silently did not: the outlet
and date the user gave were dropped and the run said nothing). A JSON file given as a
manifest is named as such instead of "no 'path' column".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.manifest import Manifest, ManifestError, with_metadata
from consilience.normalise import read_articles

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Quayside Bulletin</title><link>https://quayside.example</link>
<item><title>Ferry runs aground</title><link>https://quayside.example/ferry</link>
<pubDate>Wed, 09 Oct 2024 08:00:00 GMT</pubDate>
<description>The Orla ferry ran aground off Pell Point on Tuesday evening. All 212
passengers were taken off by lifeboat, the harbour master said.</description></item>
<item><title>Ferry refloated</title><link>https://quayside.example/ferry-2</link>
<pubDate>Thu, 10 Oct 2024 08:00:00 GMT</pubDate>
<description>Tugs refloated the Orla at high tide on Wednesday. Divers found a dent in the
hull but no leak, the operator said.</description></item>
</channel></rss>
"""


def _records(tmp_path: Path) -> Path:
    lines = [
        {
            "id": "kx-101",
            "title": "Kiln fire closes pottery",
            "text": "A kiln fire closed the Brannock pottery on Saturday. Nobody was hurt.",
        },
        {
            "id": "kx-102",
            "title": "Pottery to reopen",
            "published": "2023-05-02",
            "text": "The Brannock pottery will reopen in June after Saturday's kiln fire.",
        },
    ]
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def _meta(tmp_path: Path, text: str) -> Manifest:
    path = tmp_path / "meta.csv"
    path.write_text(text, encoding="utf-8")
    return Manifest.read(path)


def _articles(path: Path, manifest: Manifest) -> list:
    return [with_metadata(a, manifest=manifest) for a in read_articles([str(path)])]


def test_a_row_naming_a_jsonl_file_gives_outlet_and_date_to_every_record(tmp_path):
    src = _records(tmp_path)
    manifest = _meta(tmp_path, "path,outlet,published\narchive.jsonl,Brannock Mercury,2023-04-30\n")
    got = [(a.outlet, a.published, a.title) for a in _articles(src, manifest)]
    assert got == [
        ("Brannock Mercury", "2023-04-30", "Kiln fire closes pottery"),
        ("Brannock Mercury", "2023-04-30", "Pottery to reopen"),
    ]


def test_a_row_naming_a_feed_overrides_the_channel_for_each_item(tmp_path):
    src = tmp_path / "quay.xml"
    src.write_text(FEED, encoding="utf-8")
    manifest = _meta(tmp_path, "path,outlet\nquay.xml,Pell Point Gazette\n")
    assert [a.outlet for a in _articles(src, manifest)] == ["Pell Point Gazette"] * 2


def test_a_row_naming_one_record_applies_to_it_alone_and_wins(tmp_path):
    src = _records(tmp_path)
    manifest = _meta(
        tmp_path,
        "path,outlet,title\n"
        "archive.jsonl,Brannock Mercury,\n"
        "archive.jsonl#kx-102,Kilnside Weekly,Brannock pottery reopening date set\n",
    )
    got = [(a.outlet, a.title) for a in _articles(src, manifest)]
    assert got == [
        ("Brannock Mercury", "Kiln fire closes pottery"),
        ("Kilnside Weekly", "Brannock pottery reopening date set"),
    ]
    assert manifest.missing == ()  # a record's row is checked by its file


def test_a_whole_file_title_is_not_copied_onto_each_record_and_is_warned(tmp_path):
    src = _records(tmp_path)
    manifest = _meta(tmp_path, "path,title,url\narchive.jsonl,One title,https://x.example/a\n")
    assert [a.title for a in _articles(src, manifest)] == [
        "Kiln fire closes pottery",
        "Pottery to reopen",
    ]
    [warning] = manifest.missing
    assert "meta.csv:2: title and url of 'archive.jsonl' name one article" in warning
    assert "archive.jsonl#KEY" in warning


def test_a_record_row_for_a_missing_file_is_still_a_warning(tmp_path):
    manifest = _meta(tmp_path, "path,outlet\ngone.jsonl#kx-9,Somewhere\n")
    assert manifest.missing == (
        f"{tmp_path / 'meta.csv'}:2: no file 'gone.jsonl#kx-9'; its row is not used",
    )


def test_a_json_manifest_is_named_as_json_not_as_a_missing_column(tmp_path):
    path = tmp_path / "meta.json"
    path.write_text('[{"path": "a.txt", "outlet": "Tarn Echo"}]', encoding="utf-8")
    with pytest.raises(ManifestError, match=r"meta\.json: looks like JSON; a manifest is a CSV"):
        Manifest.read(path)


def test_the_cli_names_a_json_manifest_in_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Tarn bridge reopens\n\nThe Tarn bridge reopened on Monday.\n")
    meta = tmp_path / "meta.json"
    meta.write_text('{"path": "a.txt"}', encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(article), "--meta", str(meta), "--db", str(db)])
    assert result.exit_code == 2
    assert "looks like JSON" in result.output
    assert "Traceback" not in result.output
    assert not db.exists()


def test_a_row_with_metadata_but_no_path_is_a_warning(tmp_path):
    manifest = _meta(tmp_path, "path,outlet,published\n,Brannock Mercury,2023-04-30\n,,\n")
    assert manifest.missing == (f"{tmp_path / 'meta.csv'}:2: no path; its row is not used",)
