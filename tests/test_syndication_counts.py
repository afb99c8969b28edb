"""Coverage counts every appearance of a text, independence counts the text once: the one
expansion (``outlet_count.expand``) as Markdown, HTML, CSV, the stored story list and the
web API use it. Briefs here are written by hand (no model is loaded)."""

from __future__ import annotations

import csv
import io
import re

from fastapi.testclient import TestClient

from consilience import outlet_count, story_counts
from consilience.model import Article, Story
from consilience.render_csv import render_csv
from consilience.render_html import render_html
from consilience.render_md import render_markdown
from consilience.store import Store
from consilience.web import MemoryBackend, create_app

FERRY = (
    "The night ferry to Ostvik ran aground on a sandbank at 3 a.m., the coastguard said. "
    "All 212 passengers were taken ashore by lifeboat."
)
LOCAL = "Islanders said the sandbank near Ostvik had shifted after the January storms."


def _printing(source: str, outlet: str | None, published: str | None) -> dict:
    return {
        "source": source,
        "url": f"https://{source}.example/ferry" if outlet else None,
        "outlet": outlet,
        "title": "Night ferry aground",
        "published": published,
    }


def _brief() -> dict:
    """A story of two texts: f1 printed by three sources (two outlets spelt alike, one
    unknown), l1 by one outlet; a consensus claim both state; a quote from f1."""
    printings = [
        _printing("ostvik-post", "Ostvik Post", "2026-01-20"),
        _printing("isle-radio", "Isle  radio", "2026-01-20"),
        _printing("pasted.txt", None, "2026-01-21"),
    ]
    header = {"id": "f1", **printings[0], "appearances": printings}
    del header["url"]
    return {
        "story": {
            "id": "story-ferry",
            "title": "Ferry aground",
            "articles": [
                header,
                {"id": "l1", "source": "l1.html", "outlet": "Isle Radio", "title": "Sandbank",
                 "published": "2026-01-22"},
            ],
        },
        "consensus": [
            {
                "text": "ran aground on a sandbank",
                "articles": ["f1", "l1"],
                "independent_sources": 2,
                "citations": [{"article": "f1", "start": 21, "end": 53}],
            }
        ],
        "quotes": [
            {"speaker": "coastguard", "text": "ran aground", "direct": False, "article": "f1",
             "citation": {"article": "f1", "start": 0, "end": 84}},
        ],
    }  # fmt: skip


def _texts() -> dict[str, str]:
    return {"f1": FERRY, "l1": LOCAL}


def test_expand_gives_every_printing_with_its_rank():
    apps = outlet_count.expand(_brief()["story"]["articles"])
    assert [(a.article, a.n, a.outlet) for a in apps] == [
        ("f1", 1, "Ostvik Post"),
        ("f1", 2, "Isle  radio"),
        ("f1", 3, None),
        ("l1", 1, "Isle Radio"),
    ]
    assert [a.code("A1") for a in apps[:3]] == ["A1", "A1.2", "A1.3"]


def test_coverage_counts_printings_and_outlets_once_by_name():
    heads = _brief()["story"]["articles"]
    cov = outlet_count.coverage(heads)
    assert (cov.texts, cov.articles) == (2, 4)
    assert outlet_count.count_outlets(heads).text() == "2 outlets + 1 unknown (pasted.txt)"
    assert cov.text() == "4 articles from 2 outlets + 1 unknown (pasted.txt) · 2 distinct texts"
    assert outlet_count.coverage(heads, ["l1"]).text() == "1 article from 1 outlet"


def test_markdown_lists_each_printing_and_counts_claim_support_by_printing():
    md = render_markdown(_brief(), _texts())
    assert "*4 articles from 2 outlets + 1 unknown (pasted.txt) · 2 distinct texts · story" in md
    assert "| A1.2 | Isle radio |" in md and "| A1.3 | pasted.txt |" in md
    assert (
        "— 4 articles (A1, A1.2, A1.3, A2) from 2 outlets + 1 unknown (pasted.txt), 2 independent"
        in md
    )
    assert "A1 (Ostvik Post, +2 reprints), chars 0–84" in md


def test_html_counts_printings_and_lists_them():
    html = render_html(_brief(), _texts())
    plain = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "4 articles 2 outlets + 1 unknown (pasted.txt) 2 independent sources" in plain
    assert "4 articles · 2 independent sources" in plain
    table = html.split('class="articles"')[1].split("</table>")[0]
    assert table.count("<tr id=") == 4 and 'id="story-s0-A1.3"' in table


def test_csv_gives_one_row_per_printing_of_a_cited_text():
    rows = list(csv.DictReader(io.StringIO(render_csv(_brief(), _texts()), newline="")))
    quote = [r for r in rows if r["section"] == "quote"]
    assert [(r["outlet"], r["published"], r["source"]) for r in quote] == [
        ("Ostvik Post", "2026-01-20", "ostvik-post"),
        ("Isle  radio", "2026-01-20", "isle-radio"),
        ("", "2026-01-21", "pasted.txt"),
    ]
    assert quote[0]["url"] == "https://ostvik-post.example/ferry"
    assert {r["cited_text"] for r in quote} == {FERRY[:84]}


def test_memory_backend_story_list_counts_printings():
    client = TestClient(
        create_app(backend=MemoryBackend([_brief()], _texts())), base_url="http://127.0.0.1"
    )
    [row] = client.get("/api/stories").json()["stories"]
    assert row["counts"]["articles"] == 4
    assert (row["counts"]["outlets"], row["counts"]["unknown_outlets"]) == (2, 1)
    [f1] = [a for a in row["articles"] if a["id"] == "f1"]
    assert [a["source"] for a in f1["appearances"]] == ["ostvik-post", "isle-radio", "pasted.txt"]
    assert '<td class="num">2 + 1 unknown</td>' in client.get("/").text


def _article(aid: str, text: str, source: str, outlet: str | None, published: str) -> Article:
    return Article(id=aid, source=source, text=text, outlet=outlet, published=published)


def test_stored_story_rows_count_every_appearance(tmp_path):
    first = _article("w1", FERRY, "feeds/a.xml#1", "Skerry Times", "2026-02-02")
    again = [
        _article("w1", FERRY, "feeds/b.xml#4", "Bay Chronicle", "2026-02-03"),
        _article("w1", FERRY, "pages/c.html", "Skerry  TIMES", "2026-02-05"),
    ]
    other = _article("o1", LOCAL, "notes.txt", None, "2026-02-01")
    with Store(tmp_path / "r.db") as store:
        with store.transaction():
            for a in (first, other):
                store.add_article(a)
                store.put_appearance(a)
            for a in again:
                store.put_appearance(a)
        story_counts.refresh(store, [Story("s-w", "Ferry", ["w1", "o1"])], "test")
        [row], total = story_counts.page_rows(store, "", 1)
        assert total == 1
        assert story_counts.page_rows(store, "bay chronicle", 1)[1] == 1
    assert row["counts"]["articles"] == 4
    assert (row["counts"]["outlets"], row["counts"]["unknown_outlets"]) == (2, 1)
    assert row["dates"] == ["2026-02-01", "2026-02-05"]
    assert "Bay Chronicle" in row["outlets"]


def test_five_printings_of_one_text_are_five_outlets_and_one_source():
    names = ["Lowmoor Courier", "Brae FM", "Ness Herald", "Kyle Bulletin", "Sound Weekly"]
    printings = [_printing(f"p{i}", n, f"2026-03-0{i + 1}") for i, n in enumerate(names)]
    brief = {
        "story": {
            "id": "story-solo",
            "title": "Ferry aground",
            "articles": [{"id": "f1", **printings[0], "appearances": printings}],
        },
        "provenance": [{"article": "f1", "cites": [], "rests_on": None}],
    }
    md = render_markdown(brief, _texts())
    assert "*5 articles from 5 outlets · 1 distinct text · story" in md
    plain = " ".join(re.sub(r"<[^>]+>", " ", render_html(brief, _texts())).split())
    assert "5 articles 5 outlets 1 independent source " in plain
    client = TestClient(
        create_app(backend=MemoryBackend([brief], _texts())), base_url="http://127.0.0.1"
    )
    [row] = client.get("/api/stories").json()["stories"]
    assert (row["counts"]["articles"], row["counts"]["outlets"]) == (5, 5)
    assert row["outlets"] == sorted(names)
