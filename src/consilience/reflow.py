"""Hard-wrapped plain text joined back into paragraphs (the READ stage of .txt / .md files).

E-mailed wire copy, saved terminal output and many plain-text archives break every paragraph
into lines of a fixed width (about 60-80 characters). Read as they are, the first line of the
lead paragraph looks like a headline (no sentence end) and is taken as the title, the body
then starts mid-sentence ("on Monday after a main burst ..."), and every later paragraph
keeps line breaks inside its sentences.

:func:`unwrap` joins such lines with one space. A line break inside a paragraph is a wrap
when the text is wrapped at all (its longest lines are at most :data:`MAX_WIDTH` characters
and several lines reach close to that width) and the line is full: the first word of the
next line would not have fitted on it within the wrap width. This is the "would it fit"
test text reflow tools use (``par``, Emacs ``fill-paragraph``); a short line followed by a
line break (a title, a byline, a dateline, a list item, a live-blog time) is never full, so
it stays on its own line. Text whose lines are longer than :data:`MAX_WIDTH` (one line per
paragraph, as every file the project's sets hold) is returned unchanged.
"""

from __future__ import annotations

import re

__all__ = ["MAX_WIDTH", "MIN_WIDTH", "unwrap", "wrap_width"]

#: the widest wrap width recognised: fixed-width text is wrapped at 60-80 columns, 100-120
#: for some tools; a text with longer lines has one line per paragraph
MAX_WIDTH = 120
#: the narrowest: short lines over one another (a byline over a date) are no wrapped text
MIN_WIDTH = 40
#: lines a text must have within :data:`_NEAR` characters of its width to count as wrapped
_MIN_FULL_LINES = 2
_NEAR = 15
#: lines that open a block of their own in Markdown or plain text (never joined to the
#: line above): list items, quotes, headings, table rows, indented code, and a transcript's
#: or live blog's time stamp ("[00:01:45] Tomasz Wiles: ...", "(14:05)", "14:05 Police ...")
_BLOCK_START = re.compile(
    r"^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|>|#{1,6}\s|\||```|\s{4}"
    r"|[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s)"
)


def wrap_width(lines: list[str]) -> int | None:
    """The width ``lines`` are wrapped at, or None when they are not hard-wrapped.

    The width is the longest line followed by another line of its paragraph, the text's
    first line aside (a headline set directly over the body may be longer than the body's
    wrap width). The text is wrapped when no line is longer than :data:`MAX_WIDTH`, the
    width is at least :data:`MIN_WIDTH` and at least :data:`_MIN_FULL_LINES` such lines
    reach within :data:`_NEAR` characters of it.
    """
    widths = [len(line.rstrip()) for line in lines]
    if not widths or max(widths) > MAX_WIDTH:
        return None
    first = next((i for i, w in enumerate(widths) if w), 0)
    inner = [w for i, w in enumerate(widths[:-1]) if w and widths[i + 1] and i != first]
    if not inner:
        return None
    width = max(inner)
    if width < MIN_WIDTH:
        return None
    full = sum(1 for w in inner if w >= width - _NEAR)
    return width if full >= _MIN_FULL_LINES else None


def _continues(line: str, following: str, width: int) -> bool:
    """Whether the line break between ``line`` and ``following`` is a wrap: both hold text,
    ``line`` is no longer than ``width``, ``following`` opens no block of its own, and its
    first word would not have fitted on ``line`` within ``width``."""
    if not line.strip() or not following.strip() or _BLOCK_START.match(following):
        return False
    size = len(line.rstrip())
    return size <= width and size + 1 + len(following.split()[0]) > width


def unwrap(text: str) -> str:
    """``text`` with hard-wrapped paragraphs joined into one line each (see the module
    docstring); blank lines, short lines and block starts are kept as they are. Text that
    is not hard-wrapped is returned unchanged. ``text`` uses ``\\n`` line ends."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    out: list[str] = []
    for i, line in enumerate(lines):
        joined = i - 1 == first and _lead_goes_on(lines[first], line, width)
        if out and (joined or (i - 1 != first and _continues(lines[i - 1], line, width))):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _lead_goes_on(line: str, following: str, width: int) -> bool:
    """Whether the text's first line is wrapped into ``following`` rather than a headline set
    over it: it is about as wide as the wrap (within :data:`_NEAR`) and the sentence visibly
    goes on: ``following`` starts in lower case or with a digit ("... in the Dunsford area" /
    "on Monday after ..."), or the line ends inside a clause (a comma, a dash)."""
    if not line.strip() or not following.strip() or _BLOCK_START.match(following):
        return False
    size = len(line.rstrip())
    if (
        size + _NEAR < width
        or size > width + _NEAR
        or size + 1 + len(following.split()[0]) <= width
    ):
        return False
    return (
        following.lstrip()[0].islower()
        or following.lstrip()[0].isdigit()
        or (line.rstrip()[-1] in ",;:-–—")
    )
