"""Helpers shared by the story-grouping tests (tests/test_stories_s*.py): fixture articles
read from JSON, and the groups a clustering makes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from consilience import stories as st
from consilience.model import Article


def fixture_articles(path: Path) -> list[Article]:
    """The articles of a fixture file ``{"articles": [{id, text, title, published}]}``,
    each with source ``<id>.txt``."""
    data = json.loads(path.read_text("utf-8"))
    return [
        Article(
            id=a["id"],
            source=a["id"] + ".txt",
            text=a["text"],
            title=a["title"],
            published=a["published"],
        )
        for a in data["articles"]
    ]


def groups(items: list[st.StoryItem], **params) -> set[frozenset[str]]:
    """The stories :func:`consilience.stories.cluster` makes of ``items`` (``params``
    override :class:`consilience.stories.Params`), as sets of article ids."""
    found = st.cluster(items, params=replace(st.Params(), **params))
    return {frozenset(s.articles) for s in found}


def story_of(found: set[frozenset[str]], article: str) -> frozenset[str]:
    """The group of ``found`` holding ``article`` (StopIteration when none does)."""
    return next(g for g in found if article in g)
