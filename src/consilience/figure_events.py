"""The event or property a figure's words name, folded over the ways news writes them.

Readers over spaCy tokens (no state, no other consilience module but
:mod:`consilience.event_nouns`), used by :mod:`consilience.quantities`:

* clock times of one happening: getting in ("got in", "broke into", "entered", "the
  break-in" -> :data:`ENTER`), a system failing ("went down", "failed", "a fault", "power
  went out" -> :data:`FAILURE`), a happening that is the clause's subject or a perceived
  object ("the earthquake woke the town", "heard an explosion") -> its event
  (:func:`happening`, :func:`perceived`), onsets kept as their verb (:data:`ONSET_VERBS`);
* counts: who a consequence clause touched ("..., stranding 45,000 passengers" ->
  :data:`AFFECT`, :func:`consequence`), a crowd by its verb ("200,000 people lined the
  course" -> :data:`ATTEND`, :func:`crowd`);
* sums: "worth"/"valued at"/"put the value at" -> :data:`VALUE`; a bid, offer or an
  attempt to buy -> :data:`BID` (:func:`money_property`).
"""

from __future__ import annotations

from .event_nouns import EVENT_NOUNS


def _lemma(tok) -> str:
    return tok.lemma_.lower()


#: verbs of a consequence clause that say who an event touched: "..., stranding 45,000
#: passengers", "..., leaving 30,000 homes in the dark", "..., affecting 9,000 customers"
_AFFECT_VERBS = {"affect", "strand", "disrupt", "delay", "hit", "impact", "inconvenience",
                 "leave", "maroon"}  # fmt: skip
AFFECT = "affect"


def consequence(verb, counted, off_supply: bool = False) -> str | None:
    """:data:`AFFECT` for a count that is the object of a participial clause of consequence
    ("halted departures, stranding about 45,000 passengers"): the people or homes the
    clause's event touched, the property "60,000 passengers were affected" states. None
    for any other clause (a participle of its own event, "killing nine people", keeps it) or
    when ``off_supply`` says the clause cuts its count off a supply (an outage)."""
    if counted.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
        return None
    if off_supply:
        return None  # "leaving 40,000 homes without power": an outage
    return AFFECT if _lemma(verb) in _AFFECT_VERBS else None


#: verbs by which a crowd is where it watches: "200,000 people lined the course", "40,000
#: fans packed the stadium", "thousands thronged the square"
_CROWD_VERBS = {"line", "pack", "throng", "fill", "crowd", "flank", "cram"}
ATTEND = "attend"


def crowd(verb, counted) -> str | None:
    """:data:`ATTEND` for people who are the subject of a crowd verb with a place as its
    object ("about 200,000 people have lined the course"): the count is the event's crowd,
    the property "300,000 spectators watched" states. None otherwise."""
    if counted.dep_ != "nsubj" or _lemma(verb) not in _CROWD_VERBS:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children) and not _packed_into(verb):
        return None
    people = counted.lower_ in ("people", "persons") or counted.ent_type_ == "NORP"
    # a bare number that packs a place is its crowd: "More than 35,000 packed in at the park"
    bare = counted.like_num and not any(c.dep_ == "prep" for c in counted.children)
    return ATTEND if people or bare or crowd_noun(_lemma(counted)) else None


def crowd_noun(lemma: str) -> bool:
    """``lemma`` names the members of a crowd: :data:`_CROWD_NOUNS`, or a noun of one who
    goes to events ("racegoer", "concertgoer", "theatregoer": the suffix "-goer")."""
    return lemma in _CROWD_NOUNS or (lemma.endswith("goer") and len(lemma) > 4)


#: crowd verbs that take their place after a particle or preposition: "packed into the
#: hall", "crammed in at the ground", "thronged into the square" (not "lined up at")
_INTO_VERBS = {"pack", "cram", "crowd", "throng"}
_INTO_WORDS = {"in", "into", "inside"}
_PLACE_PREPS = {"in", "into", "inside", "at"}


def _packed_into(verb) -> bool:
    """The crowd verb names its place through a particle or preposition ("packed in at
    Harbour Park", "crammed into the hall"): the verb is of :data:`_INTO_VERBS` and has an
    "in"/"into" particle, or a place preposition with an object."""
    if _lemma(verb) not in _INTO_VERBS:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "prt" and c.lower_ in _INTO_WORDS for c in kids):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in kids
    )


#: nouns of people who watch an event: their count under a crowd verb is its crowd
_CROWD_NOUNS = {"spectator", "fan", "supporter", "onlooker", "viewer", "wellwisher", "person",
                "visitor", "attendee"}  # fmt: skip


#: words that state what a thing is worth: "worth 25 million", "valued at", "put the value
#: at", "a valuation of"
_VALUE_WORDS = {"worth", "value", "valuation", "valued", "appraise", "appraisal"}
VALUE = "value"
#: nouns of an offer to buy: "a 1.2 billion euro bid/offer/approach for X"
_OFFER_NOUNS = {"bid", "offer", "approach", "proposal", "tender", "counterbid", "counteroffer"}
#: verbs of buying: "the 1.4 billion euro attempt to buy X" is a bid for X
_BUY_VERBS = {"buy", "acquire", "purchase", "take", "takeover", "merge", "snap"}
BID = "bid"


def money_property(anchor, measure: str | None) -> str | None:
    """The property a sum gives, folded over the words that name it: "worth", "valued at",
    "put the value at" -> :data:`VALUE`; a bid, offer or approach, or any act "to buy" a
    thing ("the 1.4 billion euro attempt to buy X") -> :data:`BID`. Other measures kept."""
    if measure in _VALUE_WORDS:
        return VALUE
    head = anchor.head if anchor.dep_ in ("compound", "amod", "nummod", "nmod") else None
    if head is None or head.pos_ != "NOUN":
        return measure
    if _lemma(head) in _OFFER_NOUNS:
        return BID
    to_buy = any(
        c.dep_ in ("acl", "relcl", "xcomp") and _lemma(c) in _BUY_VERBS for c in head.children
    )
    return BID if to_buy else measure


#: verbs that state a happening's onset: their clock time is the start, whatever started
ONSET_VERBS = {"start", "begin", "break", "erupt", "ignite", "spark", "flare"}


#: the event of getting in: "got in through a skylight", "broke into", "the break-in"
ENTER = "enter"
#: verbs that with "in"/"into" name an entry ("got in", "broke into", "climbed in")
_ENTRY_VERBS = {"get", "break", "climb", "sneak", "crawl", "force", "slip", "burst", "smash"}
#: nouns of a happening: as a clause's subject, the clock time is theirs, whatever verb
#: says what they did ("the earthquake woke the town at 2:41 a.m." is the quake's time)
_HAPPENING_NOUNS = {"earthquake", "quake", "tremor", "aftershock", "fire", "blaze", "explosion",
                    "blast", "storm", "flood", "fault", "failure", "outage", "blackout", "crash",
                    "collision", "attack", "raid", "robbery", "theft", "burglary", "heist",
                    "eruption", "landslide", "avalanche", "accident", "shooting", "stabbing",
                    "incident", "disruption", "derailment", "collapse", "break-in",
                    "breakdown", "glitch", "malfunction", "leak", "spill"}  # fmt: skip


#: the event of a system stopping working: "a fault", "the failure", "went down", "failed"
FAILURE = "failure"
_FAILURE_NOUNS = {"fault", "failure", "outage", "breakdown", "glitch", "malfunction", "fail"}


#: verbs of perceiving or reporting a happening: "heard an explosion at 4:20 a.m."
_PERCEPTION_VERBS = {"hear", "see", "feel", "notice", "spot", "report", "detect", "record"}


def perceived(verb) -> list:
    """The object of a verb of perceiving ("residents heard an explosion at 4:20 a.m.",
    "reported hearing a blast"), whose clock time it is; [] for any other verb."""
    out = []
    for v in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]:
        if _lemma(v) in _PERCEPTION_VERBS:
            out += [c for c in v.children if c.dep_ == "dobj"]
    return out


def fails(verb, subject=None, supplies: frozenset = frozenset()) -> bool:
    """``verb`` is a system failing: "fail", "go"/"break" with "down" ("went down", "broke
    down"), or a supply going out ("power went out": ``subject`` is the clause's subject
    token, ``supplies`` the lemmas of supplies)."""
    lemma = verb.lemma_.lower()
    if lemma == "fail":
        return True
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in ("go", "break") and "down" in parts:
        return True
    out = lemma == "go" and "out" in parts  # "power went out at 7:45 p.m."
    return out and subject is not None and _lemma(subject) in supplies


#: the event of a service or supply coming back: "power was restored at 11 p.m.", "we
#: reconnected the last customers at 22:58", "power was back by 11 p.m."
RESTORED = "restored"
#: verbs of putting back what failed (WordNet relates none of them: "reconnect" is no entry)
_RESTORE_VERBS = frozenset({"restore", "reconnect", "resume", "reinstate", "reopen"})
#: verbs that with "back" tell a return: "was back", "came back", "went back on"
_BACK_VERBS = frozenset({"be", "come", "go", "get", "switch", "turn"})


def verb_lemma(verb) -> str:
    """The lemma of ``verb``, mended where the tagger cut only the "d" of a past form of a
    verb it does not know ("reconnected" -> "reconnecte" -> "reconnect")."""
    lemma = verb.lemma_.lower()
    text = verb.lower_
    if text.endswith("ed") and lemma == text[:-1]:
        return text[:-2]
    return lemma


def restores(verb) -> bool:
    """``verb`` tells a service or supply coming back: a verb of putting back
    (:data:`_RESTORE_VERBS`) or "be"/"come"/"switch" with "back" ("power was back")."""
    lemma = verb_lemma(verb)
    if lemma in _RESTORE_VERBS:
        return True
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")}
    return lemma in _BACK_VERBS and "back" in parts


#: the act of a train leaving its rails: "derailed", "left the tracks", "came off the
#: rails", "jumped the track" (one act, however the article words it)
DERAIL = "derail"
#: what a train runs on: leaving it is derailing
_RAIL_NOUNS = frozenset({"track", "rail", "rails", "tracks"})
#: verbs whose object is what is left: "left the tracks", "jumped the rails"
_LEAVE_VERBS = frozenset({"leave", "jump"})
#: verbs that with "off" name a leaving: "came off the rails", "went off the track"
_OFF_VERBS = frozenset({"come", "go", "run", "slide", "roll", "fly", "topple", "leave", "jump"})


def derails(verb) -> bool:
    """``verb`` tells a train leaving its rails: "derail" itself, "left the tracks",
    "jumped the rails", "came off the rails", "went off the track"."""
    lemma = verb_lemma(verb)
    if lemma == DERAIL:
        return True
    for c in verb.children:
        if c.dep_ == "dobj" and lemma in _LEAVE_VERBS and _lemma(c) in _RAIL_NOUNS:
            return True
        if c.dep_ in ("prep", "prt") and c.lower_ == "off" and lemma in _OFF_VERBS:
            objs = [
                *c.children,
                *(g for g in verb.children if c.dep_ == "prt" and g.dep_ == "dobj"),
            ]
            if any(_lemma(o) in _RAIL_NOUNS for o in objs):
                return True
    return False


#: verbs of forcing a way in through what they act on: "forced a side door", "prised open
#: a window", "jemmied the lock"
_FORCING_VERBS = frozenset({"force", "prise", "prize", "pry", "jemmy", "jimmy"})
#: the ways into a building a forcing verb opens
_WAYS_IN = frozenset({"door", "window", "gate", "entrance", "skylight", "shutter", "hatch",
                      "lock", "grille", "doorway"})  # fmt: skip


def forces_a_way_in(verb) -> bool:
    """``verb`` forces a way into a place: a forcing verb whose object is a door, window or
    lock ("forced a side door", "forced open a side door", "prised open a window")."""
    if _lemma(verb) not in _FORCING_VERBS:
        return False  # the tagger's own lemma: verb_lemma would cut "forced" to "forc"
    opened = [c for c in verb.children if c.dep_ in ("xcomp", "advmod") and c.lower_ == "open"]
    objs = [g for t in (verb, *opened) for g in t.children if g.dep_ == "dobj"]
    return any(_lemma(o) in _WAYS_IN for o in objs)  # "forced (open) a side door"


def when_entering(tok) -> bool:
    """``tok`` (a clause's verb or its clock time) has a "when" clause telling a getting-in
    at its moment: "the raid happened at about 2:30 a.m., when three men forced a side
    door" (the raid's clock is the entry's)."""
    for c in tok.children:
        marks = {g.lower_ for g in c.children if g.dep_ == "advmod"}
        if c.dep_ in ("advcl", "relcl") and "when" in marks and enters(c):
            return True
    return False


def enters(verb) -> bool:
    """``verb`` is a getting-in: an entry verb with the particle "in" or a preposition
    "into" ("got in through a skylight", "broke into the museum"), or "enter" itself."""
    lemma = verb.lemma_.lower()
    if lemma == ENTER or forces_a_way_in(verb):
        return True
    return lemma in _ENTRY_VERBS and any(
        (c.dep_ == "prt" and c.lower_ in ("in", "into"))
        or (c.dep_ == "prep" and c.lower_ == "into")
        for c in verb.children
    )


def happening(subj) -> str | None:
    """The event a clause's subject names ("the earthquake", "the break-in", "a fault"), as
    its lemma ("break-in" -> :data:`ENTER`), or None for a subject that is no happening
    (a ship, the police, a name)."""
    word = subj.lemma_.lower()
    left = subj.doc[subj.i - 2 : subj.i] if subj.i >= 2 else []
    if len(left) == 2 and left[1].text in ("-", "–") and left[0].dep_ == "compound":
        word = f"{left[0].lemma_.lower()}-{subj.lower_}"  # "break-in" split by the tokenizer
    if subj.pos_ not in ("NOUN", "PROPN", "ADP", "ADV") or word not in _HAPPENING_NOUNS:
        return None
    if word in _FAILURE_NOUNS:
        return FAILURE
    if word == "break-in":
        return ENTER
    if word in _SYNONYM_EVENTS:
        return _SYNONYM_EVENTS[word]
    found = EVENT_NOUNS.get(word)
    return found[0] if found else word  # "the derailment" happened when the train derailed


#: happenings named by a noun whose verb :data:`event_nouns.EVENT_NOUNS` does not give
_SYNONYM_EVENTS = {"blast": "explode", "quake": "earthquake"}


#: what a noun of harm is a kind of in WordNet: "burns", "fractures", "cuts" are injuries
_HARM_HEADS = frozenset({"injury", "harm", "hurt", "hurting", "trauma", "wound"})
_HARM_VERBS = frozenset({"injure", "wound", "hurt"})


def treated_for_harm(verb) -> bool:
    """Whether a verb of care names an injury as what it treats ("were being treated for
    injuries", "treated for burns"): those treated are the injured, not a count of care in
    hospital. The noun after "for"/"with" is a harm when WordNet derives a verb of harm from
    it or files it under one (:mod:`consilience.lexicon`)."""
    from . import lexicon

    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "with")):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            noun = _lemma(obj)
            if noun in _HARM_HEADS or lexicon.verbs_of(noun) & _HARM_VERBS:
                return True
            if lexicon.hypernyms(noun, "n") & _HARM_HEADS:
                return True
    return False
