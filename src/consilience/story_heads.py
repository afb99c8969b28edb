"""A story's title names the event, not the page that told it nor the wire's routing slug.

    page_furniture(title) -> bool     # "Quay fire live: crews at the scene", "LIVE: Quay fire"
    clean_title(title) -> str         # "UPDATE 2-Quay fire toll rises" -> "Quay fire toll rises"

Two kinds of words in an article's title are no part of the event:

* **live-page furniture**: a live blog's header calls the page "live" ("LIVE: Quay fire",
  "Quay fire - live updates", "Quay fire: as it happened", each a part that is furniture
  on its own, :func:`consilience.boilerplate.live_header`) or tags the topic with it
  ("Quay fire live: crews at the scene", "Markets live", "Transfer window live"): a
  title part ending in "live" (or "live updates", "live blog", "live coverage") after its
  topic, where "live" follows no word that would make it a verb ("to live", "will live")
  and closes no clause ("where the workers live");
* **a wire's slug**: the upper-case routing words an agency puts before a headline and
  joins to it with a hyphen or colon ("UPDATE 2-", "REFILE-", "CORRECTED-", "WRAPUP 1-",
  "EXCLUSIVE-", "BREAKING:"), the closed set agencies use (:data:`WIRE_SLUGS`), written in
  capitals: "Update on today's incident" is a title, not a slug.

* **a genre label**: the section label a newsroom puts on a page that is not the report
  of the event ("Analysis: ...", "Opinion: ...", "Explainer - ...", "...: what we know",
  "...: what owners need to know", "Key points", the agencies' capital "ANALYSIS-",
  "FACTBOX-", "INSIGHT-" slugs, an organisation's "Statement on ..."): the page comments
  on, recaps or answers for an event another member reports, and the part after the label
  is a comment ("the hard part starts now"), a recap or the organisation's wording, not
  the report of the event (:func:`genre_labelled`, :data:`GENRE_LABEL`).

The story list (:meth:`consilience.stories.StoryIndex` ``_title``) and the brief's title
(:func:`consilience.story_title.neutral_title`) rank a title that is page furniture or
carries a genre label after every other article's title (a news headline, when the story
has one, names it) and show the chosen title without slug, furniture and label.
"""

from __future__ import annotations

import re

from .boilerplate import TITLE_PART_BREAK, live_header

__all__ = [
    "GENRE_LABEL",
    "OWN_PAGE",
    "WIRE_SLUGS",
    "clean_title",
    "genre_labelled",
    "page_furniture",
]

#: routing words news agencies put before a headline (Reuters, AP, AFP style guides)
WIRE_SLUGS = (
    "UPDATE", "REFILE", "CORRECTED", "CORRECTION", "RPT", "REPEAT", "WRAPUP", "EXCLUSIVE",
    "BREAKING", "FLASH", "URGENT", "SNAP", "FACTBOX", "INSIGHT", "ANALYSIS", "PREVIEW",
    "TIMELINE", "EXPLAINER", "RECAP", "BRIEF", "DEVELOPING",
)  # fmt: skip
_SLUG = re.compile(rf"^(?:(?:{'|'.join(WIRE_SLUGS)})(?:\s+\d{{1,2}})?\s*[-–:]\s*)+")
#: the agencies' slugs that label a page's genre rather than route a report
_GENRE_SLUGS = ("FACTBOX", "INSIGHT", "ANALYSIS", "PREVIEW", "TIMELINE", "EXPLAINER", "RECAP")
_GENRE_SLUG = re.compile(rf"^(?:[A-Z]+(?:\s+\d{{1,2}})?\s*[-–:]\s*)*(?:{'|'.join(_GENRE_SLUGS)})\b")
#: a title part that is a newsroom's genre or section label on its own (the labels of
#: the Guardian, BBC, Reuters and AP pages that comment on or recap an event): "Analysis",
#: "Opinion", "Explainer", "Q&A", "Key points", "What we know (so far / about ...)",
#: "What (owners / you) need to know", "Everything you need to know"
GENRE_LABEL = re.compile(
    r"^(?:analysis|comment|opinion|editorial|explainer|explained|factbox|fact[- ]?check|"
    r"q\s?&\s?a|in pictures|in depth|the big picture|the latest|key (?:points|facts|"
    r"developments)|at a glance|what we know\b.*|what (?:we|you) need to know\b.*|"
    r"everything (?:you|we) need to know\b.*|what (?:[\w'’-]+\s){1,3}needs? to know\b.*)"
    r"\s*[.!?]?$",
    re.I,
)
#: "live" closing a title part, with the words live pages put after it
_LIVE_TAIL = re.compile(r"\s+live(?:\s+(?:updates?|blog|coverage|reports?|news))?\s*$", re.I)
#: words after which "live" is a verb or an adjective of the sentence, not the page's tag
_VERB_BEFORE = frozenset(
    "to will can could would may might must shall should they we you who i not still and "
    "or where that which people families residents animals species go went".split()
)
#: words opening a clause whose verb "live" can be ("where the workers live")
_CLAUSE_OPENERS = frozenset("where how who whom that which why when if".split())


#: a title part naming an organisation's own page ("Statement on the Skarholm
#: grounding", "Nordlys Ferries statement on ...", "Club statement", "Press release"): ranked
#: after news headlines like a genre label, but kept when shown (the rest may be a bare
#: name: "Club statement: Piet Vandermolen")
OWN_PAGE = re.compile(
    r"^(?:[\w'’&.-]+\s){0,3}(?:statement|press release|media release)"
    r"(?:\s(?:on|from|about|regarding|concerning)\b.*)?\s*[.!?]?$",
    re.I,
)


def _tagged_live(part: str) -> re.Match[str] | None:
    """The "live" tag closing ``part`` ("Quay fire live"), None when there is none or
    "live" is the sentence's own word ("where they live")."""
    m = _LIVE_TAIL.search(part)
    if m is None:
        return None
    before = [w.lower().strip("'’\"") for w in part[: m.start()].split()]
    if not before or before[-1] in _VERB_BEFORE or _CLAUSE_OPENERS.intersection(before):
        return None
    return m


def page_furniture(title: str) -> bool:
    """``title`` is a live page's header: a part of it is furniture on its own
    (:func:`consilience.boilerplate.live_header`) or ends in a "live" tag after its topic
    ("Quay fire live: crews at the scene")."""
    if not title or not title.strip():
        return False
    if live_header(title):
        return True
    return any(_tagged_live(p) for p in TITLE_PART_BREAK.split(title) if p.strip())


def genre_labelled(title: str) -> bool:
    """``title`` carries a genre label (see the module docstring): one of its parts
    (split at :data:`consilience.boilerplate.TITLE_PART_BREAK`) is a label on its own
    (:data:`GENRE_LABEL`: "Analysis: Coalition is born, but ...", "Ferry fire: what we
    know"; an organisation's own page, :data:`OWN_PAGE`: "Statement on ...") or it opens
    with an agency's genre slug ("FACTBOX-...", "ANALYSIS-...")."""
    if not title or not title.strip():
        return False
    if _GENRE_SLUG.match(title.strip()):
        return True
    return any(
        GENRE_LABEL.match(p.strip()) or OWN_PAGE.match(p.strip())
        for p in TITLE_PART_BREAK.split(title)
        if p.strip()
    )


def clean_title(title: str) -> str:
    """``title`` without a wire's leading slug ("UPDATE 2-"), without parts that are live
    furniture or a genre label on their own ("LIVE:", "- as it happened", "Analysis:",
    ": what we know", :data:`GENRE_LABEL`) and without a part's closing
    "live" tag ("Quay fire live: crews ..." -> "Quay fire: crews ..."); the parts kept are
    joined by the separators they had. ``title`` stripped when nothing would be left."""
    text = _SLUG.sub("", title.strip()).strip() or title.strip()
    pieces = re.split(f"({TITLE_PART_BREAK.pattern})", text)
    kept: list[str] = []  # alternating part, separator, part ...
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        tag = _tagged_live(part) if part.strip() else None
        if tag is not None:
            part = part[: tag.start()]
        elif part.strip() and (live_header(part) or GENRE_LABEL.match(part.strip())):
            part = ""
        if part.strip():
            if kept:
                kept.append(pieces[i - 1])
            kept.append(part)
    out = "".join(kept).strip()
    return out or text
