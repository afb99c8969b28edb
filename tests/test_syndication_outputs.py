"""A wire report printed verbatim by five outlets, read from JSONL, RSS and HTML with their
outlet metadata: every output counts five printings from five outlets, one report.

The corpus (``syndication_fixtures.write_corpus``) holds the wire text at Kestrel Wire and
Dunmore Daily (JSONL), Fell Observer and Moss Valley Radio (RSS) and Tarn Gazette (HTML),
plus two reports of the same rockfall written independently (Harbour Times in the JSONL,
Valley Courier as HTML): 7 articles, 3 distinct texts, 7 outlets.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from syndication_fixtures import INDEPENDENT_OUTLETS, WIRE_OUTLETS, write_corpus
from typer.testing import CliRunner

from consilience.cli import app
from consilience.web import create_app

ALL_OUTLETS = sorted({*WIRE_OUTLETS, *INDEPENDENT_OUTLETS})


@pytest.fixture(scope="module")
def wire(tmp_path_factory):
    """Ingest the corpus once; the story id, the store path and every output of its brief."""
    root = tmp_path_factory.mktemp("wire")
    write_corpus(root / "in")
    db = str(root / "s.db")
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(root / "in"), "--db", db])
    assert done.exit_code == 0, done.output
    assert "new 3 ·" in done.output and "new appearances 4" in done.output
    listing = json.loads(runner.invoke(app, ["stories", "--db", db, "-f", "json"]).stdout)
    [story] = listing["stories"]
    out = {"db": db, "story": story}
    for fmt in ("md", "json", "csv", "html"):
        got = runner.invoke(app, ["brief", "--story", story["id"], "--db", db, "-f", fmt])
        assert got.exit_code == 0, got.output
        out[fmt] = got.stdout
    out["brief"] = json.loads(out["json"])
    return out


def _wire_id(brief: dict) -> str:
    [head] = [a for a in brief["story"]["articles"] if len(a.get("appearances", [])) > 1]
    return head["id"]


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_markdown_counts_every_printing_and_one_report_per_text(wire):
    md = wire["md"]
    assert "*7 articles from 7 outlets · 3 distinct texts ·" in md
    table = md.split("## Articles")[1].split("## ")[0]
    rows = [r for r in table.splitlines() if re.match(r"\| A\d", r)]
    assert len(rows) == 7
    assert {o for o in ALL_OUTLETS if any(f"| {o} |" in r for r in rows)} == set(ALL_OUTLETS)


def test_html_counts_agree_with_markdown(wire):
    text = _plain(wire["html"])
    assert "7 articles 7 outlets 3 independent sources" in text
    table = wire["html"].split('class="articles"')[1].split("</table>")[0]
    assert table.count("<tr id=") == 7
    for outlet in ALL_OUTLETS:
        assert f"<td>{outlet}</td>" in table


def test_csv_rows_name_every_outlet_of_a_cited_wire_text(wire):
    rows = list(csv.DictReader(io.StringIO(wire["csv"], newline="")))
    assert sorted({r["outlet"] for r in rows}) == ALL_OUTLETS
    wid = _wire_id(wire["brief"])
    by_item: dict[str, set[str]] = {}
    for r in rows:
        if r["article"] == wid:
            by_item.setdefault(r["item"], set()).add(r["outlet"])
    assert by_item and all(outlets == set(WIRE_OUTLETS) for outlets in by_item.values())
    urls = {r["url"] for r in rows if r["article"] == wid and r["outlet"] == "Kestrel Wire"}
    assert urls == {"https://kestrel.example/2025-03-06/rockfall"}


def test_api_story_list_counts_like_the_brief(wire):
    brief = wire["brief"]
    [head] = [a for a in brief["story"]["articles"] if a["id"] == _wire_id(brief)]
    assert {a["outlet"]: a["published"] for a in head["appearances"]} == WIRE_OUTLETS
    client = TestClient(create_app(wire["db"]), base_url="http://127.0.0.1")
    [row] = client.get("/api/stories").json()["stories"]
    assert row["counts"]["articles"] == 7
    assert (row["counts"]["outlets"], row["counts"]["unknown_outlets"]) == (7, 0)
    assert row["outlets"] == ALL_OUTLETS
    assert row["dates"] == ["2025-03-06", "2025-03-08"]
    [wire_ref] = [a for a in row["articles"] if a.get("appearances")]
    assert [a["outlet"] for a in wire_ref["appearances"]][:2] == ["Dunmore Daily", "Kestrel Wire"]
    page = _plain(client.get("/").text)
    assert "Rockfall" in page and " 7 7 " in page


def test_consensus_counts_printings_for_coverage_and_texts_for_independence(wire):
    brief, md = wire["brief"], wire["md"]
    wid = _wire_id(brief)
    with_wire = [c for c in brief["consensus"] if wid in c["articles"]]
    assert with_wire, "the wire text states claims the independent reports share"
    lines = [ln for ln in md.split("## Consensus")[1].split("\n## ")[0].splitlines() if ln]
    for claim in with_wire:
        # the wire text is one report however many outlets printed it
        assert claim["independent_sources"] <= len(claim["articles"])
        printed = 5 + len(claim["articles"]) - 1
        [line] = [ln for ln in lines if ln.startswith(f"- {claim['text']}")]
        assert f"— {printed} articles (" in line
        assert f"from {printed} outlets, {claim['independent_sources']} independent" in line
    two = [c for c in with_wire if len(c["articles"]) == 2]
    assert all(c["independent_sources"] == 2 for c in two)
