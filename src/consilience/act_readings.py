"""Acts and states of a clause read as predicates with their arguments, for opposition by
WordNet (:mod:`consilience.act_relations`) rather than by a word table.

    act_readings(analysis, claim, names) -> [Reading(kind="act"), ...]
    act_clash(a, b, published) -> bool

Each predicate of a clause gives one reading of kind ``"act"``: its lemma and part of
speech (``pos``: "v", "a", "n"), polarity and time (as :mod:`consilience.event_states`
reads them), its *doer* (the subject of an active verb) and its *theme* (the object, the
subject of a passive, the subject of a copular adjective). Forms read:

* a verb ("the tiger killed the keeper", "the keeper survived", "was injured");
* a copula with an adjective ("remains free", "is alive"): the subject is the theme;
* membership ("was among those killed", "was not among the injured", "among those who
  died"): the subject is the theme of the class's participle, the doer of its relative
  clause's verb, the theme of its adjective;
* an act named by a noun after a light verb of motion ("was taken into custody": the
  noun's verbs, "detain", of the one taken);
* a plan still undecided ("has not decided whether to appeal"): ``undecided``; a decision
  still open about a thing ("has not decided *what to do with* the meteorite"): an
  undecided "do" on it, which leaves open any act on it; a decision taken ("has agreed
  to sell", "voted to close") is a plan;
* an act named by a noun denied by "no" ("*No* refund request was received") or by "any"
  under a negated verb ("has not received *any* complaint about the quarry"): the noun's
  verbs (WordNet) denied, of the noun's compound or "of"/"for" object;
* a verb of attribution that reports no clause is an act ("conceded defeat", "complained
  about the quarry"); one that only reports speech ("say", "tell") never is;
* members its theme names (``members``, :func:`members`: "expelled nine diplomats,
  *among them the ambassador*", "injured five workers, *including the foreman*"): the act
  is read of each member too, so a denial of one member ("is not among those expelled")
  meets it.

A pronoun argument is the person it stands for (the relative pronoun subject of an active
verb the noun its clause modifies: "Hale, *who* conceded"; a passive one, "a steward *who
was trapped*", describes the noun as a participle does and states nothing): "he"/"she" of a reported clause the
reporter (:func:`consilience.event_states._referent`) unless the reporter is the person's
("*her* lawyer said *she* would appeal": the person named last before, not the lawyer), an object pronoun ("allowed *her*
to remain free") the last person named before it who is not the subject of its own
clause.

Two act readings clash (:func:`act_clash`) when their predicates are opposite (WordNet)
with one polarity, or one act (same lemma or sense) with opposite polarity -- also
through what a transitive verb causes its object to do ("the tiger killed the keeper": the
keeper died) and through a participle's adjective ("was damaged" / "remains undamaged")
-- and their arguments are one: an argument of each is one thing (or, of an act named by a
noun, both name one object of one preposition: "no complaint about the quarry" /
"complained about the quarry"), no two doers, two themes or two objects of one
preposition differ ("acquitted of laundering" / "convicted of fraud"), and no denial is
narrowed by a "for" the statement lacks ("licensed" / "not licensed for night flights");
or when one says an act is undecided and the other plans, decides or does it. Opposite
verbs that tell one change of hands from its two sides ("sells tickets" / "who bought a
ticket", :func:`consilience.act_relations.converse`) clash only of one named doer.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from . import lexicon
from .act_relations import (
    caused,
    ceases,
    converse,
    direct_opposite,
    forms,
    pole,
    poles_apart,
    relation,
)
from .claims import arg_keys
from .class_denials import kinds
from .cues import ATTRIBUTION_VERBS, aux_word
from .event_states import (
    CLAUSE_DEPS,
    COPULAS,
    NEGATIVE_DETS,
    NONE_WORDS,
    NOT_EVENTS,
    STATE_VERBS,
    UNASSERTED,
    Reading,
    _arguments,
    _lemma,
    _mods,
    _negated,
    _past_change,
    _referent,
    _surface,
    _time,
    narrower_class,
    narrower_denial,
    one_moment,
    same_theme,
    scope_of,
    time_to_come,
    universal_denial,
)
from .figure_events import DERAIL, derails
from .model import Analysis, Claim
from .verdict_charges import charges_counted, prep_objects

#: light verbs that carry an act named by the noun they move their object into ("taken
#: into custody", "placed under arrest")
CARRY_INTO = frozenset("take put place bring send go come".split())
INTO = frozenset({"into", "under"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
SUBJECT_PRONOUNS = frozenset({"he", "she"})
#: tags of relative pronouns ("who", "which", "that"), which stand for the noun their
#: clause modifies
RELATIVE_TAGS = frozenset({"WP", "WDT"})
LOOK_BACK = 3  # sentences before a pronoun in which its person may be named


def act_readings(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """The act readings of every predicate inside ``claim``'s span (module doc); empty
    when the span does not map onto tokens."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok in span:
        reading = _act(tok, claim, names)
        if reading is None:
            reading = _denied_noun(tok, claim, names)
        if reading is not None:
            out.append(reading)
    return out


def _act(tok, claim: Claim, names) -> Reading | None:
    """The act reading of ``tok`` when it is a predicate (module doc), else None."""
    stranded = stranded_subject(tok)
    if tok.dep_ not in CLAUSE_DEPS or (tok.dep_ == "acl" and stranded is None):
        return None  # a participle modifying a noun states nothing of its own
    thing = _undecided_thing(tok)
    if thing is not None:
        return _open_decision(tok, thing, claim, names)
    if _not_event(tok):
        return None
    undecided = _undecided(tok)
    if not undecided and any(c.dep_ == "mark" and c.lower_ in UNASSERTED for c in tok.children):
        return None
    if time_to_come(tok):
        return None  # "send us a report each quarter until the lido reopens": not yet
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return None  # "refused to resign", "allowed her to remain": the complement's act
    time = _time(tok, claim)
    if time is None:
        return None  # a hedge: "may not survive"
    pred = _predicate(tok)
    if pred is None:
        return None
    lemma, pos, doer, theme, active = pred
    denied = _negated(tok) != _none(stranded)  # "No oil leaked ..., officials said"
    plan, start, until = time
    return Reading(
        token=tok.i,
        kind="act",
        predicate=lemma,
        surface=_membership_surface(tok) or _surface(tok),
        sign=-1 if denied and not undecided else 1,
        theme=_keys(theme, names),
        head=_head(theme),
        mods=_mods(theme) if theme is not None else frozenset(),
        doer=_keys(doer, names),
        plan=(plan or _decided(tok)) and not undecided,
        start=start,
        until=until,
        phrase=_phrase(theme if theme is not None else doer),
        negated=denied and not undecided,
        change=pos == "v" and _past_change(tok, lemma),
        pos=pos,
        doer_head=_head(doer),
        doer_mods=_mods(doer) if doer is not None else frozenset(),
        undecided=undecided,
        cite=_clause_span(tok.head) if undecided else (),
        preps=_preps(tok) - ({("through", _head(theme))} if lemma == BREACH else set()),
        active=active,
        first_person=any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children),
        adjective=_participle(tok, lemma, pos, theme),
        dated=tuple(claim.dates),
        scope=scope_of(tok),
        universal=denied and (universal_denial(tok) or _none(stranded)),
        members=tuple((_keys(m, names), _head(m), _mods(m)) for m in members(tok, theme)),
        lasted=_lasted(tok),
        counted=charges_counted(tok),
    )


#: WordNet kinds of a unit of time
_TIME_UNITS = frozenset({"time_unit", "unit_of_time"})


def _lasted(tok) -> bool:
    """Predicate ``tok`` is of the past and said to have lasted a stretch of time ("was
    trapped *for 40 minutes*", "had been held *for six days*") or to have been going on at
    a past moment ("the train *was travelling* at 75mph"): a state that is over, a step
    before its opposite ("came to rest")."""
    if tok.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children)
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "aux" and aux_word(c) in ("will", "has", "have") for c in tok.children):
        return False  # "has been trapped for 40 minutes": still
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and _TIME_UNITS & kinds(noun.lemma_.lower(), "n", 3, 1):
                return True
    return False


#: prepositions that name members of a set ("nine diplomats, *among* them the
#: ambassador"; "*including* two nurses")
MEMBER_PREPS = frozenset({"among", "including"})
#: pronouns "among" takes when the members follow ("among *them* the ambassador")
_SET_PRONOUNS = frozenset({"them", "whom", "which", "those"})


def members(tok, theme) -> list:
    """Head tokens of the members the theme of verb ``tok`` names after "including" or
    "among them", on the theme or (as the parser often attaches it) on the verb after the
    theme: "expelled nine diplomats, among them the ambassador" -> [ambassador],
    "injured four people including a nurse and a cook" -> [nurse, cook]. Empty when the
    theme names none; "among them" before the theme names nobody it holds."""
    if theme is None or theme.pos_ == "PRON":
        return []
    preps = [
        p
        for p in (*theme.children, *tok.children)
        if p.dep_ == "prep" and p.lower_ in MEMBER_PREPS and p.i > theme.i
    ]
    out = []
    for p in sorted(preps, key=lambda t: t.i):
        obj = next((c for c in p.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if obj.lower_ in _SET_PRONOUNS:
            obj = _after_set_pronoun(tok, obj)
        elif p.lower_ == "among":
            obj = None  # "among the rubble": a place, not members
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            out += [obj, *(c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
    return out


def _set_preps(preps: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """``preps`` without those naming members (:data:`MEMBER_PREPS`): of a member, "among
    them" says nothing more."""
    return frozenset(p for p in preps if p[0] not in MEMBER_PREPS)


def _after_set_pronoun(tok, pron):
    """The noun naming the member after "among them": the pronoun's apposition, or the
    next noun the verb governs before a comma or the clause's end."""
    appos = next((c for c in pron.children if c.dep_ == "appos"), None)
    if appos is not None:
        return appos
    for t in pron.doc[pron.i + 1 : tok.sent.end]:
        if t.is_punct:
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.head.i in (tok.i, pron.i) and t.dep_ != "compound":
            return t
    return None


def _participle(tok, lemma: str, pos: str, theme) -> str:
    """The participle of verb ``tok`` as the adjective WordNet holds of the state it leaves
    its theme in ("was *damaged*", "*injured* the guide" -> "injured"; the antonyms
    "undamaged", "uninjured" are adjectives), or "" (not a participle, no theme, a state
    verb :mod:`consilience.event_states` reads, or no such adjective)."""
    if pos != "v" or theme is None or lemma in STATE_VERBS:
        return ""
    form = tok.lower_
    if tok.tag_ != "VBN" and not (tok.tag_ == "VBD" and form.endswith("ed")):
        return ""
    return form if form != lemma and lexicon.senses(form, "a") else ""


#: the determiner that denies a noun's existence ("*no* request was received"), and the
#: one that does under a negated verb ("did not receive *any* request")
NO, ANY = "no", "any"
#: prepositions whose object is what an act named by a noun is of ("a demand *for* money")
THEME_PREPS = frozenset({"of", "for"})


def _denied_noun(tok, claim: Claim, names) -> Reading | None:
    """The act a noun names, denied by "no" ("*No* refund request was received", "there
    has been *no* complaint about the quarry", "received *no* demand for money") or by
    "any" under a negated verb ("has not received *any* complaint"): the
    noun's verbs (WordNet derivations, :func:`consilience.act_relations.forms`) with sign
    -1, its compound or "of"/"for" object as theme, its other prepositional objects as
    ``preps``, the time of the verb it is an argument of; None for another token or when
    the noun names no act."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return None
    gov = tok.head
    if gov.dep_ not in CLAUSE_DEPS or gov.dep_ == "acl" or gov.pos_ not in ("VERB", "AUX"):
        return None
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if NO not in dets and not (ANY in dets and _negated(gov)):
        return None
    lemma = tok.lemma_.lower()
    if not any(p == "v" for p, _ in forms(lemma, "n")):
        return None
    time = _time(gov, claim)
    if time is None:
        return None
    theme = _noun_theme(tok)
    plan, start, until = time
    return Reading(
        token=tok.i,
        kind="act",
        predicate=lemma,
        surface=tok.doc[tok.left_edge.i : tok.i + 1].text,
        sign=-1,
        theme=_keys(theme, names),
        head=_head(theme),
        mods=_mods(theme) if theme is not None else frozenset(),
        doer=frozenset(),
        plan=plan,
        start=start,
        until=until,
        phrase=_phrase(theme) if theme is not None else tok.text,
        negated=True,
        pos="n",
        preps=frozenset(
            (p.lower_, o.lemma_.lower())
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ not in THEME_PREPS
            for o in p.children
            if o.dep_ == "pobj"
        ),
    )


def _noun_theme(noun):
    """What an act noun is of: its compound ("a *refund* request"), else the object of its
    "of"/"for" ("a request *for a rerun*"), else None."""
    compound = next((c for c in noun.children if c.dep_ == "compound"), None)
    if compound is not None:
        return compound
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in THEME_PREPS:
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


#: verbs that only ever report speech or thought, whatever their arguments
SPEECH = frozenset(
    "say tell state note add write reply respond report comment remark explain think believe "
    "know estimate suggest indicate signal".split()
)


def _not_event(tok) -> bool:
    """Whether predicate ``tok`` states no act of its own
    (:data:`consilience.event_states.NOT_EVENTS`), except a verb of attribution that
    reports no clause: it is an act on its object ("*conceded* defeat", "*complained*
    about the quarry", "has refused to *concede*"), unless it only ever reports speech
    (:data:`SPEECH`)."""
    lemma = tok.lemma_.lower()
    if lemma not in NOT_EVENTS:
        return False
    if lemma not in ATTRIBUTION_VERBS or lemma in SPEECH:
        return True
    return any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in tok.children)


def stranded_subject(tok):
    """The subject of a finite verb the parser hung on a noun as a participle ("The town's
    sea wall *held* against the surge", "The gate of the stadium *held*, police said"):
    the noun phrase it hangs on is a sentence's root or a second subject of the reporting
    verb, so it has no verb of its own; else None (a true participle: "the man *arrested*
    on Monday was released")."""
    if tok.dep_ != "acl" or tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
        return None
    top = tok.head
    while top.dep_ in ("pobj", "prep") and top.head is not top:
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN"):
        return None
    if top.dep_ == "ROOT":
        return top
    if top.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in top.head.children) > 1:
        return top
    return None


def _none(subject) -> bool:
    """A stranded subject (:func:`stranded_subject`) that denies its verb: "*no* oil",
    "*nothing*" (the verb's own negation cannot see it)."""
    if subject is None:
        return False
    return subject.lower_ in NONE_WORDS or any(
        d.dep_ == "det" and d.lower_ in NEGATIVE_DETS for d in subject.children
    )


def _predicate(tok):
    """``(lemma, pos, doer token, theme token, active)`` of predicate ``tok``, or None;
    ``active``: an active verb, whose theme is its object (and whose doer, when not
    named, is unknown rather than absent)."""
    stranded = stranded_subject(tok)
    if stranded is not None:  # an intransitive verb misread as a participle
        return _lemma(tok), "v", stranded, None, True
    subj, obj, passive = _arguments(tok)
    subj = _person(_controller(tok, subj))
    obj = _person(obj)
    if tok.lemma_.lower() in COPULAS:
        return _copular(tok, subj if subj is not None else _inverted_subject(tok))
    if tok.pos_ != "VERB":
        return None
    if tok.lemma_.lower() == "include" and subj is not None and obj is not None and not passive:
        return _class_of(subj, obj) or (_lemma(tok), "v", subj, obj, True)
    if tok.lemma_.lower() != DERAIL and derails(tok):
        return DERAIL, "v", subj, None, True  # "came off the tracks": derailed
    through = _broken_through(tok)
    if through is not None:  # "waves broke through the wall": the wall was breached
        return BREACH, "v", None, through, False
    noun = _carried_noun(tok)
    if noun is not None:  # "was taken into custody": detain the one taken
        return noun.lemma_.lower(), "n", None if passive else subj, obj, not passive
    return _lemma(tok), "v", None if passive else subj, obj, not passive


def _copular(tok, subj):
    """A copula's reading: its adjective of the subject ("remains free"), or the class
    the subject is among ("was among those killed" / "among the dead")."""
    adj = next((c for c in tok.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adj is not None:
        return adj.lemma_.lower(), "a", None, subj, False
    held = _held_in(tok)
    if held is not None:  # "remains in detention": detained, as "taken into detention"
        return held.lemma_.lower(), "n", None, subj, False
    among = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    cls = next((c for c in among.children if c.dep_ == "pobj"), None) if among else None
    if cls is None:
        return None
    return _class_of(cls, subj)


def _class_of(cls, member):
    """The reading of ``member`` being one of class ``cls`` (the noun after "among", or
    the subject of "include"): the act of a verb the class noun carries ("those *killed*":
    was killed; "the three who *dissented*": dissented), its adjective ("among the
    *injured*") or its noun ("among the *survivors*", "the *dissenters* included"); None
    when the class says none of these ("the team included Reich")."""
    verb = next((c for c in cls.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if verb is not None:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return _lemma(verb), "v", None, member, False
        return _lemma(verb), "v", member, None, False
    if cls.pos_ == "ADJ":
        return cls.lemma_.lower(), "a", None, member, False
    if cls.pos_ == "NOUN" and cls.tag_ == "NNS" and lexicon.verbs_of(cls.lemma_.lower()):
        return cls.lemma_.lower(), "n", member, None, False
    return None


def _inverted_subject(tok):
    """The subject of an inverted copula ("Among the dissenters *is* Justice Reich": the
    name after the verb), or None."""
    if not any(c.dep_ == "prep" and c.lower_ == "among" for c in tok.children):
        return None
    return _person(next((c for c in tok.children if c.dep_ == "attr"), None))


def _held_in(tok):
    """The act noun a copula says its subject is held in ("remains *in detention*", "is
    *in custody*"): the object of "in" that names an act (WordNet derives a verb from it),
    else None ("is in Bramland", "is in good health")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN" and lexicon.verbs_of(noun.lemma_.lower()):
                return noun
    return None


def _membership_surface(tok) -> str:
    """How a membership reads ("was among those killed"), or "" for another predicate."""
    among = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is None or tok.lemma_.lower() not in COPULAS:
        return ""
    return tok.doc[tok.i : among.right_edge.i + 1].text


#: the act of a breaking verb whose "through" object is what it breaks (WordNet's verb)
BREACH = "breach"


def _broken_through(tok):
    """The object of "through" after a verb of breaking with no object of its own
    ("water *burst through* the embankment", "protesters *smashed through* the gate"): a
    kind of "break" in WordNet (:func:`consilience.class_denials.kinds`), else None."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "through"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = tok.lemma_.lower()
    return obj if lemma == "break" or "break" in _kinds(lemma) else None


@lru_cache(maxsize=8192)
def _kinds(verb: str) -> frozenset[str]:
    return kinds(verb, "v", 2)


def _carried_noun(tok):
    """The act noun a light verb moves its object into ("taken into *custody*")."""
    if tok.lemma_.lower() not in CARRY_INTO:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in INTO:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return None


def _preps(tok) -> frozenset[tuple[str, str]]:
    """``(preposition, object)`` of the predicate's prepositional phrases
    (:func:`consilience.verdict_charges.prep_objects`: "acquitted *of money laundering*"
    -> ("of", "laundering"), "guilty of taking *bribes*" -> ("of", "bribe")), also those
    the parser hangs on its object ("convicted her *of fraud*") and a passive's "by" ("was
    caused *by a power cut*" / "was not caused *by sabotage*": two causes)."""
    out = set()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in [*tok.children, *(p for o in objects for p in o.children)]:
        if prep.dep_ in ("prep", "agent"):  # a passive's doer too: "caused *by a fault*"
            out.update(prep_objects(prep))
    return frozenset(out)


def _controller(tok, subj):
    """The subject, or for a verb with none that complements another ("decided whether
    *to appeal*", "ordered the crew *to leave*") the other's object, else its subject."""
    if subj is not None or tok.dep_ not in ("xcomp", "ccomp"):
        return subj
    kids = list(tok.head.children)
    return next((c for c in kids if c.dep_ == "dobj"), None) or next(
        (c for c in kids if c.dep_ == "nsubj"), None
    )


def _clause_span(tok) -> tuple[int, int, str]:
    """``(start, end, text)`` of the clause headed by ``tok`` (its subtree), in
    characters."""
    span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
    return span.start_char, span.end_char, span.text


def _undecided(tok) -> bool:
    """``tok`` is the act of a "whether" clause a negated verb of deciding governs ("has
    not decided whether to appeal", "has not yet decided whether he will appeal")."""
    if tok.dep_ not in ("xcomp", "ccomp"):
        return False
    if not any(c.lower_ == "whether" for c in tok.children):
        return False
    gov = tok.head
    deciding = gov.lemma_.lower() == "decide" or "decide" in lexicon.synonyms(
        gov.lemma_.lower(), "v", 1
    )
    return deciding and _negated(gov)


#: question words of a complement that leaves its act open ("what to do with it")
_OPEN_WORDS = frozenset({"what", "how"})


def _undecided_thing(tok):
    """The thing of an open decision: ``tok`` is "do" in a question complement of a
    negated verb of deciding, with the thing after "with" / "about" ("has not yet decided
    *what to do with the meteorite*", "has not decided what to do about the shares");
    else None."""
    if tok.lemma_.lower() != "do" or tok.dep_ not in ("xcomp", "ccomp"):
        return None
    if not any(c.lower_ in _OPEN_WORDS for c in tok.children):
        return None
    gov = tok.head
    deciding = gov.lemma_.lower() == "decide" or "decide" in lexicon.synonyms(
        gov.lemma_.lower(), "v", 1
    )
    if not (deciding and _negated(gov)):
        return None
    return next(
        (o for p in tok.children if p.lower_ in ("with", "about") for o in p.children
         if o.dep_ == "pobj"),
        None,
    )  # fmt: skip


def _open_decision(tok, thing, claim: Claim, names) -> Reading | None:
    """The reading of an open decision about ``thing`` (:func:`_undecided_thing`): an
    undecided act "do" of the decider on the thing, which leaves open every act another
    clause states as planned or decided on it (:func:`_undecided_plan`)."""
    time = _time(tok.head, claim)
    if time is None:
        return None
    subj, _, _ = _arguments(tok.head)
    doer = _person(subj)
    return Reading(
        token=tok.i,
        kind="act",
        predicate="do",
        surface=_surface(tok),
        sign=1,
        theme=_keys(thing, names),
        head=_head(thing),
        mods=_mods(thing),
        doer=_keys(doer, names),
        plan=False,
        start=time[1],
        until=time[2],
        phrase=_phrase(thing),
        pos="v",
        doer_head=_head(doer),
        doer_mods=_mods(doer) if doer is not None else frozenset(),
        undecided=True,
        cite=_clause_span(tok.head),
        active=True,
        dated=tuple(claim.dates),
    )


# --------------------------------------------------------------------------- arguments


def _person(tok):
    """``tok``, or the token of the person a pronoun stands for (module doc)."""
    if tok is None:
        return None
    low = tok.lower_
    if low in SUBJECT_PRONOUNS:
        ref = _referent(tok)
        if ref is tok:
            return _named_before(tok, None)
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in ref.children):
            return _named_before(tok, ref)  # "her lawyer said she would": not the lawyer
        return ref
    if low in OBJECT_PRONOUNS:
        return _named_before(tok, _clause_subject(tok))
    if tok.tag_ in RELATIVE_TAGS and tok.head.dep_ == "relcl" and tok.dep_ == "nsubj":
        return tok.head.head  # "Hale, *who* conceded on Thursday": Hale
    return tok


def _clause_subject(tok):
    """The subject of the verb whose clause holds pronoun ``tok`` as object or as the
    subject of its complement ("Fenn allowed *him* to remain": Fenn)."""
    verb = tok.head
    if tok.dep_ == "nsubj":  # "allowed her to remain": the complement's subject
        verb = verb.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _named_before(tok, exclude):
    """The last person named before ``tok`` in its sentence or the :data:`LOOK_BACK`
    sentences before (:func:`_people`), none of ``exclude``'s words (the subject of the
    pronoun's clause, with its apposition); else None."""
    sents = [s for s in tok.doc.sents if s.start <= tok.sent.start][-(LOOK_BACK + 1) :]
    skip = {t.lower_ for t in exclude.subtree} if exclude is not None else set()
    found = [t for t in _people(tok.doc) if sents[0].start <= t.i < tok.i and t.lower_ not in skip]
    return found[-1] if found else None


def _people(doc) -> list:
    """Head tokens of the persons a document names, in order: the roots of its PERSON
    entities, and a surname alone the tagger missed ("Lindqvist faces ...") when it ends a
    PERSON entity elsewhere in the document."""
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    surnames = {e.root.lower_ for e in ents}
    roots = {e.root.i for e in ents}
    alone = [
        t
        for t in doc
        if t.pos_ == "PROPN" and t.lower_ in surnames and t.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]
    return sorted({*(doc[i] for i in roots), *alone}, key=lambda t: t.i)


def _keys(tok, names) -> frozenset[str]:
    if tok is None or tok.pos_ == "PRON":
        return frozenset()
    return frozenset(arg_keys(tok, names))


def _head(tok) -> str:
    return tok.lemma_.lower() if tok is not None and tok.pos_ != "PRON" else ""


def _phrase(tok) -> str:
    if tok is None:
        return ""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text[:80]


# --------------------------------------------------------------------------- clash


def act_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether act readings ``a`` and ``b`` (of articles published on the ISO days
    ``published``, "" when unknown) cannot both hold (module doc)."""
    if a.kind != "act" or b.kind != "act":
        return False
    if a.undecided or b.undecided:
        return _undecided_plan(a, b, published) or _undecided_plan(b, a, published[::-1])
    if a.plan or b.plan:
        return _going_on_against_end(a, b, published)
    for x in _variants(a):
        for y in _variants(b):
            rel = relation(x.predicate, x.pos, y.predicate, y.pos)
            if rel > 0 and (narrower_denial(x, y) or narrower_class(x, y)):
                continue
            if rel and (rel < 0) == (x.sign == y.sign) and _same_arguments(x, y):
                if rel < 0 and (_two_steps(x, y, x is a and y is b) or _two_sides(x, y)):
                    continue
                return one_moment(x, y, published, rel)
    return False


def _going_on_against_end(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Of two act readings, one planned: one names going on and the other ending
    (:func:`consilience.act_relations.poles_apart`), both stated, of one thing and one
    doer, reported on one day (:func:`consilience.event_states.one_moment`). Keeping a
    thing, planned or stated, presupposes that it is not ended, so "will maintain the
    dividend" / "has scrapped the dividend" and "will stay on" / "will step down" dispute;
    a plan to end a thing against its keeping so far ("will scrap the levy" / "has kept
    the levy") is a change to come, no dispute."""
    if a.sign < 0 or b.sign < 0 or not poles_apart(a.predicate, b.predicate):
        return False
    on, off = (a, b) if pole(a.predicate) > 0 else (b, a)
    if off.plan is False and on.plan is False:
        return False  # both stated: act_clash's own reading
    if off.plan and not on.plan and on.change:
        return False  # "has kept" / "will scrap": a change to come
    if not _same_arguments(a, b):
        return False
    return one_moment(a, b, published, -1)


def _two_steps(a: Reading, b: Reading, as_said: bool) -> bool:
    """Opposite acts that may be two steps of one story, not a dispute: two states of
    :data:`consilience.event_states.STATE_VERBS` (its own readings judge them), or two
    past changes that are direct antonyms, as said (no entailment read in), about no one
    thing both act on ("arrived" / "departed", "started" / "stopped"), or an act and
    its end, both stated, whatever their tense ("the race starts" / "the race was
    stopped": the stop presupposes the start, :func:`consilience.act_relations.ceases`).
    A state ("remains
    free", "was among those killed"), a kind of the other's antonym ("survived" /
    "died") or one object ("permitted the boards" / "forbade the boards"), also in two
    roles ("the dyke held" / "the sea broke through the dyke"), is a dispute; a state of
    the past that lasted a stretch ("was trapped for 40 minutes") is over, a step before
    its opposite ("freed")."""
    if a.predicate in STATE_VERBS and b.predicate in STATE_VERBS:
        return True
    if a.lasted or b.lasted:
        return True  # "was trapped for 40 minutes" / "firefighters freed the man": over
    if a.sign > 0 and b.sign > 0 and (ceases(a.predicate) or ceases(b.predicate)):
        return direct_opposite(a.predicate, a.pos, b.predicate, b.pos)  # stopped / starts
    if not (a.change and b.change and as_said):
        return False
    if a.head and b.head and _same_arg(a, b):
        return False
    for x, y in ((a, b), (b, a)):  # "the wall held" / "was breached": one thing, two roles
        if x.doer_head and y.head and not y.active and _same_arg(_doer_arg(x), y):
            return False
    return direct_opposite(a.predicate, a.pos, b.predicate, b.pos)


def _two_sides(a: Reading, b: Reading) -> bool:
    """Opposite acts that are one change of hands told from its two sides
    (:func:`consilience.act_relations.converse`: "sells Sunday tickets" / "everyone who
    bought a Sunday ticket"), with a doer missing on one side: both hold of one sale.
    Of one named doer ("Halden bought the site" / "Halden sold the site") they dispute."""
    if not converse(a.predicate, a.pos, b.predicate, b.pos):
        return False
    return not (a.doer and b.doer)


def _undecided_plan(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """``a`` leaves undecided the act ``b`` states as planned or decided ("would appeal",
    "has agreed to sell") or as done ("sold"), of one doer: one act, or ``b``'s a kind of
    ``a``'s ("auction" is a way to "sell"). A deed reported on a later day than the open
    decision (``published``: the ISO days of ``a``'s and ``b``'s articles) is an update."""
    if not (a.undecided and b.sign > 0 and not b.undecided):
        return False
    if not b.plan and published[0] and published[1] and published[1] > published[0]:
        return False
    if not _one_act(a, b):
        return False
    return _same_arguments(a, b)


def _one_act(a: Reading, b: Reading) -> bool:
    """One act by WordNet (:func:`consilience.act_relations.relation`), or one a kind of
    the other in their first senses."""
    if relation(a.predicate, a.pos, b.predicate, b.pos) > 0:
        return True
    if a.undecided and a.predicate == "do":
        return True  # "what to do with it": every act on the thing is left open
    if a.pos != "v" or b.pos != "v":
        return False
    return a.predicate in lexicon.hypernyms(b.predicate, "v") or b.predicate in (
        lexicon.hypernyms(a.predicate, "v")
    )


#: verbs whose complement is a decision taken ("has *agreed* to sell", "*voted* to close")
DECIDING = frozenset("decide agree vote resolve pledge promise commit".split())


def _decided(tok) -> bool:
    """``tok`` is the act of a complement a verb of deciding governs, not negated
    (:data:`DECIDING` and WordNet's first-sense synonyms of "decide")."""
    if tok.dep_ != "xcomp":
        return False
    gov = tok.head.lemma_.lower()
    deciding = gov in DECIDING or "decide" in lexicon.synonyms(gov, "v", 1)
    return deciding and not _negated(tok.head)


def _variants(r: Reading) -> tuple[Reading, ...]:
    """``r``, the act of each member its theme names ("among them the ambassador"), its
    participle's adjective of the theme ("was damaged": damaged, with no doer), and, of a
    verb with a theme, what it causes the theme to do ("killed the keeper": the keeper
    died; not "beat the champion": the champion did not win).
    ``r`` itself, not an equal reading cached earlier: :func:`act_clash` asks ``x is a``."""
    return (r, *_other_variants(r))


@lru_cache(maxsize=65536)
def _other_variants(r: Reading) -> tuple[Reading, ...]:
    """:func:`_variants` but ``r``."""
    out: list[Reading] = [
        replace(r, theme=keys, head=head, mods=mods, members=(), preps=_set_preps(r.preps))
        for keys, head, mods in r.members
        if head
    ]  # "expelled nine diplomats, among them the ambassador": the ambassador expelled
    if r.adjective:  # "was damaged": the theme is damaged
        bare = dict(doer=frozenset(), doer_head="", doer_mods=frozenset(), active=False)
        out.append(replace(r, predicate=r.adjective, pos="a", adjective="", **bare))
    if r.pos == "v" and r.head:
        for verb in sorted(caused(r.predicate)):
            out.append(
                replace(
                    r,
                    predicate=verb,
                    active=False,
                    doer=r.theme,
                    doer_head=r.head,
                    doer_mods=r.mods,
                    theme=frozenset(),
                    head="",
                    mods=frozenset(),
                )
            )
    return tuple(out)  # cached: a story compares each reading with every other


def _same_arguments(a: Reading, b: Reading) -> bool:
    """An argument of each is one thing -- in one role, or a theme that is its clause's
    subject (a passive's, an adjective's) against the other's doer, never the object of
    an active verb against a doer ("the dam failed" / "which operates the dam") -- and
    neither two doers nor two themes differ."""
    if _other_preps(a, b) or (a.counted and b.counted and not a.counted & b.counted):
        return False  # "convicted on four counts" / "acquitted of two counts": both hold
    da, db = _doer_arg(a), _doer_arg(b)
    if da.head and db.head and not _same_arg(da, db):
        return False
    if a.head and b.head and not _same_arg(a, b):
        return False
    pairs = [(a, b), (da, db)]  # one role; across roles only a subject's theme
    pairs += [(a, db)] if not a.active else []  # "was killed" / "survived"
    pairs += [(da, b)] if not b.active else []
    if any(_same_arg(x, y) for x, y in pairs if x.head and y.head):
        return True
    if a.head or b.head or "n" not in (a.pos, b.pos):
        return False
    return bool(a.preps & b.preps)  # "complained about the quarry" / "no complaint about it"


def _other_preps(a: Reading, b: Reading) -> bool:
    """Both name an object with one preposition and no object of it is shared
    ("acquitted of laundering" / "convicted of fraud" are two charges)."""
    shared = {p for p, _ in a.preps} & {p for p, _ in b.preps}
    return any(
        not {o for q, o in a.preps if q == p} & {o for q, o in b.preps if q == p} for p in shared
    )


def _doer_arg(r: Reading) -> Reading:
    """``r`` with its doer as its theme (to compare doers with :func:`_same_arg`)."""
    return replace(r, theme=r.doer, head=r.doer_head, mods=r.doer_mods)


def _same_arg(a: Reading, b: Reading) -> bool:
    """One key of the two arguments, or one thing by
    :func:`consilience.event_states.same_theme`."""
    return bool(a.theme & b.theme) or same_theme(a, b)
