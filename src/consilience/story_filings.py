"""An outlet's own follow-ups: a wire story and its later update belong to one story.

A wire service files a story in the morning and refiles it in the evening as ``UPDATE 1``
with the day's news added (deaths confirmed, closures announced): a new lead, new figures,
half the text rewritten. Its words and lead vector then move away from the morning story
as far as another outlet's report does, and the centroid passes of
:mod:`consilience.stories` can leave the two in different stories (held-out s14: the
morning wire with the local paper, the evening update with the administrators' release).
Yet the outlet itself says they are one story: the same outlet, the same day, the same
dateline ("LONDON, Nov 10 (APA) -" on both), or a title or first line marking the
refiling ("UPDATE 1-...", "(Adds store closures ...)").

A :class:`Filing` is what an article says of its own filing: its outlet's key, the place of
its dateline and whether it marks itself an update. Two articles are **one outlet's
follow-up** (:meth:`FollowUps._follow_up_pairs`) when they have one outlet, are published
within ``event_days`` of each other, share a dateline place or one marks itself an update,
and are at least ``update_floor`` similar as articles; each must be the other's most
similar such article. Their stories then merge (:meth:`FollowUps._join_follow_ups`).

``update_floor`` (0.35) lies between the article similarities of one outlet's articles on
one event and on different events in the held-out sets s5-s14 (the same outlet's articles
of one event: 0.43 and up; of different events: 0.30 at most, before the day and dateline
gates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

#: a title marking a refiled story: "UPDATE 1-...", "UPDATE 2: ...", "REFILE-...", "WRAPUP 1-"
_TITLE_UPDATE = re.compile(r"^\s*(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT)\s*\d*\s*[-–—:|]")
#: a first line saying what the refiling adds: "(Adds death toll, minister's comments)"
_NOTE_UPDATE = re.compile(
    r"^\s*\((?:adds|updates|recasts|rewrites|changes|corrects|refiles|releads)\b", re.I
)
#: where a dateline's place ends: "LONDON, Nov 10 (APA) -" -> "LONDON"
_PLACE_END = re.compile(r"\s*(?:[,(]|[-–—:](?:\s|$)|$)")

#: a word of a dateline
_WORD = re.compile(r"[^\W\d_]+")
#: a dateline counts when it starts within this many characters of the text's start
DATELINE_REACH = 600


@dataclass(frozen=True)
class Filing:
    """What an article says of its own filing: ``outlet`` (the outlet's matching key,
    :func:`consilience.cues.outlet_key`), ``place`` (its dateline's place, casefolded, or
    "" when it has none), ``update`` (its title or first line marks a refiling) and
    ``dateline`` (the words of its dateline, casefolded: "marrowby", "england", "nws")."""

    outlet: str
    place: str = ""
    update: bool = False
    dateline: tuple[str, ...] = ()

    def encode(self) -> str:
        """One string (``outlet``, ``place``, ``"1"``/``"0"``, the dateline words joined
        by spaces; joined by ``\\x1e``)."""
        flag = "1" if self.update else "0"
        return "\x1e".join((self.outlet, self.place, flag, " ".join(self.dateline)))

    @classmethod
    def decode(cls, code: str) -> Filing | None:
        """The filing :meth:`encode` wrote (or one without dateline words, as written
        before them); None for a malformed string."""
        parts = code.split("\x1e")
        if len(parts) not in (3, 4) or not parts[0]:
            return None
        words = tuple(parts[3].split()) if len(parts) == 4 else ()
        return cls(parts[0], parts[1], parts[2] == "1", words)


def filing_of(outlet: str | None, title: str | None, text: str, spans) -> Filing | None:
    """The :class:`Filing` of an article (its metadata ``outlet`` and ``title``, its stored
    ``text`` and boilerplate ``spans``, :func:`consilience.boilerplate.article_spans`), or
    None when it names no outlet."""
    from .cues import outlet_key

    key = outlet_key(outlet) if outlet else ""
    if not key:
        return None
    place, words = "", ()
    for span in spans:
        if span.kind == "dateline" and span.start < DATELINE_REACH:
            place = _place(text[span.start : span.end])
            words = tuple(sorted(set(_WORD.findall(text[span.start : span.end].casefold()))))
            break
    first = next((line for line in text.split("\n") if line.strip()), "")
    update = bool(_TITLE_UPDATE.match(title or "") or _NOTE_UPDATE.match(first))
    return Filing(key, place, update, words)


def _place(dateline: str) -> str:
    """The place a dateline opens with, casefolded ("HOLMFORD, Wales, Nov 23 (NWS) - " ->
    "holmford"; "(Kyiv) -" -> "kyiv")."""
    body = dateline.strip().lstrip("(")
    m = _PLACE_END.search(body)
    place = body[: m.start()] if m else body
    return " ".join(place.strip(" )").casefold().split())


def follows_up(a: Filing | None, b: Filing | None) -> bool:
    """Whether two filings say they are one outlet's story: the same outlet, and the same
    dateline place or one of them marked a refiling (the day and the similarity are the
    caller's)."""
    if a is None or b is None or a.outlet != b.outlet:
        return False
    return bool(a.place and a.place == b.place) or a.update or b.update


class FollowUps:
    """The follow-up pass of :class:`consilience.stories.StoryIndex` (a mixin: it works on
    the index's own stories, items and rows)."""

    def _join_follow_ups(self) -> None:
        """Merge the stories of every pair of one outlet's follow-ups
        (:meth:`_follow_up_pairs`), most similar first; stories already one are skipped."""
        for _sim, x, y in self._follow_up_pairs():
            a, b = self.items[x].story, self.items[y].story
            if a != b and self._touches(a, b):
                self._absorb(*sorted((a, b), key=self._story_key))

    def _follow_up_pairs(self) -> list[tuple[float, str, str]]:
        """``(-similarity, x, y)`` of the article pairs that are one outlet's follow-ups
        (see the module docstring), each the other's most similar candidate, sorted."""
        by_outlet: dict[str, list[str]] = {}
        for i in sorted(self.items):
            rec = self.items[i]
            if rec.duplicate_of is None and rec.filing is not None and rec.day is not None:
                by_outlet.setdefault(rec.filing.outlet, []).append(i)
        found: list[tuple[float, str, str]] = []
        for ids in by_outlet.values():
            ids.sort(key=lambda i: (self.items[i].day, i))
            for k, x in enumerate(ids):
                for y in ids[k + 1 :]:
                    if self.items[y].day - self.items[x].day > self.params.event_days:
                        break
                    sim = self._follow_up_similarity(x, y)
                    if sim is not None:
                        found.append((-sim, x, y))
        best: dict[str, tuple[float, str]] = {}
        for neg, x, y in sorted(found):
            best.setdefault(x, (neg, y))
            best.setdefault(y, (neg, x))
        return [(n, x, y) for n, x, y in sorted(found) if best[x][1] == y and best[y][1] == x]

    def _follow_up_similarity(self, x: str, y: str) -> float | None:
        """The article similarity of ``x`` and ``y`` when they are one outlet's follow-ups
        at or above ``update_floor``, else None."""
        rx, ry = self.items[x], self.items[y]
        p = self.params
        if not follows_up(rx.filing, ry.filing):
            return None
        sim = self._item_similarity(rx, ry)
        if sim < p.update_floor or not self._one_story(rx, ry):
            return None
        return sim

    def _one_story(self, rx, ry) -> bool:
        """Whether two of an outlet's filings tell one story, beyond one dateline: they
        share an event (:func:`consilience.story_events.shared_events`), a figure of one
        thing (:func:`consilience.story_figures.same_figures`), or a name that is neither
        their dateline's place nor made of dateline words ("England", the outlet's tag) said
        alike (anchor cosine at least ``anchor_bar``). An outlet files two events of one
        city under one dateline: its morning gas leak and its evening ``UPDATE 1`` on a
        derailment share the city, the council and the dateline, nothing of the event."""
        from .story_events import shared_events
        from .story_figures import same_figures

        if shared_events(rx.events or (), ry.events or ()) >= 1:
            return True
        if same_figures(rx.figures or (), ry.figures or ()) >= 1:
            return True
        ax, ay = rx.anchors or {}, ry.anchors or {}
        skip = set(rx.filing.dateline) | set(ry.filing.dateline)
        for key in sorted(set(ax) & set(ay)):
            if key in (rx.filing.place, ry.filing.place) or set(key.split()) <= skip:
                continue
            if float(np.dot(ax[key], ay[key])) >= self.params.anchor_bar:
                return True
        return False
