"""Figures that are no reading of the story's events: what would have been, and how long
ago something was at the moment of writing.

    counterfactual(span) -> bool   # "Had you been convicted, the sentence would have been 30 months"
    time_since(span) -> bool       # "It is almost four weeks since the ceiling came down"
    as_of(span) -> bool            # "As of 4pm today, 186 guests have reported symptoms"
    instructed(span) -> bool       # "Call our claims team on 0800 555 0142, 8am to 8pm"
    conditional(span) -> bool      # "if the share price rose by 50% over three years"
    ratio_term(span) -> bool       # "one instructor to eight pupils"
    ruled(span) -> bool            # "only one ball may be released at a time"
    unreal_perfect(verb) -> bool   # "parcels that should have been delivered"

A **counterfactual** figure stands in a clause of "would/could/might have" + participle
beside a condition that did not hold: an "if" clause, an inverted "Had you ...", or
"otherwise" / "without" / "but for". What would have been is no account of what was
(Quirk et al. 1985, *A Comprehensive Grammar of the English Language* §14.23: the
hypothetical past conditional). A reported future perfect ("He said 300 jobs would have
gone by June") has no such condition and stays a reading.

A **time since** an event ("It is almost four weeks since ...", "Six months have passed
since the fire", "It has been two years since the bridge closed") measures from the moment
of writing: two articles written a week apart give two values of one truth, so the figure
is no reading to compare. "The bridge has been shut for two years" (how long a state
lasted) is a reading.

A clock time after **"as of"** or **"as at"** is the moment another figure stands at, not
when anything happened: two reports counted at 4pm and at 8pm give no two times of one
event. A clock time in an **instruction** (an imperative clause: "Call our claims team
8am to 8pm", "Arrive by 9.30am") gives hours of service or a rule for the reader, no time
of the story's events.

A figure in a **condition** (a clause opened by "if" or "unless", or a conjunct of one:
"if every target were met and the share price rose by 50%, the chief executive would
receive ...") says what would have to happen, not what happened (Quirk et al. 1985 §15.33,
open and hypothetical conditions alike).

A figure in a **rule** (a modal clause that says how things must or may be done, marked as a
norm by "at a time" / "at once": "Under the procedure only one ball may be released at a
time") says what is allowed, not what happened at the event. "Under the law" alone marks no
such rule: "staff must be consulted for 90 days" is the length another report's 45 days falls
short of (`tests/test_figures_s14.py`).

All take a spaCy span of the figure and read its dependency parse; none raises.
"""

from __future__ import annotations

import re

from .cues import aux_word
from .figure_forms import clause_verb

#: words that state the condition of a counterfactual outright
_UNREAL_CUES = frozenset({"otherwise", "without"})
#: modal auxiliaries of a hypothetical past ("would have reached")
_MODALS = frozenset({"would", "could", "might"})
#: verbs of a time that has passed ("It is four weeks since", "Six months have passed since")
_PASSING = frozenset({"be", "pass", "elapse", "go"})


def counterfactual(span) -> bool:
    """The figure ``span`` stands in a hypothetical past clause ("the loss would have
    reached £60,000") whose condition the sentence gives (see the module docstring)."""
    verb = clause_verb(span.root, steps=30)
    if verb is None:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & _MODALS:
        return False
    if "have" not in aux:
        return _unreal_condition(verb)  # "if it were 14ct, its value would be about £520"
    return _condition_beside(verb)


def _unreal_condition(verb) -> bool:
    """``verb`` (with "would", "could" or "might" and no "have") has an if-clause in the
    past or with "were", or an inverted "Were it ...": a hypothetical present condition,
    which says the case does not hold (Quirk et al. 1985 §14.23, the hypothetical
    present); an open "if it is ..." keeps its figure a reading."""
    for child in verb.children:
        if child.dep_ != "advcl":
            continue
        words = [t.lower_ for t in child.subtree]
        if words and words[0] == "were":
            return True
        if words and words[0] == "if" and (child.lower_ == "were" or child.tag_ == "VBD"):
            return True
    return False


def _condition_beside(verb) -> bool:
    """``verb`` has an "if" clause, an inverted "Had you ..." clause, or "otherwise",
    "without", "but for" among its dependents."""
    for child in verb.children:
        words = [t.lower_ for t in child.subtree]
        if child.dep_ in ("advcl", "ccomp") and words and words[0] in ("if", "had", "were"):
            return True
        if child.lower_ in _UNREAL_CUES or (child.lower_ == "but" and "for" in words):
            return True
    return False


def time_since(span) -> bool:
    """The duration ``span`` says how long ago an event was, counted to the moment of
    writing ("It is almost four weeks since the ceiling came down")."""
    unit = span[-1]
    if unit.dep_ not in ("attr", "nsubj", "npadvmod") or unit.head.lemma_ not in _PASSING:
        return False
    verb = unit.head
    return any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        or (c.dep_ == "prep" and c.lower_ == "since")
        for c in verb.children
    )


#: prepositions by which a clock time dates another figure ("as of 4pm", "as at noon")
_AS_OF = frozenset({("as", "of"), ("as", "at")})


def as_of(span) -> bool:
    """The clock time ``span`` follows "as of" / "as at": the moment a figure stands at."""
    start = span.start
    if start < 2:
        return False
    doc = span.doc
    return (doc[start - 2].lower_, doc[start - 1].lower_) in _AS_OF


def instructed(span) -> bool:
    """The figure ``span`` stands in an imperative clause: a base-form verb (tag ``VB``)
    with no subject and no auxiliary that opens its sentence ("Call our claims team ...,
    8am to 8pm", "Please arrive by 9am")."""
    verb = clause_verb(span.root, steps=30)
    if verb is None or verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    first = next(t for t in verb.sent if not t.is_punct)
    return first.i == verb.i or (first.lower_ == "please" and first.i + 1 == verb.i)


#: subordinators of a condition
_CONDITIONS = frozenset({"if", "unless"})


def conditional(span) -> bool:
    """The figure ``span`` stands in a condition: its clause, or the first conjunct its
    clause is coordinated with, is opened by "if" or "unless" (module doc)."""
    verb = clause_verb(span.root, steps=30)
    for _ in range(6):
        if verb is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


#: "one instructor to " before a count: the count is the second term of a ratio
_RATIO_BEFORE = re.compile(
    r"\b(?:one|1|a|an|each)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:to|for|per)\s+(?:every\s+)?$", re.I
)


def ratio_term(span) -> bool:
    """The count ``span`` is the second term of a ratio ("one instructor to eight
    pupils", "a lifeguard for every 30 swimmers"): a rule of proportion, not how many
    there were."""
    doc = span.doc
    before = doc.text[max(0, span.start_char - 40) : span.start_char]
    return bool(_RATIO_BEFORE.search(before))


#: modals of a norm ("may", "must", "can", "shall")
_NORM_MODALS = frozenset({"may", "must", "can", "shall"})
#: words that mark a modal clause as a norm, not a possibility
_NORM_MARK = re.compile(r"\bat (?:a|any one|one) time\b|\bat once\b", re.I)


def ruled(span) -> bool:
    """The figure ``span`` stands in a rule: its clause's verb has a norm modal and the
    sentence marks a norm (module doc)."""
    verb = clause_verb(span.root, steps=30)
    if verb is None:
        return False
    if not any(c.dep_ == "aux" and aux_word(c) in _NORM_MODALS for c in verb.children):
        return False
    return bool(_NORM_MARK.search(verb.sent.text))


#: modals that with "have" and a participle tell an act that was due or possible, not done
_UNREAL_MODALS = frozenset({"should", "would", "could", "might", "ought", "must"})


def unreal_perfect(verb) -> bool:
    """``verb`` is a participle after a modal and "have" ("parcels that *should have been
    delivered*", "homes that *could have been saved*"): the clause tells an act that was due
    or possible, not one that happened, so it names no event of the noun it describes."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "have" in words and bool(words & _UNREAL_MODALS)
