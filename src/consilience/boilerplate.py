"""Boilerplate spans of an article text (interim: bylines, credits, captions, datelines).

    boilerplate_spans(text, title=None) -> list[BoilerplateSpan]
    is_boilerplate(spans, start, end) -> bool
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class BoilerplateSpan:
    start: int
    end: int
    kind: str


_LINE_RULES = [
    ("byline", re.compile(r"^\s*(by|written by|reporting by|editing by)\s+[A-Z][^\n]{0,80}$", re.I)),
    (
        "credit",
        re.compile(
            r"\b(this (story|report|article) (was |has been )?(provided|written|supplied|updated)"
            r"|contributed (reporting|to this (story|report))|(additional )?reporting by"
            r"|all rights reserved)\b",
            re.I,
        ),
    ),
    ("readmore", re.compile(r"^\s*(read more|read the full|sign up|subscribe|click here)\b", re.I)),
    ("table", re.compile(r"^\s*table:|\|")),
]
_DATELINE = re.compile(r"^\s*(\([A-Z][\w .'-]{1,40}\)|[A-Z][A-Z .'-]{2,40}(,[^—–\n]{1,40})?(\([^)\n]{1,30}\))?)\s*[—–-]{1,2}\s+")


def boilerplate_spans(text: str, title: str | None = None) -> list[BoilerplateSpan]:
    """Sorted, non-overlapping boilerplate spans of ``text`` (half-open char offsets)."""
    out: list[BoilerplateSpan] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        for kind, rx in _LINE_RULES:
            if rx.search(line):
                out.append(BoilerplateSpan(start, end, kind))
                break
        else:
            m = _DATELINE.match(line)
            if m:
                out.append(BoilerplateSpan(start, start + m.end(), "dateline"))
    return out


def is_boilerplate(spans: list[BoilerplateSpan], start: int, end: int) -> bool:
    """True when ``[start, end)`` lies mostly (at least half) inside boilerplate spans."""
    if end <= start:
        return False
    inside = sum(max(0, min(end, s.end) - max(start, s.start)) for s in spans)
    return inside * 2 >= end - start
