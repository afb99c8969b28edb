"""Story grouping of live blogs and of later ingests (issue #12, item 21, session 11).

A live blog written newest first opens with the latest aftermath; the entry naming the
event is at the bottom. Its story item must read the entries oldest first (each entry's
first sentence, then the rest), so it joins the story its entries' names and events match.
An article ingested alone later must land where it lands when ingested with the others:
a later ingest gives its new articles the batch's refinement passes (store-stable ids for
older stories, member ids for stories made only of new articles).

The articles (tests/fixtures/stories_liveblog: a circus tiger escape told by a wire, a local
paper, a police statement and a radio live blog, beside a council vote in the same town on
the same day) are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from consilience import stories as st
from consilience.boilerplate import boilerplate_spans
from consilience.story_entries import entries, entry_minutes, newest_first, reading_order

FIXTURES = Path(__file__).parent / "fixtures" / "stories_liveblog"
EVENT = ["a_wire.md", "b_liveblog.md", "c_local.md", "d_release.md"]
OTHER = "e_other.md"


# ----------------------------------------------------------------- entry times and order


@pytest.mark.parametrize(
    "marker, minutes",
    [
        ("08:05", 485),
        ("21.47", 1307),
        ("6.15 pm", 1095),
        ("11:02 a.m. EST", 662),
        ("7am BST -", 420),
        ("12:30 pm", 750),
        ("12 am", 0),
    ],
)
def test_entry_minutes_reads_clock_markers(marker: str, minutes: int) -> None:
    assert entry_minutes(marker) == minutes


@pytest.mark.parametrize("marker", ["Last updated 09:14", "14", "26:30", "9:75", "13 pm"])
def test_entry_minutes_refuses_what_is_no_entry_time(marker: str) -> None:
    assert entry_minutes(marker) is None


def test_newest_first_follows_the_majority_of_steps() -> None:
    assert newest_first([1310, 1200, 845, 600])
    assert not newest_first([600, 845, 1200, 1310])
    assert newest_first([60, 5, 1420, 1380, 1300])  # crosses midnight once


def _sentences(nlp, text: str) -> tuple[list[int], list[str], list[int]]:
    """(sentence starts, sentence texts, numbers of the sentences that are not
    boilerplate) of ``text``, as :func:`consilience.stories.item_from_analysis` sees them."""
    from consilience.boilerplate import is_boilerplate

    spans = boilerplate_spans(text)
    sents = list(nlp(text).sents)
    keep = [k for k, s in enumerate(sents) if not is_boilerplate(spans, s.start_char, s.end_char)]
    return [s.start_char for s in sents], [s.text.strip() for s in sents], keep


HARBOUR_BLOG = """Harbour fire - live

Last updated 22:10

22:05
The fire is out, the coastguard says. Divers will inspect the hull at first light.

19:40
Two tugs are spraying water on the burning trawler. Smoke can be seen from Kessby.

18:15
A fishing trawler has caught fire at the quay in Kessby harbour. The crew of six got off safely.
"""


def test_reading_order_puts_the_oldest_entry_first(nlp) -> None:
    starts, texts, keep = _sentences(nlp, HARBOUR_BLOG)
    spans = boilerplate_spans(HARBOUR_BLOG)
    order = reading_order(HARBOUR_BLOG, spans, starts, keep)
    assert order is not None and sorted(order) == sorted(keep)
    lead = [texts[k] for k in order]
    first_trawler = next(i for i, t in enumerate(lead) if "has caught fire" in t)
    first_tugs = next(i for i, t in enumerate(lead) if "Two tugs" in t)
    first_out = next(i for i, t in enumerate(lead) if "fire is out" in t)
    assert first_trawler < first_tugs < first_out
    # every entry's first sentence comes before any entry's second one
    assert max(first_trawler, first_tugs, first_out) < next(
        i for i, t in enumerate(lead) if "crew of six" in t
    )


def test_reading_order_keeps_an_oldest_first_blog_and_leads_with_entry_firsts(nlp) -> None:
    blog = (
        "Budget day\n\n09:00\nThe finance minister arrives at parliament. She waves.\n\n"
        "10:30\nThe speech begins with a tax cut. Members cheer.\n\n"
        "12:45\nThe opposition leader calls the budget reckless. He wants a vote.\n"
    )
    starts, texts, keep = _sentences(nlp, blog)
    order = reading_order(blog, boilerplate_spans(blog), starts, keep)
    assert order is not None
    lead = [texts[k] for k in order]
    assert lead.index(next(t for t in lead if "arrives" in t)) < lead.index(
        next(t for t in lead if "tax cut" in t)
    )
    assert lead.index(next(t for t in lead if "reckless" in t)) < lead.index(
        next(t for t in lead if "She waves" in t)
    )


def test_articles_with_few_or_inline_times_keep_their_order(nlp) -> None:
    inline = (
        "The ferry left Orvik at 07:40 and ran aground at 08:15 on a sandbank. At 09:30 "
        "the passengers were taken off by lifeboat."
    )
    two = "Vote count\n\n23:10\nThe count is over.\n\n22:00\nThe polls have closed.\n"
    for text in (inline, two):
        starts, _texts, keep = _sentences(nlp, text)
        assert reading_order(text, boilerplate_spans(text), starts, keep) is None
    assert len(entries(inline, boilerplate_spans(inline))) == 0


# ----------------------------------------------------------------- grouping, real models


def _ingest(db: Path, names: list[str]) -> None:
    from consilience import pipeline
    from consilience.store import Store

    with Store(str(db)) as store:
        pipeline.ingest(store, [str(FIXTURES / n) for n in names], processes=1)


def _stories(db: Path) -> dict[frozenset[str], str]:
    """{frozenset of source file names: story id} of the store's story list."""
    from consilience import pipeline
    from consilience.store import Store

    with Store(str(db)) as store:
        heads = {a.id: Path(a.source).name for a in store.articles()}
        found = pipeline.list_stories(store)
    return {frozenset(heads[i] for i in s.articles): s.id for s in found}


def test_a_newest_first_live_blog_joins_its_event_not_the_same_town_vote(tmp_path) -> None:
    db = tmp_path / "all.db"
    _ingest(db, [*EVENT, OTHER])
    assert set(_stories(db)) == {frozenset(EVENT), frozenset({OTHER})}


def test_the_live_blog_item_reads_its_oldest_entry(tmp_path) -> None:
    """The entry naming the event (the last of the page) gives the blog's item its anchors
    and event keys, as the lead of an article in text order would."""
    from consilience import pipeline
    from consilience.store import Store

    db = tmp_path / "blog.db"
    _ingest(db, ["b_liveblog.md"])
    with Store(str(db)) as store:
        (item,) = pipeline.story_items(store, store.article_ids())
    assert "circus fantasia" in (item.anchors or {})
    assert any(k.startswith("circus fantasia|") for k in item.events or [])


def test_the_live_blog_ingested_later_or_first_lands_in_the_same_story(tmp_path) -> None:
    rest = [n for n in EVENT if n != "b_liveblog.md"] + [OTHER]
    later, first = tmp_path / "later.db", tmp_path / "first.db"
    _ingest(later, rest)
    _ingest(later, ["b_liveblog.md"])
    _ingest(first, ["b_liveblog.md"])
    _ingest(first, rest)
    want = {frozenset(EVENT), frozenset({OTHER})}
    assert set(_stories(later)) == want == set(_stories(first))
    # a story made only of the later ingest's articles is named after its members
    assert _stories(later)[frozenset({OTHER})] == _stories(first)[frozenset({OTHER})]


# ----------------------------------------------------------------- settling, synthetic


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(st.DIM, dtype=np.float32)
    for k, w in parts:
        v[k] += w
    return v / np.linalg.norm(v)


def _items() -> list[st.StoryItem]:
    """Three reports of a bridge closure and a lone report of it whose centroid similarity
    falls between ``orphan_threshold`` and ``threshold``, anchored to them by the bridge's
    name; plus a report of a market fire elsewhere."""
    bridge = _unit((5, 1.0))
    core = [_unit((0, 1.0), (40 + k, 0.1)) for k in range(3)]
    lone = _unit((0, 0.5), (1, 0.866))
    return [
        st.StoryItem(
            f"r{k}", "", f"Report {k} on the Halvik bridge closure.", "2027-02-02",
            core[k], [], [], {"halvik bridge": bridge},
        )
        for k in range(3)
    ] + [
        st.StoryItem(
            "lone", "", "Commuters face long detours around Halvik since the closure.", "2027-02-02",
            lone,
            [], [], {"halvik bridge": _unit((5, 0.9), (6, 0.44))},
        ),
        st.StoryItem(
            "fire", "", "A fire destroyed stalls at the Brenna market.", "2027-02-02",
            _unit((90, 1.0)), [], [], {"brenna": _unit((91, 1.0))},
        ),
    ]  # fmt: skip


def _groups(index: st.StoryIndex) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in index.to_stories()}


def test_a_lone_report_added_later_is_settled_as_in_the_batch() -> None:
    items = _items()
    batch = st.cluster_index(items)
    assert frozenset({"r0", "r1", "r2", "lone"}) in _groups(batch)
    later = st.cluster_index([it for it in items if it.id != "lone"])
    kept = {s.id for s in later.to_stories() if "r0" in s.articles}
    later.add([it for it in items if it.id == "lone"])
    assert _groups(later) == _groups(batch)
    assert {s.id for s in later.to_stories() if "lone" in s.articles} == kept  # stable id


def test_settling_keeps_earlier_stories_apart() -> None:
    items = _items()
    index = st.cluster_index([it for it in items if it.id != "fire"])
    before = _groups(index)
    index.add([it for it in items if it.id == "fire"])
    assert _groups(index) == before | {frozenset({"fire"})}
