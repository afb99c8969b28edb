"""Claims: every asserted clause of one article, with its predicate and arguments.

Extractor (registered in ``brief.EXTRACTORS``, run and stored at ingest)::

    extract_claims(analysis) -> list[Claim]

A *claim* is one clause that asserts something. The dependency parse is the source:

* **clause heads** (:func:`clause_heads`): the root of each sentence (each line of a
  sentence: a headline glued to the body is a sentence of its own), coordinated verbs
  with a subject of their own ("X did A, and Y did B") or sharing one ("X declared an
  emergency *and ordered shelters opened*"), the content clause of a reporting verb
  ("officials said *the plant will close*") or of a hope/plan/expectation verb ("the council
  hopes *the bridge will open*": modality ``planned``), participial clauses that add a fact
  ("..., *marking a shift in policy*"), subordinate clauses with a subject of their own
  ("... since *the dam gave way on Sunday*"), "with" clauses ("..., *with dockers picketing
  the gates*"), relative clauses ("missiles, *which have a range of 300 km*"), passive
  participles with an agent ("the decision, *reported by the Times*"), reduced relatives
  ("an embankment *built in 1962*", "the agency, *known as CEMA*"), appositives ("Marta
  Silva, *a spokeswoman for the port*": ``be``) and compound titles ("*port spokeswoman*
  Marta Silva": ``be``, kind ``title``), acts named by a noun ("Harlow's decision *to
  close the mine*": close, kind ``nominal``) and what a granted permission lets happen
  ("the court *authorised police to search the house*": search(police, house), kind
  ``permitted``, modality ``permitted``), clauses joined by a semicolon, the content
  clause of an evidence verb ("figures showed *that 400 people ...*"), and event nouns
  that state their event where they stand ("after *the loss of the rocket*": lose, kind
  ``event``; :mod:`consilience.event_nouns`). A clause on a noun starts with that noun
  phrase so that it reads alone; a main verb the parser hung on its subject noun is
  recovered (:func:`_misparsed_main`). A time clause with no new content ("since the
  outbreak began") is no claim (:func:`_bare_time_clause`).
* **predicate** (:func:`predicate_of`): the verb's lemma with its particle ("shut down");
  raising and intention verbs hand the predicate to their complement and become its
  *modality* ("is expected to *approve*", "plans to *cut*"); verbs and adjectives that deny
  their complement hand it over negated ("declined to *comment*", "was reluctant to
  *allow*"); a decision taken hands over its content ("decided to *sell*", "made the
  decision to *sell*"); light verbs with a noun take the noun's meaning ("gave the go-ahead"
  = approve, "lost their lives" = die, "voiced concern about X" = fear X, "took control of"
  = control, "lifted restrictions on X" = approve X); some constructions say something else
  than their verb ("X is seen as Y" = be(X, Y), "X was driven by Y" = cause(Y, X), "X comes
  in response to Y" = respond(X, Y)); a copula takes its attribute
  ("was a shift" -> ``be``) or its predicate adjective ("are worried about" = fear). The
  predicate's *frame* is its class in :data:`FRAMES` (a small, explicit synonym list of
  general news vocabulary), else the lemma itself. A wrapper verb with an event noun
  states the event ("announced the signing of X" = sign X; :data:`WRAPPERS`), as do
  "is pleased to", "is known to have" and "is feared to have" (hedged) with their
  complements.
* **arguments**: the actor and the patient (voice undone: in "X was approved by Y" Y is the
  actor), each as a key (:func:`arg_key`) -- the alias-merged entity key
  (:func:`consilience.entities.name_key`) when the head is part of a named entity; for a
  common noun, the key of the one name the article links it to (:func:`article_names`:
  "the dam" = "the Tolley Dam", "the embankment" in apposition to it, "ATACMS missiles");
  acronyms share their long form's key and surnames the article's full name; a role noun
  the key of the one person the article gives that title ("President Joe Biden" ... "the
  president"); a group noun with a country its country ("U.S. officials", "Ukraine's
  military"); a capital or seat of government that acts its country ("Moscow warned");
  else the head noun's lemma. The agent of a passive participle is its actor ("the
  report, *prepared by X*": X prepared the report). A third-person pronoun subject takes
  its antecedent (:mod:`consilience.subject_pronouns`: the sayer of a content clause, "the
  club said *it* ...", whose span then runs from the sayer, or the one agreeing noun of
  the sentence before) and the claim is ``dangling`` when its text names its subject only
  by a pronoun or not at all, or is an event noun phrase. Every named entity, figure (from ``quantities``) and
  resolved date (from ``dates``) among the clause's own tokens (not those of clauses
  nested in it).
* **offices** (:mod:`consilience.role_nouns`): every wording that gives a person an office
  is one canonical claim -- frame ``be``, the person as actor, the normalised role as
  ``patient_key`` ("head" for chief executive / CEO / boss, "chief finance" for finance
  chief / CFO / chief financial officer) and ``Claim.office`` = ``"role|qualifiers"``
  (``"head|interim"``): a title before a name in any case at the start of a sentence
  ("Interim chief executive X"; a capitalised rank inside a sentence, "Detective Inspector
  X", is part of the name), an appositive ("X, chief financial officer"), an insertion "X,
  until now the finance chief," (kind ``role``, superseded), "X takes over / will serve as
  ROLE" (predicate ``become``), "appointed / named X (as) ROLE" (a claim of its own, kind
  ``appointed``, besides the appointment, which notes the office too), "X resigned as ROLE"
  (the office noted on the event) and "X will run the company on an interim basis" (X is
  its interim head). A class noun before an organisation's name ("grid operator X") is a
  title claim too.
* **canonical arguments across wordings**: a phrase of time or cause ("after a X fault")
  is no argument of its verb; a participle after a passive clause takes that clause's agent
  or no actor ("flights were grounded, stranding ..."), one opening the sentence ("Citing
  X, the regulator ...") is a claim of the subject; a light verb with a deverbal object
  states the verb ("carried out an evacuation of X" = evacuate X, "conducted an inspection"
  = inspect; :func:`consilience.event_nouns.deverbal_verb`); a tagged particle makes its own
  predicate ("ruled out" = rule_out); a thing before an event noun undergoes it as an "of"
  object does ("the market's closure", "the market closure").
* **role**: ``identity`` (appositive, title, role, appointed), ``attribute`` (reduced,
  passive or relative modifier of a noun) or ``event`` (every other kind): sections rank
  events first.
* **polarity** (a ``neg`` dependent, "never", "no longer", a denying verb), **modality**
  (``asserted``, ``expected``, ``planned``, ``possible``, ``conditional``, ``future``,
  ``hedged``), **attribution** (the subject of the reporting or evidence verb, of a
  reporting verb inserted in the clause, "the plant, *officials said*, ...", or "according
  to X"; kept out of the clause's span unless inserted in it) and ``superseded`` (a state the text places before now:
  "until now", "previously").

Boilerplate (bylines, captions, table rows, credits, fragments without a finite verb) makes
no claim. Every claim's ``start:end`` is a contiguous span of the stored article text that
starts and ends at token boundaries: the clause the claim is read from.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import lexicon
from .analyse import doc_text
from .boilerplate import article_spans, is_boilerplate
from .cues import ORG_LAST_WORDS, according_to, aux_word, is_attribution_verb
from .entities import PERSON_TITLES, government_key, name_key
from .event_nouns import deverbal_verb, event_args, event_of
from .model import Analysis, Claim, Extraction
from .retracted_reports import retracted
from .role_nouns import ACRONYMS, HEAD, QUALIFIERS, Office, office_of, office_text
from .subject_pronouns import (
    PERSON_NOUNS,
    PRONOUNS,
    antecedent,
    described_antecedent,
    relative_subject,
    sayer_antecedent,
)
from .verdict_charges import VERDICT_VERBS, VERDICTS, adjective_verdict

# session 40: a clause the article retracts ("We said that ...") is history; agenda items
VERSION = "22"  # session 44: "in the words of X" and "according to X's notes" attribute a claim

#: subordinators of a concessive clause ("*although* it was later found")
CONCESSIVE_MARKS = frozenset({"although", "though"})
#: predicate lemma -> frame (class of synonymous predicates); unlisted lemmas are their own
#: frame. Kept small and explicit: a frame joins verbs that news writers use for one act.
FRAMES: dict[str, str] = {
    **dict.fromkeys(
        "approve authorize authorise allow permit greenlight clear sanction okay endorse "
        "ratify pass sign_off let".split(),
        "approve",
    ),
    **dict.fromkeys("reject refuse veto block deny_permission".split(), "reject"),
    **dict.fromkeys(
        "be represent mark constitute signal amount_to become remain stay".split(), "be"
    ),
    **dict.fromkeys("cause trigger spark blame_on blame start".split(), "cause"),
    # killing is causing to die: one frame, the one who dies its actor (_victim_first)
    **dict.fromkeys("kill".split(), "die"),
    **dict.fromkeys("die perish".split(), "die"),
    **dict.fromkeys("deploy send dispatch station".split(), "deploy"),
    **dict.fromkeys("warn caution".split(), "warn"),
    **dict.fromkeys("fear worry dread".split(), "fear"),
    **dict.fromkeys("aim seek intend hope want try".split(), "aim"),
    **dict.fromkeys("evacuate flee displace force_from_home".split(), "evacuate"),
    **dict.fromkeys("declare proclaim announce".split(), "declare"),
    **dict.fromkeys("arrest detain apprehend".split(), "arrest"),
    **dict.fromkeys("release free".split(), "release"),
    **dict.fromkeys("win".split(), "win"),
    **dict.fromkeys("lose".split(), "lose"),
    **dict.fromkeys("rise increase climb grow jump soar".split(), "rise"),
    **dict.fromkeys("fall decrease drop decline plunge".split(), "fall"),
    **dict.fromkeys("run operate work keep_running continue_running function".split(), "run"),
    **dict.fromkeys(
        "shut_down shut close stop halt suspend ground stand_down pause".split(), "shut_down"
    ),
    **dict.fromkeys("collapse fail burst breach give_way crumble cave_in".split(), "collapse"),
    **dict.fromkeys("open reopen".split(), "open"),
    **dict.fromkeys("confirm verify".split(), "confirm"),
    **dict.fromkeys("deny dispute".split(), "deny"),
    **dict.fromkeys("support back favor favour".split(), "support"),
    **dict.fromkeys("oppose resist".split(), "oppose"),
    **dict.fromkeys("praise welcome hail applaud".split(), "praise"),
    **dict.fromkeys("criticize criticise condemn denounce slam".split(), "criticize"),
    **dict.fromkeys("join".split(), "join"),
    **dict.fromkeys("dissent".split(), "dissent"),
    **dict.fromkeys("convict".split(), "convict"),
    **dict.fromkeys("acquit clear_of".split(), "acquit"),
    **dict.fromkeys("accept agree".split(), "accept"),
    **dict.fromkeys("survive".split(), "survive"),
    **dict.fromkeys("resign quit step_down".split(), "resign"),
    **dict.fromkeys("sign".split(), "sign"),
    **dict.fromkeys("report".split(), "report"),
    **dict.fromkeys("follow come_after succeed".split(), "follow"),
    # general news vocabulary: one act, many verbs
    **dict.fromkeys("urge press lobby request appeal demand petition".split(), "urge"),
    **dict.fromkeys("injure wound hurt maim".split(), "injure"),
    **dict.fromkeys("damage destroy wreck devastate raze".split(), "damage"),
    **dict.fromkeys("flood inundate swamp submerge deluge".split(), "flood"),
    **dict.fromkeys("weaken degrade disrupt undermine erode hamper cripple".split(), "weaken"),
    **dict.fromkeys("attack strike hit bomb shell raid target".split(), "attack"),
    **dict.fromkeys("recommend advise suggest".split(), "recommend"),
    **dict.fromkeys("find recover locate discover uncover".split(), "find"),
    **dict.fromkeys("order instruct direct command".split(), "order"),
    **dict.fromkeys("investigate probe examine review inspect".split(), "investigate"),
    **dict.fromkeys("appoint name nominate".split(), "appoint"),
    **dict.fromkeys("charge indict accuse prosecute".split(), "charge"),
    **dict.fromkeys("sentence jail imprison".split(), "sentence"),
    **dict.fromkeys("ban prohibit outlaw forbid bar".split(), "ban"),
    **dict.fromkeys("cut reduce lower slash trim".split(), "cut"),
    **dict.fromkeys("raise hike boost".split(), "raise"),
    **dict.fromkeys("fire launch".split(), "launch"),
    **dict.fromkeys("seize capture".split(), "seize"),
    **dict.fromkeys("own".split(), "own"),
    **dict.fromkeys("sue".split(), "sue"),
    **dict.fromkeys("fine penalize penalise".split(), "fine"),
    **dict.fromkeys("rescue save".split(), "rescue"),
    **dict.fromkeys("protest demonstrate rally march".split(), "protest"),
    **dict.fromkeys("leak seep".split(), "leak"),
    **dict.fromkeys("build construct erect".split(), "build"),
    **dict.fromkeys("promise pledge vow".split(), "promise"),
    **dict.fromkeys("express_concern voice_concern".split(), "fear"),
    **dict.fromkeys("provoke prompt motivate drive_by".split(), "cause"),
    **dict.fromkeys("respond react come_in_response".split(), "respond"),
    **dict.fromkeys("escalate intensify ramp_up step_up worsen".split(), "escalate"),
    **dict.fromkeys("alter change shift transform reshape overhaul".split(), "change"),
    **dict.fromkeys("deter dissuade discourage".split(), "deter"),
    **dict.fromkeys("bolster strengthen reinforce fortify shore_up".split(), "bolster"),
    **dict.fromkeys("supply provide deliver furnish".split(), "supply"),
    **dict.fromkeys("use utilize utilise employ".split(), "use"),
    **dict.fromkeys("travel surge flow sweep rush pour spill".split(), "flow"),
    **dict.fromkeys("control occupy".split(), "control"),
    **dict.fromkeys("decide resolve".split(), "decide"),
    **dict.fromkeys("threaten endanger imperil jeopardize jeopardise".split(), "threaten"),
    **dict.fromkeys("doubt question".split(), "doubt"),
    **dict.fromkeys("lead head chair".split(), "lead"),
    **dict.fromkeys("search look_for hunt_for".split(), "search"),
    **dict.fromkeys("enter get_in break_into break_in".split(), "enter"),
    **dict.fromkeys("rule_out exclude".split(), "rule_out"),
}


#: verbs that hand the predicate to their complement ("expected to X"): lemma -> modality
RAISING: dict[str, str] = {
    **dict.fromkeys("expect anticipate likely set due poise".split(), "expected"),
    **dict.fromkeys("plan intend prepare aim seek hope want vow pledge".split(), "planned"),
    # a decision taken states its content ("decided to allow X": allow X)
    **dict.fromkeys("decide choose opt elect".split(), "asserted"),
    **dict.fromkeys("seem appear".split(), "hedged"),
    **dict.fromkeys("begin start continue keep".split(), "asserted"),
    **dict.fromkeys("threaten".split(), "possible"),
}
#: verbs that in the passive hand the predicate to their complement ("are known to have
#: died": died; "are feared to have died": hedged): lemma -> modality
PASSIVE_RAISING: dict[str, str] = {
    **dict.fromkeys("know confirm".split(), "asserted"),
    **dict.fromkeys("believe think say report fear understand presume suspect".split(), "hedged"),
}
#: light verb + noun object -> predicate ("gave the go-ahead" = approve)
LIGHT_NOUNS: dict[str, str] = {
    "go-ahead": "approve",
    "ahead": "approve",
    "light": "approve",
    "approval": "approve",
    "permission": "approve",
    "nod": "approve",
    "authorization": "approve",
    "authorisation": "approve",
    "blessing": "approve",
    "warning": "warn",
    "blame": "blame",
    "way": "give_way",
    "clearance": "approve",
    "consent": "approve",
    "assent": "approve",
    "backing": "support",
}
LIGHT_VERBS = frozenset({"give", "grant", "issue", "receive", "get", "lay", "put"})
_CONCERN_VERBS = ("raise", "fuel", "heighten", "spark", "stoke", "deepen", "prompt", "trigger")
_CONCERN_NOUNS = ("concern", "fear", "alarm", "worry")
_ATTACK_VERBS = ("carry", "launch", "conduct", "mount", "stage")
_ATTACK_NOUNS = ("attack", "strike", "raid", "offensive", "assault", "airstrike")
_LIFT_VERBS = ("lift", "ease", "loosen", "relax", "remove", "scrap", "drop")
#: parts of a body a person breaks ("broke her wrist"): an injury to that person
_BODY_PARTS = tuple(
    "arm wrist hand finger thumb elbow shoulder collarbone rib ribs leg ankle foot toe knee "
    "hip pelvis back neck nose jaw skull cheekbone shin bone".split()
)
_RESTRICTION_NOUNS = ("restriction", "ban", "limit", "curb", "embargo", "prohibition", "limitation")
#: verb + object noun that together mean another predicate ("lost their lives" = die)
VERB_NOUNS: dict[tuple[str, str], str] = {
    ("lose", "life"): "die",
    ("express", "concern"): "fear",
    ("voice", "concern"): "fear",
    ("raise", "concern"): "fear",
    ("express", "fear"): "fear",
    ("voice", "fear"): "fear",
    ("raise", "alarm"): "fear",
    ("file", "lawsuit"): "sue",
    ("file", "suit"): "sue",
    ("launch", "investigation"): "investigate",
    ("open", "investigation"): "investigate",
    ("launch", "probe"): "investigate",
    ("carry", "attack"): "attack",
    ("take", "office"): "take_office",
    ("make", "arrest"): "arrest",
    ("hand", "resignation"): "resign",
    ("tender", "resignation"): "resign",
    # causing concern: the actor raises it ("the move raised concerns" = fear, as above)
    **{(v, n): "fear" for v in _CONCERN_VERBS for n in _CONCERN_NOUNS},
    # a decision, control, an agreement, an attack taken, reached or carried out
    **{(v, "decision"): "decide" for v in ("make", "take", "reach")},
    **{(v, "control"): "control" for v in ("take", "seize", "gain", "assume", "wrest")},
    **{(v, n): "agree" for v in ("reach", "strike") for n in ("agreement", "deal", "accord")},
    **{(v, n): "attack" for v in _ATTACK_VERBS for n in _ATTACK_NOUNS},
    # restrictions lifted: the thing restricted is allowed ("lifted the ban on fishing")
    **{(v, n): "approve" for v in _LIFT_VERBS for n in _RESTRICTION_NOUNS},
    **{(v, n): "ban" for v in ("impose", "introduce", "tighten") for n in _RESTRICTION_NOUNS},
    **{(v, n): "kill" for v in ("claim", "take") for n in ("life", "lives")},
    **{(v, n): "injure" for v in ("suffer", "sustain") for n in ("injury", "wound")},
    **{(v, n): "injure" for v in ("break", "fracture", "dislocate") for n in _BODY_PARTS},
    **{(v, n): "threaten" for v in ("pose", "present") for n in ("threat", "risk", "danger")},
    **{(v, n): "doubt" for v in ("express", "voice", "cast") for n in ("doubt", "skepticism")},
    ("pay", "tribute"): "praise",
    ("make", "announcement"): "declare",
}
#: lemmas the small model gets wrong, by the word's lower-cased form
LEMMA_FIXES = {
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
    "spoke": "speak",
    "installed": "install",  # the small model's British "instal"
    "installing": "install",
}
#: light nouns whose meaning is the verb's own ("gave way": not an object of giving)
IDIOM_NOUNS = frozenset({"way"})
MODALS = {
    "will": "future",
    "shall": "future",
    "may": "possible",
    "might": "possible",
    "could": "possible",
    "can": "asserted",
    "would": "conditional",
    "should": "conditional",
    # "police must obtain a judge's approval": a rule in force, as "police need a judge's
    # sign-off" is (held-out s30); "must have come": an inference (:func:`_modality`)
    "must": "asserted",
}
#: verbs that deny their complement ("declined to comment", "failed to act")
NEGATING = frozenset({"decline", "refuse", "fail", "neglect", "hesitate"})
COPULAS = frozenset({"be", "remain", "stay", "become", "seem", "appear"})
#: adjectives that deny their complement after a copula ("was reluctant to release")
NEGATING_ADJECTIVES = frozenset({"reluctant", "unwilling", "hesitant", "loath", "unable"})
#: adjectives that make a copula a predicate ("are worried about X" = fear X)
ADJECTIVE_PREDICATES = {
    **dict.fromkeys("concerned worried afraid fearful anxious alarmed".split(), "fear"),
    **dict.fromkeys("critical".split(), "criticize"),
    **dict.fromkeys("supportive".split(), "support"),
    **dict.fromkeys("opposed".split(), "oppose"),
    **dict.fromkeys("responsible".split(), "cause"),
}
#: adjectives whose to-complement the writer asserts ("is pleased to confirm X")
EMOTIVE_ADJECTIVES = frozenset(
    "delighted pleased happy proud thrilled excited sad saddened sorry glad".split()
)
HEDGES = frozenset({"reportedly", "allegedly", "likely", "possibly", "potentially", "probably"})
#: adverbs of how often a kind of thing happens: their clause tells no one event
HABITUAL_ADVERBS = frozenset(
    {"usually", "often", "generally", "typically", "normally", "commonly", "seldom", "rarely"}
)
#: modality of a clause that says what usually happens ("are usually found by dealers")
HABITUAL = "habitual"
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
PATIENTS = ("dobj", "attr", "acomp", "oprd", "dative")
MIN_WORDS = 3
#: nouns that stand for their country when a nationality modifies them ("British officials")
GROUP_NOUNS = frozenset(
    "official officials government authorities authority minister ministers forces troops "
    "military army diplomats leaders president prime".split()
)
CONTENT_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
)


# --------------------------------------------------------------------------- clause heads


def _has_subject(tok) -> bool:
    return any(c.dep_ in SUBJECTS for c in tok.children)


def _is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def clause_heads(span) -> list[tuple[Any, str]]:
    """The clause heads of one sentence span, in order: ``[(token, kind), ...]`` with kind
    ``main`` | ``conj`` | ``content`` | ``subordinate`` | ``participial`` | ``relative`` |
    ``passive``."""
    heads: list[tuple[Any, str]] = []
    verb = _misparsed_main(span)
    for tok in span:
        kind = "main" if verb is not None and tok.i == verb.i else _head_kind(tok, span)
        if kind == "main" and verb is not None and tok.i != verb.i:
            continue
        if kind:
            heads.append((tok, kind))
    return heads


def _misparsed_main(span):
    """The verb of a sentence the parser hung on its subject noun: "The Harlow Bridge, a
    steel span, buckled on Tuesday" parsed as a noun root with "buckled" as a modifier after
    the appositive's closing comma, or a past-tense verb right after the noun root ("Over
    300 evacuees spent the night ..."). None for a well-formed parse."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or _is_verb(root):
        return None
    for c in reversed(list(root.children)):
        if c.i <= root.i or c.dep_ != "acl" or c.tag_ not in ("VBD", "VBN"):
            continue
        if c.i == root.i + 1 and span[-1].text == ".":
            return c  # "Over 1,200 evacuees spent the night in shelters"
        before = span.doc[c.i - 1] if c.i > span.start else None
        if before is None or before.text != ",":
            return None
        between = {a.dep_ for a in root.children if root.i < a.i < c.i}
        if "appos" in between or (c.tag_ == "VBD" and between & {"acl", "relcl", "prep"}):
            return c  # "The threat, combined with the cold, worried residents."
        return None
    return None


#: subordinators whose clause the writer asserts ("after the dam burst"), unlike "if",
#: "once", "before" or "until", whose clause has not happened or may not
ASSERTING_MARKS = frozenset({"since", "after", "because", "as", "although", "though", "while"})


def _asserting_mark(tok) -> bool:
    """``tok`` heads a subordinate clause its writer asserts: a past or perfect clause
    after an :data:`ASSERTING_MARKS` word, or a concessive clause in any finite tense
    ("*although the lido is not a listed building*, we think ...": the writer grants it,
    whatever the main clause hedges)."""
    mark = next((c for c in tok.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in ASSERTING_MARKS:
        return False
    if mark.lower_ in CONCESSIVE_MARKS:
        return tok.tag_ in _ASSERTED_TAGS + _PRESENT_TAGS
    return tok.tag_ in _ASSERTED_TAGS


#: verb forms of a subordinate clause its writer asserts as a fact of the story: past and
#: perfect (a present-tense "as / while X is ..." is background more often than news)
_ASSERTED_TAGS = ("VBD", "VBN")
#: present-tense finite verb forms, asserted after a concessive mark
_PRESENT_TAGS = ("VBZ", "VBP")


#: subordinators that place the main clause in time ("since", "after", "when")
TIME_MARKS = frozenset({"since", "after", "as", "while", "when", "once", "until", "before"})
#: dependents that carry content of their own in a clause (objects, complements, phrases)
_CONTENT_DEPS = frozenset(
    {"dobj", "attr", "acomp", "oprd", "dative", "prep", "agent", "xcomp", "ccomp", "npadvmod"}
)


#: verbs that say only that something began, went on or ended ("since the outbreak began")
ASPECTUAL = frozenset("begin start end finish continue unfold happen occur".split())


def _bare_time_clause(tok) -> bool:
    """A time clause with no new content ("since the outbreak began", "after the talks
    collapsed"): nothing but a subject without figure or name and a verb that is aspectual
    or whose subject the article has already named (a subject with "a" is news: "after a
    valve failed" stays a claim)."""
    mark = next((c for c in tok.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in TIME_MARKS:
        return False
    if any(c.dep_ in _CONTENT_DEPS or c.dep_ == "prt" for c in tok.children):
        return False
    subj = _subject(tok)
    if subj is None or any(t.ent_type_ or t.like_num for t in subj.subtree):
        return False
    if lemma_of(tok) in ASPECTUAL:
        return True
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return False
    lemma = subj.lemma_.lower()
    return any(t.lemma_.lower() == lemma for t in tok.doc[: subj.sent.start])


#: verbs whose that-clause says what should be done ("We recommend that local authorities
#: visit traders"): the clause is a proposal, not a claim of its own
MANDATIVE = frozenset("recommend propose demand insist urge ask require advise request".split())


def _proposed_conjunct(tok) -> bool:
    """``tok`` is a later conjunct of a that-clause of a :data:`MANDATIVE` verb ("We
    recommend that organisers require X, *and that local authorities visit Y*"): like the
    first conjunct, it stays in the recommending clause."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "ccomp" and lemma_of(first.head) in MANDATIVE:
        return True
    # "We recommend that X ..., and that Z visit W": the parser hangs the second that-clause
    # on the recommending verb itself
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    return that and first is not tok and lemma_of(first) in MANDATIVE


def _head_kind(tok, span) -> str | None:
    inside = span.start <= tok.head.i < span.end
    if tok.i == span.root.i or (tok.dep_ == "ROOT"):
        return "main"
    if inside and _is_appositive(tok):
        return "appositive"  # "the Tolley Dam, a 43-metre embankment"
    if inside and _is_title(tok):
        return "title"  # "agency director Maria Feld": Maria Feld is the director
    if inside and _is_former_role(tok):
        return "role"  # "Amar, until now the finance chief, ...": Amar was finance chief
    if inside and _is_nominal_act(tok):
        return "nominal"  # "the decision to close the mine": close the mine
    if inside and _is_event_noun(tok):
        return "event"  # "after the loss of the rocket": lose(rocket)
    if not inside or not _is_verb(tok):
        return None
    if tok.dep_ == "conj" and _proposed_conjunct(tok):
        return None  # "we recommend that X do Y, and that Z visit W": proposed, not done
    if tok.dep_ == "conj" and _is_verb(tok.head) and _has_subject(tok):
        return "conj"
    if _semicolon_clause(tok):
        return "conj"  # "the union wants 9%; the board has offered 4.5%": two claims
    if tok.dep_ == "conj" and _is_verb(tok.head) and _coordinated_predicate(tok, span):
        return "conj"  # "declared an emergency and ordered shelters opened": two claims
    if _embedded_question(tok):
        return None  # "... establish *why the pump failed*": asked, not stated
    if tok.dep_ == "ccomp" and _introduces_content(tok.head) and _has_subject(tok):
        return "content"
    if tok.dep_ == "ccomp" and _is_verb(tok.head) and denies(tok.head) and _has_subject(tok):
        return "content"  # "the club disputed that the coach had quit": not quit, the club
    if _denied_noun_complement(tok):
        return "content"  # "rejected claims *that the mirror had cracked*"
    if tok.dep_ == "ccomp" and lemma_of(tok.head) in RAISING and _has_subject(tok):
        return "content"  # "the ministry hopes the talks will resume": resume, planned
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with" and _has_subject(tok):
        return "absolute"  # "..., with protesters blocking the roads"
    if tok.dep_ == "advcl" and _has_subject(tok) and _asserting_mark(tok):
        if _bare_time_clause(tok):
            return None  # "... since the outbreak began": when, not what
        return "subordinate"  # "... since the dam gave way on Sunday"
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not _has_subject(tok) and tok.i > tok.head.i:
        before = span.doc[tok.left_edge.i - 1] if tok.left_edge.i > span.start else None
        return "participial" if before is not None and before.text == "," else None
    if _leading_participle(tok, span):
        return "participial"  # "*Citing safety concerns*, the regulator grounded ..."
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return "relative"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
        return "passive"
    if _is_reduced_relative(tok):
        return "reduced"  # "an embankment built in 1962", "the agency, known as CEMA"
    return None


#: verbs whose content clause is what their subject (a source: figures, a report, an
#: inquiry) shows ("figures showed that 400 people ...", "an inquiry found the crane ..."),
#: and the verbs by which a newsroom reports what it has come to know ("..., the Post
#: *understands*", "the Chronicle *has learned*", "we *gather*")
EVIDENCE_VERBS = frozenset(
    "show find reveal indicate suggest confirm establish conclude learn understand gather".split()
)


#: verbs that put their content clause forward as likely, not established
HEDGING_SOURCES = frozenset({"suggest", "indicate"})


#: participles that only frame what follows ("Speaking on Monday, ...", "Looking ahead, ...")
_FRAMING_PARTICIPLES = frozenset(
    "speak talk write comment look turn judge assume consider accord include".split()
)


def _leading_participle(tok, span) -> bool:
    """A participial clause that opens its sentence, closed by a comma, with an object or
    complement of its own, on a clause with a subject ("*Citing safety concerns*, the
    regulator grounded the fleet": the regulator cites safety concerns); not a reporting
    verb ("Speaking to reporters, ..."), whose content is the main clause."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or _has_subject(tok) or tok.i > tok.head.i:
        return False
    if tok.left_edge.i != span.start or not _has_subject(tok.head):
        return False
    after = span.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < span.end else None
    if after is None or after.text != "," or is_attribution_verb(tok):
        return False
    if lemma_of(tok) in _FRAMING_PARTICIPLES or is_attribution_verb(tok.head):
        return False  # "Speaking to reporters, the mayor said ...": the saying frames it
    return any(c.dep_ in PATIENTS + ("prep", "xcomp", "ccomp") for c in tok.children)


def _introduces_content(verb) -> bool:
    """Whether ``verb`` reports or evidences the clause under it ("said", "showed")."""
    return is_attribution_verb(verb) or (_is_verb(verb) and lemma_of(verb) in EVIDENCE_VERBS)


#: WordNet lemmas of the acts of declaring something untrue: a verb is a denial when it is
#: one of them or one of them is a synonym or hypernym of its first senses (:func:`denies`)
DENIAL_ACTS = frozenset(
    {"deny", "contradict", "refute", "disprove", "repudiate", "reject", "gainsay", "negate"}
)


@lru_cache(maxsize=4096)
def _denial_lemma(lemma: str) -> bool:
    if lemma in DENIAL_ACTS:
        return True
    related = lexicon.synonyms(lemma, "v", 2) | lexicon.hypernyms(lemma, "v", 2)
    return bool(related & DENIAL_ACTS)


def denies(verb) -> bool:
    """Whether ``verb`` (a spaCy token or a lemma) declares its complement untrue ("denied",
    "rejected", "dismissed", "refuted", "disputed", "disavowed"), from WordNet
    (:data:`DENIAL_ACTS`); a denial that is itself negated ("did not deny") is none."""
    if isinstance(verb, str):
        return _denial_lemma(verb.lower())
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return _denial_lemma(lemma_of(verb))


def _denied_noun_complement(tok) -> bool:
    """A "that" clause with a subject on a noun that a denial verb takes as its object
    ("rejected *claims that the mirror had cracked*", "dismissed reports that ...")."""
    noun = tok.head
    if tok.dep_ not in ("acl", "ccomp") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ not in ("dobj", "nsubjpass") or not _is_verb(noun.head):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    return marked and _has_subject(tok) and denies(noun.head)


def content_verb(content):
    """The verb a content clause (head token ``content``) is the content of: its head, or
    the verb whose object noun it completes ("rejected claims *that X*": rejected)."""
    head = content.head
    return head.head if head.pos_ in ("NOUN", "PROPN") and content.dep_ != "ccomp" else head


#: words that open an embedded question ("why", "what", "how", "whether")
_QUESTION_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_QUESTION_MARKS = frozenset({"whether", "if"})


def _embedded_question(tok) -> bool:
    """Whether ``tok`` heads a clause that is an embedded question, the complement of a
    verb or adjective ("establish *why the pump failed*", "did not say *what caused it*",
    "unclear *whether she fell*"): what it holds is asked, not stated. A relative clause
    ("the town *where the fire started*") is none."""
    if tok.dep_ not in ("ccomp", "csubj", "pcomp", "xcomp", "dobj") or not _is_verb(tok):
        return False
    first = tok.doc[tok.left_edge.i]
    if first.dep_ == "mark" and first.lower_ in _QUESTION_MARKS and first.head.i == tok.i:
        return True
    if first.tag_ not in _QUESTION_TAGS:
        return False  # "which ship sank": the wh-word determines the clause's subject
    return first.head.i == tok.i or (first.dep_ == "det" and first.head.head.i == tok.i)


def _semicolon_clause(tok) -> bool:
    """A clause with its own subject joined to its head's clause by a semicolon ("the union
    wants 9%*;* the board has offered 4.5%"), which the parser hangs as a complement."""
    if tok.dep_ not in ("ccomp", "parataxis", "conj", "advcl") or not _has_subject(tok):
        return False
    head = tok.head
    if not _is_verb(head) or head.i == tok.i:
        return False
    lo, hi = (tok.right_edge.i, head.i) if tok.i < head.i else (head.i, tok.left_edge.i)
    return any(c.text == ";" and lo < c.i < hi for c in head.children)


def _coordinated_predicate(tok, span) -> bool:
    """A verb coordinated with a clause head, sharing its subject, with arguments of its own
    ("the dam failed and flooded two towns"; "killing two and forcing 1,200 from their
    homes")."""
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != span.root.i and first.dep_ != "ROOT" and _head_kind(first, span) is None:
        return False
    if first.tag_ == "VBG" and tok.tag_ != "VBG":
        return False
    return any(c.dep_ in PATIENTS + _OWN_ARGUMENTS for c in tok.children)


#: dependents that give a coordinated verb content of its own ("and exploded *40 seconds
#: later*", "and *quickly* spread", "and took *over*")
_OWN_ARGUMENTS = ("prep", "xcomp", "ccomp", "agent", "npadvmod", "advmod", "prt", "advcl")


#: entity labels of an appositive that is a date, a time or a bare figure, not a claim
_NOT_APPOSITIVE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})


def _is_appositive(tok) -> bool:
    """A noun phrase in apposition to a noun ("Marta Silva, a spokeswoman for the port"),
    not a date or figure ("on Sunday, March 16")."""
    if tok.dep_ != "appos" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.ent_type_ in _NOT_APPOSITIVE or tok.head.ent_type_ in _NOT_APPOSITIVE:
        return False
    if _second_object(tok):
        return False
    return not (_abbreviates(tok, tok.head) or _abbreviates(tok.head, tok))


def _second_object(tok) -> bool:
    """A counted noun the parser hung as an appositive on a verb's object with nothing
    between them ("fined crypto exchange Coinvale 48.5 million euros", "awarded the
    nurses 2,000 pounds each"): the verb's second object, the sum or count it gives, not a
    second name of the first object."""
    obj = tok.head
    if obj.dep_ not in ("dobj", "dative") or obj.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "nummod" and c.like_num for c in tok.children):
        return False
    return not any(t.is_punct for t in tok.doc[obj.i + 1 : tok.left_edge.i])


def _appositive_anchor(appos):
    """The noun an appositive renames: the parser's head, unless that is an indefinite
    common noun and the appositive a definite one right after a name ("a failure of the
    system run by NavAir, *the national provider*": NavAir is the provider, not the
    failure); then that name."""
    noun = appos.head
    owner = _role_of_owner(appos)
    if owner is not None:
        return owner
    if noun.pos_ != "NOUN" or not any(c.lower_ in ("a", "an") for c in noun.children):
        return noun
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in appos.children):
        return noun
    comma = appos.left_edge.i - 1
    name = appos.doc[comma - 1] if comma > 0 and appos.doc[comma].text == "," else None
    if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper():
        return noun
    return name if name.is_ancestor(appos) or noun.is_ancestor(name) else noun


#: entity labels of a name a person cannot rename ("the head of Halvorsen Logistics, Maria
#: Lindqvist": she is the head, not the firm)
_NOT_A_PERSON = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _role_of_owner(appos):
    """The common noun a person's name in apposition renames when the parser hung the name
    on the organisation or place after "of" ("The chief executive of Halvorsen Logistics,
    Maria Lindqvist, refused": the chief executive), else None."""
    owner = appos.head
    if appos.ent_type_ != "PERSON" or owner.ent_type_ not in _NOT_A_PERSON:
        return None
    prep = owner.head if owner.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    return prep.head


#: nouns of an act whose to-infinitive states the act ("the decision to close the mine" =
#: close the mine): noun -> modality
NOMINAL_ACTS = {
    **dict.fromkeys("decision move order authorization authorisation approval".split(), "asserted"),
    **dict.fromkeys("permission agreement pledge promise".split(), "asserted"),
    **dict.fromkeys("plan proposal bid attempt effort intention threat".split(), "planned"),
}


def _is_nominal_act(tok) -> bool:
    """A to-infinitive on a noun of an act ("Harlow's plan *to close* the mine")."""
    return (
        tok.dep_ == "acl"
        and _to_infinitive(tok)
        and tok.head.lemma_.lower() in NOMINAL_ACTS
        and tok.head.i < tok.i
    )


#: verbs that, with an event noun as object, state the event ("announced the signing of X"
#: = signed X; "the closure of the plant was confirmed" = the plant was closed)
WRAPPERS = frozenset("announce confirm complete finalise finalize conclude seal unveil".split())
#: verbs whose object event noun they take as done ("welcomed the closure of the plant")
FACTIVE_VERBS = frozenset(
    "welcome mourn celebrate condemn criticise criticize regret investigate blame follow "
    "cause trigger prompt mark".split()
)
#: prepositions whose object event noun the writer takes as done ("since the loss of X")
FACTIVE_PREPS = frozenset({"after", "since", "following", "despite", "amid"})


def _is_event_noun(tok) -> bool:
    """An event noun that states its event where it stands (:mod:`consilience.event_nouns`):
    the definite subject of an asserted clause ("the loss of the rocket is likely to delay
    ..."), the object of a factive verb ("welcomed the closure of the plant") or
    preposition ("after the arrest of two men"); not the object of a wrapper verb
    ("announced the signing of X": that clause states the signing itself)."""
    if event_of(tok) is None:
        return False
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        asserted = _modality(head) in ("asserted", "hedged") and not any(
            c.dep_ == "neg" for c in head.children
        )
        return _has_agent(tok) and asserted and lemma_of(head) not in WRAPPERS
    if tok.dep_ == "dobj":
        return lemma_of(head) in FACTIVE_VERBS
    return tok.dep_ == "pobj" and head.lower_ in FACTIVE_PREPS


def _has_agent(noun) -> bool:
    """Whether an event noun names who did it ("Harlow's signing of X", "the sale of X by
    Y"): as a subject, only then is it a claim of its own (an agentless one, "the
    introduction of troops has stretched ...", is the background of what the clause says)."""
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return True
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children)


def _wrapped_event(pred_tok, actor, patient) -> tuple[str, Any, Any] | None:
    """``(verb, actor, patient)`` of the event noun a wrapper verb states ("X announced the
    signing of Y" = sign(X, Y); "the closure of the plant was announced" = close(plant)),
    else None."""
    if patient is None or lemma_of(pred_tok) not in WRAPPERS:
        return None
    return event_args(patient, actor)


def _is_title(tok) -> bool:
    """A role noun compounded right before a person's name, naming the person's role
    ("CEMA director Daniel Okoro", "spokeswoman Anna Polk", "Interim chief executive Ruth
    Amar", "Chief Financial Officer Ruth Amar"): a claim that the person is it, as the
    appositive form ("Daniel Okoro, the CEMA director") states. A lone capitalised honorific
    ("President Joe Biden", "Governor Marsh") is part of the name, not a claim."""
    if tok.dep_ not in ("compound", "amod") or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
        return False
    person = tok.head
    while person.dep_ == "compound" and person.pos_ == "PROPN" and person.head.i > person.i:
        person = person.head  # "Chief [Financial Officer] ... Sandoval"
    if _organisation_title(tok, person):
        return True  # "air traffic control provider NavAir": NavAir is a provider
    if not _person_like(person) or tok.i + 1 != _name_start(person):
        return False
    if tok.pos_ == "NOUN" and tok.is_lower and person.ent_type_ == "PERSON":
        return True  # the established case: "agency director Maria Feld"
    words = _title_words(tok)
    if any(w.text[:1].isupper() and not _opens_sentence(w) for w in words):
        return False  # "President Joe Biden", "Detective Inspector Hana Vuko": honorifics
    if len(words) == 1 and tok.text[:1].isupper() and tok.lower_ in PERSON_TITLES:
        return False  # "Mayor Tomas Lind said ...", at the start of a sentence
    return office_of(tok, words) is not None


#: entity labels of an organisation or product a common noun before it may classify
_ORG_LABELS = frozenset({"ORG", "PRODUCT", "FAC"})


def _organisation_title(tok, name) -> bool:
    """A lower-case class noun right before an organisation's name ("air traffic control
    provider NavAir", "retailer Halden Home"): the organisation is one."""
    if name.ent_type_ not in _ORG_LABELS or tok.pos_ != "NOUN" or not tok.is_lower:
        return False
    ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    return ent is not None and ent.start == tok.i + 1 and ent.root.i == name.i


def _opens_sentence(tok) -> bool:
    """Whether ``tok`` is the first word of its sentence or line (capitalised by position,
    not as part of a name)."""
    if tok.is_sent_start or tok.i == 0:
        return True
    before = tok.doc[tok.i - 1]
    return "\n" in before.text or "\n" in before.whitespace_ or before.text in ('"', "“", "(")


def _name_start(person) -> int:
    """Index of the first word of the name headed by ``person`` ("[Ruth] Amar")."""
    if person.ent_type_ == "PERSON":
        ent = next((e for e in person.doc.ents if e.start <= person.i < e.end), None)
        if ent is not None:
            return ent.start
    start = person.i
    while start > 0 and person.doc[start - 1].pos_ == "PROPN" and start > person.i - 1:
        start -= 1
    return start


def _title_words(tok) -> list:
    """The words of the title that ends with ``tok`` right before a name ("Chief Financial
    Officer"): ``tok`` and the run of untyped nouns, proper nouns and adjectives before it."""
    words = [tok]
    i = tok.i - 1
    while i >= 0:
        t = tok.doc[i]
        if t.tag_ == "HYPH" and i > 0:  # "President-elect": one word
            words.insert(0, t)
            i -= 1
            continue
        if (
            t.ent_type_
            and t.text.lower() not in ("ceo", "cfo")
            or t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB")
        ):
            break
        if t.dep_ not in ("compound", "amod"):
            break
        words.insert(0, t)
        i -= 1
    return words


#: entity labels a person's name may carry in the small model's output (it often types a
#: surname GPE or ORG); a PERSON is always one
_NOT_PERSON = frozenset({"FAC", "PRODUCT", "LOC", "EVENT", "LAW", "WORK_OF_ART", "NORP"})


def _person_like(tok) -> bool:
    """A proper name that may be a person's: typed PERSON, or untyped / GPE / ORG with a
    capitalised first name compounded before it ("Anders Holm" typed GPE)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PERSON:
        return False
    if tok.ent_type_ == "PERSON":
        return True
    first = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        first is not None
        and first.pos_ == "PROPN"
        and first.dep_ == "compound"
        and first.head.i == tok.i
        and first.text[:1].isupper()
        and first.ent_type_ in ("", "PERSON", tok.ent_type_)
        and not {first.lower_, tok.lower_} & ORG_LAST_WORDS
    )


def _is_former_role(tok) -> bool:
    """The role in an insertion "X, until now the finance chief, ...", which the parser
    hangs as the object of "until" under the verb: X held that office before now."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("until", "till") or office_of(tok) is None:
        return False
    if not any(c.lower_ in ("now", "recently") for c in head.children):
        return False
    return _role_holder(tok) is not None


def _role_holder(tok):
    """The name right before the comma that opens the insertion holding role noun ``tok``
    ("Ruth Amar, until now the finance chief"), or None."""
    start = tok.head.left_edge.i
    if start < 2 or tok.doc[start - 1].text != ",":
        return None
    name = tok.doc[start - 2]
    return name if _person_like(name) else None


def _abbreviates(short, long) -> bool:
    """Whether ``short`` is an abbreviation of the phrase ``long`` heads ("the Regional
    Transit Authority (RTA)", "HIMARS, the High Mobility Artillery Rocket System"): a
    naming, not a claim. The capitalised words' initials of the long phrase appear in order
    in the abbreviation, from the first that is its first letter."""
    letters = short.text.rstrip("s")
    if not (2 <= len(letters) <= 10 and letters.isalpha() and letters.isupper()):
        return False
    inside = {short.i} if short.is_ancestor(long) else {t.i for t in short.subtree}
    initials = [
        t.text[0]
        for t in long.subtree
        if t.i not in inside and t.pos_ != "DET" and t.text[:1].isupper()
    ]
    if letters[0] not in initials:
        return False
    initials = initials[initials.index(letters[0]) :]  # "U.S.-supplied Army Tactical ..."
    rest = iter(letters)
    return len(initials) >= 2 and all(ch in rest for ch in initials)


#: participles that link phrases rather than state a fact ("combined with", "based on")
CONNECTIVE_PARTICIPLES = frozenset(
    "combine couple compare base give relate include concern regard follow accompany".split()
)


def _is_reduced_relative(tok) -> bool:
    """A past participle modifying a noun, without subject or agent ("a bridge opened in
    1988"): the noun is its patient."""
    return (
        tok.dep_ == "acl"
        and tok.lemma_.lower() not in CONNECTIVE_PARTICIPLES
        and tok.tag_ in ("VBN", "VBD")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.i > tok.head.i
        and not _has_subject(tok)
        and not any(c.dep_ in ("agent", "aux", "auxpass") for c in tok.children)
        and any(c.dep_ in ("prep", "npadvmod", "oprd", "advmod") for c in tok.children)
    )


# --------------------------------------------------------------------------- predicate


def predicate_of(head) -> tuple[Any, str, str]:
    """``(token, predicate, modality)`` of the clause headed by ``head``: raising verbs hand
    over to their complement, light verbs take their noun, particles join the lemma."""
    modality = _modality(head)
    tok = head
    for _ in range(4):
        lemma = lemma_of(tok)
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and _is_verb(c)), None)
        if lemma in RAISING and comp is not None and comp.dep_ == "xcomp":
            step = RAISING[lemma]
            modality = step if modality == "asserted" else modality
            tok = comp
            continue
        if lemma in PASSIVE_RAISING and comp is not None and comp.dep_ == "xcomp":
            if any(c.dep_ == "auxpass" for c in tok.children):  # "is known to have died"
                step = PASSIVE_RAISING[lemma]
                modality = step if modality == "asserted" else modality
                tok = comp
                continue
        if lemma in NEGATING and comp is not None and comp.dep_ == "xcomp":
            tok = comp  # "declined to comment": not comment (see _negated)
            continue
        decided = _decided(tok)
        if decided is not None:
            tok = decided  # "made the decision to close the pool": close
            continue
        denied = _negating_adjective(tok) or _yet_to(tok)
        if denied is not None:
            tok = denied  # "was reluctant to release", "has yet to rule": not (see _negated)
            continue
        pleased = _emotive_complement(tok)
        if pleased is not None:
            tok = pleased  # "is delighted to announce X": announce X
            continue
        if lemma == "be" and comp is not None and comp.dep_ == "xcomp":  # "is likely to"
            acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
            if acomp is not None and acomp.lemma_.lower() in RAISING:
                modality = RAISING[acomp.lemma_.lower()]
                tok = comp
                continue
        break
    if modality == "asserted":
        modality = _modality(tok)
    return tok, _lemma_with_light(tok), modality


#: nouns of deciding: "made the decision to X" states X as "decided to X" does
DECISION_NOUNS = frozenset({"decision", "choice"})


def _decided(tok):
    """The verb under "made/took the decision to" when ``tok`` is that light verb, else
    None."""
    if lemma_of(tok) not in ("make", "take", "reach"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in DECISION_NOUNS:
        return None
    return next((c for c in obj.children if c.dep_ in ("acl", "relcl") and _to_infinitive(c)), None)


def _to_infinitive(tok) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _predicate_adjective(tok):
    """The adjective that makes copula ``tok`` a predicate ("are worried about"), or None."""
    if lemma_of(tok) not in COPULAS:
        return None
    adj = next((c for c in tok.children if c.dep_ == "acomp"), None)
    return adj if adj is not None and adj.lemma_.lower() in ADJECTIVE_PREDICATES else None


def lemma_of(tok) -> str:
    """The lower-cased lemma of ``tok``, with the small model's known slips fixed
    ("hopes" -> hope, not hop)."""
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


#: verbs that in the passive with "as" say what their subject is ("is seen as a shift")
SEEN_AS = frozenset("see regard view consider perceive describe characterize".split())


#: nouns of where people live ("forced from their homes" = displaced)
HOMES = frozenset({"home", "house", "village", "town", "dwelling"})


def _construction(tok, subj) -> tuple[str, Any, Any] | None:
    """``(predicate, actor, patient)`` of a verb whose construction, not its lemma, says
    what is stated, given its subject ``subj``: "X is seen as Y" and "W sees X as Y" =
    be(X, Y) (W's view: :func:`_viewer`); "X was among the dissenters" and "the dissenters
    included X" = dissent(X) (:func:`_membership`); "X was driven
    by Y" = cause(Y, X); "X comes in response to Y" = respond(X, Y); "forced/drove N from
    their homes" = evacuate. None otherwise."""
    lemma = lemma_of(tok)
    member = _membership(tok, lemma, subj)
    if member is not None:
        return member
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if lemma in SEEN_AS and (passive or lemma != "see"):  # "saw X as a child": a time
        obj = subj if passive else next((c for c in tok.children if c.dep_ == "dobj"), None)
        as_obj = _prep_object_of(tok, "as")
        if as_obj is None and obj is not None and not passive:
            as_obj = _prep_object_of(obj, "as")  # "regard [the cut as a gamble]"
        if as_obj is not None and (obj is not None or passive):
            return "be", obj, as_obj  # "critics see the merger as a threat": critics' view
    if lemma == "drive" and passive and _agent_of(tok) is not None:
        return "drive_by", _agent_of(tok), subj
    patient = next((c for c in tok.children if c.dep_ == "dobj"), None)  # "forcing 1,200
    home = _prep_object_of(tok, "from")
    if home is None and patient is not None:
        home = _prep_object_of(patient, "from")  # "forcing [1,200 people from their homes]"
    if lemma in ("force", "drive", "chase") and home is not None and home.lemma_.lower() in HOMES:
        return "force_from_home", (_agent_of(tok) if passive else subj), patient or subj
    if lemma == "come":
        response = _prep_object_of(tok, "in")
        if response is not None and response.lemma_.lower() == "response":
            return "come_in_response", subj, _prep_object_of(response, "to")
    return _verdict(tok, subj, passive)


def _membership(tok, lemma: str, subj) -> tuple[str, Any, Any] | None:
    """``(act, doer, undergoer)`` stated of a member of a class the class's words name:
    "X was among the dissenters" / "Among the dissenters is X" (a copula with "among";
    the inverted subject is the attribute) and "the three who dissented included X" /
    "the dissenters included X" (the class the subject of "include"). The act is the verb
    of a clause on the class noun ("those who *dissented*": X dissented; "those *killed*":
    X was killed) or of an agent noun ("dissent*er*", "surviv*or*",
    :func:`_agent_noun_verb`); None for any other copula or "include"."""
    if lemma == "be":
        among = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "among"), None)
        cls = next((c for c in among.children if c.dep_ == "pobj"), None) if among else None
        if subj is None:
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "attr")), None)
    elif lemma == "include":
        cls = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        subj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if cls is not None and not (_agent_noun_verb(cls) or _who_clause(cls)):
            return None  # "the data accessed included names": what the data held
    else:
        return None
    if cls is None or subj is None or subj.i == cls.i:
        return None
    verb = next((c for c in cls.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if verb is not None:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return lemma_of(verb), None, subj
        return lemma_of(verb), subj, None
    act = _agent_noun_verb(cls)
    return (act, subj, None) if act else None


def _who_clause(noun) -> bool:
    """``noun`` takes a relative clause on "who" ("the three *who dissented*")."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.children
    )


def _agent_noun_verb(noun) -> str | None:
    """The verb a plural agent noun is made from ("dissenters" -> dissent, "survivors" ->
    survive, "winners" -> win; WordNet's derivation, the noun being the verb's stem with
    a suffix of up to three letters), else None ("judges", "victims")."""
    if noun.tag_ != "NNS":
        return None
    word = noun.lemma_.lower()
    for verb in sorted(lexicon.verbs_of(word)):
        if len(verb) < len(word) <= len(verb) + 3 and word.startswith(verb.rstrip("e")[:-1]):
            return verb
    return None


def _verdict(tok, subj, passive: bool) -> tuple[str, Any, Any] | None:
    """``(convict | acquit, court, defendant)`` of a verdict passed through an adjective
    ("the jury found Marsh guilty of perjury", "was found not guilty", "declared him
    innocent"), else None: "found" there finds no thing, and "found not guilty" is the
    opposite of "found guilty" (frames ``convict`` / ``acquit``). The defendant is the
    passive's subject, else the subject the parser gives the adjective or the verb's
    object."""
    if lemma_of(tok) not in VERDICT_VERBS:
        return None
    deps = ("oprd", "ccomp", "acomp", "xcomp")
    adj = next((c for c in tok.children if c.dep_ in deps and c.lower_ in VERDICTS), None)
    if adj is None:
        return None
    verdict = adjective_verdict(adj)
    if passive:
        return verdict, _agent_of(tok), subj
    small = next((c for c in adj.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return verdict, subj, small if small is not None else obj


def _viewer(pred) -> str | None:
    """Who holds the view of an active "X sees Y as Z" (X: its attribution), else None."""
    if lemma_of(pred) not in SEEN_AS or _construction(pred, None) is None:
        return None
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    return pred.doc[subj.left_edge.i : subj.right_edge.i + 1].text if subj is not None else None


def _prep_object_of(tok, word: str):
    """The object of ``tok``'s prepositional child ``word`` ("seen *as* a shift"), or None."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == word):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _aground(tok, lemma: str) -> bool:
    """Whether verb ``tok`` (lemma ``lemma``) tells a vessel running aground (WordNet's
    "run aground", a sense of "ground"): any verb with "aground" ("ran aground", "went
    aground", "the captain ran her aground"), or "ground" in the active voice with no
    object ("the ferry grounded at the harbour entrance"). "The airline grounded its
    fleet" and "flights were grounded" are a ban (the ``shut_down`` frame), and "ran" of
    "ran aground" is no "run" of a service that is running (``opposition`` scale "open")."""
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]
    if any(t.lower_ == "aground" and t.dep_ in ("advmod", "prt", "acomp") for t in near):
        return True  # the parser may hang "aground" on the next preposition ("aground off X")
    if lemma != "ground" or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        return False
    return not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children)


#: personal pronouns that name a party cleared of a charge ("cleared *her* of fraud")
_PARTY_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "himself", "herself"})


def _cleared_party(tok) -> bool:
    """Whether "clear" ``tok`` clears a party of something ("the jury cleared her of a
    charge of money laundering", "cleared the firm of wrongdoing"): an object that is a
    personal pronoun, a person or organisation name, and an "of" phrase after it. "The
    court cleared the way" and "divers cleared the wreck of debris" clear no party."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    preps = [*tok.children, *obj.children]
    if not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i for c in preps):
        return False
    return obj.lower_ in _PARTY_PRONOUNS or obj.ent_type_ in ("PERSON", "ORG", "NORP")


def _lemma_with_light(tok) -> str:
    lemma = lemma_of(tok)
    special = _construction(tok, None)
    if special is not None:
        return special[0]
    adj = _predicate_adjective(tok)
    if adj is not None:
        return ADJECTIVE_PREDICATES[adj.lemma_.lower()]
    if _aground(tok, lemma):
        return "run_aground"  # a vessel stranded: neither "run" (in service) nor a ban
    if lemma == "clear" and _cleared_party(tok):
        return "clear_of"  # "cleared her of a charge": acquitted, not an approval
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and (lemma, obj.lemma_.lower()) in VERB_NOUNS:
        return VERB_NOUNS[(lemma, obj.lemma_.lower())]  # "raised the alarm", "the alarm was raised"
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "after" for c in tok.children):
        return "come_after"
    deverbal = light_act(tok)
    if deverbal is not None:
        return deverbal  # "carried out an evacuation of X": evacuate X
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    if prt is not None and (_true_particle(prt) or f"{lemma}_{prt.lower_}" in FRAMES):
        return f"{lemma}_{prt.lower_}"  # "ruled out", "got in": a verb of its own
    prt = _loose_particle(tok)
    if prt is not None:
        return f"{lemma}_{prt.lemma_.lower()}"
    if lemma in LIGHT_VERBS:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in LIGHT_NOUNS:
            return LIGHT_NOUNS[obj.lemma_.lower()]
    if lemma == "keep" and any(c.lemma_.lower() == "run" for c in tok.children):
        return "keep_running"
    return lemma


#: light verbs whose object noun names the act they state ("carried out an evacuation",
#: "conducted an inspection", "made a payment", "held talks"); with a particle as joined
LIGHT_ACT_VERBS = frozenset(
    "make take carry_out conduct perform undertake give hold issue stage mount launch do "
    "offer deliver begin start".split()
)


def bodily_harm(verb: str, noun: str) -> bool:
    """Whether verb lemma ``verb`` with object lemma ``noun`` tells an injury to the
    subject itself ("broke her wrist", "fractured a rib", "suffered an injury"): the
    subject was injured (:data:`VERB_NOUNS`)."""
    return VERB_NOUNS.get((verb, noun)) == "injure"


def light_act(tok) -> str | None:
    """The verb of the act a light verb's object names ("carried out *an evacuation* of
    the port" -> evacuate, "conducted *an inspection*" -> inspect, "made *a payment*" ->
    pay; :func:`consilience.event_nouns.deverbal_verb`), else None."""
    if lemma_of(tok) not in LIGHT_ACT_VERBS and _phrasal(tok) not in LIGHT_ACT_VERBS:
        return None
    if lemma_of(tok) == "carry" and _phrasal(tok) != "carry_out":
        return None
    obj = _light_object(tok)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or obj.tag_ == "NNS" and not obj.lemma_:
        return None
    if obj.lemma_.lower() in LIGHT_NOUNS or obj.lemma_.lower() in IDIOM_NOUNS:
        return None  # "gave the green light": the listed meaning (approve)
    verb = deverbal_verb(obj.lemma_) or compound_act(obj.lemma_.lower())
    return verb if verb is not None and verb != lemma_of(tok) else None


def _light_object(tok) -> Any:
    """The noun a light verb takes: its object, or in the passive its subject ("no
    headcount was taken", "an inspection was carried out"), else None."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and any(c.dep_ == "auxpass" for c in tok.children):
        obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return obj


def compound_act(noun: str) -> str | None:
    """The act a closed compound noun names when WordNet files it as a kind of its own last
    part and that part names an act ("headcount" is a count: count; "spot check": check),
    else None."""
    for cut in range(3, len(noun) - 3):
        tail = noun[cut:].lstrip(" _-")
        if tail in lexicon.hypernyms(noun.replace(" ", "_"), "n", first=1):
            return deverbal_verb(tail)
    return None


def _true_particle(prt) -> bool:
    """A particle the parser tagged that is not a preposition before a place name
    ("drowned *off* Skerry Head")."""
    if not prt.lower_.isalpha():
        return False
    doc = prt.doc
    nxt = doc[prt.i + 1] if prt.i + 1 < len(doc) else None
    while nxt is not None and nxt.dep_ in _PHRASE_MODIFIERS and nxt.head.i > nxt.i:
        nxt = nxt.head  # "down [all Corvane] flights": the phrase's head
    return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())


_PHRASE_MODIFIERS = frozenset({"det", "compound", "amod", "nummod", "poss", "nmod"})


def _loose_particle(tok):
    """A particle the parser took for a preposition or adverb right after its verb ("stood
    *down* its units") when verb and particle make a listed phrasal verb, else None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.head.i != tok.i or nxt.dep_ not in ("prep", "advmod"):
        return None
    return nxt if f"{lemma_of(tok)}_{nxt.lower_}" in FRAMES else None


def alternative(tok) -> bool:
    """Predicate ``tok`` is one of the alternatives of "either X or Y" ("*either* those
    limits weren't set, *or* someone overrode them"; "will either appeal or pay") or of two
    clauses joined by "or" ("the driver missed the signal or the barrier failed"): the
    writer asserts neither. Verbs of one subject joined by "or" without "either" ("were
    killed or injured") are not alternatives: the union is asserted."""
    head = tok.head if tok.dep_ == "conj" else tok
    kids = list(head.children)
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in kids):
        return False
    if any(c.lower_ == "either" and c.dep_ in ("preconj", "advmod", "cc") for c in kids):
        return True
    return any(  # "the driver missed the signal or the barrier failed": two clauses
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _own_subject(c) for c in kids
    ) and _own_subject(head)


#: adverbs that may open an imperative before its verb ("*Never* buy ...", "*Always*
#: check ...", "*Please* call ...", "*Do not* ...")
_ADVICE_OPENERS = frozenset("never always please just do not n't don't".split())


def advice(verb) -> bool:
    """``verb`` is an imperative addressed to the reader: a base-form verb (tag ``VB``)
    with no subject, auxiliary of its own or marker, at the start of its sentence once
    list numbers, bullets, punctuation and the openers of :data:`_ADVICE_OPENERS` are
    passed (or after a colon: "Park rules: 2. Never feed ...", or after an item's label:
    "Resolution 2, Approve the report"; a leading case, "If the card still works, do not
    use it", is passed too), the main verb, told before its reporting verb ("Do not drink
    the water, the council said") or quoted after it ('told the yards: "Do not open ..."'),
    or joined to
    such a verb with no subject or auxiliary of its own ("Do not climb the gates or *cut*
    the chains"). Advice states nothing of what happened, so it is no side of a dispute."""
    if verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.i != verb.i:
        if not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children
        ):
            return advice(verb.head)
    if verb.tag_ != "VB" or not (verb.dep_ == "ROOT" or _told_before(verb)):
        return False
    colons = [t.i for t in verb.doc[verb.sent.start : verb.i] if t.text == ":"]
    start = colons[-1] + 1 if colons else verb.sent.start  # "Park rules: 2. Never feed ..."
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") and c.i >= start for c in verb.children
    ):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in verb.children):
        return False  # "Do not drink ...": the one auxiliary an imperative takes
    quoted = [t.i for t in verb.doc[start : verb.i] if t.text in ('"', "“")]
    start = quoted[-1] + 1 if quoted and _told_before(verb) else start
    case = {t.i for c in verb.children if c.dep_ == "advcl" and c.i < verb.i for t in c.subtree}
    before = [t for t in verb.doc[start : verb.i] if t.i not in case]  # "If it rings, answer"
    if len(before) >= 2 and before[0].text.istitle() and before[1].like_num:
        before = before[2:]  # "Resolution 2, Approve the report": an item of an agenda
    return all(t.is_punct or t.like_num or t.lower_ in _ADVICE_OPENERS for t in before)


def _told_before(verb) -> bool:
    """``verb`` heads a clause its reporting verb follows ("Boil it first, *the council
    said*") or a quotation or colon after it introduces ('The board told the yards:
    "*Please do not open* the side doors."')."""
    if verb.dep_ not in ("ccomp", "parataxis", "advcl"):
        return False
    if verb.head.i > verb.i:
        return True
    between = verb.doc[verb.head.i + 1 : verb.i]
    return verb.dep_ != "advcl" and any(t.text in (":", '"', "“", "'", "‘") for t in between)


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _modality(tok) -> str:
    if alternative(tok):
        return "possible"
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ == "must" and _perfect(tok):
            return "hedged"  # "the virus must have come in on a lorry": an inference
        if c.dep_ == "aux" and aux_word(c) in MODALS:
            return MODALS[aux_word(c)]
        if c.dep_ == "aux" and c.lower_ == "going":
            return "future"
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in tok.children):
        return "hedged"
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in tok.children):
        return HABITUAL  # "Errors like this are usually found by dealers": no one event
    return "asserted"


#: subordinators of a condition: what their clause says may not be so
CONDITION_MARKS = frozenset({"if", "unless"})


def _said_under_condition(head) -> bool:
    """The verb ``head``'s clause is the content of a verb that is itself in an if- or
    unless-clause ("If you think *you have found a nest*", "unless officers believe *the
    van was stolen*"): a case put, not a claim."""
    says = head.head
    return says.i != head.i and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in says.children
    )


#: verbs of a state, which the simple present tells as it stands, not as a habit
_STATIVE = frozenset(
    "be have remain stay contain include hold own need want know mean cost weigh lie stand "
    "seem appear belong exist depend matter apply".split()
)
#: the opening of a list item: a dash, star or bullet, or a number with a point or bracket
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+")


def procedure_step(head) -> bool:
    """The verb ``head`` states a step of a procedure: an item of a list whose clause is
    in the simple present, with a noun subject and a verb of doing ("- The duty manager
    *explains* to the audience and *offers* refunds"): what is done each time, no one
    event. The subject is a role with "the": a bullet of news in headline style ("- Extra
    clinics open every evening") and a state ("- The fee is £5") stay asserted."""
    if head.tag_ not in ("VBZ", "VBP") or head.pos_ != "VERB" or lemma_of(head) in _STATIVE:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    if is_attribution_verb(head) and any(c.dep_ == "ccomp" for c in head.children):
        return False  # "- Police say two men were held": a report of what was said
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "explains ..., apologises and offers": the first verb's subject
    subj = next((c for c in first.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False  # "- Extra clinics open every evening": news told in headline style
    text = head.doc.text
    line_start = text.rfind("\n", 0, head.sent.start_char) + 1
    return bool(_LIST_ITEM.match(text[line_start : head.sent.start_char + 4]))


def on_condition(head) -> bool:
    """The verb ``head`` has an if- or unless-clause of its own ("*If the second person is
    not available*, the screening does not start"): its clause says what happens in a case
    put, not what happened ("as if" compares, and stays asserted)."""
    for c in head.children:
        if c.dep_ != "advcl":
            continue
        mark = next((m for m in c.children if m.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in CONDITION_MARKS:
            continue
        before = head.doc[mark.i - 1] if mark.i > 0 else None
        if before is None or before.lower_ != "as":
            return True
    return False


#: verbs of wanting: what they take as a complement is wished, not done
DESIRE_VERBS = frozenset({"want", "wish", "hope", "intend"})
#: modals of a rule: a "when" clause of a clause with one of them is a case put
RULE_MODALS = frozenset({"may", "might", "can", "could", "must", "should"})


def case_put(tok) -> bool:
    """Token ``tok`` lies in a clause put as a case or a wish, not told as done: it or a
    clause above it in its sentence is opened by "if"/"unless" ("*If* you need help to
    leave", a heading), lies under a verb of wanting ("we *want* to make sure nobody is
    left out of pocket"), or is a "when" clause of a clause with a modal of a rule
    ("storage companies *may* sell goods *when* rent has not been paid")."""
    t = tok
    for _ in range(12):
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if marks & CONDITION_MARKS and not (t.i > 0 and t.doc[t.i - 1].lower_ == "as"):
            return True
        if t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in DESIRE_VERBS:
            return True
        if t.dep_ in ("advcl", "relcl") and _when_of_rule(t):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _when_of_rule(clause) -> bool:
    """``clause`` is a "when" clause of a verb with a modal of :data:`RULE_MODALS` (the
    parser may hang it on that verb's object: "may cancel a booking *when* ...")."""
    if not any(
        c.lower_ in ("when", "whenever") for c in clause.children if c.dep_ in ("advmod", "mark")
    ):
        return False
    verb = clause.head if clause.head.pos_ in ("VERB", "AUX") else clause.head.head
    return any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in verb.children)


def _perfect(verb) -> bool:
    """``verb`` is a perfect participle after "have" ("must *have come*")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _emotive_complement(tok):
    """The verb under "pleased to" / "delighted to" when ``tok`` is their copula, else
    None."""
    if lemma_of(tok) not in COPULAS:
        return None
    acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
    if acomp is None or acomp.lower_ not in EMOTIVE_ADJECTIVES:
        return None
    return next((c for c in acomp.children if c.dep_ == "xcomp" and _to_infinitive(c)), None)


def _negating_adjective(tok):
    """The verb under "reluctant to" / "unwilling to" when ``tok`` is their copula, else
    None."""
    if lemma_of(tok) not in COPULAS:
        return None
    acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
    if acomp is None or acomp.lemma_.lower() not in NEGATING_ADJECTIVES:
        return None
    return next((c for c in acomp.children if c.dep_ == "xcomp" and _is_verb(c)), None)


def _yet_to(tok):
    """The verb under "has yet to" / "is yet to" when ``tok`` is that "have" or "be", else
    None: "the coroner has yet to rule" states that the coroner has not ruled."""
    if lemma_of(tok) not in ("have", "be") or not any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children
    ):
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "xcomp" and _is_verb(c) and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _next_in_chain(tok):
    nxt = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
    return nxt if nxt is not None else _negating_adjective(tok)


#: adverbs that, right after a "not", deny that the thing is all there is ("not just the
#: win", "not only a fine") or that the act was done well ("had not properly assessed",
#: "was not adequately tested"): the thing or the act itself is stated, not denied. (Not
#: "fully", "completely": "the fire is not fully contained" denies the end state.)
LIMIT_ADVERBS = frozenset(
    "just only merely simply solely properly adequately sufficiently correctly thoroughly".split()
)


def limiting(neg) -> bool:
    """Whether negation token ``neg`` is followed by one of :data:`LIMIT_ADVERBS` (its
    next word), so that it limits what it precedes instead of denying it, or its verb is
    put off "until" a later point ("did *not* come to a halt *until* it was nearly a
    kilometre down the line": it came to a halt, later)."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    if nxt is not None and nxt.lower_ in LIMIT_ADVERBS and nxt.pos_ == "ADV":
        return True
    return _put_off(neg.head)


#: auxiliaries of what is still to come or may be: "will not open an inquiry until the
#: report is in" denies an inquiry now
_AHEAD_AUX = frozenset("will would shall 'll can could may might must".split())


def _put_off(verb) -> bool:
    """``verb`` is of the past and has an "until"/"till" phrase or clause after it ("did
    not stop until Friday", "was not found until it ..."); a verb still to come is denied
    for now ("will not open an inquiry until ...")."""
    if any(c.dep_ == "aux" and aux_word(c) in _AHEAD_AUX for c in verb.children):
        return False
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ in ("until", "till"):
            return True
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children
        ):
            return True
    return False


def _negated(tok, pred) -> bool:
    """Whether the clause from its head ``tok`` down to its predicate ``pred`` denies the
    predicate: a ``neg`` dependent or "never" on the way, or a verb that negates its
    complement ("declined to comment", "failed to lower", "has yet to rule"); two
    negations cancel."""
    chain = [tok]
    while chain[-1].i != pred.i and len(chain) < 6:
        nxt = _next_in_chain(chain[-1])
        if nxt is None:
            break
        chain.append(nxt)
    if chain[-1].i != pred.i:
        chain = [tok, pred] if tok.i != pred.i else [tok]
    flips = 0
    for t in chain:
        # a "not" the parser hung on an auxiliary negates its verb too ("have not *gone*
        # looking": "gone" parsed as an auxiliary of "looking")
        kids = [*t.children, *(g for a in t.children if a.dep_ in _AUX_DEPS for g in a.children)]
        if any(
            (c.dep_ == "neg" and not limiting(c)) or c.lower_ == "never" or never_phrase(c)
            for c in kids
        ):
            flips += 1
        if t.i != pred.i and (t.lemma_.lower() in NEGATING or _negating_adjective(t) or _yet_to(t)):
            flips += 1
    return flips % 2 == 1


_AUX_DEPS = frozenset({"aux", "auxpass"})
#: nouns of a moment that "at no ..." makes a clause's "never" ("at no stage", "at no time")
NO_MOMENTS = frozenset({"stage", "point", "time", "moment"})


def never_phrase(prep) -> bool:
    """Whether ``prep`` is the "at" of "at no stage" / "at no point" / "at no time": it
    denies its verb's clause, as "never" does ("at no stage has it admitted a breach")."""
    return (
        prep.lower_ == "at"
        and prep.dep_ == "prep"
        and any(
            o.dep_ == "pobj"
            and o.lemma_.lower() in NO_MOMENTS
            and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
            for o in prep.children
        )
    )


# --------------------------------------------------------------------------- arguments


@dataclass
class Names:
    """The names of one article, for argument keys: ``tokens`` maps a token index inside a
    named entity to the entity's ``(key, label)``; ``heads`` maps a common noun lemma to the
    ``(key, label)`` of the one named entity the article links it to (:func:`article_names`)."""

    tokens: dict[int, tuple[str, str]] = field(default_factory=dict)
    heads: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: class nouns a name is compounded with ("ATACMS missiles"): "the missiles" is it too
    plural: set[str] = field(default_factory=set)


#: determiners under which a common noun is not the entity named elsewhere ("another dam")
_OTHER_DETS = frozenset({"another", "other", "each", "every", "no", "any", "some", "all"})
#: adjectives that make a role noun another holder than the one named ("a new head")
_OTHER_ONE = frozenset({"new", "next", "permanent", "future", "previous", "former", "last"})
#: entity labels a common noun may stand for ("the dam" = the Tolley Dam; the small model
#: labels many a named structure PERSON, so PERSON is in)
_NOUN_LABELS = CONTENT_LABELS - {"NORP"}


#: Doc -> its :class:`Names`, built once per Doc (brief building asks for them per claim)
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def article_names(doc) -> Names:
    """:class:`Names` of one parsed article (:func:`_article_names`), built once per Doc;
    each call gets its own copy, so a caller may change it."""
    try:
        names = _NAMES.get(doc)
    except TypeError:  # not weakly referable (no spaCy Doc): nothing to keep
        return _article_names(doc)
    if names is None:
        names = _NAMES[doc] = _article_names(doc)
    return Names(dict(names.tokens), dict(names.heads), set(names.plural))


def _article_names(doc) -> Names:
    """:class:`Names` of one parsed article.

    A common noun stands for a named entity when the text links them: the noun is the
    entity's own head word ("the dam" for "the Tolley Dam", "the court" for "the Supreme
    Court") or the two are in apposition ("the Tolley Dam, an earthen embankment";
    "the dam's owner, the Calder Water Authority"). A noun linked to two different
    entities stands for neither."""
    names = Names()
    found: dict[str, set[tuple[str, str]]] = {}
    for ent in doc.ents:
        if ent.label_ not in CONTENT_LABELS:
            continue
        key = name_key(ent.text, ent.label_)
        if not key:
            continue
        for t in ent:
            names.tokens[t.i] = (key, ent.label_)
        root = ent.root
        if ent.label_ in _NOUN_LABELS and root.i > ent.start and root.pos_ == "PROPN":
            found.setdefault(root.lemma_.lower(), set()).add((key, ent.label_))
    for tok in doc:
        title = _title_word(tok)
        if title is not None and tok.head.i in names.tokens:
            found.setdefault(title, set()).add(names.tokens[tok.head.i])  # "the president"
        if tok.dep_ != "appos":
            continue
        head = _role_of_owner(tok) or tok.head
        for noun, named in ((tok, head), (head, tok)):
            if noun.pos_ == "NOUN" and named.i in names.tokens and noun.i not in names.tokens:
                found.setdefault(noun.lemma_.lower(), set()).add(names.tokens[named.i])
    for tok in doc:  # "ATACMS missiles" ... "the missiles"
        named = _named_compound(tok, names, with_label=True)
        if named is not None:
            found.setdefault(tok.lemma_.lower(), set()).add(named)
            names.plural.add(tok.lemma_.lower())
    canon = {**_acronyms(doc, names), **_surnames(names)}
    if canon:
        names.tokens = {i: (canon.get(k, k), lab) for i, (k, lab) in names.tokens.items()}
        found = {lemma: {(canon.get(k, k), lab) for k, lab in v} for lemma, v in found.items()}
    names.heads = {lemma: next(iter(v)) for lemma, v in found.items() if len(v) == 1}
    return names


def _title_word(tok) -> str | None:
    """The lower-cased role word of a title before a person's name ("President Joe Biden",
    "agency director Maria Feld"), else None."""
    if _is_title(tok):
        return tok.lemma_.lower()
    if tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.lower_ in PERSON_TITLES:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON" and tok.head.ent_type_ == "PERSON":
            return tok.lower_
    return None


def _is_acronym_of(short: str, long: str) -> bool:
    """ "ATACMS" / "Army Tactical Missile Systems": the short form's letters appear in order
    in the long form's, starting with its first letter."""
    letters = [c for c in long.lower() if c.isalpha()]
    short = short.lower()
    if len(short) < 2 or not letters or short[0] != letters[0] or len(short) >= len(letters):
        return False
    it = iter(letters)
    return all(ch in it for ch in short)


def _acronyms(doc, names: Names) -> dict[str, str]:
    """Long-form key -> acronym key for each "Long Form (LF)" or "LF (Long Form)" in the
    text; the acronym's tokens get its key (it is then one name with its long form)."""
    out: dict[str, str] = {}
    for tok in doc:
        if tok.text != "(" or tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        inner, before = doc[tok.i + 1], doc[tok.i - 1]
        pairs = [(inner, before), (before, inner)]
        for short, long in pairs:
            if not (short.text.isupper() and short.text.isalpha()):
                continue
            if long.i not in names.tokens and not _register_proper(long, names):
                continue
            lkey, label = names.tokens[long.i]
            if not _is_acronym_of(short.text, lkey):
                continue
            skey = name_key(short.text, label)
            out[lkey] = skey
            names.tokens.setdefault(short.i, (skey, label))
    return out


def _register_proper(tok, names: Names) -> bool:
    """Give the run of proper nouns ending at ``tok`` ("Long Range Strike Missiles") a name
    key when the model did not tag it; False when ``tok`` ends no such run of two or more."""
    if tok.pos_ != "PROPN":
        return False
    a = tok.i
    while a > 0 and tok.doc[a - 1].pos_ == "PROPN" and tok.doc[a - 1].i not in names.tokens:
        a -= 1
    if tok.i - a < 1:
        return False
    key = name_key(tok.doc[a : tok.i + 1].text, "PRODUCT")
    for i in range(a, tok.i + 1):
        names.tokens[i] = (key, "PRODUCT")
    return True


def _surnames(names: Names) -> dict[str, str]:
    """One-word name key -> the article's one full person name ending with it ("biden" ->
    "joe biden")."""
    full: dict[str, set[str]] = {}
    for k, lab in names.tokens.values():
        if lab == "PERSON" and len(k.split()) > 1:
            full.setdefault(k.split()[-1], set()).add(k)
    # the small model often labels a lone surname ORG ("Ostrova signed ...")
    short = {k for k, lab in names.tokens.values() if lab in ("PERSON", "ORG") and " " not in k}
    return {k: next(iter(full[k])) for k in short if len(full.get(k, ())) == 1}


def _ent_key_at(tok, names: Names | None = None) -> str | None:
    if names is not None:
        hit = names.tokens.get(tok.i)
        return hit[0] if hit else None
    if tok.ent_type_ in CONTENT_LABELS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return name_key(ent.text, ent.label_) or None
    return None


def _alias_of(tok, names: Names | None) -> tuple[str, str] | None:
    """The ``(key, label)`` of the named entity the singular common noun ``tok`` stands
    for in its article, or None."""
    singular = tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.text.islower())  # "the weir"
    if names is None or tok.i in names.tokens:
        return None
    if not singular and not (tok.tag_ == "NNS" and tok.lemma_.lower() in names.plural):
        return None
    if any(c.dep_ == "det" and c.lower_ in _OTHER_DETS for c in tok.children):
        return None
    if any(c.dep_ == "amod" and c.lower_ in _OTHER_ONE for c in tok.children):
        return None  # "a new head", "the next coach": not the one the article names
    return names.heads.get(tok.lemma_.lower())


def arg_key(tok, names: Names | None = None) -> str | None:
    """Comparison key of an argument headed by ``tok``: its entity key; for a common noun
    the key of the named entity it stands for (``names``, see :func:`article_names`); for a
    common noun with a nationality ("British officials") the country's key; else the head
    noun's lemma (pronouns and determiners give None)."""
    if tok is not None and tok.lower_ in _PARTITIVES:  # "some in the cabinet": the cabinet
        whole = _prep_object_of(tok, "in") or _prep_object_of(tok, "of")
        return arg_key(whole, names) if whole is not None else None
    if tok is None or tok.pos_ in ("PRON", "DET"):
        return None
    key = _ent_key_at(tok, names) or _named_modifier(tok, names)
    if key:
        return government_key(key) if _acts(tok) else key  # "Moscow warned": russia
    alias = _alias_of(tok, names)
    if alias is not None:
        return alias[0]
    named = _named_compound(tok, names)
    if named is not None:
        return named  # "the ATACMS missiles": atacms
    country = _country_of_group(tok, names)
    if country is not None:
        return country  # "British officials", "U.S. forces": the country
    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or _gerund_object(tok):
        return tok.lemma_.lower()
    return None


def _named_modifier(tok, names: Names | None) -> str | None:
    """The key of the name compounded before a proper noun the model left out of it
    ("[Harbor City] FC", "[Kestrel] Ltd"), else None."""
    if names is None or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    for c in tok.children:
        if c.dep_ == "compound" and c.i == tok.i - 1 and c.i in names.tokens:
            return names.tokens[c.i][0]
    return None


#: quantifiers that stand for part of a group named after them ("some in the cabinet")
_PARTITIVES = frozenset(
    "some many most several few others one two dozens hundreds thousands millions scores".split()
)


def _acts(tok) -> bool:
    """Whether ``tok`` is who acts or is acted on (subject, object, passive agent), not a
    place or a modifier."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _gerund_object(tok) -> bool:
    """ "restrictions on fishing": a gerund object of a preposition is an argument."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj")


def _country_of_group(tok, names: Names | None) -> str | None:
    """The country key of a group noun ("officials", "forces") that a nationality or a
    country name modifies ("British officials", "U.S. forces", "Ukraine's military")."""
    if tok.lemma_.lower() not in GROUP_NOUNS and tok.lower_ not in GROUP_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.ent_type_ == "NORP":
            return name_key(c.text, "NORP") or None
        if c.dep_ in ("compound", "poss") and c.ent_type_ == "GPE":
            key = _ent_key_at(c, names)
            if key:
                return government_key(key)
    return None


#: labels of a name that, compounded with a common noun, is what the noun denotes (an
#: all-capital name of four letters or more too: the small model calls "ATACMS" a PERSON)
_PRODUCT_LABELS = frozenset({"PRODUCT", "ORG", "FAC"})
#: nouns that denote someone related to the name, not the name ("NATO members")
_RELATIONAL = frozenset(
    "member ally partner country state nation leader staff employee worker official "
    "spokesman spokeswoman spokesperson chief head customer client user fan supporter "
    "critic rival lawyer executive".split()
)


def _named_compound(tok, names: Names | None, with_label: bool = False) -> Any:
    """The key of a product or organisation name compounded with the common noun ``tok``
    ("ATACMS missiles", "Storm Shadow missiles"), not of a person or place ("the Biden
    administration", "the U.S. decision"); ``(key, label)`` with ``with_label``."""
    if names is None or tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in _RELATIONAL:
        return None
    for c in tok.children:
        if c.dep_ != "compound":
            continue
        acronym = c.text.isupper() and c.text.isalpha() and len(c.text) >= 4
        hit = names.tokens.get(c.i)
        if hit is None and acronym:  # an acronym the model did not tag: "KORAL launchers"
            hit = (name_key(c.text, "PRODUCT"), "PRODUCT")
        if hit is not None and (hit[1] in _PRODUCT_LABELS or acronym and hit[1] != "GPE"):
            return hit if with_label else hit[0]
    return None


def arg_keys(tok, names: Names | None = None) -> list[str]:
    """Keys of an argument and of the arguments coordinated with it ("France and the
    U.K." -> ["france", "united kingdom"])."""
    if tok is None:
        return []
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    toks = [tok] + [c for c in tok.children if c.dep_ == "conj" and not (denied and own_degree(c))]
    return sorted({k for t in toks if (k := arg_key(t, names))})


#: adjectives of a small degree: a noun joined to "no X" with one of them is had, in
#: that degree ("no water or *very low* pressure", "no heating or *reduced* hot water")
#: -- a closed class of English
SCANT = frozenset(
    "low lower little limited reduced poor weak intermittent partial patchy minimal "
    "restricted slight scant sporadic slow".split()
)  # fmt: skip


def own_degree(noun) -> bool:
    """A noun joined to a denied one that has a determiner of its own ("no power or *a*
    weak signal") or an adjective of small degree (:data:`SCANT`): the "no" does not
    reach it."""
    return any(
        c.dep_ == "det" or (c.dep_ == "amod" and c.lemma_.lower() in SCANT) for c in noun.children
    )


def _subject(tok):
    """The subject of ``tok``: of several (a dateline glued to the sentence by the parser,
    "MILLBECK, Calder — A dam failed"), the nearest one before the verb."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    if not subjects:
        return None
    return max(subjects, key=lambda c: (c.i < tok.i, c.i if c.i < tok.i else -c.i))


def _actor_patient(head, pred) -> tuple[Any, Any]:
    """Actor and patient tokens of a clause, voice undone."""
    subj = _subject(head)
    if subj is None:
        subj = _subject(pred)
    # "X is expected to approve": the raising verb's passive subject is the actor
    passive = subj is not None and subj.dep_ == "nsubjpass" and (subj.head.i == pred.i)
    special = _construction(pred, subj)
    if special is not None:
        return special[1], special[2]
    agent_obj = _agent_of(pred)
    patient = next((c for c in pred.children if c.dep_ in PATIENTS), None)
    light = patient is not None and (lemma_of(pred), patient.lemma_.lower()) in VERB_NOUNS
    light = light or (
        patient is not None and patient.i == getattr(_predicate_adjective(pred), "i", -1)
    )
    light = light or patient is not None and light_act(pred) is not None
    if light or patient is not None and patient.lemma_.lower() in IDIOM_NOUNS | set(LIGHT_NOUNS):
        patient = _prep_object(patient)  # "the go-ahead for the line": the line
    if patient is None:
        patient = _prep_object(pred)
    if passive and (lemma_of(pred), subj.lemma_.lower()) in VERB_NOUNS:
        return agent_obj, _prep_object(subj)  # "the alarm was raised by a ranger": fear
    if passive:
        return agent_obj, subj
    return subj, patient


def _agent_of(tok):
    """The object of the "by" agent phrase of passive ``tok``, or None."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


#: prepositions of time and cause: their object frames the clause, it is no argument of
#: its verb ("departures halted *after a system fault*": nothing halted the fault)
ADJUNCT_PREPS = frozenset(
    "after before since during amid amidst following despite until till because due prior "
    "throughout pending".split()
)


def _prep_object(tok):
    """The object of ``tok``'s first prepositional phrase that is not a date or time, nor
    of a preposition of time or cause (:data:`ADJUNCT_PREPS`)."""
    for prep in (c for c in tok.children if c.dep_ in ("prep", "dative")):
        if prep.lower_ in ADJUNCT_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
            return obj
    return None


def _inherited_subject(head, kind: str):
    """The actor of a clause without a subject of its own: a participial clause's is its
    governing clause's subject; a relative or passive participle's is the noun it modifies."""
    if kind in ("relative", "passive"):
        return head.head
    if kind == "participial":
        return _governing_actor(head.head)
    if kind == "conj":  # "X declared an emergency and ordered ...": X
        first = head
        while first.dep_ == "conj" and not _has_subject(first) and first.head.i != first.i:
            first = first.head
        subj = _subject(first)
        if subj is not None and subj.tag_ in ("WDT", "WP") and first.dep_ == "relcl":
            return first.head  # "the board, which owns and *operates* the dam": the board
        if subj is not None:
            return subj
        if first.dep_ == "advcl":  # "..., killing two and forcing 1,200 from their homes"
            return _subject(first.head)
        if first.dep_ in ("relcl", "acl"):
            return first.head
    return None


def _governing_actor(gov):
    """The actor of the clause a participial clause hangs on, voice undone: "the storm
    flooded the town, *cutting* power" -> the storm; "flights were grounded by the
    regulator, *stranding* ..." -> the regulator; "flights were grounded, *stranding* ..."
    -> None (the grounding did it, not the flights)."""
    subj = _subject(gov)
    if subj is not None and subj.dep_ == "nsubjpass":
        return _agent_of(gov)
    return subj


def _attribution(head, kind: str) -> str | None:
    """Who the clause headed by ``head`` is attributed to: the subject of the verb it is the
    content of ("officials said ..."), of a reporting verb inserted in it ("the plant, the
    agency said, was closed"), or the "according to" source; else None."""
    doc = head.doc
    sayer = None
    content = _content_root(head, kind) if kind in ("content", "conj") else None
    if content is not None:  # "X said it had ... and was ...": X for both
        sayer = content_verb(content)
        while not _has_subject(sayer) and sayer.dep_ == "conj" and sayer.head.i != sayer.i:
            sayer = sayer.head  # "the club confirmed the fee and said ...": the club
    else:
        sayer = next(  # "X did Y, the Post understands, after ...": an inserted source
            (
                c
                for c in head.children
                if c.dep_ in ("parataxis", "npadvmod") and _introduces_content(c)
            ),
            None,
        )
    if sayer is not None:
        subj = relative_subject(sayer)  # "Vance, who says ...": Vance
        if subj is not None and subj.i == sayer.head.i and sayer.dep_ == "relcl":
            return doc[subj.left_edge.i : subj.i + 1].text
        if subj is not None:
            return doc[subj.left_edge.i : subj.right_edge.i + 1].text
    found = according_to(doc[head.left_edge.i : head.right_edge.i + 1])
    if found:
        obj = found[0][1]
        return doc[obj.left_edge.i : obj.right_edge.i + 1].text
    return None


# --------------------------------------------------------------------------- spans


def _reads_with_noun(head, kind: str) -> bool:
    """Whether a clause on a noun starts its span with that noun phrase so that it reads
    alone ("a bridge opened in 1988", "ATACMS missiles, which have a range of 300 km"): a
    reduced or passive participle, or a relative clause whose relative pronoun is its
    subject (not "the region, where troops gathered"), right after the noun (a comma
    between at most)."""
    if kind not in ("reduced", "passive", "relative"):
        return False
    noun, start = head.head, head.left_edge.i
    gap = head.doc[noun.i + 1 : start]
    if start <= noun.i or any(not t.is_punct for t in gap) or len(gap) > 1:
        return False
    if kind == "relative":
        return any(c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP") for c in head.children)
    return True


#: dependents of an event noun outside its event ("the loss of X, *which* ...")
_NOT_EVENT = frozenset({"appos", "relcl", "acl", "advcl", "punct"})


def _clause_tokens(head, kind: str, nested: set[int]) -> list:
    """Tokens of the clause headed by ``head``: its subtree without nested clauses that are
    claims of their own (and, for a reporting verb, without its content clause), without an
    "according to X" phrase (the attribution, not the content). The tokens of an appositive
    and of a clause that reads with its noun (:func:`_reads_with_noun`) are the noun phrase
    up to its head, then the clause."""
    doc = head.doc
    noun = None
    if (
        kind in ("appositive", "title", "nominal")
        or head.dep_ == "acl"
        and kind == "main"
        or _reads_with_noun(head, kind)
    ):
        noun = _appositive_anchor(head) if kind == "appositive" else head.head
        if noun.i != head.head.i:  # re-anchored: the name, then the appositive
            base = [t for t in noun.subtree if t.i <= noun.i] + list(head.subtree)
            base = [t for t in base if t.i >= _name_start(noun)]
        else:
            base = [t for t in noun.subtree if t.i <= noun.i] + list(head.subtree)
        after = head.right_edge.i + 1
        if after < len(doc) and doc[after].text == ")" and doc[head.left_edge.i - 1].text == "(":
            base.append(doc[after])  # "Long Range Strike Missiles (LRSM)"
    elif kind == "role":  # "Ruth Amar, until now the finance chief"
        first = holder = _role_holder(head)
        while (
            first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and first.i - 1 >= holder.left_edge.i
        ):
            first = doc[first.i - 1]
        base = list(doc[first.i : head.right_edge.i + 1])
    elif kind == "event":  # the noun phrase without what is said about the noun
        cut = {t.i for c in head.children if c.dep_ in _NOT_EVENT for t in c.subtree}
        base = [t for t in head.subtree if t.i not in cut]
    else:
        base = list(head.subtree)
    drop: set[int] = set()
    for child in base if kind != "role" else ():
        if child.i != head.i and child.i in nested and (noun is None or child.i != noun.i):
            drop.update(t.i for t in child.subtree)
        if child.lower_ == "according" and child.head.i == head.i:
            drop.update(t.i for t in child.subtree)
    for t in base:  # a preposition whose object is a claim of its own: ", with"
        kids = list(t.children)
        if t.dep_ == "prep" and kids and all(c.i in drop for c in kids):
            drop.add(t.i)
    kept = [t for t in base if t.i not in drop]
    while kept and kept[-1].is_punct and kept[-1].i - 1 in drop:
        kept.pop()  # the full stop after a dropped "according to X"
    return kept


def _trim(doc, toks: list) -> tuple[int, int] | None:
    """Token range [a, b) of the contiguous span covering ``toks``, trimmed of edge
    punctuation, conjunctions and subordinators."""
    if not toks:
        return None
    a, b = min(t.i for t in toks), max(t.i for t in toks) + 1
    while a < b and (
        doc[a].is_punct or doc[a].is_space or doc[a].dep_ in ("cc", "mark", "preconj")
    ):
        a += 1
    while b > a and (
        doc[b - 1].is_space
        or doc[b - 1].text in (",", ";", ":", "–", "—", "-")
        or doc[b - 1].dep_ in ("cc", "mark", "preconj")
    ):
        b -= 1
    while b > a and doc[b - 1].text in ("(", "“", '"', "‘"):
        b -= 1
    return (a, b) if b > a else None


def _line_parts(sent) -> list:
    """``sent`` cut at line breaks (a headline glued to the next sentence is its own part)."""
    doc = sent.doc
    parts, a = [], sent.start
    for tok in sent:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            b = tok.i if "\n" in tok.text else tok.i + 1
            if b > a:
                parts.append(doc[a:b])
            a = tok.i + 1
    if a < sent.end:
        parts.append(doc[a : sent.end])
    return [p for p in parts if any(not t.is_space for t in p)]


# --------------------------------------------------------------------------- extractor


def _runs(toks: list) -> list[tuple[int, int]]:
    """Character ranges ``[(start, end)]`` of the runs of consecutive tokens in ``toks``."""
    out: list[tuple[int, int]] = []
    last = None
    for t in sorted(toks, key=lambda t: t.i):
        if last is not None and t.i == last + 1:
            out[-1] = (out[-1][0], t.idx + len(t.text))
        else:
            out.append((t.idx, t.idx + len(t.text)))
        last = t.i
    return out


def _inside(runs: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in runs)


def _figures(ext: Extraction | None, runs: list[tuple[int, int]]) -> list[str]:
    """``"dimension|unit|value|low|high|noun/entity"`` of the quantities inside ``runs``;
    not a clock time said with no half of the day ("at half past ten": which half only the
    story's other readings tell, :mod:`consilience.figure_half_days`)."""
    if ext is None:
        return []
    out = []
    for q in ext.quantities:
        if _inside(runs, q.start, q.end) and not q.twelve_hour:
            lo = "" if q.low is None else f"{q.low:.6g}"
            hi = "" if q.high is None else f"{q.high:.6g}"
            what = "/".join(x or "" for x in (q.noun, q.entity))
            out.append(f"{q.dimension}|{q.unit}|{q.value:.6g}|{lo}|{hi}|{what}")
    return out


#: words that make the date after them a bound of the clause's time, not the time of its
#: act: "in the 12 months before February" and "Before February the lifts had a good
#: record" are not dated in February, so they agree with no "In February ... stopped"
_BOUND_BEFORE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s*$", re.I)


def _dates(ext: Extraction | None, runs: list[tuple[int, int]], text: str = "") -> list[str]:
    """``"date|precision"`` of the resolved dates inside ``runs`` of ``text`` (the article
    text), without dates that only bound the act from after (:data:`_BOUND_BEFORE`)."""
    if ext is None:
        return []
    return [
        f"{d.date}|{d.precision}"
        for d in ext.dates
        if _inside(runs, d.start, d.end)
        and not _BOUND_BEFORE.search(text[max(0, d.start - 12) : d.start])
    ]


def _entities(toks: list, aliases: Names | None = None) -> list[str]:
    """Keys of the named entities among ``toks`` and of the entities their common nouns
    stand for (:func:`article_aliases`)."""
    keys: set[str] = set()
    for t in toks:
        if aliases is not None and t.i in aliases.tokens:
            keys.add(aliases.tokens[t.i][0])
        elif t.ent_type_ in CONTENT_LABELS:
            keys.add(_ent_key_at(t, aliases) or "")
        elif (alias := _alias_of(t, aliases)) is not None:
            keys.add(alias[0])
    return sorted(k for k in keys if k)


def _nouns(toks: list) -> list[str]:
    return sorted({t.lemma_.lower() for t in toks if t.pos_ in ("NOUN", "PROPN") and t.is_alpha})


#: a list number or letter opening a line ("1.", "1.1", "(a)", "2)")
_LIST_MARK = re.compile(r"^(?:\(?[0-9a-z]{1,3}\)|[0-9]+(?:\.[0-9]+)*\.?)\s+", re.I)


def _is_heading(text: str, doc_text_: str, start: int, end: int) -> bool:
    """The claim ``text`` at ``[start, end)`` is a heading: its whole line, perhaps after a
    list number ("1. What has happened"), with no closing mark, or a label its line opens
    with before a colon ("Boaters who need help: call ...")."""
    ls = doc_text_.rfind("\n", 0, start) + 1
    le = doc_text_.find("\n", end)
    line = _LIST_MARK.sub("", doc_text_[ls : len(doc_text_) if le < 0 else le].strip())
    if line.startswith(text.strip() + ":"):
        return True
    return line == text.strip() and not line.endswith((".", "!", "?", '"', "”", ":"))


#: words that open a heading naming a question, not a statement ("What has happened",
#: "Why the gate failed", "How to claim")
_QUESTION_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "which", "whether"})


def question_heading(c: Claim) -> bool:
    """``c`` is a heading that names a question ("What has happened", "Why the gate
    failed"): it states nothing, so it supports no consensus."""
    first = c.text.split(maxsplit=1)[0].lower() if c.text.strip() else ""
    return c.heading and first in _QUESTION_WORDS


def _roles(head, kind: str) -> tuple[Any, str, str, Any, Any]:
    """``(predicate token, predicate, modality, actor token, patient token)`` of a clause
    (:func:`_clause_roles`); an event noun's are its verb's ("the loss of X": lose X), and
    a wrapper verb's are those of the event noun it states ("announced the signing of X")."""
    if kind == "event":
        verb, actor, patient = event_args(head)
        return head, verb, "asserted", actor, patient
    pred_tok, predicate, modality, actor, patient = _clause_roles(head, kind)
    if kind not in _NAMINGS:
        wrapped = _wrapped_event(pred_tok, actor, patient)
        if wrapped is not None:
            predicate, actor, patient = wrapped
    return pred_tok, predicate, modality, actor, patient


def _clause_roles(head, kind: str) -> tuple[Any, str, str, Any, Any]:
    """``(predicate token, predicate, modality, actor token, patient token)`` of a clause.

    An appositive states that the noun it renames is it (``be``); a reduced relative ("a
    bridge opened in 1988") has the noun it modifies as its patient ("known as X",
    "called X": ``be`` with X as the patient)."""
    if kind == "title":
        return head, "be", "asserted", head.head, head
    if kind == "role":
        return head, "be", "asserted", _role_holder(head), head
    if kind == "appointed":  # head: the office noun; its person is set by _appointed_claim
        return head, "become", "asserted", None, head
    if kind == "appositive":
        noun = _appositive_anchor(head)
        if noun.ent_type_ not in CONTENT_LABELS and head.ent_type_ in CONTENT_LABELS:
            return head, "be", "asserted", head, noun  # "the operator, Kestrel Transit"
        return head, "be", "asserted", noun, head
    pred_tok, predicate, modality = predicate_of(head)
    if kind == "reduced":
        named = _named_as(head)
        if named is not None:
            return head, "be", "asserted", head.head, named
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        return pred_tok, predicate, modality, agent, head.head
    if kind == "nominal":  # "Harlow's plan to close the mine": Harlow, close, the mine
        pred_tok, predicate, _modality = predicate_of(head)
        noun = head.head
        actor = next((c for c in noun.children if c.dep_ == "poss"), None)
        modality = NOMINAL_ACTS[noun.lemma_.lower()]
        return pred_tok, predicate, modality, actor, _actor_patient(head, pred_tok)[1]
    if kind == "passive":  # "the report, prepared by X": X prepared the report
        return pred_tok, predicate, modality, _agent_of(pred_tok), head.head
    actor, patient = _actor_patient(head, pred_tok)
    if kind == "relative" and patient is not None and patient.tag_ in ("WP", "WDT"):
        patient = head.head  # "the ruling, which was reported by X": the ruling
    if actor is None and kind == "main" and head.dep_ == "acl":
        actor = head.head  # a main verb the parser hung on its subject (_misparsed_main)
    if actor is None or actor.tag_ in ("WP", "WDT"):  # "Marsh, who declared ...": Marsh
        actor = _inherited_subject(head, kind)
    return pred_tok, predicate, modality, actor, patient


#: participles that give a name ("the agency, known as CEMA")
NAMING = frozenset({"know", "call", "name", "dub", "nickname", "title"})


def _named_as(tok):
    if tok.lemma_.lower() not in NAMING:
        return None
    for c in tok.children:
        if c.dep_ == "oprd":
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


#: clause kinds that say what a noun is (``be``), not what happened
_NAMINGS = ("appositive", "title", "role")


def _make_claim(analysis, head, kind, toks, part, ext, aliases) -> Claim | None:
    """The claim of the clause headed by ``head`` in line ``part`` of sentence ``si``,
    whose own tokens are ``toks`` (its span is their contiguous cover, trimmed); None when
    it is too short to assert anything. ``part`` is ``(sentence index, first token)``."""
    si, first = part
    doc = analysis.doc
    rng = _trim(doc, toks)
    if rng is None:
        return None
    span = doc[rng[0] : rng[1]]
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < MIN_WORDS:
        return None
    pred_tok, predicate, modality, actor, patient = _roles(head, kind)
    actor, dangling = _resolve_actor(head, kind, _inside_part(actor, first), rng)
    actor, patient = _victim_first(predicate, actor, patient)
    patient = _resolve_patient(head, kind, patient)
    if kind == "content" and modality == "conditional" and _future_in_past(head):
        modality = "future"
    if kind == "content" and lemma_of(head.head) in RAISING and modality in ("asserted", "future"):
        modality = RAISING[lemma_of(head.head)]  # hoped, planned, expected: not done
    if kind == "content" and lemma_of(head.head) in HEDGING_SOURCES and modality == "asserted":
        modality = "hedged"  # "the figures suggest that ...": not established
    if modality == "asserted" and advice(head):
        modality = "conditional"  # "Boil water first", "Resolution 2, Approve the report"
    if kind == "content" and modality == "asserted" and _said_under_condition(head):
        modality = "conditional"  # "If you think you have found a nest": nothing found
    if modality == "asserted" and (on_condition(head) or case_put(head)):
        modality = "conditional"  # "If no one is free, the screening does not start"
    if modality == "asserted" and procedure_step(head):
        modality = HABITUAL  # "- The duty manager explains and offers refunds": a rule
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    own = [t for t in toks if rng[0] <= t.i < rng[1]]
    own_negation = kind not in _NAMINGS and _negated(head, pred_tok)
    negated = own_negation != (kind not in _NAMINGS and _denied(head, kind))
    claim = Claim(
        article=analysis.article.id,
        start=start,
        end=end,
        text=text[start:end],
        sentence=si,
        kind=kind,
        predicate=predicate,
        frame=FRAMES.get(predicate, predicate),
        actor=_phrase(actor),
        actor_key=arg_key(actor, aliases),
        actor_keys=arg_keys(actor, aliases),
        actor_label=_label(actor, aliases),
        patient=_phrase(patient),
        patient_key=arg_key(patient, None if kind in _NAMINGS else aliases),
        entities=_entities(own, aliases),
        nouns=_nouns(own),
        figures=_figures(ext, _runs(own)),
        dates=_dates(ext, _runs(own), text),
        negated=negated,
        modality=modality,
        tense="present" if kind in _NAMINGS else _tense(head),
        attribution=_attribution(head, kind) or _viewer(pred_tok),
        heading=_is_heading(text[start:end], text, start, end),
        superseded=_superseded(own)
        or (own_negation and _past_perfect(head))
        or retracted(doc, start, end),  # "We said that Skeet had suspended the scheme."
        role=ROLES.get(kind, "event"),
        dangling=dangling or kind == "event",  # "the loss of the rocket": a noun phrase
    )
    _apply_office(claim, kind, pred_tok, actor, patient)
    return claim


#: predicates by which their subject takes up the office named by "as" ("took over as
#: interim chief executive", "will serve as acting chair"): the claim is become(X, office)
TAKE_OFFICE = frozenset(
    "take_over take become serve act remain stay continue return step_in stand_in start "
    "begin join".split()
)
#: predicates whose object takes up the office named by "as" or a predicate noun ("appointed
#: X as chief executive", "X was named interim chair"): a role claim of its own
APPOINTING = frozenset(
    "appoint name nominate elect install choose pick hire promote select tap confirm".split()
)
#: verbs of running an organisation ("X will run the company on an interim basis")
RUNNING = frozenset({"run", "lead", "head"})
#: common nouns of an organisation, for "X runs the company"
ORG_NOUNS = frozenset(
    "company firm group business agency organisation organization club team party "
    "department ministry bank authority airline carrier retailer maker operator council "
    "committee board government union federation association institute museum hospital "
    "school university league".split()
)
#: adverbs and phrases' nouns that qualify how an office is held ("on an interim basis",
#: "temporarily")
_QUALIFYING = {"temporarily": "interim", "basis": None, "capacity": None}


def _person_arg(tok) -> bool:
    return tok is not None and (tok.ent_type_ == "PERSON" or _person_like(tok))


def _holder(tok, role) -> bool:
    """Whether ``tok`` may hold the office the noun ``role`` names: a person's name, or a
    lone name with a role noun only people hold ("Holt", "chief executive")."""
    if _person_arg(tok):
        return True
    people = role.lemma_.lower() in PERSON_NOUNS or role.lower_ in ACRONYMS
    return _named(tok) and people


def _named(tok) -> bool:
    """A proper name that is no place ("Holt" alone, whatever the model typed it)."""
    return (
        tok is not None
        and tok.pos_ == "PROPN"
        and tok.ent_type_
        not in _NOT_PERSON
        | {
            "GPE",
            "LOC",
        }
    )


def _as_role(verb) -> tuple[Any, tuple[str, ...]] | None:
    """``(role noun, extra qualifiers)`` of the office a verb names by "as" ("took over *as
    interim chief executive*", "appointed X *as acting CEO*", parsed "as [acting [CEO]]")
    or by a predicate noun ("was named *interim chief executive*"), else None."""
    for c in verb.children:
        if c.dep_ == "oprd" and office_of(c) is not None:
            return c, ()
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        for o in c.children:
            if o.dep_ == "pobj" and office_of(o) is not None:
                return o, ()
            if o.dep_ == "pcomp" and o.lower_ in ("acting", "interim"):
                noun = next((d for d in o.children if d.dep_ in ("dobj", "pobj")), None)
                if noun is not None and office_of(noun) is not None:
                    return noun, (o.lower_,)
    return None


def _office(noun, extra: tuple[str, ...] = ()) -> Office | None:
    found = office_of(noun)
    if found is None or not extra:
        return found
    return Office(found.role, tuple(sorted(set(found.qualifiers) | set(extra))))


def _set_office(claim: Claim, noun, office: Office) -> None:
    """Make ``claim`` the role claim "actor is ``office``": frame ``be``, the office's role
    as patient key, ``Claim.office`` set; a former office is superseded."""
    claim.frame = "be"
    claim.patient = _phrase(noun)
    claim.patient_key = office.role
    claim.office = office_text(office)
    claim.superseded = claim.superseded or office.past


def _apply_office(claim: Claim, kind: str, pred_tok, actor, patient) -> None:
    """Give ``claim`` its canonical office form (:mod:`consilience.role_nouns`): a title,
    appositive or "until now the X" naming a person's role; "X took over / will serve as
    ROLE" (become); "X resigned / was appointed as ROLE" (its office noted); "X will run
    the company on an interim basis" (X is its interim head)."""
    if kind in _NAMINGS or kind == "appointed":
        words = _title_words(patient) if kind == "title" else ()
        office = office_of(patient, words) if _holder(actor, patient) else None
        if office is not None:
            _set_office(claim, patient, office)
        return
    found = _as_role(pred_tok)
    if found is not None and (_holder(actor, found[0]) or _holder(patient, found[0])):
        noun, extra = found
        office = _office(noun, extra)
        if office is not None and TAKE_OFFICE & {claim.predicate, _phrasal(pred_tok)}:
            claim.predicate = "become"
            _set_office(claim, noun, office)
        elif office is not None:
            claim.office = office_text(office)  # "resigned as chief executive"
        return
    if found is not None and lemma_of(pred_tok) in APPOINTING:
        office = _office(*found)
        claim.office = office_text(office) if office is not None else None
        return
    if lemma_of(pred_tok) in COPULAS and patient is not None and patient.dep_ == "attr":
        office = _office(patient) if _holder(actor, patient) else None
        if office is not None:  # "Holt has been chief executive since 2019"
            _set_office(claim, patient, office)
        return
    _run_office(claim, pred_tok, actor, patient)


def _phrasal(verb) -> str:
    """ "step_in" for "stepped in" (a particle or adverb particle right after the verb)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("prt", "advmod"):
        return f"{lemma_of(verb)}_{nxt.lower_}"
    return lemma_of(verb)


def _described_as_org(tok) -> bool:
    """A proper noun the article describes with a noun of an organisation somewhere ("the
    ferry operator Skerline", "Skerline, the ferry operator") though the tagger took it for
    a person: ``tok`` itself or another mention of the same name."""
    if tok.pos_ != "PROPN":
        return False
    for t in tok.doc:
        if t.text != tok.text:
            continue
        near = [*t.children, t.head]
        if any(
            n.dep_ in ("compound", "appos") or t.dep_ in ("compound", "appos") and n.i == t.head.i
            for n in near
            if n.i != t.i and n.lemma_.lower() in ORG_NOUNS
        ):
            return True
    return False


def _run_office(claim: Claim, pred_tok, actor, patient) -> None:
    """ "X will run the company on an interim basis": X is (interim) head of it."""
    if claim.predicate not in RUNNING or patient is None or not _person_arg(actor):
        return
    if not (
        patient.ent_type_ == "ORG"
        or patient.lemma_.lower() in ORG_NOUNS
        or _described_as_org(patient)
    ):
        return
    quals: set[str] = set()
    for t in pred_tok.subtree:
        word = t.lower_
        if word in QUALIFIERS and t.head.lemma_.lower() in _QUALIFYING:
            quals.add(QUALIFIERS[word])
        elif _QUALIFYING.get(word):
            quals.add(_QUALIFYING[word] or "")
    _set_office(claim, patient, Office(HEAD, tuple(sorted(quals))))


#: clause kind -> role: what an entity is (identity) or a modifier of a noun (attribute),
#: ranked below the events a story reports; every other kind is an event
ROLES = {
    "appositive": "identity",
    "title": "identity",
    "role": "identity",
    "appointed": "identity",
    "reduced": "attribute",
    "passive": "attribute",
    "relative": "attribute",
}
#: kinds whose subject may stand outside their span ("..., *and completed his medical*")
_SUBJECTLESS = frozenset({"conj", "participial"})


def _resolve_actor(head, kind: str, actor, rng: tuple[int, int]) -> tuple[Any, bool]:
    """``(actor, dangling)``: a third-person pronoun subject replaced by its antecedent (the
    sayer of a content clause, or :func:`consilience.subject_pronouns.antecedent`); dangling
    when the clause's text names its subject only by a pronoun or not at all."""
    if actor is None:
        return None, False
    inside = rng[0] <= actor.i < rng[1]
    described = described_antecedent(actor)
    if described is not None:  # "The 24-year-old passed halfway": the runner named before
        return described, kind in _SUBJECTLESS and not inside
    if actor.pos_ != "PRON" or actor.lower_ not in PRONOUNS or actor.dep_ not in SUBJECTS:
        return actor, kind in _SUBJECTLESS and not inside
    content = _content_root(head, kind)
    if content is not None:
        sayer = sayer_antecedent(actor, content.head)
        if sayer is not None:
            return sayer, not rng[0] <= sayer.i < rng[1]
    found = antecedent(actor)
    return (found if found is not None else actor), True


def _resolve_patient(head, kind: str, patient):
    """A passive content clause's pronoun subject (its undergoer) replaced by the sayer it
    stands for, as :func:`_resolve_actor` does for a doer: "Several dentists said *they*
    had been asked to ..." -- the dentists were asked, and do not meet "dentists are
    asking patients to ...". Any other patient is returned as it is."""
    if patient is None or patient.pos_ != "PRON" or patient.lower_ not in PRONOUNS:
        return patient
    if patient.dep_ != "nsubjpass":
        return patient
    content = _content_root(head, kind)
    if content is None:
        return patient
    sayer = sayer_antecedent(patient, content.head)
    return sayer if sayer is not None else patient


#: words and word pairs that place a clause's state before the time of writing
_BEFORE_NOW = frozenset({"previously", "formerly", "hitherto"})
_BEFORE_NOW_PAIRS = frozenset(
    {("until", "now"), ("in", "the past"), ("up", "to now"), ("until", "recently")}
)


#: predicates that cause their patient to do what their frame says ("the blast killed
#: two" = two died, by the blast)
CAUSATIVES = frozenset({"kill", "force_from_home", "evacuate"})


def _victim_first(predicate: str, actor, patient) -> tuple[Any, Any]:
    """``(actor, patient)`` with the one who undergoes a causative's event as its actor
    ("the blast killed two workers" = die(workers, blast), "two were killed" = die(two)),
    so that it meets "two workers died"."""
    if predicate in CAUSATIVES and patient is not None:
        return patient, actor
    return actor, patient


def _superseded(toks: list) -> bool:
    """Whether the clause says its state held before now ("Until now, X had been reluctant
    to ...", "X previously barred ...", "In the past, X allowed ...")."""
    words = [t.lower_ for t in sorted(toks, key=lambda t: t.i)]
    if any(w in _BEFORE_NOW for w in words):
        return True
    joined = " ".join(words)
    return any(f"{a} {b}" in joined for a, b in _BEFORE_NOW_PAIRS)


def _past_perfect(tok) -> bool:
    """ "had hesitated to allow", "had refused": a past perfect places the state before a
    later past moment, so a denial in it is history, not a current reading."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def _inside_part(actor, start: int):
    """A subject the parser took from a dateline cut off before the clause ("OSLEY, Norland
    (Wire) -- A plant exploded": OSLEY) is replaced by its appositive inside the clause."""
    if actor is None or actor.i >= start or actor.dep_ not in SUBJECTS:
        return actor
    return next((c for c in actor.children if c.dep_ == "appos" and c.i >= start), actor)


def _future_in_past(head) -> bool:
    """ "officials said the plant would close": ``would`` under a past reporting verb is
    the future of that moment, not a condition."""
    would = any(c.dep_ == "aux" and c.lower_ == "would" for c in head.children)
    return would and head.head.tag_ == "VBD"


def _label(tok, aliases: Names | None) -> str | None:
    """The entity label of an argument's head, or of the named entity it stands for."""
    if tok is None:
        return None
    if tok.ent_type_:
        return tok.ent_type_
    alias = _alias_of(tok, aliases)
    return alias[1] if alias else None


def _phrase(tok) -> str | None:
    if tok is None:
        return None
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text[:120]


def _tense(tok) -> str:
    if any(c.dep_ == "aux" and aux_word(c) in ("will", "shall") for c in tok.children):
        return "future"
    if tok.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD",) for c in tok.children
    ):
        return "past"
    return "present"


def _after_dateline(part, bp):
    """``part`` without a leading dateline ("(Kyiv) – ", "MILLBECK, Calder (NWS) — ")."""
    for b in bp:
        if b.kind == "dateline" and b.start <= part.start_char < b.end:
            rest = [t for t in part if t.idx >= b.end]
            return part.doc[rest[0].i : part.end] if rest else None
    return part


def _part_claims(analysis, part, si, ext, aliases) -> Iterator[Claim]:
    heads = clause_heads(part)
    nested = {t.i for t, kind in heads if kind not in ("main", "title", "role", "nominal", "event")}
    nested |= {t.head.i for t, kind in heads if kind == "role"}  # ", until now the X,"
    contents = {t.head.i for t, kind in heads if kind == "content"}
    for head, kind in heads:
        if kind == "main" and not _is_verb(head) and not any(_is_verb(t) for t in part):
            continue  # a verbless fragment: no claim
        if head.i in contents and head.lemma_.lower() != "report":
            continue  # "officials said": the claim is what they said (its attribution)
        if _describes_source(head, kind):
            continue  # "according to figures *published by X*": the attribution, not a claim
        toks = _clause_tokens(head, kind, nested) + _sayer_tokens(head, kind)
        toks = [t for t in toks if part.start <= t.i < part.end]
        claim = _make_claim(analysis, head, kind, toks, (si, part.start), ext, aliases)
        if claim is None and kind == "main":  # "Prices rose [because ...]": too short alone
            toks = [t for t in head.subtree if part.start <= t.i < part.end]
            claim = _make_claim(analysis, head, kind, toks, (si, part.start), ext, aliases)
        if claim is not None:
            yield claim
            comp = _permitted_claim(analysis, head, claim, (si, part), nested, ext, aliases)
            if comp is not None:
                yield comp
            role = _appointed_claim(analysis, head, claim, (si, part), ext, aliases)
            if role is not None:
                yield role


def _content_root(head, kind: str):
    """The head of the content clause that the clause headed by ``head`` is, or is a
    conjunct of ("X said it had opened an inquiry *and was taking samples*"), else None."""
    if kind == "content":
        return head
    first = head
    while kind == "conj" and first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "ccomp" and (_introduces_content(first.head) or denies(first.head)):
        return first
    return None


def _denied(head, kind: str) -> bool:
    """Whether the clause headed by ``head`` is the content of a denial ("X denied that
    *Y*", "X rejected claims that *Y*", and a conjunct of such a content): Y is stated
    negated, attributed to X."""
    content = _content_root(head, kind) if kind in ("content", "conj") else None
    if content is None:
        return False
    verb = content_verb(content)
    return _is_verb(verb) and (denies(verb) or _rejected_after(verb))


#: a sentence that rejects what the sentence before it reports ("Some reports have
#: claimed that the gates opened late. *This is not correct.*")
_REJECTION = re.compile(
    r"^(?:this|that|it|which)\s+(?:is|was|is simply|was simply)\s+(?:not\s+(?:correct|true|"
    r"accurate|the case)|(?:false|untrue|incorrect|wrong|inaccurate|nonsense)\b)",
    re.I,
)


def _rejected_after(verb) -> bool:
    """A reporting verb ("claimed", "reported", "suggested") whose sentence the next one
    rejects outright (:data:`_REJECTION`: "This is not correct.", "That is untrue."): the
    article denies the content it reports."""
    if not _introduces_content(verb):
        return False
    sent = verb.sent
    if sent.end >= len(verb.doc):
        return False
    after = verb.doc[sent.end].sent
    return bool(_REJECTION.match(after.text.strip()))


def _sayer_tokens(head, kind: str) -> list:
    """The tokens from the sayer to a content clause whose pronoun subject is the sayer
    ("*Union leaders say* they will meet ..."), so that its text reads alone; else []."""
    if kind != "content":
        return []
    subj = _subject(head)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in PRONOUNS:
        return []
    verb = head.head
    sayer = sayer_antecedent(subj, verb)
    if sayer is None or sayer.i > verb.i or verb.i > head.i:
        return []
    between = head.doc[sayer.right_edge.i + 1 : head.left_edge.i]
    if any(t.i != verb.i and t.head.i == verb.i and t.dep_ not in _LINKS for t in between):
        return []  # "X announced *on Tuesday* that it ...": the span would take the date
    return list(head.doc[sayer.left_edge.i : head.left_edge.i])


#: words between a sayer and its content that add nothing ("X *has* said *that* ...")
_LINKS = frozenset({"aux", "auxpass", "mark", "punct", "neg"})


#: participles that say where a source comes from ("figures published by X")
SOURCE_PARTICIPLES = frozenset("publish release issue compile prepare provide post".split())


def _describes_source(head, kind: str) -> bool:
    """A participle inside an "according to X" phrase that says who made the source
    ("according to figures *published by the water board*"): part of the attribution."""
    if kind not in ("passive", "reduced"):
        return False
    if head.lemma_.lower() not in SOURCE_PARTICIPLES and not is_attribution_verb(head):
        return False
    return any(t.lower_ == "according" for t in head.ancestors)


#: verbs whose object is let do what their to-complement says ("allowed X to do Y")
PERMITTING = frozenset("allow permit authorize authorise let enable empower help".split())


def _permitted_complement(pred):
    """``(complement verb, actor)`` of a permission ("allowed residents to return",
    "authorised police to search", "gave the green light for farmers to sell"), else None.
    The actor is the complement's subject or the permission's object."""
    lemma = lemma_of(pred)
    if lemma not in PERMITTING and FRAMES.get(_lemma_with_light(pred)) != "approve":
        return None
    obj = next((o for o in pred.children if o.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in LIGHT_NOUNS:
        obj = _prep_object_of(obj, "for")  # "gave the go-ahead for X to ..."
    for c in pred.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl") and _is_verb(c) and _to_bare(c):
            actor = _subject(c) or obj
            if actor is not None:
                return c, actor
    return None


def _to_bare(tok) -> bool:
    """A bare or to-infinitive ("to return", "let them *go*")."""
    return tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ != "to" for c in tok.children)


def _permitted_claim(analysis, head, claim, where, nested, ext, aliases) -> Claim | None:
    """What a permission lets happen, as a claim of its own: "the court authorised police
    to search the warehouse" -> search(police, warehouse), modality ``permitted`` (or the
    permission's own pending modality: "will allow"), negated with the permission ("refused
    to allow"), with its attribution. Its span runs from the permitting verb."""
    si, part = where
    if claim.negated or claim.modality not in ("asserted", "hedged"):
        return None  # "refused to allow X to Y", "expected to allow": nothing permitted yet
    if claim.frame != "approve" and claim.predicate not in PERMITTING:
        return None
    pred = predicate_of(head)[0]
    found = _permitted_complement(pred)
    if found is None:
        return None
    comp, actor = found
    toks = [pred] + list(actor.subtree) + _clause_tokens(comp, "permitted", nested)
    toks = [t for t in toks if part.start <= t.i < part.end and t.i >= pred.i]
    out = _make_claim(analysis, comp, "permitted", toks, (si, part.start), ext, aliases)
    if out is None:
        return None
    out.actor_key, out.actor_keys = arg_key(actor, aliases), arg_keys(actor, aliases)
    out.actor, out.actor_label = _phrase(actor), _label(actor, aliases)
    out.modality = "asserted" if _caused(pred) else "permitted"
    out.attribution = out.attribution or claim.attribution
    out.superseded = out.superseded or claim.superseded  # "until now ... reluctant to allow"
    return out


def _caused(pred) -> bool:
    """A past "allowed X to ..." / "let X ..." whose subject is a physical thing or its
    wear, or the noun "cause", not a person, a body or a decision ("a burr on the gate lip
    allowed the ball to lodge", "Probable cause: wear on the lip allowed ...", "the gap let
    water in"): a cause, so what it let happen happened. A permission given by someone
    ("the council allowed residents to return") says only that it may."""
    if pred.tag_ != "VBD" or lemma_of(pred) not in _LETTING:
        return False
    subj = _letting_subject(pred)
    if subj is None or subj.ent_type_:
        return False
    noun = subj.lemma_.lower()
    return noun in _CAUSE_NOUNS or _physical_thing(noun)


def _letting_subject(pred):
    """The common-noun subject of a verb of letting, or a bare verb the parser hung before
    it in the subject's place, a noun it mistook ("*Wear* on the gate lip allowed ..."),
    or None."""
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj if subj.pos_ == "NOUN" else None
    first = next(iter(pred.lefts), None)
    if first is None or first.dep_ not in ("advcl", "csubj") or first.tag_ != "VB":
        return None
    bare = not any(c.dep_ in ("aux", "nsubj", "mark") for c in first.children)
    return first if bare and first.i == first.sent.start else None


#: nouns that name a cause as such ("Probable *cause*: ... allowed the ball to lodge")
_CAUSE_NOUNS = frozenset({"cause", "reason"})


#: verbs of letting something happen (not "gave the go-ahead": a decision)
_LETTING = frozenset({"allow", "let", "enable", "permit"})


@lru_cache(maxsize=2048)
def _physical_thing(noun: str) -> bool:
    """The first WordNet sense of ``noun`` is a physical object, or the wearing down or
    damage of one ("wear on the gate lip", "corrosion"), and none of its first three
    senses is a person or a group ("burr", "seam"; not "regulator", a device and an
    official): WordNet's "physical_entity", "deterioration" (first two senses) or "damage"
    above its first sense."""
    tops = frozenset(
        lexicon.senses("physical_entity", "n")[:1]
        + lexicon.senses("deterioration", "n")[:2]
        + lexicon.senses("damage", "n")[:1]
    )
    people = frozenset(lexicon.senses("person", "n")[:1] + lexicon.senses("social_group", "n")[:1])
    if lexicon.reaches(noun, "n", people, first=3, depth=12):
        return False
    return lexicon.reaches(noun, "n", tops, first=1, depth=14)


def _appointee(pred):
    """The person a verb of appointing gives an office to ("appointed *X* as ...", "*X* was
    named ..."), with the noun of the office, or None."""
    if lemma_of(pred) not in APPOINTING or _as_role(pred) is None:
        return None
    passive = any(c.dep_ == "auxpass" for c in pred.children)
    person = next(
        (c for c in pred.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None
    )
    return person if _person_arg(person) else None


def _appointed_claim(analysis, head, claim, where, ext, aliases) -> Claim | None:
    """The office an appointment gives, as a role claim of its own: "the board appointed
    Ruth Amar as interim chief executive" -> be(Ruth Amar, head|interim), kind
    ``appointed``, with the appointment's modality, polarity and attribution. Its span runs
    from the appointee (or the verb, when the appointee follows it) to the office."""
    si, part = where
    pred = predicate_of(head)[0]
    person = _appointee(pred)
    if person is None:
        return None
    noun, extra = _as_role(pred)
    first = min(person.left_edge.i, pred.i)
    last = max(noun.right_edge.i, person.right_edge.i)
    toks = [t for t in head.doc[first : last + 1] if part.start <= t.i < part.end]
    out = _make_claim(analysis, noun, "appointed", toks, (si, part.start), ext, aliases)
    if out is None:
        return None
    office = _office(noun, extra)
    out.predicate, out.actor, out.actor_label = "become", _phrase(person), _label(person, aliases)
    out.actor_key, out.actor_keys = arg_key(person, aliases), arg_keys(person, aliases)
    _set_office(out, noun, office)
    out.modality, out.negated = claim.modality, claim.negated
    out.attribution = out.attribution or claim.attribution
    out.dangling = False
    return out


def extract_claims(analysis: Analysis, extraction: Extraction | None = None) -> list[Claim]:
    """Every claim of one article, in text order (see the module docstring).

    ``extraction`` (the article's other extractions: quantities and dates) is optional; the
    registry passes the partial extraction built so far."""
    doc = analysis.doc
    bp = article_spans(analysis.article)
    names = article_names(doc)
    out: list[Claim] = []
    for si, sent in enumerate(doc.sents):
        for part in _line_parts(sent):
            if is_boilerplate(bp, part.start_char, part.end_char) or "|" in part.text:
                continue
            part = _after_dateline(part, bp)
            if part is None:
                continue
            for claim in _part_claims(analysis, part, si, extraction, names):
                if not is_boilerplate(bp, claim.start, claim.end):
                    out.append(claim)
    return _dedupe(out)


def _dedupe(claims: Iterable[Claim]) -> list[Claim]:
    seen: set[tuple[int, int]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, -c.end, c.kind != "main")):
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        out.append(c)
    return out


def sentence_spans(doc) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of each sentence of ``doc``, in order (the rows of the
    article's stored sentence vectors)."""
    return [(s.start_char, s.end_char) for s in doc.sents]


#: share of its sentence's characters a claim covers to take the sentence's vector
WHOLE_SENTENCE_SHARE = 0.85


def is_whole_sentence(claim: Claim, spans: list[tuple[int, int]]) -> bool:
    """Whether ``claim`` is its sentence, or nearly: the sentence without its attribution
    ("according to X", "X said") and a short tail (at most 1 - :data:`WHOLE_SENTENCE_SHARE`
    of its characters). Its vector is then the sentence's own: ingest embeds a text less."""
    if not 0 <= claim.sentence < len(spans):
        return False
    s, e = spans[claim.sentence]
    if not (s <= claim.start and claim.end <= e):
        return False
    left_out = (e - s) - (claim.end - claim.start)
    allowed = (1 - WHOLE_SENTENCE_SHARE) * (e - s)
    if claim.attribution:  # "..., according to the union." / "..., officials said."
        allowed += len(claim.attribution) + len(", according to .")
    return left_out <= allowed


def unit_texts(analysis: Analysis, extraction: Extraction) -> list[str]:
    """The claim texts the section builders embed (registered in ``brief.UNIT_TEXTS`` so
    ingest embeds them ahead): every claim that is not a whole sentence (a whole sentence
    has its sentence vector already)."""
    spans = sentence_spans(analysis.doc)
    return [c.text for c in extraction.claims if not is_whole_sentence(c, spans)]
