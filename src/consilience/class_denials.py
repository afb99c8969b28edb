"""An act denied of a whole class, or of one doer, against the act stated of a member, a
kind of the class or that doer, in other words (WordNet, :mod:`consilience.lexicon`).

    class_clash(a, b, published) -> bool     # readings of two articles cannot both hold
    one_doer(a, b) -> bool | None            # one doer named / two / one unknown
    broken_state(a, b, published) -> bool    # "released unharmed" / "was shot"
    kinds("chalet", "n") -> {"house", "building", ...}   # hypernyms, transitively

Two event readings (:class:`consilience.event_states.Reading`) clash here when one states
an act and the other denies it, with

* **one act** -- one lemma or sense (:func:`consilience.act_relations.relation`), the stated
  act a kind of the denied one within :data:`VERB_DEPTH` hypernym steps ("wrecked" is a
  way to "destroy"; "shot" is a way to "injure", one sense with "hurt"), or, when both name
  one doer ("was started *by a heater*" / "was not caused *by a heater*"), one frame of
  :data:`consilience.claims.FRAMES`;
* **one theme** -- of a denial of a whole class (``Reading.universal``: "*no* buildings",
  "*none of the* riders"), the stated theme is the class or a kind of it ("chalets" are
  buildings), and the denial is narrowed by no modifier the statement lacks nor by a
  prepositional phrase the statement gives another object ("no *serious* injuries" /
  "minor injuries", "no houses *on Elm Street*" / "two houses on Mill Lane" can both hold); of another denial, one thing
  (:func:`consilience.event_states.same_theme`), or no theme and one doer;
* **no two doers** named (a denial of having, "26,000 properties *had no* water", is of
  its haver only: the statement must name that doer, as "the main *carried* treated
  water" does not), and **one moment**
  (:func:`consilience.event_states._event_times`: a later report of the act after a denial
  is an update).

A denial of every person or every thing with no class noun ("*no one* was hurt",
"*nothing* was stolen") takes its class from the pronoun (:data:`PERSON_PRONOUNS`,
:data:`THING_PRONOUNS`): a kind of person in WordNet, or anything else. A state noun the
stated theme is treated for, taken away with or suffers ("treated for *burns*") is one act
with the denied one when it is a kind of the denied act's noun in any of its senses
(:data:`STATE_SENSES`); a general stated verb stands for the act its doer is named
after ("*burglars* took": burglarise, a kind of stealing); an amount of a thing ("two
tonnes *of diesel*") is that thing; and a denial narrowed by a manner ("no one was
*seriously* injured") holds against a report that does not give that manner ("minor
burns").

A stated act more general than the denied one is no clash ("was not burned" / "was
destroyed": by flood, perhaps), nor two kinds of one act ("was not stabbed" / "was shot").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.lang.en.lex_attrs import like_num

from . import lexicon
from .act_relations import FIRST, forms, participle_verbs, relation, sense_antonyms
from .claims import FRAMES
from .cues import LIGHT_VERBS
from .event_states import (
    COPULAS,
    Reading,
    _event_times,
    _same_doer,
    narrower_class,
    narrower_denial,
    one_moment,
    same_theme,
)

VERB_DEPTH = 2  # hypernym steps from a stated act up to the denied one
NOUN_DEPTH = 12  # hypernym steps from a stated theme up to the denied class
KINDS = frozenset({"event", "act"})
#: senses of a noun read as a state: every one -- the phrase it stands in ("treated for",
#: "taken to hospital with") and the denied act it is compared with pick the sense ("burn"
#: is an injury in its third sense, "cut" a wound in its fifth)
STATE_SENSES = None
#: heads of a denial of every person or every thing with no class noun ("no one was hurt",
#: "nothing was taken"): quantifier pronouns, a closed class of the grammar
PERSON_PRONOUNS = frozenset("one nobody anyone anybody everyone everybody no-one noone".split())
THING_PRONOUNS = frozenset("nothing anything everything".split())


@lru_cache(maxsize=65536)
def kinds(
    word: str, pos: str, depth: int = NOUN_DEPTH, first: int | None = FIRST
) -> frozenset[str]:
    """Lemmas of every hypernym of the first ``first`` (default
    :data:`~consilience.act_relations.FIRST`; None: every) senses of ``word`` (part of
    speech "n" or "v"), up to ``depth`` steps; empty for an unknown word."""
    table = lexicon.table()["synsets"][pos]
    level = list(lexicon.senses(word, pos)[:first])
    seen: set[int] = set()
    for _ in range(depth):
        level = [h for off in level for h in table[off][1] if h not in seen]
        seen.update(level)
        if not level:
            break
    return frozenset(n for off in seen for n in table[off][0])


#: verbs of an act's completion: denied, they leave the act under way
COMPLETIONS = frozenset({"finish", "complete", "conclude", "end"})


def class_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether ``a`` and ``b`` (of articles published on the ISO days ``published``, ""
    when unknown) state and deny one act of one theme (module doc)."""
    if a.kind not in KINDS or b.kind not in KINDS or a.sign == b.sign:
        return False
    if a.plan or b.plan or a.undecided or b.undecided:
        return False
    denied, stated = (a, b) if a.sign < 0 else (b, a)
    if denied.kind != "event" or stated.kind != "event":
        return False  # as the parse reads them, with their classes and places
    if COPULAS & {stated.predicate, denied.predicate}:
        return False
    if denied.predicate in COMPLETIONS and stated.now and stated.predicate not in COMPLETIONS:
        return False  # "is not yet finished" / "while we carry out an investigation": under way
    doers = one_doer(a, b)
    if doers is False or narrower_denial(a, b) or narrower_class(a, b):
        return False
    if denied.predicate == "have" and not doers:
        return False  # "26,000 properties had no water" / "the main carried treated water"
    if denied.manner - stated.manner:
        return False  # "no one was *seriously* injured" / "treated for minor cuts"
    if not _one_act(stated, denied, named_doer=bool(doers)):
        return False
    if not (stated.head or denied.head):  # "no one died" / "two farmers died"
        stated, denied = _subjects_as_themes(stated, denied)
    if not _one_theme(stated, denied, doers):
        return False
    return _event_times(a, b, published)


def broken_state(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether one reading puts a thing in a state (an adjective: "were released
    *unharmed*") whose antonym is the participle of an act the other states of that thing
    (one head: "all four hostages" / "one of the hostages"), the act or a kind of it ("injured" is the antonym of "unharmed";
    shooting is a way to injure: "one of the hostages was shot"), at one time."""
    for state, act in ((a, b), (b, a)):
        if state.pos != "a" or act.pos != "v" or state.sign < 0 or act.sign < 0:
            continue
        if state.kind not in KINDS or act.kind not in KINDS or state.plan or act.plan:
            continue
        if ended_period(state):
            continue
        verbs = {v for ant in sense_antonyms(state.predicate, "a") for v in participle_verbs(ant)}
        if not verbs or not any(_act_within(act.predicate, v) for v in verbs):
            continue
        if state.head and act.head and _one_thing(act, state):
            return one_moment(a, b, published, -1)
    return False


#: past forms of "be" and "have" that tell a state of a period gone by
_PAST_AUX = frozenset({"was", "were", "had"})


def ended_period(state: Reading) -> bool:
    """``state`` is told of a period gone by that ran from a point or for a length of
    time ("*was unseen since* 1789", "*had been* intact *for* centuries"): a past form of
    "be" or "have" and a "since" or "for" phrase. The act that ended it ("has been found")
    is its end, no dispute; "is still unseen" or "remains intact" is of the present."""
    first = state.surface.split()[:1]
    if not first or first[0].lower() not in _PAST_AUX:
        return False
    return any(p in ("since", "for") for p, _ in state.preps)


def _act_within(stated: str, verb: str) -> bool:
    """``stated`` is ``verb``, a sense of it or a kind of it (:data:`VERB_DEPTH`); of a
    light verb (:data:`consilience.cues.LIGHT_VERBS`), with dozens of senses, a kind of
    the verb itself, not of a verb sharing one of its senses ("isolated" is a way to
    "acquire", one sense of "take": "isolated from soil" is no taking of a drug)."""
    if stated == verb or relation(stated, "v", verb, "v") > 0:
        return True
    light = verb in LIGHT_VERBS
    return any(
        h == verb or (not light and relation(h, "v", verb, "v") > 0)
        for h in kinds(stated, "v", VERB_DEPTH)
    )


def _one_thing(a: Reading, b: Reading) -> bool:
    """One key, one head or one thing by :func:`consilience.event_states.same_theme`."""
    return bool(a.theme & b.theme) or a.head == b.head or same_theme(a, b)


def _member(one: Reading, whole: Reading) -> bool:
    """``one``'s theme is ``whole``'s, or a kind of it ("chimpanzee" / "animals"), or
    an amount of it ("a cloud *of chlorine*", "two tonnes *of diesel*" / "no chlorine")."""
    if one.theme & whole.theme or same_theme(one, whole):
        return True
    heads = [one.head] + [obj.split()[-1] for p, obj in one.theme_preps if p == "of" and obj]
    return any(h == whole.head or whole.head in kinds(h, "n") for h in heads)


def _other_places(a: Reading, b: Reading) -> bool:
    """Both themes have a phrase of one preposition and no object of it is shared
    ("houses *on* Elm Street" / "houses *on* Mill Lane")."""
    shared = {p for p, _ in a.theme_preps} & {p for p, _ in b.theme_preps}
    return any(
        not {o for q, o in a.theme_preps if q == p} & {o for q, o in b.theme_preps if q == p}
        for p in shared
    )


def one_doer(a: Reading, b: Reading) -> bool | None:
    """True: one doer named in both (:func:`consilience.event_states._same_doer`, or one
    doer's head a modifier of the other's: "a *lightning* strike" / "lightning"); False:
    two doers; None: one unknown."""
    same = _same_doer(a, b)
    if same is not False:
        return same
    ha, hb = a.doer_head, b.doer_head
    return bool(ha and hb) and (ha == hb or ha in b.doer_mods or hb in a.doer_mods)


def _state_of(noun: str, verb: str) -> bool:
    """``noun`` names the state ``verb`` leaves its theme in: one sense
    (:func:`consilience.act_relations.relation`: "injury" / "hurt"), or a kind of the
    verb's noun ("fracture" is an injury)."""
    if relation(noun, "n", verb, "v") > 0:
        return True
    return any(
        n == noun or n in kinds(noun, "n", first=STATE_SENSES) for n in lexicon.nouns_of(verb)
    )


def _verbs(r: Reading) -> frozenset[str]:
    """The verbs a reading's predicate stands for (a noun's or adjective's through
    :func:`consilience.act_relations.forms`)."""
    if r.pos == "v":
        return frozenset({r.predicate})
    return frozenset(w for p, w in forms(r.predicate, r.pos) if p == "v")


def _one_act(stated: Reading, denied: Reading, named_doer: bool) -> bool:
    """One act (module doc): the stated act is the denied one, a sense of it, or a kind
    of it; with one named doer, also one frame; a state named by a noun ("with
    injuries", "with a fracture") is the denied act's noun or a kind of it."""
    if stated.pos == "n":
        return _state_of(stated.predicate, denied.predicate)
    for s in _verbs(stated) | _doer_acts(stated):
        for d in _verbs(denied):
            if _act_within(s, d):
                return True
            if named_doer and FRAMES.get(s, s) == FRAMES.get(d, d):
                return True
    return False


def _doer_acts(stated: Reading) -> frozenset[str]:
    """The acts the stated doer's noun names (WordNet derivations) that are kinds of the
    stated act: a general verb stands for the act its doer is named after ("*burglars*
    took two cases": burglarise, a way to take and to steal; not "burglars broke a
    window")."""
    if not stated.doer_head or stated.pos != "v":
        return frozenset()
    acts = lexicon.verbs_of(stated.doer_head)
    return frozenset(v for v in acts if _act_within(v, stated.predicate))


def _subjects_as_themes(stated: Reading, denied: Reading) -> tuple[Reading, Reading]:
    """Of two acts with no object denied of every person or thing as the subject ("*no
    one* has died"), the subjects as the themes: the stated act's doer is then read
    against the pronoun's class ("two *farmers* died"). Unchanged otherwise."""
    words = denied.phrase.lower().split()
    if not words or words[-1] not in PERSON_PRONOUNS | THING_PRONOUNS or not stated.doer_head:
        return stated, denied
    person = "person" in kinds(stated.doer_head, "n", first=1)  # "sheep": a person only
    if person != (words[-1] in PERSON_PRONOUNS):  # in a rarer sense
        return stated, denied
    subject = dict(head=stated.doer_head, theme=stated.doer, mods=stated.doer_mods)
    return replace(stated, **subject), replace(denied, head=words[-1])


def _pronoun_class(denied: Reading) -> str:
    """ "person" or "thing" for a denial of every person or thing with no class noun
    (:data:`PERSON_PRONOUNS`, :data:`THING_PRONOUNS`), else ""."""
    words = denied.phrase.lower().split()
    word = denied.head or (words[0] if words else "")
    if word in PERSON_PRONOUNS:
        return "person"
    return "thing" if word in THING_PRONOUNS else ""


def _in_class(stated: Reading, cls: str) -> bool:
    """``stated``'s theme is a person (``cls`` "person": a kind of person in WordNet) or
    no person ("thing")."""
    person = stated.head in ("people", "person") or (
        "person" in kinds(stated.head, "n") if stated.head else False
    )  # "people" is a group in WordNet, its members persons
    return person if cls == "person" else bool(stated.head) and not person


def _same_places(denied: Reading, stated: Reading) -> bool:
    """Every prepositional phrase of a pronoun's denial, which is all its class is ("no one
    *on the ground*"), is the stated theme's too (one preposition, one object head): "was
    treated for burns" names no one on the ground."""
    heads = {(p, o.split()[-1]) for p, o in stated.theme_preps if o}
    return all((p, o.split()[-1]) in heads for p, o in denied.theme_preps if o)


def _one_theme(stated: Reading, denied: Reading, doers: bool | None) -> bool:
    """One theme (module doc); with no theme on either side, one named doer."""
    cls = _pronoun_class(denied) if denied.universal else ""
    if cls:
        return _in_class(stated, cls) and _same_places(denied, stated)
    if not (stated.head and denied.head):
        return bool(doers) and not (stated.head or denied.head)
    if _other_places(denied, stated):
        return False  # "no houses on Elm Street" / "two houses on Mill Lane"
    if denied.universal:
        words = stated.mods | {w for _, o in stated.theme_preps for w in o.split()}
        if {m for m in denied.mods - words if not like_num(m)}:
            return False  # "no serious injuries" / "minor injuries"; a count narrows nothing;
            # a modifier may be the statement's "of" phrase ("gas smell" / "smell of gas")
        return _member(stated, denied)
    return bool(stated.theme & denied.theme) or same_theme(stated, denied)
