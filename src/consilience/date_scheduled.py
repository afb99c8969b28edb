"""One scheduled thing dated twice: "Results are due on 4 March" / "will report full-year
results on Feb. 25"; "The victory parade will be held on Monday" / "Our parade will leave
the ground at 2pm on Sunday"; "The report is expected on 3 June" is no such clause (its
verb is not a support verb), but "The final report is due in June" / "the commission will
publish its final report in September" is.

A planned clause whose verb only schedules a thing (a support or scheduling verb,
:data:`consilience.date_act_lexicon.SUPPORT_VERBS`: "is due", "will be held", "is set
for", or a passive verb of awaiting with no act to look ahead to, :data:`AWAITING`: "is
expected in March") dates that thing's coming: its event noun ("the parade will be held") or, when the
support verb takes no event noun, its common-noun subject ("Results are due"). Another
article's planned clause dates the same coming when it names that noun as its own act,
as the subject of its verb (the thing does the act: "the parade will leave the ground",
"the hearing will open") or as what a verb of bringing a thing out acts on
(:data:`BRINGING_OUT`: "will publish its report", "will report results"). Two days for
them are then a date conflict; the caller adds its checks of the clauses (alike enough,
each the other's best match in its article, no different arguments).

Not one coming: a done act beside a plan, an ending ("the trial will end on Friday" is not
when "the trial is due"), or a verb that acts on a thing already out ("MPs will debate the
report on Tuesday" / "The report is due on Friday").
"""

from __future__ import annotations

from typing import Any

from .date_act_lexicon import SUPPORT_VERBS

#: verbs that bring a scheduled thing out or about, so their object's coming is the date:
#: issuing and publishing, telling results, handing down and holding (a whole class: the
#: acts by which a result, report, ruling, decision or event is made to appear)
BRINGING_OUT = frozenset(
    {
        "publish", "release", "issue", "report", "announce", "unveil", "present", "deliver",
        "reveal", "declare", "post", "file", "submit", "table", "hand", "give", "hold",
        "stage", "host", "air", "broadcast", "launch",
    }
)  # fmt: skip
#: verbs whose date is when the thing stops, not when it comes
ENDING = frozenset({"end", "close", "finish", "conclude", "wrap", "adjourn", "stop"})


def scheduled_nouns(pred, head) -> frozenset[str]:
    """Lemmas of the thing a planned clause only schedules: the event noun ``head`` a
    support verb lends its date to ("The victory parade will be held" -> {"parade"}),
    else the common-noun subjects of a support verb ``pred`` with no event noun ("Results
    are due" -> {"result"}); empty for any other verb or for None. ``pred`` and ``head``
    are spaCy tokens as :func:`consilience.dates._predicate` and
    :func:`consilience.date_act_lexicon.act_head` give them."""
    if pred is None or pred.pos_ not in ("VERB", "AUX"):
        return frozenset()
    if pred.lemma_.lower() not in SUPPORT_VERBS and not _awaited(pred):
        return frozenset()
    if head is not None and head.i != pred.i and head.pos_ == "NOUN":
        return frozenset({head.lemma_.lower()})
    return frozenset(
        c.lemma_.lower()
        for c in pred.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
    )


#: verbs that, passive and with no act of their own to look ahead to, await their subject's
#: coming: "The core is expected in Bremenport in March" ("is expected to reach" names the
#: act it looks ahead to and is read through it)
AWAITING = frozenset({"expect", "anticipate", "await"})


def _awaited(pred) -> bool:
    """``pred`` is a passive verb of :data:`AWAITING` with no open complement."""
    if pred.lemma_.lower() not in AWAITING:
        return False
    kids = {c.dep_ for c in pred.children}
    return "nsubjpass" in kids and not kids & {"xcomp", "ccomp"}


#: dependencies of the words that tell one scheduled thing from another of its kind
#: ("the interim report" / "the final report")
KIND_DEPS = frozenset({"amod", "compound"})


def scheduled_kinds(pred, head) -> frozenset[str]:
    """Lemmas of the adjective and noun modifiers of the things :func:`scheduled_nouns`
    reads ("The interim report is due" -> {"interim"}); empty when it reads none."""
    nouns = scheduled_nouns(pred, head)
    if not nouns:
        return frozenset()
    toks = [head] if head is not None and head.i != pred.i else list(pred.children)
    return frozenset(
        m.lemma_.lower()
        for t in toks
        if t.lemma_.lower() in nouns
        for m in t.children
        if m.dep_ in KIND_DEPS and m.pos_ in ("ADJ", "NOUN")
    )


def _other_kinds(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """The thing ``x`` schedules and the one ``y`` names are told apart by their modifiers
    (``"scheduled_kinds"`` / ``"kinds"``): both given, none shared."""
    mine = frozenset(x.get("scheduled_kinds") or ())
    theirs = frozenset(y.get("kinds") or ()) | frozenset(y.get("scheduled_kinds") or ())
    return bool(mine and theirs and not mine & theirs)


def _names_coming(o: dict[str, Any], nouns: frozenset[str]) -> bool:
    """Mention ``o`` dates the coming of a thing of ``nouns``: it schedules one, names one
    as its act or the subject of its verb, or brings one out (:data:`BRINGING_OUT`)."""
    if o.get("scheduled", frozenset()) & nouns or o.get("act", frozenset()) & nouns:
        return True
    acts = set(o.get("act") or ())
    if acts & ENDING:
        return False
    if o.get("subjects", frozenset()) & nouns:
        return True
    return bool(acts & BRINGING_OUT and set(o.get("things") or ()) & nouns)


def same_scheduled(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two planned date mentions (as :func:`consilience.dates._mentions` gives them, keys
    ``"planned"``, ``"scheduled"``, ``"act"``, ``"subjects"``, ``"things"``) date the coming
    of one scheduled thing: one schedules a thing (:func:`scheduled_nouns`) that the other
    dates the coming of (:func:`_names_coming`). Never raises on a missing key."""
    if not (a.get("planned") and b.get("planned")):
        return False
    for x, y in ((a, b), (b, a)):
        nouns = frozenset(x.get("scheduled") or ())
        if nouns and _names_coming(y, nouns) and not _other_kinds(x, y):
            return True
    return False
