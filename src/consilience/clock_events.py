"""Whose moment a time of day gives: "A tornado tore through the town shortly before 11
p.m." and "a warning went out at 22:31" are the times of two events, however close the
clock readings and however alike the sentences, because the clauses' participants differ
(a tornado, a warning).

:func:`other_bearers` compares the figures' clauses of two slots (spaCy spans);

:func:`participants` reads the nouns that do or undergo the act of a figure's clause (its
noun subject or passive subject; pronouns and names left out);
:func:`other_participants` tells two sets of such nouns that name no common thing: no
shared lemma, no shared WordNet sense among the first two, neither within
:data:`KIND_DEPTH` hypernym steps of the other's first sense ("twister" / "tornado" are one
thing, "storm" / "tornado" one kind, "warning" / "tornado" two), and the phrases "the x" /
"the y" less than :data:`THING_SIMILARITY` alike to the sentence embedder ("the plane" /
"the flight" 0.78 are one thing; "the tornado" / "the warning" 0.31, "the fire" / "the
alarm" 0.48 two). People are one kind with people ("commandos" / "troops": the doers of one
operation are named variously) and never with a thing ("fire" / "firefighters"); a passive
verb's "by" phrase is a participant too ("residents were woken at 5:15 a.m. by a blast" is
the blast's moment). :mod:`consilience.reconcile`
keeps two slots of times of day apart when their participants are other
(:func:`other_bearers`), and reads two slots whose every clause is an act of people
(:func:`people_acts`: "officers brought him back at 11.50am" / "the police telephoned at
11:35") as two steps of a timeline unless their sentences read closely alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from . import lexicon
from .figure_aspects import figure_verb

#: dependencies of the nouns that do or undergo a clause's act: its subjects only (an object
#: is as often the place the act happens at: "left the road at 6:40")
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: hypernym steps between two nouns of one kind ("tornado" -> "cyclone" -> "windstorm" ->
#: "storm")
KIND_DEPTH = 3
#: senses of a noun read
KIND_SENSES = 2
#: embedder cosine of "the x" / "the y" from which two nouns name one thing
THING_SIMILARITY = 0.55


def participants(span) -> frozenset[str]:
    """Lemmas of the common nouns that do or undergo the act of the clause holding the
    figure ``span`` (a spaCy span or None): its verb's noun subject or passive subject, else
    the object a doer named or told by a pronoun acts on (:func:`_acted_on`), else the noun
    a clause of the verb hangs on, else the subject of the verb an open complement ("started
    falling") completes; for
    a participle modifying a noun, that noun; for a verb whose object acts in a participle
    of its own (a verb of seeing or filming), that object.
    Empty when there is no verb or no such noun (a pronoun subject: "It crashed at 6:40")."""
    verb = figure_verb(span)
    if verb is None:
        return frozenset()
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return frozenset({verb.head.lemma_.lower()})  # "a tornado touched down at 4:12"
    watched = [c for c in verb.children if c.dep_ == "dobj" and _acting(c)]
    if watched:  # "farmers filmed a tornado tearing across the fields at 4:40"
        return frozenset({watched[0].lemma_.lower()})
    nouns = _noun_subjects(verb) or _acted_on(verb)
    if nouns:
        return nouns | _agents(verb)
    if verb.dep_ in ("advcl", "relcl") and verb.head.pos_ == "NOUN":
        return frozenset({verb.head.lemma_.lower()})  # a clause hung on the noun it tells of
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return _noun_subjects(verb.head)  # "Hail started falling at 16:05": the hail
    if _people_pronoun_subject(verb):
        return frozenset({"person"})  # "we set off at 11:00", "40 of us left at 9"
    return frozenset()


#: pronouns that can only name people (not "they" nor "it", which may be things)
_PEOPLE_PRONOUNS = frozenset({"i", "we", "us", "he", "she", "you"})


def _people_pronoun_subject(verb) -> bool:
    """The subject of ``verb`` names people by a pronoun that can name nothing else: "we",
    "I", "he", "she", or a number of them ("212 of us set off"), with no object the act is
    done to (:func:`_acted_on` reads that)."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lower_ in _PEOPLE_PRONOUNS:
            return True
        if subj.like_num or subj.pos_ == "NUM":
            of = [g for c in subj.children if c.lower_ == "of" for g in c.children]
            if any(g.lower_ in _PEOPLE_PRONOUNS for g in of):
                return True
    return False


def _noun_subjects(verb) -> frozenset[str]:
    """Lemmas of the common-noun subjects and passive subjects of ``verb`` (a capitalised
    common noun the tagger took for a name outside any entity counts: "Hail started"; a
    name WordNet does not know as a noun does not: "The Corvane-2 took off")."""
    return frozenset(
        c.lemma_.lower()
        for c in verb.children
        if c.dep_ in PARTICIPANT_DEPS
        and (
            c.pos_ == "NOUN"
            or (c.pos_ == "PROPN" and not c.ent_type_ and lexicon.senses(c.lemma_.lower(), "n"))
        )
    )


def _agents(verb) -> frozenset[str]:
    """Lemmas of the common nouns of a passive verb's "by" phrase: "Residents were woken at
    5:15 a.m. by a blast" is also the blast's moment."""
    return frozenset(
        g.lemma_.lower()
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    )


#: subject pronouns of people: a clause with one tells what people did to a thing
PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})
#: entity labels of a named doer (a person, an organisation, a people, a state)
DOER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _acted_on(verb) -> frozenset[str]:
    """The common-noun object of ``verb`` when its subject is a doer told by a personal
    pronoun or a name ("We raised the warning to orange at 13:30" -> {"warning"}, "Ms Ortiz
    raised the alarm at 3:05" -> {"alarm"}): what the people acted on is what the time
    belongs to. Empty for a subject that is a thing ("It left the road at 6:40": "it" is
    the thing, the road a place) or no subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(_doer(c) for c in subjects):
        return frozenset()
    return frozenset(
        c.lemma_.lower() for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
    )


def _doer(tok) -> bool:
    """A subject that names people: a personal pronoun or a name of :data:`DOER_LABELS`."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    return tok.pos_ == "PROPN" and tok.ent_type_ in DOER_LABELS


def _acting(noun) -> bool:
    """A common noun object with a present participle of its own ("filmed *a tornado
    tearing* across the fields"): what was seen, filmed or heard doing the act the clause
    dates, not the one who saw it."""
    return noun.pos_ == "NOUN" and any(k.dep_ == "acl" and k.tag_ == "VBG" for k in noun.children)


def _one_kind(x: str, y: str) -> bool:
    if x == y or lexicon.same_sense(x, y, "n", first=KIND_SENSES):
        return True
    if _people(x) and _people(y):
        return True  # "commandos roped down" / "troops took control": one operation's doers
    if _people(x) != _people(y):
        return False  # "fire broke out" / "firefighters arrived": a thing and people
    for low, high in ((x, y), (y, x)):
        top = frozenset(lexicon.senses(high, "n")[:1])
        if top and lexicon.reaches(low, "n", top, KIND_SENSES, KIND_DEPTH):
            return True
    return _cosine(x, y) >= THING_SIMILARITY


@lru_cache(maxsize=4096)
def _people(noun: str) -> bool:
    """The first WordNet sense of ``noun`` is a person or a group of people ("residents",
    "firefighters", "police", "crew"): people who did or met the act, who are named
    variously between reports of one moment."""
    targets = frozenset(lexicon.senses("person", "n")[:1] + lexicon.senses("social_group", "n")[:1])
    return lexicon.reaches(noun, "n", targets, first=1, depth=12)


@lru_cache(maxsize=4096)
def _cosine(x: str, y: str) -> float:
    from .embed import embed_texts

    vx, vy = embed_texts([f"the {x}", f"the {y}"])
    return float(np.dot(vx, vy))


def other_participants(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two slots' participant nouns (:func:`participants`, over all their readings) name
    other things: both have some and no noun of one is of one kind with a noun of the
    other."""
    xs, ys = sorted(set(a)), sorted(set(b))
    if not xs or not ys:
        return False
    return not any(_one_kind(x, y) for x in xs for y in ys)


def other_bearers(a: Iterable, b: Iterable) -> bool:
    """The clauses of two slots' figures (spaCy spans, None for a figure not in the parse)
    have other participants: :func:`other_participants` of the union of each side's
    :func:`participants`."""
    nouns_a = frozenset().union(*(participants(s) for s in a))
    nouns_b = frozenset().union(*(participants(s) for s in b))
    return other_participants(nouns_a, nouns_b)


def _person_act(span) -> bool:
    """The clause of the figure ``span`` tells an act done by people: its verb's subject
    (or a passive verb's "by" object) is a person's or a body's name, a noun whose first
    sense is people (:func:`_people`) or a personal pronoun."""
    verb = figure_verb(span)
    if verb is None:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(_named_doer(d) for d in doers)


def _named_doer(tok) -> bool:
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    if tok.ent_type_ in DOER_LABELS:
        return True
    return tok.pos_ == "NOUN" and _people(tok.lemma_.lower())


def people_acts(a: Iterable, b: Iterable) -> bool:
    """Every clause of two slots' figures (spaCy spans, None for a figure not in the
    parse) tells an act done by people (:func:`_person_act`): with two verbs they are
    likely two steps of one timeline ("officers arrived at 11.31am" / "the manager phoned
    at 11.40am")."""
    spans_a, spans_b = list(a), list(b)
    if not spans_a or not spans_b:
        return False
    return all(s is not None and _person_act(s) for s in spans_a + spans_b)
