"""An event said to be coming against a report that nothing of it is planned.

    unscheduled(reading) -> str        # the event a denied act of planning is about, or ""
    planned_event(reading) -> str      # the event a plan reading says will happen, or ""
    plan_clash(a, b, published) -> bool

"Talks will resume on Thursday" (a plan of :mod:`consilience.event_states`: the talks will
be running) and "no further talks have been scheduled" (an act of planning, denied, whose
theme is the talks) cannot both hold on one day. An act of planning is a verb whose first
senses are WordNet's synsets of scheduling, planning or arranging (:data:`PLANNING`, not a
list of phrasings); its event is its theme, or what the theme is "for" ("no date has been
set *for* new talks": the talks). The planned event is what a plan reading is about: the
theme of a state or event that will hold, or the doer of an intransitive one ("the
hearing will begin on Monday"). The two events are one word, one sense or one derivation
(:func:`consilience.cause_readings._same_word`); two days given to the plan and the
denial, or two days of publication, are two moments.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .cause_readings import _same_word
from .event_states import Reading

#: (lemma, part of speech, sense index) of WordNet's synsets of making a plan for an event
PLANNING = (("schedule", "v", 0), ("plan", "v", 0), ("arrange", "v", 0), ("set", "v", 1))
#: what a plan is "for" when the theme is the plan's time ("no date has been set for ...")
FOR = "for"


@lru_cache(maxsize=4096)
def planning_verb(lemma: str) -> bool:
    """One of the first two senses of ``lemma`` is a synset of :data:`PLANNING`."""
    anchors = set()
    for word, pos, index in PLANNING:
        found = lexicon.senses(word, pos)
        if len(found) > index:
            anchors.add(found[index])
    return bool(set(lexicon.senses(lemma, "v")[:2]) & anchors)


def unscheduled(r: Reading) -> str:
    """The event a denied act of planning is about (module doc), or ""."""
    if r.sign > 0 or r.plan or r.kind not in ("event", "act") or r.pos != "v":
        return ""
    if not planning_verb(r.predicate) or not r.head:
        return ""
    for prep, obj in sorted(r.theme_preps):
        if prep == FOR and obj:
            return obj.split()[-1]
    return min(r.scope) if r.scope else r.head  # "set *for the hearing*" on the verb


def planned_event(r: Reading) -> str:
    """The event a plan reading says will happen (module doc), or ""."""
    if not r.plan or r.sign < 0 or r.undecided or r.kind not in ("state", "event"):
        return ""
    if r.kind == "event" and planning_verb(r.predicate):
        return ""
    return r.head or r.doer_head


def plan_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether one reading plans an event the other says nothing is planned for, at one
    moment (module doc)."""
    for plan, denial in ((a, b), (b, a)):
        event, none = planned_event(plan), unscheduled(denial)
        if not (event and none and _same_word(event, none)):
            continue
        if plan.start and denial.start and plan.start != denial.start:
            return False
        return not (published[0] and published[1] and published[0] != published[1])
    return False
