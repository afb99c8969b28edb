"""Act classes of dated predicates: which verbs, event nouns and "since + state"
constructions name one kind of act, so that two articles dating it in other words can be
compared ("has been chief since 2019" / "took over as chief in 2020"; "painted in 1887" /
"finished in 1891"; "in service since 2009" / "introduced in 2011").

Pure functions over spaCy tokens; :mod:`consilience.dates` reads them to tell when two
dated clauses date one act.
"""

from __future__ import annotations

from typing import NamedTuple

from . import lexicon

#: verbs of one kind of act, folded so that "opened on Tuesday" and "began Wednesday" (or
#: "got under way on Saturday") are read as the same act
VERB_CLASSES = {
    "start": {"start", "begin", "open", "launch", "commence", "kick", "resume"},
    "end": {"end", "close", "finish", "conclude", "wrap"},
}
_VERB_CLASS = {w: c for c, ws in VERB_CLASSES.items() for w in ws}


#: classes of predicates that name one kind of act whatever the verb: two dated clauses of
#: one class, about the same thing, date one event ("built in 1887" / "completed in 1891")
PREDICATE_CLASSES = {
    "assume": {"become", "join", "appoint", "name", "elect", "succeed", "assume", "install"},
    # making a thing or a work: "built in 1887" / "completed in 1891", "painted" / "finished"
    "build": {
        "build",
        "construct",
        "erect",
        "complete",
        "finish",
        "paint",
        "write",
        "compose",
        "create",
        "draw",
        "sculpt",
        "carve",
        "design",
        "make",
    },
    "record": {"set", "break", "smash", "beat", "equal", "establish"},
    "discover": {"discover", "spot", "find", "detect", "identify", "uncover", "locate", "notice"},
    "introduce": {
        "introduce",
        "launch",
        "debut",
        "unveil",
        "release",
        "enter",
        "roll",
        "commission",
        "deploy",
    },
    "discharge": {"leak", "spill", "pour", "escape", "seep", "gush"},
    "disappear": {"disappear", "vanish"},
    "found": {"found", "establish", "form", "incorporate"},
    "marry": {"marry", "wed"},
    "move": {"move", "relocate", "emigrate"},
    "arrest": {"arrest", "detain", "jail", "imprison", "remand"},
    # a structure failing: "the gate gave way" / "a top gate failed" / "the dam burst"
    "collapse": {"collapse", "give_way", "fail", "burst", "crumble"},
}
#: "X dates from / dates back to <year>" tells when X came to be (WordNet's "date back,
#: date from: belong to an earlier time"): the making or the founding of X
ORIGIN_KIDS = {("prep", "from"), ("prt", "back"), ("advmod", "back")}
ORIGIN_CLASSES = frozenset({"build", "found"})
#: verbs of making that name no work on their own: a making only of a named work ("Varr
#: made Harbour at Dusk in 1906"), not "made a statement"
NAMED_WORK_VERBS = {"make", "create", "design"}
#: classes whose act is about a role or a thing that must be named on both sides ("joined
#: the board in 2015" and "became chief in 2019" are two acts of one person)
NAMED_THING_CLASSES = {"assume", "record", "introduce"}
#: holding a role since a date: the date is when the role was taken ("chief since 2019")
ROLE_STATE_VERBS = {"be", "serve", "lead", "head", "run", "chair", "manage", "coach"}
RECORD_NOUNS = {"record", "best", "mark"}
SERVICE_NOUNS = {"service", "operation", "use", "production"}
#: event nouns: a date hung on one dates that act ("a chemical leak late on Tuesday")
NOMINALS = {
    "construction": "build",
    "completion": "complete",
    "discovery": "discover",
    "introduction": "introduce",
    "opening": "open",
    "closure": "close",
    "appointment": "appoint",
    "launch": "launch",
    "leak": "leak",
    "spill": "spill",
    "start": "start",
    "debut": "debut",
}


def predicate_classes(tok, span) -> frozenset[str]:
    """The act classes (:data:`PREDICATE_CLASSES`, :data:`VERB_CLASSES`) of the event
    predicate ``tok`` (a verb or an event noun) dated by ``span``; always holds its folded
    lemma (:func:`verb_class`). "took over as chief", "has been chief since 2019" ->
    "assume"; "set a record" -> "record"; "entered service" -> "introduce"."""
    if tok is None:
        return frozenset()
    lemma = NOMINALS.get(tok.lemma_.lower(), tok.lemma_.lower())
    if lemma == "give" and any(c.dep_ == "dobj" and c.lower_ == "way" for c in tok.children):
        lemma = "give_way"  # "the gate gave way": one act
    out = {verb_class(tok) or lemma}
    out |= {c for c, ws in PREDICATE_CLASSES.items() if lemma in ws}
    kids = {(c.dep_, c.lemma_.lower()) for c in tok.children}
    objs = {w for d, w in kids if d in ("dobj", "nsubjpass", "attr")}
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.add(tok.head.lemma_.lower())  # "the record set in 2024"
    if lemma == "set" and ("prt", "up") in kids:
        out.add("found")  # "set up in 1921"
    if tells_origin(tok):
        out |= ORIGIN_CLASSES  # "the score dates from 1874": when it was made
    if lemma == "take" and (("prt", "over") in kids or objs & {"helm", "charge", "reins"}):
        out.add("assume")
    if lemma in ROLE_STATE_VERBS and holds_role_since(tok, span):
        out.add("assume")
    if takes_office(tok):
        out.add("assume")
    if "record" in out and not objs & RECORD_NOUNS:
        out.discard("record")
    if lemma == "enter" and not objs & SERVICE_NOUNS:
        out.discard("introduce")
    if lemma == "roll" and ("prt", "out") not in kids:
        out.discard("introduce")
    if lemma in NAMED_WORK_VERBS and not _names_a_work(tok):
        out.discard("build")
    return frozenset(out)


def tells_origin(tok) -> bool:
    """``tok`` is "date" with "from" or "back" ("the score dates from 1874", "which dates
    back to 2012"): the clause tells when its subject came to be (:data:`ORIGIN_KIDS`)."""
    if tok.lemma_.lower() != "date" or tok.pos_ != "VERB":
        return False
    return bool({(c.dep_, c.lower_) for c in tok.children} & ORIGIN_KIDS)


def origin_things(tok) -> set[str]:
    """Lemmas of what an origin clause (:func:`tells_origin`) dates: its noun subject, or the
    noun a relative clause describes ("the embankment, which dates from 1962")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    nouns = {c.lemma_.lower() for c in subjects if c.pos_ in ("NOUN", "PROPN")}
    if not nouns and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        nouns.add(tok.head.lemma_.lower())
    return nouns


def _names_a_work(tok) -> bool:
    """The verb acts on a named thing: a proper-noun object, or the proper noun a
    participle describes ("Harbour at Dusk, made in 1906")."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl"):
        things.append(tok.head)
    return any(t.pos_ == "PROPN" or t.ent_type_ == "WORK_OF_ART" for t in things)


def holds_role_since(tok, span) -> bool:
    """ "Olsen has been chief executive since 2019", "she has served as mayor since 2019":
    a named or personal subject holding a role (not "the first strike since 1998")."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "since":
        return False
    person = any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they"))
        for c in tok.children
    )
    roles = [c for c in tok.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    plain = all(
        not any(g.tag_ == "JJS" or g.ent_type_ == "ORDINAL" for g in r.children) for r in roles
    )
    return person and plain and bool(roles or role_nouns(tok))


def takes_office(tok) -> bool:
    """ "will take office", "was sworn in", "is inaugurated": taking an office."""
    lemma = tok.lemma_.lower()
    kids = {(c.dep_, c.lemma_.lower()) for c in tok.children}
    if lemma == "take":
        return ("dobj", "office") in kids
    return lemma == "inaugurate" or (lemma == "swear" and ("prt", "in") in kids)


def role_nouns(tok) -> set[str]:
    """Nouns after "as" under ``tok``: "took over as chief executive" -> {"executive"}."""
    return {
        g.lemma_.lower()
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
    }


def verb_class(verb) -> str | None:
    """The folded lemma of an event verb: "open", "begin", "get under way" -> "start"."""
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ in ("NOUN", "PROPN"):
        lemma = NOMINALS.get(lemma, lemma)
    if lemma == "get" and any(
        c.lower_ == "under" and any(g.lower_ == "way" for g in c.children) for c in verb.children
    ):
        return "start"
    return _VERB_CLASS.get(lemma, lemma)


# --------------------------------------------------------------------------- since + state

#: "in X since <date>": the state X names and the classes of the act that begins it ("in
#: service since 2009" began when the thing was introduced, or opened)
STATE_NOUNS = {
    "service": ("introduce", "start"),
    "operation": ("introduce", "start"),
    "use": ("introduce", "start"),
    "production": ("introduce", "start"),
    "circulation": ("introduce", "start"),
    "orbit": ("introduce", "start"),
    "business": ("start", "found"),
    "office": ("assume",),
    "power": ("assume",),
    "charge": ("assume",),
    "helm": ("assume",),
    "post": ("assume",),
    "custody": ("arrest",),
    "detention": ("arrest",),
    "jail": ("arrest",),
    "prison": ("arrest",),
}
#: "has been X since <date>": adjectival states and the act class that begins them
STATE_ADJECTIVES = {
    "open": ("start",),
    "operational": ("introduce", "start"),
    "closed": ("end",),
    "shut": ("end",),
    "missing": ("disappear",),
    "married": ("marry",),
}
#: verbs that hold a state over time: "the record has stood since 2023"
HOLDING_VERBS = {"be", "stand", "hold", "last", "remain", "stay", "survive", "exist"}
#: verbs of running without an object: "the plant has operated since 1974" (it opened then)
RUNNING_VERBS = {"operate", "run", "function", "fly", "sail"}


class SinceState(NamedTuple):
    """A state held "since" a date: the classes of the act that began it and the lemmas
    of what holds it ("the system has been in service since 2009" -> ({"introduce",
    "start"}, {"system"}))."""

    classes: frozenset[str]
    holder: frozenset[str]
    kinds: frozenset[str]
    names: frozenset[str]


def since_state(span) -> SinceState | None:
    """The state that the date ``span`` (right after "since") gives the start of: "in
    service / in custody since" (:data:`STATE_NOUNS`), "open / closed / missing since"
    (:data:`STATE_ADJECTIVES`), "the record has stood since", "has operated since", "has
    lived in Porto since", "Holt, chief executive since 2019, ..."; else None (a role held
    as a predicate, "has been chief since", is :func:`holds_role_since`)."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "since":
        return None
    head = span.doc[span.start - 1].head
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
        return _role_since(head)
    held = _held_role(head)
    if held is not None:
        return held
    classes = _state_classes(head)
    if not classes:
        return None
    holder = _holder(head)
    lemmas = {h.lemma_.lower() for h in holder}
    if not holder or ("record" in classes and not lemmas & RECORD_NOUNS):
        return None
    kinds = {k for h in holder for k in _kinds_of(h)}
    names = {h.lemma_.lower() for h in holder if h.pos_ == "PROPN"}
    if "move" in classes:  # "has lived in Porto since": the move was to Porto
        lemmas = {g.lemma_.lower() for c in head.children if c.lower_ == "in" for g in c.children}
    noun = _state_noun(head)
    if noun is not None and "assume" in classes:
        lemmas.add(noun.lemma_.lower())  # "in office since" is about the office taken
    return SinceState(frozenset(classes), frozenset(lemmas), frozenset(kinds), frozenset(names))


def _role_since(role) -> SinceState:
    """ "Karin Holt, chief executive since 2019, ...": a person in apposition holds the role
    since the date, taken then (the role's modifiers tell it from other roles)."""
    person = role.head.lemma_.lower()
    return SinceState(
        frozenset({"assume"}),
        frozenset({person, role.lemma_.lower()}),
        frozenset(_kinds_of(role)),
        frozenset({person}),
    )


#: verbs of holding a role over something, and the role they name ("has chaired the board
#: since 2015": chair of the board since then)
ROLE_VERBS = {
    "chair": "chair",
    "head": "head",
    "lead": "leader",
    "coach": "coach",
    "manage": "manager",
    "captain": "captain",
    "govern": "governor",
}
#: nouns of a role held: "has held the post of harbour master since 2008"
ROLE_HOLDINGS = {"post", "position", "job", "role", "title", "office"}


def _held_role(verb) -> SinceState | None:
    """A person holding a role since the date, told by a verb: "has chaired the board
    since 2015" (:data:`ROLE_VERBS`), "has held the post of harbour master since 2008"
    (:data:`ROLE_HOLDINGS`); the role and what it is held over are what was taken then."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    people = [s for s in _subjects(verb) if s.pos_ == "PROPN" or s.ent_type_ == "PERSON"]
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if not people or not objs:
        return None
    lemma = verb.lemma_.lower()
    if lemma in ROLE_VERBS:
        things = {ROLE_VERBS[lemma]}  # not the board: "joined the board" is another act
        kinds: set[str] = set()
    elif lemma == "hold" and objs[0].lemma_.lower() in ROLE_HOLDINGS:
        roles = [g for c in objs[0].children if c.lower_ == "of" for g in c.children]
        things = {objs[0].lemma_.lower(), *(r.lemma_.lower() for r in roles)}
        kinds = {k for r in roles for k in _kinds_of(r)}
    else:
        return None
    names = frozenset(p.lemma_.lower() for p in people)
    return SinceState(frozenset({"assume"}), frozenset(things), frozenset(kinds), names)


def _kinds_of(noun) -> set[str]:
    """Adjective and noun modifiers that tell ``noun`` from others of its kind ("world
    record", "chief executive"), ordinals aside."""
    return {
        m.lemma_.lower()
        for m in noun.children
        if m.dep_ in ("amod", "compound")
        and m.pos_ in ("ADJ", "NOUN", "PROPN")
        and m.ent_type_ != "ORDINAL"
    }


def _state_classes(head) -> set[str]:
    """The act classes that begin the state "since" hangs on (a state noun, or a verb)."""
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ" and head.head.pos_ in ("NOUN", "PROPN"):
        return set(STATE_ADJECTIVES.get(head.lower_, ()))  # "the bakery, open since 1958"
    noun = _state_noun(head)
    out = set(STATE_NOUNS[noun.lemma_.lower()]) if noun is not None else set()
    if head.pos_ not in ("VERB", "AUX"):
        return out
    for c in head.children:
        out |= set(STATE_ADJECTIVES.get(c.lower_ if c.dep_ == "acomp" else "", ()))
    if lemma == "miss" and head.tag_ == "VBG" and not _has_object(head):
        out.add("disappear")  # "has been missing since May 3"
    if lemma == "live" and any(c.dep_ == "prep" and c.lower_ == "in" for c in head.children):
        out.add("move")  # "has lived in Porto since 2012": moved there then
    if lemma in HOLDING_VERBS and _subject_lemmas(head) & RECORD_NOUNS:
        out.add("record")
    if lemma in RUNNING_VERBS and not _has_object(head) and not _personal_subject(head):
        out |= {"introduce", "start"}
    return out


def _state_noun(head):
    """The noun of "in X" that "since" hangs on or that its verb governs ("in service
    since", "has been in custody since"), when X is one of :data:`STATE_NOUNS`; else None."""
    if head.pos_ == "NOUN":
        ok = head.dep_ == "pobj" and head.lemma_.lower() in STATE_NOUNS
        return head if ok else None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):  # "in service", "at the helm"
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in STATE_NOUNS:
                    return g
    return None


def _has_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "attr") for c in verb.children)


def _subjects(verb) -> list:
    """The subjects of ``verb``, a relative pronoun read as the noun it stands for ("the
    system, which has been in service")."""
    out = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            rel = c.lower_ in ("which", "that", "who") and verb.dep_ == "relcl"
            out.append(verb.head if rel else c)
    return out


def _subject_lemmas(verb) -> set[str]:
    return {s.lemma_.lower() for s in _subjects(verb)}


def _personal_subject(verb) -> bool:
    return any(s.pos_ == "PRON" or s.ent_type_ == "PERSON" for s in _subjects(verb))


def _holder(head) -> list:
    """What holds the state (tokens): the subject of its verb (through "in X" to the verb
    it modifies, through a relative pronoun), else the noun "in X" describes ("the line,
    in use since 1998")."""
    if head.pos_ == "ADJ" and head.head.pos_ in ("NOUN", "PROPN"):
        return [head.head]
    tok = head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.dep_ != "ROOT":
        if tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN"):
            return [tok.head]
        tok = tok.head
    subjects = _subjects(tok) if tok.pos_ in ("VERB", "AUX") else []
    return [s for s in subjects if s.pos_ != "PRON"]


#: prepositions giving the end of a state ("closed until Wednesday")
UNTIL_PREPS = frozenset({"until", "till"})
#: verbs holding a state given by their complement ("will remain closed", "stays shut")
STATE_VERB_DEPS = frozenset({"acomp", "oprd", "xcomp"})


def until_state(span):
    """The token of the state that the date ``span`` (right after "until") ends: "will remain
    closed until Wednesday" -> "closed", "will stay shut until at least Friday" -> "shut",
    "services are suspended until June 3" -> "suspended"; else None."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in UNTIL_PREPS:
        return None
    head = span.doc[span.start - 1].head
    if head.lemma_.lower() in HOLDING_VERBS | {"keep"}:
        head = next((c for c in head.children if c.dep_ in STATE_VERB_DEPS), None)
    if head is None or head.pos_ not in ("ADJ", "VERB"):
        return None
    return head


def state_words(state) -> frozenset[str]:
    """The word and lemma of a state token (:func:`until_state`), lower-cased; empty for
    None."""
    return frozenset() if state is None else frozenset({state.lower_, state.lemma_.lower()})


def ends_state(words: frozenset[str], acts: frozenset[str]) -> bool:
    """One of ``acts`` (lemmas, as :func:`consilience.date_act_lexicon.act_lemmas` gives
    them) ends the state of ``words`` (:func:`state_words`): its opposite in WordNet, as a
    verb or an adjective, itself or through its first sense's hypernym ("closed" / "reopen"
    through "open"; "shut" / "open")."""
    ends = set(acts) | {h for a in acts for h in lexicon.hypernyms(a, "v", first=1)}
    return any(
        lexicon.opposite(w, e, pos) for w in sorted(words) for e in sorted(ends) for pos in "va"
    )
