"""Turns of three record formats that name each speaker in a fixed layout:

* a messaging app's chat export, one message a line after its date, time and sender
  ("07/09/2062, 07:04 - Bea Lindqvist: Have you all seen ...", or with the stamp in
  square brackets and seconds, "[07/09/2062, 07:04:31] Bea Lindqvist: ..."); a message
  goes on over the lines after it up to the next stamp; the app's own lines ("joined using
  this group's invite link", "<Media omitted>", "This message was deleted") are nobody's;
* a WebVTT caption file's voice spans ("<v Miriam Oduya>I want to speak ..."), one turn
  per cue (W3C WebVTT, section 4.2.2: the voice span's annotation names the speaker);
* a social network thread copied into a page, each post under a header of the display
  name, the handle and the date ("Nadia Ferreira @nadia_fb · 13 Jul 2072"), two headers
  or more;
* a court transcript's examination of a witness: the witness's name on a line with
  "(sworn)" or "(affirmed)", the examining advocate on an "Examined by MR X" line, then
  numbered "Q." lines (the advocate) and "A." lines (the witness), and turns of other
  speakers labelled in capitals with a title and a colon ("JUDGE SALLIS:", "MR
  BHANDARI:").

    chat_turns(text) -> [Turn, ...]     # every such turn, label a name as the record gives it
    record_stamps(text) -> [(start, end), ...]   # the chat stamps and cue timings: metadata

A chat export counts only with two senders or more and three messages or more (one stamped
line is a log entry, not a conversation). A court label's surname is read as the fullest
name the record gives in capitals or title case ("MR RAVI BHANDARI appeared on behalf of
...", "HER HONOUR JUDGE MARIAN SALLIS"), without titles: "Ravi Bhandari". Read from the
text alone; no state.
"""

from __future__ import annotations

import re

from . import lexicon
from .report_turns import Turn

#: marks a chat app writes around names and numbers (direction marks, isolates, BOM)
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_SP = "[ \\t\u00a0\u202f]"
#: a chat export's message line: date, time, sender, colon, message (Android: "07/09/2062,
#: 07:04 - Name: ..."; iPhone: "[07/09/2062, 7:04:31 PM] Name: ...")
_CHAT = re.compile(
    rf"^[ \t{_MARKS}]*(?:\[\d{{1,2}}/\d{{1,2}}/\d{{2,4}},{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    rf"(?:{_SP}?[APap]\.?[Mm]\.?)?\]|\d{{1,2}}/\d{{1,2}}/\d{{2,4}},{_SP}+\d{{1,2}}:\d{{2}}"
    rf"(?:{_SP}?[APap]\.?[Mm]\.?)?{_SP}+-)"
    rf"{_SP}+(?P<label>[^:\n\"“”]{{1,60}}?):{_SP}+(?P<said>.*)$",
    re.M,
)
#: any line opening with a chat stamp (a message or the app's own line): a message ends there
_STAMP = re.compile(
    rf"^[ \t{_MARKS}]*\[?\d{{1,2}}/\d{{1,2}}/\d{{2,4}},{_SP}+\d{{1,2}}:\d{{2}}", re.M
)
#: what the app writes in a sender's place: no words of the sender
_APP_LINES = re.compile(
    r"^(?:<Media omitted>|This message was deleted|You deleted this message|"
    r"<attached: [^>]*>|(?:image|video|audio|sticker|document|GIF|Contact card) omitted|"
    r"Missed (?:voice|video) call|(?:Voice|Video) call(?:, .*)?|Location: \S+|POLL:.*|null|"
    r"Waiting for this message\. This may take a while|<This message was edited>)$",
    re.I,
)
_EDITED = re.compile(r"\s*<This message was edited>\s*$", re.I)
#: a sender that is a telephone number, not a name
_NUMBER = re.compile(r"^[+\d][\d ()-]{5,}$")
#: a WebVTT voice span: "<v Name>" or "<v.loud Name>", the cue text after it (to the cue's end)
_VOICE = re.compile(
    r"<v(?:\.[\w.-]+)?[ \t]+(?P<label>[^>\n]{1,60})>(?P<said>[^\n]*(?:\n[ \t]*\S[^\n]*)*)"
)
#: a sound cue's text, not speech ("[laughs]", "(applause)", "♪ music ♪")
_SOUND = re.compile(r"^\s*(?:\[[^\]]*\]|\([^)]*\)|♪.*♪?)\s*$")
_TAG = re.compile(r"</?[a-z][^>]*>", re.I)
#: a WebVTT cue's timing line ("00:00:05.200 --> 00:00:11.900", hours optional)
_CUE_TIMING = re.compile(
    r"^[ \t]*(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}", re.M
)
_UPPER = "A-ZÀ-ÖØ-Þ"
#: a court transcript: the witness, the examining advocate, the numbered question and answer
_WITNESS = re.compile(
    rf"^[ \t]*(?P<name>[{_UPPER}][{_UPPER}'’.-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’.-]+){{1,3}})[ \t]+"
    r"\((?:sworn|affirmed|recalled|on former oath)\)",
    re.M,
)
_EXAMINER = re.compile(
    r"^[ \t]*(?:Examined|Cross-examined|Re-examined|Further examined|Questioned)"
    rf"[ \t]+by[ \t]+(?P<name>[{_UPPER}][\w'’ .-]{{1,50}}?)[ \t]*$",
    re.M,
)
_QA = re.compile(r"^[ \t]*(?:\d{1,4}[ \t]+)?(?P<qa>Q|A)[.:][ \t]+(?P<said>\S.*)$", re.M)
#: a title-and-surname label in capitals ("JUDGE SALLIS:", "MR BHANDARI:", "THE CLERK:")
COURT_TITLES = ("JUDGE", "MR", "MRS", "MS", "MISS", "DR", "LORD", "LADY", "SIR", "RECORDER")
_COURT_LABEL = re.compile(
    r"^[ \t]*(?:\d{1,4}[ \t]+)?(?P<label>(?:THE[ \t]+)?(?:" + "|".join(COURT_TITLES) + r")"
    rf"(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,2}}):[ \t]+(?P<said>\S.*)$",
    re.M,
)
#: words of a court record that are titles or forms of address, never part of a name
_TITLE_WORDS = frozenset(
    "her his honour judge mr mrs ms miss dr lord lady sir the recorder justice qc kc "
    "district deputy detective constable sergeant inspector".split()
)


def chat_turns(text: str) -> list[Turn]:
    """Every turn of ``text`` in one of the module's formats, in text order; ``Turn.label``
    is the speaker's name as the record gives it (a court label read as its full name),
    ``Turn.role`` is None."""
    out = _chat_export(text) + _voices(text) + _examination(text) + _posts(text)
    out += _forum_posts(text)
    return sorted(out, key=lambda t: t.start)


#: a social network post's header as a page copies it: perhaps the page's bracketed label
#: ("[Embedded post]"), the display name (an emoji, a tick or pronouns may follow it), the
#: handle, perhaps a separator dot and the date ("Nadia Ferreira @nadia_fb · 13 Jul
#: 2072", "Kofi Brand 🌊 @kofi")
_POST_HEADER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})[^\n@]{0,24}?[ \t]+\(?@\w{2,30}\)?"
    r"(?:[ \t]*[·•][ \t]*[^\n]{1,30})?[ \t]*$",
    re.M,
)
#: a thread's counter after or before a post ("3/6", "(2/3)", "1/")
_POST_COUNTER = re.compile(r"\s*\(?\d{1,2}/\d{0,2}\)?\s*$")
_POST_COUNTER_FIRST = re.compile(r"\(?\d{1,2}/\d{0,2}\)?[ \t]+")
_POST_MARK = re.compile(r"(?:@\w+[ \t]*|[^\w\s\"“'‘(@]+[ \t]*)+")


def _posts(text: str) -> list[Turn]:
    """The posts of a social network thread copied into a page: each post the paragraph
    after its header (:data:`_POST_HEADER`), up to a blank line or the next header, its
    thread counter ("3/6", "(2/3)", before or after), a leading symbol ("🧵") and the
    handles a reply opens with left out; only with two headers or more (one header is an
    embed a story quotes from, read by the quotation rules), or one the page labels
    ("[Embedded post] Name @handle · date")."""
    heads = list(_POST_HEADER.finditer(text))
    if len(heads) < 2 and not (heads and heads[0].group().lstrip().startswith("[")):
        return []  # one header is an embed a story quotes from, unless the page labels it
    out = []
    for k, m in enumerate(heads):
        limit = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        body = text[m.end() : limit]
        start = m.end() + len(body) - len(body.lstrip())
        stops = [x for x in (text.find("\n\n", start, limit), text.find("\n[", start, limit)) if x >= 0]
        end = min(stops) if stops else limit  # a blank line, or "[End of embedded post]"
        said = text[start:end]
        end = start + len(_POST_COUNTER.sub("", said.rstrip()))
        for lead in (_POST_MARK, _POST_COUNTER_FIRST, _POST_MARK):
            opening = lead.match(text, start, end)
            start = opening.end() if opening else start
        if end > start:
            out.append(Turn(m["name"], None, start, end))
    return out


#: a forum post's header on one line: perhaps the post's number, the member's name, then
#: after a separator their standing and the date and time ("#2 Moira Lindqvist · Forum
#: moderator · Thu 13 June 2075, 08:40")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: when a post went up: a clock time, a day and month, a numeric date or "... ago"
_POSTED_AT = (
    rf"(?:(?<![£$€\d.,])\b\d{{1,2}}[:.]\d{{2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}|\b{_MONTH}[ \t]+\d{{1,2}}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\bago\b)"
)
_FORUM_LINE = re.compile(
    r"^[ \t]*(?:#\d{1,4}[ \t]+)?(?P<name>[A-Za-z][\w'’.-]*(?:[ \t]+[A-Z0-9][\w'’.-]*){0,3})"
    rf"[ \t]+[·•|][^\n]{{0,64}}{_POSTED_AT}[^\n]{{0,24}}$",
    re.M,
)
#: a forum post's header over lines: the user name alone on its line, perhaps a line of
#: standing ("Forumite · 1,204 posts"), then the line saying when it was posted ("Posted
#: 3 March 2074 at 9:14am")
_FORUM_BLOCK = re.compile(
    r"^[ \t]*(?P<name>[A-Za-z][\w.'’-]{1,30}(?:[ \t]+[A-Z0-9][\w'’-]*){0,3})[ \t]*\n"
    r"(?:[^\n]{0,60}\b(?:posts?|[Mm]ember|[Mm]oderator|[Gg]uide|[Aa]dmin|[Jj]oined)\b[^\n]{0,40}\n)?"
    rf"[ \t]*(?:Posted|Replied|Written)\b[^\n]{{0,60}}{_POSTED_AT}[^\n]{{0,30}}$",
    re.M,
)


def _forum_posts(text: str) -> list[Turn]:
    """The posts of a forum thread copied into a page: each post the paragraphs after its
    header (:data:`_FORUM_LINE` or :data:`_FORUM_BLOCK`) up to the next header (the last
    post: its first paragraph, before the page's footer); only with two headers or more of
    one kind, so that a dated line in a report is no post."""
    for pattern in (_FORUM_BLOCK, _FORUM_LINE):
        heads = [m for m in pattern.finditer(text) if _member_name(m["name"])]
        if len(heads) >= 2:
            return [_forum_post(text, m, heads[k + 1] if k + 1 < len(heads) else None)
                    for k, m in enumerate(heads)]  # fmt: skip
    return []


def _member_name(name: str) -> bool:
    """``name`` may be a forum member's: not a byline ("By Morwenna Keast") and not all
    words WordNet knows ("Like", "Push Alert", "Terms": a page's own controls)."""
    words = name.split()
    if words[0].lower() == "by":
        return False
    return not all(any(lexicon.senses(w.lower(), p) for p in "nvar") for w in words)


def _forum_post(text: str, head: re.Match, after: re.Match | None) -> Turn:
    """The turn of the post under ``head`` (the next header ``after``, or None)."""
    body = text[head.end() : after.start() if after else len(text)]
    start = head.end() + len(body) - len(body.lstrip())
    if after is None:
        stop = text.find("\n\n", start)
        end = stop if stop >= 0 else len(text)
    else:
        end = start + len(text[start : after.start()].rstrip())
    return Turn(head["name"], None, start, max(start, end))


def record_stamps(text: str) -> list[tuple[int, int]]:
    """Character spans of a chat export's message stamps (date and time before each
    sender) and a WebVTT file's cue timing lines: when a message was posted or a caption
    shown, never a time the story tells of (:func:`consilience.quantities` leaves the
    clock times inside them out)."""
    out = [(m.start(), m.end()) for m in _CUE_TIMING.finditer(text)]
    if len(_CHAT.findall(text)) >= 3:
        out += [(m.start(), m.end()) for m in _STAMP.finditer(text)]
    return sorted(out)


def _chat_export(text: str) -> list[Turn]:
    found = [(m, _sender(m["label"])) for m in _CHAT.finditer(text)]
    found = [(m, who) for m, who in found if who]
    if len(found) < 3 or len({who for _m, who in found}) < 2:
        return []
    stamps = [m.start() for m in _STAMP.finditer(text)]
    out = []
    for m, who in found:
        limit = next((s for s in stamps if s > m.start()), len(text))
        blank = text.find("\n\n", m.start("said"), limit)  # the export ends at a blank line
        body = text[m.start("said") : blank if blank >= 0 else limit]
        body = _EDITED.sub("", body.rstrip())
        said = body.strip(_MARKS + " \t").rstrip(".")
        if not said or _APP_LINES.match(said):
            continue
        out.append(Turn(who, None, m.start("said"), m.start("said") + len(body)))
    return out


def _sender(label: str) -> str:
    """The sender's name of a chat label without the app's marks and "~", or "" for a
    telephone number or one common word ("You", "Alarm", "Status": a log's fields)."""
    name = " ".join(label.translate({ord(c): " " for c in _MARKS + "\u00a0~"}).split())
    if not name or _NUMBER.match(name) or not any(c.isalpha() for c in name):
        return ""
    return "" if _one_common_word(name) else name


def _one_common_word(label: str) -> bool:
    """A label of one word that WordNet knows in some part of speech, or with a digit
    ("Narrator", "Crowd", "Speaker 1"): no person's name."""
    if any(c.isdigit() for c in label):
        return True
    words = label.split()
    return len(words) == 1 and any(lexicon.senses(words[0].lower(), p) for p in "nvar")


def _voices(text: str) -> list[Turn]:
    if not _CUE_TIMING.search(text):
        return []  # a voice tag outside a caption file's cues is no caption
    out = []
    for m in _VOICE.finditer(text):
        label = " ".join(m["label"].split())
        body = m["said"].rstrip()
        if body.endswith("</v>"):
            body = body[:-4].rstrip()
        lead = re.match(r"(?:\s*<[^/>][^>]*>)*", body)
        start = m.start("said") + (lead.end() if lead else 0)
        said = _TAG.sub("", text[start : m.start("said") + len(body)])
        if not said.strip() or _SOUND.match(said) or _one_common_word(label):
            continue
        out.append(Turn(label, None, start, m.start("said") + len(body)))
    return out


def _examination(text: str) -> list[Turn]:
    witnesses = list(_WITNESS.finditer(text))
    examiners = list(_EXAMINER.finditer(text))
    if not witnesses or not examiners:
        return []
    out = []
    for m in _QA.finditer(text):
        by = _last_before(examiners, m.start()) if m["qa"] == "Q" else None
        who = _last_before(witnesses, m.start()) if m["qa"] == "A" else by
        if who is not None and _last_before(examiners, m.start()) is not None:
            out.append(_turn(full_name(who["name"], text), m))
    out += [_turn(full_name(m["label"], text), m) for m in _COURT_LABEL.finditer(text)]
    return [t for t in out if t.label]


def _last_before(found: list[re.Match], at: int) -> re.Match | None:
    """The last of ``found`` (in text order) that starts before ``at``."""
    return next((m for m in reversed(found) if m.start() < at), None)


def _turn(label: str, m: re.Match) -> Turn:
    said = m["said"].rstrip()
    return Turn(label, None, m.start("said"), m.start("said") + len(said))


def full_name(label: str, text: str) -> str:
    """The fullest name ``text`` gives in capitals for the surname of court label
    ``label`` ("MR BHANDARI" -> "Ravi Bhandari" from "MR RAVI BHANDARI appeared ..."),
    title case and without titles; of two, the one after the label's own title ("MS PIKE":
    "MS HARRIET PIKE", not "DC OWEN PIKE"); the label's own words without titles when the
    text gives no fuller name; "" when only titles are left ("THE JUDGE")."""
    words = [w for w in label.split() if w.lower().strip(".") not in _TITLE_WORDS]
    if not words:
        return ""
    title = next((w.lower() for w in label.split() if w.lower() in _TITLE_WORDS), "")
    surname = words[-1].upper()
    best, best_rank = words, (False, len(words))
    for m in re.finditer(r"((?:[^\W\d_]+[ \t]+){1,5})" + re.escape(surname) + r"\b", text):
        before = m.group(1).split()
        given: list[str] = []
        for w in reversed(before):
            if not w.isupper() or w.lower().strip(".") in _TITLE_WORDS:
                break
            given.insert(0, w)
        titled = len(given) < len(before) and before[-len(given) - 1].lower() == title
        rank = (titled, len(given) + 1)
        if given and rank > best_rank:
            best, best_rank = [*given, surname], rank
    return " ".join(w.capitalize() if w.isupper() else w for w in best)
