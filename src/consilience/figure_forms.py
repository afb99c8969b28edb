"""Written forms of figures that are not plain numerals, read over spaCy tokens.

* clock times: "1:28 a.m.", "1.30am", "13:45", "7 p.m.", "0530 GMT" -> seconds after
  midnight, with the zone as written ("GMT") or "" (local);
* ordinal positions: "the 80th minute", "the 12th lap" -> (80, "minute"); the header of a
  minute-by-minute entry ("79 min:", "90+4 min:", "55':") -> minute 79, 90, 55;
* fractions: "one-half", "a quarter", "three-quarters", "two-thirds" -> 0.5, 0.25, 0.75, 0.667;
* digit groups a tokenizer splits or does not know: Indian "3,00,000" and space-grouped
  "934 000" (a thin or non-breaking space included).

Every reader takes ``(doc, i, limit)`` (token ``i`` starts the form, token ``limit`` is the
first it may not use) and returns None when the form is absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .analyse import doc_text
from .figure_clock_words import spoken_clock_at
from .number_words import CARDINALS

# a.m./p.m. as spaCy splits them ("a.m.", "am", "a.", "m.") and time zones
_MERIDIEM = {"am": 0, "a.m.": 0, "a.m": 0, "a.": 0, "pm": 12, "p.m.": 12, "p.m": 12, "p.": 12}
ZONES = {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
         "pdt", "ist", "jst", "aest", "msk", "eet", "eest", "wib", "sast"}  # fmt: skip
_HM = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)(am|pm|a\.m\.|p\.m\.)?$", re.I)
_H_GLUED = re.compile(r"^(1[0-2]|0?\d)(am|pm|a\.m\.|p\.m\.)$", re.I)
_HHMM = re.compile(r"^([01]\d|2[0-3])([0-5]\d)$")
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)
# nouns whose ordinal is a position that articles report and may disagree on
# (not "day" or "week": "the 5th day of protests" moves on with the publication date)
ORDINAL_NOUNS = {"minute", "lap", "round", "inning", "innings", "over", "hole", "floor",
                 "stage", "mile", "kilometre", "kilometer", "place", "storey"}  # fmt: skip
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}  # fmt: skip
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7}
_GROUP3 = re.compile(r"^\d{3}$")
_INDIAN = re.compile(r"^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$")
_SPACED = re.compile(r"^\d{1,3}([\u00a0\u202f\u2009 ]\d{3})+(\.\d+)?$")


@dataclass
class Clock:
    """A time of day: ``seconds`` after midnight, ``rounding`` in seconds, tokens [start, end),
    ``zone`` as written lower-cased ("gmt") or "" for local time."""

    start: int
    end: int
    seconds: float
    rounding: float
    zone: str
    twelve_hour: bool = False  # said with no half of the day (figure_clock_words)


def _hour(h: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return h
    if not 1 <= h <= 12:
        return None
    return h % 12 + _MERIDIEM[meridiem]


def _meridiem_at(doc, j: int, limit: int) -> tuple[str | None, int]:
    """("am"/"pm" key or None, index after it); "a." + "m." counts as one."""
    if j < limit and doc[j].lower_ in _MERIDIEM:
        low = doc[j].lower_
        end = j + 1
        if low in ("a.", "p.") and end < limit and doc[end].lower_ in ("m.", "m"):
            end += 1
        return low, end
    return None, j


def _zone_at(doc, j: int, limit: int) -> tuple[str, int]:
    if j < limit and doc[j].lower_ in ZONES:
        return doc[j].lower_, j + 1
    return "", j


#: words before a figure that make it a point in the day ("at 10:02:14", "between 10:02
#: and 10:05", "from 1400 hours")
CLOCK_PREPOSITIONS = frozenset({"at", "from", "until", "till", "by", "between", "since"})
#: "hours" after a clock figure in the continental and military style ("at 10.06 hours",
#: "at 1400 hours"): the time of day, never a length
_HOURS_WORDS = frozenset({"hours", "hrs", "uur"})
_HMS = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d):([0-5]\d)$")


def _clock_context(doc, i: int, limit: int) -> bool:
    """The figure at token i is placed in the day by its context: a clock preposition
    before it (:data:`CLOCK_PREPOSITIONS`), a time zone after it ("10:05:50 CEST"), or it
    ends an interval "between X and" it."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in CLOCK_PREPOSITIONS or _zone_at(doc, i + 1, limit)[0]:
        return True
    return before == "and" and i > 2 and doc[i - 3].lower_ == "between"


def _hours_clock_at(doc, i: int, limit: int, m: re.Match) -> Clock | None:
    """A clock figure after a clock preposition and followed by "hours" ("at 10.06 hours",
    "at 1400 hours"), else None ("closed at 7.31 on Tuesday" is a price)."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before not in CLOCK_PREPOSITIONS or i + 1 >= limit:
        return None
    if doc[i + 1].lower_ not in _HOURS_WORDS:
        return None
    zone, end = _zone_at(doc, i + 2, limit)
    return Clock(i, end, int(m.group(1)) * 3600.0 + int(m.group(2)) * 60.0, 30.0, zone)


#: verbs whose "at" figure is a level, never a time ("shares closed at 7.31", "measured at
#: 13.55"): a bare dotted figure on them stays a decimal
_LEVEL_VERBS = frozenset(
    "close open finish end trade stand settle peak measure value price rate fix set estimate "
    "put hit reach record score weigh sell buy fall rise drop climb stay remain be".split()
)
#: words that may follow a bare dotted time of day ("at 7.52, and", "at 11.40 on Friday")
_AFTER_CLOCK = frozenset(
    "on in this that and when yesterday today tonight last local as while with the".split()
)
#: words of approximation between "at" and the time ("at around 11.40")
_AROUND = frozenset("about around approximately roughly".split())
#: words before "after" / "before" that make it a time ("shortly after 8.30")
_SHORTLY = frozenset("shortly just soon".split())


def _dotted_clock_at(doc, i: int, limit: int, m: re.Match) -> Clock | None:
    """A bare dotted time of day, British style: "stopped at 7.52", "landed at around
    11.40", "shortly after 8.30" -- after "at" (with a word of approximation or not), or
    after "shortly/just/soon after/before", on a verb that is no level verb
    (:data:`_LEVEL_VERBS`), and followed by punctuation or a word of
    :data:`_AFTER_CLOCK` (not a unit: "at 13.40 metres"); else None."""
    k = i - 1
    if k > 0 and doc[k].lower_ in _AROUND:
        k -= 1
    prep = doc[k] if k >= 0 else None
    if prep is None or prep.lower_ not in ("at", "after", "before"):
        return None
    if prep.lower_ != "at" and (k == 0 or doc[k - 1].lower_ not in _SHORTLY):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _LEVEL_VERBS:
        return None
    nxt = doc[i + 1] if i + 1 < limit else None
    if nxt is not None and not nxt.is_punct and nxt.lower_ not in _AFTER_CLOCK:
        return None
    return Clock(i, i + 1, int(m.group(1)) * 3600.0 + int(m.group(2)) * 60.0, 30.0, "")


def clock_at(doc, i: int, limit: int) -> Clock | None:
    """A time of day starting at token i: "1:28 a.m.", "1.30am", "13:45 GMT", "7 p.m.",
    "0530 GMT", "at 10.06 hours", "at 1400 hours", "between 10:02:14 and 10:05:50 CEST",
    "at midnight" (:data:`NAMED_HOURS`), "at ten to four this morning"
    (:func:`consilience.figure_clock_words.spoken_clock_at`). Bare "13:45" needs two-digit
    minutes; bare "0530" needs a zone or "hours"; "1.30" needs a.m./p.m., "at ... hours" or
    a happening's "at" (:func:`_dotted_clock_at`; else it is a decimal); "10:02:14" needs a clock context (:func:`_clock_context`, else it
    is an elapsed time: :func:`race_time_at`)."""
    text = doc[i].text
    m = _HMS.match(text)
    if m:
        if not _clock_context(doc, i, limit):
            return None
        zone, end = _zone_at(doc, i + 1, limit)
        seconds = int(m.group(1)) * 3600.0 + int(m.group(2)) * 60.0 + int(m.group(3))
        return Clock(i, end, seconds, 0.5, zone)
    m = _HM.match(text)
    if m:
        glued = m.group(3).lower() if m.group(3) else None
        mer, end = (glued, i + 1) if glued else _meridiem_at(doc, i + 1, limit)
        if ":" not in text and mer is None:  # "1.30" is a decimal unless a.m./p.m., "hours"
            return _hours_clock_at(doc, i, limit, m) or _dotted_clock_at(doc, i, limit, m)
        h = _hour(int(m.group(1)), mer)
        zone, end = _zone_at(doc, end, limit)
        if h is None:
            return None
        return Clock(i, end, h * 3600.0 + int(m.group(2)) * 60.0, 30.0, zone)
    m = _H_GLUED.match(text)
    mer, end = (m.group(2).lower(), i + 1) if m else _meridiem_at(doc, i + 1, limit)
    if m or (text.isdigit() and len(text) <= 2 and mer is not None):
        h = _hour(int(m.group(1) if m else text), mer)
        if h is None:
            return None
        zone, end = _zone_at(doc, end, limit)
        return Clock(i, end, h * 3600.0, 15 * 60.0, zone)
    m = _HHMM.match(text)
    zone, end = _zone_at(doc, i + 1, limit)
    if m and zone:
        return Clock(i, end, int(m.group(1)) * 3600.0 + int(m.group(2)) * 60.0, 30.0, zone)
    hours = _hours_clock_at(doc, i, limit, m) if m else None
    if hours is not None:
        return hours
    return _named_hour_at(doc, i, limit) or _spoken_clock(doc, i, limit)


def _spoken_clock(doc, i: int, limit: int) -> Clock | None:
    """A time of day in words at token i ("half past seven on Thursday night"), local."""
    spoken = spoken_clock_at(doc, i, limit)
    if spoken is None:
        return None
    return Clock(spoken.start, spoken.end, spoken.seconds, spoken.rounding, "", spoken.twelve_hour)


#: hours named by a word, in seconds after midnight: "began at midnight", "by noon"
NAMED_HOURS = {"midnight": 0.0, "noon": 12 * 3600.0, "midday": 12 * 3600.0}
#: words right before a named hour that make it a time of day ("at midnight", "shortly
#: before noon"), not a noun of its own ("the midnight deadline", "a noon rally")
_CLOCK_LEAD = frozenset("at from until till by before after since around about".split())


def _named_hour_at(doc, i: int, limit: int) -> Clock | None:
    """A time of day named by a word at token i ("at midnight", "around noon"), read to
    the quarter hour as a whole hour is; None for any other token."""
    seconds = NAMED_HOURS.get(doc[i].lower_)
    if seconds is None or i == 0:
        return None
    near = i > 1 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in ("close", "up")
    if doc[i - 1].lower_ not in _CLOCK_LEAD and not near:  # "ran until close to midnight"
        return None
    zone, end = _zone_at(doc, i + 1, limit)
    return Clock(i, end, seconds, 15 * 60.0, zone)


def restatement_end(doc, j: int, limit: int) -> int | None:
    """The index after a parenthetical restatement of a time in another zone right at token
    j ("(0530 GMT)", "(05:30 UTC)"), else None: it is the same reading, not a second one."""
    if j >= limit or doc[j].text != "(":
        return None
    inner = clock_at(doc, j + 1, limit)
    if inner is None or inner.end >= limit or doc[inner.end].text != ")":
        return None
    return inner.end + 1


#: WordNet classes of the points along a course a race is told by: obstacles ("the 26th
#: fence", "the 9th hurdle", "the fourth gate") and units of distance ("the 5th furlong")
_COURSE_ROOTS = ("obstruction", "linear_unit")
#: an ordinal with its noun left out: the elided noun's unit
ELIDED = ""
#: prepositions after which a bare ordinal places an event on a course ("fell at the 26th")
_PLACING_PREPS = frozenset({"at", "after", "before"})


def _ordinal_noun(tok) -> str | None:
    """The lemma of ``tok`` when it names what an ordinal counts positions of: one of
    :data:`ORDINAL_NOUNS` or a point along a course (:data:`_COURSE_ROOTS`)."""
    from .noun_branches import kind_of

    lem = tok.lemma_.lower()
    if lem in ORDINAL_NOUNS or tok.lower_ in ORDINAL_NOUNS:
        return lem if lem in ORDINAL_NOUNS else tok.lower_
    if tok.pos_ == "NOUN" and any(kind_of(lem, root) for root in _COURSE_ROOTS):
        return lem
    return None


def _elided(doc, i: int, limit: int) -> bool:
    """The ordinal at ``i`` stands alone after "the" and a placing preposition under a verb
    ("Storm Ledger fell at the 26th.", "unseated his rider at the 22nd"): a position whose
    noun the writer left out. Not a day of a month ("on the 22nd")."""
    if i < 2 or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ not in _PLACING_PREPS:
        return False
    if i + 1 < limit and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    prep = doc[i - 2]
    return prep.head.pos_ in ("VERB", "AUX", "ADV", "ADJ")


#: the noun of a standing in a table or ranking told without one ("finished 17th", "sits
#: 18th", "will rise to No. 4"): one property whatever verb tells it
STANDING = "standing"
#: ("first" is left out: "police first arrived" is an order of events, no standing)
_WORD_PLACES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
#: relations of a verb's complement ("left the club 17th": oprd; "sits 18th": oprd or acomp;
#: "is 18th": attr; "finished third": advmod or dobj)
_COMPLEMENTS = frozenset({"oprd", "acomp", "attr", "dobj", "advmod", "npadvmod", "xcomp"})
_NUMBER_SIGNS = frozenset({"no.", "no", "number", "#"})


def _place_number(doc, i: int, limit: int) -> tuple[int, int] | None:
    """(place, index after) of "17th", "third" or "No. 4" at token i; None elsewhere."""
    m = _ORDINAL.match(doc[i].text)
    if m:
        return int(m.group(1)), i + 1
    if doc[i].lower_ in _WORD_PLACES:
        return _WORD_PLACES[doc[i].lower_], i + 1
    if doc[i].lower_ not in _NUMBER_SIGNS or doc[i].text[:1] not in "N#":
        return None
    j = i + 2 if i + 1 < limit and doc[i + 1].text == "." else i + 1
    if j < limit and doc[j].text.isdigit() and len(doc[j].text) <= 3:
        return int(doc[j].text), j + 1
    return None


def standing_at(doc, i: int, limit: int) -> tuple[int, int] | None:
    """(place, index after) for a standing told with no noun: an ordinal or "No. N" that
    completes a verb ("left the club 17th", "now sits 18th", "finished third", "will climb
    to No. 3"). Not after a determiner or possessive ("on the 17th", "its 50th": a day, an
    anniversary), not before a noun ("17th minute" is :func:`ordinal_at`'s)."""
    found = _place_number(doc, i, limit)
    if found is None:
        return None
    place, end = found
    if i > 0 and doc[i - 1].pos_ in ("DET", "PRON") or i > 0 and doc[i - 1].tag_ == "PRP$":
        return None
    if end < limit and doc[end].pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    if _in_the_table(doc, end, limit):
        return place, end  # "19 points and 20th in the table"
    tok = doc[i]
    head = tok.head
    if head.lower_ == "to" and head.dep_ in ("prep", "dative"):
        head = head.head  # "will rise to No. 4"
        if head.lower_ == "from" and head.dep_ == "prep":
            head = head.head  # "dropped them from 14th to 20th": the place they came to
    elif tok.dep_ not in _COMPLEMENTS:
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i == tok.i:
        return None
    if tok.lower_ in _WORD_PLACES and head.i > tok.i:
        return None  # "a second inquiry", "third-placed": a word ordinal before its verb
    if tok.lower_ in _NUMBER_SIGNS and head.lemma_.lower() not in RANK_VERBS:
        return None  # "flattened No. 9 next door", "was found to No. 11": a house, a name
    return place, end


#: verbs that place a thing in an order ("climbed to No. 3", "is No. 1", "debuted at No.
#: 4"); after any other verb "No. N" names a thing (a house, a room, a case)
RANK_VERBS = frozenset(
    "be rise climb fall drop slip slide tumble move go jump leap soar reach finish sit stand "
    "remain stay debut enter peak top hit return rank".split()
)


#: nouns of a league's order ("20th in the table", "third in the standings")
_TABLE_NOUNS = frozenset({"table", "standings", "league", "division", "rankings", "ranking"})


def _in_the_table(doc, end: int, limit: int) -> bool:
    """Whether the words after a place (token ``end`` on) are "in the table" or another
    noun of a league's order (:data:`_TABLE_NOUNS`)."""
    if end + 2 >= limit or doc[end].lower_ != "in" or doc[end + 1].lower_ != "the":
        return False
    return doc[end + 2].lemma_.lower() in _TABLE_NOUNS or doc[end + 2].lower_ in _TABLE_NOUNS


def ordinal_at(doc, i: int, limit: int) -> tuple[int, str, int] | None:
    """(position, noun lemma, index after the noun) for "80th minute", "12th-lap", "the 26th
    fence", "the ninth round" or "round nine"; the noun must name positions
    (:func:`_ordinal_noun`) and follow within two tokens. A word ordinal counts after a
    determiner or possessive only ("the ninth round"; not "police first arrived"). A digit
    ordinal alone after "at the" under a verb is a position whose noun is left out (noun
    :data:`ELIDED`)."""
    m = _ORDINAL.match(doc[i].text)
    if m:
        position = int(m.group(1))
    elif doc[i].lower_ in _WORD_ORDINALS and i > 0 and _determined(doc[i - 1]):
        position = _WORD_ORDINALS[doc[i].lower_]
    else:
        return _numbered_position(doc, i, limit)
    for j in range(i + 1, min(limit, i + 3)):
        noun = _ordinal_noun(doc[j])
        if noun is not None and not (m is None and j + 1 < limit and doc[j + 1].lower_ == "of"):
            return position, noun, j + 1  # not "the first round of talks"
        if doc[j].text not in ("-", "–") and doc[j].pos_ != "ADJ":
            break
    if m and _elided(doc, i, limit):
        return position, ELIDED, i + 1
    return None


#: ordinal words a position is written with ("the ninth round"), up to the twentieth
_WORD_ORDINALS = {
    w: n
    for n, w in enumerate(
        "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split()
    )
    if n
}
#: nouns of positions that newsrooms also number after the noun ("round nine", "lap 12")
_NUMBERED_NOUNS = frozenset({"round", "lap", "hole", "stage", "inning", "minute"})


def _determined(tok) -> bool:
    """``tok`` is a determiner or a possessive ("the", "her", "Voss's")."""
    return tok.pos_ == "DET" or tok.tag_ in ("PRP$", "POS")


def _numbered_position(doc, i: int, limit: int) -> tuple[int, str, int] | None:
    """(number, noun, index after) for a position noun followed by its number ("in round
    nine", "on lap 12", "at hole 7"); not when the number counts a following noun ("a
    minute 40 people ...") or goes on into a figure ("round 3.5")."""
    noun = doc[i].lemma_.lower()
    if noun not in _NUMBERED_NOUNS or doc[i].pos_ not in ("NOUN", "ADJ") or i + 1 >= limit:
        return None
    num = doc[i + 1]
    value = CARDINALS.get(num.lower_) if not num.text.isdigit() else int(num.text)
    if value is None or not 0 < value <= 200:
        return None
    if i + 2 < limit and (doc[i + 2].pos_ in ("NOUN", "PROPN", "NUM") or doc[i + 2].text == "."
                          and i + 3 < limit and doc[i + 3].text[:1].isdigit()):  # fmt: skip
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ in ("a", "an") for c in doc[i].children):
        return None
    return value, noun, i + 2


_MATCH_MINUTE = re.compile(r"^(\d{1,3})(?:\+(\d{1,2}))?$")
_MINUTE_MARKS = {"min", "mins", "min.", "minute", "minutes", "'", "’", "m"}


def _starts_line(doc, i: int) -> bool:
    """Token ``i`` is the first non-space token of its line."""
    text = doc_text(doc)  # spaCy rebuilds doc.text on every access
    k = doc[i].idx
    start = text.rfind("\n", 0, k) + 1
    if start < k and not text[k - 1].isspace():
        return False  # a word right before it (the common case, also on a long line)
    return not text[start:k].strip()


def live_minute_at(doc, i: int, limit: int) -> tuple[int, int] | None:
    """(minute, index after the header) for the header of a minute-by-minute entry at the
    start of a line: "79 min:", "90+4 min:" (stoppage time: the 90th), "55':", "12 mins -";
    None elsewhere ("in 45 minutes" is a duration)."""
    m = _MATCH_MINUTE.match(doc[i].text)
    if not m or not _starts_line(doc, i) or int(m.group(1)) > 130:
        return None
    j = i + 1
    if not m.group(2) and j + 1 < limit and doc[j].text == "+" and doc[j + 1].text.isdigit():
        j += 2  # "90 + 4" split by the tokenizer
    if j >= limit or doc[j].lower_ not in _MINUTE_MARKS:
        return None
    j += 1
    if j < limit and doc[j].text in (":", "-", "–", "—"):
        return int(m.group(1)), j + 1
    return None


def fraction_at(doc, i: int, limit: int) -> tuple[float, int] | None:
    """(value, index after) for "a half", "one-half", "one half", "a quarter",
    "three-quarters", "two thirds"; a bare "half" is one half."""
    low = doc[i].lower_
    if low in FRACTIONS and low in ("half", "quarter", "third"):
        return 1.0 / FRACTIONS[low], i + 1
    if low not in _SMALL:
        return None
    j = i + 1
    if j < limit and doc[j].text in ("-", "–"):
        j += 1
    if j < limit and doc[j].lower_ in FRACTIONS:
        den = FRACTIONS[doc[j].lower_]
        num = _SMALL[low]
        if num >= den:
            return None
        return num / den, j + 1
    return None


def grouped_digits_at(doc, i: int, limit: int) -> tuple[float, str, int] | None:
    """(value, digits as written without separators, index after) for Indian "3,00,000" and
    space-grouped "934 000" (split by the tokenizer into "934" "000", one space apart)."""
    text = doc[i].text
    if _INDIAN.match(text) or _SPACED.match(text):
        digits = re.sub(r"[,\u00a0\u202f\u2009 ]", "", text)
        return float(digits), digits, i + 1
    if not (text.isdigit() and len(text) <= 3) or (text.startswith("0") and text != "0"):
        return None
    digits, j = text, i + 1
    while (
        j < limit
        and _GROUP3.match(doc[j].text)
        and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text) + 1
        and doc[j - 1].whitespace_
    ):
        digits += doc[j].text
        j += 1
    if j == i + 1:
        return None
    return float(digits), digits, j


#: a decimal comma no English grouping can be ("1,12 million", "91,3 percent", "2,5")
_DECIMAL_COMMA = re.compile(r"^(\d+),(\d{1,2})$")
#: continental thousands grouped by full stops ("360.000", "1.250.000")
_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
#: a decimal comma anywhere in a text: the article writes numbers the continental way
_COMMA_IN_TEXT = re.compile(r"(?<![\d,.])\d+,\d{1,2}(?![\d,])")


def continental_digits(tok) -> str | None:
    """English digits for a number token written the continental way, as translated
    foreign coverage keeps them, else None. A decimal comma of one or two digits ("1,12
    million" -> "1.12", "91,3" -> "91.3") is always one: English groups by three. Full
    stops that group thousands ("360.000" -> "360000") are read so when there are two or
    more groups ("1.250.000"), the one group is "000", or the article writes a decimal
    comma elsewhere; otherwise "1.500" stays the English 1.5."""
    text = tok.text
    m = _DECIMAL_COMMA.match(text)
    if m:
        return f"{m.group(1)}.{m.group(2)}"
    if not _DOT_GROUPED.match(text):
        return None
    if text.count(".") > 1 or text.endswith(".000") or _continental_text(tok.doc.text):
        return text.replace(".", "")
    return None


@lru_cache(maxsize=256)
def _continental_text(text: str) -> bool:
    return bool(_COMMA_IN_TEXT.search(text))


# --------------------------------------------------------------------------- magnitudes

_DECIMAL = r"\d{1,2}(?:\.\d{1,2})?"
_MAG_AFTER = re.compile(rf"^(?:magnitude|mag|mw|ml)[-–]({_DECIMAL})$", re.I)
_MAG_BEFORE = re.compile(rf"^({_DECIMAL})[-–](?:magnitude|mag)$", re.I)
_MAG_GLUED = re.compile(r"^m(?:w|l)?(\d\.\d{1,2})$", re.I)  # "M6.1", never "M5" (a road)
_NUMBER = re.compile(rf"^{_DECIMAL}$")
_MAG_WORDS = {"magnitude", "mag"}
#: nouns of a seismic shock: a decimal right before one is its magnitude ("the 7.8 quake")
QUAKE_WORDS = {"quake", "earthquake", "tremor", "temblor", "aftershock", "foreshock",
               "quakes", "earthquakes", "tremors", "aftershocks"}  # fmt: skip
#: the largest magnitude a writer gives (the scale has no event much above 9.5)
MAX_MAGNITUDE = 10.0


@dataclass(frozen=True)
class Magnitude:
    """An earthquake's magnitude at tokens [start, end): ``value`` on the scale as written,
    ``rounding`` half its last digit (6.1 -> 0.05), ``word`` the token of "magnitude" or of
    the number the phrase hangs on (for the noun it describes)."""

    value: float
    rounding: float
    start: int
    end: int
    word: int


def _decimal_rounding(digits: str) -> float:
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.5 * 10.0**-decimals


def _magnitude(digits: str, start: int, end: int, word: int) -> Magnitude | None:
    value = float(digits)
    if not 0 < value < MAX_MAGNITUDE:
        return None
    return Magnitude(value, _decimal_rounding(digits), start, end, word)


def _richter_after(doc, j: int, limit: int) -> int | None:
    """The index after "on the Richter scale" / "on the Richter" at token j, else None."""
    words = [doc[k].lower_ for k in range(j, min(limit, j + 4))]
    if words[:3] == ["on", "the", "richter"]:
        return j + 4 if len(words) > 3 and words[3] == "scale" else j + 3
    return None


_NOT_MAGNITUDE_AFTER = {"million", "billion", "trillion", "thousand", "percent", "%", "per"}


def _scaled(doc, j: int, limit: int) -> bool:
    """Token j goes on the number before it ("the magnitude of 3 million job losses")."""
    return j < limit and doc[j].lower_ in _NOT_MAGNITUDE_AFTER


def magnitude_at(doc, i: int, limit: int) -> Magnitude | None:
    """An earthquake magnitude starting at token i: "magnitude 6.1", "magnitude-6.1", "a
    magnitude of 6.4", "6.1-magnitude", "6.1 magnitude", "M6.1", "7.2 on the Richter scale".
    None when the token starts no magnitude ("6.1 million", "magnitude" alone)."""
    text, low = doc[i].text, doc[i].lower_
    m = _MAG_AFTER.match(text) or _MAG_BEFORE.match(text)
    if m:
        return _magnitude(m.group(1), i, i + 1, i)
    m = _MAG_GLUED.match(text)
    if m and text[0] == "M":  # "M6.1": a capital M, never "m" (metres) or "6.1m"
        return _magnitude(m.group(1), i, i + 1, i)
    if low in _MAG_WORDS:
        j = i + 1
        if j < limit and doc[j].text in ("-", "–", "of"):
            j += 1
        if j < limit and _NUMBER.match(doc[j].text) and not _scaled(doc, j + 1, limit):
            return _magnitude(doc[j].text, i, j + 1, i)
        return None
    if not _NUMBER.match(text):
        return None
    j = i + 1
    if j < limit and doc[j].text in ("-", "–"):
        j += 1
    if j < limit and doc[j].lower_ in _MAG_WORDS:
        return _magnitude(text, i, j + 1, j)
    if "." in text and i + 1 < limit and doc[i + 1].lower_ in QUAKE_WORDS:
        return _magnitude(text, i, i + 1, i)  # "the 7.8 quake", "a 5.1 aftershock"
    end = _richter_after(doc, i + 1, limit)
    return _magnitude(text, i, end, i) if end is not None else None


# --------------------------------------------------------------------------- race times

_RACE_TIME = re.compile(r"^(\d{1,2}):([0-5]\d):([0-5]\d)(\.\d{1,3})?$")
_MIN_SEC = re.compile(r"^(\d{1,2}):([0-5]\d)\.(\d{1,3})$")


def race_time_at(doc, i: int, limit: int) -> tuple[float, float, int] | None:
    """(seconds, rounding in seconds, index after) of an elapsed time written with colons:
    "2:00:41" (h:mm:ss), "2:03:23.4", "3:43.13" (m:ss.hh). None for a time of day ("at
    13:45:00", "1:28 a.m.") or anything else."""
    if _clock_context(doc, i, limit):
        return None  # "at 13:45:10", "10:05:50 CEST" is a clock
    if i + 1 < limit and doc[i + 1].lower_.rstrip(".") in ("am", "pm", "a.m", "p.m", "a", "p"):
        return None
    text = doc[i].text
    m = _RACE_TIME.match(text)
    if m:
        frac = m.group(4) or ""
        seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        seconds += float(frac) if frac else 0.0
        return float(seconds), 0.5 * 10.0 ** -(len(frac) - 1 if frac else 0), i + 1
    m = _MIN_SEC.match(text)
    if m:
        frac = m.group(3)
        seconds = int(m.group(1)) * 60 + int(m.group(2)) + float("0." + frac)
        return seconds, 0.5 * 10.0 ** -len(frac), i + 1
    return None


def clause_verb(tok, steps: int = 8):
    """The verb whose clause holds spaCy token ``tok``: the first VERB or AUX from ``tok``
    up the parse, within ``steps`` heads; None when there is none (the root reached or
    too far)."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
