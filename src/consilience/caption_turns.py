"""Turns of a subtitled video's or a podcast's transcript whose speaker label stands on a
line of its own, the words on the line after it:

    [00:07] NORA KESTLE, TENANTS' ORGANISER:
    We asked the council for a meeting in March and nobody came.

    [00:31] NORA KESTLE (subtitled):
    We will keep asking.

    labelled_lines(text) -> [Turn, ...]        # every such turn, label as written
    vouched_names(turns) -> frozenset[str]      # labels that name a person (title case)

A label is two to five upper-case words, after an optional time stamp ("[00:07] ",
"[1:02:15] "), perhaps with a role after a comma ("ICU ORGANISER", "RIDER AND LEAD
CLAIMANT") and a bracketed note ("(in Romanian, subtitled)"), then a colon ending the line.
The turn is the next line (one paragraph of subtitles), unless that line is itself a label,
a time stamp or empty. A council's or a hearing's transcript sets a blank line between the
label and the words ("CLLR ANNA DORE (Westfield):", a blank line, then the speech): there
the turn goes on over the paragraphs after it while they are in the speaker's voice
(:func:`consilience.report_turns.turn_end`), up to the next label.

A meeting app's transcript writes each speaker's name in title case with the time into the
recording on a line of its own ("Nora Kestle  00:05:12"), the words on the lines after it;
such a turn goes on over the paragraphs that follow in the speaker's voice, up to the next
label.

A phone-in's or a broadcast's transcript may set the speaker's name alone on its line, in
capitals and with no colon ("OWEN PRYCE", "DENNIS"), the words on the next line, and an
earnings call's transcript in title case, perhaps with a market terminal's profile code
("Helen Maddox {BIO 19554210 <GO>}"); such
lines are turns only in a conversation: two labels or more, one of them used twice, each
turn of a label that speaks in its own voice (first person or a question) at least once
(a newsletter's headings in capitals, "WHAT WE WANT", are used once each; a round-up's
place headings and a team sheet's names tell of others in the third person); whether a
label names a person at all the caller decides from the rest of the article.

Whether a label names a person the caller decides; :func:`vouched_names` gives the labels
that the transcript itself vouches for: a label some turn gives a role after a comma, or a
meeting app's label, whose words are not all common English words (WordNet senses of any part of speech: "ON-SCREEN
TEXT", "BREAKING NEWS, LIVE" are no person). Read from the text alone; no state.
"""

from __future__ import annotations

import re

from . import lexicon
from .report_turns import Turn, spoken, turn_end

#: an optional time stamp, then two to five upper-case words, a role after a comma, a
#: bracketed note, and a colon that ends the line; the turn is the next line
_OWN_LINE = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"(?P<label>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){1,4})"
    r"(?:,[ \t]+(?P<post>[A-Z][A-Z'’.&-]*(?:[ \t]+[A-Z][A-Z'’.&-]*){0,6}))?"
    r"(?:[ \t]+\((?P<role>[^()\n]{1,60})\))?:[ \t]*\n"
    r"(?P<gap>[ \t]*\n)?[ \t]*(?P<said>[^\s\[].*)$",
    re.M,
)
#: a meeting app's transcript: a name in title case (no word in capitals: "Landed KDH
#: 11:38" is a log's line) and the time into the recording on a line of their own ("Ann Roe
#: 00:05:12"), the words on the lines after it
_STAMPED = re.compile(
    r"^[ \t]*(?P<label>[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){1,3})[ \t]+"
    r"\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?[ \t]*\n[ \t]*(?P<said>[^\s\[].*)$",
    re.M,
)
#: a phone-in's transcript: one to four upper-case words alone on their line, no colon,
#: and the words on the next line in mixed case ("OWEN PRYCE" / "I understand why ...")
_BARE = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,4})"
    r"(?:[ \t]+\((?P<role>[^()\n]{1,40})\))?[ \t]*\n"
    r"[ \t]*(?P<said>[^\s\[].*[a-z].*)$",
    re.M,
)
#: an earnings call's transcript: a name in title case alone on its line, perhaps with a
#: terminal's profile code after it ("Helen Maddox {BIO 19554210 <GO>}"), the words on
#: the next line
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*[a-zß-ÿ][\w'’.-]*"
_TITLED_BARE = re.compile(
    rf"^[ \t]*(?P<label>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})"
    r"(?P<role>)(?P<bio>[ \t]+\{BIO[ \t]+\d+[ \t]+<GO>\})?[ \t]*\n"
    r"[ \t]*(?P<said>[^\s\[].*[a-z].*)$",
    re.M,
)
#: a line that is itself a label: the turn is empty
_LABEL_LINE = re.compile(r"^[A-Z][A-Z'’ .,&()-]*:\s*$")


def labelled_lines(text: str) -> list[Turn]:
    """Every turn of ``text`` whose label stands on its own line (module doc), in text
    order; ``Turn.label`` is the label as written, ``Turn.role`` the role after the comma
    (else the bracketed note, else None)."""
    out = []
    found = list(_OWN_LINE.finditer(text))
    for k, m in enumerate(found):
        said = m["said"].rstrip()
        if _LABEL_LINE.match(said):
            continue
        role = m["post"] or m["role"]
        end = m.start("said") + len(said)
        if m["gap"]:  # a council transcript's layout: the turn runs over its paragraphs
            limit = found[k + 1].start() if k + 1 < len(found) else len(text)
            end = turn_end(text, end, limit)
        out.append(Turn(m["label"], role, m.start("said"), end))
    titled = [t for t in _bare_turns(text, _TITLED_BARE) if _may_name(t.label, text)]
    bare = _bare_turns(text) + titled
    return sorted(out + _stamped_turns(text) + bare, key=lambda t: t.start)


def _bare_turns(text: str, pattern: re.Pattern = _BARE) -> list[Turn]:
    """The one-paragraph turns of a transcript whose labels stand alone on their lines
    without a colon (:data:`_BARE`: "OWEN PRYCE" and the words on the next line; or
    :data:`_TITLED_BARE`: "Helen Maddox {BIO 19554210 <GO>}"); none unless two labels or
    more are used and one of them twice (module doc)."""
    found = list(pattern.finditer(text))
    labels = [" ".join(m["label"].split()) for m in found]
    if len(set(labels)) < 2 or len(set(labels)) == len(labels):
        return []
    voiced = {lab for lab, m in zip(labels, found, strict=True) if spoken(m["said"])}
    if len(voiced) < 2:
        return []  # a round-up's place headings, a team sheet: the writer's third person
    return [
        Turn(m["label"], m["role"], m.start("said"), m.start("said") + len(m["said"].rstrip()))
        for lab, m in zip(labels, found, strict=True)
        if lab in voiced
    ]


def _stamped_turns(text: str) -> list[Turn]:
    """The turns of a meeting app's transcript (:data:`_STAMPED`), each over the
    paragraphs after its first line that go on in the speaker's voice, up to the next
    label (:func:`consilience.report_turns.turn_end`); none unless two speakers or more
    are labelled and one of them twice (a conversation, not a log of times)."""
    found = list(_STAMPED.finditer(text))
    labels = [" ".join(m["label"].split()) for m in found]
    if len(set(labels)) < 2 or len(set(labels)) == len(labels):
        return []  # a log's lines ("Departed Hallam 06:10"): no speaker labelled twice
    out = []
    for k, m in enumerate(found):
        limit = found[k + 1].start() if k + 1 < len(found) else len(text)
        end = turn_end(text, m.start("said") + len(m["said"].rstrip()), limit)
        out.append(Turn(m["label"], None, m.start("said"), end))
    return out


def _may_name(label: str, text: str) -> bool:
    """A title-case label alone on its line may name a person: not every word of it is a
    common English word ("Bake Sale", "Village Hall" are headings), unless a market
    terminal's profile code follows it (:func:`terminal_coded`)."""
    return terminal_coded(label, text) or not all(_common(w) for w in label.split())


def terminal_coded(label: str, text: str) -> bool:
    """``label`` stands on its line before a market terminal's profile code ("Rose Baker
    {BIO 30112233 <GO>}"): the terminal vouches that it names a person."""
    return re.search(re.escape(label) + r"[ \t]+\{BIO[ \t]+\d+", text) is not None


def label_name(label: str) -> str:
    """A label as a name: its words one space apart, title-cased when written in
    capitals ("OWEN PRYCE" -> "Owen Pryce"; "Siobhan McAllister" stays as written)."""
    words = " ".join(label.split())
    return words.title() if words.isupper() else words


def vouched_names(turns: list[Turn], text: str) -> frozenset[str]:
    """Title-case names of the labels of ``turns`` (from ``text``) that some turn gives a
    role after a comma, when not every word of the label is a common English word, or that
    a market terminal's profile code follows (:func:`terminal_coded`)."""
    out = set()
    for m in _OWN_LINE.finditer(text):
        label = " ".join(m["label"].split())
        if m["post"] and not all(_common(w) for w in label.split()):
            out.add(label_name(label))
    for t in turns:  # a terminal's transcript codes its speakers' names
        if terminal_coded(t.label, text):
            out.add(label_name(t.label))
    for m in _STAMPED.finditer(text):  # the app labels its speakers by their names
        label = " ".join(m["label"].split())
        if not all(_common(w) for w in label.split()):
            out.add(label_name(label))
    return frozenset(out) & {label_name(t.label) for t in turns}


def _common(word: str) -> bool:
    """WordNet knows ``word`` (lower-cased; a hyphenated word by each part) in any part of
    speech."""
    parts = [p for p in word.lower().split("-") if p]
    return bool(parts) and all(
        any(lexicon.senses(p, pos) for pos in ("n", "v", "a", "r")) for p in parts
    )
