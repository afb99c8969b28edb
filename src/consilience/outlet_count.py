"""How many outlets a brief's story draws on, counted one way for every output.

An article header (an entry of ``story.articles`` in ``consilience.brief/1``) names its
outlet in ``outlet``; when that is missing or blank the outlet is *unknown*. Unknown outlets
are counted as unknown, never guessed from file names or URLs, so Markdown, HTML and the
web app all say the same, e.g. ``"2 outlets + 3 unknown"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OutletCount:
    """``known``: distinct named outlets (names compared case- and space-insensitively);
    ``unknown``: articles whose outlet is not known."""

    known: int
    unknown: int

    def text(self) -> str:
        """The count as words: ``"1 outlet"``, ``"3 outlets + 2 unknown"``,
        ``"0 outlets + 4 unknown"``."""
        words = f"{self.known} outlet{'' if self.known == 1 else 's'}"
        return f"{words} + {self.unknown} unknown" if self.unknown else words

    def short(self) -> str:
        """The count for a table column headed "Outlets": ``"3"``, ``"0 + 4 unknown"``."""
        return f"{self.known} + {self.unknown} unknown" if self.unknown else str(self.known)


def _outlet_key(header: Mapping[str, Any]) -> str:
    value = header.get("outlet")
    return " ".join(value.split()).casefold() if isinstance(value, str) else ""


def count_outlets(articles: Iterable[Mapping[str, Any]]) -> OutletCount:
    """Count the outlets of article headers (``story.articles`` of a brief, or
    ``Article.header()`` dicts): distinct non-blank ``outlet`` values, plus one unknown per
    article without one. Entries that are not mappings are ignored."""
    known: set[str] = set()
    unknown = 0
    for header in articles:
        if not isinstance(header, Mapping):
            continue
        key = _outlet_key(header)
        if key:
            known.add(key)
        else:
            unknown += 1
    return OutletCount(len(known), unknown)


def brief_outlets(brief: Mapping[str, Any]) -> OutletCount:
    """:func:`count_outlets` of ``brief["story"]["articles"]`` (missing parts count as none)."""
    story = brief.get("story") if isinstance(brief, Mapping) else None
    articles = story.get("articles") if isinstance(story, Mapping) else None
    return count_outlets(articles if isinstance(articles, list) else [])
