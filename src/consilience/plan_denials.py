"""An event said to be coming against a report that nothing of it is planned.

    unscheduled(reading) -> str        # the event a denied act of planning is about, or ""
    planned_events(reading) -> (str, ...)  # words for the event a plan says will happen
    plan_clash(a, b, published) -> bool

"Talks will resume on Thursday" (a plan of :mod:`consilience.event_states`: the talks will
be running) and "no further talks have been scheduled" (an act of planning, denied, whose
theme is the talks) cannot both hold on one day. An act of planning is a verb whose first
senses are WordNet's synsets of scheduling, planning or arranging (:data:`PLANNING`, not a
list of phrasings), or, stated, a verb of WordNet's synsets of ruling out or calling off
(:data:`EXCLUDING`: "has ruled out a further appeal" against "would appeal"; not against a
return to a state, "cancelled the flights" / "flights will resume"); its event is
its theme, or what the theme is "for" ("no date has been
set *for* new talks": the talks). The planned event is what a plan reading is about: the
theme of a state or event that will hold, or the doer of an intransitive one ("the
hearing will begin on Monday"). The two events are one word, one sense or one derivation
(:func:`consilience.cause_readings._same_word`), of no two doers; two days given to the plan and the
denial, or two days of publication, are two moments.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .cause_readings import _same_word
from .event_states import STATE_VERBS, Reading, _same_doer

#: (lemma, part of speech, sense index) of WordNet's synsets of making a plan for an event
PLANNING = (("schedule", "v", 0), ("plan", "v", 0), ("arrange", "v", 0), ("set", "v", 1))
#: WordNet's synsets of ruling an event out or calling it off: stated, they deny it
EXCLUDING = (("rule_out", "v", 0), ("cancel", "v", 0))
#: what a plan is "for" when the theme is the plan's time ("no date has been set for ...")
FOR = "for"


@lru_cache(maxsize=4096)
def _in(lemma: str, specs: tuple) -> bool:
    """One of the first two senses of verb ``lemma`` is a synset of ``specs``."""
    anchors = set()
    for word, pos, index in specs:
        found = lexicon.senses(word, pos)
        if len(found) > index:
            anchors.add(found[index])
    return bool(set(lexicon.senses(lemma, "v")[:2]) & anchors)


def planning_verb(lemma: str) -> bool:
    """A verb of scheduling, planning or arranging (:data:`PLANNING`)."""
    return _in(lemma, PLANNING)


def excluded(r: Reading) -> bool:
    """A stated act of ruling out or calling off (:data:`EXCLUDING`)."""
    return r.sign > 0 and r.pos == "v" and _in(r.predicate, EXCLUDING)


def unscheduled(r: Reading) -> str:
    """The event a denied act of planning, or a stated act of ruling out or calling off
    ("has ruled out a further appeal", "cancelled the talks"), is about, or ""."""
    if r.plan or r.kind not in ("event", "act") or r.pos != "v" or not r.head:
        return ""
    denied = r.sign < 0 and planning_verb(r.predicate)
    if not (denied or (r.sign > 0 and _in(r.predicate, EXCLUDING))):
        return ""
    for prep, obj in sorted(r.theme_preps):
        if prep == FOR and obj:
            return obj.split()[-1]
    return min(r.scope) if r.scope else r.head  # "set *for the hearing*" on the verb


def planned_events(r: Reading, written: str = "") -> tuple[str, ...]:
    """The words that may name the event a plan reading says will happen (module doc):
    its theme or its doer ("the hearing will begin"), and its own verb ("would appeal");
    empty for no plan. A reading dated to a day after ``written`` (the ISO day its
    article was published) is a plan whatever its verb ("have agreed to resume talks on
    Monday", written on the Wednesday before)."""
    ahead = bool(r.start and written and r.start > written)
    if not (r.plan or ahead) or r.sign < 0 or r.undecided or r.kind not in ("state", "event"):
        return ()
    if r.kind == "event" and (planning_verb(r.predicate) or _in(r.predicate, EXCLUDING)):
        return ()
    verb = (r.predicate,) if r.kind == "event" else ()
    return tuple(w for w in (r.head or r.doer_head, *verb) if w)


def plan_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether one reading plans an event the other says nothing is planned for, at one
    moment (module doc)."""
    for plan, denial, written in ((a, b, published[0]), (b, a, published[1])):
        none = unscheduled(denial)
        events = [e for e in planned_events(plan, written) if _same_word(e, none)] if none else []
        if not events:
            continue
        if excluded(denial) and (plan.kind == "state" or plan.predicate in STATE_VERBS):
            return False  # "cancelled 300 flights" / "flights will resume": the next step
        if plan.doer_head not in events and _same_doer(plan, denial) is False:
            return False  # "X would appeal" / "Y has ruled out an appeal"
        if plan.start and denial.start and plan.start != denial.start:
            return False
        return not (published[0] and published[1] and published[0] != published[1])
    return False
