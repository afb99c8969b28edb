"""Timeline lines that state a side of a disputed statement.

The timeline (:func:`consilience.dates.build_timeline`) dates events one clause at a time;
the statement conflicts (``conflicts[]`` of kind ``fact``) are built later, from the aligned
claims. When articles disagree on what happened ("resigned on Tuesday" / "refused to resign
on Tuesday"), each side may also be a timeline line of its own. Such a line is marked
disputed, as a line whose date is disputed already is, so no reader takes a contested act
for a settled event: :func:`mark_statement_disputes` runs on the finished brief.

A timeline line is a side of a statement conflict when it tells the reading's act (a word
of its predicate, :func:`_tells`: an agreed date of another act in the same sentence is no
side) and, in one article, one of its date mentions lies inside the clause a reading cites
or its own cited clause and the reading's clause overlap by at least half of the longer one
(:data:`MIN_OVERLAP`): a sentence that joins the disputed clause to another dated one marks
only the line dated in the former.

A line that retells a side in other words is a side too (:func:`_retells`): it tells the
act, names the subject's head noun, and every date it gives, as written ("2024"), is a word
of some reading's own text ("warned ... in a 2024 inspection report" / "received a report in
2024 warning of corrosion"): the disputed act on the date a side gives it is no settled event.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

#: Share of the longer of two clauses that must overlap for them to state one thing.
MIN_OVERLAP = 0.5

Span = tuple[str, int, int]


def mark_statement_disputes(brief: dict[str, Any]) -> None:
    """Mark, in place, every ``brief["timeline"]`` entry that states a side of a statement
    conflict (``brief["conflicts"]`` items of kind ``fact``): ``"disputed": true`` and
    ``"disputed_statements"``, the subjects of those conflicts (strings, conflict order).
    An entry already disputed for its date keeps its ``"dates"``; nothing else changes.
    Malformed items (missing citations or offsets) are skipped, never raise."""
    _mark_sides(brief)
    _mark_retold(brief)


def _mark_sides(brief: dict[str, Any]) -> None:
    """Mark the timeline entries whose date lies in, or whose clause overlaps, a reading."""
    sides = [
        (str(c.get("subject") or ""), span, str(r.get("predicate") or ""))
        for c in brief.get("conflicts") or []
        if isinstance(c, Mapping) and c.get("kind") == "fact"
        for r in c.get("readings") or []
        if (span := _span(r.get("citation") if isinstance(r, Mapping) else None))
    ]
    if not sides:
        return
    for entry in brief.get("timeline") or []:
        if not isinstance(entry, dict):
            continue
        _mark(entry, [s for s, side, pred in sides if _states(entry, side, pred)])


def _mark(entry: dict[str, Any], subjects: list[str]) -> None:
    """Mark ``entry`` disputed by the statement conflicts ``subjects`` (none: unchanged)."""
    if subjects:
        entry["disputed"] = True
        known = list(entry.get("disputed_statements") or [])
        entry["disputed_statements"] = list(dict.fromkeys(known + subjects))


def _mark_retold(brief: dict[str, Any]) -> None:
    """Mark the timeline entries that retell a side of a statement conflict (:func:`_retells`)."""
    conflicts = [
        c
        for c in brief.get("conflicts") or []
        if isinstance(c, Mapping) and c.get("kind") == "fact"
    ]
    for entry in brief.get("timeline") or []:
        if isinstance(entry, dict):
            _mark(entry, [str(c.get("subject") or "") for c in conflicts if _retells(entry, c)])


def _retells(entry: Mapping[str, Any], conflict: Mapping[str, Any]) -> bool:
    """Whether ``entry`` retells a reading of statement ``conflict`` in its own words: its
    text tells a reading's act and names the head noun of the conflict's subject (its last
    word before ":"), and each of its dates as written is a word of that reading's text."""
    text = str(entry.get("text") or "")
    head = _subject_head(str(conflict.get("subject") or ""))
    written = [
        str(m.get("text") or "") for m in entry.get("mentions") or [] if isinstance(m, Mapping)
    ]
    if not head or not written or head not in _words(text):
        return False
    for reading in conflict.get("readings") or []:
        if not isinstance(reading, Mapping):
            continue
        predicate = str(reading.get("predicate") or "").split(":")[-1]
        said = " ".join(_words(str(reading.get("text") or "")))
        if predicate and _tells(text, predicate) and all(_holds(said, w) for w in written):
            return True
    return False


def _holds(said: str, written: str) -> bool:
    """Whether the words of ``written`` (a date as written) occur together in ``said``."""
    words = " ".join(_words(written))
    return bool(words) and re.search(rf"\b{re.escape(words)}\b", said) is not None


def _subject_head(subject: str) -> str:
    """The head noun of a statement conflict's subject ("the ministry: warn ..." -> "ministry")."""
    words = _words(subject.split(":")[0])
    return words[-1] if words else ""


def _words(text: str) -> list[str]:
    """Lower-case words and numbers of ``text``."""
    return re.findall(r"[a-z0-9]+", text.lower())


def _states(entry: Mapping[str, Any], side: Span, predicate: str = "") -> bool:
    """Whether timeline ``entry`` states the reading whose clause is ``side`` (its act
    ``predicate``, a lemma such as ``"close"`` or ``"step_down"``): the entry's own text
    tells that act (:func:`_tells`: a reading citing a whole sentence "The fire that
    started on Tuesday swept down the slope, but no homes burned" does not make the fire's
    start a side of the dispute over the homes), and one of its date mentions lies inside
    that clause or one of its clauses overlaps it enough."""
    if not _tells(str(entry.get("text") or ""), predicate):
        return False
    for mention in entry.get("mentions") or []:
        span = _span(mention.get("citation") if isinstance(mention, Mapping) else None)
        if span and span[0] == side[0] and side[1] <= span[1] and span[2] <= side[2]:
            return True
    return any(_overlaps(span, side) for span in _clauses(entry))


#: shortest stem that is matched as a word's beginning (shorter ones by lemma only)
MIN_STEM = 3


def _tells(text: str, predicate: str) -> bool:
    """The timeline text holds a word of the act ``predicate`` (its first word, a lemma):
    a word beginning with its stem (without a final "e": "close" -> "closed", "closure")
    or a word whose spaCy lemma it is ("sank" -> "sink"; a stem shorter than
    :data:`MIN_STEM`, "die", is read by lemma only). An empty predicate tells nothing and
    passes."""
    verb = predicate.split("_")[0].lower()
    if not verb:
        return True
    stem = verb[:-1] if verb.endswith("e") else verb
    words = re.findall(r"[a-z]+", text.lower())
    if len(stem) >= MIN_STEM and any(w.startswith(stem) for w in words):
        return True
    return verb in _lemmas(text)


@functools.lru_cache(maxsize=4096)
def _lemmas(text: str) -> frozenset[str]:
    """Lower-cased spaCy lemmas of ``text`` (the packaged pipeline, loaded once)."""
    from .analyse import load_nlp

    return frozenset(t.lemma_.lower() for t in load_nlp()(text))


def _clauses(entry: Mapping[str, Any]) -> Iterable[Span]:
    """The clause spans a timeline entry cites (``citations``, else ``citation``)."""
    cites = entry.get("citations") or [entry.get("citation")]
    for cite in cites:
        span = _span(cite)
        if span:
            yield span


def _overlaps(a: Span, b: Span) -> bool:
    """Two spans of one article share at least :data:`MIN_OVERLAP` of the longer one."""
    if a[0] != b[0]:
        return False
    shared = min(a[2], b[2]) - max(a[1], b[1])
    return shared > 0 and shared >= MIN_OVERLAP * max(a[2] - a[1], b[2] - b[1])


def _span(cite: Any) -> Span | None:
    """``(article, start, end)`` of a citation mapping, or None when it is not one."""
    if not isinstance(cite, Mapping):
        return None
    art, start, end = cite.get("article"), cite.get("start"), cite.get("end")
    if isinstance(art, str) and isinstance(start, int) and isinstance(end, int) and end > start:
        return art, start, end
    return None
