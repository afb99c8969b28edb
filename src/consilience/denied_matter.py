"""Denied matter: one clause denies a word another clause of the same matter asserts.

    polar_words(analysis, claim) -> [Polar, ...]    # each content word of the clause, signed
    denial_pairs(pa, pb) -> [(denied, asserted), ...]  # pivots of one clause pair

Where :mod:`consilience.event_states` and :mod:`consilience.act_readings` compare two
*predicates* with their arguments, this reads every content word of a clause (verb, noun,
adjective) with the polarity the parse gives it, and pairs a word one clause denies with
a word another clause asserts when the two words are one concept:

- **what a clause denies** (:func:`polar_words`): a verb with a negation ("will *not* be
  paying back", "has *never* met"), or its manner adverb when it has one after it ("did
  not agree *unanimously*": the manner is denied, read as its adjective, and the act is
  neither asserted nor denied), or put off by "has yet to", "still has to", "is still to"
  or a denial verb
  (:data:`DENIAL_VERBS`: "refused *to resign*", "ruled out *a strike*"); a noun under
  "no" / "none of" / "not any", with what it is of ("*no* trace of a pot": trace, pot;
  "has not received *any* offer of support": offer, support), and the act whose subject
  or object it is ("*no* successor has been named": named); a preposition's object under
  a negation ("*not* among the fruit") or the object of "without" ("sailed on *without
  stopping*", "arrested *without a warrant*"); the matter of a "whether" clause a denied verb
  governs ("has yet to rule on *whether the find is treasure*": treasure, undecided);
  the complement of a decision or promise ("decided *not to seek* a review", "decided
  *against a court challenge*": denied, to come); of a denied light verb, where it goes
  or what it takes ("would not go *to court*"); a "without" over only one part of a
  stretch ("the last 10 km") denies nothing of the rest, nor does one hung on a noun,
  which picks a set ("the number of homes *without water*"), and a statement's content
  is a statement whatever aim governs its verb of stating ("relieved to confirm that
  there were *no* injuries"); a noun naming what people do ("*train* drivers") or a thing
  called off ("1,450 trains will be *cancelled*") is not asserted; a negation the parser
  hangs on an auxiliary ("has not yet *been* reviewed") denies its verb; the content of
  a denied word ("saw *nothing* to suggest ...") is not asserted, and that of a denied
  noun of evidence (:func:`_shown_matter`: "*no sign* that the fire had been set
  *deliberately*", "*no indication* that hackers were *involved*") has its act, or that
  act's manner, denied; nor is the object of a privative verb (a WordNet antonym of
  have / keep: "*lost* electricity", as "without electricity" says) or a word of a
  proper name ("the Liberal *Party*"); an act stated as expected ("is *likely* to
  pay") is asserted only against a denial of it to come;
- **denials in other words**: the object of a predicative privative adjective ("the
  pier was dry and *free of* ice", :data:`ABSENCE_ADJECTIVES`; denied only of what lacks
  it, which the asserting clause must name), the object of a verb of giving up ("will
  *forgo* her bonus", :func:`renouncing`) and what a verb of expecting expects none of
  ("we *expect no* job losses", :func:`_predicted`), the last two as to come; a noun
  said to be bound to come ("job losses were now *inevitable*",
  :func:`to_come_adjective`) is stated as expected;
- **one concept** (:func:`same_concept`): one lemma, WordNet synonyms among the first
  senses ("repay" / "pay back"), a noun and its verb ("offer" / "offered"), two verbs of
  challenging over one thing ("not *contest* the fine" / "*appeal against* the fine",
  :func:`challenging`), or the asserted word a kind of the denied one (a denial of a class denies each kind: "not
  among the fruit" / "inside boxes of bananas"; never the reverse).

A negation bounded by "until" ("will not arrive *until* 2030") or of a repeat ("never
beat him *again*") denies nothing of the act. Words that say nothing of the matter are
never pivots: reporting verbs (:data:`consilience.cues.ATTRIBUTION_VERBS`) that report (a
clause, or no noun they act on: "the discovery has been *confirmed* by the centre" is an
act), auxiliaries and light verbs
(:data:`LIGHT`), pronouns and numbers. The caller (:mod:`consilience.statements`) asks
that the two clauses share their matter and moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .act_relations import ceases
from .claims import RAISING, advice, limiting, never_phrase, own_degree
from .class_denials import kinds
from .cues import ATTRIBUTION_VERBS, LIGHT_VERBS, SOURCE_VERBS
from .entity_types import PRONOUN_SEX
from .event_states import AMOUNT_VERBS, aux_words, requested, time_to_come
from .figure_ages import sex_of
from .line_denials import time_noun
from .meta_lines import habitual
from .noun_branches import first_sense_kind_of, kind_of
from .opposite_words import bearer, bearer_count, first_heads
from .org_kinds import is_a as org_is_a

#: verbs whose complement or object they deny ("refused to resign", "ruled out a strike")
DENIAL_VERBS = frozenset("refuse decline deny rule_out fail reject_claim".split())
#: verbs that say nothing of the matter (:data:`consilience.cues.LIGHT_VERBS`)
LIGHT = LIGHT_VERBS
#: verbs whose infinitive complement, with "yet" or "still", is not done yet ("has *yet*
#: to rule", "*still* has to be confirmed", "*still* needs to be signed", "is *still* to be
#: named", "*still* remains to be proved")
PENDING_VERBS = frozenset("have need be remain".split())
#: verbs of having or coming to have: denied, they deny their object ("received no offer")
HOLDING = frozenset("receive see show hold obtain".split())
_NEG_DETS = frozenset({"no", "none", "neither"})
#: subjects that deny their verb ("nobody was hurt")
_NEG_SUBJECTS = frozenset({"nobody", "nothing", "none", "neither", "noone"})
#: the arguments of a verb: what a denied verb's clause names is not asserted by it
_ARGS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp", "prep", "pobj", "conj", "appos",
     "agent", "compound", "amod"}
)  # fmt: skip
#: determiners and modifiers of a noun that make it another instance than the one stated
#: ("ruled out *another* increase" says nothing of today's increase)
_OTHER = frozenset("another further other more new second next fresh additional".split())
#: dependencies of a verb used as a noun ("*paying* only paints a target"): no clause
_NOMINAL = frozenset({"csubj", "nsubj", "nsubjpass", "dobj", "pobj", "amod", "compound"})
_CONDITIONS = frozenset({"if", "unless"})
_POS = {"VERB": "v", "NOUN": "n", "ADJ": "a", "PROPN": "n"}
_PARTICLES = frozenset({"back", "out", "off", "up", "down", "over"})


@dataclass(frozen=True)
class Polar:
    """One content word of a clause: its doc ``token`` index, ``lemma`` (a particle
    verb joined, "pay_back"), WordNet ``pos`` ("v", "n", "a") and ``sign`` (+1 asserted,
    -1 denied or undecided); ``quals``: lemmas of the nouns its prepositions govern
    ("guilty *of fraud*", "guilty *on five counts*"), which narrow what it says; ``theme``:
    of a verb, the head lemma of the common noun it acts on ("affected *customers*"), or
    "" (none, a name or a pronoun); ``modifier``: a noun modifying another ("*silver*
    coins"); ``prospective``: denied by a decision about what is to come ("refused to",
    "ruled out", "has yet to"), not by a report of what is or was; ``bearer``: head lemmas
    of what the word is said of (:func:`consilience.opposite_words.bearer`), ``count`` the
    number it is counted with; ``expected``: an act stated only as expected ("is likely
    to pay", :func:`_expectation`), a side only against a denial of what is to come;
    ``renounced``: the object of a verb of giving up ("will forgo her *bonus*"), denied
    only against a clause that has or gets it (:func:`getting`); ``lacking``: of a noun
    denied by a privative adjective ("the runway was *free of*
    snow"), the head lemmas of what lacks it (runway), which a clause asserting the noun
    must name to deny it; ``withdrawn``: the event a doer withdraws from ("has
    *withdrawn from* Sunday's final"), denied only against a clause that takes part in
    it, not one that has it for its subject (:func:`withdrawing`); ``subject``: the word
    is its verb's subject; ``definite``: of a verb, its theme is one singular thing picked
    by "the", "this", "that" or a possessive ("contest *the red card*", "appeal against
    *its* ruling": :func:`_definite_theme`), a referent rather than a class;
    ``theme_sex``: of a verb that acts on "him" or "her", that person's sex;
    ``narrowed``: of a noun, the past participles that modify it ("no *approved*
    treatment"): a denial of the narrower class denies no assertion of the noun that
    lacks them ("12 patients were treated", "the union has 1,600 members")."""

    token: int
    lemma: str
    pos: str
    sign: int
    quals: frozenset[str] = frozenset()
    theme: str = ""
    modifier: bool = False
    prospective: bool = False
    theme_mods: frozenset[str] = frozenset()
    bearer: frozenset[str] = frozenset()
    count: str = ""
    expected: bool = False
    lacking: frozenset[str] = frozenset()
    renounced: bool = False
    withdrawn: bool = False
    subject: bool = False
    definite: bool = False
    theme_sex: str | None = None
    narrowed: frozenset[str] = frozenset()


def polar_words(analysis, claim) -> list[Polar]:
    """The signed content words of ``claim``'s clause (module doc), in text order."""
    doc = analysis.doc
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    advised = {x.i for v in span if advice(v) for x in v.subtree}
    denied, ahead = _denied_tokens(span)
    out = []
    for t in span:
        if t.i in advised:
            continue  # "1. Never buy a puppy without seeing it": the reader is told what to do
        if t.i in denied and _report_of(t):
            continue  # "found no report of any other death": the death is the matter
        if time_to_come(t):
            continue  # "send us a report each quarter until the lido reopens": not yet
        if t.i in denied and requested(t):
            continue  # "asked members not to move the bait stations": a request, no denial
        pos = _POS.get(t.pos_) or ("a" if _adverb_word(t) else None)
        if pos is None or t.like_num or t.is_stop or not t.is_alpha or _conditional(t):
            continue
        if (
            t.i not in denied
            and not _left_open(t)
            and (_under_denied(t, denied) or _denied_content(t, denied))
        ):
            continue  # "card details were not affected": the details are not asserted
        expected = (
            (pos == "v" and _irrealis(t) and _expectation(t.head))
            or (pos == "n" and _bound_to_come(t))
            or _left_open(t)
        )
        if pos == "v" and t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "of":
            continue  # "the habit of voting, or of not voting": an act named, neither side
        if pos == "v" and t.i not in denied and (t.dep_ in _NOMINAL or _irrealis(t)):
            if not expected:
                continue  # a gerund naming an act, or an act asked, wanted, planned: not stated
        if pos == "n" and any(c.lower_ in _OTHER for c in t.children if c.dep_ in ("det", "amod")):
            continue  # "another increase": not the one another clause states
        if t.i not in denied and _any(t):
            continue  # "(denied that) any radioactivity had escaped": asserts nothing
        if t.i not in denied and (_set_picked(t) or _role_word(t) or _called_off(t)
                                  or _lost(t) or _name_part(t)):  # fmt: skip
            continue  # "homes without water", "train drivers", "trains were cancelled"
        if pos == "n" and _when(t):
            continue  # "can't give them back *that evening*": when, not what is denied
        if pos == "v" and t.i not in denied and _negated(t) and _again(t):
            continue  # "was not closed again": the first closing is untold, not stated
        if pos == "v" and t.i not in denied and manner_adverb(t) is not None and _negated(t):
            continue  # "did not agree unanimously": the manner is denied, the act untold
        if pos == "v" and likeness_only(t):
            continue  # "had never seen anything like it": surprise, no act of seeing
        if (pos == "v" and _compound_part(t)) or _word_start(t):
            continue  # "not self-employed contractors": a kind of contractor, no act
        if pos == "n" and t.i not in denied and t.dep_ == "poss":
            continue  # "the production's own contractor": an owner named, no act done
        if pos == "n" and t.i not in denied and _topic_modifier(t):
            continue  # "the fire alarm went off", "an emergency alert": no fire, no emergency
        if pos == "n" and t.i not in denied and _setting(t):
            continue  # "at their meeting on 4 July, the trustees agreed": where, not what
        if pos == "n" and t.i not in denied and _kind_named(t):
            continue  # "the grounds of appeal are set out": no appeal made
        if t.i not in denied and habitual(_governing_verb(t)):
            continue  # "maerl grows a millimetre a year": a kind's habit, no event
        lemma = _lemma(t, pos)
        if pos == "v" and (lemma in LIGHT or lemma in DENIAL_VERBS or _reporting(t, lemma)):
            continue
        sign = -1 if t.i in denied else 1
        theme, mods = _theme(t) if pos == "v" else ("", frozenset())
        if pos == "v" and not theme and challenging(lemma):
            theme, mods = _challenged(t)
        modifier = t.dep_ in ("compound", "amod", "nmod")
        quals = _qualifiers(t)
        out.append(
            Polar(
                t.i,
                lemma,
                pos,
                sign,
                quals,
                theme,
                modifier,
                t.i in ahead,
                mods,
                bearer(t),
                bearer_count(t),
                expected,
                _lacking(t) if t.i in denied else frozenset(),
                t.i in denied and _renounced(t),
                t.i in denied and _withdrawn_from(t),
                _in_subject(t),
                pos == "v" and bool(theme) and _definite_theme(t),
                _object_sex(t) if pos == "v" else None,
                _participles(t) if pos == "n" else frozenset(),
            )
        )
    return out


#: nouns of the means, rules or chances of an act, which name the act's kind without
#: saying it was done ("the *grounds* of appeal", "a *right* of reply", "the *deadline* for
#: objections")
FRAME_NOUNS = frozenset(
    "ground grounds right rights route form procedure process deadline window period rule "
    "rules regulation regulations guidance possibility option chance risk threat means".split()
)


def _governing_verb(t):
    """``t`` when a verb, else the nearest verb above it in the parse (at most four steps
    up: "forms a rubble of tiny *branches*": forms), else ``t``."""
    tok = t
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _kind_named(noun) -> bool:
    """Noun ``noun`` names a kind of act after "of"/"for" on a frame noun
    (:data:`FRAME_NOUNS`), with no determiner: "the grounds of appeal are set out", "a
    deadline for objections" tell of no appeal or objection made ("the grounds of *the*
    appeal" speak of one)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "NOUN":
        return False
    if prep.head.lemma_.lower() not in FRAME_NOUNS and prep.head.lower_ not in FRAME_NOUNS:
        return False
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


#: head nouns of a message, signal or rehearsal about the noun before them: "the fire
#: alarm", "an emergency alert", "a flood warning", "a bomb scare", "a fire drill" tell of
#: an alarm or a warning, not that the fire, emergency or flood happened ("water supplies",
#: "strike action" do tell of water and a strike: those heads are not here)
TOPIC_HEADS = frozenset(
    "alarm alert warning notice siren drill exercise scare threat risk message signal "
    "advisory watch hoax rumour rumor simulation rehearsal".split()
    # who or what stands ready for it: "*emergency* services", "*fire* crews", "a *rescue*
    # team", "the *emergency* number" state no emergency, fire or rescue
    + "service crew team brigade squad unit department number hotline plan procedure".split()
)


def _topic_modifier(t) -> bool:
    """Noun ``t`` is a compound before a head of :data:`TOPIC_HEADS` ("the *fire* alarm",
    "an *emergency* alert", "a *flood* warning", "*emergency* services"): the phrase states
    the alarm, or who stands ready, not the fire."""
    head = t.head
    return t.dep_ == "compound" and head.i != t.i and head.lemma_.lower() in TOPIC_HEADS


def _compound_part(t) -> bool:
    """``t`` is the participle ending a hyphenated modifier ("self-employed",
    "state-owned", "long-awaited"): the word names a kind of its noun, not an act done."""
    if t.i < 2 or t.dep_ not in ("amod", "compound") or t.tag_ not in ("VBN", "VBG"):
        return False
    hyphen = t.doc[t.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not t.doc[t.i - 2].whitespace_


def _word_start(t) -> bool:
    """``t`` begins a hyphenated word that the parser split ("the *weigh*-off", "a
    *call*-out"): part of a word, which names something else than ``t`` alone (a contest,
    not an act of weighing)."""
    if t.whitespace_ or t.i + 2 >= len(t.doc):
        return False
    hyphen = t.doc[t.i + 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and t.doc[t.i + 2].is_alpha


def _participles(noun) -> frozenset[str]:
    """Lemmas of the past participles that modify ``noun`` ("no *approved* treatment",
    "no *recognised* union"): they pick a narrower class than the bare noun."""
    return frozenset(
        c.lemma_.lower() for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN"
    )


def _in_subject(t) -> bool:
    """``t`` is a subject or a modifier of one ("the *pay* talks went on")."""
    head = t.head if t.dep_ in ("compound", "amod", "nmod") else t
    return head.dep_ in ("nsubj", "nsubjpass")


def _lacking(t) -> frozenset[str]:
    """What lacks noun ``t`` when a privative adjective denies it ("the runway was free
    of *snow*" -> {"runway"}, :func:`_absence_of`) or a clause of having says its haver
    has none (:func:`_haver`), else empty."""
    prep = t.head
    if not (t.dep_ == "pobj" and _absence_of(prep)):
        return _haver(t)
    adj = prep.head
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ":
        adj = adj.head  # "dry and free of ice": what is dry
    return bearer(adj)


def _haver(t) -> frozenset[str]:
    """Head lemmas of what is said to have none of noun ``t`` (or of the noun it is
    joined to): the subject of "have" ("26,000 properties had *no water*" -> {"property"})
    or what "without" is said of ("left 18,000 homes *without water*" -> {"home"},
    "customers who went *without* water" -> {"customer"}); empty when none is named.
    Such a denial is of the haver only: "the main carried treated *water*" or "a *water*
    main burst" says nothing of what the homes had."""
    while t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    if t.dep_ == "dobj" and t.head.lemma_ == "have":
        return bearer(t)
    if t.dep_ == "pobj" and t.head.lower_ == "without" and t.head.dep_ == "prep":
        return bearer(t)
    return frozenset()


#: indefinite pronouns that, with "like" after them, name a kind, not a thing
_INDEFINITES = frozenset({"anything", "nothing", "something"})


def likeness_only(verb) -> bool:
    """``verb``'s object is an indefinite pronoun compared by "like" ("had never *seen*
    anything like it", "has *experienced* nothing like this"): it tells how unusual
    something was -- no act on a thing another clause could state or deny."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in _INDEFINITES
        and any(p.dep_ == "prep" and p.lower_ == "like" for p in c.children)
        for c in verb.children
    )


#: verbs of excluding a course: negated, they leave it open ("has *not ruled out* a
#: legal challenge")
OPENING = frozenset({"rule_out", "exclude"})


def _left_open(t) -> bool:
    """``t`` is the object or complement of a negated verb of excluding (:data:`OPENING`:
    "has not ruled out *a legal challenge*", "did not rule out *resigning*"): the course is
    stated as possible to come, a side only against a denial of it to come ("will not
    challenge the result")."""
    gov = t.head
    if t.dep_ not in ("dobj", "xcomp", "ccomp") or gov.pos_ != "VERB":
        return False
    return _joined(gov) in OPENING and _negated(gov)


def _expectation(gov) -> bool:
    """``gov`` says its infinitive complement is expected ("is *likely* to pay", "are
    *expected* to support"; :data:`consilience.claims.RAISING` of modality "expected"),
    not negated: the act is stated to come, which a denial of it to come disputes."""
    lemma = gov.lemma_.lower()
    return (RAISING.get(lemma) == "expected" or lemma in _PLANNING) and not _negated(gov)


#: verbs of a plan a body has for what it will do ("the council *plans* to sell the
#: buildings"), which a statement that it will not do so disputes; wishes and aims
#: ("wants", "hopes", "seeks") tell no course
_PLANNING = frozenset({"plan", "intend"})


#: WordNet verbs of giving up what one has a claim to, by their first sense: relinquish
#: ("do without or cease to hold"), forfeit and waive
RENOUNCING_ANCHORS = ("relinquish", "forfeit", "waive")


@lru_cache(maxsize=4096)
def renouncing(verb: str) -> bool:
    """``verb``'s first WordNet sense is, or is a kind of (one step), one of
    :data:`RENOUNCING_ANCHORS`' first senses: forgo, waive, relinquish, forfeit, give
    up. Its object is denied to the doer, as a decision about what is to come ("will
    *forgo* her bonus" against "will still receive her bonus")."""
    anchors = frozenset(lexicon.senses(w, "v")[0] for w in RENOUNCING_ANCHORS)
    return lexicon.reaches(verb, "v", anchors, 1, 2)


#: WordNet senses of ceasing to take part, as (word, sense number): withdraw "from
#: active participation", bow out, pull out / back out as backing down, drop out
#: "give up in the face of defeat or lacking hope", opt out
WITHDRAWING_SENSES = (("withdraw", 2), ("bow_out", 1), ("bow_out", 2), ("back_out", 2),
                      ("drop_out", 1), ("opt_out", 1))  # fmt: skip
_FROM = frozenset({"from", "of"})


@lru_cache(maxsize=4096)
def withdrawing(verb: str) -> bool:
    """``verb`` is, in one of its first four WordNet senses, one of
    :data:`WITHDRAWING_SENSES` or a kind of one (one step): withdraw, pull out, drop
    out, bow out, back out, opt out. Used without an object of its own, what it leaves
    ("withdrew *from the final*", "pulled out *of the deal*") is denied to the doer as a
    decision about what is to come."""
    anchors = frozenset(
        lexicon.senses(w, "v")[n - 1]
        for w, n in WITHDRAWING_SENSES
        if len(lexicon.senses(w, "v")) >= n
    )
    return lexicon.reaches(verb, "v", anchors, 4, 2)


def _left_event(verb) -> set[int]:
    """What an intransitive verb of withdrawing leaves: the common nouns of the phrase
    after its "from" / "(out) of", read in text order up to the next preposition, verb,
    conjunction or punctuation (the parse of "from Sunday's 200m butterfly" is often
    broken), a final adjective taken for its noun ("the cup *final*"); nothing when the
    verb has an object ("withdrew troops from the region" moves troops), in the passive
    too ("11 children have been withdrawn from the nursery")."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return set()
    doc = verb.doc
    at = next(
        (k for k in range(verb.i + 1, min(verb.i + 3, len(doc))) if doc[k].lower_ in _FROM), None
    )
    if at is None:
        return set()
    window = []
    for t in doc[at + 1 : at + 8]:
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "CCONJ", "SCONJ") or t.lower_ == "to":
            break
        window.append(t)
    out = {t.i for t in window if t.pos_ == "NOUN"}
    if window and window[-1].pos_ == "ADJ":
        out.add(window[-1].i)
    if window and _physical(window[-1].lemma_.lower()):
        return set()  # "bats dropping out of the roof": a way out of a place, no part quit
    return out


def _physical(noun: str) -> bool:
    """``noun`` names only a made thing, no event, group or idea ("roof", "window"): one
    moves out of it, one does not withdraw from it."""
    if not kind_of(noun, "artifact"):
        return False
    return not any(kind_of(noun, r) for r in ("event", "group", "psychological_feature"))


def _withdrawn_from(t) -> bool:
    """``t`` is what an asserted verb of withdrawing before it leaves (:func:`_left_event`)."""
    for verb in t.doc[max(0, t.i - 9) : t.i]:
        if verb.pos_ == "VERB" and not _negated(verb) and withdrawing(_lemma(verb, "v")):
            if t.i in _left_event(verb):
                return True
    return False


def _renounced(t) -> bool:
    """``t`` is the object of an asserted verb of giving up (:func:`renouncing`)."""
    return t.dep_ == "dobj" and not _negated(t.head) and renouncing(_joined(t.head))


@lru_cache(maxsize=4096)
def getting(verb: str) -> bool:
    """``verb`` is one of :data:`HAVING`, get, or a kind of them (two hypernym steps from
    its first two WordNet senses: receive, keep, earn): what one gives up is
    denied against a clause that has or gets it, not against one that pays it or owes it."""
    anchors = frozenset(o for w in (*HAVING, "get") for o in lexicon.senses(w, "v")[:1])
    return verb in (*HAVING, "get") or lexicon.reaches(verb, "v", anchors, 2, 2)


def _predicted(t) -> bool:
    """Denied word ``t`` is the object of a verb of expecting ("we *expect* no job
    losses": :data:`consilience.claims.RAISING` of modality "expected"): a prediction
    that it will not come, not a report that it has not."""
    verb = t.head if t.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.pos_ == "VERB" and _expectation(verb)


#: adjectives whose first WordNet sense, or one its first sense is similar to, says a
#: thing is bound to come ("inevitable", "unavoidable", "likely", "probable", "imminent")
BOUND_TO_COME = ("inevitable", "likely", "probable", "imminent")


@lru_cache(maxsize=4096)
def to_come_adjective(lemma: str) -> bool:
    """``lemma`` is an adjective of :data:`BOUND_TO_COME` or similar to one in WordNet."""
    return any(lemma == a or lemma in first_heads(a, "a") for a in BOUND_TO_COME)


def _bound_to_come(noun) -> bool:
    """Noun ``noun`` is the subject of a copula whose complement says it is bound to come
    ("job losses *were now inevitable*", "a strike *looks likely*"): stated as expected,
    a side only against a denial of it to come."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("AUX", "VERB"):
        return False
    comps = [c for c in noun.head.children if c.dep_ in ("acomp", "oprd")]
    return any(to_come_adjective(c.lemma_.lower()) for c in comps) and not _negated(noun.head)


def _irrealis(verb) -> bool:
    """An infinitive complement ("asked her *to step down*", "wants *to sell*", "a decision
    *to sell*"), or the complement of one ("urged the union to let its members *vote*"): an act not stated as
    done; so is an infinitive joined to another ("to order a replay ... or to *let* the
    result stand") or taken for a clause by the parser."""
    if verb.dep_ in ("xcomp", "ccomp", "conj", "acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return True  # "no decision had been taken *to sell*": the sale is not stated
    if verb.dep_ == "ccomp" and _finite(verb) and _stating(verb.head):
        return False  # "wishes to make clear *that it has not admitted* a breach": stated
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i and _irrealis(verb.head)


def _stating(verb) -> bool:
    """Whether ``verb`` states its content clause: a verb of saying or of a source
    (:data:`consilience.cues.SOURCE_VERBS`, :data:`consilience.cues.ATTRIBUTION_VERBS`) or
    "make clear" ("wishes to *make clear* that ..."); not "check that", "ensure that"."""
    lemma = verb.lemma_.lower()
    if lemma in SOURCE_VERBS or lemma in ATTRIBUTION_VERBS:
        return True
    return lemma == "make" and any(c.lemma_.lower() == "clear" for c in verb.children)


def _finite(verb) -> bool:
    """Whether ``verb`` heads a finite clause with a subject of its own: a tensed verb or
    a tensed auxiliary ("that it *has* not admitted", "the club *broke* the rules")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    tensed = ("VBD", "VBZ", "VBP", "MD")
    return verb.tag_ in tensed or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in tensed for c in verb.children
    )


def _any(t) -> bool:
    """A noun under "any", or a verb whose subject is one: a negative-polarity context
    (a question, a denial outside the clause)."""
    nouns = [t] if t.pos_ in ("NOUN", "PROPN") else [c for c in t.children if "subj" in c.dep_]
    return any(d.dep_ == "det" and d.lower_ == "any" for n in nouns for d in n.children)


def _theme(verb) -> tuple[str, frozenset[str]]:
    """Head lemma of the common noun ``verb`` acts on (object, passive subject), through
    a counted or partitive "of" ("2.5 million *of* customers" -> customer, "part *of*
    their stakes" -> stake, :func:`partitive_noun`), with its compound and
    adjective lemmas; ("", {}) when none."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            noun = c
            if noun.pos_ == "NUM" or noun.like_num or partitive_noun(noun.lemma_.lower()):
                noun = next(
                    (o for p in noun.children if p.lower_ == "of" for o in p.children), noun
                )
            if noun.pos_ != "NOUN":
                return "", frozenset()
            mods = frozenset(
                m.lemma_.lower() for m in noun.children if m.dep_ in ("compound", "amod")
            )
            return noun.lemma_.lower(), mods
    return "", frozenset()


#: determiners that pick one known thing
_DEFINITE = frozenset({"the", "this", "that"})


def _definite_theme(verb) -> bool:
    """The noun ``verb`` acts on (its object or passive subject, or what a verb of
    challenging goes "against") is singular and picked by a definite determiner or a
    possessive ("the red card", "its ruling"); a bare plural, a number or "any" name a
    class."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
              for n in p.children if n.dep_ == "pobj"]  # fmt: skip
    for noun in nouns[:1]:
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return False
        return any(
            (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children
        )
    return False


def _challenged(verb) -> tuple[str, frozenset[str]]:
    """What a verb of challenging (:func:`challenging`) with no object goes against
    ("will appeal *against* the ban" -> ban), as :func:`_theme` gives it; ("", {})
    when none."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "against":
            for noun in p.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                    mods = frozenset(
                        m.lemma_.lower() for m in noun.children if m.dep_ in ("compound", "amod")
                    )
                    return noun.lemma_.lower(), mods
    return "", frozenset()


#: WordNet nouns of a part or an amount of something
PARTS = frozenset("part portion fraction amount proportion".split())


@lru_cache(maxsize=4096)
def partitive_noun(noun: str) -> bool:
    """``noun`` names a part or amount of what its "of" governs ("*part* of their
    stakes", "*half* of the shares", "the *bulk* of the fleet"): one of :data:`PARTS`,
    a synonym of one in its first sense or a kind of one (WordNet, three steps)."""
    near = lexicon.synonyms(noun, "n", 1) | kinds(noun, "n", 3, 1)
    return noun in PARTS or bool(PARTS & near)


def _qualifiers(t) -> frozenset[str]:
    """Lemmas of the nouns ``t``'s prepositions and passive agent govern, compounds
    included ("not caused *by sabotage*"); of a complement ("found her *guilty* on five
    counts"), its verb's too -- an adjective the parser hangs as a clause of its own
    ("found [her guilty] on five counts") included."""
    small_clause = t.dep_ == "ccomp" and t.pos_ == "ADJ"
    complement = t.dep_ in ("acomp", "oprd", "attr", "xcomp") or small_clause
    holders = [t, t.head] if complement else [t]
    return frozenset(
        w.lemma_.lower()
        for h in holders
        for p in h.children
        if p.dep_ in ("prep", "agent") and not never_phrase(p)
        for o in p.children
        if o.dep_ == "pobj"
        for w in o.subtree
        if w.pos_ in ("NOUN", "PROPN")
    )


def _conditional(t) -> bool:
    """``t`` is in an "if" / "unless" clause, or is a verb such a clause conditions ("if
    the board makes an offer, *we will listen*"), or in a verbless "no X, no Y" ("No
    boats, no customers": if there are no boats, there are no customers)."""
    if _no_x_no_y(t.sent):
        return True
    for x in [t, *t.ancestors]:
        if any(c.dep_ == "mark" and _condition_mark(c) for c in x.children):
            return True
        if x.dep_ in ("relcl", "ccomp", "xcomp") or x.dep_ == "ROOT":
            break
    return any(
        c.dep_ == "advcl" and any(_condition_mark(m) for m in c.children if m.dep_ == "mark")
        for c in t.children
    )


def _no_x_no_y(sent) -> bool:
    """``sent`` is verbless, a noun with "no" joined to another noun with "no" ("No boats,
    no customers.", "No deal, no strike"): a condition and what follows from it, neither
    stated as a fact."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False

    def no(tok) -> bool:
        return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)

    return no(root) and any(no(c) for c in root.children if c.dep_ in ("appos", "conj"))


def _setting(noun) -> bool:
    """``noun`` is an occasion (an event or a gathering, :data:`_OCCASIONS`) that "at"
    places another act at ("*at their meeting* on 4 July our trustees agreed to offer
    ..."): the occasion of the act the clause states, not a matter it asserts. A place
    ("photographed *at its printers*") is the matter."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return org_is_a(noun.lemma_.lower(), _OCCASIONS, first=2)  # not "photographed at its printers"


#: WordNet classes of an occasion an act is done at ("at their meeting", "at the hearing")
_OCCASIONS = frozenset({"event", "gathering"})


def _condition_mark(mark) -> bool:
    """Whether ``mark`` opens a condition: "if", "unless", or "once" before a clause in the
    present ("*once* these buildings are sold, they are gone": whenever that happens; not
    "once the fire was out, crews left", a past event)."""
    if mark.lower_ in _CONDITIONS:
        return True
    verb = mark.head
    tenses = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return mark.lower_ == "once" and bool(tenses & {"VBZ", "VBP"}) and not tenses & {"VBD"}


def _under_denied(t, denied: set[int]) -> bool:
    """``t`` is an argument of a denied verb, through prepositions ("details were not
    affected", "was not found in the vault")."""
    x = t
    if t.pos_ in ("VERB", "AUX"):
        return False  # a verb has its own polarity ("did not resign and *remains*")
    while x.dep_ in _ARGS and x.head is not x:
        x = x.head
        if x.dep_ in ("aux", "auxpass"):
            x = x.head  # the subject hung on the auxiliary ("the result has not *been* ...")
        if x.i in denied and x.pos_ in ("VERB", "AUX"):
            return True
        if x.pos_ in ("VERB", "AUX"):
            return False
    return False


#: dependencies of a clause that says what a word is of ("no sign *that it was hacked*",
#: "nothing *to suggest* ...")
_CONTENT = frozenset({"acl", "ccomp", "relcl"})


def _denied_content(t, denied: set[int]) -> bool:
    """``t`` is inside a clause that gives the content of a denied word, at any depth
    ("has *no indication* that hackers were involved", "had seen *nothing* to suggest
    hackers were responsible", "did *not say* it was sabotage"): what the clause says is
    not asserted (the denial says only that nothing shows it)."""
    x, inside = t, False
    while x.head.i != x.i:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in x.children):
            return False  # "has yet to decide whether the goal is valid": :func:`_whether_matter`
        inside = inside or (x.dep_ in _CONTENT and x.pos_ in ("VERB", "AUX"))
        x = x.head
        if inside and x.i in denied:
            return True
    return False


def manner_adverb(verb):
    """The manner adverb after ``verb`` (an "-ly" adverb WordNet derives from an
    adjective, :func:`adverb_adjective`: "did not agree *unanimously*", "was not
    *seriously* injured" is before it and is a degree), or None. A negation of a verb with
    one denies the manner, not the act: the judges who "did not agree unanimously" agreed
    by a majority."""
    return next(
        (c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i and adverb_adjective(c)),
        None,
    )


def _reporting(verb, lemma: str) -> bool:
    """A verb of :data:`consilience.cues.ATTRIBUTION_VERBS` used to report: with a clause
    it reports ("confirmed *that* ...") or no noun it acts on. With only a noun ("the
    discovery has been *confirmed* by the centre", "*announced* a recall") it is an act
    like any other, which another clause may deny ("still has to be confirmed")."""
    if lemma not in ATTRIBUTION_VERBS:
        return False
    kids = {c.dep_ for c in verb.children}
    return bool(kids & {"ccomp", "parataxis"}) or not kids & {"dobj", "nsubjpass", "auxpass"}


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in [*verb.children, *aux_words(verb)])


def _adverb_word(t) -> bool:
    """``t`` is an "-ly" adverb of a verb read as its adjective (:func:`adverb_adjective`:
    "reached the decision *unanimously*" says the decision was unanimous); of a negated
    verb only its manner adverb, which the negation denies ("was not *seriously* hurt"
    asserts no seriousness)."""
    if t.dep_ != "advmod" or t.head.pos_ not in ("VERB", "AUX") or not adverb_adjective(t):
        return False
    if not _negated(t.head):
        return True
    manner = manner_adverb(t.head)
    return manner is not None and manner.i == t.i


def adverb_adjective(t) -> str:
    """The adjective an "-ly" adverb is made from ("unanimously" -> "unanimous",
    "happily" -> "happy", "publicly" -> "public"), as WordNet knows it, or ""."""
    word = t.lower_
    if t.pos_ != "ADV" or not word.endswith("ly") or len(word) < 6:
        return ""
    stem = word[:-2]
    for cand in (
        stem,
        stem[:-1] + "y" if stem.endswith("i") else "",
        stem[:-2] if stem.endswith("al") and word.endswith("ically") else "",
        stem + "le",
    ):
        if cand and lexicon.senses(cand, "a"):
            return cand
    return ""


def _lemma(t, pos: str) -> str:
    """The token's lemma, a verb joined with its particle when WordNet knows the pair
    ("paying back" -> "pay_back", even when the parse reads "back" as a modifier); of an
    "-ly" adverb, its adjective."""
    if t.pos_ == "ADV":
        return adverb_adjective(t)
    lemma = t.lemma_.lower()
    if pos != "v":
        return lemma
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if (
        nxt is not None
        and nxt.lower_ in _PARTICLES
        and lexicon.senses(f"{lemma}_{nxt.lower_}", "v")
    ):
        return f"{lemma}_{nxt.lower_}"
    return lemma


def _denied_tokens(span) -> tuple[set[int], set[int]]:
    """Indices of the tokens of ``span`` that it denies or leaves undecided (module doc),
    and of those among them denied by a decision about what is to come."""
    out: set[int] = set()
    ahead: set[int] = set()
    for t in span:
        if t.lower_ == "no" and _named_kind(t):
            continue  # "a motion of no confidence", "a no-confidence vote": a name
        if _at_no_time(t):
            out.add(t.head.head.head.i)  # "at no stage has it admitted a breach": never
            continue
        if t.dep_ == "neg" and limiting(t):
            continue  # "not just the win", "had not properly assessed": the act holds
        if t.dep_ == "neg" and not _relative(_neg_head(t)) and not repeat_only(_neg_head(t)):
            manner = manner_adverb(_neg_head(t))
            out |= {manner.i} if manner is not None else _negated_by(t)
            if committed(_neg_head(t)):
                ahead |= _negated_by(t)
        elif t.lower_ == "without" and t.dep_ == "prep" and not _narrowing(t):
            out |= {c.i for c in t.children if c.dep_ in ("pcomp", "pobj")} | _of_nouns(t)
        elif _absence_of(t):
            out |= _of_nouns(t.head)
        elif t.lower_ in ABSENT_WORDS:
            out |= _absent_with(t)
        elif t.lower_ == "against" and t.dep_ == "prep" and _deciding(t.head):
            ahead |= {o.i for o in t.children if o.dep_ == "pobj"} | _of_nouns(t)
            ahead |= {c.i for o in t.children for c in o.children if c.dep_ == "compound"}
        elif t.lower_ in _NEG_SUBJECTS and t.dep_ in ("nsubj", "nsubjpass"):
            out.add(t.head.i)
        elif t.lower_ in _NEG_SUBJECTS and t.dep_ == "dobj":
            out |= _nothing_object(t)
        elif t.lower_ in _NEG_DETS and t.dep_ in ("det", "nsubj", "nsubjpass", "dobj"):
            out |= _no_noun(t)
        elif t.lower_ in ("yet", "still") and t.head.lemma_ in PENDING_VERBS:
            ahead |= {c.i for c in t.head.children if c.dep_ == "xcomp"}
        elif t.pos_ == "VERB" and _joined(t) in DENIAL_VERBS and not _negated(t):
            ahead |= {c.i for c in t.children if c.dep_ in ("xcomp", "dobj", "ccomp")}
        elif (
            t.pos_ == "VERB" and not _negated(t) and withdrawing(_lemma(t, "v")) and _left_event(t)
        ):
            ahead |= _left_event(t)  # "has withdrawn from Sunday's final"
        elif t.pos_ == "VERB" and not _negated(t) and renouncing(_joined(t)):
            ahead |= {c.i for c in t.children if c.dep_ == "dobj"}  # "will forgo her bonus"
    ahead |= {i for i in out if _predicted(span.doc[i])}
    for i in list(ahead):
        ahead |= _whether_matter(span.doc[i]) | _any_objects(span.doc[i])
    out = {i for i in out if not _in_irrealis(span.doc[i])} | ahead
    for i in list(out):
        out |= _whether_matter(span.doc[i])
        out |= _any_objects(span.doc[i])
        out |= _light_matter(span.doc[i])
        out |= _shown_matter(span.doc[i])
        begun = _begun_acts(span.doc[i])
        out |= begun
        ahead |= begun if i in ahead else set()
    inside = range(span.start, span.end)
    return {i for i in out if i in inside}, {i for i in ahead if i in inside}


#: adjectives that, with "of", say their bearer lacks the thing ("the road was *free of*
#: ice", "the room was *empty of* furniture", "a text *devoid of* facts"): privative
#: states, as "without" is a privative preposition -- a closed class of English
ABSENCE_ADJECTIVES = frozenset("free devoid void bereft empty".split())
#: where a predicative adjective hangs: a complement of its verb, or joined to one
_PREDICATIVE = frozenset({"acomp", "oprd", "xcomp", "ccomp", "advcl", "conj"})


def _absence_of(t) -> bool:
    """``t`` is the "of" of a predicative privative adjective (:data:`ABSENCE_ADJECTIVES`:
    "was dry and *free of* ice"); one hung on a noun picks a set ("roads free of snow"),
    as a narrowing "without" does, and denies nothing."""
    adj = t.head
    if not (t.lower_ == "of" and t.dep_ == "prep" and adj.pos_ == "ADJ"):
        return False
    if adj.lemma_.lower() not in ABSENCE_ADJECTIVES or adj.dep_ not in _PREDICATIVE:
        return False
    while adj.dep_ == "conj":
        adj = adj.head
    return adj.pos_ in ("ADJ", "VERB", "AUX") and adj.dep_ != "amod"


#: participles and adjectives that say a thing is not there ("with the gold *missing*")
ABSENT_WORDS = frozenset({"missing", "absent", "omitted", "lacking", "gone"})


def _absent_with(absent) -> set[int]:
    """The noun (with its compounds) that a participle or adjective of absence says is
    not there ("sold *with the gold ink missing*", "genuine, *with the gold (value and
    crest) omitted*", "a genuine *gold omitted*"): denied, as a "without" phrase's noun
    is. The parser hangs the noun under the word as its subject right after "with" or as
    a compound, or the word on the verb right after the "with" phrase's noun."""
    for n in absent.children:
        if n.dep_ in ("nsubj", "nsubjpass") and _after_with(n):
            return _noun_words(n)
    compounds = {n.i for n in absent.children if n.dep_ == "compound"}
    if compounds:
        return compounds  # "with the rear hatch absent": the noun parsed as a compound
    before = absent.doc[absent.i - 1] if absent.i > 0 else None
    if absent.dep_ not in _HUNG_AFTER or before is None or before.pos_ != "NOUN":
        return set()
    return _noun_words(before) if before.dep_ == "pobj" and before.head.lower_ == "with" else set()


def _after_with(noun) -> bool:
    """The phrase of ``noun`` comes right after "with" ("with *the gold*")."""
    edge = noun.left_edge.i
    return edge > 0 and noun.doc[edge - 1].lower_ == "with"


#: where the parser hangs a participle that follows a "with" phrase
_HUNG_AFTER = frozenset({"advcl", "acl", "amod", "xcomp", "dep"})


def _narrowing(without) -> bool:
    """A "without" that denies nothing: over one part of a stretch (:func:`_part_only`),
    or hung on a noun or on the verb of a relative clause, where it picks a set ("the
    number of homes *without water*", "customers who went *without water*"), as a
    relative clause does (:func:`_relative`), and says nothing of what others have."""
    head = without.head
    if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
        return True  # "customers who went without water are getting £50": a set picked
    return _part_only(head) or head.pos_ in ("NOUN", "PROPN", "PRON")


def _set_picked(t) -> bool:
    """``t`` is the object of a "without" that picks a set (:func:`_narrowing`), or a
    word inside it: neither asserted nor denied ("homes without *running water*")."""
    for x in [t, *t.ancestors]:
        if x.lower_ == "without" and x.dep_ == "prep":
            return _narrowing(x)
        if x.pos_ in ("VERB", "AUX") and x is not t:
            return False
    return False


#: WordNet classes of nouns naming people, one or a body of them
PEOPLE = frozenset({"person", "social_group"})


def _role_word(t) -> bool:
    """A noun modifying a noun that names people (:data:`PEOPLE`: "*train* drivers",
    "*ferry* crews"): it says what they do, not that the thing is there or runs."""
    return (
        t.dep_ == "compound"
        and t.head.pos_ == "NOUN"
        and bool(PEOPLE & kinds(t.head.lemma_.lower(), "n"))
    )


#: verbs of having and keeping, whose WordNet opposites say their object is absent
HAVING = ("have", "keep")


@lru_cache(maxsize=4096)
def privative(verb: str) -> bool:
    """``verb`` is a WordNet antonym of a verb of :data:`HAVING` ("lose" / "keep",
    "lack" / "have", "miss" / "have"): it says its object is not there."""
    return bool(set(HAVING) & lexicon.antonyms(verb, "v")) or any(
        verb in lexicon.antonyms(h, "v") for h in HAVING
    )


def _lost(t) -> bool:
    """The object of a privative verb (:func:`privative`: "homes *lost electricity*"):
    the thing is said to be absent, as "left *without* electricity" says, so it is not
    asserted. So is the act a verb of ceasing ends ("*ceased trading*", "stopped
    *flying*", :func:`consilience.act_relations.ceases`): it no longer goes on."""
    if t.head.pos_ != "VERB" or t.dep_ not in ("dobj", "xcomp"):
        return False
    verb = t.head.lemma_.lower()
    if t.dep_ == "dobj" and privative(verb):
        return True
    return (t.tag_ == "VBG" or t.dep_ == "dobj") and ceases(verb)


def _name_part(t) -> bool:
    """A word of a proper name of more than one word ("the Liberal *Party*", "Harnell
    *Substation*"): it names one thing, it asserts nothing of its class ("not for one
    party" denies no party that is named)."""
    if t.pos_ != "PROPN" or not t.ent_type_:
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.ent_iob_ == "I" or (nxt is not None and nxt.ent_iob_ == "I")


#: verbs of calling off what was to happen ("1,450 trains will be *cancelled*")
CANCELLING = frozenset("cancel call_off scrap axe scrub".split())


def _called_off(t) -> bool:
    """A noun whose act is called off: the object or passive subject of a verb of
    :data:`CANCELLING`, or what "of" hangs on its noun ("the *cancellation* of 1,200
    trains"). It says the thing will not be there, so it asserts nothing another
    clause's denial of it could contradict."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
        return head.pos_ == "NOUN" and bool(lexicon.verbs_of(head.lemma_.lower()) & CANCELLING)
    return t.dep_ in ("dobj", "nsubjpass") and _joined(head) in CANCELLING


#: prepositions whose object may say when an act was done ("*on* the evening of Friday")
_WHEN_PREPS = frozenset({"on", "at", "in", "during", "by", "before", "after", "until", "over"})


def _when(noun) -> bool:
    """``noun`` says when, not what: a point or stretch of time
    (:func:`consilience.line_denials.time_noun`: "evening", "week") as an adverbial noun
    ("can't give them back *that evening*") or the object of a preposition of time ("*on
    the evening* of Friday"). A denial of the act is no denial of the time, so the time
    is no side of a dispute ("no evening" / "on the evening")."""
    if noun.dep_ == "npadvmod":
        return time_noun(noun.lemma_.lower())
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _WHEN_PREPS
        and prep.head.pos_ in ("VERB", "AUX")
        and time_noun(noun.lemma_.lower())
    )


def _again(verb) -> bool:
    """Negated ``verb`` has the adverb "again" ("was not closed *again*"): the denial is
    of a repeat (:func:`repeat_only`), and the first time is not stated by it either."""
    return any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children)


def repeat_only(verb) -> bool:
    """A denial of a repeat or of a time only: ``verb`` has the adverb "again" ("I never
    beat him *again*": its negation says nothing of the first time, which another clause
    may state) or a bound "until" / "till" / "before" ("will not arrive *until* 2030": the act is
    put later, not denied; when is the dates section's to compare). "Until further
    notice" bounds nothing: that denial stands. So does a clause that bounds it
    (:func:`_bounding_clause`: "will not close *while any resident is still waiting*")."""
    return any(
        (c.dep_ == "advmod" and c.lower_ == "again") or _bound(c, verb) or _bounding_clause(c, verb)
        for c in verb.children
    )


#: conjunctions of a clause that holds a denied act to come off on a condition: "while any
#: resident is still waiting", "unless a buyer is found". An "until" clause ("will not open
#: an inquiry until the report is in") still denies the act up to then: against "I am
#: ordering an inquiry tonight" it is a dispute of whether it is done now
_BOUNDING_MARKS = frozenset({"while", "unless"})


def _bounding_clause(clause, verb) -> bool:
    """``clause`` is an adverbial clause of ``verb`` opened by a conjunction of
    :data:`_BOUNDING_MARKS` ("will not close the home *while any resident is still
    waiting*"): the denial holds only so long; "while" and "unless" of a verb told in the
    past ("did not cut jobs while the talks went on") deny the act over that time."""
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & _BOUNDING_MARKS) and not _told_past(verb)


def _bound(prep, verb) -> bool:
    """``prep`` is "until" / "till" / "before" with an end it names ("until 2030", "until
    the inspection is done", "before the hearing"), not the open "until further notice".
    A "before" of a verb in the past tense is the window the act was due in, no bound: "no
    warning siren *was sounded before* the blast" denies the warning (:func:`_told_past`)."""
    if prep.lower_ not in ("until", "till", "before"):
        return False  # "not to close any library *before* the full hearing": put off
    if prep.lower_ == "before" and _told_past(verb):
        return False
    return not any(t.lemma_.lower() == "notice" for t in prep.subtree)


def _told_past(verb) -> bool:
    """``verb`` is told in the simple past: a past-tense form ("sounded" as VBD) or the
    participle of a past-tense auxiliary ("was sounded", "did not sound")."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _in_irrealis(t) -> bool:
    """``t`` is, or is inside, an infinitive complement ("advised *not to fish*", "to
    check that *none* came back"): advice or an aim, not a denial of what is. The content
    of a verb of stating is a statement whatever governs that verb ("relieved to confirm
    that there were *no* injuries" denies injuries): the walk stops there; so is the
    complement of a decision or a promise (:func:`committed`: "decided *not to seek* a
    review" denies the seeking to come)."""
    for x in [t, *t.ancestors]:
        if committed(x):
            return False
        if x.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in x.children
        ):
            return True
        if x.dep_ == "ccomp" and _stating(x.head):
            return False  # "wishes to make clear that it has not admitted": stated
    return False


#: modifiers that pick one part of a stretch ("the *last* 10 km", "the *opening* lap")
PART_WORDS = frozenset("first last final opening closing".split())


def _part_only(verb) -> bool:
    """``verb`` is done over one part of a stretch ("ran *the last 10 km* without
    pacemakers"): a manner given to it says nothing of the rest ("behind two pacemakers"
    at halfway)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    objs += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        m.dep_ == "amod" and (m.lower_ in PART_WORDS or m.ent_type_ == "ORDINAL")
        for o in objs
        for m in o.children
    )


#: WordNet verbs whose kinds commit their doer to the act of their complement
#: (commissives: "decided / chose / voted / promised / vowed not to appeal")
COMMITTING = frozenset({"decide", "promise"})


def committed(verb) -> bool:
    """``verb`` is an infinitive complement of a verb of deciding or promising
    (:data:`COMMITTING`, the verb or a kind of it within two WordNet steps): what it
    says is a plan its doer holds, not an aim or advice."""
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    gov = verb.head.lemma_.lower()
    return gov in COMMITTING or bool(COMMITTING & kinds(gov, "v", 2))


def _deciding(verb) -> bool:
    """``verb`` is "decide" or one of its WordNet synonyms ("decided *against* a court
    challenge" denies the challenge to come)."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma == "decide" or lexicon.same_sense(lemma, "decide", "v"))


#: prepositions whose object carries the matter of a light verb ("go *to* court")
_LIGHT_PREPS = frozenset({"to", "into"})


def _no_one(subject) -> bool:
    """``subject`` denies every doer: "nobody", "nothing", "no one", "none"."""
    if subject.lower_ in _NEG_SUBJECTS:
        return True
    return subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)


#: verbs of coming to have a thing someone else grants: "had not *received* ethics
#: approval" denies the approval as "no approval" does -- a closed class
RECEIVING = frozenset("receive obtain secure".split())


def _light_matter(verb) -> set[int]:
    """Of a denied light verb (:data:`LIGHT`) or verb of receiving (:data:`RECEIVING`),
    which says nothing itself, the nouns that
    say what is denied: its object and the object of its "to"/"into" ("would not *go to
    court*": court; "did not *take* legal *action*": action); of a denial by its subject
    only the "to"/"into" object ("nobody has taken the drug" denies a taker, not the drug;
    "nobody got into the capsule" denies the capsule's boarding)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in (LIGHT - {"be", "have"}) | RECEIVING:
        return set()
    out = {c.i for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    if any(c.dep_ in ("nsubj", "nsubjpass") and _no_one(c) for c in verb.children):
        out = set()  # "*Nobody* has taken thornbactin": no taker, the drug is no less real
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in _LIGHT_PREPS:
            out |= {o.i for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}
    return out


#: WordNet verbs of beginning: a kind of one of them starts the act its object names
#: ("open an inquiry", "launch an investigation", "stage a protest", "set up a review")
BEGINNING = frozenset({"begin", "start", "initiate"})


def begins(verb: str) -> bool:
    """``verb`` is a verb of beginning: one of :data:`BEGINNING` or a kind of one within
    three WordNet steps, any sense ("open", "launch", "initiate")."""
    return verb in BEGINNING or bool(BEGINNING & kinds(verb, "v", 3, None))


def _begun_acts(verb) -> set[int]:
    """Of a denied verb of beginning (a kind of :data:`BEGINNING` within three WordNet
    steps, any sense), its object or passive subject when that noun names an act -- a
    noun WordNet derives from a verb that is no physical thing ("will not *open an
    inquiry*": the inquiry is denied, as "no inquiry" says; "did not open the *gate*"
    denies no gate)."""
    if verb.pos_ != "VERB" or not begins(_joined(verb)):
        return set()
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    return {n.i for n in nouns if _act_noun(n.lemma_.lower())}


#: nouns of what shows a thing true: denied ("no *sign* that ..."), they deny their content
EVIDENCE = frozenset({"evidence", "indication"})


def _shown_matter(noun) -> set[int]:
    """Of a denied noun of evidence (:data:`EVIDENCE`, or a kind of one within three
    WordNet steps of its first sense: sign, proof, confirmation), the verb of its "that"
    clause, or that verb's manner adverb when it has one ("no *sign* that the fire had
    been set *deliberately*": the deliberate setting is denied, not the fire); nothing of
    a negated content verb."""
    if noun.pos_ != "NOUN" or not _evidence_noun(noun.lemma_.lower()):
        return set()
    for c in noun.children:
        if c.dep_ not in ("acl", "ccomp") or c.pos_ not in ("VERB", "AUX") or _negated(c):
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            manner = manner_adverb(c)
            return {manner.i} if manner is not None else {c.i}
    return set()


def _report_of(noun) -> bool:
    """``noun`` is a noun of reporting (derived from a verb of
    :data:`consilience.cues.ATTRIBUTION_VERBS`: report, mention, announcement; not one of
    evidence, :func:`_evidence_noun`) that names its matter by "of" or a content clause
    ("no *report* of any other death", "no *mention* that the pipe had leaked"): denied,
    it says the matter is unknown; the report itself is no side of a dispute (a "study"
    that others cite is another document)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if _evidence_noun(lemma) or not lexicon.verbs_of(lemma) & ATTRIBUTION_VERBS:
        return False  # "no *sign* of a leak" stays a side: a sign is found or not
    if any(c.dep_ in ("acl", "ccomp") for c in noun.children):
        return True
    clause = noun.head.subtree if noun.dep_ == "dobj" else noun.subtree
    return any(  # "found no report, from the company or the press, of any other death"
        t.i > noun.i and t.dep_ in ("prep", "conj") and t.lower_ == "of" for t in clause
    )


@lru_cache(maxsize=4096)
def _evidence_noun(noun: str) -> bool:
    """``noun`` is one of :data:`EVIDENCE` or a kind of one (module doc)."""
    return noun in EVIDENCE or bool(EVIDENCE & kinds(noun, "n", 3, 1))


@lru_cache(maxsize=8192)
def _act_noun(noun: str) -> bool:
    """``noun`` names an act: WordNet derives it from a verb and its first sense is no
    physical thing (:func:`_concrete`)."""
    return bool(lexicon.verbs_of(noun)) and not _concrete(noun)


def _named_kind(no) -> bool:
    """A "no" that names a kind ("a motion *of no confidence*", "a *no-confidence*
    vote"): hyphenated, or its noun hangs on another noun through "of"."""
    if no.i + 1 < len(no.doc) and no.nbor(1).text == "-":
        return True
    noun = no.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"


def _joined(t) -> str:
    """The lemma of verb ``t`` with its particle ("rule_out"), the particle also when the
    parser took it for a preposition with no object of its own before "of" ("rules a
    pumpkin *out of* the competition")."""
    prt = next((c.lower_ for c in t.children if c.dep_ == "prt" or _particle_prep(c)), "")
    return f"{t.lemma_.lower()}_{prt}" if prt else t.lemma_.lower()


def _particle_prep(c) -> bool:
    """``c`` is a particle parsed as a preposition: "out", "off" ... with no object, only an
    "of" phrase under it."""
    kids = list(c.children)
    return (
        c.dep_ == "prep" and c.lower_ in _PARTICLES and bool(kids)
        and all(k.dep_ == "prep" and k.lower_ == "of" for k in kids)
    )  # fmt: skip


def _relative(verb) -> bool:
    """A verb of a clause that narrows a noun ("pupils *who have not been vaccinated*"):
    its negation picks a set, it denies nothing."""
    return verb.dep_ in ("relcl", "acl")


def _at_no_time(t) -> bool:
    """Whether ``t`` is the "no" of "at no stage" / "at no point" / "at no time" on a verb
    (:func:`consilience.claims.never_phrase`): it denies the verb's clause, as "never" does."""
    noun = t.head
    return (
        t.lower_ == "no"
        and noun.dep_ == "pobj"
        and never_phrase(noun.head)
        and noun.head.head.pos_ in ("VERB", "AUX")
    )


def _negated_by(neg) -> set[int]:
    """What a negation denies: its head verb (through an auxiliary the parse hangs it
    on), or the noun or adjective it stands before;
    of a preposition it stands before, its object ("not among the fruit"; "in the hallway,
    not in the vault", whatever the parse hangs the "not" on)."""
    head = _neg_head(neg)
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    if nxt is not None and nxt.pos_ == "ADP" and nxt.dep_ == "prep":
        head = nxt
    if head.pos_ == "ADP" and neg.i < head.i:
        return {c.i for c in head.children if c.dep_ == "pobj"} | _of_nouns(head)
    if neg.i < head.i and _counted(head):
        return set()  # "800,000 euros, not the 2 million euros": the figure is denied
    if head.pos_ in ("VERB", "AUX") or neg.i < head.i:
        return {head.i}
    return set()  # "talks, not a picket line": a "not" after a noun contrasts another


def _counted(noun) -> bool:
    """A noun counted by a number ("the 2 million *euros*", "*12 days*"): a "not" before
    it denies the figure, which the quantity conflicts compare, not the thing counted."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("nummod", "quantmod") and c.like_num for c in noun.children
    )


def _neg_head(neg):
    """The word a negation is of: its head, or the verb of the auxiliary the parse hangs
    it on ("has not yet *been* peer reviewed": reviewed)."""
    head = neg.head
    if head.dep_ in ("aux", "auxpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _conjoined_nouns(noun) -> set[int]:
    """Indices of the nouns joined to ``noun`` ("no turnstiles *or* ticket *barriers*",
    "no food, water *or* shelter"; "no barriers or flashing *lights*", whose participle the
    parser often takes for a verb with an object): one "no" denies each of them."""
    out: set[int] = set()
    todo = [noun]
    while todo:
        for c in todo.pop().children:
            if c.dep_ != "conj" or c.i in out:
                continue
            if c.pos_ == "VERB" and c.tag_ == "VBG":  # "no barriers or flashing lights"
                c = next((o for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1), c)
            if c.pos_ in ("NOUN", "PROPN") and not own_degree(c):
                out.add(c.i)
                todo.append(c)
    return out


def _no_noun(det) -> set[int]:
    """Of "no X" / "none of X": as a subject, the verb ("no successor has been *named*",
    "no passengers were *injured*": the class is the domain, not what is denied); else
    the noun and what it is of ("received *no offer*", "with *no trace of a pot*"),
    and the verb it is the object of."""
    noun = det.head if det.dep_ == "det" else det
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        said = _said_of(noun.head)
        if said is not None:
            return {said.i}  # "no candidate will be *disadvantaged*": the state is denied
        if noun.head.lemma_ == "be" or (_attesting(noun.head) and not _qualified(noun)):
            return {noun.i, noun.head.i} | _of_nouns(noun)  # "no deaths were reported"
        return {noun.head.i}
    out = {noun.i} | _of_nouns(noun) | _conjoined_nouns(noun)
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        out.add(noun.head.i)
        if noun.head.lemma_.lower() not in LIGHT | HOLDING:
            return {noun.head.i}  # "paid no ransom": the paying is denied
    return out


def _said_of(verb):
    """The predicative adjective or participle of a copula ``verb`` ("no candidate will be
    *disadvantaged*", "no pupil was *absent*"), None for another verb or a bare "be"
    ("there were no deaths"): what a "no X" subject denies is that state, not that any X
    exists."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i), None)


#: verbs that only attest or record that a thing exists or took place: under a subject
#: "no X" the thing itself is denied ("no deaths were *reported*", "no injuries were
#: *recorded*", "no casualties *occurred*"), not an act of reporting -- the verbs of
#: reporting (:data:`consilience.cues.ATTRIBUTION_VERBS`) and of being recorded or
#: happening, a closed class
ATTESTING = frozenset("record register log note occur happen exist arise follow".split())


def _attesting(verb) -> bool:
    """``verb`` attests what its "no X" subject names (:data:`ATTESTING` or a verb of
    reporting), with no object of its own ("no party *reported* a loss" reports a loss)."""
    lemma = verb.lemma_.lower()
    if lemma not in ATTESTING and lemma not in ATTRIBUTION_VERBS:
        return False
    return not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def _qualified(noun) -> bool:
    """``noun`` is narrowed by an adjective ("no *serious* injuries"): its denial is of
    that kind only, which an asserted bare noun ("minor injuries") does not meet."""
    return any(c.dep_ == "amod" for c in noun.children)


def _nothing_object(pron) -> set[int]:
    """Of "nothing" / "none" as an object: the verb it denies ("took *nothing*": took),
    or, of a verb of having or seeing (:data:`HOLDING`, :data:`LIGHT`: "had seen
    *nothing* to suggest ..."), the pronoun itself, whose clause says what is not there
    (:func:`_denied_content`)."""
    verb = pron.head
    if verb.lemma_.lower() in AMOUNT_VERBS:
        return set()  # "the loft costs nothing to run": an amount, zero, no act denied
    if verb.pos_ == "VERB" and verb.lemma_.lower() not in LIGHT | HOLDING:
        return {verb.i}
    return {pron.i}


def _of_nouns(t) -> set[int]:
    """Nouns hanging on ``t`` through "of" / "among" ("trace of a pot or bag")."""
    out: set[int] = set()
    for prep in t.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out |= _noun_words(obj) | {w for c in obj.conjuncts for w in _noun_words(c)}
    return out


def _noun_words(noun) -> set[int]:
    """A noun with its compound nouns ("any *fuel* leak")."""
    return {noun.i} | {c.i for c in noun.children if c.dep_ == "compound"}


def _any_objects(verb) -> set[int]:
    """Objects under "any" of a denied verb that says nothing itself (:data:`LIGHT`,
    :data:`HOLDING`: "has not received any offer of support" denies an offer; "has not
    paid any ransom" denies the paying, not the ransom)."""
    out: set[int] = set()
    if verb.lemma_.lower() not in LIGHT | HOLDING:
        return out
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and any(d.lower_ == "any" for d in c.children):
            out |= {c.i} | _of_nouns(c)
    return out


def _whether_matter(verb) -> set[int]:
    """The predicate complement of a "whether" clause a denied verb governs: undecided."""
    out: set[int] = set()
    for t in verb.subtree:
        if t.dep_ == "mark" and t.lower_ == "whether":
            clause = t.head
            out |= {c.i for c in clause.children if c.dep_ in ("attr", "acomp", "dobj")}
    return out


def same_concept(denied: Polar, asserted: Polar) -> bool:
    """Whether the asserted word is the denied one's concept (module doc): one lemma, a
    synonym, a noun and its verb, or a kind of the denied word named by a head noun (not
    a modifier: "silver coins" are no kind of treasure)."""
    how = relation(denied.lemma, denied.pos, asserted.lemma, asserted.pos)
    return bool(how) and not (how == "kind" and asserted.modifier)


@lru_cache(maxsize=65536)
def concept_match(d: str, dpos: str, a: str, apos: str) -> bool:
    """:func:`same_concept` of a denied lemma ``d`` (WordNet pos ``dpos``) and an asserted
    lemma ``a`` (``apos``)."""
    return bool(relation(d, dpos, a, apos))


@lru_cache(maxsize=65536)
def relation(d: str, dpos: str, a: str, apos: str) -> str:
    """How asserted ``a`` is denied ``d``'s concept: "same" (one lemma), "synonym",
    "derived" (a noun and its verb), "kind" (``a`` a kind of ``d``), or ""."""
    if d == a:
        return "same"
    if dpos == apos:
        if _one_sense(d, a, dpos) or _one_sense(a, d, dpos) or _one_group(d, a, dpos):
            return "synonym"
        return "kind" if dpos == "n" and _kind_of(a, d) and _concrete(a) else ""
    nouns, verbs = (d, a) if dpos == "n" else (a, d)
    if first_sense_kind_of(nouns, "person"):
        return ""  # "we are employees of Dashly" / "does not employ": a person, no act done
    return "derived" if {dpos, apos} == {"n", "v"} and verbs in lexicon.verbs_of(nouns) else ""


@lru_cache(maxsize=65536)
def _concrete(noun: str) -> bool:
    """A thing one can touch: WordNet's "physical_entity" is above the first sense of
    ``noun`` (synset to synset). Of such a class a denial denies each kind ("no fruit" /
    "bananas"); of an abstract one ("no emotion" / "fraud") the hierarchy says nothing of
    the matter."""
    top = set(lexicon.senses("physical_entity", "n"))
    layer = set(lexicon.senses(noun, "n")[:1])
    seen = set(layer)
    while layer:
        if layer & top:
            return True
        layer = {h for off in layer for h in lexicon._synset("n", off)[1]} - seen
        seen |= layer
    return False


#: verbs of one act that WordNet files apart (their first senses share no synset): to
#: make sure a thing is true ("did not verify the diploma" / "had checked the diploma"),
#: and to let people know ("nobody was warned" / "no one was told" / "were notified")
VERB_GROUPS = (
    frozenset({"check", "verify", "vet", "validate", "authenticate"}),
    frozenset({"tell", "inform", "notify", "warn", "alert", "advise"}),
)


def _one_group(x: str, y: str, pos: str) -> bool:
    """``x`` and ``y`` are verbs of one group of :data:`VERB_GROUPS`."""
    return pos == "v" and any(x in g and y in g for g in VERB_GROUPS)


def _one_sense(x: str, y: str, pos: str) -> bool:
    """``x``'s first sense is among ``y``'s first three ("pay_back" / "repay"; not a far
    sense of both: "treasure" / "silver")."""
    return bool(set(lexicon.senses(x, pos)[:1]) & set(lexicon.senses(y, pos)[:3]))


@lru_cache(maxsize=65536)
def _kind_of(noun: str, cls: str) -> bool:
    """``noun`` is a kind of ``cls``: a hypernym synset of one of ``noun``'s first two
    senses, up to three steps, is one of ``cls``'s first two senses -- synset to synset,
    so a lemma shared by an unrelated sense is no class ("survivor" is a causal agent,
    one sense of "cause", but no kind of a cause as "no cause was given" means it)."""
    return bool(set(lexicon.senses(cls, "n")[:2]) & _ancestors(noun))


@lru_cache(maxsize=65536)
def _ancestors(noun: str, depth: int = 3) -> frozenset[int]:
    """The hypernym synsets of ``noun``'s first two senses, up to ``depth`` steps."""
    layer = set(lexicon.senses(noun, "n")[:2])
    seen: set[int] = set()
    for _ in range(depth):
        layer = {h for off in layer for h in lexicon._synset("n", off)[1]} - seen
        seen |= layer
    return frozenset(seen)


def denial_pairs(pa: list[Polar], pb: list[Polar]) -> list[tuple[Polar, Polar]]:
    """``(denied, asserted)`` word pairs of two clauses' signed words, either way round:
    a word one clause denies and the other asserts as one concept (:func:`same_concept`),
    the asserted word not denied in its own clause under another form, and not narrowed
    to another thing ("not guilty *of fraud*" / "guilty *on two counts of theft*": two
    charges)."""
    out = []
    for x, y in ((pa, pb), (pb, pa)):
        for d in x:
            if d.sign > 0:
                continue
            for a in y:
                if d.lacking and not _names_lacker(d.lacking, y):
                    continue  # "the runway was free of snow" / "snow covered the car park"
                if d.renounced and not any(w.pos == "v" and getting(w.lemma) for w in y):
                    continue  # "waived the fee" / "paid the fee": no one got it back
                if d.withdrawn and a.subject:
                    continue  # "withdrew from the talks" / "the talks went on": no part taken
                if d.pos == "v" and a.pos == "n" and a.lemma == d.theme:
                    continue  # "the lights were not lit" / "the lights were off": the thing
                if a.sign > 0 and _one_act(d, a) and not _denied_too(a, y):
                    if not (d.quals and a.quals and d.quals != a.quals) and _one_theme(d, a):
                        if not d.narrowed - a.narrowed:
                            out.append((d, a))
    return out


def _names_lacker(lacking: frozenset[str], words: list[Polar]) -> bool:
    """The asserting clause's ``words`` name what lacks the denied thing, by its lemma or
    a noun of the same first WordNet sense ("homes" / "houses")."""
    nouns = {w.lemma for w in words} | {x for w in words for x in w.bearer}
    return any(x == y or lexicon.same_sense(x, y, "n", 1) for x in lacking for y in nouns)


def _one_act(d: Polar, a: Polar) -> bool:
    """The asserted word is the denied one's concept (:func:`same_concept`), or two verbs
    that share any WordNet sense act on one thing ("no protest was *lodged*" / "*filed* a
    protest": lodge and file share the sense of bringing a formal charge; the shared
    object picks that sense)."""
    if same_concept(d, a):
        return True
    if not (d.pos == a.pos == "v" and d.theme and a.theme):
        return False
    if formal_pair(d.lemma, a.lemma):
        return (
            d.theme == a.theme
            or concept_match(d.theme, "n", a.theme, "n")
            or _kin(d.theme, a.theme)
        )
    return d.theme == a.theme and shared_sense(d.lemma, a.lemma)


#: WordNet verbs whose kinds are acts of challenging a decision or claim: contest ("make
#: the subject of dispute, contention, or litigation") and challenge in its first two
#: senses ("take exception to", "issue a challenge to")
CHALLENGE_ANCHORS = (("contest", 1), ("challenge", 2))


@lru_cache(maxsize=4096)
def challenging(verb: str) -> bool:
    """``verb`` is, in one of its first two WordNet senses, a kind of challenging
    (:data:`CHALLENGE_ANCHORS`, up to two hypernym steps): appeal, contest, challenge,
    dispute, sue, litigate. Two such verbs acting on one thing are one act: "decided not
    to *contest* the fine" denies "will *appeal* against the fine"."""
    anchors = frozenset(
        off for word, n in CHALLENGE_ANCHORS for off in lexicon.senses(word, "v")[:n]
    )
    return lexicon.reaches(verb, "v", anchors, 2, 3)


#: senses of a theme noun read for :func:`_kin` (a formal act's object is often named
#: by a less frequent sense: "the rise" as a rise in cost)
KIN_SENSES = 5


@lru_cache(maxsize=16384)
def _kin(x: str, y: str) -> bool:
    """Nouns ``x`` and ``y`` are one thing to act on: one is a direct hypernym of the
    other in one of their first :data:`KIN_SENSES` WordNet senses ("rise" / "increase")."""
    return x in lexicon.hypernyms(y, "n", KIN_SENSES) or y in lexicon.hypernyms(x, "n", KIN_SENSES)


#: WordNet verbs whose kinds are acts of giving formal assent: approve ("give sanction
#: to"), authorize ("grant authorization or clearance for") and ratify ("approve and
#: express assent, responsibility, or obligation"), each in its first sense
ASSENT_ANCHORS = (("approve", 1), ("authorize", 1), ("ratify", 1))
#: phrasal verbs of assent WordNet files under other senses only ("sign off" is to stop
#: broadcasting there): a closed class of English
ASSENT_IDIOMS = frozenset("sign_off rubber-stamp rubberstamp greenlight green-light".split())


@lru_cache(maxsize=4096)
def assenting(verb: str) -> bool:
    """``verb`` is, in one of its first two WordNet senses, a kind of giving formal
    assent (:data:`ASSENT_ANCHORS`, up to two hypernym steps: approve, sanction,
    authorise, ratify, endorse, back) or one of :data:`ASSENT_IDIOMS`. Two such verbs
    acting on one thing are one act: "ministers have not yet *signed off* the rise"
    denies "the ministry *approved* the increase"."""
    if verb in ASSENT_IDIOMS:
        return True
    anchors = frozenset(off for word, n in ASSENT_ANCHORS for off in lexicon.senses(word, "v")[:n])
    return lexicon.reaches(verb, "v", anchors, 2, 3)


def formal_pair(x: str, y: str) -> bool:
    """Two verbs of one formal act: both of challenging or both of assent."""
    return (challenging(x) and challenging(y)) or (assenting(x) and assenting(y))


def verbs_meet(x: str, y: str) -> bool:
    """Verbs ``x`` and ``y`` may be one act over one object (:func:`_one_act`): they
    share a WordNet sense, or both are verbs of challenging (:func:`challenging`) or of
    assent (:func:`assenting`)."""
    return shared_sense(x, y) or formal_pair(x, y)


@lru_cache(maxsize=65536)
def shared_sense(x: str, y: str) -> bool:
    """Verbs ``x`` and ``y`` share a WordNet sense, any of their senses."""
    return x != y and bool(set(lexicon.senses(x, "v")) & set(lexicon.senses(y, "v")))


def _object_sex(verb) -> str | None:
    """The sex of the person ``verb`` acts on when its object is "him" or "her"."""
    return next(
        (PRONOUN_SEX[c.lower_] for c in verb.children
         if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in PRONOUN_SEX),
        None,
    )  # fmt: skip


def _other_sex(d: Polar, a: Polar) -> bool:
    """One verb acts on "him"/"her", the other on a noun of the other sex ("haven't named
    *her*" / "have named *the man*"): two people."""
    for p, q in ((d, a), (a, d)):
        if p.theme_sex and q.theme and sex_of(q.theme) not in (None, p.theme_sex):
            return True
        if p.theme_sex and q.theme_sex and p.theme_sex != q.theme_sex:
            return True
    return False


def _one_theme(d: Polar, a: Polar) -> bool:
    """Two verbs act on one thing, as far as their common-noun objects tell: one noun,
    one concept, or one a kind of the other in its first WordNet sense ("did not sell any
    *shares*" / "sold part of their *stakes*", a stake being a share; "no customer
    *data* has been affected" / "affected 2.5 million *customers*": two things), and the
    denial is not of a narrower class ("no *cargo* flights were disrupted" / "disrupted
    300 flights")."""
    if a.theme and d.theme_mods - a.theme_mods and not _one_referent(d, a):
        return False
    if _other_sex(d, a) or _state_of_another(d, a):
        return False
    if not (d.theme and a.theme) or d.theme == a.theme:
        return True
    if extent_unit(a.theme) and not extent_unit(d.theme):
        return True  # "neutralised the final 12 km" / "refused to neutralise the stage"
    if concept_match(d.theme, "n", a.theme, "n") or concept_match(a.theme, "n", d.theme, "n"):
        return True
    if formal_pair(d.lemma, a.lemma) and _kin(d.theme, a.theme):
        return True  # "not yet signed off the rise" / "approved the increase"
    return d.theme in kinds(a.theme, "n", 3, 1) or a.theme in kinds(d.theme, "n", 3, 1)


def _state_of_another(d: Polar, a: Polar) -> bool:
    """One lemma as an adjective in one clause and as a verb in the other, the adjective
    said of another thing than both the verb's object and what the verb is said of: two
    senses ("no adjudicator was *present*" / "Joss Merriman *presents* the draw"), not a
    state and the act that brings it about ("the road was not *clear*" / "crews
    *cleared* the road", "the shop *opened*")."""
    adj, verb = (d, a) if d.pos == "a" else (a, d)
    if {d.pos, a.pos} != {"a", "v"} or adj.lemma != verb.lemma or not adj.bearer:
        return False
    told = verb.bearer | ({verb.theme} if verb.theme else set())
    return bool(told) and not adj.bearer & told


#: WordNet kinds of a unit that measures a stretch of a thing or of time
_EXTENT_KINDS = frozenset({"linear_unit", "time_unit", "unit_of_time"})


def extent_unit(noun: str) -> bool:
    """``noun`` is a unit of length or time (first WordNet sense: kilometre, mile, minute,
    hour), so an act on some of them ("neutralised the final 12 *kilometres*", "lost
    three *minutes*") acts on a stretch of the thing the other clause names (the stage,
    time)."""
    return bool(_EXTENT_KINDS & kinds(noun, "n", 4, 1))


def _one_referent(d: Polar, a: Polar) -> bool:
    """The denied and the asserted verb act on one singular thing each picks as known
    ("did not contest *the red card*" / "will appeal against *the card* shown to him"),
    the assertion naming it with no adjective of its own: one referent named more
    briefly, not a wider class the denial narrows."""
    return d.definite and a.definite and d.theme == a.theme and not a.theme_mods


def _denied_too(a: Polar, words: list[Polar]) -> bool:
    return any(w.sign < 0 and w.lemma == a.lemma for w in words)
