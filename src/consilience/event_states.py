"""Readings of one event or state across forms, from the dependency parse: what a clause
says of its object, with which polarity, and when.

    readings(analysis, claim, names) -> [Reading, ...]   # one per predicate of the clause
    clash(a, b, published) -> bool                       # the two readings cannot both hold

A clause's predicates (its head, coordinated verbs, "is (not) a X" copulas, a participle
that modifies a noun) each give a :class:`Reading`:

* **an event** -- the predicate lemma with its particle ("rule_out", "pay", "be"), its
  object (the direct object of an active verb, the subject of a passive one, the noun
  after a copula) and its doer (the active subject; a pronoun subject of a reported clause
  is the reporter: "Halden told the site *it* had not paid"). "break/set a record" also
  states that a record stands: ``be(record)``;
* **a state** (:data:`STATE_VERBS`, :data:`STATE_WORDS`) -- what the predicate leaves its
  theme in: "reopened" -> open, "remains blocked" -> closed, "stay closed" -> closed,
  "went off" / "sounded" -> on, "was switched off" -> off, "failed" -> not working; the
  theme is the object of an active transitive verb ("crews reopened *the road*"), else the
  subject or, for a participle modifying a noun, that noun ("the system *operated by X*"
  is about the system, never X).

Polarity comes from the parse: a ``neg`` dependent of the predicate or of its auxiliaries,
"never", "no" before the object, a governing "refuse/decline/fail to" or "deny that". Time:
an auxiliary "will/would", a governing "plan/expect to" make a plan, starting at the
clause's date ("would reopen on Friday"); "stay/remain" and "until further notice" make a
state that lasts (until the "until" date, or open-ended); hedges ("may", "could") and
counterfactuals ("would have closed") give no reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date as _date
from datetime import timedelta as _timedelta
from functools import lru_cache

from spacy.lang.en.lex_attrs import like_num

from . import lexicon, noun_branches
from .claims import _superseded, arg_keys, bodily_harm, compound_act, light_act, limiting
from .cues import ATTRIBUTION_VERBS
from .model import Analysis, Claim
from .statement_stances import NOMINALS

#: predicate (lemma, with "_" + particle) -> (state, sign) it leaves its theme in
STATE_VERBS: dict[str, tuple[str, int]] = {
    **dict.fromkeys("open reopen unblock".split(), ("open", 1)),
    **dict.fromkeys("close shut shut_down close_down block seal_off cut_off".split(), ("open", -1)),
    **dict.fromkeys(
        "sound go_off ring trigger activate switch_on turn_on enable".split(), ("on", 1)
    ),
    **dict.fromkeys("switch_off turn_off deactivate disable".split(), ("on", -1)),
    **dict.fromkeys("resume restart".split(), ("running", 1)),
    **dict.fromkeys("suspend halt ground pause".split(), ("running", -1)),
    **dict.fromkeys("work function restore".split(), ("working", 1)),
    **dict.fromkeys("fail crash break_down go_down malfunction".split(), ("working", -1)),
}
#: complements of a copula ("remains *blocked*", "is *off*") -> (state, sign)
STATE_WORDS: dict[str, tuple[str, int]] = {
    **dict.fromkeys("open reopened passable".split(), ("open", 1)),
    **dict.fromkeys("closed shut blocked impassable".split(), ("open", -1)),
    **dict.fromkeys("on active".split(), ("on", 1)),
    **dict.fromkeys("off inactive".split(), ("on", -1)),
    **dict.fromkeys("suspended grounded halted".split(), ("running", -1)),
    **dict.fromkeys("operational online working".split(), ("working", 1)),
    **dict.fromkeys("down offline broken".split(), ("working", -1)),
}
#: verbs of a state that continues ("will *stay* closed" is closed now)
LASTING = frozenset("stay remain keep".split())
COPULAS = frozenset("be remain stay become".split())
#: verbs whose complement is a plan or expectation, not a deed
PLANNING = frozenset("plan expect intend aim hope want seek prepare schedule set".split())
#: verbs that deny their complement ("refused to pay")
NEGATING = frozenset("refuse decline fail".split())
DENYING = frozenset("deny dispute reject".split())
PLAN_AUX = frozenset("will would shall 'll wo going".split())
#: modals of possibility, obligation or ability: no deed ("must be approved", "can reopen")
HEDGE_AUX = frozenset("may might could should must can ca need ought".split())
#: modals that with "have" state what would have happened, and so did not ("a strike
#: *would have closed* the schools")
COUNTERFACTUAL = frozenset("would could might should".split())
#: acts that make their object a standing fact ("broke the world record": it is a record)
RESULT_VERBS = frozenset("break set smash establish".split())
PRONOUNS = frozenset("it they we he she i this that".split())
CLAUSE_DEPS = frozenset("ROOT ccomp conj xcomp advcl relcl acl".split())


@dataclass(frozen=True)
class Reading:
    """What one predicate of a clause says (module doc).

    ``kind``: "state" (``predicate`` a state of :data:`STATE_VERBS`) or "event"
    (``predicate`` a lemma, "_" + particle). ``sign``: +1 stated, -1 denied (of a state:
    its pole times the polarity). ``theme``: keys of the object (event) or of what is in
    the state; ``head`` and ``mods`` its head noun lemma and compound/adjective lemmas;
    ``doer``: keys of the doer (empty: unknown). ``plan``: a plan or expectation, from
    ``start`` (ISO day or ""); ``until``: ISO day, "open" (until further notice) or "".
    Of kind "act" (:mod:`consilience.act_readings`): ``pos`` the predicate's part of
    speech, ``doer_head``/``doer_mods`` the doer's head and modifier lemmas, ``undecided``
    a plan said not to be decided yet, ``cite`` the character span (start, end, text) to cite
    instead of the claim's (the clause that says it is undecided), ``preps`` the
    predicate's prepositional objects as ``(preposition, head lemma)`` ("acquitted *of
    fraud*"), ``active`` an active verb (its theme is its object, not its subject),
    ``adjective`` the participle of a verb read as the adjective of the state it leaves its
    theme in ("was *damaged*", "injured the guide": "injured"), "" when WordNet has none.
    ``universal``: the denial is of a whole class ("*no* homes were destroyed", "*none of
    the* riders was hurt"): it denies the act of every member and every kind of the class.
    ``theme_preps``: the theme noun's prepositional objects as ``(preposition, head
    lemmas)`` ("houses *on Ridge Road*" -> {("on", "ridge road")}), which narrow a class.
    ``members``: of an act, the members its theme names as ``(keys, head, mods)``
    ("expelled nine diplomats, *among them the ambassador*"; "*including* two nurses"):
    the act is stated of each of them too. ``lasted``: a state of the past said to have
    lasted a stretch of time ("was trapped *for 40 minutes*"): it is over. ``counted``: the
    numbers that count the charges a verdict names ("on *four* of the six counts",
    :func:`consilience.verdict_charges.charges_counted`). ``now``: the predicate is in the
    present tense ("the practice *remains* open"): it holds on the day of writing.
    ``throughout``: said to have held the whole time ("stayed open *throughout*").
    ``act_denied``: the act itself, named by a noun, is denied in a simple tense ("*no
    headcount was taken*", "*no warning was given*"): not done by anyone then."""

    token: int
    kind: str
    predicate: str
    surface: str
    sign: int
    theme: frozenset[str]
    head: str
    mods: frozenset[str]
    doer: frozenset[str]
    plan: bool
    start: str
    until: str
    phrase: str = ""
    result: bool = False
    negated: bool = False
    change: bool = False
    first_person: bool = False
    pos: str = "v"
    doer_head: str = ""
    doer_mods: frozenset[str] = frozenset()
    undecided: bool = False
    cite: tuple[int, int, str] = ()
    preps: frozenset[tuple[str, str]] = frozenset()
    active: bool = False
    adjective: str = ""
    dated: tuple[str, ...] = ()
    scope: frozenset[str] = frozenset()
    universal: bool = False
    theme_preps: frozenset[tuple[str, str]] = frozenset()
    manner: frozenset[str] = frozenset()
    members: tuple[tuple[frozenset[str], str, frozenset[str]], ...] = ()
    lasted: bool = False
    counted: frozenset[int] = frozenset()
    now: bool = False
    throughout: bool = False
    act_denied: bool = False


def current(analysis: Analysis, claim: Claim) -> bool:
    """Whether ``claim`` states something of now: not superseded, or superseded only
    because it is a negated past perfect inside reported speech ("said that a cyberattack
    *had not been ruled out*": the reporter's "has not been ruled out", shifted back),
    with no word placing it before now ("until now", "previously")."""
    if not claim.superseded:
        return True
    if claim.kind != "content":
        return False
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and not _superseded(list(span))


def readings(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """The readings of every predicate inside ``claim``'s span (module doc); empty when
    the span does not map onto tokens. ``names``: the article's
    :func:`consilience.claims.article_names` (or None)."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out: list[Reading] = []
    day = (analysis.article.published or "")[:10]
    for tok in span:
        if not _is_predicate(tok):
            continue
        found = _token_readings(tok, claim, names)
        end = period_end(tok, day) if any(not r.until for r in found) else ""
        out.extend(replace(r, until=end) if end and not r.until else r for r in found)
    return out


#: periods a lasting state may run to the end of, or until the next one of
PERIODS_OF_TIME = frozenset("day week month year".split())


def period_end(tok, day: str) -> str:
    """The ISO day a state of predicate ``tok`` lasts until, read from a period the
    calendar fixes against the article's day ``day`` (ISO, "" unknown -> ""): "for the
    *rest of the week*" (its last day, weeks ending on Sunday as ISO 8601 counts them)
    and "until *next* week" / "until *the new* year" (the next period's first day);
    "" when the predicate has neither."""
    if not day:
        return ""
    for t in tok.subtree:
        if t.lemma_.lower() not in PERIODS_OF_TIME or t.dep_ != "pobj":
            continue
        prep = t.head
        mods = {c.lower_ for c in t.children}
        if prep.lower_ == "of" and prep.head.lower_ in ("rest", "remainder"):
            return _period_bound(day, t.lemma_.lower(), 0)
        if prep.lower_ in ("until", "till") and mods & {"next", "new"}:
            return _period_bound(day, t.lemma_.lower(), 1)
    return ""


def _period_bound(day: str, period: str, ahead: int) -> str:
    """The last day of ``period`` holding ISO ``day`` (``ahead`` 0), or the first day of
    the next one (``ahead`` 1)."""
    d = _date.fromisoformat(day)
    if period == "day":
        end = d
    elif period == "week":
        end = d + _timedelta(days=6 - d.weekday())
    elif period == "month":
        end = _date(d.year + d.month // 12, d.month % 12 + 1, 1) - _timedelta(days=1)
    else:
        end = _date(d.year, 12, 31)
    return (end + _timedelta(days=ahead)).isoformat()


#: what a clause says that is no event of its own: speech and thought ("did not say",
#: "did not know", "gave no details", "has not named the man"), a pro-verb ("will not do
#: so")
NOT_EVENTS = ATTRIBUTION_VERBS | frozenset(
    "do know think expect want see hear name identify specify elaborate give".split()
)
#: marks of a clause that asserts nothing ("if it does not pay", "whether it reopens")
UNASSERTED = frozenset("if unless whether".split())
#: subordinators whose clause in the present tells a time still to come
_AHEAD_MARKS = frozenset({"until", "till", "once"})


#: verbs that ask someone to do or not to do something ("asked members not to move ...")
_DIRECTIVES = frozenset("ask urge tell request advise order instruct remind warn beg".split())


def requested(verb) -> bool:
    """``verb`` is the infinitive someone is asked or told to do or not to do ("has asked
    members *not to move* the bait stations"): what is requested, not what happened."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("xcomp", "ccomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.lemma_.lower() in _DIRECTIVES


def time_to_come(tok) -> bool:
    """``tok`` heads a present-tense clause opened by "until", "till" or "once" ("until the
    lido reopens", "once the repairs are done"): a moment ahead that bounds another act,
    not an act the text states as done."""
    if not any(c.dep_ == "mark" and c.lower_ in _AHEAD_MARKS for c in tok.children):
        return False
    aux = {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux:  # "until the investigation *is* finished": the tense is the auxiliary's
        return bool(aux & {"VBZ", "VBP"}) and "VBD" not in aux
    return _present(tok)


def _present_perfect(tok) -> bool:
    """``tok`` is in the present perfect ("has been closed", "have stayed shut"): a state
    that holds on the day of writing."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in aux)


def _present(tok) -> bool:
    """``tok`` and its auxiliaries are in the simple present ("reopens", "is open")."""
    tags = {tok.tag_} | {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "VBN"}


MARKET_WORDS = frozenset("higher lower up down flat unchanged".split())


def _is_predicate(tok) -> bool:
    if _reported_state(tok):
        return True  # "no one was reported *injured*"
    if tok.dep_ not in CLAUSE_DEPS or tok.lemma_.lower() in NOT_EVENTS:
        return False
    if tok.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in tok.children):
        return False  # "the council has to deal with this": an obligation, not a having
    if any(c.dep_ == "mark" and c.lower_ in UNASSERTED for c in tok.children):
        return False
    if tok.lemma_.lower() in ("close", "open") and any(
        c.lower_ in MARKET_WORDS for c in tok.children
    ):
        return False  # "shares closed higher": a price, not a door
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "AUX" and tok.lemma_.lower() in COPULAS and _complement(tok) is not None


def _complement(tok):
    return next((c for c in tok.children if c.dep_ in ("attr", "acomp", "oprd")), None)


def _token_readings(tok, claim: Claim, names) -> list[Reading]:
    """The readings of predicate ``tok`` (an event, and a state when it names one)."""
    time = _time(tok, claim)
    if time is None:
        return []
    plan, start, until = time
    sign = -1 if _negated(tok) else 1
    lemma = _lemma(tok)
    subj, obj, passive = _arguments(tok, control=True)
    first_person = subj is not None and subj.lower_ in ("we", "i")
    subj = _referent(subj)
    doer_tok = _agent(tok) if passive else subj
    doer = _doer(doer_tok, names)
    base = dict(
        universal=sign < 0 and universal_denial(tok),
        doer_head=doer_tok.lemma_.lower() if doer and doer_tok is not None else "",
        doer_mods=_mods(doer_tok) if doer and doer_tok is not None else frozenset(),
        token=tok.i,
        plan=plan,
        start=start,
        until=until,
        surface=_surface(tok),
        negated=sign < 0,
        change=_past_change(tok, lemma),
        first_person=first_person,
        dated=tuple(claim.dates),
        scope=scope_of(tok),
        manner=manner_of(tok),
        now=not plan and (_present(tok) or _present_perfect(tok)),
        throughout=any(_whole_time(c) for c in tok.children),
    )
    if obj is not None and subj is not None and bodily_harm(lemma, obj.lemma_.lower()):
        return [_harmed(sign, subj, names, base)]  # "broke her wrist": she was injured
    nominal = _nominal(tok, lemma, obj)
    if nominal is not None:  # "made no payment" / "no payment was made": pay
        base["act_denied"] = base["universal"] and not _perfect(tok)
        return [_reading("event", nominal[0], sign, nominal[1], doer, names, base)]
    comp = _complement(tok) if lemma in COPULAS else None
    out = _events(lemma, sign, subj, obj, comp, doer, names, base)
    state = _state(tok, lemma, comp)
    theme = obj if obj is not None else subj
    if state is not None and theme is not None:
        name, pole = state
        out.append(_reading("state", name, sign * pole, theme, frozenset(), names, base))
    return out


def denied_aim(tok) -> bool:
    """An infinitive complement or purpose clause of a negated verb ("was not designed
    *to produce* net energy", "did not want *to sell*", "was not built *to carry*
    lorries"): the aim or wish is denied, the act neither stated nor denied. A verb that negates its complement itself ("refused to") is read by
    :func:`_negated`; a decision not taken ("has not decided whether to appeal") is read
    as open by :mod:`consilience.act_readings`."""
    if tok.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in tok.children):
        return False
    gov = tok.head
    if any(c.lower_ == "whether" for c in tok.children) or _deciding(gov):
        return False  # "has not decided (whether) to appeal": a decision still open
    return gov.lemma_.lower() not in NEGATING and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in [*gov.children, *aux_words(gov)]
    )


def _deciding(verb) -> bool:
    lemma = verb.lemma_.lower()
    return lemma == "decide" or lexicon.same_sense(lemma, "decide", "v")


def _events(lemma, sign, subj, obj, comp, doer, names, base) -> list[Reading]:
    """The event readings of one predicate: "is (not) a X" as ``be(X)``; an act on its
    object (and ``be(record)`` of "broke the record"); an act with no object, of its
    subject or known doer."""
    if comp is not None and comp.pos_ in ("NOUN", "PROPN") and lemma == "be":
        return [_reading("event", "be", sign, comp, _doer(subj, names), names, base)]
    if obj is not None:
        out = [_reading("event", lemma, sign, obj, doer, names, base)]
        if lemma in RESULT_VERBS:
            out.append(_reading("event", "be", sign, obj, doer, names, {**base, "result": True}))
        return out
    if (subj is not None and subj.pos_ != "PRON") or doer:
        said = subj.doc[subj.left_edge.i : subj.i + 1].text[:80] if subj is not None else ""
        return [_reading("event", lemma, sign, None, doer, names, {**base, "phrase": said})]
    return []


def _reading(kind, predicate, sign, noun, doer, names, base) -> Reading:
    """A :class:`Reading` whose theme is ``noun`` (None: an act with no object)."""
    if noun is None:
        return Reading(
            kind=kind,
            predicate=predicate,
            sign=sign,
            theme=frozenset(),
            head="",
            mods=frozenset(),
            doer=doer,
            **base,
        )
    head = noun.lemma_.lower() if noun.pos_ != "PRON" else ""
    return Reading(
        phrase=noun.doc[noun.left_edge.i : noun.right_edge.i + 1].text[:80],
        kind=kind,
        predicate=predicate,
        sign=sign,
        theme=frozenset(arg_keys(noun, names)),
        head=head,
        mods=_mods(noun),
        doer=doer,
        theme_preps=noun_preps(noun),
        **base,
    )


def noun_preps(noun) -> frozenset[tuple[str, str]]:
    """``(preposition, object)`` of the prepositional phrases of ``noun``, the object as
    the lemmas of its modifiers and head ("chalets *on the north slope*" -> {("on", "north
    slope")})."""
    return frozenset(
        (p.lower_, " ".join([*sorted(_mods(o)), o.lemma_.lower()]))
        for p in noun.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )


#: verbs that state the act their object names ("made a payment", "carried out the
#: evacuation")
LIGHT_VERBS = frozenset("make carry_out conduct complete".split())
#: acts named by a noun, beside :data:`consilience.statement_stances.NOMINALS`
ACT_NOUNS = {**NOMINALS, "payment": "pay", "evacuation": "evacuate", "arrest": "arrest"}


def _harmed(sign: int, subj, names, base: dict) -> Reading:
    """The reading "``subj`` was injured" of a clause telling a harm the subject suffered
    ("one boater broke her wrist", "two riders suffered burns": :func:`bodily_harm`): the
    subject is the injured theme, with no doer."""
    undone = {**base, "doer_head": "", "doer_mods": frozenset()}
    return _reading("event", "injure", sign, subj, frozenset(), names, undone)


def _nominal(tok, lemma: str, noun):
    """``(verb, theme token or None)`` when light verb ``tok``'s object names an act
    ("made a *payment* to the hackers" -> pay; "the *payment of the ransom*" -> pay,
    ransom; "a *ransom payment*" -> pay, ransom; "no *headcount* was taken" -> count:
    :func:`consilience.claims.light_act`), else None."""
    if noun is None:
        return None
    verb = ACT_NOUNS.get(noun.lemma_.lower()) if lemma in LIGHT_VERBS else None
    if verb is None and compound_act(noun.lemma_.lower()):
        verb = light_act(tok)  # any light verb: "took a headcount", "no head count was done"
    if verb is None:
        return None
    of = next((g for p in noun.children if p.lower_ == "of" for g in p.children), None)
    compound = next((c for c in noun.children if c.dep_ == "compound"), None)
    return verb, of if of is not None else compound


def _lemma(tok) -> str:
    """Lemma with its particle ("ruled out" -> rule_out); the copula's lemma for "is"."""
    lemma = tok.lemma_.lower()
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    return f"{lemma}_{prt.lower_}" if prt is not None else lemma


def _surface(tok) -> str:
    """How the predicate reads ("switched off", "remains blocked", "is not a record", "did
    not go off"): the verb with its particle (:func:`_loose_particle` too), complement and
    lasting auxiliary; a negated verb with its negation and the auxiliaries before it."""
    kids = list(tok.children)
    words = [tok] + [c for c in kids if c.dep_ in ("prt", "acomp", "oprd", "attr", "neg")]
    negated = any(c.dep_ == "neg" for c in kids)
    auxes = [
        c
        for c in kids
        if c.dep_ in ("auxpass", "aux") and c.i < tok.i and (negated or c.lemma_ in LASTING)
    ]
    loose = [p for p in [_loose_particle(tok)] if p is not None]
    return " ".join(t.text for t in sorted(words + auxes + loose, key=lambda t: t.i))


def _loose_particle(tok):
    """A particle the parser took for an adverb or preposition ("did not go *off*"): the
    word right after the verb, with no object of its own, that WordNet joins with the
    verb into one phrasal verb ("go_off"); else None."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.head != tok or nxt.dep_ not in ("advmod", "prep") or list(nxt.children):
        return None
    return nxt if lexicon.senses(f"{tok.lemma_.lower()}_{nxt.lower_}", "v") else None


def _arguments(tok, control: bool = False):
    """``(subject, object, passive)``: the subject token (a participle modifying a noun:
    that noun, as passive), the object (a passive's subject) and whether the predicate is
    passive. ``control``: an infinitive complement with no subject of its own takes its
    governor's (:func:`_controller`: "the zoo is to *stay* closed"). An object "it" or
    "them" of a second conjoined verb is the first verb's object ("carried a bottle and
    *used it*")."""
    kids = list(tok.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:  # "Flights *remain* suspended": the subject hung on the auxiliary
        auxes = [g for c in kids if c.dep_ in ("aux", "auxpass") for g in c.children]
        subj = next((g for g in auxes if g.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if subj is None and _reported_state(tok):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        return None, partitive(subj), True  # "no one was reported hurt": no one was hurt
    if subj is None and control and tok.dep_ == "xcomp":
        subj = _controller(tok.head)
    subj, obj = partitive(subj), partitive(obj)
    if tok.dep_ == "acl" and subj is None:
        return None, tok.head, True  # "the system operated by X", "the road reopened"
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        passive = passive or (subj is not None and subj.dep_ == "nsubjpass" and obj is None)
        subj = partitive(subj)
    if obj is not None and obj.lower_ in ("it", "them") and tok.dep_ == "conj":
        first = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        obj = first if first is not None and first.pos_ != "PRON" else obj  # "carried X and used it"
    if passive and subj is not None:
        return None, subj, True
    return subj, obj, False


def _controller(gov):
    """The subject an infinitive complement takes from its governor ``gov`` when that
    only places it in time or expectation: a copula ("*the zoo* is to stay closed") or a
    passive ("*residents* are expected to be out"); None otherwise (an aspect or an aim,
    "flights began to resume", "members want to push for", keeps its own reading)."""
    kids = list(gov.children)
    if gov.lemma_.lower() != "be" and not any(c.dep_ == "auxpass" for c in kids):
        return None
    return next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)


#: negative quantifiers that deny a predicate of a whole class as its subject or object
#: ("*none* of the riders was hurt", "*nobody* was injured")
NONE_WORDS = frozenset("none nobody nothing neither".split())
#: determiners that deny what their noun does or undergoes ("*no* homes", "*neither* guard")
NEGATIVE_DETS = frozenset({"no", "neither"})
#: quantifier heads of a partitive "Q of the N" ("*two* of the animals", "*none* of them")
PARTITIVE_HEADS = NONE_WORDS | frozenset("one some any all each most several many few".split())
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def partitive(tok):
    """The class a quantifier argument takes its members from ("none *of the riders*",
    "two *of them*": the riders, the noun "them" stands for); ``tok`` itself otherwise
    (None stays None)."""
    if tok is None or not (tok.lower_ in PARTITIVE_HEADS or tok.like_num or _count(tok)):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    cls = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if cls is None:
        return counted_antecedent(tok)
    return plural_antecedent(cls) if cls.lower_ in ("them", "those") else cls


def _count(tok):
    """The number word of a noun phrase with no noun ("all *nine*", "the *three*"), or
    None."""
    if tok.pos_ == "NUM" and tok.like_num:
        return tok
    if tok.pos_ in ("DET", "PRON"):
        return next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
    return None


def counted_antecedent(tok):
    """The noun a bare count stands for: the last noun before it in its article counted
    with the same number word ("Nine cavers were trapped ... *All nine* were brought out":
    cavers); ``tok`` itself when there is none."""
    number = _count(tok)
    if number is None:
        return tok
    for t in reversed(tok.doc[: number.i]):
        if t.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nummod" and c.lower_ == number.lower_ for c in t.children
        ):
            return t
    return tok


def plural_antecedent(pron):
    """The plural noun a plural pronoun stands for: the nearest one before it in its
    sentence, else in the sentence before ("Eleven cavers were trapped, and none of *them*":
    cavers); the pronoun itself when none is found."""
    sent = pron.sent
    before = [t for t in sent if t.i < pron.i and t.tag_ in PLURAL_TAGS]
    if not before and sent.start > 0:
        before = [t for t in pron.doc[sent.start - 1].sent if t.tag_ in PLURAL_TAGS]
    return before[-1] if before else pron


def universal_denial(tok) -> bool:
    """Whether predicate ``tok`` is denied of a whole class: its subject or object is a
    negative quantifier ("none of the riders", "nobody") or has "no" ("no homes")."""
    if _reported_of_none(tok):
        return True  # "no one was reported hurt"
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _none(c) for c in tok.children)


def _agent(tok):
    """The doer of passive ``tok`` ("was started *by a faulty heater*": heater), or None."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _referent(subj):
    """``subj``, or for a pronoun subject of a reported clause the reporter ("Halden told
    the site *it* had not paid", "the museum said *it* would reopen")."""
    if subj is None or subj.lower_ not in ("it", "they", "he", "she"):
        return subj
    clause = subj.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp":
        return subj
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.pos_ == "PRON" or reporter.i > subj.i:
        return subj  # "it will reopen, the council said": "it" need not be the council
    return reporter


def _doer(subj, names) -> frozenset[str]:
    """Keys of the doer (:func:`_referent` of the subject); empty when unknown."""
    if subj is None or subj.lower_ in PRONOUNS:
        return frozenset()
    return frozenset(arg_keys(subj, names))


def manner_of(tok) -> frozenset[str]:
    """The adjectives of the ``-ly`` adverbs that modify predicate ``tok`` ("*seriously*
    injured" -> {"serious"}, "*badly* hurt" -> {"bad"}), when WordNet knows the adjective;
    empty when it has none."""
    out = set()
    for c in tok.children:
        word = c.lemma_.lower()
        if c.dep_ != "advmod" or c.pos_ != "ADV" or not word.endswith("ly"):
            continue
        for adj in (word[:-2], word[:-3] + "y"):
            if lexicon.senses(adj, "a"):
                out.add(adj)
                break
    return frozenset(out)


def _mods(noun) -> frozenset[str]:
    """Lemmas of the compound and adjective modifiers of ``noun`` ("world record")."""
    return frozenset(
        c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
    )


def _state(tok, lemma: str, comp) -> tuple[str, int] | None:
    """The state the predicate leaves its theme in, or None."""
    if comp is not None and comp.lower_ in STATE_WORDS:
        return STATE_WORDS[comp.lower_]
    if lemma in COPULAS:  # "remains *down*", "is *off*": the parser's adverb or particle
        word = next(
            (c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in STATE_WORDS),
            None,
        )
        return STATE_WORDS[word.lower_] if word is not None else None
    lasting = any(c.dep_ in ("auxpass", "aux") and c.lemma_ in LASTING for c in tok.children)
    if lemma in STATE_VERBS and not _other_sense(tok):
        return STATE_VERBS[lemma]
    if lasting and tok.lower_ in STATE_WORDS:  # "remains blocked": "blocked" is the verb
        return STATE_WORDS[tok.lower_]
    return None


#: verbs that bring about the act of their infinitive complement ("forced the exchange *to
#: halt* trading"): the complement happened when they did
CAUSATIVES = frozenset({"force", "compel", "oblige", "cause", "prompt", "lead"})


def _told_change(verb) -> bool:
    """A causative ``verb`` tells a past change: itself in the past ("forced"), or a
    participle clause ("..., forcing") of a verb that does."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return _past_change(verb, _lemma(verb))


def _past_change(tok, lemma: str) -> bool:
    """The predicate reports a change in the past ("was closed", "reopened", "had been
    switched off"), not a state now ("is closed", "remains blocked", "has reopened")."""
    if lemma in COPULAS or lemma in LASTING:
        return False
    if tok.tag_ == "VB" and tok.dep_ in ("xcomp", "ccomp") and _lemma(tok.head) in CAUSATIVES:
        return _told_change(tok.head)  # "forcing the exchange to halt trading"
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have", "is", "are", "remains", "remain", "stays", "stay"}:
        return False
    if tok.tag_ == "VBN" and not aux and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "the bridge reopened at 4 p.m." tagged as a participle
    return tok.tag_ == "VBD" or bool(tok.tag_ == "VBN" and aux & {"had", "was", "were"})


def _other_sense(tok) -> bool:
    """A state verb used in another sense: with a complement ("failed *to pay*"), "work"
    or "function" for someone or on something ("staff worked *on* the line") or with an
    object ("worked a shift")."""
    kids = list(tok.children)
    if any(c.dep_ == "xcomp" for c in kids):
        return True
    if tok.lemma_.lower() in ("work", "function"):
        return any(c.dep_ in ("prep", "dobj", "agent") for c in kids)
    return False


#: verbs whose object is an amount ("costs nothing", "weighs nothing"): "nothing" there
#: is a value of zero, not a denial of the act
AMOUNT_VERBS = frozenset({"cost", "weigh", "measure", "earn", "charge"})


def _negated(tok) -> bool:
    """Polarity from the parse: a ``neg`` or "never" on the predicate or on its
    auxiliaries (:func:`aux_words`), "no" before its object or subject or a negative
    quantifier as one ("none of them"), a governing "refuse to", "deny that" or a gerund
    under "deny" ("denied having received"); two negations cancel."""
    flips = 0
    kids = list(tok.children)
    words = [*kids, *aux_words(tok)]
    if any((c.dep_ == "neg" and not limiting(c)) or c.lower_ == "never" for c in words):
        flips += 1  # "had not properly checked" denies nothing (claims.limiting)
    for c in kids:
        if c.dep_ == "dobj" and tok.lemma_.lower() in AMOUNT_VERBS:
            continue  # "the loft costs nothing to run": an amount of zero, no denial
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and _none(c):
            flips += 1
    if _reported_of_none(tok):
        flips += 1
    if denied_evidence(tok):
        flips += 1
    gov = tok.head if tok.dep_ in ("xcomp", "ccomp") else None
    if gov is not None:
        lemma = gov.lemma_.lower()
        if (tok.dep_ == "xcomp" and lemma in NEGATING | {"deny"}) or (
            tok.dep_ == "ccomp" and lemma in DENYING
        ):
            flips += 1
    return flips % 2 == 1


def _none(noun) -> bool:
    """``noun`` names no one and nothing ("nobody", "none", "*no* boats")."""
    return noun.lower_ in NONE_WORDS or any(
        d.dep_ == "det" and d.lower_ in NEGATIVE_DETS for d in noun.children
    )


#: passive verbs of report whose complement tells the subject's state ("was *reported*
#: hurt", "is *believed* missing", "were *said* to be safe")
REPORTED_AS = frozenset({"report", "believe", "say", "know", "think", "confirm", "feared"})


def _reported_state(tok) -> bool:
    """``tok`` is a participle completing a passive verb of report: the state its subject
    is reported in ("two were reported *hurt*", "no one was reported *injured*":
    :data:`REPORTED_AS`)."""
    gov = tok.head
    if tok.dep_ not in ("xcomp", "oprd") or tok.tag_ != "VBN" or gov is tok:
        return False
    kids = list(gov.children)
    return gov.lemma_.lower() in REPORTED_AS and any(c.dep_ == "auxpass" for c in kids)


def _reported_of_none(tok) -> bool:
    """``tok`` completes a passive verb of report whose subject names no one: "*no one*
    has been reported *hurt*" denies that anyone was hurt (:func:`_reported_state`)."""
    if not _reported_state(tok):
        return False
    return any(c.dep_ == "nsubjpass" and _none(c) for c in tok.head.children)


#: nouns of evidence (with their WordNet kinds: sign, proof): denied, they deny the
#: clause that says what they would show ("found *no sign* that data had left")
EVIDENCE = frozenset({"evidence", "indication"})
#: hypernym steps within which a noun's first sense is a kind of evidence
EVIDENCE_DEPTH = 3


def denied_evidence(tok) -> bool:
    """``tok`` heads the "that" clause of a denied noun of evidence: "no" before it
    ("there was *no evidence* so far that data had been *taken*", "found *no sign* that
    any data had *left*") or "any" under a negated verb ("did *not* find *any
    indication* that files were *stolen*"). The clause then states what nobody found."""
    if tok.dep_ not in ("acl", "ccomp"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False
    noun = tok.head
    if noun.pos_ != "NOUN" and noun.dep_ == "advmod":
        noun = noun.head  # "no evidence *so far* that ...": the parse hangs it on "far"
    if noun.pos_ != "NOUN" or not evidence_noun(noun.lemma_.lower()):
        return False
    dets = {d.lower_ for d in noun.children if d.dep_ == "det"}
    if dets & NEGATIVE_DETS:
        return True
    verb = noun.head
    denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in [*verb.children, *aux_words(verb)])
    return "any" in dets and noun.dep_ in ("dobj", "attr") and denied


@lru_cache(maxsize=4096)
def evidence_noun(noun: str) -> bool:
    """``noun`` is one of :data:`EVIDENCE` or its first sense a kind of one within
    :data:`EVIDENCE_DEPTH` WordNet steps ("sign", "proof")."""
    return noun in EVIDENCE or lexicon.reaches(noun, "n", _evidence_senses(), 1, EVIDENCE_DEPTH)


@lru_cache(maxsize=1)
def _evidence_senses() -> frozenset[int]:
    return frozenset(o for w in EVIDENCE for o in lexicon.senses(w, "n"))


def aux_words(verb) -> list:
    """The words the parse hangs on ``verb``'s auxiliaries ("has *not* yet been peer
    reviewed": the parser may give the "not" to "been", not to "reviewed"); the
    auxiliary's negation is the verb's."""
    return [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children]


def _time(tok, claim: Claim) -> tuple[bool, str, str] | None:
    """``(plan, start, until)`` of the predicate (see :class:`Reading`), or None for a
    hedge ("may reopen") or a denied aim (:func:`denied_aim`)."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & HEDGE_AUX or (aux & COUNTERFACTUAL and "have" in aux) or denied_aim(tok):
        return None  # "may reopen"; "would have closed": what did not happen
    lasting = tok.lemma_.lower() in LASTING or bool(
        {c.lemma_ for c in tok.children if c.dep_ in ("aux", "auxpass")} & LASTING
    )
    gov = tok.head if tok.dep_ == "xcomp" else None
    planned = gov is not None and gov.lemma_.lower() in PLANNING
    plan = (bool(aux & PLAN_AUX) or planned) and not lasting
    until = _until(tok, claim)
    days = sorted(d.split("|", 1)[0] for d in claim.dates if d.endswith("|day"))
    start = next((d for d in days if d != until), "")
    return plan, start, until


def _until(tok, claim: Claim) -> str:
    """The end of the state: "open" for "until further notice" / "indefinitely", the
    clause's latest day after "until", else ""."""
    for c in tok.subtree:
        if c.lower_ == "indefinitely":
            return "open"
        if c.lower_ in ("until", "till") and any(
            g.lower_ == "notice" or g.lemma_ == "further" for g in c.subtree
        ):
            return "open"
    days = sorted(d.split("|", 1)[0] for d in claim.dates if d.endswith("|day"))
    if any(c.lower_ in ("until", "till") for c in tok.subtree):
        return days[-1] if days else ""
    if len(days) > 1 and _spell(tok):
        return days[-1]  # "closed from 18 February to 3 March"
    return ""


def _spell(tok) -> bool:
    """Predicate ``tok`` is dated by a span of days: a "from" date and a "to" date among
    its own prepositional objects ("closed *from 18 February to 3 March*")."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [g for p in preps for g in p.subtree if g.dep_ == "prep"]
    dated = {p.lower_ for p in preps if any(o.ent_type_ == "DATE" for o in p.children)}
    return "from" in dated and "to" in dated


def same_theme(a: Reading, b: Reading) -> bool:
    """Whether two readings are about one thing: one head noun ("the museum's
    alarm" / "the alarm"), one's head a modifier of the other's ("the alarm" / "the alarm
    system"), or a description of a name ("the museum" / "Halloran Museum"); never two
    different names, nor modifiers that differ ("world record" / "national record")."""
    if not (a.head and b.head):
        return False
    na, nb = a.theme - {a.head}, b.theme - {b.head}
    if na and nb and not na & nb and not _names_agree(na, nb):
        return False
    if a.head == b.head:  # a shared key alone is not enough: "clinics" and "school"
        return not (a.mods and b.mods and not a.mods & b.mods)  # may both key the school
    if a.head in b.mods or b.head in a.mods:  # "the alarm" / "the alarm system": one kind
        return _kind_of_its_modifier(a, b)  # of thing; not "households" / "household data"
    return _describes(a.head, b.theme) or _describes(b.head, a.theme)


def _kind_of_its_modifier(a: Reading, b: Reading) -> bool:
    """Of a head that modifies the other's head, the two heads are one kind of thing
    (:func:`consilience.noun_branches.one_branch`: "alarm" / "alarm *system*"), a person of
    the group the other names ("the crew" / "a crew *member*"), what a container holds
    ("bottled oxygen" / "an oxygen *bottle*"), or WordNet does not know one of them (a
    name's word); not "households" / "household *data*"."""
    modifier, compound = (a, b) if a.head in b.mods else (b, a)
    x, y = modifier.head, compound.head
    if not (noun_branches.known(x) and noun_branches.known(y)):
        return True
    if noun_branches.container(y):
        return True
    return noun_branches.one_branch(x, y) or noun_branches.member_of(x, y)


def _describes(head: str, names: frozenset[str]) -> bool:
    """``head`` is the last word of one of the other's names ("museum" / "halloran
    museum")."""
    return any(" " in k and k.split()[-1] == head for k in names)


def _names_agree(na: frozenset[str], nb: frozenset[str]) -> bool:
    """A name of one is the other's in fewer words ("halloran museum" / "halloran museum
    of art in ardmouth")."""
    return any(
        set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in na for y in nb
    )


def _same_doer(a: Reading, b: Reading) -> bool | None:
    """True: one doer named in both; False: two different doers; None: one unknown."""
    if not (a.doer and b.doer):
        return None
    return bool(a.doer & b.doer) or _names_agree(a.doer, b.doer)  # "council" / "X Council"


def clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether readings ``a`` and ``b`` (of two articles published on the ISO days
    ``published``, "" when unknown) cannot both hold: one event stated and denied of one
    object and doer, or one thing in opposite states at one time (module doc)."""
    if a.kind != b.kind or a.predicate != b.predicate or a.sign == b.sign:
        return False
    if a.kind in ("act", "cause"):
        return False  # their own modules compare them
    if a.kind == "state":
        if a.change and b.change and not (a.negated or b.negated):
            return False  # "was closed" / "reopened": two steps of one story
        return same_theme(a, b) and _state_times(a, b, published)
    if a.plan or b.plan or _same_doer(a, b) is False or narrower_denial(a, b):
        return False
    if narrower_class(a, b):
        return False
    if a.predicate == "be" and _same_doer(a, b) is None and not (a.result or b.result):
        return False  # "it is not a X" / "it is a X": whose "it" is unknown
    if a.predicate == "be" and not (a.head and b.head):
        return False  # "the box is empty" / "a box is not a message": what it is, untold
    if a.head and b.head:
        if not same_theme(a, b):
            return False
    elif not (_same_doer(a, b) or _whole_act_denied(a, b, published) or _alternation(a, b)):
        return False  # "it had not paid" / "Halden paid the ransom": one doer
    return _event_times(a, b, published)


def _alternation(a: Reading, b: Reading) -> bool:
    """One reading tells the act with no object, of a subject X ("the warning siren
    sounded": doer X), the other in the passive of X with no doer ("no warning siren was
    sounded"): a verb of the causative alternation, whose subject without an object is the
    thing the act is done to, so the two speak of one thing. A reading stated of a phrase
    opening with "no" ("No oil leaked from the tanker", read as stated) is no side of it."""
    if any(r.sign > 0 and r.phrase.lower().startswith("no ") for r in (a, b)):
        return False
    for x, y in ((a, b), (b, a)):
        if not x.head and x.doer_head and y.head == x.doer_head and not y.doer and not y.active:
            return True
    return False


def _perfect(tok) -> bool:
    """Predicate ``tok`` is in a perfect tense ("have been made", "had been made"): told up
    to a moment, after which the act may still come."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def _whole_act_denied(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Of one act stated and denied, the denial is of the act itself by anyone, named by a
    noun in a simple tense (``act_denied``), with no doer and no thing it was done to
    ("*no* headcount was taken" / "staff had counted the children"), in an article written no earlier than the statement's: whoever did
    it, the two cannot both hold. A statement written later may tell a later act ("no
    arrests have been made", next day "two men were arrested")."""
    denied, day_denied, day_stated = (a, *published) if a.sign < 0 else (b, *published[::-1])
    if not (denied.act_denied and not denied.head and not denied.doer):
        return False
    return bool(day_denied and day_stated) and day_stated <= day_denied


#: the preposition whose object narrows what a predicate says to whom or what it is for
SCOPE = "for"


def scope_of(tok) -> frozenset[str]:
    """Lemmas of the heads of predicate ``tok``'s "for" objects ("approved *for
    adults*" -> {"adult"}); empty when it has none."""
    return frozenset(
        o.lemma_.lower()
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == SCOPE
        for o in p.children
        if o.dep_ == "pobj"
    )


def narrower_denial(a: Reading, b: Reading) -> bool:
    """Of one act stated and denied, the denial is narrowed by a scope the statement does
    not give ("licensed the airstrip" / "not licensed *for night flights*"; "approved *for
    adults*" / "not approved *for anyone under 18*"): both can hold."""
    if a.sign == b.sign:
        return False
    denied, stated = (a, b) if a.sign < 0 else (b, a)
    return bool(denied.scope - stated.scope)


def narrower_class(a: Reading, b: Reading) -> bool:
    """Of one act stated and denied of a whole class ("*no* cargo flights were
    disrupted"), the denied class is narrowed by a modifier the stated theme does not
    give ("disrupted 300 flights": passenger flights, perhaps): both can hold; of an act
    with no theme, the class is its doer ("none of the *refloated* whales came back" /
    "43 pilot whales beached themselves"). A count narrows nothing."""
    if a.sign == b.sign:
        return False
    denied, stated = (a, b) if a.sign < 0 else (b, a)
    if not denied.universal:
        return False
    if not (denied.head or stated.head) and denied.doer_head and stated.doer_head:
        given = stated.doer_mods | {stated.doer_head}  # "none of the *refloated* whales came back"
        return any(not like_num(m) for m in denied.doer_mods - given)
    if not (denied.head and stated.head):
        return False
    given = stated.mods | {w for _, o in stated.theme_preps for w in o.split()} | {stated.head}
    return any(not like_num(m) for m in denied.mods - given)


def _event_times(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """One moment for a done act and its denial: no two clause dates nor a past year
    against an undated clause ("came ashore in 2017" / "none came back"; a month is kept:
    "complained last month" / "has received no complaint" span it), and reported the
    same day, undated, the act dated to a day on or before the denial was written ("who
    conceded on Thursday", written Friday / "has refused to concede", written Thursday), or
    else the act reported first (a later denial disputes it; a later report of the act
    after a denial is an update)."""
    if a.start and b.start and a.start != b.start or dated_apart(a, b, published, ("year",)):
        return False  # two days; "came ashore in 2017" / "none came back"
    da, db = published
    if not (da and db) or da == db:
        return True
    done, denied_day = (a, db) if a.sign > 0 else (b, da)
    done_day = da if a.sign > 0 else db
    if done.start and not (a.start and b.start):
        return done.start <= denied_day  # done on a day the denial was written on or after
    return done_day < denied_day


#: precisions of a date that place a clause in a period rather than on a day, and the
#: length of the ISO prefix that names the period
PERIODS = {"year": 4, "month": 7}


def dated_apart(
    a: Reading, b: Reading, published: tuple[str, str], kinds: Sequence[str] = tuple(PERIODS)
) -> bool:
    """One reading's clause is dated only to past periods of ``kinds`` and the other's
    speaks of the time of writing (:func:`periods_apart`): "opened in 2011" / "will stay
    closed"."""
    return periods_apart(a.dated, b.dated, b.until, published[1], kinds) or periods_apart(
        b.dated, a.dated, a.until, published[0], kinds
    )


def periods_apart(
    x: Sequence[str], y: Sequence[str], until: str, day: str, kinds: Sequence[str] = tuple(PERIODS)
) -> bool:
    """Clause dates ``x`` ("ISO|precision") are only periods (a year, a month) all before
    the period of ``day``, the ISO publication day of the other clause, whose dates ``y``
    are none of its own -- ``until``, the day its state lasts until ("closed *until
    Monday*"), is none -- or only dates after those periods: a past state or change
    ("opened in 2011", "when 20 whales came ashore in 2017") against one of the time of
    writing ("will stay closed", "closed the bridge on Tuesday", "none came back").
    ``kinds``: the precisions of :data:`PERIODS` that count."""
    if not x or not day:
        return False
    periods = [d.split("|", 1) for d in x]
    if not all(p in kinds and d[: PERIODS[p]] < day[: PERIODS[p]] for d, p in periods):
        return False
    own = [d.split("|", 1)[0] for d in y]
    return all(o == until or _after(o, d[: PERIODS[p]]) for o in own for d, p in periods)


def _after(iso: str, period: str) -> bool:
    """ISO date ``iso`` (a day, month or year) lies wholly after the ISO ``period``."""
    n = min(len(iso), len(period))
    return iso[:n] > period[:n]


def _state_times(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Opposite states overlap in time: a state now and a plan overlap when the state
    lasts past the plan's start ("closed until further notice" / "would reopen on
    Friday"; not "closed" / "reopens on Friday"); two plans when they start on one day;
    two current states when reported on one day with no two clause dates."""
    if a.plan and b.plan:
        return a.start == b.start
    if dated_apart(a, b, published):
        return False  # "will stay closed" / "opened in 2011"
    if a.plan or b.plan:
        plan, now = (a, b) if a.plan else (b, a)
        if now.until == "open":
            return True
        return bool(now.until and plan.start and now.until > plan.start)
    spell = _in_spell(a, b, published)
    if spell is not None:
        return spell
    if a.start and b.start and a.start != b.start:
        return False
    da, db = published
    return not (da and db) or da == db


#: adverbs that say a state held the whole time
WHOLE_TIME = frozenset({"throughout"})


def _whole_time(tok) -> bool:
    """``tok`` is an adverb of :data:`WHOLE_TIME` (the parser may make "throughout" a
    preposition with no object)."""
    if tok.lower_ not in WHOLE_TIME:
        return False
    return tok.dep_ == "advmod" or not any(c.dep_ == "pobj" for c in tok.children)


def _in_spell(a: Reading, b: Reading, published: tuple[str, str]) -> bool | None:
    """Of a state one reading gives a spell of days ("closed from 18 February to 3 March")
    and the other, undated, says held the whole time ("stayed open throughout": True) or
    holds now ("remains open"), whether the other's day of writing falls in the spell; a
    state said to have held throughout against the opposite state said to hold now in an
    article written no later ("has been closed to the public") clashes; None when neither
    is such a pair."""
    for x, y, days in ((a, b, published), (b, a, published[::-1])):
        if y.throughout and x.now and not (x.start or x.dated or y.start or y.dated):
            return bool(days[0] and days[1]) and days[0] <= days[1]  # "has been closed"
    for x, y, day in ((a, b, published[1]), (b, a, published[0])):
        spell = x.start and x.until and x.until != "open" and x.start < x.until
        if not spell or y.start or y.dated:
            continue
        if y.throughout:
            return True
        if y.now and day:
            return x.start <= day <= x.until
    return None


def one_moment(a: Reading, b: Reading, published: tuple[str, str], rel: int) -> bool:
    """One moment: of one act stated and denied, :func:`_event_times`; of opposite acts, no two clause dates and reported on one day (or
    undated): a state may change between two days."""
    if rel > 0:
        return _event_times(a, b, published)
    if a.start and b.start and a.start != b.start or dated_apart(a, b, published):
        return False
    da, db = published
    return not (da and db) or da == db
