"""Dates: resolve spaCy DATE spans against the publication date; build the story timeline.

Extraction (:func:`extract_dates`) only ever parses spans that spaCy's NER labelled DATE (or
TIME spans naming a weekday or month, or a CARDINAL that is a span of years), never free
text: dateparser's free-text search fires on "may" and "now". Each span is classified first
(by its tokens and by the parse around it):

* absolute (carries a four-digit year): "January 20, 2025", "in 2019", "March 2025", "Jan. 5,
  2021", "2024-03-01", "fiscal 2021", "mid-2019", "the end of 2019";
* a span of years: "2013-14", "the 2019/20 budget", "from 2010 to 2014" -> the first year,
  precision ``year``, and ``until`` the last year; never a day;
* anchored (needs the publication date): a weekday ("on Sunday", "last Tuesday"), a month
  with or without a day ("in May", "Sept. 3", "on the night of March 3 to 4" -> March 3),
  "today"/"yesterday"/"tomorrow", "this morning", "last night", also with "early",
  "earlier", "late", "later" ("earlier today", "late last night": the local publication
  day, whatever the time of day the article carries), "a decade ago",
  "last/next/this week|month|year", also with "early", "late", "earlier", "later"
  ("earlier this month", "late last year"), "two weeks ago", and "in (just) two months"
  (forward, only when the governing verb is not past tense);
* not a timeline date: durations ("for several months", "three years", "24 hours"), vague
  spans ("recent months", "the coming days", "now"), decades, spans relative to another
  event ("two days later"), and four-digit numbers that are not years (:func:`not_a_year`):
  a title ('the film "1917"', "the novel 1984"), a label ("Room 2019", "Flight 2020"), an
  age or a history ("a 2,000-year-old coin", "the 26-year history"), a count ("sold 2016
  tickets").

A bare weekday or a month without a year is placed by the tense of the clause it dates
(:func:`tense`): a date right after a past-tense verb of saying dates the saying, whatever the
tense of the reported clause ("said on Monday it plans ..." -> the Monday before); otherwise
the tense of its governing verb. An infinitive after a past verb that does not look forward
takes the past ("refused to resign on Tuesday"; but "agreed to meet on Tuesday" is ahead); a
present progressive names a planned act ("price rises are coming in October": future).
Past -> the most recent such day/month on or before the publication date; future (a future
verb, an infinitive, a scheduling verb: "is scheduled for", "will be handed out on Feb. 9")
-> the first on or after it ("will vote on Tuesday" in Tuesday's paper is that day); "last"
/ "next" -> strictly before / after. Present: a weekday is the nearest one (at most three
days back, else ahead; ahead with a modal: "would be"); a bare month is the nearer of the
past and the next one (the past on a tie); a month-day is the nearest. A weekday given with
the month-day ("Tuesday 19 March") picks the year in which the day falls on that weekday.
Without a publication date anchored spans are
skipped; absolute ones are still resolved.

Precision is ``day``, ``month``, ``year``, or ``week`` (for "last week", "two weeks ago": the
date is then the Monday of that week).

The timeline (:func:`build_timeline`) merges mentions of the same dated event across articles
(compatible dates + similar event sentence) and reports the same event given different dates
as a date conflict (:func:`same_dated_act`) when:

* the dated clauses are very similar, have the same verb (verbs of starting and of ending are
  folded: "opened", "began", "got under way" are one act, and what is started -- the object,
  the governed verb, else the subject -- is the act's object), share an entity or an object,
  and are not different events by their arguments: other things acted on, other places,
  other named subjects, other kinds of one thing ("east wing" / "west wing"), steps of a
  series ("two more bodies" / "another body") (:func:`same_event_args`); or
* their predicates are of one act class whatever the verb (:func:`predicate_classes`: taking
  a role -- "has been chief since 2019" / "took over as chief in 2020", "sworn in" / "take
  office"; making -- "built" / "completed", "painted" / "finished"; founding; setting a
  record; discovering -- "found" / "spotted"; introducing -- "launched" / "entered
  service"; leaking -- "a chemical leak" / "poured out") about the same thing or role (a
  role must be named on both sides: "joined in 2015" and "became chief in 2019" are two
  acts; a discovered thing may be named in other words, "the breach" / "the intrusion", by
  the embedder's cosine of the two phrases). A state held "since" a date dates the act that
  began it (:func:`consilience.date_acts.since_state`): "in service since 2009" /
  "introduced in 2011", "in custody since" / "arrested", "the record has stood since" /
  "was set", "Holt, chief executive since 2019" / "took over as chief executive"; or
* both date the last occurrence of one act: "the first X since <year>", "the last time X
  was in <year>", "last X-ed in <year>", "has not X-ed since <year>"
  (:func:`last_occurrence`).

* both date an earlier occurrence of one act (:mod:`consilience.date_prior`): "the last X,
  in 2002", "previously hit in 2019", "the third derailment in five years, after a train
  left the tracks in 2019", with the act of a "when" clause on the date ("last had an
  accident in 2016, when a gas explosion injured four men"); or
* both date the next occurrence of a scheduled act ("the next decision will be announced
  on 5 November" / "at the next meeting on November 12"), each the other's most similar
  such mention (:func:`_same_next`); or
* one act on one thing that one article names and another calls by the kind the story
  gives the name ("the ferry Marisol Star": "The Marisol Star, built in 1998" / "The
  ferry, built in 2001"), by mutual best match (:func:`_same_thing_named`); or
* one side dates the end of a state ("will remain closed until Wednesday") and the other
  the act that ends it by WordNet opposition ("will reopen on Monday"), or the end of the
  same state ("suspended until Monday" / "until Wednesday", :func:`_state_and_its_end`); or
* one article denies the date the other gives and asserts another in its place ("expected
  to run until June, not March", :mod:`consilience.date_denials`): the other articles'
  entry the denied date would have joined and the asserted date's entry
  (:func:`_denial_groups`). A denied date is never a timeline line nor support of one; or
* both date the onset of one rule or arrangement, whatever the verb ("takes effect on 1
  July" / "the ban, which will apply from next July" / "appears to come into force in
  January 2028", :mod:`consilience.date_onsets`).

"the first X in nine years" dates the last X by a count back from the report
(:mod:`consilience.date_counted_back`), compared with "the first X since 2011" to a year
either way and no timeline line of its own. "last weekend" (also "this", "next") is the
weekend of that Monday-based week, precision ``week``, and is compared with a day. A
deadline over a set ("140 branches by 30 September") admits a point of one member inside it
("the Market Street branch will close on 19 March", :mod:`consilience.date_deadlines`). A
conflict's subject is the short name of the dated act (:mod:`consilience.date_subjects`).

Two dates conflict when they differ at their common precision ("1931" / "May 1932"; a
week only against a week); readings that agree at their common precision support one
another in the majority. A timeline entry never merges an act with its negation or refusal
("resigned on Tuesday" / "refused to resign on Tuesday", :func:`negative_act`), nor two
clauses with different ordinals ("the third this year" / "its fourth increase this year").
A line's text and citation are a whole clause (:func:`whole_clause`: "The Marisol Star,
built in 1998, passed her last inspection in March", not the participle alone); a date
conflict's subject stays the dated clause.

The dated act is an event noun when the date hangs on one ("a chemical leak ... late on
Tuesday", :func:`event_noun`), else the event verb. The day a thing was said ("officials
said on Friday that ...") is never compared (:func:`dates_a_saying`); the day of a
statement ("said on Thursday", "told reporters on Friday", a closing attribution "..., the
harbourmaster confirmed yesterday.", :func:`dates_a_statement`) is no
timeline entry, nor is a date in boilerplate, a dateline, or a line addressed to the reader
("Welcome to our live coverage of today's vote", "That's all from us today"); an event
clause starts after a dateline, and one article's repeated heading is one entry.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import numpy as np

from . import lexicon
from .analyse import doc_text
from .boilerplate import article_spans, stating_spans
from .cues import aux_word
from .date_act_lexicon import (
    SUPPORT_VERBS,
    act_agents,
    act_head,
    act_lemmas,
    act_things,
    co_acts,
    controlled_subjects,
    is_happening,
    name_tokens,
    other_names,
    other_things,
    role_names,
    same_act,
    same_superlative,
    superlative_since,
)
from .date_acts import (
    NAMED_THING_CLASSES,
    NOMINALS,
    PREDICATE_CLASSES,
    SERVICE_NOUNS,
    VERB_CLASSES,
    SinceState,
    ends_state,
    origin_things,
    predicate_classes,
    since_state,
    state_words,
    tells_origin,
    until_state,
    verb_class,
)
from .date_acts import role_nouns as _role_nouns
from .date_acts import takes_office as _takes_office
from .date_classes import bounds_a_class
from .date_counted_back import counted_text, counted_years, near_years
from .date_deadlines import argument_numbers, deadline_date, inside_deadline
from .date_denials import denied_date
from .date_effect import effect_date_beside_act
from .date_fields import field_act, label_acts
from .date_generic import anaphoric_weekday, generic_weekday
from .date_happenings import happening_subjects
from .date_journeys import same_journey
from .date_named_things import name_kinds, one_thing
from .date_narrative import narrative_day
from .date_nights import night_of, same_night, told_acts
from .date_occasions import occasion_words, same_occasion
from .date_onsets import onset, resolve_anaphors, same_onset
from .date_ordinals import DAY_ORDINALS, WORD_DAY, numeric_ordinals, ordinal_day
from .date_prior import (
    PART_OF_DAY_NOUNS,
    POSTERIOR,
    anterior_noun,
    dated_event_noun,
    event_object_date,
    look_back,
    next_act_verb,
    next_occurrence,
    prior_occurrence,
    titled_person,
    when_clause_event,
)
from .date_relatives import ability_relative_host, free_relative_host
from .date_scheduled import same_scheduled, scheduled_kinds, scheduled_nouns
from .date_stamps import anchor_at, line_anchors
from .date_subjects import act_name
from .date_targets import same_target, target_of
from .line_entries import entry_start
from .meta_lines import discourse_noun, reader_address
from .model import Analysis, DateMention, Span, StoryContext
from .number_words import counts
from .quote_marks import quotation_spans
from .retracted_reports import retracted
from .year_readings import OTHER_OF_KIND, period_year, reference_year

VERSION = "9"  # session 44: no phrasal verb with a preposition before the verb; particle verbs

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
}
NUMBER_WORDS = counts(1, 12)  # "a"/"an" and one to twelve (number_words.py)
# words that make a span vague or relative to something other than the publication date
VAGUE = {
    "recent",
    "recently",
    "coming",
    "past",
    "final",
    "several",
    "few",
    "many",
    "some",
    "later",
    "earlier",
    "previous",
    "following",
    "now",
    "currently",
    "decades",
    "centuries",
    "era",
    "season",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "weekend",
    "first",
    "second",
    "last",  # allowed only in "last week|month|year|<weekday>|<month>", see below
    "next",  # idem
    "this",  # idem
    "same",
    "that",
    "those",
    "these",
    "overnight",
    "age",
    "old",
}
DEICTIC = {"last", "next", "this"}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
#: a named part of a week, dated by its week: "last weekend" is the weekend of the week before
#: the report's (Monday-based weeks, so a Sunday paper's "last weekend" is the week before too)
WEEK_PARTS = {"weekend": "week"}
DEICTIC_TARGETS = (
    {"week", "month", "year"} | set(WEEKDAYS) | set(MONTHS) | PARTS_OF_DAY | set(WEEK_PARTS)
)
QUOTE_CHARS = '"“”'
FUTURE_HEADS = {
    "slate",
    "expect",
    "set",
    "due",
    "schedule",
    "plan",
    "poise",
    "go",
    "intend",
    "hope",
    "aim",
}
# verbs whose infinitive names a later act ("agreed to meet on Monday"); after any other past
# verb the infinitive's date is that of the past act ("refused to resign on Tuesday")
FORWARD_HEADS = FUTURE_HEADS | {
    "agree",
    "promise",
    "vow",
    "pledge",
    "decide",
    "threaten",
    "want",
    "wish",
    "seek",
    "prepare",
    "propose",
    "ask",
    "urge",
    "order",
    "vote",
    "call",
    "invite",
    "choose",
    "resolve",
    "need",
    "arrange",
    "mean",
    "tell",
    "expect",
}

# verbs of saying: a date right after one dates the saying ("said on Monday it will ...")
REPORTING_VERBS = {
    "say",
    "tell",
    "announce",
    "report",
    "confirm",
    "state",
    "add",
    "note",
    "disclose",
    "reveal",
    "warn",
    "claim",
    "explain",
    "write",
    "declare",
    "acknowledge",
    "admit",
    "insist",
    "deny",
    "predict",
    "tweet",
    "post",
    "indicate",
    "signal",
    "argue",
    "suggest",
    "testify",
    "vow",
    "pledge",
    "promise",
    "inform",
    "notify",
    "assure",
    "advise",
    "remind",
    "stress",
    "concede",
    "allege",
    "contend",
    "maintain",
}
# parts of speech that may stand between a verb of saying and its date ("told investors in a
# statement on Monday")
BRIDGE_POS = {"ADP", "DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM", "PUNCT"}
# nouns after which a four-digit number is still a year ("fiscal 2024", "the class of 2019")
YEAR_NOUNS = {
    "year",
    "fiscal",
    "fy",
    "class",
    "season",
    "summer",
    "spring",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "easter",
    "mid",
    "half",
    "quarter",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
}
# words around a year that dateparse does not read: "fiscal 2021", "the end of 2019"
YEAR_FILLERS = (YEAR_NOUNS - {"q1", "q2", "q3", "q4", "h1", "h2", "half", "quarter"}) | {
    "early",
    "late",
    "start",
    "end",
    "beginning",
    "middle",
    "the",
    "of",
    "in",
}
# vague words that are fine next to a year ("the summer of 2019" is in 2019)
YEAR_VAGUE_OK = {"first", "second", "season", "spring", "summer", "autumn", "fall", "winter"}
# words placing an event inside an anchored period: "earlier this month", "late last year"
MODIFIERS = {"early", "earlier", "late", "later", "mid", "start", "end", "beginning", "middle"}
DURATION_PREPS = {"for", "over", "during", "throughout", "within", "since", "until", "after"}
TODAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
TITLE_QUOTES = "\"“”‘’'"

_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d|21\d\d)\b")
# a span of years: "2013-14", "2019/20", "2010-2014" (not an ISO date "2024-03-06")
_YEAR_SPAN_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\s*[-–/]\s*(\d{4}|\d{2})\b(?!\s*[-–/]\s*\d)")
# "between 2003 and 2007", "from 2010 to 2014"
_YEAR_RANGE_WORDS_RE = re.compile(
    r"\b(?:between|from)\s+(1[89]\d\d|20\d\d)\s+(?:and|to|through|until|till)\s+"
    r"(1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
# a range of days: "March 3-4", "3 to 4 March" -> the first day
_DAY_RANGE_RE = re.compile(r"(?<![\d/–-])\b(\d{1,2})\s*(?:[-–]|to|and)\s*\d{1,2}\b(?![-–/]\d)")
_DECADE_RE = re.compile(r"\b\d{2,4}'?s\b")


# --------------------------------------------------------------------------- helpers


def _anchor(published: str | None) -> _dt.date | None:
    """The day of an ISO date or datetime, as written (the local date of
    "2026-05-04T23:50:00-04:00" is May 4, whatever the time or offset), else None."""
    if not published:
        return None
    try:
        return _dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _fmt(d: _dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


@functools.cache
def _parser(anchor: _dt.date | None, prefer: str):
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(anchor.year, anchor.month, anchor.day)
    else:  # absolute dates only; a fixed base keeps the output deterministic
        settings["RELATIVE_BASE"] = _dt.datetime(2000, 1, 1)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparse(text: str, anchor: _dt.date | None, prefer: str) -> tuple[_dt.date, str] | None:
    data = _parser(anchor, prefer).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    precision = {"time": "day", "part_of_day": "day"}.get(period, period)
    if precision not in ("day", "week", "month", "year"):
        return None
    return data.date_obj.date(), precision


def _in_direct_quote(doc, start_char: int) -> bool:
    """True when ``start_char`` lies between an opening and a closing quote of its paragraph
    (a quotation may run over several sentences: "We are ready. Tonight we vote," she said)."""
    text = doc_text(doc)
    before = text[text.rfind("\n", 0, start_char) + 1 : start_char]
    n_straight = before.count('"')
    n_open = before.count("“")
    n_close = before.count("”")
    return n_straight % 2 == 1 or n_open > n_close


def _in_quotation(doc, start_char: int) -> bool:
    """True when ``start_char`` lies inside a quotation, of double or single marks
    (:func:`consilience.quote_marks.quotation_spans`: "'We will have them by tonight,' he
    said"), or between an opening and a closing double mark of its paragraph."""
    if _in_direct_quote(doc, start_char):
        return True
    return any(s <= start_char < e for s, e in _quotation_spans(doc_text(doc)))


@functools.lru_cache(maxsize=64)
def _quotation_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(quotation_spans(text))


def governing_verb(span):
    """The verb (or auxiliary) that governs ``span``: the relative clause's verb right
    before its preposition (:func:`_relative_verb_before`), else walk up the heads from its
    root."""
    low = _relative_verb_before(span)
    if low is not None:
        return low
    tok = span.root
    seen = 0
    while seen < 50:
        seen += 1
        if (
            tok.pos_ in ("VERB", "AUX")
            and tok.i not in range(span.start, span.end)
            and not _noun_read_as_verb(tok)
            and not _manner_gerund(tok)
        ):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def _manner_gerund(tok) -> bool:
    """``tok`` is a bare gerund after "without" ("closed *without warning* on Monday"): a
    manner of the verb above it, which the date dates."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "pcomp"
        and tok.head.lower_ == "without"
        and not any(c.dep_ == "dobj" for c in tok.children)
    )


def _relative_verb_before(span):
    """The verb of a relative clause that the date's preposition directly follows, when the
    parser hung the phrase on the noun the clause tells of or a word before it: "down from
    the £70 million it forecast in September" (parsed with "in September" on "from" or on
    "million"): a phrase right after a verb, with no comma between, is that verb's; None
    otherwise."""
    prep = span.root.head
    if prep.dep_ != "prep" or prep.i == 0 or span.root.dep_ != "pobj":
        return None
    verb = prep.doc[prep.i - 1]
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if prep.head.i <= verb.head.i < verb.i else None


def _noun_read_as_verb(tok) -> bool:
    """A noun the parser took for a verb coordinated with the one before it: "poured out
    at the Kelso Paper works in the early hours" ("works": a present-tense verb right after
    a name, coordinated or adverbial, with no subject, auxiliary or conjunction of its
    own)."""
    if tok.dep_ not in ("conj", "advcl") or tok.i == 0 or tok.head.i >= tok.i:
        return False
    if tok.tag_ not in ("VBZ", "VBP"):
        return False  # a finite present verb with no subject of its own cannot stand there
    prev = tok.doc[tok.i - 1]
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark", "expl") for c in tok.children)
    return prev.pos_ in ("PROPN", "NOUN") and not own


def _past_aux(auxes) -> bool:
    """A past-tense auxiliary ("was", "had", "did") or a perfect ("has/have/had ...")."""
    return any(a.tag_ == "VBD" or a.lemma_.lower() == "have" or a.lower_ == "been" for a in auxes)


def _root_participle(tok) -> bool:
    """A past participle heading a clause with its own subject and no auxiliaries: spaCy's
    tag for a past tense that looks the same ("The bank cut rates", "said that the dam
    cracked on Tuesday")."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ not in ("acl", "amod")
        and any(c.dep_ in ("nsubj", "expl") for c in tok.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def verb_tense(verb) -> str:
    """ "past", "future" or "present" of the clause headed by the verb token ``verb``.

    Future: "will"/"shall", an infinitive ("to meet", "are to be presented"), or a
    scheduling verb not in the past ("is scheduled for", "plans to", "the vote, set for").
    Past: a past-tense verb or auxiliary, a perfect, or a participle heading its sentence
    ("The bank cut rates"). A present passive of another verb ("is held") is present.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    shared = _shared_be(verb)
    if shared is not None:
        auxes = [shared]  # "is 410 miles out and expected in on Tuesday": "is ... expected"
    if any(aux_word(a) in ("will", "shall") for a in auxes):
        return "future"
    if _infinitive_of_past_act(verb, auxes):
        return "past"
    past = (verb.tag_ == "VBD" and shared is None) or _past_aux(auxes)
    if any(a.lower_ == "to" for a in auxes) and not past:
        if verb.tag_ == "VB" or any(a.lower_ == "be" for a in auxes):
            return "future"
    scheduling = verb.lemma_.lower() in FUTURE_HEADS and verb.dep_ != "aux" and not past
    if scheduling and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"  # "is slated/expected/set to ...", "plans to ..."
    if past or _root_participle(verb) or _set_thing(verb, auxes):
        return "past"
    if _present_progressive(verb, auxes):
        return "future"  # "price rises are coming in October": a planned act
    if scheduling and (verb.tag_ != "VBN" or auxes or verb.dep_ in ("acl", "amod")):
        return "future"  # "is scheduled for", "the vote, set for", "plans a vote on"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod"):
        return "past"
    return "present"


#: scheduling verbs that also name the act of fixing a thing: "the vote, set for Tuesday"
#: schedules an act, "the record, set on Thursday" tells when the record was made
FIXING_HEADS = frozenset({"set", "fix"})


def _set_thing(verb, auxes) -> bool:
    """``verb`` is a participle of fixing (:data:`FIXING_HEADS`) with no auxiliary that
    describes a noun naming no happening ("The record, set on Thursday", "a price fixed
    on Monday"), with no "for" phrase or infinitive of its own: the thing was fixed then,
    a past act. Only an act ("the vote, set on Tuesday") is scheduled by such a
    participle (:func:`consilience.date_act_lexicon.is_happening`)."""
    if verb.lemma_.lower() not in FIXING_HEADS or verb.tag_ != "VBN" or auxes:
        return False
    if verb.dep_ not in ("acl", "amod") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children):
        return False
    return not is_happening(verb.head.lemma_)


#: dependents a conjunct verb has only as a clause of its own, or as an active verb
_OWN_CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "expl", "dobj", "dative", "xcomp", "ccomp"}
)


def _shared_be(verb):
    """The form of "be" a participle shares with the clause it is coordinated with, or None:
    "he is 410 nautical miles out and expected in on Tuesday" reads "is ... expected" (a
    present passive), though the parser tags the bare conjunct a past tense. A scheduling
    verb (:data:`FUTURE_HEADS`; an intransitive past such as "is exhausted and docked on
    Monday" reads either way, and stays past) in a conjunct with no subject or auxiliary
    of its own, tagged as a past form, whose head is a finite "be" that has a subject (the
    clause whose subject and auxiliary it shares), and with no object or complement clause
    (an active past keeps them: "is tired and expected them to leave")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if verb.lemma_.lower() not in FUTURE_HEADS:
        return None
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() != "be" or head.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    return head if any(c.dep_ in ("nsubj", "expl") for c in head.children) else None


def _infinitive_of_past_act(verb, auxes) -> bool:
    """An infinitive complementing a past verb that is not forward-looking: "refused to
    resign on Tuesday", "declined to comment on Friday" date the refusal, a past act."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not any(a.lower_ == "to" for a in auxes):
        return False
    if head.lemma_.lower() in FORWARD_HEADS or head.pos_ not in ("VERB", "AUX"):
        return False
    head_auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return head.tag_ == "VBD" or (head.tag_ == "VBN" and _past_aux(head_auxes))


def _present_progressive(verb, auxes) -> bool:
    """A present progressive ("is closing", "are coming"): with a point in time it names a
    planned act, so the date lies ahead."""
    return verb.tag_ == "VBG" and any(
        a.lemma_.lower() == "be" and a.tag_ in ("VBP", "VBZ") for a in auxes
    )


def _introduces_clause(verb, span) -> bool:
    """``verb`` is a verb of saying, or any verb whose complement clause begins after
    ``span`` ("informed passengers on Friday it is cancelling ...")."""
    if verb.lemma_.lower() in REPORTING_VERBS:
        return True
    return any(c.dep_ == "ccomp" and c.left_edge.i >= span.end for c in verb.children)


def reporting_verb(span):
    """The reporting verb a date span is attached to, or None.

    "The company said on Monday it plans ...", "told investors Monday that ...": the date
    follows the verb of saying, with only its objects or prepositional phrases between.
    spaCy often hangs such a date on the reported clause; this reads the word order.
    """
    doc = span.doc
    i, lo = span.start - 1, max(span.sent.start, span.start - 8)
    while i >= lo:
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            return tok if _introduces_clause(tok, span) and not _manner_gerund(tok) else None
        if tok.pos_ not in BRIDGE_POS or (tok.is_punct and tok.text != ","):
            return None
        if tok.dep_ in ("nsubj", "nsubjpass", "expl"):
            return None  # "said the strike on Monday would ...": inside the reported clause
        i -= 1
    return None


def planned(span) -> bool:
    """The date ``span`` dates an act ahead of the report, not one done: its clause is in
    the future (:func:`tense`), or it is the date an act was set for ("set sentencing for
    December 3", "the hearing was scheduled for May 2", :func:`scheduled_for`)."""
    if scheduled_for(span) or tense(span) == "future":
        return True
    verb = governing_verb(span)  # "Sentencing is due on 3 December"
    return verb is not None and any(
        c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_HEADS for c in verb.children
    )


def scheduled_for(span) -> bool:
    """``span`` follows "for" after a scheduling verb (:data:`FUTURE_HEADS`: "set",
    "scheduled", "planned"), whatever that verb's tense: the date of the act planned."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "for":
        return False
    verb = governing_verb(span)
    return verb is not None and verb.lemma_.lower() in FUTURE_HEADS


def tense(span) -> str:
    """ "past", "future" or "present" for the clause a date span dates.

    A date attached to a past-tense reporting verb ("said on Monday it will ...") takes the
    tense of the saying, whatever the tense of the reported clause; otherwise the tense of
    the governing verb (:func:`verb_tense`). A deadline or a promise under a present perfect
    lies ahead (:func:`_perfect_ahead`), before either; so does the end of a present state
    ("are suspended until Monday").
    """
    verb = governing_verb(span)
    if verb is not None and _perfect_ahead(verb, span):
        return "future"  # "has promised full supplies by Thursday": the promise, not the act
    said = reporting_verb(span)
    if said is not None and verb_tense(said) == "past":
        return "past"
    if verb is None:
        return "present"
    if _past_request(verb, span):
        return "past"
    while (head := _participle_head(verb)) is not None:
        verb = head  # "resumed pumping on Monday", "the minister, speaking on Tuesday, said"
    host = _past_ability_host(verb)
    if host is not None:
        return "past"  # "packed what they could carry on Saturday": the packing's tense
    t = verb_tense(verb)
    if t == "present" and _preposition(span) in NOT_UNTIL:
        return "future"  # "crossings are cancelled until Monday": a state holding now ends ahead
    return t


def _past_ability_host(verb):
    """The past main verb (not one of saying) whose relative clause headed by ``verb``
    holds a past modal of ability (:func:`consilience.date_relatives.ability_relative_host`:
    "packed what they could carry on Saturday"), else None."""
    host = ability_relative_host(verb)
    if host is None or host.lemma_.lower() in REPORTING_VERBS:
        return None
    return host if verb_tense(host) == "past" else None


#: prepositions of a deadline: the date bounds an act still to come ("full supplies by
#: Thursday", "closed until Tuesday")
AHEAD_PREPS = {"by", "until", "till"}
#: verbs of promising or planning: what they govern lies ahead of the report
PROMISE_HEADS = FUTURE_HEADS | {"promise", "pledge", "vow", "guarantee", "commit", "undertake"}


def _perfect_ahead(verb, span) -> bool:
    """A present perfect ("has/have ...", not "had") governs a date that lies ahead: the
    date is a deadline (:data:`AHEAD_PREPS`: "has promised full supplies by Thursday
    evening", "has been closed until Tuesday") or the verb promises or plans
    (:data:`PROMISE_HEADS`). The perfect tells the promise was made, not the act done."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return False
    return _preposition(span) in AHEAD_PREPS or verb.lemma_.lower() in PROMISE_HEADS


#: verbs of asking someone to act: in news, a date after "asked her to resign" dates the
#: asking ("The board asked her to step down on Tuesday"), unless it is a deadline ("by")
REQUEST_HEADS = {
    "ask",
    "urge",
    "order",
    "tell",
    "invite",
    "instruct",
    "advise",
    "call",
    "request",
    "press",
    "encourage",
    "force",
    "push",
    "summon",
}
DEADLINE_PREPS = {"by", "before", "until", "till", "from"}


def _past_request(verb, span) -> bool:
    """``verb`` is the infinitive after a past request with its addressee: "asked her to
    step down on Tuesday", "she was asked to step down on Tuesday", "had urged the
    regulator to act on Monday" (perfect, passive, or inside reported speech alike)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in REQUEST_HEADS:
        return False
    if not any(c.lower_ == "to" for c in verb.children) or _preposition(span) in DEADLINE_PREPS:
        return False
    addressee = any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in head.children)
    head_auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and _past_aux(head_auxes))
    return addressee and past


def _participle_head(verb):
    """The verb whose tense a present participle without auxiliaries takes, or None: the verb
    it complements ("resumed pumping") or the verb of the subject it describes ("the
    minister, speaking on Tuesday, said")."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass"):
        return head.head if head.head.pos_ in ("VERB", "AUX") else None
    return None


def _number(tok) -> int | None:
    if tok.like_num:
        try:
            return int(tok.text.replace(",", ""))
        except ValueError:
            return NUMBER_WORDS.get(tok.lower_)
    return NUMBER_WORDS.get(tok.lower_)


def _shift_months(d: _dt.date, months: int) -> _dt.date:
    m = d.month - 1 + months
    return _dt.date(d.year + m // 12, m % 12 + 1, 1)


# --------------------------------------------------------------------------- not years


def _quoted_title(doc, tok) -> bool:
    """The number stands alone between quotation marks: a title ('the film "1917"')."""
    text = doc_text(doc)
    before = text[max(0, tok.idx - 1) : tok.idx]
    after = text[tok.idx + len(tok) : tok.idx + len(tok) + 2].lstrip(",.;:!?")
    return bool(before) and before in TITLE_QUOTES and after[:1] in TITLE_QUOTES


def _label_number(doc, tok) -> bool:
    """The number names something: "Room 2019", "Flight 2020", "the film 1917"."""
    if tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    word = prev.lower_.rstrip(".")
    if prev.pos_ not in ("NOUN", "PROPN") or word in YEAR_NOUNS:
        return False
    return word not in MONTHS and word not in MONTH_ABBR and word not in WEEKDAYS


def _counted_number(doc, tok) -> bool:
    """A count of things after a verb: "sold 2019 units" (no determiner, a plural noun)."""
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return prev.pos_ in ("VERB", "AUX", "ADV") and nxt.tag_ == "NNS" and tok.head.i == nxt.i


def not_a_year(span) -> bool:
    """True when the four-digit number of ``span`` is a title, a label, a count, a
    reference's volume year or part of an age ("2000-year-old"), not a year."""
    doc = span.doc
    for tok in span:
        if not _YEAR_RE.fullmatch(tok.text):
            continue
        if _quoted_title(doc, tok) or _label_number(doc, tok) or _counted_number(doc, tok):
            return True
        if reference_year(doc, tok):
            return True
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text in "-–" and doc[tok.i + 2].lower_ in UNITS:
            return True
    return False


# --------------------------------------------------------------------------- resolution


class Resolved(NamedTuple):
    """A resolved date span: ISO date, precision, cited offsets, end year of a year span."""

    date: str
    precision: str
    start: int
    end: int
    until: str | None = None


def _year_span(text: str, start: int, end: int) -> Resolved | None:
    """ "2013-14", "fiscal 2019/20", "2010-2014": a span of years, never a day."""
    m = _YEAR_SPAN_RE.search(text) or _YEAR_RANGE_WORDS_RE.search(text)
    if m is None:
        return None
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and last < first:
        last += 100  # "1999-00"
    if not 0 < last - first <= 20:
        return None
    return Resolved(f"{first:04d}", "year", start, end, f"{last:04d}")


def _with_year_range(span) -> tuple[str, int, int]:
    """(text, start, end) of ``span``, widened over "from 2010 | to 2014" when spaCy's span
    holds one year of such a range."""
    doc, text = span.doc, span.text.strip()
    start, end = span.start_char, span.end_char
    lo, hi = max(span.sent.start, span.start - 1), min(span.sent.end, span.end + 2)
    wide = doc_text(doc)[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1])]
    m = _YEAR_RANGE_WORDS_RE.search(wide)
    if m is None or _YEAR_RANGE_WORDS_RE.search(text):
        return text, start, end
    return m.group(0), doc[lo].idx + m.start(1), doc[lo].idx + m.end(2)


def _absolute(text: str, start: int, end: int, anchor: _dt.date | None) -> Resolved | None:
    """A span with a four-digit year: "January 20, 2025", "in 2019", "March 3-4, 2020"."""
    span = _year_span(text, start, end)
    if span is not None:
        return span
    text = numeric_ordinals(_DAY_RANGE_RE.sub(r"\1", text))  # "the fourth of June 2050"
    parsed = _dateparse(text, anchor, "current_period")
    if parsed is None:  # "fiscal 2021", "early 2019", "mid-2019", "the summer of 2019"
        kept = re.sub(r"(?i)\bmid-", "", text).split()
        core = " ".join(w for w in kept if w.lower().strip(".,") not in YEAR_FILLERS)
        parsed = _dateparse(core, anchor, "current_period") if core else None
    if parsed is None:
        return None
    d, precision = parsed
    ymatch = _YEAR_RE.search(text)
    if ymatch and d.year != int(ymatch.group(1)):
        return None
    if precision == "week":
        precision = "day"
    return Resolved(_fmt(d, precision), precision, start, end)


def _shift(anchor: _dt.date, unit: str, n: int) -> tuple[_dt.date, str]:
    """``anchor`` moved by ``n`` units (negative: back), at the unit's precision."""
    if unit == "day":
        return anchor + _dt.timedelta(days=n), "day"
    if unit == "week":
        d = anchor + _dt.timedelta(weeks=n)
        return d - _dt.timedelta(days=d.weekday()), "week"
    if unit == "month":
        return _shift_months(anchor, n), "month"
    if unit == "decade":
        n *= 10
    return _dt.date(anchor.year + n, 1, 1), "year"


def _weekday(words, weekday: int, span, anchor: _dt.date) -> Resolved:
    """A bare weekday, placed by the tense of its clause against the publication day:

    * "last Tuesday": strictly before; "next Tuesday": strictly after;
    * past or perfect ("refused to resign on Tuesday"): the latest one on or before it;
    * future ("will vote on Tuesday", "is meeting on Tuesday"), or the day a noun is for
      ("prices for Wednesday jumped", :func:`for_a_noun`): the first on or after it;
    * present ("Parliament votes on Tuesday", a headline's present): the nearest one, back
      when it is at most three days back, else ahead; with a modal ("would", "could"): ahead.
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if "last" in words:
        days = -(back or 7)
    elif "next" in words:
        days = ahead or 7
    else:
        set_ahead = scheduled_for(span) or for_a_noun(span) or event_object_date(span)
        t = "future" if set_ahead else tense(span)
        nearest_back = t == "present" and back <= 3 and not _modal(span, LOOK_AHEAD_MODALS)
        days = -back if t == "past" or nearest_back else ahead
    d = anchor + _dt.timedelta(days=days)
    return Resolved(d.isoformat(), "day", span.start_char, span.end_char)


#: days searched back (or ahead) for a weekday that falls on a given day of the month:
#: every such pair recurs within 14 months
WEEKDAY_DAY_SPAN = 430


def _weekday_and_day(words, weekday: int, span, anchor: _dt.date) -> Resolved | None:
    """A weekday with an ordinal day and no month ("on Friday the tenth", "Friday the
    10th", :func:`consilience.date_ordinals.ordinal_day`, or an ordinal right after the
    span): of the dates on which that day of the month is that weekday, the latest on or
    before the publication day in a past clause or after "last", the first on or after it
    after "next", else the nearer of the two; None when no such day is given."""
    end = span.end_char
    day = ordinal_day(words)
    if day is None:
        day, end = _ordinal_after(span)
    if day is None:
        return None
    back, ahead = (_next_weekday_day(anchor, weekday, day, step) for step in (-1, 1))
    if back is None or ahead is None:
        return None
    if "next" in words:
        d = ahead
    elif "last" in words or tense(span) == "past":
        d = back
    else:  # the parse may hang the day on a "to" verb: the nearer of the two
        d = ahead if (ahead - anchor) < (anchor - back) else back
    return Resolved(d.isoformat(), "day", span.start_char, end)


def _next_weekday_day(anchor: _dt.date, weekday: int, day: int, step: int) -> _dt.date | None:
    """The first date from ``anchor`` on (``step`` 1) or back (-1) that is day ``day`` of
    its month and falls on ``weekday``, within :data:`WEEKDAY_DAY_SPAN` days."""
    d = anchor
    for _ in range(WEEKDAY_DAY_SPAN):
        if d.day == day and d.weekday() == weekday:
            return d
        d += _dt.timedelta(days=step)
    return None


def _ordinal_after(span) -> tuple[int | None, int]:
    """``(day, end)`` of an ordinal day right after ``span`` that the tagger left out of
    it ("Friday" DATE, then "the tenth" ORDINAL; "the twenty-first", "the 10th"), with the
    end of the ordinal's text; ``(None, span.end_char)`` when none follows."""
    after = [t for t in span.doc[span.end : span.end + 5] if t.text != "-"]
    if len(after) < 2 or after[0].lower_ != "the":
        return None, span.end_char
    for size in (2, 1):
        words = [t.lower_ for t in after[1 : 1 + size]]
        if len(words) == size and ordinal_day(words) is not None and (
            size == 1 or " ".join(words) in DAY_ORDINALS
        ):
            last = after[size]
            return ordinal_day(words), last.idx + len(last)
    return None, span.end_char


MODALS = {"would", "could", "should", "might", "may", "can", "must", "'d"}


def for_a_noun(span) -> bool:
    """``span`` is the object of "for" modifying a noun, not a verb: the day the noun is
    meant for ("electricity prices for Wednesday", "the forecast for Saturday", "a
    deadline for Thursday"). The clause's verb tells what happened to the noun ("prices for
    Wednesday *jumped*"), not when that day is: the day is the one the noun looks ahead to.
    The parser often hangs such a "for" on the verb: right after the verb's object
    ("published prices for Thursday") it is still the object's."""
    if _preposition(span) != "for":
        return False
    prep = span.doc[span.start - 1]
    head = prep.head
    if head.i == prep.i:
        return False
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
    before = span.doc[prep.i - 1]
    return head.pos_ == "VERB" and any(o.i == before.i or o.is_ancestor(before) for o in objects)


#: modals that place their act ahead of the saying ("the walkout on Monday would be their
#: last"); not the epistemic "may" / "might", which judge the present ("the cancellation on
#: Sunday may prove expensive", written on Monday, is of the Sunday just gone)
LOOK_AHEAD_MODALS = MODALS - {"may", "might"}


def _modal(span, modals: set[str] | frozenset[str] = frozenset(MODALS)) -> bool:
    """The verb governing ``span`` has a modal of ``modals`` (default :data:`MODALS`; "the
    walkout on Monday would be their last"): an act ahead of the saying, so not a day
    before the publication."""
    verb = governing_verb(span)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _month_tense(span) -> str:
    """The tense that places a month named without a year (:func:`tense`); the date a past
    act set something for ("set sentencing for December 3", "has called a strike for
    December 10": the day the noun is for, :func:`for_a_noun`; "have announced a strike
    on 10 December", :func:`consilience.date_prior.event_object_date`) lies either side
    of the report: "present", the nearest."""
    t = tense(span)
    if t == "past" and (scheduled_for(span) or for_a_noun(span) or event_object_date(span)):
        return "present"
    return t


def _bare_month_year(month: int, t: str, last: bool, anchor: _dt.date) -> int:
    """The year of a month named without a day or year: past -> the latest on or before the
    publication month ("last May": strictly before), future -> the first after it, present
    -> the nearer of the two, the past one on a tie ("new rules take effect in November")."""
    past_year = (
        anchor.year
        if month < anchor.month or (month == anchor.month and not last)
        else anchor.year - 1
    )
    future_year = anchor.year if month > anchor.month else anchor.year + 1
    if t == "past":
        return past_year
    if t == "future":
        return future_year
    behind = (anchor.year - past_year) * 12 + anchor.month - month
    ahead = (future_year - anchor.year) * 12 + month - anchor.month
    return future_year if ahead < behind else past_year


#: a year named by its distance from the report's year: "August *last year*", "in March
#: *this year*", "on 1 April *next year*"
_YEAR_DEIXIS = {"last": -1, "this": 0, "next": 1}


def _deictic_year(words: list[str], anchor: _dt.date) -> int | None:
    """The year a month's span names with "last/this/next year" ("August last year" in a
    report of November 2026: 2025), or None when it names none ("last May" is the month's
    latest occurrence, not last year's)."""
    for before, word in zip(words, words[1:], strict=False):
        if word == "year" and before in _YEAR_DEIXIS:
            return anchor.year + _YEAR_DEIXIS[before]
    return None


def _month(words, month: int, span, anchor: _dt.date) -> Resolved | None:
    """A month with or without a day and no year: in the year "last/this/next year" names
    (:func:`_deictic_year`), else placed by the tense of its clause."""
    year = _deictic_year(words, anchor)
    if year is not None:
        return _month_in_year(words, month, span, anchor, year)
    t = "past" if "last" in words else "future" if "next" in words else _month_tense(span)
    prefer = "future" if t == "future" else "past"
    nearest = t == "present"  # "can claim from March 2", "would certify it on April 20"
    start, end = span.start_char, span.end_char
    dropped = DEICTIC | MODIFIERS
    text = _DAY_RANGE_RE.sub(r"\1", span.text)  # "Jan. 3-4" -> "Jan. 3"
    text = numeric_ordinals(text)  # "the fourteenth of April" -> "the 14th of April"
    cleaned = " ".join(w for w in text.split() if w.lower().strip(".") not in dropped)
    if not re.search(r"\d", cleaned):
        year = _bare_month_year(month, t, "last" in words, anchor)
        return Resolved(_fmt(_dt.date(year, month, 1), "month"), "month", start, end)
    parsed = _dateparse(cleaned, anchor, prefer)
    if parsed is None:
        return None
    d, precision = parsed
    if d.month != month or precision not in ("day", "month"):
        return None
    if prefer == "future" and d <= anchor:
        d = _in_year(d, d.year + 1) or d
    if nearest:
        d = _nearest(d, anchor)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None and precision == "day" and d.weekday() != weekday:
        d = _year_of_weekday(d, weekday, anchor) or d  # "Tuesday 19 March": the year it is one
    return Resolved(_fmt(d, precision), precision, start, end)


def _month_in_year(words, month: int, span, anchor: _dt.date, year: int) -> Resolved | None:
    """The month (and day, when the span gives one) of ``span`` in ``year``."""
    start, end = span.start_char, span.end_char
    dropped = DEICTIC | MODIFIERS | {"year"}
    text = _DAY_RANGE_RE.sub(r"\1", span.text)
    cleaned = " ".join(w for w in text.split() if w.lower().strip(".") not in dropped)
    if not re.search(r"\d", cleaned):
        return Resolved(_fmt(_dt.date(year, month, 1), "month"), "month", start, end)
    parsed = _dateparse(cleaned, anchor, "past")
    if parsed is None or parsed[0].month != month or parsed[1] not in ("day", "month"):
        return None
    d = _in_year(parsed[0], year)
    return None if d is None else Resolved(_fmt(d, parsed[1]), parsed[1], start, end)


def _nearest(d: _dt.date, anchor: _dt.date) -> _dt.date:
    """The month-day of ``d`` in whichever of the years around ``anchor`` puts it nearest
    to ``anchor``: a clause in the present tense ("refunds can be claimed from March 2",
    "the board would certify it on April 20") may point either way, and news dates lie
    within months of the report."""
    found = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (c := _in_year(d, y))]
    return min(found, key=lambda c: (abs((c - anchor).days), c)) if found else d


def _in_year(d: _dt.date, year: int) -> _dt.date | None:
    """``d`` moved to ``year``, or None when that day does not exist (29 February)."""
    try:
        return d.replace(year=year)
    except ValueError:
        return None


def _year_of_weekday(d: _dt.date, weekday: int, anchor: _dt.date) -> _dt.date | None:
    """The month-day of ``d`` in the year next to ``anchor`` where it falls on ``weekday``."""
    found = [
        c
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (c := _in_year(d, y)) is not None and c.weekday() == weekday
    ]
    return min(found, key=lambda c: (abs((c - anchor).days), c)) if found else None


def _is_vague(words: list[str], has_year: bool, anchored: bool) -> bool:
    """Words that make the span vague or relative to another event ("two days later").
    "last/next/this" are fine before week, month, year, a weekday or a month; "earlier",
    "later", "early", "late" are fine before such an anchored period ("earlier this month")."""
    hits = [w for w in words if w in VAGUE]
    for i, w in enumerate(words):
        if w in DEICTIC and i + 1 < len(words) and words[i + 1] in DEICTIC_TARGETS:
            hits = [v for v in hits if v not in (w, *WEEK_PARTS)]
    if anchored:
        hits = [v for v in hits if v not in MODIFIERS]
    return bool(hits) and not (has_year and set(hits) <= YEAR_VAGUE_OK)


def resolve_span(span, anchor: _dt.date | None) -> Resolved | None:
    """Resolve a spaCy DATE span to a :class:`Resolved` ``(date, precision, start, end,
    until)`` or None when it is not a calendar date (see the module doc).

    The returned offsets are those of the cited text: the entity, extended to its
    preposition for "in two months" forms whose meaning depends on it. ``until`` is the
    last year of a span of years ("2013-14"), else None.
    """
    toks = [t for t in span if not t.is_punct]
    if not toks:
        return None
    words = [t.lower_.rstrip(".") for t in toks]
    text = span.text.strip()
    has_year = bool(_YEAR_RE.search(text))
    if has_year and not_a_year(span):
        return None
    if _DECADE_RE.search(text) and not has_year:
        return None
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    month = _month_of(words, toks)
    anchored = (
        weekday is not None
        or month is not None
        or _deictic_unit(words) is not None
        or _day_of_publication(words) is not None
    )
    if _is_vague(words, has_year, anchored) or _is_duration(span, toks, has_year):
        return None
    if has_year:
        return _absolute(*_with_year_range(span), anchor)
    year = closing_year(span) if month is not None else None
    if year is not None:  # "from 4 June to 19 July 2041": the opening day's year
        return _absolute(f"{text} {year}", span.start_char, span.end_char, anchor)
    if anchor is None or _in_quotation(span.doc, span.start_char):
        return None  # relative dates need the publication date; a speaker's "today" is not it
    return _relative(span, words, toks, weekday, month, anchor)


def _month_of(words: list[str], toks) -> int | None:
    """The month a span names ("May" only when capitalised), or None."""
    month = next(
        (MONTHS.get(w) or MONTH_ABBR.get(w) for w in words if w in MONTHS or w in MONTH_ABBR),
        None,
    )
    if month == 5 and "may" in words and not any(t.text == "May" for t in toks):
        return None
    return month


def _deictic_unit(words: list[str]) -> tuple[str, str] | None:
    """("last", "month") for "earlier last month", ("last", "week") for "last weekend"
    (:data:`WEEK_PARTS`), None when no such pair."""
    for i, w in enumerate(words[:-1]):
        unit = UNITS.get(words[i + 1]) or WEEK_PARTS.get(words[i + 1])
        if w in DEICTIC and unit in ("week", "month", "year"):
            return w, unit
    return None


#: words that multiply the count before them ("a million years ago", "40 thousand years")
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}


def _unit_number(toks) -> tuple[str | None, int | None]:
    """The time unit a span counts in and its count: ("week", 2) for "two weeks ago"; the
    count None from 1,000 up, scale words included ("about a million years ago" is an age
    of the earth, no calendar year of the report's era)."""
    words = [t.lower_ for t in toks]
    unit = next((UNITS[w] for w in words if w in UNITS), None)
    number = next((n for n in (_number(t) for t in toks) if n is not None), None)
    scale = 1
    for w in words:
        scale *= SCALE_WORDS.get(w, 1)
    if number is not None and number * scale >= 1000:
        number = None
    return unit, number


def _preposition(span) -> str | None:
    prep = span.doc[span.start - 1] if span.start > 0 else None
    return prep.lower_ if prep is not None and prep.pos_ == "ADP" else None


def _is_duration(span, toks, has_year: bool) -> bool:
    """ "years ago", "for several months", "over two years": a length of time."""
    words = [t.lower_ for t in toks]
    unit, number = _unit_number(toks)
    if "ago" in words and unit and number is None:
        return True
    return bool(unit) and not has_year and _preposition(span) in DURATION_PREPS


def _relative(span, words, toks, weekday, month, anchor: _dt.date) -> Resolved | None:
    """A span without a year, resolved against the publication date ``anchor``."""
    start, end = span.start_char, span.end_char
    unit, number = _unit_number(toks)
    if "ago" in words and unit and number:
        d, precision = _shift(anchor, unit, -number)
        return Resolved(_fmt(d, precision), precision, start, end)
    if (unit or _deictic_unit(words)) and weekday is None and month is None:
        pair = _deictic_unit(words)
        if pair is not None and _rolling_period(span, pair[0]):
            return None  # "in the last year": the twelve months before the report
        if pair is not None and number is None:
            d, precision = _shift(anchor, pair[1], {"last": -1, "this": 0, "next": 1}[pair[0]])
            return Resolved(_fmt(d, precision), precision, start, end)
        if _preposition(span) == "in" and number and pair is None and _counts_ahead(span):
            d, precision = _shift(anchor, unit, number)  # "in two months"
            return Resolved(_fmt(d, precision), precision, span.doc[span.start - 1].idx, end)
        return None  # a duration: "three years", "two months"
    shift = _day_of_publication(words)
    if shift is not None and month is None and weekday is None:
        return Resolved((anchor + _dt.timedelta(days=shift)).isoformat(), "day", start, end)
    if weekday is not None and month is None:
        days = [t for t in toks if t.lower_.rstrip(".") in WEEKDAYS]
        if any(generic_weekday(t) for t in days):
            return None  # "on an ordinary Tuesday": a kind of day, no date
        if any(anaphoric_weekday(t) for t in days):
            return None  # "on the Thursday": a day the story placed, not the publication
        return _weekday_and_day(words, weekday, span, anchor) or _weekday(
            words, weekday, span, anchor
        )
    if month is not None:
        return _month(words, month, span, anchor)
    return None


def _rolling_period(span, deictic: str) -> bool:
    """The deictic word of ``span`` ("last", "next") follows "the" ("in the last year", "over
    the next month"): a period counted back or ahead from the report, twelve months or
    thirty days long, not the calendar unit "last year" names."""
    doc = span.doc
    k = next((t.i for t in span if t.lower_ == deictic), None)
    return k is not None and k > 0 and doc[k - 1].lower_ == "the"


def _counts_ahead(span) -> bool:
    """ "in <number> <unit>" at ``span`` is a date that many units after the report: its act
    lies ahead (:func:`planned`: "will reopen in two years", "is expected to ... in three
    months", "is reopening in two weeks") and nothing counts it back
    (:func:`consilience.date_prior.look_back`: "the third seizure in two years", "in the
    past two years"). Any other tense counts back ("has doubled in five years", "counts 12
    births in four years")."""
    return not look_back(span, planned(span))


def _day_of_publication(words: list[str]) -> int | None:
    """Days from the publication date named by a span of words relative to it, early/late
    modifiers aside, whatever the time of day of the publication: "today", "earlier today",
    "later today", "tonight", "this morning", "early this morning", "earlier this
    afternoon" -> 0; "yesterday", "last night", "late last night" -> -1; "tomorrow" -> 1.
    None for other spans."""
    core = [w for w in words if w not in MODIFIERS and w not in ("midnight", "noon", "'s", "’s")]
    if len(core) == 2 and core[0] in ("this", "last") and core[1] in PARTS_OF_DAY:
        return -1 if core[0] == "last" else 0
    if core and core[0] in TODAY and all(w in TODAY or w in PARTS_OF_DAY for w in core):
        return TODAY[core[0]]  # "yesterday evening", "tomorrow morning"
    return None


#: prepositions spaCy sometimes takes into a DATE span ("since 1996"): the date follows them
LEADING_PREPS = {"since", "in", "on", "from", "by", "until"}


def _date_spans(doc):
    """The DATE (and date-like TIME and CARDINAL) spans of ``doc``, a weekday and the date
    in apposition to it joined (:func:`_with_appositive_dates`)."""
    yield from _with_appositive_dates(doc, list(_entity_dates(doc)))


def _with_appositive_dates(doc, spans: list) -> Iterator:
    """``spans`` with a lone weekday and the month-day date set off by a comma after it
    ("for Thursday, Dec. 10", which the tagger may give as two spans) joined into one: the
    weekday then checks the date's year, and neither is read alone."""
    k = 0
    while k < len(spans):
        a = spans[k]
        b = spans[k + 1] if k + 1 < len(spans) else None
        if (
            b is not None
            and len(a) == 1
            and a[0].lower_ in WEEKDAYS
            and b.start == a.end + 1
            and doc[a.end].text == ","
            and any(t.lower_.rstrip(".") in MONTHS or t.lower_.rstrip(".") in MONTH_ABBR for t in b)
        ):
            yield doc[a.start : b.end]
            k += 2
            continue
        yield a
        k += 1


_WEEKDAY_WORD = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+"
#: a day, month and year written out, a weekday before it or not: "Wed 14/11/2040",
#: "17/11/2040", "Thursday 15 November", "15 November 2040"; the tagger often leaves one
#: untagged, tags it a time with a clock after it, or tags only its month and year after
#: "the night of 15"
_WRITTEN_DATE = re.compile(
    rf"\b(?:{_WEEKDAY_WORD})?(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)(?: \d{4})?"
    rf"|{WORD_DAY}(?: \d{{4}})?)\b"
)


def _entity_dates(doc):
    """The spans :func:`_date_spans` reads: the tagger's DATE entities (and date-like TIME
    and CARDINAL ones), with written dates it left untagged or tagged in part
    (:data:`_WRITTEN_DATE`) in place of the parts."""
    found = list(_tagged_dates(doc))
    for m in _WRITTEN_DATE.finditer(doc_text(doc)):
        inside = [s for s in found if m.start() <= s.start_char and s.end_char <= m.end()]
        rest = [s for s in found if s not in inside]
        if any(s.start_char < m.end() and m.start() < s.end_char for s in rest):
            continue  # the tagger's span reaches beyond: its reading stands
        if len(inside) == 1 and inside[0].text == m.group():
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found = rest + [span]
    return sorted(found, key=lambda s: s.start_char)


#: words the tagger takes into a date entity at the ends of a stretch of days ("*between*
#: 1 October 2040", "7 February *to*"): the date is the rest
RANGE_OPENERS = frozenset({"between"})
RANGE_JOINERS = frozenset({"to", "and", "until", "till", "through", "-", "–"})


def _tagged_dates(doc):
    for ent in (piece for e in doc.ents for piece in _range_pieces(e)):
        if ent.label_ == "DATE" and _year_group(ent):
            continue  # "pupils in Years 7, 8 and 9", "Year 2 of the plan": a label, no date
        if ent.label_ == "DATE" and len(ent) > 1 and ent[0].lower_ in LEADING_PREPS:
            yield ent[1:]  # "since 1996": the preposition is read from the word before
        elif ent.label_ == "DATE":
            yield ent
        elif ent.label_ == "CARDINAL" and _YEAR_SPAN_RE.fullmatch(ent.text):
            yield ent  # "the 2019/20 budget": spaCy may take a span of years for a number
        elif ent.label_ == "TIME":
            words = {t.lower_.rstrip(".") for t in ent}
            if words & (set(WEEKDAYS) | set(MONTHS) | set(TODAY)):
                yield ent
            elif words & {"this", "last"} and words & PARTS_OF_DAY:
                yield ent  # "this morning", "last night"


def _range_pieces(ent) -> list:
    """Entity ``ent`` as the days it names: a stretch of days the tagger took whole ("4 June
    to 19 July 2041") as its opening and closing days, each with a month;
    else ``ent`` without its range words (:func:`_without_range_words`) and a count after it
    (:func:`_without_count`)."""
    ent = _without_count(_without_range_words(ent))
    joins = [t.i for t in ent if t.lower_ in RANGE_JOINERS and ent.start < t.i < ent.end - 1]
    if len(joins) != 1:
        return [ent]
    at = joins[0]
    halves = (ent.doc[ent.start : at], ent.doc[at + 1 : ent.end])
    if not all(any(t.lower_.rstrip(".") in MONTHS for t in h) for h in halves):
        return [ent]
    from spacy.tokens import Span as DocSpan  # here: a warm brief imports no spaCy

    return [DocSpan(ent.doc, h.start, h.end, label=ent.label_) for h in halves]


#: the closing day of a stretch after its opening one: "to 19 July 2041", "and 9 May 2035"
_CLOSING_DAY = re.compile(
    r"^\s*(?:to|and|until|till|through|-|–)\s+(?:\w+\s+){0,3}?((?:1[89]|20)\d\d)\b", re.I
)


def closing_year(span) -> str | None:
    """The year of the closing day of a stretch whose opening day ``span`` gives no year
    ("from 4 June *to 19 July 2041*": "2041"); None when no such day follows."""
    rest = doc_text(span.doc)[span.end_char : span.sent.end_char]
    m = _CLOSING_DAY.match(rest)
    return m.group(1) if m else None


def _without_range_words(ent):
    """Entity ``ent`` without a leading "between" or a trailing "to", "and", "until" (the
    tagger's "between 1 October 2040", "7 February to"): the opening day of a stretch,
    which a parser reads only without them; ``ent`` itself when it has none or is no more."""
    first, last = ent.start, ent.end
    if last - first > 1 and ent.doc[first].lower_ in RANGE_OPENERS:
        first += 1
    if last - first > 1 and ent.doc[last - 1].lower_ in RANGE_JOINERS:
        last -= 1
    if (first, last) == (ent.start, ent.end):
        return ent
    from spacy.tokens import Span as DocSpan  # here: a warm brief imports no spaCy

    return DocSpan(ent.doc, first, last, label=ent.label_)


def _without_count(ent):
    """Entity ``ent`` without a number at its end that counts the noun after it: the tagger
    takes the count of a subject after a fronted date into the date ("on the night of Sunday
    22 March two dogs got in" tags "Sunday 22 March two"), which then reads as no date; the
    date is the rest. A number word, or a number after a month name that is no year ("March
    300 people"), before a noun or an adjective; ``ent`` itself otherwise."""
    doc, last = ent.doc, ent[-1] if len(ent) > 1 else None
    if last is None or not last.like_num or _YEAR_RE.fullmatch(last.text):
        return ent
    if not (last.is_alpha or ent[-2].lower_.rstrip(".") in MONTHS):
        return ent
    if ent.end >= len(doc) or doc[ent.end].pos_ not in COUNTED_POS:
        return ent
    from spacy.tokens import Span as DocSpan  # here: a warm brief imports no spaCy

    return DocSpan(doc, ent.start, ent.end - 1, label=ent.label_)


#: parts of speech of the word after a count ("two dogs", "two large dogs")
COUNTED_POS = frozenset({"NOUN", "ADJ"})


def _year_group(span) -> bool:
    """``span`` holds a capitalised "Year" or "Years" with a number right after it ("in
    Years 7", "Year 11 pupils", "Year 2 of the programme"): a school year group or a
    numbered stage, never a span of years counted from now."""
    return any(
        t.text in ("Year", "Years") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num
        for t in span
    )


def publication_anchor(analysis: Analysis) -> _dt.date | None:
    """The article's publication date: its local day, from ``published`` or a
    ``published_at`` datetime (the time of day and the offset never move it); when its
    metadata lacks one, the full date of a dateline or byline at the top of the text
    ("VESTERHAVN, June 8, 2025", "By X | March 17, 2025"): the article's own statement of
    when it was written."""
    article = analysis.article
    anchor = _anchor(article.published) or _anchor(getattr(article, "published_at", None))
    if anchor is not None:
        return anchor
    doc = analysis.doc
    for ent in doc.ents:
        if ent.start_char > 400:
            break
        if ent.label_ != "DATE" or not _YEAR_RE.search(ent.text):
            continue
        if not _is_dateline(doc, ent.start_char, ent.end_char):
            continue
        parsed = _dateparse(ent.text, None, "current_period")
        if parsed is not None and parsed[1] == "day":
            return parsed[0]
    return None


#: boilerplate whose dates date no event of the story (a photo, a credit)
ASIDE_KINDS = {"caption", "credit"}


def _counted_back(span, anchor: _dt.date | None) -> Resolved | None:
    """The year of the last occurrence that "the first X in <N years>" counts back to from
    the publication date (:func:`consilience.date_counted_back.counted_years`; the span is
    a duration, no date, for :func:`resolve_span`), else None."""
    if anchor is None or _in_quotation(span.doc, span.start_char):
        return None
    back = counted_years(span)
    if back is None:
        return None
    return Resolved(str(anchor.year - back), "year", span.start_char, span.end_char)


def extract_dates(analysis: Analysis) -> list[DateMention]:
    """Every DATE span of the article that resolves to a calendar date (see module doc)."""
    doc = analysis.doc
    anchor = publication_anchor(analysis)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    aside = [b for b in article_spans(analysis.article) if b.kind in ASIDE_KINDS]
    out: list[DateMention] = []
    stamps = line_anchors(doc_text(doc), anchor)  # "[Mon 16 Jan, 06:52] ... today"
    for ent in _date_spans(doc):
        if any(b.start <= ent.start_char < b.end for b in aside):
            continue  # "Smoke over the estate on Tuesday. Photo: ...": a caption dates a photo
        here = anchor_at(stamps, ent.start_char, anchor)
        resolved = resolve_span(ent, here) or _counted_back(ent, here)
        if resolved is None:
            continue
        text = doc_text(doc)[resolved.start : resolved.end]
        told = [(m.text, m.date, m.precision) for m in out]
        day = narrative_day(text, told, resolved.date, here) if here is not None else None
        out.append(
            DateMention(
                article=analysis.article.id,
                start=resolved.start,
                end=resolved.end,
                text=text,
                date=day or resolved.date,
                precision=resolved.precision,
                sentence=sent_index.get(ent.sent.start, -1),
                until=resolved.until,
            )
        )
    out.sort(key=lambda m: (m.start, -m.end))
    # a span widened over a range ("from 2010 to 2014") covers spaCy's span of its end year
    return [m for k, m in enumerate(out) if not any(o.end >= m.end for o in out[:k])]


# --------------------------------------------------------------------------- timeline

MERGE_SIMILARITY = 0.45  # event similarity to merge mentions with compatible dates
SAME_DAY_SIMILARITY = 0.30  # ... when both give the very same day
VERB_BONUS = 0.1  # the dated clauses share their governing verb ("reported" / "reported")
CONFLICT_SIMILARITY = 0.72  # event similarity above which different dates are a conflict
PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "dative"}
SERIES_WORDS = {"more", "further", "additional", "latest", "next", *OTHER_OF_KIND}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def compatible(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two (iso, precision) dates agree at the coarser of their precisions."""
    (da, pa), (db, pb) = a, b
    if "week" in (pa, pb):
        if pa == pb:
            return da == db
        other, op = (db, pb) if pa == "week" else (da, pa)
        week = da if pa == "week" else db
        if op == "day":
            d0 = _dt.date.fromisoformat(week)
            return d0 <= _dt.date.fromisoformat(other) < d0 + _dt.timedelta(days=7)
        return week.startswith(other)
    n = min(len(da), len(db))
    return da[:n] == db[:n]


def _trim(doc, first: int, last: int) -> tuple[int, int]:
    """Token range [first, last] without leading/trailing punctuation and connectives; a
    unit sign a number counts ("2%") is no punctuation (:func:`_bare_punct`)."""
    while first < last and (_bare_punct(doc[first]) or doc[first].dep_ in ("cc", "mark")):
        first += 1
    while last > first and (_bare_punct(doc[last]) or doc[last].dep_ in ("cc",)):
        last -= 1
    return first, last


def _bare_punct(tok) -> bool:
    """``tok`` is punctuation and no unit of a figure: spaCy marks "%" punctuation, but in
    "the Bank's target of 2%" it heads the number, and the line keeps it."""
    return tok.is_punct and not any(c.dep_ == "nummod" for c in tok.children)


def event_clause(doc, start: int, end: int) -> tuple[int, int]:
    """Character span of the clause that a date mention dates (else its sentence)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    sent = span.sent
    thing = first_thing(span)
    if thing is not None and thing.lemma_.lower() != "time":
        return _noun_phrase(doc, thing, span)  # "the first nurses' strike ... since 1994"
    verb = event_noun(span) or event_verb(span)  # the clause of "is expected to ..." whole
    if verb is None:
        return sent.start_char, sent.end_char
    node = free_relative_host(verb) or verb  # "what they could carry": the packing's clause
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        node = verb.head
    lo, hi = node.left_edge.i, node.right_edge.i
    for child in node.children:
        # a coordinated clause after the dated one is not part of the event ("..., and is seen")
        if child.dep_ == "conj" and child.i > span.end and child.pos_ in ("VERB", "AUX"):
            hi = min(hi, child.left_edge.i - 1)
    first, last = _trim(doc, lo, hi)
    while first < last and doc[first].dep_ == "advmod" and doc[first + 1].dep_ in ("mark", "prep"):
        first += 1  # "shortly before ..."
        first, last = _trim(doc, first, last)
    n_words = sum(1 for t in doc[first : last + 1] if not t.is_punct)
    if n_words < 5:
        return sent.start_char, sent.end_char
    return doc[first].idx, doc[last].idx + len(doc[last])


def _noun_phrase(doc, noun, span) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``noun`` up to the date ``span`` that
    follows it ("the port's first dock strike since 1987")."""
    first, last = _trim(doc, noun.left_edge.i, max(noun.right_edge.i, span.end - 1))
    return doc[first].idx, doc[last].idx + len(doc[last])


def _entity_keys(doc, start: int, end: int) -> set[str]:
    keys = set()
    for e in doc.ents:
        if (
            e.start_char >= start
            and e.end_char <= end
            and e.label_
            not in (
                "DATE",
                "TIME",
                "CARDINAL",
                "ORDINAL",
                "QUANTITY",
                "PERCENT",
                "MONEY",
            )
        ):
            keys.add(e.root.lemma_.lower())
    return keys


def _is_dateline(doc, start: int, end: int) -> bool:
    """A date on a short line without a finite verb (byline, dateline) dates the article."""
    text = doc_text(doc)
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = doc.char_span(ls, le, alignment_mode="contract")
    if line is None:
        return False
    if "|" in text[line.start_char : line.end_char]:
        return True
    # at most 12 words: stop counting at the 13th (a paragraph-long line is common)
    words = 0
    for t in line:
        words += not (t.is_punct or t.is_space)
        if words > 12:
            return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or _root_participle(t) for t in line)


def event_verb(span):
    """The verb of the event a date span dates: the verb of saying it follows ("said on
    Monday it plans ..."), else its governing verb, raised out of "xcomp"/auxiliaries."""
    verb = reporting_verb(span) or governing_verb(span)
    while verb is not None and verb.dep_ in ("xcomp", "auxpass", "aux") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _series_markers(noun) -> set[str]:
    """Words before a noun that make its event one of a series: "two more bodies", "another
    body", "the second shipment"."""
    return {
        t.lower_
        for t in noun.doc[noun.left_edge.i : noun.i]
        if t.lower_ in SERIES_WORDS or t.ent_type_ == "ORDINAL"
    }


def _stem(word: str) -> str:
    """ "drilling" (a noun) and "drill" (a verb) as one word."""
    return word[:-3] if word.endswith("ing") and len(word) > 6 else word


def _started_thing(verb) -> set[str]:
    """What a verb of starting or ending starts: its object, the verb it governs ("began
    drilling"), else its subject ("The inquiry begins Friday", "Drilling got under way"),
    through a relative pronoun ("the factory, which opened in 1989" -> "factory")."""
    for deps in (("dobj", "xcomp"), ("nsubj", "nsubjpass")):
        found = {
            _stem(c.lemma_.lower())
            for c in verb.children
            if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN", "VERB")
        } or {
            _stem(verb.head.lemma_.lower())
            for c in verb.children
            if c.dep_ in deps and c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
        }
        if found:
            return found
    return set()


RELATIVE_PRONOUNS = {"which", "that", "who"}


def event_noun(span):
    """An event noun the date ``span`` hangs on before any verb ("a chemical leak from the
    plant late on Tuesday", "the construction of the bridge in 1887"), else None."""
    tok, seen = span.root.head, 0
    while seen < 8 and tok.pos_ not in ("VERB", "AUX"):
        seen += 1
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in NOMINALS
            and tok.lemma_.lower() not in PART_OF_DAY_NOUNS  # "On the evening of Friday"
            and tok.i not in range(span.start, span.end)
        ):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _predicate(span):
    """The token naming the dated act: the event noun the date modifies directly inside a
    prepositional phrase (:func:`_oblique_event_noun`: "trapped by a roof fall on Tuesday",
    "rescued after a roof fall on Tuesday" date the fall, not the trapping), else an event
    noun it hangs on (:func:`event_noun`), else the event verb (:func:`event_verb`) lowered
    to the act it looks ahead to (:func:`_looked_at_act`)."""
    return _oblique_event_noun(span) or event_noun(span) or _looked_at_act(event_verb(span), span)


def _oblique_event_noun(span):
    """The event noun (:func:`consilience.date_prior.dated_event_noun`) the date ``span``
    modifies when that noun is the object of a preposition ("by a roof fall on Tuesday",
    "after the blast on Friday"): an act of its own beside the clause's, not the thing the
    clause's verb acts on ("won the 2018 election" keeps "won"); else None."""
    noun = dated_event_noun(span)
    return noun if noun is not None and noun.dep_ == "pobj" else None


#: verbs and adjectives that only look ahead to, or lend their date to, the act of their
#: open complement ("is expected to reach", "plans to reopen", "is due to be sworn in")
LOOKING_HEADS = FUTURE_HEADS | {"likely", "about", "poised", "ready", "going"}


def _looked_at_act(verb, span):
    """``verb`` when it names the act dated by ``span``; when it only looks ahead to the act
    of its open complement (:data:`LOOKING_HEADS`), that complement, step by step down to
    the verb ``span`` hangs on ("the drug is expected to reach pharmacies in March" ->
    "reach"; "is due to be sworn in on May 3" -> "sworn")."""
    low = governing_verb(span)
    if verb is None or low is None or low.i == verb.i:
        return verb
    chain = [low]
    while chain[-1].i != verb.i and chain[-1].dep_ in ("xcomp", "acomp", "ccomp"):
        if chain[-1].head.i == chain[-1].i or len(chain) > 6:
            return verb
        chain.append(chain[-1].head)
    if chain[-1].i != verb.i:
        return verb
    for upper, lower in zip(chain[:0:-1], chain[-2::-1], strict=True):
        if upper.lemma_.lower() not in LOOKING_HEADS | SUPPORT_VERBS:
            return upper
        if lower.dep_ == "ccomp":
            return upper  # "said on Monday the plant would close": the saying is dated
    return low


def _objects(pred) -> tuple[set[str], set[str]]:
    """(lemmas of what ``pred`` acts on, series markers): objects, passive subjects,
    attributes, the role after "as", what a verb of starting starts, the noun a participle
    describes ("the bridge, completed in 1891"), the "of" object of an event noun."""
    objects: set[str] = set()
    series: set[str] = set()
    if verb_class(pred) in VERB_CLASSES:
        objects |= _started_thing(pred)
    objects |= _role_nouns(pred)
    if _takes_office(pred):
        return {"office"}, series
    heads = [c for c in pred.children if c.pos_ in ("NOUN", "PROPN")]
    if pred.pos_ == "NOUN":
        heads = [g for c in pred.children if c.lower_ == "of" for g in c.children]
        objects |= {h.lemma_.lower() for h in heads if h.pos_ in ("NOUN", "PROPN")}
    elif pred.dep_ == "acl" and pred.tag_ == "VBN" and pred.head.pos_ in ("NOUN", "PROPN"):
        objects.add(pred.head.lemma_.lower())
        series |= _series_markers(pred.head)
    objects |= {t.lemma_.lower() for t in _participle_subject(pred)}
    if NOMINALS.get(pred.lemma_.lower(), pred.lemma_.lower()) in PREDICATE_CLASSES["move"]:
        objects |= {g.lemma_.lower() for c in pred.children if c.lower_ == "to" for g in c.children}
    objects |= _relative_object(pred)
    for child in heads:
        if child.dep_ in OBJECT_DEPS:
            objects.add(child.lemma_.lower())
            objects.update(c.lemma_.lower() for c in child.conjuncts)
            objects.update(c.lemma_.lower() for c in child.children if c.dep_ == "appos")
        if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubj":
            series |= _series_markers(child)
    lemma = NOMINALS.get(pred.lemma_.lower(), pred.lemma_.lower())
    if lemma in PREDICATE_CLASSES["discharge"]:
        objects |= _discharged(pred)
    if tells_origin(pred):
        objects |= origin_things(pred)  # "the chapel dates from 1908": the chapel was made
    if lemma in PREDICATE_CLASSES["introduce"] and not objects - SERVICE_NOUNS:
        objects = {  # "the line entered service", "the jet debuted": what is introduced
            c.lemma_.lower() for c in pred.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
        }
    return objects, series


NAME_DEPS = {"prep", "pobj", "compound", "flat", "nmod"}


def _object_tokens(pred) -> list:
    """The tokens ``pred`` acts on: its objects and passive subjects, the noun a participle
    or a relative clause with a pronoun object describes."""
    out = [c for c in pred.children if c.dep_ in OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    if pred.dep_ == "acl" or _relative_object(pred):
        out.append(pred.head)
    return out + _participle_subject(pred)


def _name_head(tok) -> str:
    """The lemma of the head word of the proper name ``tok`` stands in: "Dusk" in "Harbour
    at Dusk" -> "harbour" (so a relative clause on "Dusk" names the same work)."""
    top = tok
    while top.dep_ in NAME_DEPS and top.head.i != top.i and top.head.pos_ in ("PROPN", "ADP"):
        top = top.head
    return top.lemma_.lower()


def thing_text(pred) -> str:
    """What ``pred`` acts on as a short phrase for the embedder: the first object's
    modifiers and lemma after "the" ("noticed the theft" -> "the theft"); "" when none."""
    toks = _object_tokens(pred)
    if not toks:
        return ""
    noun = toks[0]
    mods = [m.lower_ for m in noun.children if m.dep_ in KIND_DEPS and m.i < noun.i]
    return " ".join(["the", *mods, noun.lemma_.lower()])


def _participle_subject(pred) -> list:
    """The subject of the main clause that a fronted passive participle describes
    ("Founded in 2006, the charity ..." -> [charity]); else []."""
    if pred.dep_ != "advcl" or pred.tag_ != "VBN":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in pred.children):
        return []
    main = pred.head
    return [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]


def _relative_object(pred) -> set[str]:
    """The noun a relative clause's pronoun object stands for ("Harbour at Dusk, which Varr
    made in 1906" -> {"harbour"}), else an empty set."""
    if pred.dep_ != "relcl" or pred.head.pos_ not in ("NOUN", "PROPN"):
        return set()
    if any(c.dep_ in OBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in pred.children):
        return {pred.head.lemma_.lower()}
    return set()


def _discharged(pred) -> set[str]:
    """What leaks or spills: the subject of the verb, through a measure ("12,000 litres of
    diesel" -> "diesel"), or the noun compounded with the event noun ("a diesel spill")."""
    if pred.pos_ == "NOUN":
        return {c.lemma_.lower() for c in pred.children if c.dep_ in ("compound", "amod")}
    out = set()
    for subj in (c for c in pred.children if c.dep_ == "nsubj"):
        measured = [g for p in subj.children if p.lower_ == "of" for g in p.children]
        out |= {g.lemma_.lower() for g in measured if g.pos_ in ("NOUN", "PROPN")}
        if not measured and subj.pos_ in ("NOUN", "PROPN"):
            out.add(subj.lemma_.lower())
    return out


def _agents(pred) -> set[str]:
    """Lemmas of the named subject of ``pred`` ("Olsen took over" -> {"olsen"}; "Strand
    was sworn in" -> {"strand"})."""
    lemma = NOMINALS.get(pred.lemma_.lower(), pred.lemma_.lower())
    if lemma in PREDICATE_CLASSES["discharge"]:
        return set()  # what leaks is no agent ("Diesel poured out")
    deps = ("nsubj", "nsubjpass") if _takes_office(pred) else ("nsubj",)
    return {c.lemma_.lower() for c in pred.children if c.dep_ in deps and c.pos_ == "PROPN"}


def _event_args(doc, start: int, end: int, clause: tuple[int, int]) -> dict[str, Any]:
    """The event's predicate (:func:`_predicate`): its lemma folded by
    :data:`VERB_CLASSES` and its act classes (:func:`predicate_classes`); what it acts on and
    its series markers (:func:`_objects`); its named subject; the places of its clause:
    {"verb": str | None, "classes": frozenset, "objects": set, "series": set,
    "agents": set, "places": set}."""
    span = doc.char_span(start, end, alignment_mode="expand")
    places = {
        e.root.lemma_.lower()
        for e in doc.ents
        if e.label_ in PLACE_LABELS
        and clause[0] <= e.start_char
        and e.end_char <= clause[1]
        and not _described_place(e.root)
    }
    state = since_state(span) if span is not None else None
    if state is not None:
        return _state_args(state, places)
    pred = _predicate(span) if span is not None else None
    objects, series = _objects(pred) if pred is not None else (set(), set())
    if pred is not None:
        objects |= {_name_head(t) for t in _object_tokens(pred) if t.pos_ == "PROPN"}
    return {
        "thing": thing_text(pred) if pred is not None else "",
        "verb": verb_class(pred),
        "classes": predicate_classes(pred, span) if span is not None else frozenset(),
        "objects": objects,
        "series": series,
        "agents": _agents(pred) if pred is not None else set(),
        "kinds": _kinds(pred, objects) if pred is not None else set(),
        "places": places,
    }


def _described_place(root) -> bool:
    """A place named inside an apposition ("the gym, *a short walk from Ferry Road
    halls*,", "at Unit 4, *Riverside Retail Park*"): it describes a thing, in words another
    article may choose otherwise, and is no place that tells one event from another."""
    return any(t.dep_ == "appos" for t in [root, *root.ancestors])


def _state_args(state: SinceState, places: set[str]) -> dict[str, Any]:
    """The event arguments (as :func:`_event_args` gives them) of a state held since the
    date (:func:`since_state`): the act that began it, about what holds it ("the system has
    been in service since 2009" dates the system's introduction)."""
    return {
        "thing": "",
        "verb": "since " + "/".join(sorted(state.classes)),
        "classes": state.classes,
        "objects": set(state.holder),
        "series": set(),
        "agents": set(state.names),
        "kinds": set(state.kinds),
        "places": places,
    }


def _other_series(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Steps of a series: both marked and differently ("the first" / "the second
    shipment"), or one side only marked, unless by "first" ("another body" / "a body";
    but "the first case" and "a case" may be one)."""
    sa, sb = a["series"], b["series"]
    if sa and sb:
        return sa != sb
    return bool((sa | sb) - {"first"})


def _other_args(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Different events by their arguments: steps of a series, other places, other named
    subjects, other kinds of one thing ("the east wing" / "the west wing")."""
    if _other_series(a, b):
        return True
    return any(a[k] and b[k] and not a[k] & b[k] for k in ("places", "agents", "kinds"))


#: modifiers that tell one thing from another of its kind ("east wing", "2nd shipment" aside)
KIND_DEPS = {"amod", "compound"}
KIND_POS = {"ADJ", "NOUN", "PROPN"}  # "the east wing", "the Quay Street mural"


def _kinds(pred, objects: set[str]) -> set[str]:
    """Adjective and noun modifiers of the objects of ``pred`` (and of the noun a participle
    describes): "the east wing was built" -> {"east"}."""
    nouns = [c for c in pred.children if c.lemma_.lower() in objects]
    nouns += [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    if pred.dep_ == "acl":
        nouns.append(pred.head)
    return {
        m.lemma_.lower()
        for n in nouns
        for m in n.children
        if m.dep_ in KIND_DEPS and m.pos_ in KIND_POS and m.ent_type_ != "ORDINAL"
    }


def same_event_args(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """False when two dated clauses are different events, whatever their dates: other verbs
    ("suspended" / "resumed flights"), other things acted on ("opened a plant" / "opened a
    showroom"), other places or named subjects, or steps of a series ("found two more
    bodies" / "found another body", "the first" / "the second shipment")."""
    if a["verb"] is None or a["verb"] != b["verb"] or _other_args(a, b):
        return False
    return not (a["objects"] and b["objects"] and not a["objects"] & b["objects"])


#: a line addressed to the reader about the coverage itself, never a dated event
_READER_ADDRESS = re.compile(
    r"^\W*(?:welcome to (?:our|the|this)\b"
    r"|thanks? (?:you )?for (?:following|joining|reading|watching|staying)\b"
    r"|stay with us\b|join us\b"
    r"|(?:read|see) more\b|this (?:live )?(?:blog|page|coverage) (?:is|has)\b)"
    r"|\bthat(?:'s|’s| is) (?:all|it) (?:from|for)\b"
    r"|\bwe(?:'ll|’ll| will) (?:be back|bring you|keep you|have more)\b"
    # an elliptical sign-off: "Back tomorrow for the final day", "Back later with more"
    r"|^\W*back (?:again )?(?:tomorrow|tonight|later|soon|shortly|next|with)\b"
    r"|\bwe(?:'re|’re| are|'ll|’ll| will)? (?:now )?(?:pause|pausing|wrap|wrapping|end|ending"
    r"|close|closing|sign|signing|stop|stopping)(?: up| off)? (?:(?:our|this|the) (?:live )?"
    r"(?:coverage|blog|page|updates|feed|commentary)|here|for (?:today|tonight|now))\b"
    r"|\b(?:our|this) (?:live )?(?:coverage|blog|live page|live updates|live team)\b"
    r"|\bthe live (?:team|blog|page)\b",
    re.IGNORECASE,
)


def _not_an_event(analysis: Analysis, m: DateMention, spans) -> bool:
    """The mention dates no event: a byline or dateline, any other boilerplate ("Read more:
    ...", live-blog furniture), a line addressed to the reader ("Welcome to our live
    coverage of today's vote", "That's all from us today"; a welcome, thanks or imperative
    to the reader, :func:`consilience.meta_lines.reader_address`), the day an act's outcome
    takes effect beside the act's own date (:func:`consilience.date_effect.
    effect_date_beside_act`), the bound of a class of acts ("every charge issued since 1
    January", :func:`consilience.date_classes.bounds_a_class`), or the day of a statement
    (:func:`dates_a_statement`). The value of a field that names an act ("Date felled:
    Wednesday 11 April 2040 | Status: final", :func:`consilience.date_fields.field_act`)
    dates that act, on a table line or a short one alike."""
    doc = analysis.doc
    if field_act(doc_text(doc), m.start):
        return dates_a_statement(doc, m.start, m.end)  # "Date felled: Wednesday 11 April"
    if _is_dateline(doc, m.start, m.end) or any(b.start <= m.start < b.end for b in spans):
        return True
    if range_end(doc_text(doc), m.start):
        return True  # "married between 1 October 2040 and *15 February 2041*"
    if _dateline_end(doc_text(doc), m.start, m.end) is not None:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and _READER_ADDRESS.search(span.sent.text):
        return True
    if span is not None and reader_address(doc, span.sent.start_char, span.sent.end_char):
        return True  # "Good evening and welcome to Friday's count", by its speech act
    if span is not None and (year_so_far(span) or titled_person(span) or day_of_a_kind(span)):
        return True
    if span is not None and len(span) == 1 and period_year(span[0]):
        return True  # "approve the Remuneration Report for 2032": the period it covers
    if span is not None and effect_date_beside_act(span):
        return True  # "decided today to raise the rate, effective from 20 November"
    if span is not None and bounds_a_class(span):
        return True  # "review every charge issued since 1 January": no one act's day
    return dates_a_statement(doc, m.start, m.end)


#: the words before the closing day of a stretch of days: "between 1 October and ",
#: "from Monday 3 May to " (the opening day, up to 40 characters, then the joining word)
_RANGE_OPENED = re.compile(
    r"\b(?:between|from)\s+[^.;:|\n]{3,40}?\s+(?:and|to|until|till|through)\s+$", re.I
)


def range_end(text: str, start: int) -> bool:
    """The date at character ``start`` of ``text`` closes a stretch of days ("married
    *between* 1 October 2040 *and* 15 February 2041", "*from* 2 May *to* 9 May"): the last
    day of a period, which dates no act of its own; the opening day still dates the
    period's start."""
    return bool(_RANGE_OPENED.search(text[max(0, start - 60) : start]))


def day_of_a_kind(span) -> bool:
    """A lone weekday that names a kind of thing, not a day something happened: a compound
    on a noun that names no happening (WordNet, :func:`consilience.date_act_lexicon.
    is_happening`): "Sunday tickets at £95", "Sunday ticket holders will get a refund".
    "The Sunday session was cancelled" (a session happens) still dates its noun, and
    "Tuesday evening", "Thursday night" (a time period, WordNet) are days."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1 or words[0].lower_ not in WEEKDAYS or words[0].dep_ != "compound":
        return False
    head = words[0].head
    if head.pos_ != "NOUN" or head.ent_type_ in ("DATE", "TIME"):
        return False  # "Tuesday evening": a part of the day
    lemma = head.lemma_.lower()
    return not is_happening(lemma) and not discourse_noun(lemma, ("time_period",))


#: the report's own year as a bare period: "this year", "so far this year"
_THIS_YEAR = re.compile(r"(?:so far )?this year", re.I)


def year_so_far(span) -> bool:
    """The date ``span`` is the report's own year, bare (not "earlier this year", "late
    this year"), on a verb in the perfect ("all its kitchens had passed inspections this
    year", "has recorded 40 cases this year"): a tally over the year so far, not the date
    of one act, so no timeline line."""
    if not _THIS_YEAR.fullmatch(span.text.strip()):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("earlier", "early", "late", "later"):
        return False
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


#: what follows the date of a dateline: an optional agency, then a dash ("(CWA) - ", " -- ")
_DATELINE_TAIL = re.compile(r",?\s*(?:\d{4}\s*)?(?:\([^()\n]{1,24}\)\s*)?(?:--?|–|—)\s")


def _dateline_end(text: str, start: int, end: int) -> int | None:
    """The end of a dateline whose date is ``text[start:end]`` ("TOLSBY, June 19, 2026 --
    ", "June 19 (CWA) - "): at most a short place before the date at the start of its line,
    an optional year and agency and a dash after it; else None. A dash the tagger took
    into the date ("24 November 2026 -") is read as the dash after it."""
    end = start + len(text[start:end].rstrip(" -–—"))
    before = text[text.rfind("\n", 0, start) + 1 : start]
    if len(before) > 40 or re.search(r"[.!?;:]", before) or not _place_before(before):
        return None
    tail = _DATELINE_TAIL.match(text, end)
    return tail.end() if tail else None


def _place_before(before: str) -> bool:
    """The words before a dateline's date are a place: none, a place set off by a comma
    ("TOLSBY, "), or at most three capitalised words; not a clause ("Kings now face
    Northfield in the final next Sunday - their first final ...")."""
    words = before.split()
    if not words or before.rstrip().endswith(","):
        return True
    return len(words) <= 3 and all(w[:1].isupper() for w in words)


def _clause_start(cs: int, m: DateMention, text: str, heads, dates) -> int:
    """The clause start ``cs`` moved past a dateline (a marked one in ``heads``, or one found
    by :func:`_dateline_end` from the article's ``dates``) that holds it and ends before the
    mention ``m``."""
    ends = [b.end for b in heads if b.start <= cs < b.end <= m.start]
    for d in dates:
        e = _dateline_end(text, d.start, d.end)
        if e is not None and text.rfind("\n", 0, d.start) + 1 <= cs < e <= m.start:
            ends.append(e)
    return max([cs, *ends])


def _event_clauses(analysis: Analysis, extraction) -> Iterator[tuple[DateMention, int, int]]:
    """(mention, clause start, clause end) of each date mention that may be an event
    (:func:`_not_an_event`); a clause starts after a dateline ("TOLSBY, June 18 (CWA) -"),
    and a clause repeated with its date in one article (a heading) is given once."""
    if extraction is None:
        return
    doc = analysis.doc
    text = doc_text(doc)
    spans = [b for b in article_spans(analysis.article) if b.kind not in ASIDE_KINDS]
    spans = stating_spans(spans, doc_text(doc))  # "Correction: It reopened on 14 March."
    heads = [b for b in spans if b.kind == "dateline"]
    seen: set[tuple[str, str]] = set()
    for m in extraction.dates:
        if _not_an_event(analysis, m, spans) or retracted(doc, m.start, m.end):
            continue  # "We gave the year the scheme began as 2021": no longer said
        cs, ce = event_clause(doc, m.start, m.end)
        cs = _clause_start(cs, m, text, heads, extraction.dates)
        key = (" ".join(text[cs:ce].split()).casefold(), m.date)
        if key in seen:
            continue
        seen.add(key)
        yield m, cs, ce


#: dependencies of a clause's subject: a clause with one is whole, not a fragment
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _row_span(analysis: Analysis, extraction, m: DateMention, clause: tuple[int, int]):
    """(start, end) characters of the timeline line of mention ``m``: its event ``clause``
    when that is a whole clause (a verb with its subject), else the smallest whole clause
    holding it (:func:`whole_clause`), started after a dateline as the clause is and after
    a live-blog entry time (:func:`consilience.line_entries.entry_start`), ended on its last
    character that is not a space."""
    doc = analysis.doc
    start, end = whole_clause(doc, *clause)
    if start < clause[0]:
        heads = [b for b in article_spans(analysis.article) if b.kind == "dateline"]
        start = _clause_start(start, m, doc_text(doc), heads, extraction.dates)
    text = doc_text(doc)
    while end > start and text[end - 1].isspace():
        end -= 1  # a clause ending its paragraph: the line ends on its last word
    return entry_start(text, start, end), end


def whole_clause(doc, start: int, end: int) -> tuple[int, int]:
    """Characters of the smallest whole clause (a verb or auxiliary with its subject) that
    holds characters ``start:end`` of ``doc``: the span itself when it holds one ("The zoo
    will remain closed until Wednesday"); else the clause of the nearest such verb above it
    ("The Marisol Star, built in 1998" -> "The Marisol Star, built in 1998, passed her last
    inspection in March"; "will reopen on Monday" -> "The zoo will be closed on Sunday and
    will reopen on Monday"), cut before a coordinated clause after the span; else the
    sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or _subject_inside(span):
        return start, end
    verb = next((t for t in [span.root, *span.root.ancestors] if _finite_with_subject(t)), None)
    if verb is None:
        return span.sent.start_char, span.sent.end_char
    lo, hi = min(verb.left_edge.i, span.start), max(verb.right_edge.i, span.end - 1)
    for child in verb.children:
        if child.dep_ == "conj" and child.i >= span.end and child.pos_ in ("VERB", "AUX"):
            hi = min(hi, child.left_edge.i - 1)
    first, last = _trim(doc, lo, hi)
    return doc[first].idx, doc[last].idx + len(doc[last])


def _subjects(tok) -> list:
    """The subjects of ``tok`` when it is a finite verb or auxiliary: none for an infinitive
    ("Miravel to reach") and no relative pronoun ("a city that has elected ...")."""
    if tok.pos_ not in ("VERB", "AUX") or any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children
    ):
        return []
    return [c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in WH_TAGS]


def _finite_with_subject(tok) -> bool:
    """``tok`` heads a whole clause: a finite verb or auxiliary with a subject
    (:func:`_subjects`)."""
    return bool(_subjects(tok))


def _subject_inside(span) -> bool:
    """Some verb or auxiliary of ``span`` heads a whole clause (:func:`_subjects`) whose
    subject is inside ``span``."""
    return any(c.i in range(span.start, span.end) for t in span for c in _subjects(t))


#: tags of relative pronouns ("that", "which", "who")
WH_TAGS = frozenset({"WDT", "WP", "WP$"})


def dates_a_saying(doc, start: int, end: int) -> bool:
    """The date at characters ``start:end`` of ``doc`` dates a saying, not the event said:
    "officials said on Friday that the spill began on Tuesday", "the spill began on Tuesday,
    the coast guard said on Thursday". A verb of saying that takes a clause; "say" and "tell"
    always ("the mayor told reporters on Friday."). An act of announcing with an object
    ("announced the merger on Monday") is an event."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = reporting_verb(span) or governing_verb(span)
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    clause = any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    if clause or verb.dep_ == "parataxis" or verb.lemma_.lower() in ("say", "tell"):
        return True
    return trailing_attribution(verb)


#: dependents that give a verb of saying a thing said after it ("confirmed the deaths")
SAID_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "advcl", "conj"})


def trailing_attribution(verb) -> bool:
    """``verb`` (a verb of saying) closes its sentence as the attribution of what comes
    before it: "31 people were hurt when the ferry went aground, the harbourmaster
    confirmed yesterday." (spaCy may hang it on the reported verb as an adverbial clause).
    It has a subject, a comma right before that subject, nothing said after it
    (:data:`SAID_DEPS`: the reported clause comes first), and only its own words after it to
    the sentence's end."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ in SAID_DEPS and c.i > verb.i for c in verb.children):
        return False
    first = min(t.i for s in subjects for t in s.subtree if not t.is_punct)
    doc, sent = verb.doc, verb.sent
    if first <= sent.start or doc[first - 1].text != ",":
        return False
    last = max(t.i for t in verb.subtree)
    return verb.i > first and all(t.is_punct for t in doc[last + 1 : sent.end])


#: verbs of talking: the day one of them dates is the day of a statement, never an event
#: ("said on Thursday", "told reporters on Friday"); announcing or reporting may be news
TALK_VERBS = {
    "say",
    "tell",
    "add",
    "note",
    "explain",
    "insist",
    "stress",
    "argue",
    "suggest",
    "remind",
    "acknowledge",
    "admit",
    "concede",
    "contend",
    "maintain",
    "write",
    "tweet",
    "post",
    "assure",
}


def dates_a_statement(doc, start: int, end: int) -> bool:
    """The date at ``start:end`` of ``doc`` is the day something was said (a verb of
    talking, :data:`TALK_VERBS`, as :func:`dates_a_saying` reads it): "the agency said on
    Thursday", "told reporters on Friday that ..."; or any verb of saying closing its
    sentence as an attribution (:func:`trailing_attribution`: "..., the harbourmaster
    confirmed yesterday."). Such a day is never a timeline event."""
    if not dates_a_saying(doc, start, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = reporting_verb(span) or governing_verb(span)
    if verb is None:
        return False
    return verb.lemma_.lower() in TALK_VERBS or trailing_attribution(verb)


#: verbs that carry no act of their own: the act is their object ("went on strike", "held a
#: referendum", "staged a walkout")
LIGHT_VERBS = {"go", "take", "hold", "stage", "have", "make", "do", "be", "call", "mount"}


def _act_key(tok) -> str | None:
    """The lemma naming the act of ``tok`` (a verb or an event noun): a light verb's object
    ("went on strike" -> "strike"), else the lemma itself, "-ing" nouns stemmed."""
    if tok is None:
        return None
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in LIGHT_VERBS:
        for child in tok.children:
            if child.dep_ in ("dobj", "attr") and child.pos_ == "NOUN":
                return _stem(child.lemma_.lower())
            if child.dep_ == "prep":
                nouns = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                if nouns:
                    return _stem(nouns[0].lemma_.lower())
        return None
    return _stem(tok.lemma_.lower())


def first_thing(span):
    """The noun X of "the first X since <date>" (or "in <N years>",
    :func:`consilience.date_counted_back.counted_years`) for the date ``span`` ("the first
    nurses' strike in the region since 1994" -> "strike"), else None."""
    if span.start == 0:
        return None
    prep = span.doc[span.start - 1].lower_
    if prep != "since" and not (prep == "in" and counted_years(span) is not None):
        return None  # "the first X since 2011", "the first X in nine years"
    doc = span.doc
    lo = max(span.sent.start, span.start - 12)
    firsts = [t for t in doc[lo : span.start - 1] if t.lower_ == "first"]
    if not firsts:
        return None
    thing = firsts[-1].head if firsts[-1].head.pos_ == "NOUN" else None
    while thing is not None and thing.dep_ in ("poss", "compound") and thing.head.i > thing.i:
        thing = thing.head  # "the first nurses' strike": the head of the noun phrase
    if thing is None:
        nouns = [t for t in doc[firsts[-1].i + 1 : span.start - 1] if t.pos_ == "NOUN"]
        thing = nouns[0] if nouns else None
    return thing


def _first_since(doc, span) -> str | None:
    """ "the first nurses' strike since 1994" -> "strike"; "for the first time since 1994"
    / "the first time nurses have struck since 1994" -> the act of the clause."""
    thing = first_thing(span)
    if thing is None:
        return None
    if thing.lemma_.lower() != "time":
        return _stem(thing.lemma_.lower())
    verbs = [
        t
        for t in doc[thing.i + 1 : span.start]
        if t.pos_ == "VERB" and t.lemma_.lower() not in ("be", "have")
    ]
    return _act_key(verbs[0] if verbs else governing_verb(span))


def _last_time(doc, span) -> str | None:
    """ "The last time nurses went on strike was in 1994", "dockers last struck in 2001",
    "the title was last won in 2009": the act whose last occurrence the date gives."""
    lo = span.sent.start
    for t in doc[lo : span.start]:
        if t.lower_ != "last":
            continue
        nxt = doc[t.i + 1] if t.i + 1 < span.start else None
        if nxt is not None and nxt.lower_ == "time":
            verbs = [
                v
                for v in doc[nxt.i + 1 : span.start]
                if v.pos_ in ("VERB", "AUX") and v.dep_ not in ("aux", "auxpass")
            ]
            return _act_key(verbs[0]) if verbs else None
        if t.dep_ == "advmod" and t.head.pos_ == "VERB" and t.head.i > t.i:
            return _act_key(t.head) if t.head == governing_verb(span) else None
    return None


def _not_since(span) -> str | None:
    """ "have not won the league since 2009", "hasn't struck since 1998": the date of the
    last such act."""
    verb = governing_verb(span)
    if verb is None or not any(c.dep_ == "neg" for c in verb.children):
        return None
    return _act_key(verb)


def last_occurrence(doc, start: int, end: int) -> str | None:
    """The act whose last occurrence the date at ``start:end`` of ``doc`` gives, else None:
    "the first strike since 1994", "the last time nurses went on strike was in 1994",
    "dockers last struck in 1994", "have not struck since 1994", "the last strike, in
    1994" (:func:`consilience.date_prior.anterior_noun`) -> "strike". Such dates are
    one event however the sentence around them is worded."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prep = doc[span.start - 1].lower_
    if prep == "since":
        return _first_since(doc, span) or _not_since(span)
    noun = anterior_noun(span)  # "the last strike, in 2002", "a previous outbreak in 2015"
    if noun is not None:
        return _stem(noun.lemma_.lower())
    if prep == "in":
        return _first_since(doc, span) or _last_time(doc, span)
    return None


#: verbs that deny the act they govern: "refused to resign on Tuesday" dates no resignation
REFUSAL_VERBS = {"refuse", "decline", "deny", "reject", "fail", "resist"}


#: prepositions that a negated act turns into the act's earliest date ("not until January")
NOT_UNTIL = frozenset({"until", "till"})


def negative_act(doc, start: int, end: int) -> bool:
    """The act dated at ``start:end`` of ``doc`` is negated or refused: "did not resign on
    Tuesday", "refused (on Tuesday) to resign", "never sailed in 2010". Its verb, raised
    through open complements ("refused to ..."), has a negation or is a verb of refusal
    with a "to" complement (so "the dam failed on Sunday" is an act). A negated act "until"
    a date is done then ("did not reopen until Friday"): no negation."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in NOT_UNTIL:
        return False  # "will not open the crate until January": the act's earliest date
    verb = governing_verb(span) if span is not None else None
    for _ in range(4):
        if verb is None:
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        refusal = verb.lemma_.lower() in REFUSAL_VERBS
        if refusal and any(c.dep_ == "xcomp" for c in verb.children):
            return True  # "refused on Tuesday to resign"
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False  # "the dam failed on Sunday": a refusal verb only with "to ..."
        if verb.head.lemma_.lower() in REFUSAL_VERBS:
            return True
        verb = verb.head
    return False


def unit_texts(analysis: Analysis, extraction) -> list[str]:
    """The event clauses :func:`_mentions` embeds for this article (registered in
    ``brief.UNIT_TEXTS``, so ingest embeds them ahead)."""
    text = doc_text(analysis.doc)
    return [text[cs:ce] for _m, cs, ce in _event_clauses(analysis, extraction)]


def _mentions(ctx: StoryContext) -> list[dict[str, Any]]:
    """Date mentions of the story, in story order, with their event clause and its vector
    (from ``ctx.unit_vectors``, embedded here only when missing)."""
    from .embed import vectors_for

    out = []
    for analysis in ctx.analyses:
        aid = analysis.article.id
        doc = analysis.doc
        text = doc_text(doc)
        vecs = ctx.sentence_vectors.get(aid)
        found = []
        for m, cs, ce in _event_clauses(analysis, ctx.extractions.get(aid)):
            sent_vec = None
            if vecs is not None and 0 <= m.sentence < len(vecs):
                sent_vec = np.asarray(vecs[m.sentence], dtype=np.float32)
            found.append(
                {
                    "m": m,
                    "article": aid,
                    "clause": (cs, ce),
                    "row": _row_span(analysis, ctx.extractions.get(aid), m, (cs, ce)),
                    "text": text[cs:ce],
                    "sent_vec": sent_vec,
                    "ents": _entity_keys(doc, cs, ce),
                    "saying": dates_a_saying(doc, m.start, m.end),
                    "denial": _denial(doc, m),
                    "deadline": _deadline(doc, m),
                    "numbers": _numbers(doc, m),
                    "name": _act_name(doc, m, (cs, ce)),
                    "occasion": occasion_words(doc, m.start, m.end),
                    "night": night_of(text, m.start, m.end),
                    "told": told_acts(doc, m.start, m.end),
                    "field": field_act(text, m.start),
                    "last": last_occurrence(doc, m.start, m.end),
                    # "has not sailed since 2008" dates the last sailing: no negation
                    "negative": negative_act(doc, m.start, m.end)
                    and last_occurrence(doc, m.start, m.end) is None,
                    **_event_args(doc, m.start, m.end, (cs, ce)),
                    **_act_fields(doc, m.start, m.end, (cs, ce)),
                }
            )
        anchor = publication_anchor(analysis)
        for o in found:
            if o["field"]:  # "Delivery date: Wed 14/11/2040": the act the label names
                o["act"] = o["act"] | label_acts(o["field"])
                o["act_agents"], o["roles"] = frozenset(), {}  # "Date" parsed as a subject
            o["planned"] = _planned_by_date(o["planned"], o["m"], anchor)
            o["instead"] = _instead_mention(found, o, len(out))
            o["row_text"] = text[o["row"][0] : o["row"][1]]
            o["ordinals"] = _ordinals(doc, *o["row"])
        clause_vecs = vectors_for([o["text"] for o in found], ctx.unit_vectors.get(aid))
        for o, v in zip(found, clause_vecs, strict=True):
            o["vec"] = v
            if o["sent_vec"] is None:
                o["sent_vec"] = v
        out.extend(found)
    # "the change comes into force in June": the onset of the story's one rule
    for o, resolved in zip(out, resolve_anaphors([o.get("onset") for o in out]), strict=True):
        o["onset"] = resolved
    return out


def _denial(doc, m: DateMention):
    """:func:`consilience.date_denials.denied_date` of the mention ``m`` of ``doc``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return None if span is None else denied_date(span)


def _deadline(doc, m: DateMention) -> bool:
    """:func:`consilience.date_deadlines.deadline_date` of the mention ``m`` of ``doc``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and deadline_date(span)


def _numbers(doc, m: DateMention) -> dict[str, bool]:
    """:func:`consilience.date_deadlines.argument_numbers` of the verb ``m`` dates."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return {} if span is None else argument_numbers(governing_verb(span))


def _act_name(doc, m: DateMention, clause: tuple[int, int]) -> str | None:
    """:func:`consilience.date_subjects.act_name` of the act the mention ``m`` dates, inside
    its event ``clause`` (character offsets)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return None if span is None else act_name(governing_verb(span), span, clause)


def _instead_mention(found: list[dict[str, Any]], o: dict[str, Any], offset: int) -> int | None:
    """The story index (``offset`` + index in ``found``, the article's mentions) of the
    mention holding the date asserted in place of the denied mention ``o`` ("until June,
    not March" -> "June"), else None."""
    tok = o["denial"].instead if o["denial"] is not None else None
    if tok is None:
        return None
    return next(
        (offset + k for k, x in enumerate(found) if x["m"].start <= tok.idx < x["m"].end), None
    )


def _act_fields(doc, start: int, end: int, clause: tuple[int, int]) -> dict[str, Any]:
    """What :func:`same_dated_act` reads besides :func:`_event_args`: the act as lemmas,
    read through support verbs (:func:`consilience.date_act_lexicon.act_head`), whether it
    is planned (ahead of the report), the superlative a "since" date gives, and the words
    of the names in the clause; ``when_act`` the act of a "when" clause on the date
    (:func:`consilience.date_prior.when_clause_event`): {"act": frozenset, "when_act":
    frozenset, "planned": bool, "superlative":
    Superlative | None, "names": frozenset}."""
    span = doc.char_span(start, end, alignment_mode="expand")
    pred = _predicate(span) if span is not None else None
    noun = dated_event_noun(span) if span is not None else None
    head = noun or act_head(pred, span)
    return {
        "act": act_lemmas(head),
        # "broke into the museum on Friday and stole four paintings": the theft dated too
        "co_acts": [(act_lemmas(c), act_things(c)) for c in co_acts(head)],
        # "had an accident in 2016, when a gas explosion injured four men": also an explosion
        "when_act": act_lemmas(when_clause_event(span)) if span is not None else frozenset(),
        "act_agents": act_agents(head),
        "roles": role_names(head),
        "things": act_things(head),
        "subjects": _subject_nouns(head),
        # "Results are due on 4 March": the clause only schedules its subject's coming
        "scheduled": scheduled_nouns(pred, head),
        "scheduled_kinds": scheduled_kinds(pred, head),
        # a date after "since" always lies behind, whatever the clause's tense
        # "The board next meets on January 21": the next of a series lies ahead
        "planned": span is not None
        and not _after_since(span)
        and (planned(span) or next_act_verb(span) is not None),
        "superlative": superlative_since(span) if span is not None else None,
        "names": name_tokens(doc, *clause),
        "prior": span is not None and prior_occurrence(span, governing_verb(span)),
        "next": span is not None and next_occurrence(span) is not None,
        # "will remain closed until Wednesday": the act ending the state is dated
        "until": state_words(until_state(span)) if span is not None else frozenset(),
        "gov": _act_verb(noun),
        # "the glaze firing on the night of 28 March": the event noun the date modifies
        "event_noun": _noun_phrase_key(noun) or _gerund_compound(pred),
        # "the 2031 flood": a year before its event noun names which of its kind
        "year_label": noun is not None and span is not None and span.end <= noun.i,
        # "the glaze firing ... went wrong on 21 March": the event noun whose course is dated
        "course_of": _course_subject(pred),
        # "has been watched since 2021": the date starts a state still holding
        "since": span is not None and _after_since(span),
        # "raises the minimum wage to 15 euros an hour by 2028": the figure reached
        "target": target_of(governing_verb(span)) if span is not None else None,
        # "takes effect on 1 July", "the ban, which will apply from next July": the onset
        "onset": onset(span, governing_verb(span)) if span is not None else None,
    }


def _subject_nouns(head) -> frozenset[str]:
    """Lemmas of the common-noun subjects of the act ``head`` ("Three grey wolves left their
    enclosure" -> {"wolf"}), through an infinitive's governing verb ("a strike is to
    begin": {"strike"}, :func:`consilience.date_act_lexicon.controlled_subjects`); none for
    an event noun or no head."""
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS] or controlled_subjects(head)
    return frozenset(c.lemma_.lower() for c in subjects if c.pos_ == "NOUN")


#: verbs that tell only how an event went or that it took place: a clause with one of them
#: and an event noun as its subject dates that event ("the firing went wrong on Thursday")
COURSE_VERBS = frozenset("happen occur go begin start end finish fail unfold".split())


def _noun_phrase_key(noun) -> str | None:
    """The lemma of ``noun`` with its noun compounds before it ("glaze firing"), or None."""
    if noun is None:
        return None
    parts = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return " ".join([*parts, noun.lemma_.lower()])


def _gerund_compound(pred) -> str | None:
    """ "glaze firing" for a gerund the parser hung on the noun before it as a clause ("the
    glaze *firing* on the night of 28 March": a compound noun read as "the glaze, firing
    ..."), else None."""
    if pred is None or pred.tag_ != "VBG" or pred.dep_ != "acl" or pred.i != pred.head.i + 1:
        return None
    return f"{pred.head.lemma_.lower()} {pred.lower_}"


def _course_subject(head) -> str | None:
    """:func:`_noun_phrase_key` of the definite noun subject of a :data:`COURSE_VERBS` verb
    ``head`` ("*the glaze firing* went badly wrong"), or None."""
    if head is None or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in COURSE_VERBS:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    return _noun_phrase_key(subj)


#: dependencies of an event noun on the verb that does the act to it ("won the election")
NOUN_ACT_DEPS = {"dobj", "nsubjpass"}


def _act_verb(head) -> str | None:
    """The lemma of the verb a dated event noun ``head`` (or None) is the object of ("won
    the 2018 election" -> "win"), else None."""
    if head is None:
        return None
    verb = head.head
    if head.dep_ in NOUN_ACT_DEPS and verb.pos_ == "VERB" and verb.i != head.i:
        return verb.lemma_.lower()
    return None


def _planned_by_date(said: bool, m: DateMention, anchor: _dt.date | None) -> bool:
    """Whether ``m`` dates a planned act, from its clause (``said``, :func:`planned`) and
    its date: a date wholly after the publication day is ahead whatever the tense ("The
    inquiry begins Friday", "The cap takes effect in April next year" in November, "opens
    in 2028"); a year before the publication's is no plan ("the record, set in 2019")."""
    if anchor is None:
        return said
    if int(m.date[:4]) < anchor.year:
        return False
    return said or _wholly_after(m.date, m.precision, anchor)


def _wholly_after(date: str, precision: str, anchor: _dt.date) -> bool:
    """The whole period ``date`` (ISO, of ``precision`` "day", "month" or "year") lies after
    the day ``anchor``."""
    width = {"day": 10, "month": 7, "year": 4}.get(precision)
    return width is not None and date[:width] > anchor.isoformat()[:width]


def _after_since(span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "since"


def _similarity(mentions: list[dict[str, Any]]) -> np.ndarray:
    """Event similarity: mean of clause and sentence cosine, plus a shared-entity bonus."""
    if not mentions:
        return np.zeros((0, 0), dtype=np.float32)
    cv = np.stack([o["vec"] for o in mentions])
    sv = np.stack([o["sent_vec"] for o in mentions])
    sim = 0.5 * (cv @ cv.T) + 0.5 * (sv @ sv.T)
    n = len(mentions)
    for i in range(n):
        for j in range(n):
            a, b = mentions[i]["ents"], mentions[j]["ents"]
            if a and b and a & b:
                sim[i, j] += 0.1 * len(a & b) / len(a | b)
            if i != j and mentions[i]["verb"] and mentions[i]["verb"] == mentions[j]["verb"]:
                sim[i, j] += VERB_BONUS
    return sim


def _cluster(mentions, sim) -> list[list[int]]:
    """Average-linkage agglomeration of mentions with pairwise-compatible dates (clusters
    below :data:`MERGE_SIMILARITY` that only share their day: of one kind of fact,
    :func:`_one_kind`), one
    polarity (an act and its refusal or negation are two entries: "resigned on Tuesday" /
    "refused to resign on Tuesday"), no two different parts of one day
    (:func:`_part_of_day`: "Monday morning" / "Monday evening") and no two different ranks ("the third increase this
    year" / "its fourth increase this year" disagree, they do not support each other)."""
    clusters = [[i] for i in range(len(mentions))]
    key = [(o["m"].date, o["m"].precision) for o in mentions]
    neg = [o["negative"] for o in mentions]
    ranks = [o["ordinals"] for o in mentions]
    parts = [_part_of_day(_with_next_word(o)) for o in mentions]
    denied = [o.get("denial") is not None for o in mentions]
    while True:
        best = None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                cx, cy = clusters[x], clusters[y]
                if not all(
                    compatible(key[i], key[j])
                    and not (denied[i] or denied[j])
                    and neg[i] == neg[j]
                    and not (ranks[i] and ranks[j] and not ranks[i] & ranks[j])
                    and not (parts[i] and parts[j] and parts[i] != parts[j])
                    for i in cx
                    for j in cy
                ):
                    continue
                if {mentions[i]["article"] for i in cx} & {mentions[j]["article"] for j in cy}:
                    # the same article dating the same event twice: only if near-identical
                    s = float(np.mean([sim[i, j] for i in cx for j in cy]))
                    if s < 0.8:
                        continue
                s = float(np.mean([sim[i, j] for i in cx for j in cy]))
                same_day = all(key[i] == key[j] and key[i][1] == "day" for i in cx for j in cy)
                if same_day and s < MERGE_SIMILARITY and not _one_kind(mentions, cx + cy):
                    continue  # "no report had been received" / "no trains will run today"
                need = SAME_DAY_SIMILARITY if same_day else MERGE_SIMILARITY
                if s >= need and (best is None or s > best[0] + 1e-9):
                    best = (s, x, y)
        if best is None:
            return clusters
        _, x, y = best
        clusters[x] = sorted(clusters[x] + clusters[y])
        del clusters[y]


#: parts of a day as news tells them; "evening" and "night" overlap ("Monday evening" /
#: "Monday night" may be one hour), so they are one part
_DAY_PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "night", "night": "night"}


def _with_next_word(o: dict[str, Any]) -> str:
    """A mention's text and the word after it in its clause (the date "Tuesday" of
    "on Tuesday morning" is the weekday alone)."""
    m, clause, text = o["m"], o.get("clause"), o.get("text", "")
    own = getattr(m, "text", "")
    if clause is None or not own:
        return own
    after = text[max(0, m.end - clause[0]) :].split()[:1]
    return " ".join([own, *after])


def _part_of_day(text: str) -> str | None:
    """The part of the day a date mention names ("Monday morning" -> "morning", "on Monday
    evening" -> "night"; see :data:`_DAY_PARTS`), else None. Two mentions of one day in
    different parts date two events: "arrived on Monday morning to find the house empty" /
    "four were found on Monday evening"."""
    words = {_DAY_PARTS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _DAY_PARTS}
    return words.pop() if len(words) == 1 else None


def _one_kind(mentions, members: list[int]) -> bool:
    """The mentions ``members`` are all plans or all done acts: sharing a day is evidence of
    one event only between acts of one kind of fact (a plan and what happened are two
    facts, as in :func:`same_dated_act`: "no reports had been received before this
    morning" and "no trains will run today" share a day, not an event)."""
    return len({bool(mentions[i]["planned"]) for i in members}) == 1


#: ordinal number words (a closed class; spaCy may fold one into a DATE: "the third this
#: year"), and ordinals in digits ("4th")
ORDINAL_WORDS = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
) | {"first"}
_ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _ordinals(doc, start: int, end: int) -> frozenset[str]:
    """Lower-cased ordinals (spaCy ORDINAL entities, :data:`ORDINAL_WORDS`, "4th") in
    characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(
        t.lower_
        for t in span
        if t.ent_type_ == "ORDINAL" or t.lower_ in ORDINAL_WORDS or _ORDINAL_DIGITS.match(t.lower_)
    )


#: a cluster of at least this many mentions takes its line from its most central one
MEDOID_MEMBERS = 3


def _finest(mentions, members, sim=None) -> int:
    """The mention whose date and clause an entry shows: of those of the finest precision,
    the first; with ``sim`` (event similarities) and at least :data:`MEDOID_MEMBERS`
    mentions, the one closest on average to the others (the medoid), so that an outlier's
    wording ("at six in the morning" where two say "5:30") never speaks for the
    majority it is cited with; ties by index."""
    top = max(PRECISION_RANK[mentions[i]["m"].precision] for i in members)
    finest = [i for i in members if PRECISION_RANK[mentions[i]["m"].precision] == top]
    if sim is None or len(members) < MEDOID_MEMBERS:
        return min(finest)

    def closeness(i: int) -> float:
        return round(float(np.mean([sim[i, j] for j in members if j != i])), 6)

    return min(finest, key=lambda i: (-closeness(i), i))


def _sort_key(date: str) -> tuple[int, int, int]:
    parts = [int(p) for p in date.split("-")]
    return (parts + [0, 0])[0], (parts + [0, 0])[1], (parts + [0, 0, 0])[2]


def _entry(mentions, members: list[int], order: dict[str, int], sim=None) -> dict[str, Any]:
    """The timeline entry of one cluster of mentions: the finest date among them, the event
    clause it rests on (of the most central mention, :func:`_finest`, with ``sim``), every
    article and clause citing it (``until`` for a span of years)."""
    rep = _finest(mentions, members, sim)
    m = mentions[rep]["m"]
    ordered = sorted(members, key=lambda i: (order[mentions[i]["article"]], mentions[i]["m"].start))
    citations = []
    seen = set()
    for i in ordered:
        c = (mentions[i]["article"], *mentions[i]["row"])
        if c not in seen:
            seen.add(c)
            citations.append(Span(*c).to_json())
    return {
        "date": m.date,
        "precision": m.precision,
        **({"until": m.until} if m.until else {}),
        "text": mentions[rep]["row_text"],
        "articles": sorted({mentions[i]["article"] for i in members}, key=lambda a: order[a]),
        "citation": Span(mentions[rep]["article"], *mentions[rep]["row"]).to_json(),
        "citations": citations,
        "mentions": [
            {
                "article": mentions[i]["article"],
                "text": mentions[i]["m"].text,
                "date": mentions[i]["m"].date,
                "precision": mentions[i]["m"].precision,
                "citation": mentions[i]["m"].span.to_json(),
            }
            for i in ordered
        ],
        "_members": members,
    }


def build_timeline(ctx: StoryContext) -> dict[str, list[dict[str, Any]]]:
    """Timeline entries (one per dated event, all its sources) and date conflicts:
    {"timeline": [entry], "conflicts": [conflict]} (see the module doc and docs/brief-json.md)."""
    mentions = _mentions(ctx)
    if not mentions:
        return {"timeline": [], "conflicts": []}
    sim = _similarity(mentions)
    order = {a.article.id: i for i, a in enumerate(ctx.analyses)}
    entries = [_entry(mentions, members, order, sim) for members in _cluster(mentions, sim)]
    entries.sort(
        key=lambda e: (
            _sort_key(e["date"]),
            -PRECISION_RANK[e["precision"]],
            order[e["citation"]["article"]],
            e["citation"]["start"],
        )
    )
    kinds = name_kinds(a.doc for a in ctx.analyses)
    groups = _denial_groups(mentions, sim, entries, _conflict_groups(mentions, sim, entries, kinds))
    items = [(g, _conflict_item(mentions, entries, g, order)) for g in groups]
    # an article keeps one side of a dispute (:func:`_one_side_each`); what is left may be
    # one article's one date, told twice: no disagreement between articles
    items = [(g, c) for g, c in items if _disagrees(c)]
    groups, conflicts = [g for g, _ in items], [c for _, c in items]
    entries = _one_line_per_act(entries, groups, conflicts, order)
    # a denied date ("until June, not March") is no event of its own, nor is the year a
    # superlative is measured from ("its highest level since 2008") unless it is disputed
    entries = [e for e in entries if not _denied_entry(mentions, e)]
    entries = [e for e in entries if e.get("disputed") or not _baseline_entry(mentions, e)]
    # a year counted back ("the first final in nine years") is good to a year: no line alone
    entries = [e for e in entries if e.get("disputed") or not _counted_entry(mentions, e)]
    for e in entries:
        del e["_members"]
    return {"timeline": entries, "conflicts": conflicts}


def _disagrees(conflict: dict[str, Any]) -> bool:
    """A date conflict whose readings come from two or more articles and give two or more
    dates that are not :func:`compatible`."""
    readings = conflict["readings"]
    if len({r["article"] for r in readings}) < 2:
        return False
    return any(
        not compatible((a["value"], a["precision"]), (b["value"], b["precision"]))
        for a in readings
        for b in readings
        if a["article"] != b["article"]
    )


def _baseline_entry(mentions, entry: dict[str, Any]) -> bool:
    """Every mention of ``entry`` is the date a superlative is measured from ("the highest
    level since 2008", :func:`consilience.date_act_lexicon.superlative_since`): a baseline
    of comparison, no event the story tells."""
    return all(mentions[i].get("superlative") is not None for i in entry["_members"])


def _counted_entry(mentions, entry: dict[str, Any]) -> bool:
    """Every mention of ``entry`` is the last occurrence of an act counted back from the
    report ("the first final in nine years", :func:`consilience.date_counted_back.
    counted_text`; not "will open in two years", a date ahead)."""
    return all(
        counted_text(mentions[i]["m"].text) and mentions[i]["last"] is not None
        for i in entry["_members"]
    )


def _denied_entry(mentions, entry: dict[str, Any]) -> bool:
    """Every mention of ``entry`` is a date its sentence denies."""
    return all(mentions[i].get("denial") is not None for i in entry["_members"])


def _denial_groups(mentions, sim, entries, groups: list[list[int]]) -> list[list[int]]:
    """``groups`` (of :func:`_conflict_groups`) with the conflicts that denials state: a
    date one article denies while asserting another ("expected to run until June, not
    March") contradicts the entry of other articles that the denied date would have joined
    had it been asserted (its best entry of compatible date at :data:`MERGE_SIMILARITY`,
    the clustering's own rule): that entry and the asserted date's entry are one act dated
    differently, joined to a group either already belongs to."""
    entry_of = {i: x for x, e in enumerate(entries) for i in e["_members"]}
    for d, o in enumerate(mentions):
        if o["instead"] is None or o["saying"]:
            continue
        alt = entry_of[o["instead"]]
        target = _denied_reading(mentions, sim, entries, d, alt)
        if target is None or set(entries[target]["articles"]) & set(entries[alt]["articles"]):
            continue
        home = next((g for g in groups if alt in g or target in g), None)
        if home is None:
            groups.append(sorted([target, alt]))
            continue
        for x in (target, alt):
            taken = {a for y in home for a in entries[y]["articles"]}
            if x not in home and not taken & set(entries[x]["articles"]):
                home.append(x)
                home.sort()
    return groups


def _denied_reading(mentions, sim, entries, d: int, alt: int) -> int | None:
    """The entry of other articles that the denied mention ``d`` names (compatible date,
    mean event similarity at least :data:`MERGE_SIMILARITY`, no saying, no denial), whose
    date the entry ``alt`` of the date asserted instead contradicts; the most similar, else
    None."""
    o = mentions[d]
    key = (o["m"].date, o["m"].precision)
    best = None
    for y, e in enumerate(entries):
        members = [i for i in e["_members"] if not mentions[i]["saying"]]
        if not members or o["article"] in e["articles"] or _denied_entry(mentions, e):
            continue
        if not compatible(key, (e["date"], e["precision"])) or compatible(
            (entries[alt]["date"], entries[alt]["precision"]), (e["date"], e["precision"])
        ):
            continue
        s = float(np.mean([sim[d, i] for i in members]))
        if s >= MERGE_SIMILARITY and (best is None or s > best[0] + 1e-9):
            best = (s, y)
    return None if best is None else best[1]


def _one_line_per_act(entries, groups, conflicts, order) -> list[dict[str, Any]]:
    """``entries`` with the entries of each date conflict (``groups``, ``conflicts``) made
    one disputed entry (:func:`_disputed_entry`), in timeline order."""
    merged = [_disputed_entry(entries, g, c, order) for g, c in zip(groups, conflicts, strict=True)]
    grouped = {x for g in groups for x in g}
    out = [e for x, e in enumerate(entries) if x not in grouped] + merged
    out.sort(
        key=lambda e: (
            _sort_key(e["date"]),
            -PRECISION_RANK[e["precision"]],
            order[e["citation"]["article"]],
            e["citation"]["start"],
        )
    )
    return out


def _disputed_entry(entries, group: list[int], conflict: dict[str, Any], order) -> dict[str, Any]:
    """One timeline entry for one act dated differently: the date and line of the entry the
    majority of the conflict supports (else the first), every article and citation, marked
    ``"disputed": true`` with ``"dates"``, each reading's date, precision and articles."""
    majority = set(conflict["majority"])
    lead = next((x for x in group if majority and set(entries[x]["articles"]) <= majority), None)
    rep = entries[group[0] if lead is None else lead]
    members = sorted({i for x in group for i in entries[x]["_members"]})
    citations: list[dict[str, Any]] = []
    for x in group:
        citations += [c for c in entries[x]["citations"] if c not in citations]
    citations.sort(key=lambda c: (order[c["article"]], c["start"]))
    mentions = [m for x in group for m in entries[x]["mentions"]]
    mentions.sort(key=lambda m: (order[m["article"]], m["citation"]["start"]))
    dates = [
        {
            "date": entries[x]["date"],
            "precision": entries[x]["precision"],
            "articles": entries[x]["articles"],
        }
        for x in sorted(group, key=lambda x: _sort_key(entries[x]["date"]))
    ]
    return {
        "date": rep["date"],
        "precision": rep["precision"],
        "text": rep["text"],
        "articles": sorted({a for x in group for a in entries[x]["articles"]}, key=order.get),
        "citation": rep["citation"],
        "citations": citations,
        "mentions": mentions,
        "disputed": True,
        "dates": dates,
        "_members": members,
    }


def _same_event(mentions, sim, ex: dict[str, Any], ey: dict[str, Any], kinds=None) -> bool:
    """Two timeline entries date the same event: some pair of their mentions, neither the
    day of a saying (:func:`dates_a_saying`) nor a span of years, that disagree at their
    common precision (:func:`_comparable`) and of one polarity (an act and its negation
    date no one act), dates one act (:func:`same_dated_act`, the next
    occurrence :func:`_same_next`, or one thing named and told by its kind, with ``kinds``
    from :func:`consilience.date_named_things.name_kinds`, :func:`_same_thing_named`)."""
    pairs = sorted(
        (
            (i, j)
            for i in ex["_members"]
            for j in ey["_members"]
            if not (mentions[i]["saying"] or mentions[j]["saying"])
        ),
        key=lambda p: (-sim[p[0], p[1]], p[0], p[1]),
    )
    for i, j in pairs:
        a, b = mentions[i], mentions[j]
        if a["m"].until or b["m"].until:
            continue
        if a["negative"] != b["negative"]:
            continue  # "opened in 1936" / "has not opened for the 2035 season": no one act
        if not _comparable(a["m"], b["m"], ahead=a["planned"] and b["planned"]):
            continue
        if inside_deadline(
            (a["m"].date, a.get("deadline", False), a.get("numbers", {})),
            (b["m"].date, b.get("deadline", False), b.get("numbers", {})),
        ):
            continue  # "12 libraries by the end of 2027" admits "one on 4 March 2027"
        if same_dated_act(a, b, float(sim[i, j])) or _same_next(mentions, sim, i, j):
            return True
        if _same_coming(mentions, sim, i, j):
            return True
        if _same_thing_named(mentions, sim, i, j, kinds or {}):
            return True
        if _state_and_its_end(a, b, float(sim[i, j])):
            return True
    return False


def _state_and_its_end(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One side dates the end of a state ("will remain closed until Wednesday",
    :func:`consilience.date_acts.until_state`), the other the act that ends it ("will reopen
    on Monday", :func:`consilience.date_acts.ends_state`) or the end of the same state
    (:func:`_one_state`: "suspended until Monday" / "until Wednesday"): one planned act dated twice, when
    both are planned, with no different arguments or things, clauses at least
    :data:`ACT_SIMILARITY` alike."""
    if not (a["planned"] and b["planned"]) or _other_args(a, b):
        return False
    if other_things(a["things"], b["things"]) or sim < ACT_SIMILARITY:
        return False
    if a["until"] and b["until"]:
        # "flights are suspended until Monday" / "remain suspended until Wednesday"
        return _one_state(a["until"], b["until"])
    return (bool(a["until"]) and ends_state(a["until"], b["act"])) or (
        bool(b["until"]) and ends_state(b["until"], a["act"])
    )


def _one_state(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two states (:func:`consilience.date_acts.state_words`) are one: a shared word, or
    one WordNet sense as verbs or adjectives ("closed" / "shut")."""
    if x & y:
        return True
    return any(lexicon.same_sense(u, v, pos) for u in sorted(x) for v in sorted(y) for pos in "va")


def _same_thing_named(mentions, sim, i: int, j: int, kinds) -> bool:
    """Mentions ``i`` and ``j`` of two articles date one act on one thing that one article
    names and the other calls by the kind the story gives the name ("the ferry Marisol
    Star": "The Marisol Star, built in 1998" / "The ferry, built in 2001";
    :func:`_thing_named_pair`), and each is the other's most similar such mention in its
    article (such participle clauses sit in sentences about other things, so the decision
    is relative, not a bound on similarity)."""
    a, b = mentions[i], mentions[j]
    if not _thing_named_pair(a, b, kinds):
        return False
    return _best_named(mentions, sim, i, b["article"], kinds) == j and (
        _best_named(mentions, sim, j, a["article"], kinds) == i
    )


def _best_named(mentions, sim, i: int, article: str, kinds) -> int | None:
    """The mention of ``article`` most similar to mention ``i`` among those that pair with
    it by :func:`_thing_named_pair`."""
    a = mentions[i]
    cands = [
        k
        for k, o in enumerate(mentions)
        if o["article"] == article and _thing_named_pair(a, o, kinds)
    ]
    return max(cands, key=lambda k: (float(sim[i, k]), -k), default=None)


def _thing_named_pair(a: dict[str, Any], b: dict[str, Any], kinds) -> bool:
    """One act, done (not planned, not an earlier or next occurrence), on one thing named on
    one side and told by its kind on the other (:func:`consilience.date_named_things.
    one_thing`), no different arguments, things or names."""
    if any(o["planned"] or o["superlative"] or o["prior"] or o["next"] for o in (a, b)):
        return False
    if a["last"] is not None or b["last"] is not None or a["objects"] & b["objects"]:
        return False  # a thing named alike on both sides is for the other rules
    if not one_thing(a["objects"], b["objects"], kinds) or not same_act(a["act"], b["act"]):
        return False
    if _other_args(a, b) or other_things(a["things"], b["things"]):
        return False
    return not (a["names"] and b["names"] and not a["names"] & b["names"])


def _same_next(mentions, sim, i: int, j: int) -> bool:
    """Mentions ``i`` and ``j`` of two articles both date the next occurrence of the story's
    scheduled act (:func:`consilience.date_prior.next_occurrence`: "the next decision will be
    announced on 5 November" / "at the next meeting on November 12"): both planned, no
    different places, named subjects or kinds, and each the other's most similar such mention in its article (the
    embedder does not tell one scheduled act from another, so the decision is relative)."""
    a, b = mentions[i], mentions[j]
    if not (a["next"] and b["next"] and a["planned"] and b["planned"]):
        return False
    if any(a[k] and b[k] and not a[k] & b[k] for k in ("places", "agents")):
        return False
    # series markers are what "next" is about ("another increase at the next meeting")
    kinds = [o["kinds"] - SERIES_WORDS - POSTERIOR for o in (a, b)]
    if kinds[0] and kinds[1] and not kinds[0] & kinds[1]:
        return False
    return _best_next(mentions, sim, i, b["article"]) == j and (
        _best_next(mentions, sim, j, a["article"]) == i
    )


def _same_coming(mentions, sim, i: int, j: int) -> bool:
    """Mentions ``i`` and ``j`` of two articles date the coming of one scheduled thing
    (:func:`consilience.date_scheduled.same_scheduled`: "Results are due on 4 March" /
    "will report full-year results on Feb. 25"), with no different arguments or things,
    clauses at least :data:`CLASS_SIMILARITY` alike and each the other's most similar such
    mention in its article (a story may schedule several things of one kind)."""
    a, b = mentions[i], mentions[j]
    if not same_scheduled(a, b) or _other_args(a, b) or sim[i, j] < CLASS_SIMILARITY:
        return False
    if other_names(a["roles"], b["roles"]):
        return False
    return _best_coming(mentions, sim, i, b["article"]) == j and (
        _best_coming(mentions, sim, j, a["article"]) == i
    )


def _best_coming(mentions, sim, i: int, article: str) -> int | None:
    """The mention of ``article`` most similar to mention ``i`` among those dating the
    coming of one scheduled thing with it (:func:`same_scheduled`)."""
    a = mentions[i]
    cands = [k for k, o in enumerate(mentions) if o["article"] == article and same_scheduled(a, o)]
    return max(cands, key=lambda k: (float(sim[i, k]), -k), default=None)


def _best_next(mentions, sim, i: int, article: str) -> int | None:
    """The planned next-occurrence mention of ``article`` most similar to mention ``i``."""
    cands = [
        k for k, o in enumerate(mentions) if o["article"] == article and o["next"] and o["planned"]
    ]
    return max(cands, key=lambda k: (float(sim[i, k]), -k), default=None)


def _comparable(a: DateMention, b: DateMention, ahead: bool = False) -> bool:
    """Two dates that disagree at their common precision ("2019" / "March 2020"). Dates of
    other precisions only when both or neither name their year: "opened in 1965" and
    "opened on Friday" (or "in March", resolved against the publication date) are an old
    and a recent act, not one act dated twice; but two dates of a planned act (``ahead``)
    both lie ahead, so "will go on display in October" / "from spring 2027" compare. A
    week only with a week, unless it is a named part of a week (:data:`WEEK_PARTS`: "last
    weekend" is two known days, "last week" a loose span)."""
    if a.precision == b.precision == "year" and near_years(a.date, b.date):
        if counted_text(a.text) or counted_text(b.text):
            return False  # "in nine years" is good to a year either way
    if a.precision != b.precision:
        if "week" in (a.precision, b.precision):
            week = a if a.precision == "week" else b
            if not set(re.findall(r"[a-z]+", week.text.lower())) & set(WEEK_PARTS):
                return False
        if bool(_YEAR_RE.search(a.text)) != bool(_YEAR_RE.search(b.text)) and not ahead:
            return False
    return not compatible((a.date, a.precision), (b.date, b.precision))


CLASS_SIMILARITY = 0.4  # one act class and one thing acted on: clauses this alike


def same_dated_act(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """Two date mentions (as :func:`_mentions` gives them) with event similarity ``sim``
    date one act: the last occurrence of one act ("the first strike since 1994" / "the last
    time nurses went on strike was in 1994", :func:`last_occurrence`); one act class about
    one thing (:func:`_same_class_act`); one named one-day occasion, whatever act the
    clauses tell of it (:func:`consilience.date_occasions.same_occasion`); the act a record's
    field names and the same act told in a clause (:func:`consilience.date_fields.
    field_act`: a record is of the story's thing); one act named alike in other words
    (:func:`_same_act_by_lexicon`); one thing acted on in other verbs
    (:func:`_same_act_on_thing`); the act before the story's, counted by one rank in both
    (:func:`_same_rank_before`); one happening, the subject, on one thing
    (:func:`_same_happening`); one night dated twice, told by other acts
    (:func:`consilience.date_nights.same_night`); or very similar clauses with the same
    verb, sharing an
    entity or an object, not different events by their arguments. Never two acts whose
    arguments give one role different names
    (:func:`consilience.date_act_lexicon.other_names`), nor opposite acts on one dated
    event noun ("won the 2018 election" / "lost the 2022 election"), nor a planned act and a
    done one
    (a plan and what happened are two facts); a superlative "since" a year only with
    another (:func:`_same_superlative`)."""
    if a["superlative"] or b["superlative"]:
        return _same_superlative(a, b, sim)
    if a.get("year_label") and b.get("year_label"):
        return False  # "the 2031 flood" / "the 2036 flood": each year names its own flood
    if other_names(a["roles"], b["roles"]):
        return False  # "confiscated the Solvik" / "confiscated the Havbris": two acts
    if a["gov"] and b["gov"] and lexicon.opposite(a["gov"], b["gov"], "v"):
        return False  # "won the 2018 election" / "lost the 2022 election": two elections
    if a["planned"] != b["planned"]:
        return False  # "will resume on Monday" / "resumed on Wednesday": a plan and an act
    if a["planned"] and same_onset(a.get("onset"), b.get("onset")) and not _other_args(a, b):
        return sim >= CLASS_SIMILARITY  # "takes effect on 1 July" / "to come into force in 2028"
    if same_occasion(a.get("occasion", frozenset()), b.get("occasion", frozenset())):
        return True  # one named one-day occasion: "drew pegs for the X Final" / "at the X Final"
    if a.get("field") or b.get("field"):
        if a["act"] & b["act"] & set(VERB_CLASSES):
            # "Start: 15/05/2044" / "Refilling began on 16 May": a form's start or end is
            # of its own record; another start is the same one only told alike
            return sim >= CONFLICT_SIMILARITY
        return bool(a["act"] & b["act"])  # "Date felled: 11 April" / "felled the oak on 10 April"
    if a["last"] is not None and b["last"] is not None:
        if _same_last(a["last"], b["last"]):
            return sim >= LAST_SIMILARITY and not _other_args(a, b)
        if _sister_acts(a["last"], b["last"]) and sim >= LAST_SIMILARITY:
            # "last seen in 1962" / "the last sighting was in 1958", of one thing
            return not (_other_args(a, b) or _other_objects(a, b))
    if _same_prior(a, b, sim):
        return True
    if _same_class_act(a, b, sim):
        return True
    if _same_act_by_lexicon(a, b, sim):
        return True
    if _same_act_on_thing(a, b, sim):
        return True
    if _same_state_since(a, b, sim):
        return True
    if _same_target_step(a, b, sim):
        return True
    if _same_kindred_act(a, b, sim):
        return True
    if _same_journey(a, b, sim):
        return True
    if _same_happening(a, b, sim):
        return True
    if _same_event_noun(a, b, sim):
        return True
    if same_night(a, b, sim, ACT_SIMILARITY) and not _other_args(a, b):
        return True  # "the attack took place on the night of 23 March" / "... of 22 March"
    if _same_rank_before(a, b, sim):
        return True
    if _same_when_act(a, b, sim):
        return True
    return (
        (same_event_args(a, b) or _same_act_other_words(a, b, sim))
        and sim >= CONFLICT_SIMILARITY
        and bool(a["ents"] & b["ents"] or a["objects"] & b["objects"])
    )


def _same_when_act(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One side's act is the act of the other's "when" clause on its date ("the chain
    hoist failed on 20 May" / "on 19 May the walkway dropped when a chain hoist failed":
    the date dates both), neither planned, no different arguments, clauses at least
    :data:`MERGE_SIMILARITY` alike; or both "when" clauses tell one act, clauses at least
    :data:`CONFLICT_SIMILARITY` alike."""
    if a["planned"] or b["planned"] or _other_args(a, b):
        return False
    told = (a["act"] & b["when_act"]) or (b["act"] & a["when_act"])
    if told:
        return sim >= MERGE_SIMILARITY
    # "were kayaking on 9 June when a squall blew" / "was leading a session on 10 June
    # when a squall blew off the land": two scenes of one happening
    return bool(a["when_act"] & b["when_act"]) and sim >= CONFLICT_SIMILARITY


def _same_last(x: str, y: str) -> bool:
    """Two acts whose last occurrence is dated (:func:`last_occurrence`) are one: the same
    word, or words of one act by WordNet ("strike" / "walkout", "eruption" / "erupt")."""
    return x == y or same_act(_word_act(x), _word_act(y))


def _other_objects(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both acts name what they act on, and nothing in common ("won the league" /
    "received a penalty")."""
    return bool(a["objects"] and b["objects"] and not a["objects"] & b["objects"])


def _sister_acts(x: str, y: str) -> bool:
    """Two acts (words as :func:`last_occurrence` gives them) are kinds of one act in
    WordNet: verbs of theirs, not opposites, sharing a direct hypernym among their first two
    senses ("sight" and "see": both ways to perceive)."""
    for vx in sorted(_word_act(x)):
        for vy in sorted(_word_act(y)):
            if vx == vy or lexicon.opposite(vx, vy, "v"):
                continue
            if lexicon.hypernyms(vx, "v", first=2) & lexicon.hypernyms(vy, "v", first=2):
                return True
    return False


def _word_act(word: str) -> frozenset[str]:
    return frozenset({word}) | lexicon.verbs_of(word)


#: clauses this alike date the last occurrence of one act ("the first eruption since 1987"
#: / "the last eruption, in 1991": one act by its word, so a looser bound than others)
LAST_SIMILARITY = 0.35
#: clauses this alike, both telling an earlier occurrence (:func:`_same_prior`), are one act
#: in other verbs: "payroll system was hit by an attack in 2021" / "was previously hit in
#: 2019" 0.78; not "previously closed its aviary in 2019" / "a wolf escaped in 2021" 0.73
PRIOR_SIMILARITY = 0.75


def _same_prior(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """Both dates give an earlier occurrence of the story's kind of act
    (:func:`consilience.date_prior.prior_occurrence` or :func:`last_occurrence`: "its
    payroll system was hit by an attack in 2021, not the first time" / "the trust was
    previously hit in 2019"), neither planned, clauses at least :data:`PRIOR_SIMILARITY`
    alike, no different arguments; or both name one act and are at least
    :data:`MERGE_SIMILARITY` alike."""
    prior = [o["prior"] or o["last"] is not None for o in (a, b)]
    if not all(prior) or a["planned"] or b["planned"] or _other_args(a, b):
        return False
    acts = [o["act"] | o["when_act"] for o in (a, b)]
    things_differ = other_things(a["things"], b["things"]) and not _both_back(a, b)
    if same_act(*acts) and not things_differ:
        return sim >= MERGE_SIMILARITY
    return sim >= PRIOR_SIMILARITY


#: a thing told only by "the" and one noun ("the painting", "the work"): it points back to
#: the thing the story is about, whatever noun each writer picks
_BACK_REFERENCE = re.compile(r"^the [a-z]+$")


def _both_back(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both acts are done to a thing told only by "the" and a bare noun (``thing``): an
    earlier theft of "the painting" and of "the work" in one story is one earlier theft of
    the story's painting, not two acts on other things."""
    return all(_BACK_REFERENCE.match(str(o.get("thing") or "")) for o in (a, b))


def _same_superlative(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """Both dates give the last time a superlative was matched ("the deadliest crash since
    2011" / "the worst on the railways since 2009"), of one property of one subject
    (:func:`consilience.date_act_lexicon.same_superlative`), clauses at least
    :data:`MERGE_SIMILARITY` alike; a superlative and any other dated act are two things."""
    if not (a["superlative"] and b["superlative"]) or _other_args(a, b):
        return False
    return same_superlative(a["superlative"], b["superlative"]) and sim >= MERGE_SIMILARITY


#: clauses this alike date one act named alike (:func:`_same_act_by_lexicon`) ...
ACT_SIMILARITY = 0.5
#: ... or this alike when they also share a name
ACT_NAMED_SIMILARITY = 0.4


def _same_act_by_lexicon(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One act named alike (:func:`_same_named_act`), by the verb of either side or a verb
    coordinated with it that its date dates too (``co_acts``: "broke into the museum early
    on Friday and stole four paintings" / "the theft of four paintings ... on Thursday")."""
    return any(_same_named_act(x, y, sim) for x in _act_readings(a) for y in _act_readings(b))


def _act_readings(o: dict[str, Any]) -> list[dict[str, Any]]:
    """Mention ``o`` as its own act and as each act coordinated with it (``co_acts``)."""
    return [o] + [{**o, "act": act, "things": things} for act, things in o.get("co_acts", [])]


def _same_named_act(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One act named alike (:func:`consilience.date_act_lexicon.same_act`: "take place" /
    "pass sentence" / "set sentencing for", "seized" / "abducted"), no different places, named
    subjects, kinds or steps of a series, no two disjoint sets of names, and clauses at
    least :data:`ACT_SIMILARITY` alike (:data:`ACT_NAMED_SIMILARITY` with a shared name or
    a shared step of a series: "the first dog died" / "the first death")."""
    if not same_act(a["act"], b["act"]) or _other_series(a, b):
        return False
    if any(a[k] and b[k] and not a[k] & b[k] for k in ("places", "act_agents", "kinds")):
        return False
    if other_things(a["things"], b["things"]):
        return False  # "opened a plant in 1987" / "opened a showroom in 1989"
    shared = a["names"] & b["names"]
    if a["names"] and b["names"] and not shared:
        return False
    # one step of a series named on both sides ("the *first* dog died" / "the *first* death")
    # picks the act as a shared name does
    placed = a.get("ordinals", frozenset()) & b.get("ordinals", frozenset())
    return sim >= (ACT_NAMED_SIMILARITY if shared or placed else ACT_SIMILARITY)


def _same_class_act(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One act class (:func:`predicate_classes`), whatever the verbs ("built" / "completed",
    "has been chief since" / "took over as chief"), about one named thing or role, clauses
    at least :data:`CLASS_SIMILARITY` alike; when one side does not name what is acted on,
    a shared entity and :data:`CONFLICT_SIMILARITY`, except for classes whose thing must be
    named on both sides ("joined in 2015" / "became chief in 2019" are two acts); for acts
    that befall their subject (:data:`SUBJECT_THING_CLASSES`), a shared subject."""
    shared = a["classes"] & b["classes"]
    if not shared or _other_args(a, b):
        return False
    if shared & SUBJECT_THING_CLASSES and not (a["objects"] and b["objects"]):
        return bool(a["subjects"] & b["subjects"]) and sim >= CLASS_SIMILARITY
    if a["objects"] and b["objects"]:
        same = a["objects"] & b["objects"] or (shared & ALIKE_THING_CLASSES and _alike_things(a, b))
        return bool(same) and sim >= CLASS_SIMILARITY
    if shared & NAMED_THING_CLASSES:
        return False
    return bool(a["ents"] & b["ents"]) and sim >= CONFLICT_SIMILARITY


#: classes of acts that befall their subject ("the gate gave way", "a top gate failed"):
#: the thing is the subject when an object is not named on both sides
SUBJECT_THING_CLASSES = {"collapse"}
#: classes whose thing acted on may be named in other words by two articles ("discovered
#: the breach" / "spotted the intrusion"): one story has one such thing
ALIKE_THING_CLASSES = {"discover"}
#: embedder cosine of two things' phrases: "the breach" / "the intrusion" 0.61, "the fraud"
#: / "the theft" 0.67; not "the crack" / "the leak" 0.55, "the body" / "the car" 0.51
THING_SIMILARITY = 0.58


def _alike_things(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The things two dated acts act on are one thing in other words: embedder cosine of
    their phrases (:func:`thing_text`) at least :data:`THING_SIMILARITY`."""
    if not a["thing"] or not b["thing"]:
        return False
    return _thing_cosine(*sorted((a["thing"], b["thing"]))) >= THING_SIMILARITY


@functools.lru_cache(maxsize=1024)
def _thing_cosine(x: str, y: str) -> float:
    from .embed import embed_texts

    vx, vy = embed_texts([x, y])
    return float(np.dot(vx, vy))


#: embedder cosine of two acts on one thing told as "<verb> the <thing>": "inspect the
#: slope" / "look at the slope" 0.885, "inspect the dam" / "check the dam" 0.842; not
#: "inspect the slope" / "repair the slope" 0.783, "find the body" / "identify the body"
#: 0.791, "build" / "complete the bridge" 0.825 (two steps of one work)
ACT_PHRASE_SIMILARITY = 0.84


def _same_act_on_thing(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One act on one thing in other verbs ("the slope was inspected in September" /
    "engineers last looked at the slope in July"): a thing both acts act on
    (``things``, a phrasal verb's object included), no different arguments, acts that are
    not opposites, the acts told on that thing at least :data:`ACT_PHRASE_SIMILARITY` alike
    (:func:`_act_cosine`) and clauses at least :data:`ACT_SIMILARITY` alike."""
    shared = sorted(a["things"] & b["things"])
    if not shared or not a["act"] or not b["act"] or sim < ACT_SIMILARITY:
        return False
    if _other_args(a, b) or other_names(a["roles"], b["roles"]):
        return False
    va, vb = _act_verb_text(a["act"]), _act_verb_text(b["act"])
    if va == vb or lexicon.opposite(va.replace(" ", "_"), vb.replace(" ", "_"), "v"):
        return va == vb
    return _act_cosine(*sorted((f"{va} the {shared[0]}", f"{vb} the {shared[0]}"))) >= (
        ACT_PHRASE_SIMILARITY
    )


#: clauses this alike suffice for one state since two dates (:func:`_same_state_since`):
#: the thing and the kind of act are checked on the parse, and a pronoun subject ("It has
#: been protected by volunteers since 2017" / "The lighthouse has been guarded by
#: volunteers since 2014": 0.35) leaves the clause vectors far apart
SINCE_SIMILARITY = 0.3


def _same_state_since(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One state of one thing said to hold "since" two years ("the lake had been monitored
    since 2019" / "it has been watched since 2021"): both dates after "since", neither
    planned, a thing both act on (a pronoun read as its noun), no different arguments or
    role names, acts of one kind in WordNet (:func:`kindred_acts`) and clauses at least
    :data:`SINCE_SIMILARITY` alike. A state's start has one date, so two are a conflict."""
    if not (a.get("since") and b.get("since")) or a["planned"] or b["planned"]:
        return False
    if not a["things"] & b["things"] or sim < SINCE_SIMILARITY:
        return False
    if _other_args(a, b) or other_names(a["roles"], b["roles"]):
        return False
    return kindred_acts(a["act"], b["act"])


def _same_target_step(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One planned step dated twice: both acts bring one thing to one figure ("raises the
    minimum wage to 15 euros an hour by 2028" / "the minimum wage is to reach 15 euros an
    hour by 2029", :func:`consilience.date_targets.same_target`), both planned, no
    different arguments, clauses at least :data:`ACT_SIMILARITY` alike."""
    if not (a["planned"] and b["planned"]) or sim < ACT_SIMILARITY:
        return False
    return same_target(a.get("target"), b.get("target")) and not _other_args(a, b)


#: clauses this alike, besides one kind of act by one doer, make two verbs one act
KINDRED_SIMILARITY = 0.85


def _same_kindred_act(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One done act told by two verbs of one kind in WordNet (:func:`kindred_acts`): "Three
    grey wolves left their enclosure at Hollin Wildlife Park on Friday evening" / "Four
    wolves escaped from Hollin Wildlife Park on Thursday night" (escape is a way to leave).
    Neither planned, a noun that does or undergoes the act on both sides (a subject or a
    thing acted on: "wolf"), a shared name, no different arguments or role names, and
    clauses at least :data:`KINDRED_SIMILARITY` alike."""
    if a["planned"] or b["planned"] or sim < KINDRED_SIMILARITY:
        return False
    nouns_a = a["things"] | a.get("subjects", frozenset())
    if not nouns_a & (b["things"] | b.get("subjects", frozenset())):
        return False
    if not a["names"] & b["names"] or not a["act"] or not b["act"]:
        return False
    if _other_args(a, b) or other_names(a["roles"], b["roles"]):
        return False
    return kindred_acts(a["act"], b["act"]) or _one_way_of(a["act"], b["act"])


def _same_happening(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One happening, its subject, told by two verbs on one thing ("The fireball lit up the
    county" / "A fireball crossed the county", :func:`happening_subjects`), in clauses at
    least :data:`ACT_SIMILARITY` alike (as for one thing acted on in other verbs) with no
    different arguments."""
    if sim < ACT_SIMILARITY or not happening_subjects(a, b):
        return False
    return not _other_args(a, b)


def _same_event_noun(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One event named by one noun: the date of one side modifies it ("during *the glaze
    firing* on the night of 28 March") and the other dates how it went, with it as subject
    ("On the night of 21 March, *the glaze firing* ... went badly wrong",
    :data:`COURSE_VERBS`); neither planned, no different arguments, clauses at least
    :data:`ACT_SIMILARITY` alike."""
    if a["planned"] or b["planned"] or sim < ACT_SIMILARITY:
        return False
    told = {(a.get("event_noun"), b.get("course_of")), (b.get("event_noun"), a.get("course_of"))}
    return any(_one_noun(x, y) for x, y in told) and not _other_args(a, b)


def _one_noun(x: str | None, y: str | None) -> bool:
    """Two noun keys (:func:`_noun_phrase_key`) name one thing: one head, and the
    modifiers of one all among the other's ("survey" / "hull survey")."""
    if x is None or y is None:
        return False
    wx, wy = x.split(), y.split()
    return wx[-1] == wy[-1] and (set(wx) <= set(wy) or set(wy) <= set(wx))


def _same_journey(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One journey to one named place told by two verbs of going ("The masks will be flown
    to Keta on Sunday" / "The masks will leave for Keta on Saturday",
    :func:`consilience.date_journeys.same_journey`): the same traveller (a noun that does or
    undergoes the act on both sides, or none named on one side: "They fly to Keta"), no
    different arguments, and clauses at least :data:`ACT_SIMILARITY` alike."""
    if sim < ACT_SIMILARITY or not same_journey(a["act"], a["roles"], b["act"], b["roles"]):
        return False
    nouns_a = a["things"] | a.get("subjects", frozenset())
    nouns_b = b["things"] | b.get("subjects", frozenset())
    if nouns_a and nouns_b and not nouns_a & nouns_b:
        return False  # "the team flies to Oslo" / "the fans travel to Oslo": two journeys
    return not _other_args(a, b)


#: hypernym steps from a verb's first senses to the first sense of the verb it is a way of
WAY_OF_DEPTH = 3


def _one_way_of(a: frozenset[str], b: frozenset[str]) -> bool:
    """One act is a way of doing the other in WordNet: a first-two sense of one verb reaches
    the first sense of the other within :data:`WAY_OF_DEPTH` hypernym steps ("escape" ->
    "leave"). Never opposites."""
    for x in sorted(a):
        for y in sorted(b):
            if lexicon.opposite(x, y, "v"):
                continue
            for low, high in ((x, y), (y, x)):
                top = frozenset(lexicon.senses(high, "v")[:1])
                if top and lexicon.reaches(low, "v", top, 2, WAY_OF_DEPTH):
                    return True
    return False


def kindred_acts(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two acts (verb lemmas) are one kind of act: one act (:func:`same_act`), or a direct
    hypernym of one verb's first two senses is a word of the other's first two senses
    ("monitor" -> observe, a sense of "watch"). Never opposites."""
    if same_act(a, b):
        return True
    for x in sorted(a):
        for y in sorted(b):
            if lexicon.opposite(x, y, "v"):
                continue
            own_x = {x} | lexicon.synonyms(x, "v", first=2)
            own_y = {y} | lexicon.synonyms(y, "v", first=2)
            if (
                lexicon.hypernyms(x, "v", first=2) & own_y
                or lexicon.hypernyms(y, "v", first=2) & own_x
            ):
                return True
    return False


def _same_rank_before(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """Both lines count the story's act in one series by the same rank and date the one
    before it ("the second raid on a Securimax van since March" / "the second time this
    year a Securimax van has been targeted: in May a crew was robbed"): one earlier act
    dated twice, when the ranks are equal and past the first, neither date is planned, the
    lines name one thing (a shared name, no other places, agents or kinds) and their clauses are at
    least :data:`CONFLICT_SIMILARITY` alike."""
    ranks = a["ordinals"]
    if not ranks or ranks != b["ordinals"] or ranks <= {"first", "1st"}:
        return False
    if a["planned"] or b["planned"]:
        return False
    if any(a[k] and b[k] and not a[k] & b[k] for k in ("places", "agents", "kinds")):
        return False  # the rank marks the story's act, so series markers are no argument
    return bool(a["names"] & b["names"]) and sim >= CONFLICT_SIMILARITY


def _act_verb_text(act: frozenset[str]) -> str:
    """The act's verb as words: its phrasal form when it has one ("look_at" -> "look at"),
    else its first lemma."""
    return max(sorted(act), key=lambda w: w.count("_")).replace("_", " ")


@functools.lru_cache(maxsize=1024)
def _act_cosine(x: str, y: str) -> float:
    from .embed import embed_texts

    vx, vy = embed_texts([x, y])
    return float(np.dot(vx, vy))


STRONG_SIMILARITY = 0.9  # clauses this alike, same verb and actor: one act, however worded


def _same_act_other_words(a: dict[str, Any], b: dict[str, Any], sim: float) -> bool:
    """One act whose object two articles word differently, one by its name and one by its
    kind ("recalled all its Brie and Camembert" / "recalled its soft cheeses"): the same
    verb, a shared entity, one side's objects all names, no different places or steps of a
    series, and clauses at least :data:`STRONG_SIMILARITY` alike. Two objects both told by
    kind ("approved a library" / "approved a car park") stay two acts."""
    if a["verb"] is None or a["verb"] != b["verb"] or sim < STRONG_SIMILARITY:
        return False
    if (a["series"] or b["series"]) and a["series"] != b["series"]:
        return False
    if a["places"] and b["places"] and not a["places"] & b["places"]:
        return False
    named = any(o["objects"] and o["objects"] <= o["ents"] for o in (a, b))
    return named and bool(a["ents"] & b["ents"])


def _support(readings: list[dict[str, Any]]) -> dict[str, set[str]]:
    """{value: articles whose reading agrees with it at their common precision}: "1932"
    and "1932-05" support each other, "1931" neither."""
    keys = {r["value"]: r["precision"] for r in readings}
    return {
        v: {r["article"] for r in readings if compatible((v, p), (r["value"], r["precision"]))}
        for v, p in keys.items()
    }


def _conflict_item(mentions, entries, group: list[int], order) -> dict[str, Any]:
    """The date conflict of the entries ``group``: readings, majority, outliers."""
    readings = []
    strays = _strays(mentions, entries, group)
    for g in group:
        for i in entries[g]["_members"]:
            if i in strays:
                continue
            o = mentions[i]
            readings.append(
                {
                    "article": o["article"],
                    "text": o["m"].text,
                    "value": o["m"].date,
                    "precision": o["m"].precision,
                    "citation": o["m"].span.to_json(),
                    "context": Span(o["article"], *o["clause"]).to_json(),
                }
            )
    readings = _one_side_each(readings)
    if not readings:  # each article kept no side: no dispute left (see :func:`_disagrees`)
        return {"kind": "date", "readings": []}
    readings.sort(key=lambda r: (order[r["article"]], r["citation"]["start"]))
    support = _support(readings)
    ranked = sorted(support, key=lambda v: (-len(support[v]), v))
    top = ranked[0]
    tie = any(
        len(support[v]) == len(support[top]) and support[v] != support[top] for v in ranked[1:]
    )
    majority = [] if tie else sorted(support[top], key=lambda a: order[a])
    # two readings of equal support: neither is an outlier
    outliers = (
        [] if tie else sorted({r["article"] for r in readings} - set(majority), key=order.get)
    )
    values = ", ".join(
        f"{v} ({len(support[v])} article{'s' if len(support[v]) > 1 else ''})" for v in ranked
    )
    return {
        "kind": "date",
        "subject": _subject(mentions, entries, group),
        "readings": readings,
        "majority": majority,
        "outliers": outliers,
        "explanation": f"the same event is dated differently: {values}"
        + ("; no majority" if tie else ""),
    }


def _strays(mentions, entries, group: list[int]) -> set[int]:
    """Mentions of ``group``'s entries that date another act than the one disputed
    (:func:`_stray_mentions` of those entries)."""
    return _stray_mentions(mentions, [entries[g] for g in group])


def _stray_mentions(mentions, entries: list[dict[str, Any]]) -> set[int]:
    """Of an article whose mentions in two of ``entries`` name two acts
    (:func:`_acts_apart`: "the gym closed on Sunday" / "went into administration on
    Monday"), each mention whose act no other article's mention in another of the
    entries names: it dates another act than the one disputed."""
    out: set[int] = set()
    for k, ex in enumerate(entries):
        for ey in entries[k + 1 :]:
            for aid in set(ex["articles"]) & set(ey["articles"]):
                own_x, own_y = _own(mentions, aid, ex, ey)
                if _acts_apart(mentions, own_x, own_y):
                    out |= {
                        i
                        for i in own_x + own_y
                        if not _act_told_elsewhere(mentions, i, aid, entries)
                    }
    return out


def _act_told_elsewhere(mentions, i: int, aid: str, entries: list[dict[str, Any]]) -> bool:
    """Another article's mention in an entry without mention ``i`` names its act."""
    return any(
        mentions[i]["act"] & mentions[j]["act"]
        for e in entries
        if i not in e["_members"]
        for j in e["_members"]
        if mentions[j]["article"] != aid
    )


def _one_side_each(readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``readings`` with each article on one side: an article whose dates are in two
    entries of a conflict dates two acts (:func:`_one_article_dates_both`: "last night" the
    shutdown, "this morning" the reopening), so of two of its readings that are not
    :func:`compatible`, only the one more other articles agree with stays."""

    def backing(r: dict[str, Any]) -> int:
        return len(
            {
                o["article"]
                for o in readings
                if o["article"] != r["article"]
                and compatible((o["value"], o["precision"]), (r["value"], r["precision"]))
            }
        )

    out = []
    for r in readings:
        rivals = [
            o
            for o in readings
            if o["article"] == r["article"]
            and not compatible((o["value"], o["precision"]), (r["value"], r["precision"]))
        ]
        if all(backing(r) > backing(o) for o in rivals):
            out.append(r)
    return out


def _subject(mentions, entries, group: list[int]) -> str:
    """A date conflict's subject: the short name of the act (:func:`act_name`) as the entry
    of ``group`` with the most articles tells it (the first on a tie), else the dated
    clause itself ("the town's first fishing protest since 1993"), not the whole clause the
    timeline line gives."""
    top = max(group, key=lambda g: (len(entries[g]["articles"]), -group.index(g)))
    for g in (top, group[0]):
        o = mentions[_finest(mentions, entries[g]["_members"])]
        if o.get("name"):
            return str(o["name"])
    return mentions[_finest(mentions, entries[group[0]]["_members"])]["text"].strip()


def _one_article_dates_both(mentions, sim, ex: dict[str, Any], ey: dict[str, Any]) -> bool:
    """Whether an article in both entries gives both their dates: one of its mentions in
    ``ex`` and one in ``ey`` date one act (:func:`same_dated_act`), or it has no other
    mention in one of them. An article that dates two acts apart ("a drone brought the
    airport to a standstill *last night*" / "flights are running again *this morning*")
    tells no event two dates, so it keeps no other article's dates from disputing."""
    for aid in set(ex["articles"]) & set(ey["articles"]):
        own_x = [i for i in ex["_members"] if mentions[i]["article"] == aid]
        own_y = [j for j in ey["_members"] if mentions[j]["article"] == aid]
        if _acts_apart(mentions, own_x, own_y):
            continue  # "closed on Sunday" / "went into administration on Monday"
        if len(own_x) == len(ex["_members"]) or len(own_y) == len(ey["_members"]):
            return True  # the article is all of one side: its own two dates
        if any(
            same_dated_act(mentions[i], mentions[j], float(sim[i, j])) for i in own_x for j in own_y
        ):
            return True
    return False


def _own(mentions, aid: str, ex: dict[str, Any], ey: dict[str, Any]) -> tuple[list, list]:
    """The mentions of article ``aid`` in entries ``ex`` and ``ey``."""
    return tuple(  # type: ignore[return-value]
        [i for i in e["_members"] if mentions[i]["article"] == aid] for e in (ex, ey)
    )


def _acts_apart(mentions, own_x: list[int], own_y: list[int]) -> bool:
    """Every mention of ``own_x`` and every one of ``own_y`` (one article's, in two
    entries) name acts, and no act in common: the article dates two acts ("the gym closed
    on Sunday" / "the company went into administration on Monday"), not one act twice."""
    acts = [mentions[i]["act"] for i in own_x + own_y]
    if not own_x or not own_y or not all(acts):
        return False
    return not any(mentions[i]["act"] & mentions[j]["act"] for i in own_x for j in own_y)


def _apart(mentions, ex: dict[str, Any], ey: dict[str, Any]) -> tuple[dict, dict]:
    """Entries ``ex`` and ``ey`` without the mentions of the articles in both: an article
    that dates one act two ways is no witness that the others' dates are of one event. Of
    an article whose mentions in the two name two acts (:func:`_acts_apart`), only the
    mentions of an act no other article dates there leave (:func:`_stray_mentions`)."""
    both = set(ex["articles"]) & set(ey["articles"])
    if not both:
        return ex, ey
    strays = _stray_mentions(mentions, [ex, ey])
    two_acts = {a for a in both if _acts_apart(mentions, *_own(mentions, a, ex, ey))}

    def left(i: int) -> bool:
        aid = mentions[i]["article"]
        return i in strays or (aid in both and aid not in two_acts)

    return tuple(  # type: ignore[return-value]
        {**e, "_members": [i for i in e["_members"] if not left(i)]} for e in (ex, ey)
    )


def _conflict_groups(mentions, sim, entries, kinds=None) -> list[list[int]]:
    """Groups of entries (indices into ``entries``) about the same event
    (:func:`_same_event`) with incompatible dates, given by different articles (one article
    giving both dates names two events)."""
    groups = []
    used: set[int] = set()
    for x in range(len(entries)):
        if x in used:
            continue
        group = [x]
        for y in range(x + 1, len(entries)):
            ex, ey = entries[x], entries[y]
            if (
                y not in used
                and not _denied_entry(mentions, ex)
                and not _denied_entry(mentions, ey)
                and not compatible((ex["date"], ex["precision"]), (ey["date"], ey["precision"]))
                and not _one_article_dates_both(mentions, sim, ex, ey)
                and _same_event(mentions, sim, *_apart(mentions, ex, ey), kinds)
            ):
                group.append(y)
        if len(group) >= 2:
            used.update(group)
            groups.append(group)
    return groups
