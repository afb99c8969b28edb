"""Event nouns: a noun that names an act or event states it as its verb does.

"the signing of Tomas Ruiz" = sign(?, Tomas Ruiz); "the club's signing of Ruiz" =
sign(club, Ruiz); "the death of two climbers" = die(climbers); "the minister's resignation" =
resign(minister). Used by :mod:`consilience.claims` so that a nominalisation and a verb give
one predicate.

* :data:`EVENT_NOUNS`: a small explicit table, noun lemma -> ``(verb lemma, role of its "of"
  object)``, the role ``patient`` for transitive acts ("the closure *of the plant*") or
  ``actor`` for events that happen to their subject ("the collapse *of the roof*").
* Gerund nouns with an "of" object ("the sinking of the ferry", "the bombing of the bridge")
  are read through spaCy's own English lemma tables (exceptions, suffix rules and the index
  of verb lemmas of the loaded pipeline's lemmatizer): a suffix rule must give a known verb.

:func:`event_of` ``(noun token) -> (verb, of_role) | None``;
:func:`event_args` ``(noun token, default agent) -> (verb, actor token, patient token) | None``.
"""

from __future__ import annotations

import functools
from typing import Any

_PATIENT = "patient"
_ACTOR = "actor"

#: noun lemma -> (verb lemma, role of its "of" object): general news vocabulary only
EVENT_NOUNS: dict[str, tuple[str, str]] = {
    **{
        n: (v, _PATIENT)
        for n, v in {
            "signing": "sign",
            "sale": "sell",
            "purchase": "buy",
            "acquisition": "acquire",
            "takeover": "take_over",
            "loss": "lose",
            "destruction": "destroy",
            "introduction": "introduce",
            "closure": "close",
            "shutdown": "shut_down",
            "reopening": "reopen",
            "suspension": "suspend",
            "cancellation": "cancel",
            "postponement": "postpone",
            "arrest": "arrest",
            "detention": "detain",
            "release": "release",
            "dismissal": "dismiss",
            "sacking": "sack",
            "appointment": "appoint",
            "election": "elect",
            "approval": "approve",
            "rejection": "reject",
            "launch": "launch",
            "deployment": "deploy",
            "evacuation": "evacuate",
            "withdrawal": "withdraw",
            "removal": "remove",
            "construction": "build",
            "demolition": "demolish",
            "capture": "capture",
            "killing": "kill",
            "murder": "murder",
            "rescue": "rescue",
            "grounding": "ground",
            "recall": "recall",
            "discovery": "discover",
            "seizure": "seize",
            "expulsion": "expel",
            "imposition": "impose",
            "adoption": "adopt",
            "passage": "pass",
            "ratification": "ratify",
        }.items()
    },
    **{
        n: (v, _ACTOR)
        for n, v in {
            "resignation": "resign",
            "death": "die",
            "collapse": "collapse",
            "failure": "fail",
            "explosion": "explode",
            "crash": "crash",
            "departure": "leave",
            "arrival": "arrive",
            "retirement": "retire",
            "escape": "escape",
            "sinking": "sink",
            "derailment": "derail",
            "eruption": "erupt",
        }.items()
    },
}

#: gerund nouns that are not acts ("the evening of May 3")
NOT_GERUNDS = frozenset(
    "evening morning ceiling spring string thing wing king ring building wedding "
    "setting heading ending feeling meaning timing meeting gathering".split()
)


@functools.cache
def _verb_tables() -> tuple[dict[str, list[str]], list[list[str]], frozenset[str]]:
    """``(exceptions, suffix rules, verb lemmas)`` of the loaded pipeline's English
    lemmatizer for verbs."""
    from .analyse import load_nlp

    lookups = load_nlp().get_pipe("lemmatizer").lookups
    exc = dict(lookups.get_table("lemma_exc").get("verb", {}))
    rules = list(lookups.get_table("lemma_rules").get("verb", []))
    index = frozenset(lookups.get_table("lemma_index").get("verb", []))
    return exc, rules, index


def gerund_verb(word: str) -> str | None:
    """The verb lemma of an "-ing" form ("sinking" -> sink, "stopping" -> stop, "closing"
    -> close) by spaCy's lemma tables, or None when no rule gives a known verb."""
    word = word.lower()
    if not word.endswith("ing") or word in NOT_GERUNDS or len(word) < 6:
        return None
    exc, rules, index = _verb_tables()
    if word in exc:
        return exc[word][0]
    for suffix, repl in rules:
        if suffix == "ing" and word.endswith(suffix):
            cand = word[: -len(suffix)] + repl
            if cand in index:
                return cand
    return None


#: noun suffix -> verb endings to try, longest suffix first: "evacuation" -> evacuate,
#: "decision" -> decide, "inspection" -> inspect, "approval" -> approve, "failure" -> fail,
#: "payment" -> pay, "appearance" -> appear, "recovery" -> recover
_DEVERBAL_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ication", ("y",)),
    ("ation", ("ate", "", "e")),
    ("ition", ("ite", "")),
    ("ssion", ("t", "ss", "d")),
    ("sion", ("de", "d", "se", "")),
    ("tion", ("te", "t", "")),
    ("ion", ("", "e")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ial", ("y",)),
    ("al", ("", "e")),
    ("ure", ("", "e")),
    ("ery", ("er",)),
    ("ry", ("r",)),
    ("y", ("", "e")),
    ("age", ("",)),
)
#: nouns that are verbs too but, after a light verb, make an idiom, not the verb's act
#: ("took place", "took part", "made sense", "took effect")
_IDIOMS = frozenset(
    "place part sense effect care hold shape time way note advantage aim power charge "
    "issue stock notice step turn stand account root heart face form hit stake toll lead "
    "seat bow break rest risk interest shot chance difference record mistake fun".split()
)


def deverbal_verb(noun: str) -> str | None:
    """The verb lemma a noun names the act of, by suffix rules checked against the verb
    lemma index of spaCy's English lemmatizer ("evacuation" -> evacuate, "inspection" ->
    inspect, "decision" -> decide, "approval" -> approve, "payment" -> pay), the noun itself
    when it is also a verb ("a search", "a raid"), gerunds by :func:`gerund_verb`; None for a
    noun that names no act ("profit" is a verb, but see :data:`_IDIOMS`)."""
    noun = noun.lower()
    if noun in _IDIOMS or len(noun) < 4:
        return None
    if noun in EVENT_NOUNS:
        return EVENT_NOUNS[noun][0]
    if noun.endswith("ing"):
        return gerund_verb(noun)
    _exc, _rules, verbs = _verb_tables()
    if noun in verbs:
        return noun
    for suffix, endings in _DEVERBAL_SUFFIXES:
        if not noun.endswith(suffix) or len(noun) - len(suffix) < 3:
            continue
        for ending in endings:
            cand = noun[: -len(suffix)] + ending
            if cand in verbs:
                return cand
    return None


def _of_object(noun) -> Any:
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
            return obj
    return None


#: entity labels of a party that can act (an animate possessor is the doer: "the club's
#: signing of X"); any other possessor or compound is what undergoes the event
_ANIMATE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _inanimate(tok) -> bool:
    """A thing, not a party that can act: no person, organisation or country name, not a
    pronoun, not a noun the article uses for people or bodies."""
    from .subject_pronouns import PERSON_NOUNS

    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _ANIMATE_LABELS:
        return False
    lemma = tok.lemma_.lower()
    return lemma not in PERSON_NOUNS and lemma not in _GROUPS and tok.ent_type_ not in _TIMES


_GROUPS = frozenset(
    "police government council board court army club company firm authority ministry "
    "agency union team committee regulator airline operator".split()
)
_TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _theme(noun) -> Any:
    """What undergoes an event noun's event: its "of" object, else a possessor or a
    compound modifier that is a thing ("the *bridge's* closure", "the *bridge* closure" =
    the closure of the bridge; "the *dam* collapse"), else None."""
    of_obj = _of_object(noun)
    if of_obj is not None:
        return of_obj
    for c in noun.children:
        if c.dep_ == "poss" and _inanimate(c):
            return c
        listed = noun.lemma_.lower() in EVENT_NOUNS
        if c.dep_ == "compound" and listed and _inanimate(c) and not _classifier(c):
            return c
    return None


#: endings of abstract nouns, which classify an event rather than undergo it ("an
#: *emergency* evacuation", "a *safety* recall")
_ABSTRACT_ENDINGS = ("ity", "ty", "ness", "ency", "ancy", "ion", "ment", "ism", "ship")
#: nouns that classify an event noun they modify ("a *record* signing", "a *mass* arrest")
_CLASSIFIERS = frozenset(
    "record mass world transfer surprise summer winter spring autumn night day year "
    "weekend home snap dawn midnight".split()
)


def _classifier(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _CLASSIFIERS or lemma.endswith(_ABSTRACT_ENDINGS) or tok.is_upper


def event_of(noun) -> tuple[str, str] | None:
    """``(verb lemma, role of the "of" object)`` of an event noun token with an argument
    (an "of" object, or a possessive for an ``actor`` event), else None."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_:
        return None
    of_obj = _theme(noun)
    poss = any(c.dep_ == "poss" for c in noun.children)
    found = EVENT_NOUNS.get(noun.lemma_.lower())
    if found is None and of_obj is not None and noun.tag_ == "NN":
        verb = gerund_verb(noun.text)
        found = (verb, _PATIENT) if verb else None
    if found is None:
        return None
    if of_obj is None and not (poss and found[1] == _ACTOR):
        return None
    return found


def event_args(noun, agent=None) -> tuple[str, Any, Any] | None:
    """``(verb lemma, actor token, patient token)`` of event noun ``noun`` (see
    :func:`event_of`), else None. The possessive ("Harlow's signing of X") or a "by" phrase is
    the actor of a transitive act, else ``agent`` (who announced it, say); the "of" object
    is the patient, or the actor of an event that happens to it ("the collapse of the
    roof")."""
    found = event_of(noun)
    if found is None:
        return None
    verb, role = found
    of_obj = _theme(noun)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and of_obj is not None and poss.i == of_obj.i:
        poss = None  # "the bridge's closure": the bridge is closed, it closes nothing
    if role == _ACTOR:
        if of_obj is None and _own(poss, agent):
            return verb, agent, None
        return verb, of_obj if of_obj is not None else poss, None
    by = next(
        (
            o
            for p in noun.children
            if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    actor = poss if poss is not None else by if by is not None else agent
    return verb, actor, of_obj


_PERSON_POSS = frozenset({"her", "his"})
_GROUP_POSS = frozenset({"its", "their"})


def _own(poss, agent) -> bool:
    """Whether a possessive pronoun names ``agent`` itself ("Penrose announced *her*
    resignation": Penrose resigns; "the club confirmed *his* departure": not the club):
    "her"/"his" with a person, "its"/"their" with an organisation or a group."""
    if poss is None or agent is None:
        return False
    word = poss.lower_
    if word in _PERSON_POSS:
        return agent.ent_type_ == "PERSON" or _person_name(agent)
    return word in _GROUP_POSS and agent.ent_type_ in ("ORG", "NORP", "GPE", "")


def _person_name(token) -> bool:
    """A proper name of two or more words ("Mayor Ines Okafor"), none of them a word that
    ends organisation names ("FC", "Systems", "Union") and not typed a place: the tagger
    often types a person ORG."""
    from .cues import ORG_LAST_WORDS

    if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    return len(words) >= 2 and not any(w.lower_ in ORG_LAST_WORDS for w in words)
