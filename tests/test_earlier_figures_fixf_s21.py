"""An article's explicitly earlier figure (session 21): "had earlier put the toll at 17" is
a superseded reading of its own article -- never its latest, never the latest figure of an
update, never a summary line -- and a toll that names no counted thing counts what its
article's figure of the same event counts (seals, not people).

Every article here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.model import Story
from consilience.normalise import read_articles


def _write(folder: Path, name: str, title: str, outlet: str, published: str, body: str):
    """One article as Markdown with front matter; each paragraph of ``body`` on one line."""
    head = f"---\ntitle: {title}\noutlet: {outlet}\npublished: {published}\n---\n"
    text = "\n\n".join(" ".join(p.split()) for p in body.strip().split("\n\n"))
    (folder / name).write_text(head + text + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def seal_brief(tmp_path_factory) -> dict:
    """Seal pups die on a storm-hit island: a wire's morning 12, a radio page's 17 then
    24 (one entry a toll that names no counted thing), and the wire's numbered update
    giving 24 and its own earlier 17."""
    from consilience.pipeline import context_from_articles, finished_brief

    d = tmp_path_factory.mktemp("seals")
    _write(d, "a.md", "Storm kills seal pups on Marram Island", "North Sea Wire",
           "2026-03-04T09:00:00Z", """
        MARRAM ISLAND, March 4 (NSW) - At least 12 grey seal pups have died after a storm
        swept the breeding colony on Marram Island, the island trust said.

        Wardens were checking the beaches on Wednesday morning.""")  # fmt: skip
    _write(d, "b.md", "LIVE: Marram Island seal colony after the storm", "Harbour Radio",
           "2026-03-04T18:30:00Z", """
        Key points

        - 24 seal pups have now died, wardens say

        18:10 - The island trust has just confirmed the toll has risen to 24. Boats will
        stay near the island overnight.

        11:40 - Wardens say 17 seal pups have died. Boats are standing off the island.""")  # fmt: skip
    _write(d, "c.md", "UPDATE 1-Seal pup toll on Marram Island rises to 24", "North Sea Wire",
           "2026-03-04T19:45:00Z", """
        MARRAM ISLAND, March 4 (NSW) - The number of grey seal pups that have died on
        Marram Island rose to 24 on Wednesday evening, the island trust said.

        The trust had earlier put the toll at 17. Wardens will count the colony again on
        Thursday.""")  # fmt: skip
    files = sorted(str(p) for p in d.iterdir())
    arts = list(read_articles(files))
    story = Story("s", arts[0].title or "", [a.id for a in arts])
    return finished_brief(context_from_articles(arts, story))


def _updates(brief: dict) -> list[dict]:
    return [c for c in brief["conflicts"] if c["kind"] == "quantity" and c.get("update")]


def _cited(brief: dict, text: str) -> list[dict]:
    return [r for c in brief["conflicts"] for r in c["readings"] if r["citation"]["text"] == text]


def test_earlier_figure_is_never_the_latest(seal_brief):
    ups = _updates(seal_brief)
    assert ups, [c["subject"] for c in seal_brief["conflicts"]]
    assert all(u["latest"]["value"] == 24 for u in ups)
    for r in _cited(seal_brief, "17"):
        assert r["latest"] is False


def test_toll_counts_the_articles_own_noun(seal_brief):
    subjects = [c["subject"] for c in seal_brief["conflicts"]]
    assert not any("people" in s for s in subjects), subjects


def test_earlier_figure_is_no_summary_line(seal_brief):
    lines = [s["text"] for s in seal_brief.get("summary", [])]
    assert not any("earlier put the toll" in t for t in lines), lines


def test_an_earlier_figure_leaves_its_article_among_the_latest(seal_brief):
    """The update's own 17 is set aside, so the update stays among the latest articles."""
    for u in _updates(seal_brief):
        own = {r["citation"]["article"] for r in u["readings"] if r["citation"]["text"] == "17"}
        assert not own & set(u.get("superseded", [])), u

