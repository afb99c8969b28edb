"""The note a user gets when the articles handed to ``brief`` form more than one story.

``consilience brief a.md b.md c.md`` writes one brief per story the articles form. A user
who gave the files of one event and gets two briefs back would otherwise have to notice
the second title to learn that the tool split them (and that a conflict between the two
halves cannot be found). :func:`split_note` gives one line naming the split and which
files went to which story, for stderr.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

#: at most this many characters of a story title in the note
TITLE_CHARS = 60


def split_note(briefs: Sequence[Mapping[str, Any]]) -> str | None:
    """One line telling how the articles of ``briefs`` (brief documents,
    ``consilience.brief/1``) were split into stories, or None for a single brief: ``note:
    the 5 articles form 2 stories, so 2 briefs: 1 "Title" (a.md, b.md) · 2 "Other" (c.md)``.
    Each article is named by the file name of its source (a URL or a source without a file
    name as it is; a near-copy or reprint once per stored text); stories in brief order."""
    if len(briefs) < 2:
        return None
    parts, total = [], 0
    for k, brief in enumerate(briefs, 1):
        story = brief.get("story", {})
        names = [_source_name(head) for head in story.get("articles", [])]
        total += len(names)
        parts.append(f'{k} "{_short(story.get("title") or "")}" ({", ".join(names)})')
    return (
        f"note: the {total} articles form {len(briefs)} stories, so {len(briefs)} briefs: "
        + " · ".join(parts)
    )


def _source_name(head: Mapping[str, Any]) -> str:
    """A short name of one article header: its source's file name (an archive member's
    ``#n`` kept), else the source, the outlet or the id."""
    source = str(head.get("source") or "")
    if source and "://" not in source:
        path, sep, member = source.partition("#")
        return PurePath(path).name + sep + member
    return source or str(head.get("outlet") or head.get("id") or "?")


def _short(title: str) -> str:
    """``title`` on one line, cut at a word to :data:`TITLE_CHARS` characters (with …)."""
    title = " ".join(title.split())
    if len(title) <= TITLE_CHARS:
        return title
    return title[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
