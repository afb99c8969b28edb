"""Live-blog entry times as lines of their own (the normalise stage).

A live blog is a run of short entries, each opened by its time of day. Some pages put the
time on a line of its own ("14:35" above the entry), others glue it to the entry's first
words ("14:35 Sad news from the scene: ..."). Glued, the time is read as text by every
later stage: spaCy takes "14:35 Sad" for a person and "12:20 Network Rail" for an
organisation, a quote's speaker and a cited source, and a unique fact or summary line keeps
its time.

:func:`separate_entry_times` turns the space after a glued entry time into a line break,
so the entry time stands alone on its line; an entry time written with its zone and a
separator ("14:40 GMT - Leeds City Council said ...", "8:50 – ...", "14:40 BST: ...") keeps
its zone ("14:40 GMT" is one time) and each character of the separator and the spaces around
it becomes a line break, so no later stage reads "GMT - Leeds City Council" as a name or
keeps a separator in a quote or a consensus line. One character is replaced by one character:
every offset into the text stays where it was, and the stored text reads as the page
shows it. The lone time line is then what the boilerplate marking already recognises
(kind ``"liveblog"``: a clock time alone on a line), a line break ends a sentence in the
analysis, and the story grouping reads the entries in time order
(:mod:`consilience.story_entries`).

Only a run of entries is a live blog: at least :data:`MIN_ENTRIES` lines opened by a clock
time (glued or alone), whose times run one way (newest first or oldest first, one step
the other way allowed for a blog crossing midnight). A paragraph that happens to open with
a time ("10.30 per cent", "5:40 a.m. was when ...") in ordinary prose is left alone: an
entry's first word after its time is capitalised or a quotation, and ordinary prose does
not open three paragraphs with ordered times.
"""

from __future__ import annotations

import re

from .story_entries import entry_minutes

__all__ = ["MIN_ENTRIES", "opens_with_entry", "separate_entry_times"]

#: a text is a live blog from this many lines opened by an ordered clock time
MIN_ENTRIES = 3

_TZ = r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|IST|JST|AEST|AEDT|MSK)"
_CLOCK = rf"(?:\d{{1,2}}[:.]\d{{2}}(?:\s?[ap]\.?m\.?)?|\d{{1,2}}\s?[ap]\.?m\.?)(?:\s{_TZ})?"
#: a line opened by a clock time (its zone kept with it: "14:40 GMT"), alone or followed by
#: the entry's text; group 1 the time, group 2 what stands between the time and the text: a
#: space before an entry's first word (capitalised, a figure or a quotation mark), or a
#: separator ("14:40 GMT - ", "8:50 – ", "14:40 BST: ", "9.05am | ") and the space after it,
#: before a word or a quotation mark (not a figure: "10:30 - 11:00" is a range)
_ENTRY = re.compile(
    rf"^({_CLOCK})(?![ \t]{_TZ}\b)"
    rf"(?:$|( )(?=[\"“‘'A-Z0-9])|([ \t]?[-–—:|][ \t]+)(?=[\"“‘'A-Za-z]))",
    re.M,
)


def separate_entry_times(text: str) -> str:
    """``text`` with each glued live-blog entry time ("12:20 Network Rail says ...") on a
    line of its own ("12:20\\nNetwork Rail says ..."), the same length; ``text`` itself
    when it holds fewer than :data:`MIN_ENTRIES` entry lines or their times are not
    ordered (see the module docstring). ``text`` is a cleaned text (one space between
    words, lines stripped)."""
    found = _entry_lines(text)
    if not found:
        return text
    chars = list(text)
    for m in found:
        gap = 2 if m.group(2) is not None else 3
        if m.group(gap) is not None:
            chars[m.start(gap) : m.end(gap)] = "\n" * (m.end(gap) - m.start(gap))
    return "".join(chars)


def opens_with_entry(text: str) -> bool:
    """Whether the first line of ``text`` that holds words is a live-blog entry line ("17:40
    Hospital count rises again", "9.05am GMT - Police say ...") of a text that is a live
    blog (see the module docstring). Such a line opens the blog's newest (or first) entry:
    the reader must not take it for a headline, or the entry's time is lost and its
    figures are read at the page's last update. ``text`` may be raw (lines unstripped)."""
    lines = [line.strip() for line in text.split("\n")]
    found = _entry_lines("\n".join(lines))
    first = next((i for i, line in enumerate(lines) if line), None)
    return (
        bool(found)
        and first is not None
        and found[0].start() == sum(len(line) + 1 for line in lines[:first])
    )


def _entry_lines(text: str) -> list[re.Match]:
    """The entry lines of ``text`` (matches of :data:`_ENTRY` with a clock time), in text
    order; empty when they are fewer than :data:`MIN_ENTRIES` or their times are not
    ordered."""
    found, minutes = [], []
    for m in _ENTRY.finditer(text):
        at = entry_minutes(m.group(1))
        if at is not None:
            found.append(m)
            minutes.append(at)
    return found if len(found) >= MIN_ENTRIES and _ordered(minutes) else []


def _ordered(minutes: list[int]) -> bool:
    """Whether entry times (minutes after midnight, in text order) run one way: at least
    two steps that way and at most one step the other (a blog crossing midnight); equal
    times in a row count neither way."""
    steps = [b - a for a, b in zip(minutes, minutes[1:], strict=False)]
    down = sum(1 for s in steps if s < 0)
    up = sum(1 for s in steps if s > 0)
    return min(down, up) <= 1 and max(down, up) >= 2
