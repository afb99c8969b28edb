"""Match results as figures: "a 5-0 defeat", "won 3-1", "edged the decider 2.5-1.5".

A score is two numbers joined by a hyphen or en dash with no space ("5-0", "2.5-1.5", one
token or three). The pair is a score, not a range or a date, only when it cannot be a range
read upwards: the first number is at least the second ("5-0", "3-3"; a range "10-12" rises)
and both are at most :data:`MAX_POINTS`. Odds ("a 50-1 outsider") and the sides of a vote
("ruled 5-2") are read by their own readers first (:mod:`consilience.figure_odds`,
:mod:`consilience.figure_tallies`).

A pair next to another pair is one set of a match told set by set ("4-6 6-3 7-5") and is
not read: which set a lone "7-6" means needs the set's ordinal, and comparing one set with
the match result would dispute what nobody disputes (precision first).

The value encodes the pair exactly: ``first * SCALE + second`` (5-0 -> 5000.0, 2.5-1.5 ->
2501.5); two scores agree only when both sides agree. A story's result is one slot (the
match the story is about); its display is the pair as written. When one article gives two
different scores the match is told set by set or moment by moment and the slot is dropped
(:func:`drop_running_scores`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the dimension, unit and property of a match score
SCORE = "score"
#: the factor that packs a pair into one value (no side reaches it)
SCALE = 1000.0
#: the highest side a score may have (basketball reaches the hundreds; a year never fits)
MAX_POINTS = 200.0
_SIDE = r"\d{1,3}(?:\.5)?"
_JOINED = re.compile(rf"^({_SIDE})[-–]({_SIDE})$")
_ONE_SIDE = re.compile(rf"^{_SIDE}$")
_DASHES = ("-", "–")


@dataclass(frozen=True)
class Score:
    """A score read at tokens [start, end): the sides as written, first then second."""

    first: float
    second: float
    start: int
    end: int

    @property
    def value(self) -> float:
        """The pair packed into one number (module docstring)."""
        return self.first * SCALE + self.second


def _pair(doc, i: int, hi: int) -> tuple[float, float, int] | None:
    """(first, second, end) of a pair "5-0" (one token) or "5" "-" "0" (three tokens, no
    space between them) at token i; None elsewhere."""
    m = _JOINED.match(doc[i].text)
    if m:
        return float(m.group(1)), float(m.group(2)), i + 1
    if i + 2 >= hi or not _ONE_SIDE.match(doc[i].text):
        return None
    sep, b = doc[i + 1], doc[i + 2]
    if sep.text in _DASHES and _ONE_SIDE.match(b.text):
        if not doc[i].whitespace_ and not sep.whitespace_:
            return float(doc[i].text), float(b.text), i + 3
    return None


def _beside_pair(doc, start: int, end: int, lo: int, hi: int) -> bool:
    """Another pair stands right before or after [start, end): a match told set by set."""
    if end < hi and _pair(doc, end, hi) is not None:
        return True
    for k in (start - 1, start - 3):
        if k >= lo:
            found = _pair(doc, k, hi)
            if found is not None and found[2] == start:
                return True
    return False


def score_at(doc, i: int, lo: int, hi: int) -> Score | None:
    """The score starting at token i of the sentence [lo, hi) (module docstring), or None.
    The caller reads odds and vote pairs before it."""
    if i > lo and doc[i - 1].text in _DASHES:
        return None  # the second side of a pair already passed over
    found = _pair(doc, i, hi)
    if found is None:
        return None
    first, second, end = found
    if first < second and _between_sides(doc, i, end, lo, hi):
        first, second = second, first  # "Kings 3-12 Rovers": the sides follow the names
    if first < second or first > MAX_POINTS:
        return None
    if end < hi and doc[end].text in ("%", "percent", "per"):
        return None
    if _beside_pair(doc, i, end, lo, hi):
        return None
    return Score(first, second, i, end)


def _between_sides(doc, start: int, end: int, lo: int, hi: int) -> bool:
    """The pair at tokens [start, end) stands between two names, a side's name on each
    side ("Half-time: Kings 3-12 Rovers"): a score told in the sides' order, whatever
    its larger number; a rising range has no name right after it ("10-12 Rovers" is
    no pair of sides without one before)."""
    if start <= lo or end >= hi:
        return False
    return _side_name(doc[start - 1]) and _side_name(doc[end])


def _side_name(tok) -> bool:
    """A token that may be a side's name: a proper noun, or a capitalised noun the tagger
    took for a common one ("Kings")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title)


#: words that set a score at a stage of the match before its end: "trailed 12-3 at
#: half-time", "led 2-0 at the break", "level at the interval", "Half-time: Kings 3-12"
INTERIM = "interim score"
_STAGE_PHRASES = (
    ("half", "-", "time"), ("half-time",), ("halftime",), ("half", "time"), ("the", "break"),
    ("the", "interval"), ("interval",), ("first", "half"), ("first", "period"), ("first", "quarter"),
    ("ht",),
)  # fmt: skip
_STAGE_BEFORE, _STAGE_AFTER = 6, 5


def _has_phrase(words: list[str]) -> bool:
    return any(
        words[k : k + len(p)] == list(p) for p in _STAGE_PHRASES for k in range(len(words))
    )


def stage_of(doc, start: int, end: int, lo: int, hi: int) -> str:
    """:data:`INTERIM` when a phrase of a match stage before its end stands within a few
    tokens of the score at [start, end) of the sentence [lo, hi), with no other score
    between ("trailed 12-3 at half-time", "Half-time: Kings 3-12 Rovers"), else
    :data:`SCORE` (the result: "won 24-19 after trailing 12-3 at the break" gives each
    pair its own stage)."""
    before = [t.lower_ for t in doc[max(lo, start - _STAGE_BEFORE) : start]]
    after = [t.lower_ for t in doc[end : min(hi, end + _STAGE_AFTER)]]
    before = before[_last_digit(before) + 1 :]
    cut = next((k for k, w in enumerate(after) if any(ch.isdigit() for ch in w)), len(after))
    return INTERIM if _has_phrase(before) or _has_phrase(after[:cut]) else SCORE


def _last_digit(words: list[str]) -> int:
    """Index of the last word holding a digit (-1 for none)."""
    return max((k for k, w in enumerate(words) if any(ch.isdigit() for ch in w)), default=-1)


def drop_running_scores(groups: dict[tuple, list]) -> None:
    """Remove the story's score slot when one article gives two different scores in it: a
    match told set by set or moment by moment ("took the second 6-3", "served for it at
    5-4"), whose scores no reader can pair with another article's without knowing which
    set or moment each is (precision first). ``groups`` maps slot keys to figures (objects
    with ``article``, ``dimension`` and ``value``); changed in place."""
    for key in [k for k in groups if k and k[0] == SCORE]:
        seen: dict[str, float] = {}
        for q in groups[key]:
            if seen.setdefault(q.article, q.value) != q.value:
                del groups[key]
                break
