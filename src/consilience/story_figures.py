"""Shared figures: reports of one event give the same measured figures, for story grouping.

One event told in different styles (a wire, a council's release, a live blog, a local paper)
can share few words and few parsed event claims: the release says "a landslip brought down
a large volume of material", the wire "a landslide swept across the road". Yet both give
the event's own figures: the time it struck ("5:40 a.m." / "5.40am"), how much came down
("40,000 cubic metres"), what it cost ("£1.1 billion"), how many jobs ("9,800"). Two events
of one kind on one day in one town share the town and the police force, but rarely two
exact figures.

An article's **figure keys** (:func:`figure_keys`) are the figures its claims carry
(:mod:`consilience.claims`: ``"dimension|unit|value|low|high|noun/entity"``, from the
quantities extractor, units normalised: "5.40am" and "5:40 a.m." are one time of day,
"40,000 cubic metres" one volume), as ``"dimension|unit|value"`` with the value to
:data:`SIGNIFICANT` significant digits. Small counts ("two people", "four cars") and spans
of time ("seven days", ages) are common to many events and give no key: a count needs at
least :data:`MIN_COUNT`, and durations and ages are left out. A count is a figure of what
it counts: "60 homes" and "60 households" are one figure, "60 homes" and "60 officers" two
(a new user's two events of one city were joined by figures that matched without their
nouns). A count's key therefore carries its noun, once per WordNet noun sense of it
(``"count||60|s:8490199"``; the lemma itself, ``"w:home"``, when WordNet does not know
it), so two counts match when their nouns share a sense; a count without its noun gives no
key. A measured figure is a figure of what it measures: "a 200-metre cordon" and "a
200-metre stretch of track" are two figures, "a hole 20 metres wide" and "the void,
measured at 20 metres" may be one. Its key carries the word the quantities extractor gives
for what it measures (``"length|m|200|m:cordon"``; :attr:`consilience.model.Quantity.
measure`), and two reports' words must agree (:func:`_alike_measures`: the same word or
WordNet sense, a direct hypernym, or an extent such as "width" that says which dimension
and not of what); a measured figure with no such word gives no key. A clock time is its own
property (the time the event happened, whatever verb a report ties it to). Shared figures
are counted per figure (:func:`figure_of`) whose properties agree (:func:`_same_property`).

Two same-day stories, one of them a fragment, merge (:meth:`SharedFigures._merge_figures`)
when their own reports share at least ``figure_keys`` distinct figure keys, name a common
entity (an anchor key, :mod:`consilience.story_anchors`), their centroids are at least
``event_floor`` similar, and each is the other's best such partner.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from . import lexicon

#: significant digits a figure is compared at ("40,000" and "40,000.0" alike)
SIGNIFICANT = 4
#: a plain count gives a key from this value on ("9,800 jobs", not "two people")
MIN_COUNT = 10
#: dimensions of figures that tell no event apart (spans of time, ages)
_COMMON = frozenset({"duration", "age"})
#: dimensions whose figure is its own property: a clock time to the minute is when the
#: event happened, whatever verb the report ties it to ("struck at 5:40", "came down at 5.40")
_TIMES = frozenset({"time of day"})


def figure_keys(claims: Iterable, quantities: Iterable = ()) -> list[str]:
    """Sorted, distinct keys of the figures of ``claims`` (:class:`consilience.model.Claim`;
    see the module docstring); ``quantities`` (:class:`consilience.model.Quantity`, the
    article's figures) give what each measured figure measures."""
    measures: dict[str, set[str]] = {}
    for q in quantities:
        if q.unit and q.measure and q.value > 0 and not getattr(q, "twelve_hour", False):
            base = f"{q.dimension}|{q.unit}|{q.value:.{SIGNIFICANT}g}"
            measures.setdefault(base, set()).add(q.measure.casefold())
    out: set[str] = set()
    for claim in claims:
        for fig in getattr(claim, "figures", ()) or ():
            out.update(_keys(fig, measures))
    return sorted(out)


def figure_of(key: str) -> str:
    """The figure a key stands for (``"dimension|unit|value"``), without a count's noun
    sense."""
    return "|".join(key.split("|")[:3])


def _keys(figure: str, measures: dict[str, set[str]]) -> list[str]:
    """The keys of one claim figure string (none when it tells no event apart);
    ``measures``: what the article's measured figures measure, by figure."""
    parts = figure.split("|")
    if len(parts) < 3:
        return []
    dimension, unit, raw = parts[0], parts[1], parts[2]
    try:
        value = float(raw)
    except ValueError:
        return []
    if dimension in _COMMON or value <= 0:
        return []
    base = f"{dimension}|{unit}|{value:.{SIGNIFICANT}g}"
    if dimension in _TIMES:
        return [base]
    if unit:
        return [f"{base}|m:{m}" for m in sorted(measures.get(base, ()))]
    if value < MIN_COUNT:
        return []
    noun = (parts[5].split("/")[0] if len(parts) > 5 else "").strip().casefold()
    if not noun:
        return []
    found = lexicon.senses(noun, "n")
    return [f"{base}|s:{s}" for s in found] if found else [f"{base}|w:{noun}"]


class SharedFigures:
    """The shared-figures pass of :class:`consilience.stories.StoryIndex` (a mixin: it
    works on the index's own stories, items and passes)."""

    def _merge_figures(self) -> None:
        """Merge the story pairs :meth:`_figure_pairs` finds, each the other's best partner
        (most shared figures, then centroid similarity), repeated while anything merges (at
        most ``event_passes`` times)."""
        self._merge_mutual(self._figure_pairs)

    def _figure_pairs(self) -> dict[tuple[int, int], tuple[int, float]]:
        """``{(a, b): (shared figure keys, centroid similarity)}`` of the same-day story
        pairs, one of them a fragment (at most ``event_fragment`` reports), neither of thin
        excerpts only, sharing at least ``figure_keys`` figure keys and an anchor name, at
        least ``event_floor`` similar."""
        p = self.params
        keys = self._story_figures()
        posting: dict[str, list[int]] = {}
        for s in sorted(keys):
            for k in sorted({figure_of(k) for k in keys[s]}):
                posting.setdefault(k, []).append(s)
        pairs: set[tuple[int, int]] = set()
        for group in posting.values():  # by figure: its property is compared below
            if 1 < len(group) <= p.event_postings:
                pairs.update(itertools.combinations(group, 2))
        found = {}
        for a, b in sorted(pairs):
            if min(self._reports(a), self._reports(b)) > p.event_fragment:
                continue
            if self._thin(a) or self._thin(b) or not self._same_days(a, b):
                continue
            n = same_figures(keys[a], keys[b])
            if n < p.figure_keys or not self._touches(a, b) or not self._name_one(a, b):
                continue
            sim = self._sim(a, b)
            if sim >= p.event_floor:
                found[(a, b)] = (n, sim)
        return found

    def _story_figures(self) -> dict[int, frozenset[str]]:
        """``{story: its own members' figure keys}`` for live stories with any."""
        out = {}
        for s in self._live().tolist():
            found = {k for m in self._own_members(s) for k in self.items[m].figures}
            if found:
                out[s] = frozenset(found)
        return out

    def _name_one(self, a: int, b: int) -> bool:
        """Whether stories ``a`` and ``b`` name a common entity (an anchor key of one of
        their own members each)."""
        names_a = {k for m in self._own_members(a) for k in self.items[m].anchors or {}}
        return any(k in names_a for m in self._own_members(b) for k in self.items[m].anchors or {})


def same_figures(a: Iterable[str], b: Iterable[str]) -> int:
    """How many figures two sets of figure keys share with agreeing properties
    (:func:`_same_property`)."""
    pa, pb = _props(a), _props(b)
    return sum(1 for f in pa.keys() & pb.keys() if _same_property(pa[f], pb[f]))


def _props(keys: Iterable[str]) -> dict[str, set[str]]:
    """``{figure: the properties its keys give}`` (``"s:<sense>"`` / ``"w:<lemma>"`` of a
    count's noun, ``"m:<word>"`` of what a measured figure measures, ``""`` for a clock
    time)."""
    out: dict[str, set[str]] = {}
    for k in keys:
        parts = k.split("|")
        out.setdefault("|".join(parts[:3]), set()).add(parts[3] if len(parts) > 3 else "")
    return out


def _same_property(p: set[str], q: set[str]) -> bool:
    """Whether two reports' properties of one figure can be one: a clock time; a count of
    nouns sharing a sense; or a measured figure whose words (:func:`_alike_measures`)
    agree."""
    if "" in p and "" in q:
        return True
    if p & q:
        return True
    mp = [x[2:] for x in p if x.startswith("m:")]
    mq = [y[2:] for y in q if y.startswith("m:")]
    return any(_alike_measures(x, y) for x in mp for y in mq)


def _alike_measures(x: str, y: str) -> bool:
    """Whether what two measured figures measure can be one thing (WordNet, nouns): the
    same word or sense, one a direct hypernym of the other ("soil" / "earth"), or one a
    dimension (:func:`_dimension`: "width" says which extent, not of what, so "20 metres
    wide" and "the void, measured at 20 metres" agree). "A 200-metre cordon" and "a
    200-metre stretch of track" are two things."""
    if x == y or _dimension(x) or _dimension(y):
        return True
    if lexicon.same_sense(x, y, "n", first=10):
        return True
    return y in lexicon.hypernyms(x, "n", first=5) or x in lexicon.hypernyms(y, "n", first=5)


#: WordNet's class of extents ("width", "depth", "height", "length", "size")
_MAGNITUDE = "magnitude"


def _dimension(word: str) -> bool:
    """Whether the first noun sense of ``word`` is a magnitude (an extent: "width",
    "depth", "length"), within :data:`_DEPTH` hypernym steps."""
    found = lexicon.senses(word, "n")
    if not found:
        return False
    synsets = lexicon.table()["synsets"]["n"]
    level = {found[0]}
    for _ in range(_DEPTH):
        if any(_MAGNITUDE in synsets[off][0] for off in level):
            return True
        level = {h for off in level for h in synsets[off][1]}
    return False


#: hypernym steps searched for a magnitude
_DEPTH = 5
