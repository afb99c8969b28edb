"""Headings that introduce someone's statement as the paragraph below them.

Schools, firms, clubs and auction houses print a statement under a line of its own that names
who it is from, with no reporting verb anywhere:

    A statement from our managing director, Philippa Denholm

    "Every bell that comes through our door is checked ..."

The heading is the attribution of the quotation that opens the next paragraph. This module
finds such headings; :mod:`consilience.quotes` resolves the source phrase to a speaker.
"""

from __future__ import annotations

import re

#: nouns of what someone issues in their own words: "A message from the Headteacher",
#: "A word from the race director", "Statement from the family of ..."
_ISSUED = r"statement|message|word|note|letter|tribute|response|reply|comment|update|foreword"

#: a whole line: an optional article or "our", perhaps one modifier ("A short message",
#: "A joint statement"), the noun, "from" and the source phrase; an end colon or full stop
_HEADING = re.compile(
    rf"^[ \t]*(?:(?:an?|the|our)[ \t]+)?(?:[A-Za-z-]+[ \t]+)?(?:{_ISSUED})[ \t]+from[ \t]+"
    r"(?P<source>[^\n\"“”]{2,120}?)[ \t]*[:.]?[ \t]*$",
    re.I | re.M,
)


def heading_before(text: str, start: int) -> tuple[int, int] | None:
    """Character span ``(start, end)`` of the source phrase of a statement heading on the
    last non-blank line before character ``start`` (where a quotation's paragraph opens),
    or None when that line is no such heading. Only blank lines may lie between the two.

    >>> t = 'A word from the race director\\n\\n"Last year was hard."'
    >>> s = heading_before(t, t.index('"'))
    >>> t[s[0]:s[1]]
    'the race director'
    """
    before = text[:start]
    stripped = before.rstrip()
    if before[len(stripped) :].count("\n") < 1:
        return None  # the quotation does not open a line of its own
    line_start = stripped.rfind("\n") + 1
    m = _HEADING.match(stripped, line_start)
    if m is None or m.end() != len(stripped):
        return None
    return m.start("source") + 0, m.end("source")
