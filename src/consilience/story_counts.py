"""Per-story counts of the story list, kept in the store so listing never builds a brief.

A row per story (``store.story_counts``): title, number of articles (every appearance of
a text, see :func:`consilience.outlet_count.expand`), of outlets, of
conflicts (updates counted apart), the outlets' names, the first and last publication
dates, the articles' ids and sources, and a casefolded search text. Rows are written when
the story list is rebuilt (:func:`refresh`); conflict counts come from built briefs
(:func:`note_brief`) and stay None ("not counted yet") until a story's brief is built.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from .charts import is_update
from .model import Article, Story
from .near_copies import oriented_stories
from .outlet_count import OutletCount, count_outlets, coverage, expand, outlet_names

#: story_state key of the store marker the stored counts were computed for.
MARKER_KEY = "story_counts_marker"
#: Stories on one page of the list.
PAGE_SIZE = 50
#: Version of the stored rows' layout: rows written under another one are rebuilt.
ROWS_VERSION = "3"  # 2: named outlets only (no file names); 3: outlet_count.outlet_groups


def signature(story: Story) -> str:
    """A digest of the story's id and articles: a conflict count belongs to it."""
    raw = json.dumps([story.id, list(story.articles)], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def brief_conflicts(brief: Mapping[str, Any]) -> tuple[int, int]:
    """(conflicts that are not updates, updates) of a brief's ``conflicts``."""
    items = [c for c in (brief.get("conflicts") or []) if isinstance(c, dict)]
    updates = sum(1 for c in items if is_update(c))
    return len(items) - updates, updates


def headers(
    story: Story, heads: Mapping[str, Article], appearances: Mapping[str, list] | None = None
) -> list[dict[str, Any]]:
    """The article headers of ``story`` (those in ``heads``, story order), each with its
    ``"appearances"`` (from ``appearances``: article id -> ``Store.appearances`` entries)
    when its text appeared at more than one source."""
    out = []
    for aid in story.articles:
        if aid not in heads:
            continue
        head = heads[aid].header()
        apps = (appearances or {}).get(aid) or []
        if len(apps) > 1:
            head["appearances"] = [dict(a) for a in apps]
        out.append(head)
    return out


def _ref(aid: str, head: Mapping[str, Any] | None, duplicate_of: str | None) -> dict[str, Any]:
    """An article of a story row: id, source, outlet (None when unknown), its
    ``appearances`` when several outlets printed the text and, for a near-copy, the
    article it copies."""
    ref: dict[str, Any] = {"id": aid, "source": head["source"] if head else aid}
    ref["outlet"] = head.get("outlet") if head else None
    if head and head.get("appearances"):
        ref["appearances"] = head["appearances"]
    if duplicate_of:
        ref["duplicate_of"] = duplicate_of
    return ref


def story_row(
    story: Story, heads: Mapping[str, Article], appearances: Mapping[str, list] | None = None
) -> dict[str, Any]:
    """The stored row of ``story`` (keys of ``store.STORY_COUNT_COLUMNS``; conflicts None)
    from its articles' headers ``heads`` (article id -> Article) and the texts'
    ``appearances`` (article id -> ``Store.appearances`` entries; None: one each).
    Articles, outlets, outlet names, dates and the search text count every appearance
    (:func:`consilience.outlet_count.expand`)."""
    (story,) = oriented_stories([story], [heads[i] for i in story.articles if i in heads])
    found = headers(story, heads, appearances)
    printings = [p.header() for p in expand(found)]
    cov = coverage(found)
    dates = sorted(p["published"] for p in printings if p["published"])
    hay = " ".join(
        [story.title or ""]
        + [f"{p['title'] or ''} {p['outlet'] or ''} {p['source'] or ''}" for p in printings]
    )
    by_id = {h["id"]: h for h in found}
    return {
        "story_id": story.id,
        "signature": signature(story),
        "title": story.title or "",
        "articles": cov.articles + len([i for i in story.articles if i not in heads]),
        "outlets": cov.outlets.known,
        "conflicts": None,
        "updates": None,
        "outlet_names": json.dumps(outlet_names(found), ensure_ascii=False),
        "first_published": dates[0] if dates else None,
        "last_published": dates[-1] if dates else None,
        "refs": json.dumps(
            [_ref(i, by_id.get(i), story.duplicates.get(i)) for i in story.articles],
            ensure_ascii=False,
        ),
        "search": hay.casefold(),
    }


def refresh(store, stories: Sequence[Story], version: str) -> None:
    """Store the rows of ``stories`` (the whole list, in order, grouped by story code
    ``version``) with the store's current marker, in one transaction; conflict counts of
    unchanged stories are kept."""
    ids = [i for s in stories for i in s.articles]
    heads = {a.id: a for a in store.articles(ids)}
    apps = store.appearances(ids)
    rows = [story_row(s, heads, apps) for s in stories]
    marker = f"{version}|{ROWS_VERSION}|{store.count_marker()}"
    with store.transaction():
        store.replace_story_counts(rows)
        store.put_state(MARKER_KEY, marker.encode("utf-8"))


def is_current(store, version: str) -> bool:
    """Whether the stored rows were computed by story code ``version`` for the store's
    current articles and appearances."""
    stored = store.get_state(MARKER_KEY)
    current = f"{version}|{ROWS_VERSION}|{store.count_marker()}"
    return stored is not None and stored.decode("utf-8") == current


def note_brief(store, story: Story, brief: Mapping[str, Any]) -> None:
    """Store the conflict counts and the title of ``story``'s built ``brief`` on its row
    (the brief's title takes no side of a conflict it lists, so the list and the brief
    name the story alike): one UPDATE (atomic on its own, or part of the caller's
    transaction) that writes nothing when the row already holds them."""
    conflicts, updates = brief_conflicts(brief)
    title = (brief.get("story") or {}).get("title") or story.title or ""
    store.set_story_conflicts(story.id, signature(story), conflicts, updates, title)


def brief_titles(store, stories: Sequence[Story]) -> dict[str, str]:
    """story id -> the title its built brief gave it (:func:`note_brief`), for the stories
    of ``stories`` whose stored row is still theirs (same members) and whose brief was
    built; the others are absent."""
    want = {s.id: signature(s) for s in stories}
    return {
        sid: title
        for sid, sig, title in store.story_brief_titles()
        if title and want.get(sid) == sig
    }


def page_rows(store, q: str, page: int) -> tuple[list[dict[str, Any]], int]:
    """Page ``page`` (1-based) of the stored story list, only stories whose title or
    articles (title, outlet, source) contain ``q`` (case-insensitive): (rows, matching
    total). Each row: ``{id, title, counts: {articles, outlets, conflicts, updates},
    outlets, dates, articles: [{id, source}]}``; conflicts and updates are None when the
    story's brief was never built. Raises ValueError when ``page`` < 1."""
    if page < 1:
        raise ValueError("page starts at 1")
    found, total = store.story_counts_page(q.casefold().strip(), (page - 1) * PAGE_SIZE, PAGE_SIZE)
    return [_public(r) for r in found], total


def _public(row: Mapping[str, Any]) -> dict[str, Any]:
    dates = [d for d in (row["first_published"], row["last_published"]) if d]
    refs = json.loads(row["refs"])
    unknown = count_outlets(refs).unknown
    return {
        "id": row["story_id"],
        "title": row["title"],
        "counts": {
            "articles": row["articles"],
            "outlets": row["outlets"],
            "unknown_outlets": unknown,
            "outlets_short": OutletCount(row["outlets"], unknown).short(),
            "conflicts": row["conflicts"],
            "updates": row["updates"],
        },
        "outlets": json.loads(row["outlet_names"]),
        "dates": dates,
        "articles": [{k: v for k, v in r.items() if k != "outlet"} for r in refs],
    }


def page_of(
    rows: Sequence[Mapping[str, Any]], q: str, page: int
) -> tuple[list[dict[str, Any]], int]:
    """:func:`page_rows` over stored-row dicts held in memory (``story_row`` results with
    conflict counts filled in). Raises ValueError when ``page`` < 1."""
    if page < 1:
        raise ValueError("page starts at 1")
    needle = q.casefold().strip()
    found = [r for r in rows if needle in r["search"]]
    start = (page - 1) * PAGE_SIZE
    return [_public(r) for r in found[start : start + PAGE_SIZE]], len(found)
