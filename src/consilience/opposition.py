"""When two claims cannot both hold: opposite predicates, opposite polarity, one done and
the other still to come, or one act with its roles swapped.

    opposed(a, b) -> "antonym" | "polarity" | "modality" | "refusal" | "converse" | "sequence" | None
    poles(claim) -> {(scale, sign), ...}         # where a claim stands on the lexicon's scales
    permanent(a, b) -> bool                      # the opposition is of a settled outcome
    single_doer(a, b) -> bool                    # one act claimed of two different doers

Opposite predicates of one object come first from WordNet (:func:`wordnet_opposed`, through
:mod:`consilience.act_relations`: "praised" / "criticised" the plan, "permitted" /
"forbade" the boards). The lexicon (:data:`SCALES`) is the residue WordNet lacks or cannot
tell -- a settled outcome (``permanent``), two steps of one story (``sequence``), what a
scale is about (``transitive``), the direction of a change with no object ("widened" /
"narrowed", which WordNet cannot tell from "arrived" / "departed"), a stance on a
clause ("admitted" / "denied that") -- grouped in *scales*: each has a
positive and a negative pole of predicates (claim frames, :data:`consilience.claims.FRAMES`,
or predicate lemmas) and of surface patterns for what the parse leaves out -- a particle
("stepped down", "voted down"), a preposition ("voted for" / "voted against"), a copula's
complement ("remained open" / "was closed", "still missing"), a verdict ("found not
guilty"). Two claims are opposed on a scale when one is on its positive pole and the other
on its negative one: rose / slipped, widened / narrowed, resigned / stayed on, won / lost,
convicted / acquitted, approved / voted down, passed / failed, joined the majority /
dissented, voted for / against, open / closed, survived / died, found / still missing,
confirmed / denied, held / was damaged.

This module says nothing about *whom* the claims are about, nor *when*: the caller
(:mod:`consilience.statements`) matches subjects, objects and the moment; the aligner
(:mod:`consilience.align`) only needs to know that opposed claims never state one claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .act_relations import relation
from .model import Claim
from .quantities import SCALES as NUMBER_SCALES
from .quantities import WORD_NUMBERS
from .same_act import is_a


class Scale:
    """One scale of the lexicon: predicates and clause patterns of each pole.

    ``positive``/``negative`` are predicate lemmas or frame names; ``patterns`` map a regex
    (matched on the lower-cased clause, only when the claim's predicate is one of
    ``pattern_predicates`` -- empty: any) to a sign. ``permanent``: a settled outcome (an
    election, a verdict, a vote), disputed whenever two reports differ, however far apart
    they were published; otherwise a state that can change between two reports.
    ``transitive``: predicates whose *object* is what the scale is about ("police found
    the climber", "the wall was damaged", "Lund was convicted"); of any other predicate the
    scale is about its subject ("the climber is missing", "the wall held"). ``sequence``:
    the two poles are usually successive steps of one story ("arrested" then "released"):
    never one claim, never a dispute. ``exclude``: a clause pattern under which the scale
    does not apply (a market that "closed higher" did not close). ``about_use``: the
    scale is about what people drink, eat or use, named as the subject ("the water is safe
    to drink") or as the object of the use ("told not to drink the water"); its patterns
    read negation themselves ("was not affected"), so they apply to negated claims too."""

    def __init__(
        self,
        positive: str = "",
        negative: str = "",
        patterns: dict[str, int] | None = None,
        pattern_predicates: str = "",
        permanent: bool = False,
        transitive: str = "",
        sequence: bool = False,
        exclude: str = "",
        about_use: bool = False,
    ) -> None:
        self.positive = frozenset(positive.split())
        self.negative = frozenset(negative.split())
        self.patterns = {re.compile(p): s for p, s in (patterns or {}).items()}
        self.pattern_predicates = frozenset(pattern_predicates.split())
        self.permanent = permanent
        self.transitive = frozenset(transitive.split())
        self.sequence = sequence
        self.exclude = re.compile(exclude) if exclude else None
        self.about_use = about_use


#: change words a direction claim may take as object ("gained 0.8 percent", "lost ground")
CHANGE_OBJECTS = frozenset("percent per_cent point points ground cent pence % basis".split())
#: what a contest is fought over: "won/lost the election"; other objects of "lose" are
#: losses ("lost power", "lost their jobs"), not defeats
CONTEST_OBJECTS = frozenset(
    "election by-election race vote ballot referendum runoff run-off primary poll match game "
    "final semi-final tie round contest seat title cup bid case appeal battle fight league "
    "championship tournament leadership nomination majority".split()
)

#: what a body votes on: the nouns of a proposal put to a ballot (a closed class of
#: English), so that backing or opposing one, with up to two modifiers ("the housing
#: budget", "the no-confidence motion"), is a vote cast ("backed the plan" / "abstained")
PROPOSALS = frozenset(
    "motion bill amendment resolution plan proposal proposals scheme measure law budget "
    "reform deal policy package treaty ordinance bylaw".split()
)


SCALES: dict[str, Scale] = {
    "direction": Scale(
        "rise gain climb advance rally jump soar increase grow expand rebound surge edge_up "
        "tick_up accelerate",
        "fall slip drop decline slide dip tumble sink plunge retreat decrease shrink contract "
        "ease slow edge_down tick_down",
        {
            r"\b(?:was|were|is|are|ended|closed|finished|traded|stood) (?:\S+ )?(?:up|higher)\b(?! to\b)": 1,
            r"\b(?:was|were|is|are|ended|closed|finished|traded|stood) (?:\S+ )?(?:down|lower)\b": -1,
            r"\b(?:edg|tick|inch|creep|crept)\w* (?:up|higher)\b": 1,
            r"\b(?:edg|tick|inch)\w* (?:down|lower)\b": -1,
            r"\b(?:lost|lose|loses|losing) ground\b": -1,
            r"\b(?:gained|gain|gains|gaining) ground\b": 1,
        },
    ),
    "width": Scale("widen", "narrow shrink"),
    "exit": Scale(
        "resign step_down quit retire",
        "fire sack dismiss oust remove",
        {r"\bforced out\b|\bforced to (?:resign|quit|step down)\b|\bpushed out\b": -1},
        permanent=True,
        transitive="fire sack dismiss oust remove",
    ),
    "office": Scale(
        "",
        "resign step_down quit",
        {
            r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining) "
            r"(?:on\b|in (?:office|post|charge|the (?:job|post|role))\b)": 1,
            r"\bstep(?:s|ped|ping)? down\b": -1,
            r"\bcling\w* (?:on )?to (?:power|office)\b|\bclung (?:on )?to (?:power|office)\b": 1,
        },
    ),
    "concession": Scale(
        "concede",
        "",
        {r"\bfight(?:s|ing)? on\b|\bfought on\b|\bvow\w* to fight\b": -1},
    ),
    "decision": Scale(
        "approve accept ratify adopt pass",
        "reject veto vote_down",
        {
            r"\bvot(?:e|ed|es|ing) down\b": -1,
            r"\b(?:fail|fails|failed|failing) (?:in|to pass|to win|at)\b": -1,
            r"\bturn(?:s|ed|ing)? down\b": -1,
        },
    ),
    "verdict": Scale(
        "convict",
        "acquit",
        {
            r"\b(?:found|finds|find|pleaded|pleads|plead|was|were|is|are) not guilty\b": -1,
            r"\bcleared of\b|\bacquitted\b": -1,
            r"\b(?:found|finds|find|pleaded|pleads|plead|was|were|is|are) guilty\b": 1,
        },
        permanent=True,
        transitive="convict acquit find clear",
    ),
    "contest": Scale(
        "win beat defeat", "lose", {r"\blost to\b|\bwas beaten\b": -1}, permanent=True
    ),
    # how a measure stands against a comparator: "returns *beat* those of its peers" /
    # "returns *lagged* the median" (heldout_s37)
    "standing": Scale(
        "beat outperform outstrip outdo surpass exceed", "lag trail underperform"
    ),
    "bench": Scale(
        "concur",
        "dissent",
        {
            r"\b(?:join|joins|joined|joining|side|sides|sided|siding) (?:with )?the majority\b": 1,
            r"\bwrote (?:for )?the majority\b": 1,
        },
        permanent=True,
    ),
    "vote": Scale(
        "",
        "",
        {
            r"\bvot(?:e|ed|es|ing) (?:for|in favou?r\b|to (?:approve|pass|back))\b": 1,
            r"\bvot(?:e|ed|es|ing) against\b": -1,
        },
        "vote",
        permanent=True,
    ),
    # one ballot's exclusive options: a vote cast (for, against, with a side, backing or
    # opposing the motion) against abstaining ("voted with the opposition" / "abstained")
    "ballot": Scale(
        "",
        "abstain",
        {
            r"\bvot(?:e|ed|es|ing) (?:for|against|with|in favou?r\b|to (?:approve|pass|back|reject))\b"
            r"|\b(?:back|backs|backed|backing|support\w*|oppos\w*|reject\w*) the "
            r"(?:[\w-]+ ){0,2}(?:" + "|".join(sorted(PROPOSALS)) + r")\b": 1,
            r"\babstain\w*\b": -1,
        },
        "vote back support oppose reject abstain",
        permanent=True,
    ),
    "stance": Scale("support", "oppose"),
    "open": Scale(
        "open run",
        "shut_down",
        {r"\b(?:open|reopened)\b": 1, r"\b(?:closed|shut)\b": -1},
        "be remain stay",
        transitive="open reopen close shut shut_down run",
        # a market that "closed higher" / "opened at 1,200" did not close; "closed until
        # at least Monday" did
        exclude=r"\b(?:clos|open)\w* (?:(?!(?:until|till|for|on|in)\b)\S+ )?"
        r"(?:up|down|higher|lower|flat|unchanged|at)\b",
    ),
    # when a scheduled thing happened against its schedule: "the gates opened on time" /
    # "the gates opened more than an hour late"; settled once it has happened
    "timing": Scale(
        "",
        "",
        {
            r"\bon (?:time|schedule)\b|\bas (?:scheduled|planned|advertised)\b": 1,
            r"\b(?:minutes|hours?|an hour|days|weeks|months) (?:late|behind schedule)\b"
            r"|\b(?:open|start|began|begun|begin|arriv|leav|left|depart|kick)\w* (?:\S+ ){0,3}"
            r"late\b|\bbehind schedule\b|\b(?:minutes|hours?|an hour) of delay\b": -1,
        },
        permanent=True,
        # "left late on Sunday evening" says when in the day, not against a schedule;
        # "an hour late on Monday" is a delay
        exclude=r"(?<!hour )(?<!hours )(?<!minutes )(?<!days )\blate "
        r"(?:on|in|at|into|last|this|that|yesterday|tonight)\b|\blater\b",
    ),
    "life": Scale(
        "survive",
        "die kill",
        {r"\balive\b": 1, r"\bdead\b": -1},
        "be remain find",
        transitive="kill find",
    ),
    "found": Scale(
        "find locate",
        "",
        {r"\b(?:missing|unaccounted for)\b": -1},
        "be remain miss",
        transitive="find locate",
    ),
    "truth": Scale("confirm admit acknowledge", "deny"),
    "custody": Scale(
        "remand",
        "",
        {r"\bgranted bail\b|\breleased on bail\b|\bbailed\b": -1, r"\bin custody\b": 1},
        "grant remand hold keep release",
        transitive="grant remand hold keep release",
    ),
    "integrity": Scale(
        "withstand",
        "collapse damage",
        {
            r"\b(?:held|holds|hold)(?: (?:firm|up|fast))?(?=\s*(?:[,.;]|$|\s(?:during|through"
            r"|throughout|against|despite|under|overnight)\b))": 1
        },
        "hold",
        transitive="damage destroy",
    ),
    "detention": Scale("arrest", "release", sequence=True),
    # a machine or service that works and one that has stopped: "the lifts broke down" then
    # "the lifts started working again" are steps of one story, never one claim
    "working": Scale(
        "work function operate",
        "break_down fail malfunction",
        {
            r"\b(?:start|started|starts|starting) (?:to work|working)\b|\bback in service\b": 1,
            r"\b(?:stop|stopped|stops|stopping) (?:working|functioning)\b|\bout of (?:service|order|action)\b": -1,
        },
        sequence=True,
    ),
    "safety": Scale(
        "",
        "",
        {  # first match wins: "not affected" before "affected", "not safe" before "safe"
            r"\b(?:not|n't|never)\s+(?:been\s+|be\s+)?(?:affected|contaminated|polluted|"
            r"compromised)\b|\bunaffected\b|\buncontaminated\b": 1,
            r"\b(?:not|n't)\s+(?:been\s+|be\s+)?safe\b|\bunsafe\b|\bunfit (?:to|for)\b"
            r"|\bnot to (?:drink|eat|use|swim|bathe|consume)\b"
            r"|\b(?:do|does|did|should|must) not (?:drink|eat|swim|bathe|consume)\b"
            r"|\bboil[- ]water (?:notice|advisory|order)\b"
            r"|\b(?:was|were|is|are|has been|have been|had been) contaminated\b": -1,
            r"\b(?:safe|fit) (?:to|for) (?:drink|eat|use|swim|bathe|consume|drinking)\b"
            r"|\b(?:is|are|was|were|remains?|remained) safe\b": 1,
        },
        about_use=True,
    ),
}

#: the predicates some scale places on a pole
_ON_SCALES = frozenset().union(*(s.positive | s.negative for s in SCALES.values()))

#: acts that one party does to another: the roles swapped ("A beat B" / "B beat A") are
#: opposite statements
CONVERSE = frozenset("beat defeat outvote overtake top eliminate oust edge".split())
#: acts with one doer: the same act on the same object claimed of two different doers
#: ("police carried out the raid" / "the army carried out the raid") is a dispute
SINGLE_DOER = frozenset("carry carry_out conduct score claim win beat defeat stage".split())
#: acts one party does alone, in classes of verbs that tell one act: who *stopped* a show,
#: who *coaches* a player, who *recovered* a body, who *named* a ship (never a person:
#: "police named the victim" and "the family named him" both hold). Two different parties
#: said to do it are a dispute. Who *found* a thing or *raised the alarm* is
#: :mod:`consilience.first_finders`' question.
ONE_DOER_CLASSES: dict[str, str] = {
    **dict.fromkeys("stop halt interrupt".split(), "stop"),
    **dict.fromkeys("coach".split(), "coach"),
    **dict.fromkeys("recover".split(), "recover"),
    **dict.fromkeys("name christen".split(), "name"),
}
#: object pronouns that may be a person ("named *him*"): never a named ship
PRONOUN_OBJECTS = frozenset("him her them it".split())


#: verbs that go through an event named by their object ("completed a medical", "will
#: undergo a medical", "sat the exam"): with one object they state one act
EVENT_ACTS = frozenset(
    "complete finish pass undergo undertake have take sit attend conduct carry_out perform "
    "conclude finalise finalize".split()
)
#: acts done once to one object: done on one day, the act is not still to come on a later one
ONCE_ACTS = frozenset(
    "complete finish pass undergo conclude finalise finalize seal sign sit".split()
)
#: modalities of an act not done yet: expected, planned, announced for later, or allowed
#: ("allowed X to do Y": permission granted, the act still to come)
PENDING = frozenset({"expected", "planned", "future", "possible", "permitted"})
#: the modality of a clause said on a condition or as advice ("if the wind is strong, the
#: ferry does not sail"; "boil water first"): what it says or denies happened nowhere
CONDITIONAL = "conditional"


#: the light verbs of :data:`SINGLE_DOER` in a clause whose act extraction names by its
#: noun ("carried out the rescue" = rescue): the act still has the light verb's one doer
_LIGHT_SINGLE = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?|stag(?:e|es|ed|ing))\b"
)


def _predicates(c: Claim) -> set[str]:
    """The claim's frame and predicate, and ``carry_out`` / ``conduct`` / ``stage`` when
    its clause states the act with that light verb."""
    found = {c.frame, c.predicate}
    light = _LIGHT_SINGLE.search(_lower(c.text))
    if light:
        word = light.group(0)
        found.add(
            "carry_out"
            if word.endswith(" out")
            else "conduct"
            if word.startswith("conduct")
            else "stage"
        )
    return found


@lru_cache(maxsize=8192)
def _lower(text: str) -> str:
    return text.lower()


def poles(c: Claim) -> frozenset[tuple[str, int]]:
    """``{(scale, +1 | -1), ...}``: where the claim stands on the scales of
    :data:`SCALES`, from its predicate and, where the parse drops a particle, a
    preposition or a complement, from its clause. A negated claim stands on no scale
    (its opposite is its own predicate asserted: :func:`opposed` says ``polarity``)."""
    if c.negated:
        return _negated_poles(c.text.lower())
    return _poles(c.frame, c.predicate, c.text.lower(), c.patient_key, bool(c.figures))


def _negated_poles(text: str) -> frozenset[tuple[str, int]]:
    """The poles of a negated claim on the scales whose patterns read negation
    (``about_use``: "its supply was not affected")."""
    out = set()
    for name, scale in SCALES.items():
        if scale.about_use:
            sign = next((s for p, s in scale.patterns.items() if p.search(text)), 0)
            if sign:
                out.add((name, sign))
    return frozenset(out)


@lru_cache(maxsize=16384)
def _poles(
    frame: str, predicate: str, text: str, patient: str | None, figures: bool
) -> frozenset[tuple[str, int]]:
    """:func:`poles` of a claim given by its parts (cached: the aligner asks for every pair)."""
    preds = {frame, predicate}
    out: set[tuple[str, int]] = set()
    for name, scale in SCALES.items():
        if scale.exclude is not None and scale.exclude.search(text):
            continue
        if _by_predicate(name, preds, patient, figures, text):
            if preds & scale.positive:
                out.add((name, 1))
            if preds & scale.negative:
                out.add((name, -1))
        if scale.pattern_predicates and not preds & scale.pattern_predicates:
            continue
        sign = next((s for p, s in scale.patterns.items() if p.search(text)), 0)
        if sign:
            out.add((name, sign))
    return frozenset(out)


def _by_predicate(name: str, preds: set[str], patient: str | None, figures: bool, text: str):
    """Whether the predicate alone places a claim on scale ``name``: a direction verb only
    of a level's change ("gained 0.8 percent", "lost ground"; not "grew the business"), a
    "lost" only of a contest (:func:`_contest_object`). The scale's clause patterns apply
    regardless ("closed lower")."""
    if name == "direction":
        return patient is None or patient in CHANGE_OBJECTS or figures
    if name == "contest" and "lose" in preds:
        return _contest_object(patient, text)
    return True


def _contest_object(patient: str | None, text: str) -> bool:
    """A "lost" of a contest ("lost the race", "lost the Dunfield by-election", "lost to X",
    "lost" alone), not a loss ("lost power", "lost their jobs")."""
    if patient is None or patient in CONTEST_OBJECTS or "lost to" in text:
        return True
    return bool(set(re.findall(r"[\w-]+", text)) & CONTEST_OBJECTS)


def opposed_scales(a: Claim, b: Claim) -> list[str]:
    """The scales on which one claim is positive and the other negative."""
    pa, pb = poles(a), poles(b)
    return sorted({s for s, sign in pa if (s, -sign) in pb})


def opposed(a: Claim, b: Claim) -> str | None:
    """Why two claims state incompatible things, or None: ``"antonym"`` (opposite poles of
    one scale: approve / reject, rose / fell), ``"converse"`` (one act with the doer and
    the patient swapped: "A beat B" / "B beat A"), ``"polarity"`` (approved / did not
    approve), ``"modality"`` (done in one, only expected or planned in the other),
    ``"sequence"`` (two steps of one story, "arrested" / "released": never one claim, but
    no dispute either), ``"refusal"`` (a plan against its refusal, "will resign" / "refused
    to resign"; an act done against a negated plan, "has closed" / "will not close"). A state
    the text places before now ("until now ... had been reluctant") opposes nothing
    current: it is history, not a reading. Who and when are the caller's to check."""
    if a.superseded != b.superseded:
        return None
    if CONDITIONAL in (a.modality, b.modality) and a.negated == b.negated:
        return None  # "a well-designed lock should still accept the keys" / "every lock refused"
    scales = opposed_scales(a, b)
    if scales:
        return "antonym" if any(not SCALES[s].sequence for s in scales) else "sequence"
    if a.frame != b.frame and wordnet_opposed(a, b):
        return "antonym"
    if a.frame != b.frame and not one_event(a, b):
        return "polarity" if _agreed_and_refused(a, b) or _agreed_and_refused(b, a) else None
    if a.negated != b.negated:
        if delayed(a) or delayed(b):
            return None  # "will not arrive until 2030" / "will arrive in 2029": a date
        if _refused(a, b) or _refused(b, a):
            return "refusal"
        if CONDITIONAL in (a.modality, b.modality):
            return None  # "if no one is free, the screening does not start": a case put
        # "has not paid" / "will pay next month": a plan does not deny the deed
        return None if (a.modality in PENDING) != (b.modality in PENDING) else "polarity"
    if _converse(a, b):
        return "converse"
    if _done_and_pending(a, b) or _done_and_pending(b, a):
        return "modality"
    return None


#: a negation whose scope is a time bound: "not ... until / till" ("will not reopen
#: until Friday" says it reopens on Friday, not that it does not reopen; "until further
#: notice" is no bound)
_NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b[^.;:]*?\b(?:until|till)\b", re.I)


def delayed(c: Claim) -> bool:
    """``c`` is negated only to put its act later: "the first jets will *not* arrive
    *until* 2030" asserts the arrival, in 2030. Against "will arrive in 2029" that is a
    date conflict (the dates section's), not an act stated and denied; a report of the
    act ("arrived on Monday") is no denial of it either: in English "not ... until X"
    denies the act only for the time before X."""
    m = _NOT_UNTIL.search(c.text) if c.negated else None
    return m is not None and not c.text[m.end() :].lstrip().lower().startswith("further")


def wordnet_opposed(a: Claim, b: Claim) -> bool:
    """Both asserted or both negated, with predicates (frame or lemma) that WordNet makes
    opposite (:func:`consilience.act_relations.relation`: "praised" / "criticised",
    "widened" / "narrowed", "admitted" / "denied"), and none that it makes one act. A
    predicate a scale holds but places on no pole is the scale's to judge ("lost two
    contracts" is no defeat, "grew the business" no rise). One object, or a copula on one
    side: two acts with no object ("arrived" / "departed", "started" / "stopped") may be
    two steps of one story."""
    if a.negated != b.negated:
        return False  # "did not win" / "lost": one side
    if any(_predicates(c) & _ON_SCALES and not poles(c) for c in (a, b)):
        return False
    if not _one_object(a, b) and "be" not in (a.frame, b.frame):
        return False  # "arrived" / "departed": two steps, unless of one object or a state
    pairs = [(x, y) for x in _compared(a) for y in _compared(b)]
    rels = {relation(x, "v", y, "v") for x, y in pairs}
    return -1 in rels and 1 not in rels


def _compared(c: Claim) -> set[str]:
    """The claim's frame and predicate as WordNet compares them: never "be", whose many
    senses oppose anything ("be" / "agree" through "differ"; a copula's meaning is its
    complement, which the claim's own predicate or a scale reads)."""
    return {w for w in (c.frame, c.predicate) if w and w != "be"}


def _one_object(a: Claim, b: Claim) -> bool:
    """Both act on one object, the verb's own (not a preposition's: "arrived *in Kessel*" /
    "departed *from Kessel*")."""
    if not a.patient_key or a.patient_key != b.patient_key:
        return False
    return not (_prepositional(a) or _prepositional(b))


def _done_and_pending(a: Claim, b: Claim) -> bool:
    """``a`` reports the act as done (asserted, past) and ``b`` as still to come
    (:data:`PENDING`), unless ``b``'s permission is one that entails the act
    (:data:`_HELPED`: "volunteers helped medics keep the animals alive"). A possibility
    of the past ("may have broken his leg") hedges the deed ("broke his leg"), it does
    not put it to come: one side."""
    if a.modality != "asserted" or a.tense != "past" or b.modality not in PENDING:
        return False
    if b.modality == "possible" and b.tense == "past":
        return False
    return not (b.modality == "permitted" and _HELPED.search(b.text))


#: a past "help" makes its complement done: helping someone do a thing is its doing (an
#: implicative verb, Karttunen 1971), unlike "allowed to", which leaves it to come
_HELPED = re.compile(r"\bhelped\b", re.I)


def one_event(a: Claim, b: Claim) -> bool:
    """Two verbs of :data:`EVENT_ACTS` on one object state one act ("completed his
    medical" / "will undergo a medical")."""
    if not (_predicates(a) & EVENT_ACTS and _predicates(b) & EVENT_ACTS):
        return False
    return bool(a.patient_key) and a.patient_key == b.patient_key


def once_act(c: Claim) -> bool:
    """The claim's act is done once to its object (:data:`ONCE_ACTS`)."""
    return bool(_predicates(c) & ONCE_ACTS)


_AGREED_TO = re.compile(r"\bagree(?:s|d|ing)? to (\w+)")


def _agreed_and_refused(a: Claim, b: Claim) -> bool:
    """``a`` agrees to do what ``b`` declines, refuses or fails to do ("agreed to pay the
    fine" / "declined to pay the fine": the parse keeps "agree" as ``a``'s predicate and
    hands ``b``'s to its complement, negated)."""
    if a.negated or not b.negated or "agree" not in _predicates(a):
        return False
    m = _AGREED_TO.search(_lower(a.text))
    return bool(m) and m.group(1) == b.predicate.split("_")[0]


def _refused(neg: Claim, pos: Claim) -> bool:
    """``neg`` decides against the act ``pos`` states: a refusal ("refused / declined to
    resign": a decision now, not a deed still missing) against a plan of it ("will
    resign"), or a negated plan ("will not close") against the act done ("has closed")."""
    if not neg.negated or pos.negated or neg.frame != pos.frame:
        return False
    if pos.modality in PENDING - {"permitted"}:
        m = _REFUSED_TO.search(_lower(neg.text))
        return bool(m) and m.group(1) == neg.predicate.split("_")[0]
    return (
        neg.modality in ("future", "planned") and pos.modality == "asserted" and pos.tense == "past"
    )


#: a refusal verb and the verb it refuses ("declined to *quit*")
_REFUSED_TO = re.compile(r"\b(?:refus|declin)(?:e|es|ed|ing) to (\w+)")


def _converse(a: Claim, b: Claim) -> bool:
    """One act of :data:`CONVERSE` with the doer of each the patient of the other."""
    if not (_predicates(a) & CONVERSE and _predicates(b) & CONVERSE):
        return False
    return bool(a.patient_key in b.actor_keys and b.patient_key in a.actor_keys)


def theme_keys(c: Claim, scales: list[str]) -> frozenset[str]:
    """What the claim's position on ``scales`` is about: what is used on an ``about_use``
    scale (:func:`used_words`); its object when its predicate is one of a scale's
    ``transitive`` ones and it has an object ("rescuers found *the climber*"), else its
    subject's keys ("*the climber* is still missing")."""
    if about_use(scales):
        return used_words(c)
    if (
        c.patient_key
        and not _prepositional(c)
        and any(_predicates(c) & SCALES[s].transitive for s in scales)
    ):
        return frozenset({c.patient_key})
    return frozenset(c.actor_keys)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:through|during|in|on|at|after|before|since|until|over|despite|amid|for|from|"
    r"with|without|by|into|across|under|near)\s+$",
    re.I,
)


def _prepositional(c: Claim) -> bool:
    """The claim's patient is the object of a preposition ("kept working *through the
    storm*"), not of the verb: it says when or where, not what the verb acts on."""
    patient = (c.patient or "").strip()
    if not patient:
        return False
    at = c.text.find(patient)
    return at > 0 and bool(_PREPOSITION_BEFORE.search(c.text[:at]))


def permanent(a: Claim, b: Claim) -> bool:
    """Whether the opposition of ``a`` and ``b`` is of a settled outcome (a verdict, an
    election, a vote, who did a one-doer act), which no later report can change; otherwise
    it is of a state that may change between two reports (prices, open / closed, missing /
    found, resigned / stayed on, done / expected)."""
    scales = opposed_scales(a, b)
    if scales:
        return any(SCALES[s].permanent for s in scales)
    return _converse(a, b) or single_doer(a, b)


def single_doer(a: Claim, b: Claim) -> bool:
    """Both claims state one act of :data:`SINGLE_DOER` ("carried out", "scored", "won")
    with the same object, not counted (:func:`counted`), and the same polarity and
    modality; whether the two doers differ is the caller's to check."""
    if a.negated != b.negated or a.modality != b.modality:
        return False
    if one_doer_class(a) is not None and one_doer_class(a) == one_doer_class(b):
        return bool(a.patient_key) and a.patient_key == b.patient_key
    if a.frame != b.frame:
        return False
    if a.predicate == b.predicate == "become":
        return one_office(a, b)
    if not _predicates(a) & SINGLE_DOER or not _predicates(b) & SINGLE_DOER:
        return False
    if counted(a.patient) or counted(b.patient):
        return False  # "scored 31 goals" / "an attack that scored 48 goals": many acts
    return bool(a.patient_key) and a.patient_key == b.patient_key


def one_doer_class(c: Claim) -> str | None:
    """The class of :data:`ONE_DOER_CLASSES` of the claim's predicate, when it has an
    object, not counted (:func:`counted`: "recovered 14 bodies" are many acts) and, for
    "name", no person; else None."""
    cls = ONE_DOER_CLASSES.get(c.predicate) or ONE_DOER_CLASSES.get(c.frame)
    if cls is None or not c.patient_key:
        return None
    if counted((c.patient or "").split(",")[0]):
        return None  # a number after a name's comma is an age ("Mira Castellan, 21,")
    if cls == "name" and (c.patient_key in PRONOUN_OBJECTS or is_a(c.patient_key, "person")):
        return None
    return cls


#: qualifiers of an office that mean one thing for who holds it (``role_nouns``)
_ONE_QUALIFIER = {"acting": "interim"}
#: an office taken as one of many ("will become *a* minister", "one of the deputies")
_ONE_OF_MANY = re.compile(r"\b(?:as|become|becomes|became|becoming)\s+(?:a|an|one)\b", re.I)


def one_office(a: Claim, b: Claim) -> bool:
    """Both claims say someone takes one office ("will serve as acting mayor" / "will take
    over as interim mayor"; :attr:`Claim.office`, "role|qualifiers", acting read as
    interim), one no more than one person can hold: not one of many ("will become *a*
    minister"), each taker named (a description, "the deputy mayor", may be the other's
    name)."""
    if not (a.actor_label and b.actor_label):
        return False
    if not (a.office and b.office) or _ONE_OF_MANY.search(a.text) or _ONE_OF_MANY.search(b.text):
        return False
    return _office_key(a.office) == _office_key(b.office)


def _office_key(office: str) -> tuple[str, frozenset[str]]:
    role, _, quals = office.partition("|")
    return role, frozenset(_ONE_QUALIFIER.get(q, q) for q in quals.split(",") if q) - {"new"}


def counted(phrase: str | None) -> bool:
    """``phrase`` counts its noun with a number ("31 goals", "two raids", "dozens of
    arrests"): many acts, each of its own doer, not the one act a single doer does."""
    words = re.findall(r"[\w,.]+", (phrase or "").lower())
    return any(_count_word(w) for w in words)


_YEAR_OR_ORDINAL = re.compile(r"^(?:1[5-9]\d\d|20\d\d|\d+(?:st|nd|rd|th))$")


def _count_word(w: str) -> bool:
    """A number that counts: digits (not a year, "the 2025 race", nor an ordinal, "the
    26th"), a number word or a scale word ("dozens")."""
    if w[:1].isdigit():
        return not _YEAR_OR_ORDINAL.match(w)
    return w in WORD_NUMBERS or (w.rstrip("s") in NUMBER_SCALES and w != "score")


def about_use(scales: list[str]) -> bool:
    """Some scale of ``scales`` is about what people drink, eat or use."""
    return any(SCALES[s].about_use for s in scales)


_USE = re.compile(r"\b(?:drink|eat|use|swim in|bathe in|consume)\s+((?:[\w-]+\s+){0,2}[\w-]+)")
#: who is told, and where: never what is used
_USERS = frozenset(
    "resident residents people household households public town city village "
    "area customer customers family families notice".split()
)


def used_words(c: Claim) -> frozenset[str]:
    """The words naming what the claim says is (un)safe to use: the head of the phrase
    after "drink", "eat", "use" ("told not to drink tap *water* until ..."), else of the
    subject ("tap *water* in the town was safe to drink", "*shellfish* from the bay"), with
    a possessive "its"/"their" read as the speaker's ("*its supply* was not affected",
    said Tolsby Water: the supply and the water company's words; with no speaker, the
    names in the clause). People and places told are not the thing used."""
    used = {_head(m.group(1)) for m in _USE.finditer(c.text.lower())} - {""}
    subject = re.findall(r"[\w'-]+", (c.actor or c.patient or "").lower())
    out = used or {_head(" ".join(subject))} - {""}
    if {"its", "their"} & set(subject):  # whose: the speaker, else a name in the clause
        owner = c.attribution or " ".join(c.entities)
        out |= set(re.findall(r"[\w-]+", owner.lower()))
    return frozenset(out - _USERS)


_DETERMINERS = frozenset("the a an its their our his her any this that these those".split())
#: words that end a noun phrase's head run ("shellfish *from* the bay", "drink *because*")
_PHRASE_END = frozenset(
    "from in at of on for with until till because after before since as and or but to by "
    "near while if when that which who is are was were has have had it them him her".split()
)


def _head(phrase: str) -> str:
    """The last word of the run that starts ``phrase`` after its determiners ("tap water
    until ..." -> water; "its supply" -> supply; "shellfish from ..." -> shellfish;
    "because its ..." -> "")."""
    out = ""
    for w in phrase.split():
        if w in _PHRASE_END or (w in _DETERMINERS and out):
            break
        if w not in _DETERMINERS:
            out = w
    return out
