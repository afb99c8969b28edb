"""Session 20: a live blog is one source read over time. Its newest entry opens the page
and is no headline (consilience.read via live_entries.opens_with_entry); each entry's
figure is a reading at the entry's moment (story_entries.entry_start, reconcile's
readings), so the blog's own earlier figures stand in an update beside other reports."""

from __future__ import annotations

from pathlib import Path

from consilience.boilerplate import article_spans
from consilience.live_entries import opens_with_entry, separate_entry_times
from consilience.normalise import normalise
from consilience.read import read_path
from consilience.story_entries import entry_start

BLOG = """---
title: Airport strike - as it happened
outlet: Harbour FM
published: 2027-03-09T17:20:00Z
---
16:50 Cancellations climb

The number of flights cancelled at Lessing airport has climbed to 95, the airport says.

13:05 Union statement

The baggage handlers' union said talks would resume on Thursday.

09:15 Strike begins

Some 40 flights have been cancelled at Lessing airport as baggage handlers walk out.
"""

WIRE = """---
title: Baggage handlers strike at Lessing airport
outlet: Coastal Press Agency
published: {published}
---
Baggage handlers at Lessing airport went on strike on Tuesday, forcing the cancellation \
of {flights} flights, the airport operator said.

The union wants a pay rise of 6 percent.
"""

PAPER = """---
title: Strike grounds flights at Lessing
outlet: Lessing Evening Post
published: 2027-03-10T07:00:00Z
---
A strike by baggage handlers at Lessing airport led to the cancellation of 95 flights on \
Tuesday, the airport operator said.

The union wants a pay rise of 6 percent.
"""


def _write(tmp_path: Path, wire_published: str, wire_flights: int) -> list[str]:
    files = {
        "a_blog.md": BLOG,
        "b_wire.md": WIRE.format(published=wire_published, flights=wire_flights),
        "c_paper.md": PAPER,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in files]


def _article(path: str):
    return normalise(next(iter(read_path(path))))


def test_the_newest_entry_line_is_the_body_not_a_second_title(tmp_path):
    art = _article(_write(tmp_path, "2027-03-09T10:00:00Z", 40)[0])
    assert art.title == "Airport strike - as it happened"
    assert art.text.startswith("16:50\nCancellations climb")


def test_a_first_line_opening_with_a_figure_in_prose_is_no_entry():
    prose = "10.30 per cent of the vote went to the Greens.\n\nTurnout was 61 per cent."
    assert not opens_with_entry(prose)
    blog = "Floods - live\n\n18:00 Rain eases\n\n15:30 Roads shut\n\n12:10 Warning issued\n"
    assert not opens_with_entry(blog)  # the title line comes first
    assert opens_with_entry(blog.split("\n", 2)[2])


def test_each_entry_is_told_apart_and_the_header_is_none():
    text = separate_entry_times(
        "Key points\n- Rain eases\n18:00 Rain eases in Dunmore.\n"
        "15:30 Police shut two roads.\n12:10 A flood warning is issued."
    )
    spans = [s for s in article_spans(_Plain(text))]
    starts = [
        entry_start(text, spans, text.index(w)) for w in ("Rain eases in", "Police", "A flood")
    ]
    assert len(set(starts)) == 3 and all(s is not None for s in starts)
    assert entry_start(text, spans, text.index("- Rain")) is None


class _Plain:
    """The fields of an article that ``article_spans`` reads."""

    def __init__(self, text: str) -> None:
        self.text, self.title, self.boilerplate = text, "Floods - live", None


def _quantity_sections(paths: list[str]) -> dict:
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities
    from consilience.reconcile import build_quantities

    analyses = list(analyse([_article(p) for p in paths]))
    ex = {a.article.id: Extraction(a.article.id, extract_quantities(a)) for a in analyses}
    vecs = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
    story = Story("s", "t", [a.article.id for a in analyses])
    return build_quantities(StoryContext(story, analyses, ex, vecs))


def _flights(items: list[dict]) -> list[dict]:
    return [c for c in items if "flight" in c["subject"]]


def test_the_blogs_entries_are_its_readings_over_time(tmp_path):
    found = _quantity_sections(_write(tmp_path, "2027-03-09T10:00:00Z", 40))
    (update,) = _flights(found["conflicts"])
    assert update["update"] is True
    assert update["latest"]["value"] == 95
    texts = sorted(r["text"] for r in update["readings"])
    assert texts == ["40 flights", "95", "95 flights", "Some 40 flights"]
    # the blog's 40 at its 09:15 entry, its 95 at 16:50 (not the page's 17:20)
    assert "Harbour FM 09:15" in update["explanation"]
    assert "Harbour FM 2027-03-09 16:50" in update["explanation"]
    # the blog reads both ways: it stays out of the latest group's articles
    blog = next(r["article"] for r in update["readings"] if r["text"] == "95")
    assert blog in update["superseded"] and blog not in update["majority"]
    latest = {r["text"] for r in update["readings"] if r["latest"]}
    assert latest == {"95", "95 flights"}


def test_the_blogs_own_past_is_no_dispute_when_the_sources_agree(tmp_path):
    found = _quantity_sections(_write(tmp_path, "2027-03-09T17:45:00Z", 95))
    assert _flights(found["conflicts"]) == []
    (agreed,) = _flights(found["corroborated"])
    assert sorted(r["text"] for r in agreed["readings"]) == ["95", "95 flights", "95 flights"]
