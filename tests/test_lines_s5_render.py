"""Unique facts in the renderers (issue #11, s5): the most newsworthy (by ``rank``) shown
first, every one still reachable. Brief written for these tests."""

from __future__ import annotations

import re

from consilience.render_html import UNIQUE_TOP, render_html
from consilience.render_md import render_markdown

TEXTS = {
    "p1": (
        "The quarry reopened on Monday. A night shift of 40 workers starts in June. "
        "The canteen has new tables. Lorries will use the north gate."
    ),
    "p2": "The quarry reopened on Monday. The owner, Brenholt Stone, paid a fine of 90,000 euros.",
}


def _cite(aid: str, phrase: str) -> dict:
    start = TEXTS[aid].index(phrase)
    return {"article": aid, "start": start, "end": start + len(phrase)}


def _brief() -> dict:
    def unique(aid: str, sentence: str, rank: int) -> dict:
        return {"article": aid, "text": sentence, "citation": _cite(aid, sentence), "rank": rank}

    heads = [
        {"id": a, "source": f"{a}.txt", "outlet": f"{a}.example", "title": None,
         "published": "2025-05-05"}
        for a in TEXTS
    ]  # fmt: skip
    return {
        "schema": "consilience.brief/1",
        "story": {"id": "st-quarry", "title": "Quarry reopens", "articles": heads},
        "unique": [  # listed out of rank order, as a consumer may give them
            unique("p1", "The canteen has new tables.", 4),
            unique("p1", "A night shift of 40 workers starts in June.", 2),
            unique("p2", "The owner, Brenholt Stone, paid a fine of 90,000 euros.", 1),
            unique("p1", "Lorries will use the north gate.", 3),
        ],
    }


def test_html_shows_the_top_ranked_unique_facts_first_and_keeps_all():
    html = render_html(_brief(), TEXTS)
    top = re.search(r'<ol class="lines top-unique">(.*?)</ol>', html, re.S)
    assert top is not None
    shown = top.group(1)
    assert UNIQUE_TOP == 3
    assert shown.index("90,000 euros") < shown.index("night shift") < shown.index("north gate")
    assert "canteen" not in shown
    rest = html[top.end() :]
    assert "all 4 by article" in rest and "The canteen has new tables." in rest


def test_markdown_lists_each_article_s_facts_in_rank_order():
    md = render_markdown(_brief(), TEXTS)
    block = md[md.index("## Only one source") :]
    assert block.index("night shift") < block.index("north gate") < block.index("canteen")
