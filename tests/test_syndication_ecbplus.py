"""ECB+ holds 7 pairs of records with the same text under different ids: all 982 records
are kept, each duplicate as a second appearance of its text, and the story list counts
982 articles. No model is loaded: records are read by the real reader, stored through
the store's public methods and grouped by their labelled event (the clusterer is tested
in test_stories.py); skipped when ../shared is absent."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from consilience import story_counts
from consilience.api import story_entry
from consilience.model import Article, Story
from consilience.normalise import read_articles
from consilience.pipeline import is_update
from consilience.store import Store

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def ecb(shared, tmp_path_factory):
    """(store path, stories by labelled event, records read, events by record id)."""
    path = shared / "datasets" / "ecbplus" / "articles.jsonl"
    if not path.exists():
        pytest.skip("ECB+ articles not present")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    event = {r["id"]: r["event"] for r in rows}
    records = [a for a in read_articles([str(path)]) if isinstance(a, Article)]
    db = tmp_path_factory.mktemp("ecb") / "ecb.db"
    members: dict[str, list[str]] = defaultdict(list)
    with Store(db) as store, store.transaction():
        for rec in records:
            stored = store.article(rec.id)
            if stored is None:
                store.add_article(rec)
                members[event[rec.source.rsplit("#", 1)[1]]].append(rec.id)
            else:
                assert not is_update(store, stored, rec), rec.source
            store.put_appearance(rec)
    stories = [Story(f"ev-{e}", e, ids) for e, ids in sorted(members.items())]
    return db, stories, records


def test_all_982_records_are_kept_listed_and_counted(ecb):
    db, stories, records = ecb
    assert len(records) == 982
    ids = [i for s in stories for i in s.articles]
    assert len(ids) == len(set(ids)) == 975
    with Store(db) as store:
        apps = store.appearances(ids)
    twice = {i: a for i, a in apps.items() if len(a) > 1}
    assert len(twice) == 7 and all(len(a) == 2 for a in twice.values())
    assert sum(len(a) for a in apps.values()) == 982
    entries = [story_entry(s, {}, apps) for s in stories]
    listed = sum(len(a.get("appearances") or [a]) for e in entries for a in e["articles"])
    assert listed == 982
    with Store(db) as store:
        story_counts.refresh(store, stories, "ecb-test")
        rows, total = [], None
        page = 1
        while total is None or len(rows) < total:
            found, total = story_counts.page_rows(store, "", page)
            rows += found
            page += 1
    assert len(rows) == len(stories)
    assert sum(r["counts"]["articles"] for r in rows) == 982
    # ECB+ names no outlets: every printing counts as unknown, none is guessed
    assert sum(r["counts"]["unknown_outlets"] for r in rows) == 982
    doubled = [r for r in rows if any(a.get("appearances") for a in r["articles"])]
    assert doubled and all(r["counts"]["articles"] > len(r["articles"]) for r in doubled)
