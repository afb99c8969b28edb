"""Claims across the articles of a story: which claims of different articles are the same
claim (alignment) and the groups they form.

    story_nodes(ctx) -> (nodes, vectors (n_claims, 384))
    claim_groups(nodes, cosine matrix (n, n)) -> [[node index, ...], ...]

1. **Alignment** (:func:`aligned`): two claims of different articles are the same claim only
   when nothing in them disagrees (figures of one kind outside each other's rounding, dates
   of one precision that differ, stated numbers that differ -- "third" / "fourth" --,
   opposite polarity, opposite predicates: :func:`consilience.opposition.opposed`, opposite
   acts by WordNet said of one participant in any role, :func:`opposite_acts` -- "the pump
   functioned" / "the pump failed", "the wall held" / "the swell breached the wall" --) and their
   predicates match (same frame, :data:`consilience.claims.FRAMES`, a shared alignment
   class, :data:`PREDICATE_CLASSES` -- "suspended" / "grounded", an event noun as its verb,
   "the loss of X" / "X failed" --, one act by WordNet said of aligned arguments,
   :func:`same_act` -- "repaired the hull" / "the hull was fixed", a shared sense, a direct
   hypernym or a deverbal noun's verb, never opposites; an onset verb's event noun as its
   verb by WordNet derivation, "the eruption began" / "erupted", one clock time anchoring
   the two; a rarer WordNet sense with both doer and undergoer aligned,
   :func:`doer_and_undergoer_align` --, a state the other's act leaves its undergoer in
   (:func:`result_state`, :mod:`consilience.result_states`: "the road remains closed" /
   "the road was closed", "the pilot is alive" / "the pilot survived"), or a clause cosine
   of at least
   ``PARAPHRASE_COSINE``) and their core arguments match (a shared actor, patient or named
   entity, argument phrases naming one party, "Harbor City" / "Harbor City FC", the doer of
   one the undergoer of the other, "signed X" / "X joins", a noun heading an argument of
   both, undergoers WordNet relates, "an inquiry" / "a probe", or a compatible figure,
   measure or date, a counted person counting people, one stated number, "six of them" /
   "six children") with a clause cosine of at least
   ``ALIGN_COSINE`` (or one counted figure or measure). Actors match by alias, by surname
   ("Biden" / "Joe Biden") or by a description the named actor's phrase uses ("the
   embankment" / "the Tolley Dam, an earthen embankment"); two differently named actors,
   different predicates of different actors, or a clause stated as done and one stated as
   still to come ("will allow" / "had been reluctant to allow") or only as permitted
   ("allowed police to search" / "police searched"), never align; nor do two permitted acts
   granted by different parties. Topic similarity alone never aligns two claims. The
   logistic weights of :func:`alignment_score` are fitted on annotated claim pairs (``python
   bench/claims_bench.py --fit``, seeds held out); ``python bench/align_pairs_bench.py --fit
   --grid`` scores the pair decision on every claims gold (fit on seeds, demo, fixtures and
   claims_heldout_s4, judged on heldout_s5 and heldout_s6) and refits the weights, the
   threshold and the cosine floors (``ARGUMENT_COSINE``, ``PARAPHRASE_COSINE``) for
   precision. :func:`aligned_but_figures` is the same decision with the figures left out:
   the agreed part of a claim whose figure is disputed (:mod:`consilience.consensus`).
   **Relative alignment** (:func:`relative_links`): between two articles, two event
   clauses that are each other's best match (:func:`consilience.mutual_best.mutual_best`
   over :func:`alignment_score`) align below the absolute cosine gates when nothing in
   them disagrees, no named actors or states differ and two kinds of argument anchor
   them (:func:`argument_anchored`: a shared doer or undergoer, figure, clock time, date,
   name, predicate); the floors ``RELATIVE_COSINE`` and ``RELATIVE_PROBABILITY`` are
   scored on heldout s5-s8 and held out on s9 (``python bench/align_pairs_bench.py
   --relative-grid``); a mutual best pair whose clauses and sentences are both close
   (``RESTATEMENT_COSINE``) needs no anchor (:func:`restated`: "No members of the public
   were hurt" / "Nobody in the street was injured"). Such a link scores at most
   ``RELATIVE_SCORE``: it joins a claim to
   a group but seeds no core before an absolutely aligned pair and is no group alone.
   **Lead alignment** (:func:`_lead_links`, :mod:`consilience.lead_links`): the clauses of
   two articles' lead sentences that are each other's best match, nothing in them
   disagreeing and one argument in common (:func:`lead_candidate`), score
   ``LEAD_SCORE``: news states its central event first, each writer in other words, so the
   place is the second anchor a mutual best pair needs (``python
   bench/align_lead_links_bench.py --cache DIR``: 105 right, 19 wrong, 14 unlabelled of
   the new links on heldout s5-s20, seeds, demo and fixtures in session 21).
2. **Claim groups** (:func:`claim_groups`): aligned pairs, strongest first (two texts
   before two printings of one), join claims
   into groups holding at most one claim per article; the first pair is the group's core
   and a claim joins only when it is aligned with every core member (a chain A~B~C whose
   ends state different things never forms) and disagrees with no member. Each article
   then keeps its clause that fits the group best, members aligned with fewer than half
   of the others are shed. Then each group takes from an article it lacks the event clause
   whose sentence is closest to its members' sentences when that sentence is close enough,
   the clause shares a core argument and disagrees with no member (:func:`_complete`): a
   third writer's wording the pair test rejects ("attackers crippled the computer systems"
   / "a cyberattack knocked out the hospital's computers"), or, with a lower sentence
   cosine, the clause that is the group's mutual nearest (the group is also the one its
   sentence is closest to) and states one act or shares two anchors with a member
   (:func:`_completes_mutually`). Last, a group left with two
   claims (no third article completed it) must reach ``PAIR_PROBABILITY``.

The sections built from the groups (consensus, unique, headline, summary, statement
conflicts) are in :mod:`consilience.consensus` and the modules it names.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from . import lexicon
from .act_relations import relation
from .channel_words import channels
from .claims import (
    COPULAS,
    FRAMES,
    HABITUAL,
    NOMINAL_ACTS,
    PERMITTING,
    is_whole_sentence,
    sentence_spans,
)
from .copy_edits import claim_roots
from .cues import EVENT_ANAPHOR_NOUNS
from .dates import compatible as dates_compatible
from .lead_links import lead_links
from .model import Claim, StoryContext
from .mutual_best import mutual_best
from .noun_branches import co_kinds, first_sense_kind_of
from .number_words import ORDINALS, counts
from .opposition import opposed
from .pair_memo import same_inputs
from .persisting_states import persists
from .provenance import duplicates_of
from .quantifier_scopes import scopes_disagree
from .same_act import (
    GENERAL_SENSES,
    act_verbs,
    acts_caused,
    acts_related,
    is_a,
    nouns_related,
)

VERSION = "1"

ALIGN_COSINE = 0.45  # clause cosine below which two claims are never compared ...
ARGUMENT_COSINE = 0.45  # ... unless one predicate is said of one named argument
PARAPHRASE_COSINE = 0.6  # clause cosine at which differently worded predicates may match
STRONG_COSINE = 0.86  # clause cosine that aligns claims sharing no argument key
#: clause cosine at which differently worded predicates of two anchored events may match
#: (:func:`anchored_paraphrase`); of 0.45 / 0.5 / 0.55 the lowest, whose added pairs on
#: heldout s19-s22 were 16 right of 17 (13/14 at 0.5, 8/9 at 0.55), 9 of 10 once a count
#: of the shared party stopped counting as a second anchor (session 23)
ANCHORED_COSINE = 0.45
FIGURE_TOLERANCE = 0.1  # stated figures within this relative difference are one figure
CONSOLIDATE_MEAN = 0.5  # two groups are one claim when their mean cross score is this
GROUP_MEAN = 0.4  # a claim joins a group when its mean alignment score to the members is this
ALIGN_PROBABILITY = 0.4  # alignment_score at which two claims are one
PAIR_PROBABILITY = 0.6  # ... and at which a lone pair (no third article) is one claim
COMPLETE_SENTENCE = 0.65  # mean sentence cosine at which a group takes an article's claim
COMPLETE_CLAUSE = 0.4  # ... with this mean clause cosine
COMPLETE_CORE = 0.5  # ... sharing a core argument with this share of the members
#: ... or this, when the group is the claim's closest and one act or two anchors are shared
#: (:func:`_completes_mutually`; ``python bench/align_complete_fit.py --cache DIR``)
COMPLETE_MUTUAL_SENTENCE = 0.5
COMPLETE_MARGIN = 0.05  # ... by this margin of mean sentence cosine over the next group
RELATIVE_COSINE = 0.3  # clause cosine floor of a mutual best pair (:func:`relative_links`)
RELATIVE_PROBABILITY = 0.1  # alignment_score floor of a mutual best pair
RELATIVE_SCORE = 0.5  # the highest pair score a mutual best pair alone gives
LEAD_SCORE = 0.6  # the pair score of two mutual best lead clauses (:func:`_lead_links`)
#: clause and sentence cosine of a mutual best restatement (:func:`restated`): the lowest of
#: 0.45-0.65 whose added links reach pair precision 0.9 on the other sets, for each of
#: heldout s5-s16 left out (``python bench/align_restatement_fit.py --cache DIR``)
RESTATEMENT_COSINE = 0.55
#: logistic weights of alignment_score (``python bench/claims_bench.py --fit`` prints them)
WEIGHTS = {
    "cos": 4.448,
    "sentence": 3.472,
    "frame": 1.055,
    "actor": 0.698,
    "patient": 0.291,
    "nouns": 3.844,
    "figure": 2.735,
    "date": 2.807,
    "length": -1.227,
}
BIAS = -6.144


@dataclass
class Node:
    """A claim of the story with its vector and its article's position in the story."""

    claim: Claim
    order: int  # the article's position in the story
    root: str  # the article's original when it is a near-copy, else itself
    keys: frozenset[str] = field(default_factory=frozenset)
    sentence_vector: Any = None  # (384,) vector of the sentence stating the claim
    #: for a ``permitted`` claim, the permission granting it ("Biden authorized Ukraine to
    #: use X" for use(Ukraine, X)): who grants is part of what is stated
    grantor: Claim | None = None
    #: the clause with the complement its extraction cut off (:func:`complement_reach`):
    #: "bringing the number of moons" reaches "... known around Uranus to 30"; "" when
    #: the clause is whole
    reach: str = ""


# --------------------------------------------------------------------------- agreement


#: counted nouns news writers use for one group WordNet does not class as one ("10,000
#: troops" / "10,000 soldiers", "1,200 homes" / "1,200 households"); a counted noun that
#: names a person ("residents", "passengers", "neighbours") counts people
#: (:func:`counted_class`)
COUNTED_CLASSES = {
    **dict.fromkeys("soldier force personnel serviceman".split(), "troop"),
    **dict.fromkeys("house household dwelling".split(), "home"),
}


def counted_class(noun: str) -> str:
    """The class of a counted noun: its :data:`COUNTED_CLASSES` entry, ``"people"`` when
    WordNet makes it a person (:func:`consilience.same_act.is_a`: "240 passengers" / "some
    240 people"), else the noun itself."""
    if noun in COUNTED_CLASSES:
        return COUNTED_CLASSES[noun]
    return "people" if noun and is_a(noun, "person") else noun


#: an article opening a figure's owner: "the Harbury Foundation" is "The Harbury Foundation"
_OWNER_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def _figure(f: str) -> tuple[str, float]:
    """``(kind, value)`` of a figure string: the kind is dimension, unit and what it
    counts or whose it is, the counted noun in its class (:func:`counted_class`), the
    owner in lower case without its article."""
    dim, unit, value, _lo, _hi, noun = (f.split("|") + [""] * 6)[:6]
    counted, slash, owner = noun.partition("/")
    noun = counted_class(counted) + slash + _OWNER_ARTICLE.sub("", owner.lower())
    return f"{dim}|{unit}|{noun}", float(value)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= FIGURE_TOLERANCE * max(abs(x), abs(y))


def figures_disagree(a: Claim, b: Claim) -> bool:
    """Both clauses give a figure of one known kind (dimension, unit, and what it counts or
    measures or whose it is) and no two of them are within ``FIGURE_TOLERANCE`` of each
    other. The stated values are compared, not the qualifiers' intervals: "up to 190
    miles" and "about 50 miles" are two claims. A figure of unknown kind ("43 metres" with
    no counted noun or owner) disagrees with nothing."""
    fa = [_figure(f) for f in a.figures]
    fb = [_figure(f) for f in b.figures]
    for kind in {x[0] for x in fa}:
        if kind.endswith("|/"):
            continue
        va = [v for k, v in fa if k == kind]
        vb = [v for k, v in fb if kinds_meet(kind, k)]
        if vb and not any(_close(x, y) for x in va for y in vb):
            return True
    return clock_times_disagree(a, b)


#: hypernym steps between two counted nouns of one kind (:func:`kinds_meet`): "jet" ->
#: "airplane" -> "heavier-than-air craft" -> "aircraft"
COUNTED_DEPTH = 3


def kinds_meet(ka: str, kb: str) -> bool:
    """Two figure kinds (:func:`_figure`: ``dimension|unit|counted/owner``) count one thing:
    equal, or of one dimension, unit and owner with counted nouns one of which is, in one of
    its first two WordNet senses, the other within :data:`COUNTED_DEPTH` hypernym steps
    ("60 jets" / "60 aircraft", "40 lorries" / "40 trucks"); never a general noun
    (:data:`GENERAL_NOUNS`: "number", "people")."""
    if ka == kb:
        return True
    return _kinds_meet(ka, kb)


@lru_cache(maxsize=65536)
def _kinds_meet(ka: str, kb: str) -> bool:
    da, ua, na = ka.split("|", 2)
    db, ub, nb = kb.split("|", 2)
    (ca, _, oa), (cb, _, ob) = na.partition("/"), nb.partition("/")
    if (da, ua, oa) != (db, ub, ob) or not ca or not cb:
        return False
    if ca in GENERAL_NOUNS or cb in GENERAL_NOUNS:
        return False
    return _counted_is_a(ca, cb) or _counted_is_a(cb, ca)


def _counted_is_a(noun: str, kind: str) -> bool:
    target = lexicon.senses(kind, "n")[:1]
    return bool(target) and lexicon.reaches(noun, "n", set(target), 2, COUNTED_DEPTH)


def _clock_times(c: Claim) -> list[tuple[float, float]]:
    """``(low, high)`` seconds after midnight of every clock time a clause gives ("at 6
    a.m." -> (20700, 22500): the figure's rounding interval)."""
    out = []
    for f in c.figures:
        parts = f.split("|")
        if parts[0] == "time of day" and len(parts) >= 5:
            out.append((float(parts[3]), float(parts[4])))
    return out


def clock_times_disagree(a: Claim, b: Claim) -> bool:
    """Both clauses give a clock time and no two of them overlap within their rounding
    ("left at 6 a.m." / "returned at midnight", "at 9:40 p.m." / "at 11:15 p.m."): one act
    is not said to happen at two times of one day. A relative tolerance does not fit a
    clock (9:40 and 11:15 p.m. are 7% apart in seconds after midnight)."""
    ta, tb = _clock_times(a), _clock_times(b)
    return bool(ta and tb) and not any(x[0] <= y[1] and y[0] <= x[1] for x in ta for y in tb)


#: number words up to twelve: a cardinal (it counts) and an ordinal (it names one member
#: of a series) of each number


def ordinal_form(n: str) -> str:
    """The normalised form of the ordinal of the whole number written ``n`` in digits
    ("3" -> "3rd", "11" -> "11th", "22" -> "22nd"): never equal to a cardinal's form, so
    "the third man" and "three men" state no number in common."""
    last2, last = n[-2:], n[-1]
    suffix = (
        "th" if last2 in ("11", "12", "13") else {"1": "st", "2": "nd", "3": "rd"}.get(last, "th")
    )
    return n + suffix


_NUMBER_WORDS = {w: str(n) for w, n in counts(0, 12, indefinite=False).items()} | {
    w: ordinal_form(str(n)) for n, w in enumerate(ORDINALS) if w
}
#: a written ordinal in digits ("3rd", "21st", "1,000th"), a number in digits, or a word
_NUMERAL = re.compile(r"\d[\d,]*(?:st|nd|rd|th)\b|\d[\d,.]*\d|\d|[A-Za-z]+", re.IGNORECASE)
_DIGIT_ORDINAL = re.compile(r"([\d,]+)(?:st|nd|rd|th)", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
#: a clock time in words: "twenty to four", "a quarter past six", "half past ten",
#: "nine o'clock" (never "from ten to four", a range, nor "ten to four per cent")
_SPOKEN_CLOCK = (
    rf"(?<!from )\b(?:(?:a\s+)?quarter|half|five|ten|twenty|twenty-five)\s+(?:past|to)\s+{_HOUR}\b"
    r"(?!\s*(?:%|per\s*cent|percent))"
    rf"|\b{_HOUR}\s+o'clock\b"
)
#: dates, years, clock times ("7 a.m.", "3.45am", "07:15", "twenty to four") and ages
#: ("Biden, 82,"): compared as dates or times or not at all
_NOT_A_FIGURE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b(?:1[89]|20)\d\d\b|\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b"
    rf"|,\s*\d{{1,3}}\s*,|(?i:{_SPOKEN_CLOCK})"
)


@lru_cache(maxsize=4096)
def numerals(text: str) -> frozenset[str]:
    """The numbers a clause states, digits or words, normalised ("1,200" -> "1200"),
    cardinals as digits ("three" -> "3") and ordinals as digits with their suffix ("third"
    and "3rd" -> "3rd", :func:`ordinal_form`): an ordinal names one member of a series
    and a cardinal counts, so "the third man was arrested" and "three men are under arrest"
    share no number. "one" is left out (it is mostly a pronoun), and so are dates, years,
    clock times and ages (:data:`_NOT_A_FIGURE`)."""
    out = set()
    text = _HALVES.sub(_half, _NOT_A_FIGURE.sub(" ", text))
    toks = list(_NUMERAL.finditer(text))
    for i, m in enumerate(toks):
        tok = m.group()
        ordinal = _DIGIT_ORDINAL.fullmatch(tok)
        if ordinal:
            out.add(ordinal_form(ordinal.group(1).replace(",", "")))
            continue
        if tok[0].isdigit():
            said = tok.replace(",", "").rstrip(".")
        elif tok.lower() in _NUMBER_WORDS and tok.lower() != "one":
            said = _NUMBER_WORDS[tok.lower()]
        else:
            continue
        out.add(said)
        if said.isdigit() and _label(text, toks, i):
            out.add(ordinal_form(said))
    return frozenset(out)


#: a whole and a half in words or digits: "three and a half", "2 and a half"
_HALVES = re.compile(r"\b(\w+) and a half\b", re.I)


def _half(m: re.Match) -> str:
    """ "three and a half" -> "3.5"; the words as written when the whole is no number."""
    whole = m.group(1)
    value = whole if whole.isdigit() else _NUMBER_WORDS.get(whole.lower())
    return f"{value}.5" if value and value.isdigit() else m.group(0)


def _label(text: str, toks: list[re.Match], i: int) -> bool:
    """Whether the cardinal ``toks[i]`` labels one member of a series after its noun
    ("stage 7 of the race", "in Game 3.", "Gate 12"): a content word (no spaCy stop word)
    just before it, and "of", punctuation or the end of the text after it ("12 per cent",
    "7 people" count). Such a
    number names what an ordinal names ("the seventh stage"), so it states both forms."""
    if i == 0 or not toks[i - 1].group().isalpha():
        return False
    if text[toks[i - 1].end() : toks[i].start()].strip():
        return False
    from spacy.lang.en.stop_words import STOP_WORDS  # here: a warm brief imports no spaCy

    if toks[i - 1].group().lower() in STOP_WORDS:
        return False
    if i + 1 == len(toks) or text[toks[i].end() : toks[i + 1].start()].strip():
        return True
    return toks[i + 1].group().lower() == "of"


def numerals_disagree(a: Claim, b: Claim) -> bool:
    """Both clauses state numbers, no figure of theirs agrees and they share no number:
    "moved up to third" / "moved up to fourth", "winds of 130 km/h" / "winds peaked at 110
    km/h" when the extractor gave the two figures different kinds. (Leaving out numbers of
    a figure whose dimension the other clause lacks was measured in session 16: more gold
    pairs, but heldout_s8 consensus recall 18 -> 13 of 50; not kept.)"""
    na, nb = numerals(a.text), numerals(b.text)
    return bool(na and nb) and not (na & nb) and not values_agree(a, b)


def numerals_shared(a: Claim, b: Claim) -> bool:
    """Both clauses state one number ("six of them are being treated in hospital" / "six
    children are in hospital"), dates, years, clock times and ages left out
    (:func:`numerals`): a counted argument in common though the extractor gave it no
    counted noun in one of them."""
    return bool(numerals(a.text) & numerals(b.text))


def values_agree(a: Claim, b: Claim) -> bool:
    """Some figure of one dimension and unit is given in both clauses within
    ``FIGURE_TOLERANCE``, whatever it counts or whose it is: "12 miles" and "19 km" state
    one distance in two units (the figures are stored in SI units), so their numerals do
    not disagree."""
    fa = [f.split("|")[:3] for f in a.figures]
    fb = [f.split("|")[:3] for f in b.figures]
    return any(
        x[:2] == y[:2] and _close(float(x[2]), float(y[2]))
        for x in fa
        for y in fb
        if len(x) == 3 and len(y) == 3
    )


def figures_agree(a: Claim, b: Claim) -> bool:
    """Some figure of one kind is given in both clauses within ``FIGURE_TOLERANCE``; a
    clock time of one kind (whose it is) within the rounding of both
    (:func:`clock_times_disagree`: 9:40 and 11:15 p.m. are no one time)."""
    fa = [(_figure(f), f.split("|")) for f in a.figures]
    fb = [(_figure(f), f.split("|")) for f in b.figures]
    return any(
        kinds_meet(ka, kb) and (_clock_overlap(pa, pb) if pa[0] == "time of day" else _close(x, y))
        for (ka, x), pa in fa
        for (kb, y), pb in fb
    )


def _clock_overlap(pa: list[str], pb: list[str]) -> bool:
    """Two split clock-time figure strings whose rounding intervals overlap."""
    return float(pa[3]) <= float(pb[4]) and float(pb[3]) <= float(pa[4])


def _dates(c: Claim) -> list[tuple[str, str]]:
    return [tuple(d.split("|", 1)) for d in c.dates]  # type: ignore[misc]


#: precisions fine enough that a day and a month of them are compared at the month
CALENDAR = frozenset({"day", "month"})


def dates_disagree(a: Claim, b: Claim) -> bool:
    """Both clauses give comparable dates (of one precision, or a day and a month: "from
    March 1, 2027" / "in April next year") and none of them agree at the coarser
    precision. A year is compared only with a year: "in 2027" says too little of when in
    it."""
    da, db = _dates(a), _dates(b)
    same = [(x, y) for x in da for y in db if x[1] == y[1] or {x[1], y[1]} <= CALENDAR]
    return bool(same) and not any(dates_compatible(x, y) for x, y in same)


def dates_agree(a: Claim, b: Claim) -> bool:
    """Some date of one precision is given in both clauses and agrees."""
    return any(x[1] == y[1] and dates_compatible(x, y) for x in _dates(a) for y in _dates(b))


#: nouns a report uses to refer back to the story's event itself ("the move comes after
#: ...", "the decision was driven by ..."): as an actor they name no other party
EVENT_NOUNS = EVENT_ANAPHOR_NOUNS
EVENT_KEY = "@event"  # the argument key every event anaphor shares


def event_anaphor(c: Claim) -> bool:
    """The claim's actor is the story's event referred back to ("The move represents a
    shift", "This decision was driven by ..."), not a named or described party."""
    return not c.actor_label and c.actor_key in EVENT_NOUNS


def _keys(c: Claim) -> frozenset[str]:
    keys = set(c.entities)
    for k in (c.actor_key, c.patient_key):
        if k:
            keys.add(k)
    if event_anaphor(c) or c.patient_key in EVENT_NOUNS:  # "the move was driven by ..."
        keys.add(EVENT_KEY)
    return frozenset(keys)


# --------------------------------------------------------------------------- predicates


def _classes(table: dict[str, str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, words in table.items():
        for w in words.split():
            out.setdefault(w, set()).add(name)
    return {w: frozenset(v) for w, v in out.items()}


#: alignment-side classes of predicates (lemma or :data:`consilience.claims.FRAMES` frame)
#: that news writers use for one event, beyond the frames the extractor and the statement
#: conflicts share: "suspended launches" / "grounded the rocket" / "halted flights", "the
#: rocket failed" / "exploded" / "was lost", "signed X" / "X joins". A predicate may be in
#: several classes ("stand down" a fleet or from a post). Two predicates of one class match
#: as one frame does; the arguments still decide (:func:`candidate`), and a doer of one
#: that is the undergoer of the other is one party (:func:`_swapped_roles`).
PREDICATE_CLASSES: dict[str, frozenset[str]] = _classes(
    {
        "halt": "suspend ground stand_down halt pause freeze stop shut_down close_down "
        "mothball idle",
        "fail": "collapse fail explode crash break_up blow_up disintegrate malfunction",
        "sign": "sign join recruit acquire hire snap_up complete_signing",
        "walkout": "strike walk_out walk stage_walkout down_tool",
        "leak": "leak seep spill escape discharge",
        "resign": "resign quit step_down stand_down",
        "oust": "oust topple unseat vote_out bring_down remove",
        "flow": "flow travel surge sweep rush cover spread stretch extend reach",
    }
)

#: event nouns -> their verb ("the signing of X" states sign X, "the loss of the rocket"
#: lose the rocket): a nominal claim whose predicate is the noun compares as the verb
DEVERBAL: dict[str, str] = {
    "signing": "sign",
    "loss": "lose",
    "failure": "fail",
    "suspension": "suspend",
    "grounding": "ground",
    "explosion": "explode",
    "crash": "crash",
    "death": "die",
    "killing": "kill",
    "resignation": "resign",
    "departure": "depart",
    "approval": "approve",
    "authorization": "approve",
    "authorisation": "approve",
    "closure": "close",
    "shutdown": "shut_down",
    "walkout": "walk_out",
    "strike": "strike",
    "stoppage": "walk_out",
    "evacuation": "evacuate",
    "arrest": "arrest",
    "release": "release",
    "acquisition": "acquire",
    "recruitment": "recruit",
    "appointment": "appoint",
    "election": "elect",
    "rejection": "reject",
    "destruction": "destroy",
    "cancellation": "cancel",
    "postponement": "postpone",
    "ouster": "oust",
    "removal": "remove",
    "breach": "breach",
    "flooding": "flood",
    "spill": "spill",
    "leak": "leak",
    "discharge": "discharge",
}


#: verbs that only say an event named by their subject or object began or took place:
#: "the strike began", "the walkout got under way", "nurses went on strike", "staged a
#: walkout" state the event itself
EVENT_ONSET = frozenset(
    "begin start commence get go stage hold launch mount break_out occur happen take_place "
    "unfold".split()
)


def event_verb(c: Claim) -> str | None:
    """The verb of the event noun an onset or light verb (:data:`EVENT_ONSET`) takes as
    its subject or object ("the strike began" -> strike, "went on strike" -> strike,
    "staged a walkout" -> walk_out, "the eruption happened" -> erupt: :func:`noun_verb`), or that an approving verb takes as its undergoer
    (:func:`approved_act`: "the increase approved by the board" -> increase), else None."""
    if c.frame == "approve" and c.modality != PERMITTED:
        return approved_act(c.patient_key)
    if c.predicate not in EVENT_ONSET:
        return None
    for noun in (c.actor_key, c.patient_key):
        verb = noun_verb(noun)
        if verb is not None:
            return verb
    return None


@lru_cache(maxsize=65536)
def noun_verb(noun: str | None) -> str | None:
    """The verb an event noun names: :data:`DEVERBAL`, else, for a noun WordNet gives as an
    event (an act is one) and knows more as a noun than as a verb, the verb it is derived
    from (:func:`consilience.same_act.act_verbs`: "eruption" -> "erupt", "breakout" ->
    "break_out"; of several, the one with most verb senses, then the first in order); None
    for a noun that names no act ("porter" is derived from "port" but names a person)."""
    if not noun:
        return None
    verb = DEVERBAL.get(noun)
    if verb is not None or not is_a(noun, "event"):
        return verb
    verbs = sorted(act_verbs(noun) - {noun})
    if not verbs:
        return None
    return max(verbs, key=lambda v: (len(lexicon.senses(v, "v")), [-ord(ch) for ch in v]))


#: nouns of a plan or permission, not of an act: approving one does not do it
_NOT_ACTS = frozenset(NOMINAL_ACTS) | {"budget", "deal", "law", "bill", "measure", "motion"}


def approved_act(noun: str | None) -> str | None:
    """The act a decider does by approving the noun ``noun`` names ("approved a rise of a
    quarter point": the bank raised it, "the increase approved by the board"): the verb
    WordNet derives the noun from (:func:`consilience.lexicon.verbs_of`; the noun itself
    when it is that verb too, else the first in order), None for a noun that names no act
    or only a plan or permission ("approved the plan", :data:`_NOT_ACTS`)."""
    if not noun or noun in _NOT_ACTS or noun in GENERAL_NOUNS:
        return None
    verbs = lexicon.verbs_of(noun)
    if not verbs:
        return DEVERBAL.get(noun)
    return noun if noun in verbs else sorted(verbs)[0]


def event_classes(c: Claim) -> frozenset[str]:
    """The predicate classes a claim may state: its frame, its predicate (an event noun as
    its verb, :data:`DEVERBAL`; an onset or light verb as its event noun's verb,
    :func:`event_verb`), that verb's frame and their :data:`PREDICATE_CLASSES`."""
    return _event_classes(c.frame, c.predicate, c.modality, c.actor_key, c.patient_key)


@lru_cache(maxsize=65536)
def _event_classes(frame, predicate, modality, actor_key, patient_key) -> frozenset[str]:
    """:func:`event_classes` of a claim with these fields (the only ones it reads): a
    story compares each claim with every other, so each is worked out once."""
    c = Claim("", 0, 0, "", 0, "", predicate, frame, modality=modality)
    c.actor_key, c.patient_key = actor_key, patient_key  # event_verb reads these five
    verb = event_verb(c) or DEVERBAL.get(c.predicate, c.predicate)
    names = {c.frame, verb, FRAMES.get(verb, verb)}
    out = set(names)
    for n in names:
        out |= PREDICATE_CLASSES.get(n, frozenset())
    return frozenset(out)


#: transitive verbs whose undergoer suffers what an intransitive class says: "Orbitex lost
#: the rocket" = "the rocket failed", but "Vance lost the vote" is not "the motion failed"
LOST_AS: dict[str, str] = {"lose": "fail"}


def same_predicate(a: Claim, b: Claim) -> bool:
    """The two predicates may state one event: one frame, a shared class
    (:func:`event_classes`), a :data:`LOST_AS` verb whose undergoer is the doer of the
    other's class ("lost the Kestrel-3" / "the Kestrel-3 failed"), a state the other's act
    results in (:func:`result_state`: "remains closed" / "was closed"), or one act by
    WordNet said of aligned arguments (:func:`same_act`)."""
    if a.frame == b.frame or event_classes(a) & event_classes(b):
        return True
    if _lost_as(a, b) or _lost_as(b, a) or result_state(a, b):
        return True
    return same_act(a, b)


def result_state(a: Claim, b: Claim) -> bool:
    """One clause is a state that the other's act leaves its undergoer in
    (:func:`consilience.result_states.result_of`): "the tunnel remains closed" / "the
    tunnel was closed", "two men are under arrest" / "police arrested two men"; the
    state's subject and the act's undergoer name one party (:func:`_one_party`)."""
    from .result_states import result_of  # here: a warm brief imports no spaCy

    return result_of(a, b, _one_party) or result_of(b, a, _one_party)


def _one_party(x: str | None, y: str | None) -> bool:
    """Two argument keys name one party: equal, head nouns WordNet relates
    (:func:`heads_related`) or one name within the other (:func:`_names_meet`)."""
    if not x or not y or x in GENERAL_NOUNS or y in GENERAL_NOUNS:
        return False
    return x == y or heads_related(x, y) or _names_meet([x], {y}) or _names_meet([y], {x})


def act_of(c: Claim) -> str:
    """The verb a claim states: an onset or light verb's event noun's verb
    (:func:`event_verb`), an event noun's verb (:data:`DEVERBAL`), else its predicate."""
    return event_verb(c) or DEVERBAL.get(c.predicate, c.predicate)


def same_act(a: Claim, b: Claim) -> bool:
    """WordNet gives the two predicates as one act (:func:`consilience.same_act.acts_related`:
    a shared sense, a direct hypernym, a deverbal noun's verb; never opposites) and the
    clauses' core arguments align (:func:`roles_align`): "the ferry reached the harbour" /
    "the ferry arrived at the harbour", but not "reached a deal" / "arrived in the capital".
    A general hypernym ("about 200 residents were evacuated" / "200 people were moved out")
    or a relation through a rarer sense (:func:`acts_in_some_sense`: "eleven tortoises were
    lifted" / "stole eleven tortoises", but not "meals served at the school" / "meals
    supplied to the school") counts only with one counted figure in both clauses, or,
    for the rarer sense, with both the doer and the undergoer aligned
    (:func:`doer_and_undergoer_align`: "storms exposed the wreck" / "storms uncovered the
    wreck")."""
    p, q = act_of(a), act_of(b)
    if acts_related(p, q) or acts_caused(p, q):
        return roles_align(a, b)
    if acts_in_some_sense(p, q) and doer_and_undergoer_align(a, b):
        return True
    if acts_related(p, q, general=True) or acts_in_some_sense(p, q):
        return counted_figures_agree(a, b)
    return False


def doer_and_undergoer_align(a: Claim, b: Claim) -> bool:
    """Both core arguments of the two clauses align: one doer (:func:`actors_align`) and one
    undergoer (:func:`patients_align`), neither a general noun (:data:`GENERAL_NOUNS`).
    Two anchors in the arguments are what lets a rarer WordNet sense of a predicate count
    (:func:`same_act`): "the flood uncovered the old hull" / "the flood exposed the old
    hull", where one anchor ("the flood ... the harbour") would not."""
    keys = (a.actor_key, a.patient_key, b.actor_key, b.patient_key)
    if not all(keys) or any(k in GENERAL_NOUNS for k in keys):
        return False
    return actors_align(a, b) and patients_align(a, b)


@lru_cache(maxsize=65536)
def acts_in_some_sense(p: str, q: str) -> bool:
    """Whether two predicate lemmas name one act in *some* sense of each, not only in their
    most frequent ones (:func:`consilience.same_act.acts_related`): one is a direct
    hypernym of any sense of the other and is itself specific (fewer than
    :data:`consilience.same_act.GENERAL_SENSES` senses: "lifted eleven tortoises" /
    "stole eleven tortoises", "lift" being in one sense a kind of "steal"), or the two
    share a synset in any sense and are not both general ("sacked" / "fired"); never
    WordNet opposites. A word's rarer sense is read only where the clauses give one counted
    figure (:func:`same_act`)."""
    for x in act_verbs(p):
        for y in act_verbs(q):
            if _senses_related(x, y):
                return True
    return False


def _senses_related(x: str, y: str) -> bool:
    """:func:`acts_in_some_sense` for two verb lemmas."""
    sx, sy = lexicon.senses(x, "v"), lexicon.senses(y, "v")
    if not sx or not sy or x == y or lexicon.opposite(x, y, "v", len(sx) + len(sy)):
        return False
    general_x, general_y = len(sx) >= GENERAL_SENSES, len(sy) >= GENERAL_SENSES
    if y in lexicon.hypernyms(x, "v", len(sx)) and not general_y:
        return True
    if x in lexicon.hypernyms(y, "v", len(sy)) and not general_x:
        return True
    return lexicon.same_sense(x, y, "v", max(len(sx), len(sy))) and not (general_x and general_y)


def roles_align(a: Claim, b: Claim) -> bool:
    """The two clauses have one doer or one undergoer (:func:`actors_align`,
    :func:`patients_align`), one counted figure ("five divers") or one day
    (:func:`days_agree`: "detected the intrusion on 3 May" / "found the breach on May 3")."""
    if actors_align(a, b) or patients_align(a, b):
        return True
    return counted_figures_agree(a, b) or days_agree(a, b) or clock_times_agree(a, b)


def clock_times_agree(a: Claim, b: Claim) -> bool:
    """Both clauses give a clock time and two of them overlap within their rounding
    ("erupted at 11:42 p.m." / "the eruption began at 23:42"): one act at one minute."""
    ta, tb = _clock_times(a), _clock_times(b)
    return any(x[0] <= y[1] and y[0] <= x[1] for x in ta for y in tb)


def days_agree(a: Claim, b: Claim) -> bool:
    """Both clauses give one date of day precision."""
    return any(
        x[1] == y[1] == "day" and dates_compatible(x, y) for x in _dates(a) for y in _dates(b)
    )


def actors_align(a: Claim, b: Claim) -> bool:
    """One doer: the same actor key, actor phrases naming one party (:func:`phrases_meet`)
    or actor head nouns WordNet relates ("the ship" / "the vessel", :func:`heads_related`)."""
    if a.actor_key and a.actor_key == b.actor_key or phrases_meet(a.actor, b.actor):
        return True
    return heads_related(a.actor_key, b.actor_key)


def patients_align(a: Claim, b: Claim) -> bool:
    """One undergoer: the same patient key, patient phrases naming one party or patient
    head nouns WordNet relates ("an inquiry" / "an investigation", :func:`heads_related`)."""
    if a.patient_key and a.patient_key == b.patient_key or phrases_meet(a.patient, b.patient):
        return True
    return related_patients(a, b)


def related_patients(a: Claim, b: Claim) -> bool:
    """The undergoers' head nouns name one thing by WordNet (:func:`heads_related`)."""
    return heads_related(a.patient_key, b.patient_key)


def heads_related(p: str | None, q: str | None) -> bool:
    """Two argument keys are head nouns WordNet relates (:func:`nouns_related`), neither a
    general noun (:data:`GENERAL_NOUNS`)."""
    if not p or not q or p in GENERAL_NOUNS or q in GENERAL_NOUNS:
        return False
    return nouns_related(p, q)


def _lost_as(a: Claim, b: Claim) -> bool:
    verb = DEVERBAL.get(a.predicate, a.predicate)
    cls = LOST_AS.get(verb) or LOST_AS.get(a.frame)
    if cls is None or cls not in event_classes(b):
        return False
    return _meets(a.patient_key, a.patient, b, "actor")


FEATURES = ("cos", "sentence", "frame", "actor", "patient", "nouns", "figure", "date", "length")


def pair_features(a: Node, b: Node, cos: float) -> dict[str, float]:
    """Features of a claim pair that :func:`alignment_score` weighs: clause cosine, cosine
    of the sentences stating them, same
    frame, same actor, same patient, Jaccard of the clauses' noun lemmas, an agreeing
    figure, an agreeing date, and the ratio of the shorter clause's length to the longer's.
    (A feature for one act of one doer on one undergoer, fitted on heldout s5-s7 in session
    8, cost consensus precision; a lower cosine gate for such pairs changed nothing.)"""
    ca, cb = a.claim, b.claim
    na, nb = set(ca.nouns), set(cb.nouns)
    sa, sb = a.sentence_vector, b.sentence_vector
    return {
        "cos": cos,
        "sentence": float(sa @ sb) if sa is not None and sb is not None else cos,
        "frame": float(same_predicate(ca, cb)),
        "actor": float(same_actor(ca, cb)),
        "patient": float(same_patient(ca, cb)),
        "nouns": len(na & nb) / max(1, len(na | nb)),
        "figure": float(figures_agree(ca, cb) or measures_agree(ca, cb)),
        "date": float(dates_agree(ca, cb)),
        "length": min(len(ca.text), len(cb.text)) / max(1, len(ca.text), len(cb.text)),
    }


def same_actor(a: Claim, b: Claim) -> bool:
    """One doer: the same actor key, actor phrases naming one party (:func:`phrases_meet`),
    or the doer of one the undergoer of the other's paraphrase (:func:`_swapped_roles`)."""
    if a.actor_key and a.actor_key == b.actor_key:
        return True
    return phrases_meet(a.actor, b.actor) or _swapped_roles(a, b)


def same_patient(a: Claim, b: Claim) -> bool:
    """One undergoer: the same patient key or patient phrases naming one party."""
    if a.patient_key and a.patient_key == b.patient_key:
        return True
    return phrases_meet(a.patient, b.patient) or _swapped_roles(a, b)


def alignment_score(a: Node, b: Node, cos: float) -> float:
    """Probability (0..1) that two claims state one claim: a logistic model over
    :func:`pair_features` with :data:`WEIGHTS`, fitted on annotated claim pairs."""
    f = pair_features(a, b, cos)
    z = BIAS + sum(WEIGHTS[k] * f[k] for k in FEATURES)
    return 1.0 / (1.0 + math.exp(-z))


def compatible(a: Claim, b: Claim) -> bool:
    """Nothing in the two claims disagrees: figures, dates, stated numbers, polarity,
    predicates (:func:`consilience.opposition.opposed`, and opposite acts said of one
    argument in any role, :func:`opposite_acts`); both current or both superseded (a state
    the text places before now); both said of all of a set or both of part of it
    (:func:`consilience.quantifier_scopes.scopes_disagree`: "covers every road" / "covers
    most streets"); both of one version of a thing (:func:`other_versions`)."""
    return not (
        a.superseded != b.superseded
        or figures_disagree(a, b)
        or dates_disagree(a, b)
        or numerals_disagree(a, b)
        or opposed(a, b)
        or a.negated != b.negated
        or opposite_acts(a, b)
        or scopes_disagree(a.text, b.text)
        or counted_part(a, b)
        or counted_part(b, a)
        or other_versions(a, b)
        or roles_reversed(a, b)
        or channels_differ(a, b)
    )


def channels_differ(a: Claim, b: Claim) -> bool:
    """Both clauses say which channel a message went by and name no channel in common
    ("were told *by email*" / "were told *by letter*": two accounts of one message, not one
    claim; :func:`consilience.channel_words.channels`)."""
    ca, cb = channels(a.text), channels(b.text)
    return bool(ca and cb) and not ca & cb


#: predicates with no doer and undergoer to reverse ("there were 60 passengers" / "the
#: passengers were on board")
ROLELESS_ACTS = frozenset({"be", "have", "become", "remain", "seem", "stay"})
#: predicates whose doer and undergoer may trade places with one event ("met", "merged with")
RECIPROCAL_ACTS = frozenset(
    "meet marry merge collide clash talk speak negotiate agree partner join fight play".split()
)


def roles_reversed(a: Claim, b: Claim) -> bool:
    """One act whose undergoer in one claim is its doer in the other: "dentists said they
    had been asked to treat patients" (the dentists asked) / "dentists are asking patients
    to pay" (the dentists ask), or "the union criticised the minister" / "the minister
    criticised the union", are two acts, not one -- of a specific verb (fewer than
    :data:`consilience.same_act.GENERAL_SENSES` WordNet senses, no copula): the one reversed must name its undergoer
    too (the clinics *open* is the clinics opened), and its doer, when named, must be the
    other's undergoer. Reciprocal acts
    (:data:`RECIPROCAL_ACTS`: "the mayor met the union" / "the union met the mayor") are
    one event either way round."""
    act = act_of(a)
    if act != act_of(b) or act in RECIPROCAL_ACTS or act in ROLELESS_ACTS:
        return False
    if len(lexicon.senses(act, "v")) >= GENERAL_SENSES:
        return False  # "do", "make", "pay": a general verb's roles are read too loosely
    for x, y in ((a, b), (b, a)):
        if not (x.patient_key and y.patient_key) or x.patient_key != y.actor_key:
            continue  # "opened the clinics" / "the clinics open": one undergoer, two uses
        if x.patient_key in (x.actor_key, y.patient_key):
            continue
        if x.actor_key and x.actor_key != y.patient_key:
            continue  # a third party: no swap of the two, more likely a misread clause
        return True
    return False


#: words that make a thing a later version of another ("sent *corrected* results")
VERSION_WORDS = frozenset({"corrected", "correct", "revised", "amended", "updated"})


def other_versions(a: Claim, b: Claim) -> bool:
    """One claim's object is a later version of a thing ("sent *corrected* results to all
    94 customers") and the other's is not ("was sent a stranger's results"): two things,
    so two acts."""
    pa, pb = (set((c.patient or "").lower().split()) for c in (a, b))
    if not pa or not pb:
        return False
    return bool(pa & VERSION_WORDS) != bool(pb & VERSION_WORDS)


def counted_part(whole: Claim, part: Claim) -> bool:
    """``whole`` says its act of every member of a set, its subject or object opening with
    "all", "every" or "each" ("*All* Skyvale flights have been cancelled"), and gives no
    count of it, and ``part`` counts the members its act was
    done to ("*forty* Skyvale flights were cancelled" at one airport): a part, not the
    whole set, unless the count is the whole's own ("all 40 flights") or a definite count
    that is a whole set itself ("*the remaining* 265 stores", "*its* 312 stores")."""
    if not any(_UNIVERSAL_PHRASE.match(p or "") for p in (whole.actor, whole.patient)):
        return False
    if _definite_count(part):
        return False
    mine = {_figure(f)[0] for f in whole.figures if f.startswith("count|")}
    theirs = {_figure(f)[0] for f in part.figures if f.startswith("count|")}
    heads = {counted_class(k) for k in (whole.patient_key, whole.actor_key) if k}
    return any(k.split("|")[2].partition("/")[0] in heads for k in theirs - mine)


#: a subject or object phrase that names every member of a set ("All Skyvale flights",
#: "every branch", "all the stores"); not a total ("worth 30,000 euros in all")
_UNIVERSAL_PHRASE = re.compile(r"^(?:all|every|each)\b", re.I)
_DEFINITE_COUNT = re.compile(r"^(?:the|its|their|our|his|her|these|those|all)\s", re.I)


def _definite_count(c: Claim) -> bool:
    """The subject or object of ``c`` is a definite phrase ("the remaining 265 stores",
    "its 312 stores"): a whole set, however counted."""
    return any(_DEFINITE_COUNT.match(p or "") for p in (c.actor, c.patient))


def opposite_acts(a: Claim, b: Claim) -> bool:
    """Both clauses asserted (or both denied) with predicates WordNet gives as opposite
    acts or states (:func:`consilience.act_relations.relation` is -1 for some pair of their
    frame, lemma and event verb and 1 for none: "the pump functioned" / "the pump failed",
    "the wall held" / "the water breached the wall") said of one argument
    (:func:`arguments_meet`). Two sides of one statement never state one claim."""
    if a.negated != b.negated or a.frame == b.frame or "be" in (a.frame, b.frame):
        return False
    if not arguments_meet(a, b) or other_matters(a, b):
        return False
    rels = {relation(x, "v", y, "v") for x in _act_words(a) for y in _act_words(b)}
    return -1 in rels and 1 not in rels


def states_opposite(a: Claim, b: Claim) -> bool:
    """``b`` says the opposite of ``a`` about one participant (:func:`arguments_meet`):
    an opposite act (:func:`opposite_acts`), or the same act (:func:`same_predicate`)
    denied in one and asserted in the other ("the pump failed" / "the pump did not fail"),
    with both clauses placing the act at one stage (:func:`stage`), both current, and no
    date of one precision that differs (two days are two events, not two readings)."""
    if a.superseded != b.superseded or stage(a) != stage(b) or dates_disagree(a, b):
        return False
    if opposite_acts(a, b):
        return True
    if a.negated == b.negated or not same_predicate(a, b):
        return False
    return arguments_meet(a, b) and not other_matters(a, b)


#: kinds of noun that say when, not what ("after midnight", "through the night")
_WHEN_KINDS = ("time_period", "time_unit", "clock_time")


def other_matters(a: Claim, b: Claim) -> bool:
    """Each clause has a noun the other lacks and WordNet does not relate to any of the
    other's (times left out, :data:`_WHEN_KINDS`): the two speak of different matters of
    one participant ("cleared of money laundering" / "convicted of fraud"), not of one."""
    ua, ub = _own_nouns(a, b), _own_nouns(b, a)
    return bool(ua and ub)


def _own_nouns(a: Claim, b: Claim) -> set[str]:
    """Nouns of ``a`` that ``b`` neither uses nor relates by WordNet, times left out."""
    theirs = set(b.nouns)
    return {
        n
        for n in set(a.nouns) - theirs - GENERAL_NOUNS
        if not any(is_a(n, k) for k in _WHEN_KINDS) and not any(nouns_related(n, m) for m in theirs)
    }


def _act_words(c: Claim) -> frozenset[str]:
    """The verbs a claim's act may be looked up as: frame, predicate and event verb."""
    return frozenset(w for w in (c.frame, c.predicate, act_of(c)) if w and w not in COPULAS)


def arguments_meet(a: Claim, b: Claim) -> bool:
    """The clauses speak of one participant, in whatever role (the doer of one may be the
    undergoer of the other: "the wall held" / "the water breached the wall"), and no role
    both fill is filled by different parties ("police opened an inquiry" / "police closed
    the road" are about different things)."""
    ra = {"actor": a.actor_key, "patient": a.patient_key}
    rb = {"actor": b.actor_key, "patient": b.patient_key}
    mine = {k for k in ra.values() if k and k not in GENERAL_NOUNS}
    theirs = {k for k in rb.values() if k and k not in GENERAL_NOUNS}
    if not mine & theirs:
        return False
    straight = all(ra[r] == rb[r] for r in ra if ra[r] and rb[r])
    swapped = ra["actor"] in theirs and ra["actor"] == rb["patient"]
    swapped = swapped or ra["patient"] in theirs and ra["patient"] == rb["actor"]
    return straight or swapped


def candidate(a: Node, b: Node, cos: float) -> bool:
    """Whether two claims of different articles may state one claim at all: compatible,
    not two different named actors of one kind, predicates that match (same frame or
    class, or a clause cosine of ``PARAPHRASE_COSINE``), a clause cosine of
    ``ALIGN_COSINE`` (``ARGUMENT_COSINE`` for one predicate over a shared named argument,
    :func:`named_argument_shared`) and a shared core argument (:func:`core_shared`) unless
    the cosine is very high. A causative and its result that agree on a counted figure
    ("killing at least two people" / "two people lost their lives", :func:`converse`) are
    compared whatever their cosine: a long clause's vector says little of each of its
    parts. The cosine floors are fitted on annotated pairs
    (``python bench/align_pairs_bench.py --fit``)."""
    ca, cb = a.claim, b.claim
    if ca.article == cb.article or not compatible(ca, cb) or reach_numerals_disagree(a, b):
        return False
    return _comparable(a, b, cos)


def _comparable(a: Node, b: Node, cos: float) -> bool:
    """:func:`candidate` after its compatibility check."""
    ca, cb = a.claim, b.claim
    if converse(ca, cb) or converse(cb, ca):
        return True
    pred = same_predicate(ca, cb)
    if not _close_enough(a, b, cos, pred):
        return False
    if _different_actors(ca, cb) or _different_states(ca, cb, cos):
        return False
    if _different_grantors(a, b) or different_undergoers(ca, cb):
        return False
    if _different_events(ca, cb, cos) or _done_and_pending(ca, cb):
        return False
    return core_shared(a, b) or cos >= STRONG_COSINE


def _close_enough(a: Node, b: Node, cos: float, pred: bool) -> bool:
    """The cosine gates of :func:`candidate`: a different predicate needs
    ``PARAPHRASE_COSINE``; one predicate needs ``ALIGN_COSINE``, or ``ARGUMENT_COSINE``
    when the two clauses share a named argument, or a counted figure or measure
    (:func:`figure_anchored`). A different predicate said of two events that two kinds of
    argument anchor (:func:`argument_anchored`: a shared doer or undergoer with a figure,
    a date, a name) needs only ``ANCHORED_COSINE`` (:func:`anchored_paraphrase`)."""
    if not pred:
        if _possession_and_act(a.claim, b.claim) and cos < STRONG_COSINE:
            return False  # "the pumps had a clean record" / "both pumps stopped working"
        if cos >= max(PARAPHRASE_COSINE, ALIGN_COSINE):
            return True
        return cos >= ANCHORED_COSINE and anchored_paraphrase(a, b)
    if cos >= ALIGN_COSINE or figure_anchored(a.claim, b.claim):
        return True
    return cos >= ARGUMENT_COSINE and named_argument_shared(a, b)


#: clause cosine below which two predicates of different classes that share a party only
#: in crossed roles are never one claim (:func:`crossed_only`)
CROSSED_COSINE = 0.7


def crossed_only(a: Claim, b: Claim) -> bool:
    """The one party two clauses share is the doer of one and the undergoer of the other,
    and they share no party in one role ("*your first tile* mattered" / "*each tile* here
    was pressed"): with two predicates of different classes that is two acts, unless the
    clauses read nearly alike (:data:`CROSSED_COSINE`); a converse ("the rocket failed" /
    "Aster lost the rocket") is read apart, :func:`_swapped_roles`."""
    if _swapped_roles(a, b):
        return False
    same = {k for k in (a.actor_key,) if k and k == b.actor_key}
    same |= {k for k in (a.patient_key,) if k and k == b.patient_key}
    crossed = (a.actor_key and a.actor_key == b.patient_key) or (
        a.patient_key and a.patient_key == b.actor_key
    )
    return bool(crossed) and not same


def anchored_paraphrase(a: Node, b: Node) -> bool:
    """Two event clauses (no appositive, title or clause on a noun) that two kinds of
    argument anchor (:func:`argument_anchored`): "the Assembly passed the bill by 212 votes
    to 188" / "the Assembly adopted the act with 212 votes", "a balloon carrying 14 people
    struck power lines" / "the balloon, with 14 people aboard, came down". Writers choose
    their own verb for one act; the participants and values they give stay the same,
    while two acts of one participant rarely share a second anchor. Both must be acts: a
    copular clause ("the reopening of the hall on Saturday was a triumph") judges an event
    rather than telling it, and a clause of possession (:func:`_stative`) describes.
    The rest of :func:`candidate` (compatibility, actors, states,
    stages, a core argument) still holds."""
    ca, cb = a.claim, b.claim
    if not ca.role == cb.role == "event" or _stative(ca) or _stative(cb):
        return False
    if not argument_anchored(a, b):
        return False
    roles = (_role_keys(ca) & b.keys) | (_role_keys(cb) & a.keys)
    return not roles or _anchor_count(a, b) - _role_counts_only(ca, cb, roles) >= 2


def _role_counts_only(a: Claim, b: Claim, roles: frozenset[str] | set[str]) -> int:
    """1 when the figures the two clauses agree on only count the participants they share
    ("three sailors were held" / "three sailors were freed": the count is the sailors,
    no second anchor), else 0 ("a coach carrying 38 passengers" / "the coach, with 38
    people aboard": the coach and the count are two)."""
    if not figures_agree(a, b) or measures_agree(a, b):
        return 0
    heads = {k.split()[-1] for k in roles}
    counted: set[str] = set()
    for fa in a.figures:
        for fb in b.figures:
            (ka, x), (kb, y) = _figure(fa), _figure(fb)
            if not (kinds_meet(ka, kb) and _close(x, y)):
                continue
            noun = (fa.split("|") + [""] * 6)[5].partition("/")[0]
            role = next((h for h in heads if _counts_party(noun, h)), None)
            if not ka.startswith("count|") or role is None:
                return 0
            counted.add(role)
    return int(heads <= counted)


def _counts_party(noun: str, head: str) -> bool:
    """A figure's counted noun names an argument's head: the same word, one class of
    :data:`COUNTED_CLASSES`, or heads WordNet relates ("sailors" / "seamen")."""
    if not noun:
        return False
    same_class = noun in COUNTED_CLASSES and COUNTED_CLASSES[noun] == COUNTED_CLASSES.get(head)
    return noun == head or same_class or heads_related(noun, head)


def _copular(c: Claim) -> bool:
    """A clause whose verb is a copula or whose frame is a state ("be")."""
    return c.frame == "be" or c.predicate in COPULAS


def _possession_and_act(a: Claim, b: Claim) -> bool:
    """One clause tells what its subject has ("the pumps had a clean maintenance record"),
    the other an act with another verb ("both pumps stopped working"): a description of a
    participant, not the act, unless the clauses are near copies (``STRONG_COSINE``)."""
    if _possessing(a) == _possessing(b) or _copular(a) or _copular(b):
        return False
    return not (_act_named(a, b) or _act_named(b, a))  # "has an option" / "holds an option"


#: "have" that is no possession: a necessity ("will have to keep their phones") or a thing
#: got back ("every home has its power back": the result of restoring it)
_HAVE_NOT_OWN = re.compile(r"\b(?:have|has|had|having)\s+(?:to\b|(?:[\w']+\s+){1,3}back\b)", re.I)


def _possessing(c: Claim) -> bool:
    """A clause whose verb is "have" of possession (:data:`_HAVE_NOT_OWN` excepted)."""
    return c.predicate == "have" and not _HAVE_NOT_OWN.search(c.text)


def _stative(c: Claim) -> bool:
    """A copular clause (:func:`_copular`) or one of possession ("Before February the
    lifts had a good service record"): it describes a participant rather than telling an
    act, so another verb said of the same participant and date is no paraphrase of it."""
    return _copular(c) or c.predicate == "have"


def named_argument_shared(a: Node, b: Node) -> bool:
    """Both clauses name one party as the same role or give one named entity: a shared
    actor or patient key that is a name (:attr:`Claim.actor_label` or in
    :attr:`Claim.entities`), or a shared named entity of the clauses."""
    ca, cb = a.claim, b.claim
    names = (set(ca.entities) & set(cb.entities)) - {EVENT_KEY}
    if names:
        return True
    actor = same_actor(ca, cb) and bool(ca.actor_label or cb.actor_label)
    return actor or (same_patient(ca, cb) and bool(proper_words(ca.patient)))


def core_shared(a: Node, b: Node) -> bool:
    """A core argument in common: an argument key, an agreeing figure, measure or date,
    the doer of one the undergoer of the other, argument phrases naming one party, a head
    noun both use (:func:`_shared_head_noun`), one named actor (:func:`_one_named_actor`)
    or undergoers WordNet relates (:func:`related_patients`)."""
    ca, cb = a.claim, b.claim
    shared = bool(a.keys & b.keys) or figures_agree(ca, cb) or dates_agree(ca, cb)
    shared = shared or measures_agree(ca, cb) or numerals_shared(ca, cb)
    shared = shared or _swapped_roles(ca, cb) or phrases_meet(ca.actor, cb.actor)
    shared = shared or phrases_meet(ca.patient, cb.patient) or _shared_head_noun(ca, cb)
    return shared or _one_named_actor(ca, cb) or related_patients(ca, cb)


#: nouns too general to be the argument two clauses share ("the number of", "a way to")
GENERAL_NOUNS = frozenset(
    "people person thing time year day week month way part number lot kind sort case "
    "point fact percent per cent".split()
)


def _shared_head_noun(a: Claim, b: Claim) -> bool:
    """One predicate (:func:`same_predicate`) and a noun both clauses use that is the head
    of one's actor or patient ("advised keeping *the reservoir* lower" / "recommended
    lowering *the reservoir*"): an argument in common though the parser gave no key."""
    if not same_predicate(a, b):
        return False
    heads = {k for k in (a.actor_key, a.patient_key, b.actor_key, b.patient_key) if k}
    common = (set(a.nouns) & set(b.nouns)) - GENERAL_NOUNS
    return bool(common & heads)


def _one_named_actor(a: Claim, b: Claim) -> bool:
    """One clause names its actor and the other's actor is that name or part of it
    ("Okafor" / "Sam Okafor"): the actor is a shared argument though the keys differ."""
    if not ((a.actor_label or b.actor_label) and a.actor_keys and b.actor_keys):
        return False
    return _names_meet(a.actor_keys, _named(b)) or _names_meet(b.actor_keys, _named(a))


#: causative frame -> the frame of its result, whose actor is the causative's patient
#: ("the flood killed two people" = "two people died")
CONVERSE_FRAMES = {"kill": "die"}


def counted_figures_agree(a: Claim, b: Claim) -> bool:
    """Some figure that counts or measures a named thing ("two people", "1,200 homes") is
    given in both clauses within ``FIGURE_TOLERANCE``."""
    fa = [_figure(f) for f in a.figures]
    fb = [_figure(f) for f in b.figures]
    return any(
        kinds_meet(ka, kb) and not ka.endswith("|") and not ka.endswith("|/") and _close(x, y)
        for ka, x in fa
        for kb, y in fb
    )


def figure_anchored(a: Claim, b: Claim) -> bool:
    """One predicate (same frame) and one counted figure or measure: a pair worth scoring
    even when the clause vectors are far apart."""
    return same_predicate(a, b) and (counted_figures_agree(a, b) or measures_agree(a, b))


def measures_agree(a: Claim, b: Claim) -> bool:
    """One predicate (:func:`same_predicate`) and one measure -- a figure with a unit, not
    a count -- in both clauses within ``FIGURE_TOLERANCE``, whosever the extractor made it
    ("the flood surged 12 miles" / "water from the breach travelled 19 km")."""
    if not same_predicate(a, b):
        return False
    fa = [f.split("|")[:3] for f in a.figures]
    fb = [f.split("|")[:3] for f in b.figures]
    return any(
        x[:2] == y[:2]
        and x[1]
        and x[0] not in ("count", "time of day")
        and _close(float(x[2]), float(y[2]))
        for x in fa
        for y in fb
        if len(x) == 3 and len(y) == 3
    )


def converse(cause: Claim, result: Claim) -> bool:
    """``cause`` is a causative ("the dam's failure killed two people") and ``result`` its
    result ("two people died"), with the causative's patient the result's actor, the same
    counted figure and the same tense of events (:func:`_done_and_pending`)."""
    if CONVERSE_FRAMES.get(cause.frame) != result.frame or _done_and_pending(cause, result):
        return False
    return (
        bool(cause.patient_key)
        and cause.patient_key in result.actor_keys
        and (counted_figures_agree(cause, result))
    )


def _different_states(a: Claim, b: Claim, cos: float) -> bool:
    """Copular claims ("remain cautious" / "remain concerned", "represents a reversal" /
    "represents a shift") are about their complement: two different ones are two claims.
    One complement head with other modifiers ("was in territorial waters" / "was in
    international waters", :func:`_complements_differ`) differs however close the clauses;
    two complement keys with one head (:func:`_one_head`: "the first female jockey" / "the
    first jockey", "a blaze" / "a fire") differ only when each has a modifier the other
    lacks ("a cargo vessel" / "a fishing vessel"). A state that is the result of the
    other's act (:func:`result_state`: "the road remains closed" / "the road was closed")
    is that act's claim, not another state, and so is one state in two adjectives WordNet
    gives one sense (:func:`synonym_states`: "stay shut" / "remain closed"). A class
    (:func:`_classifying`) and an act are always two claims."""
    if "be" not in (a.frame, b.frame) or result_state(a, b):
        return False
    if a.frame == b.frame and a.patient_key and a.patient_key == b.patient_key:
        return _stated_states(a, b) and _complements_differ(a.patient, b.patient)
    if a.frame == b.frame and _one_head(a.patient_key, b.patient_key):
        return _complements_differ(_modifiers(a.patient_key), _modifiers(b.patient_key))
    if a.frame == b.frame and synonym_states(a.patient_key, b.patient_key):
        return False
    if a.frame != b.frame and (
        _classifying(a) and not _stative(b) or _classifying(b) and not _stative(a)
    ):
        return True  # "the Foundation is a registered charity" / "the Foundation gave £250,000"
    if cos >= STRONG_COSINE:
        return False
    if a.frame != b.frame:  # "remain cautious" / "remained concerned about X": a state
        return _adjectival(a) or _adjectival(b)  # and an act are two claims
    return bool(a.patient_key and b.patient_key and a.patient_key != b.patient_key)


def _one_head(p: str | None, q: str | None) -> bool:
    """Two argument keys with one head noun: the same last word ("jockey" / "female
    jockey") or heads WordNet gives as one thing (:func:`heads_related`: "blaze" /
    "fire")."""
    if not p or not q:
        return False
    hp, hq = p.split()[-1], q.split()[-1]
    return hp == hq or heads_related(hp, hq)


def synonym_states(p: str | None, q: str | None) -> bool:
    """Two one-word complements of a copula that WordNet gives one sense among their
    first senses as adjectives, and never as opposites: "the pass will stay shut" / "the
    pass will remain closed", "the driver was unhurt" / "the driver was unharmed", "two
    pupils are ill" / "two pupils are sick" are one state in two words; "open" / "closed" (opposites) and "calm" / "busy" (no shared sense) are two.
    (Nouns of one thing are :func:`_one_head`'s.)"""
    if not p or not q or p == q or " " in p or " " in q:
        return False
    if lexicon.opposite(p, q, "a"):
        return False
    return lexicon.same_sense(p, q, "a")


def _modifiers(key: str | None) -> str:
    """The words of an argument key before its head noun ("female jockey" -> "female")."""
    return " ".join((key or "").split()[:-1])


def _stated_states(a: Claim, b: Claim) -> bool:
    """Both are clauses whose verb is a copula stating a state ("the ship was in X", "the
    line remained under water"), not a verb the extractor reads as one ("marks a shift"),
    an identity given in passing (an appositive or title: "Miravel, a monthly injection")
    nor an office."""
    if a.office or b.office or not a.role == b.role == "event":
        return False
    return a.predicate in COPULAS and b.predicate in COPULAS


#: words of a complement that do not say which one it is
_COMPLEMENT_STOP = frozenset(
    "a an the its his her their our this that these those of in on at to for by with from "
    "into under over and or still now".split()
)


def _complement_words(phrase: str | None) -> frozenset[str]:
    """Lower-case words of a complement phrase, possessives cut, without
    :data:`_COMPLEMENT_STOP` words."""
    words = (re.sub(r"['’]s?$", "", w.lower()) for w in re.findall(r"[\w'’]+", phrase or ""))
    return frozenset(w for w in words if w and w not in _COMPLEMENT_STOP)


def _complements_differ(p: str | None, q: str | None) -> bool:
    """Two complements with one head say different things when each has a word the other
    lacks that WordNet does not give as a synonym of one of the other's words: "in
    territorial waters" / "in international waters", "a national park" / "a private
    estate"; not "in territorial waters" / "in Kalderan territorial waters" (one says
    more) nor "a big change" / "a large change"."""
    wp, wq = _complement_words(p), _complement_words(q)
    only_p, only_q = wp - wq, wq - wp
    if not (only_p and only_q):
        return False
    return not all(any(_same_modifier(x, y) for y in only_q) for x in only_p)


def _same_modifier(x: str, y: str) -> bool:
    """Two modifier words WordNet gives one sense among their first senses (adjectives or
    nouns)."""
    return any(lexicon.same_sense(x, y, pos) for pos in ("a", "n"))


def _classifying(c: Claim) -> bool:
    """A copular claim that puts its subject in a class, an indefinite noun complement
    ("The Harbury Foundation is a registered charity"): it says what the subject is, so it
    restates no act of that subject, however close the two clauses' vectors. A subject that
    is an act ("The reopening on Saturday was a triumph") is stated by the clause too, and
    a person's role ("Varro is an author of the papers") is what the person did."""
    if c.frame != "be" or not _INDEFINITE.match(c.patient or ""):
        return False
    at = c.text.find(c.patient or "")
    if at < 0 or not _COPULA_BEFORE.search(c.text[:at]):
        return False  # "are in a serious condition": a place or state, not a class
    key = c.actor_key or ""
    gerund = key.endswith("ing") and bool(lexicon.senses(key[:-3], "v"))
    if gerund or noun_verb(key) or event_anaphor(c):
        return False
    head = (c.patient_key or "").split()[-1:] or [""]
    return not is_a(head[0], "person")  # "Varro is an author": a role, what he did


_INDEFINITE = re.compile(r"(?:a|an)\s", re.I)
#: a copula right before the complement ("is a registered charity", "was once a mill")
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|became|becomes?)(?:\s+\w+ly|\s+once|\s+still|\s+now)?\s*$",
    re.I,
)


def _adjectival(c: Claim) -> bool:
    """A copular claim whose complement is an adjective ("remain cautious", "were hopeful
    about the talks"), not a noun ("is the dam's owner")."""
    return c.frame == "be" and bool(c.patient_key) and c.patient_key not in c.nouns


#: modalities of a clause whose act is still to come
PENDING = frozenset({"expected", "planned", "future", "possible", "conditional"})
#: modality of what a granted permission lets happen ("allowed police to search the flat":
#: the search is permitted, neither reported as done nor expected)
PERMITTED = "permitted"


def stage(c: Claim) -> str:
    """Where the clause places its act: ``"done"`` (asserted, hedged), ``"pending"``
    (:data:`PENDING`), ``"permitted"`` (not done, and not said to be coming either) or
    ``"habitual"`` (what usually happens: :data:`consilience.claims.HABITUAL`)."""
    if c.modality in (PERMITTED, HABITUAL):
        return c.modality
    return "pending" if c.modality in PENDING else "done"


def _done_and_pending(a: Claim, b: Claim) -> bool:
    """The two clauses place their act at different stages (:func:`stage`): one states as
    done what the other states as still to come ("the U.S. will allow ..." / "the U.S. had
    been reluctant to allow ..."), or only as permitted ("the court let police search the
    flat" / "police searched the flat" / "police are expected to search the flat"): two
    claims, not one. (With one predicate the pair may be a statement conflict,
    :func:`opposed`.) A clause asserted in the simple present is not done: news writes a
    scheduled or just-announced act so ("X takes interim charge", "the deal raises the
    wage by 2028"), the same act another clause gives as coming ("X will take charge")
    (:func:`present_of_coming`); a state said to go on now and to go on later ("remains
    closed" / "will stay closed") is at one stage (:func:`continuing_state`)."""
    if stage(a) == stage(b):
        return False
    if continuing_state(a, b) or continuing_state(b, a):
        return False
    return not (present_of_coming(a, b) or present_of_coming(b, a))


#: modalities of an act said to be coming, not only possible ("will", "is to", "is set to")
COMING = frozenset({"future", "planned", "expected"})


#: copulas that say a state goes on ("remains closed", "will stay shut")
CONTINUING = frozenset({"remain", "stay"})


def continuing_state(now: Claim, coming: Claim) -> bool:
    """``now`` says in the present that a state goes on ("the motorway remains closed") and
    ``coming`` that it will go on ("the motorway will stay closed for the rest of the
    week"), both with a copula of going on (:data:`CONTINUING`): the state holds now and
    from now on, one claim at one stage. A state only said to come ("will be closed on
    Monday", "will become chairman") is not yet: that pair stays two stages."""
    if now.modality != "asserted" or now.tense != "present" or coming.modality not in COMING:
        return False
    if not now.frame == coming.frame == "be":
        return False
    return now.predicate in CONTINUING and coming.predicate in CONTINUING


def present_of_coming(now: Claim, coming: Claim) -> bool:
    """``now`` asserts an act in the simple present (no past form, no perfect, no modal)
    and ``coming`` gives an act as coming (:data:`COMING`): one stage of one act in news
    style ("takes temporary charge" / "will take charge of the team"). A past or perfect
    clause ("has taken charge", "took charge") stays done, and so does a state ("X is
    mayor" / "X will be mayor": a copula's present holds now) or an office given in
    passing (an appositive or title)."""
    if now.modality != "asserted" or now.tense != "present" or coming.modality not in COMING:
        return False
    return now.role == "event" and now.frame != "be" and now.predicate not in COPULAS


def _different_events(a: Claim, b: Claim, cos: float) -> bool:
    """Different predicates of different actors ("officials expressed concerns that
    strikes could provoke ..." / "strikes could disrupt ...") are two claims however close
    their words, unless the clauses are near-identical (``STRONG_COSINE``), the actor of
    one is the patient of the other (a causative and its result) or the doers are one
    thing in other words (:func:`_doers_related`). A clause saying its subject lasts
    through ("the spire is still standing", :func:`consilience.persisting_states.persists`)
    is no result of an act done to that subject ("the storm tore the spire off"): two
    outcomes, not one event."""
    if same_predicate(a, b) or cos >= STRONG_COSINE or not (a.actor_keys and b.actor_keys):
        return False
    if event_anaphor(a) or event_anaphor(b):
        return False
    if _actor_meets(a, b) or _actor_meets(b, a) or _doers_related(a, b):
        return False
    # "snow brought down part of the roof" / "the roof collapsed under snow": one event
    if a.patient_key in b.actor_keys:
        return persists(b)
    if b.patient_key in a.actor_keys:
        return persists(a)
    return True


def _doers_related(a: Claim, b: Claim) -> bool:
    """Some doer of each clause has a head noun WordNet gives as one thing
    (:func:`heads_related`: "the fire broke out" / "the blaze began", "a failure halted
    departures" / "a breakdown kept planes on the ground"): one doer named in other words,
    or one counted group (:func:`counted_doers`)."""
    if any(heads_related(x, y) for x in a.actor_keys for y in b.actor_keys):
        return True
    return counted_doers(a, b)


def counted_doers(a: Claim, b: Claim) -> bool:
    """Both doers are a group the clause counts, of one counted class
    (:func:`counted_class`), and the two counts agree within ``FIGURE_TOLERANCE``: "about
    4,000 homes lost power" / "4,000 households are without electricity", "some 150
    people spent the night in the gym" / "150 residents slept at the gym". A count of one
    class names one group as surely as a name does. Different counts ("four players" /
    "five players") or classes ("300 firefighters" / "300 homes") are different groups."""
    if not (a.actor_key and b.actor_key):
        return False
    ha, hb = a.actor_key.split()[-1], b.actor_key.split()[-1]
    cls = counted_class(ha)
    if cls in GENERAL_NOUNS - {"people"} or cls != counted_class(hb):
        return False
    va, vb = _counts_of(a, cls), _counts_of(b, cls)
    return any(_close(x, y) for x in va for y in vb)


def _counts_of(c: Claim, cls: str) -> list[float]:
    """Values of the clause's count figures whose counted noun is of class ``cls``."""
    out = []
    for f in c.figures:
        parts = (f.split("|") + [""] * 6)[:6]
        counted = parts[5].partition("/")[0]
        if parts[0] == "count" and counted and counted_class(counted) == cls:
            out.append(float(parts[2]))
    return out


def _actor_meets(a: Claim, b: Claim) -> bool:
    """Some actor key of ``a`` is a name of ``b`` or a word of its actor phrase."""
    return any(_described_by(k, b) for k in a.actor_keys)


def _different_actors(a: Claim, b: Claim) -> bool:
    """Both claims say who acts, both by name, and no name of one is the other's
    ("France and the U.K. have authorized ..." is not "Biden has authorized ..."; "Biden"
    is "Joe Biden"); or one names the actor and the other describes it with words the
    named actor's phrase does not use ("reported by the New York Times" is not "reported by
    U.S. officials", but "the embankment gave way" may be "the Tolley Dam, an earthen
    embankment, collapsed"). Neither naming its actor: not different (the keys decide elsewhere)."""
    if not (a.actor_keys and b.actor_keys) or event_anaphor(a) or event_anaphor(b):
        return False
    if _swapped_roles(a, b) or phrases_meet(a.actor, b.actor):
        return False
    if a.actor_label in NUMERIC_LABELS or b.actor_label in NUMERIC_LABELS:
        return False  # "Thousands of nurses", "more than 60": a count, neither name nor description
    na, nb = names_actor(a), names_actor(b)
    if not na and not nb:
        return False
    if na and nb:
        return not (_names_meet(a.actor_keys, _named(b)) or _names_meet(b.actor_keys, _named(a)))
    named, described = (a, b) if na else (b, a)
    return not any(_described_by(k, named) for k in described.actor_keys)


def different_undergoers(a: Claim, b: Claim) -> bool:
    """One predicate (one frame) said of two undergoers or goals that are both named and
    name two parties: no name of one is a name of the other clause, the phrases do not meet
    ("drove to Kessel" / "drove to Marrow", "signed Arrieta" / "signed Okafor"): the same
    slot of one act filled by two different places, people or things is a disagreement,
    not support. A name the other clause gives in any role ("signed Arrieta" / "Arrieta
    signed with ...") or swapped roles (:func:`_swapped_roles`) are not different."""
    if a.frame != b.frame or not (a.patient_key and b.patient_key):
        return False
    if a.patient_key == b.patient_key or phrases_meet(a.patient, b.patient):
        return False
    if _co_kind_things(a.patient_key, b.patient_key):
        return True  # "the dog was found" / "the cat was found": two animals
    if not (_named_patient(a) and _named_patient(b)) or _swapped_roles(a, b):
        return False
    return not (_names_meet([a.patient_key], _named(b)) or _names_meet([b.patient_key], _named(a)))


def _co_kind_things(x: str, y: str) -> bool:
    """Undergoer keys ``x`` and ``y`` are single common nouns naming two kinds of one near
    class of physical things (:func:`consilience.noun_branches.co_kinds`: "shed" /
    "greenhouse", "dog" / "cat"); people are left out, whom writers name by many nouns
    ("the boy" / "the child")."""
    if " " in x or " " in y or not (x.isalpha() and y.isalpha()):
        return False
    if first_sense_kind_of(x, "person") or first_sense_kind_of(y, "person"):
        return False
    return co_kinds(x, y) and all(first_sense_kind_of(w, "physical_entity") for w in (x, y))


def _named_patient(c: Claim) -> bool:
    """The undergoer is a named entity of the clause and has proper words."""
    return c.patient_key in c.entities and bool(proper_words(c.patient))


#: spaCy entity labels of numbers and times: "Thousands of nurses", "more than 60" name nobody
NUMERIC_LABELS = frozenset("CARDINAL ORDINAL QUANTITY PERCENT MONEY DATE TIME".split())


def names_actor(c: Claim) -> bool:
    """The claim names its actor: an entity label that is not a number or time
    (:data:`NUMERIC_LABELS`) and not a PERSON label spaCy gives a capitalised common noun
    ("Debris fell into the sea": a one-word head WordNet knows as a noun that is no person)."""
    label, key = c.actor_label, c.actor_key or ""
    if not label or label in NUMERIC_LABELS:
        return False
    if label != "PERSON" or " " in key or not lexicon.senses(key, "n"):
        return True
    return is_a(key, "person")


#: words that end an organisation's name and may be left out ("Harbor City FC" is "Harbor
#: City", "Aster Launch Systems Inc" is "Aster Launch Systems")
NAME_SUFFIXES = frozenset(
    "FC AFC CF SC Club Football Inc Inc. Ltd Ltd. Co Co. Corp Corp. Corporation Company "
    "Group plc PLC LLC SA AG NV GmbH".split()
)
#: capitalised words that start a phrase without naming anyone ("Several residents",
#: "Some officials", "Two men")
_NOT_NAME = frozenset(
    "The A An His Her Its Their Our My Your This That These Those Some Several Many Most "
    "Few All Both Each Every Other Another No Any Such One Two Three Four Five Six Seven "
    "Eight Nine Ten Dozens Hundreds Thousands Millions Local Senior Top Former".split()
)


@lru_cache(maxsize=65536)
def proper_words(phrase: str | None) -> frozenset[str]:
    """The capitalised words of a phrase, possessives and edge punctuation stripped
    ("Harbor City's striker" -> {"Harbor", "City"}), a model name with its family too
    ("the Tern-5" -> {"Tern-5", "Tern"})."""
    out = set()
    for w in re.findall(r"[\w.'’-]+", phrase or ""):
        w = re.sub(r"['’]s?$", "", w).strip(".-")
        if w[:1].isupper() and w not in _NOT_NAME:
            out.add(w)
            family = re.match(r"(.+?)-\d", w)  # a model of a family: "Corvex-2" is a Corvex
            if family:
                out.add(family.group(1))
    return frozenset(out)


def phrases_meet(p: str | None, q: str | None) -> bool:
    """Two argument phrases name one party: the proper words of one are all in the other,
    and they are two or more words or the other adds only a name suffix ("Harbor City" /
    "Harbor City FC", "Aster Launch Systems" / "Aster Launch Systems' chief"; "Korea" is
    not "North Korea")."""
    wp, wq = proper_words(p), proper_words(q)
    small, large = sorted((wp, wq), key=len)
    if not small or not small <= large:
        return False
    extra = {w for w in large - small if re.sub(r"-\d.*$", "", w) not in small}
    return len(small) >= 2 or extra <= NAME_SUFFIXES


def _meets(key: str | None, phrase: str | None, other: Claim, role: str) -> bool:
    """An argument (``key`` and ``phrase``) of one claim is the actor (``role`` "actor") or
    the patient of ``other``, by key, name or proper words."""
    keys = other.actor_keys if role == "actor" else [other.patient_key or ""]
    their = other.actor if role == "actor" else other.patient
    if not key:
        return False
    return (
        key in keys or _names_meet([key], set(k for k in keys if k)) or phrases_meet(phrase, their)
    )


def _swapped_roles(a: Claim, b: Claim) -> bool:
    """Two predicates of one class with different frames where the undergoer of one is the
    doer of the other ("Harbor City signed Arrieta" / "Arrieta joins Harbor City", "Aster
    lost the rocket" / "the rocket failed"), and the other two arguments, when both are
    named, name one party too. (One frame with doer and patient swapped, "A beat B" / "B
    beat A", is a converse, :func:`consilience.opposition.opposed`.)"""
    if a.frame == b.frame or not same_predicate(a, b):
        return False
    for x, y in ((a, b), (b, a)):
        if not _meets(x.patient_key, x.patient, y, "actor"):
            continue
        named = proper_words(x.actor) and proper_words(y.patient)
        if not named or _meets(x.actor_key, x.actor, y, "patient"):
            return True
    return False


def _named(c: Claim) -> set[str]:
    return set(c.entities) | set(c.actor_keys)


def _names_meet(keys: list[str], names: set[str]) -> bool:
    """Some key is one of ``names`` or all its words are in one of them ("biden" /
    "joe biden")."""
    for k in keys:
        words = set(k.split())
        if k in names or any(words and words <= set(n.split()) for n in names):
            return True
    return False


def _described_by(key: str, named: Claim) -> bool:
    """A description's head word (``key``, "dam") is in the named claim's actor phrase
    ("The Tolley Dam, a 43-metre embankment") or is one of its names."""
    words = key.split()
    if not words:
        return False
    if _names_meet([key], _named(named)):
        return True
    hay = (named.actor or "").lower()
    if all(re.search(rf"\b{re.escape(w)}", hay) for w in words):
        return True
    return len(words) == 1 and _phrase_kind_of(named.actor or "", key)


#: hypernym steps from a word of a named actor's phrase to a description's head
#: (:func:`_phrase_kind_of`: "ship" -> "vessel")
DESCRIBED_DEPTH = 3


def _phrase_kind_of(phrase: str, key: str) -> bool:
    """A common noun of the named actor's phrase ("The ship", which the article names the
    Northern Lantern) is, in its first WordNet sense, a kind of ``key`` in one of its first
    two senses within :data:`DESCRIBED_DEPTH` steps ("vessel"): the description fits what
    the other article calls the named thing. General nouns (:data:`GENERAL_NOUNS`) never
    describe."""
    if key in GENERAL_NOUNS:
        return False
    targets = set(lexicon.senses(key, "n")[:2])
    words = {w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in GENERAL_NOUNS}
    return bool(targets) and any(
        lexicon.reaches(w, "n", targets, 1, DESCRIBED_DEPTH) for w in words if w != key
    )


def compatible_but_figures(a: Claim, b: Claim) -> bool:
    """Nothing in the two claims disagrees but their figures or stated numbers: dates,
    polarity, predicates, tense and quantifier scope agree (:func:`compatible` without the
    figures)."""
    return not (
        a.superseded != b.superseded
        or dates_disagree(a, b)
        or opposed(a, b)
        or a.negated != b.negated
        or scopes_disagree(a.text, b.text)
        or counted_part(a, b)
        or counted_part(b, a)
        or other_versions(a, b)
    )


def aligned_but_figures(a: Node, b: Node, cos: float) -> bool:
    """Whether two claims of different articles state one claim but for a figure ("a
    landslide blocked the pass, stranding 1,200 drivers" / "... stranding some 4,000
    drivers"): :func:`aligned` with the figures left out of the compatibility check. The
    figure itself is then disputed, not agreed; only the rest of the claim is."""
    ca, cb = a.claim, b.claim
    if ca.article == cb.article or not compatible_but_figures(ca, cb):
        return False
    return _comparable(a, b, cos) and alignment_score(a, b, cos) >= ALIGN_PROBABILITY


def aligned(a: Node, b: Node, cos: float) -> bool:
    """Whether two claims of different articles state the same claim: a
    :func:`candidate` pair whose alignment score reaches ``ALIGN_PROBABILITY``."""
    return candidate(a, b, cos) and alignment_score(a, b, cos) >= ALIGN_PROBABILITY


# --------------------------------------------------------------------------- nodes


def story_nodes(ctx: StoryContext) -> tuple[list[Node], np.ndarray]:
    """Every claim of the story (story order, then text order) and its clause vector,
    shape ``(n_claims, 384)``, from the vectors embedded at ingest (embedded here only
    when missing)."""
    from .embed import vectors_for

    dups = duplicates_of(ctx)
    nodes: list[Node] = []
    vecs: list[np.ndarray] = []
    for order, analysis in enumerate(ctx.analyses):
        aid = analysis.article.id
        ext = ctx.extractions.get(aid)
        claims = [c for c in ext.claims if not naming(c)] if ext is not None else []
        if not claims:
            continue
        sents = ctx.sentence_vectors.get(aid)
        known = dict(ctx.unit_vectors.get(aid) or {})
        if sents is not None:  # a whole-sentence claim has its sentence's vector
            spans = sentence_spans(analysis.doc)
            for c in claims:
                if is_whole_sentence(c, spans) and c.sentence < len(sents):
                    known.setdefault(c.text, sents[c.sentence])
        vecs.append(vectors_for([c.text for c in claims], known))
        roots = claim_roots(ctx, analysis, claims, _root(aid, dups))  # a copy's edits: own
        for c, root in zip(claims, roots, strict=True):
            sv = sents[c.sentence] if sents is not None and c.sentence < len(sents) else None
            node = Node(c, order, root, _keys(c), sv, grantor_of(c, claims))
            node.reach = complement_reach(c, claims)
            nodes.append(node)
    if not nodes:
        return nodes, np.zeros((0, 384), dtype=np.float32)
    return nodes, np.concatenate(vecs).astype(np.float32)


def complement_reach(c: Claim, claims: list[Claim]) -> str:
    """The text of ``c`` run on to the end of every clause of its sentence that starts at
    its last word and ends beyond it (repeated while the run-on span grows), or "" when none
    does. The extractor may end a clause at a noun whose complement it reads as a clause of
    its own ("bringing the number of moons" | "moons known around Uranus to 30"): the
    figures of that complement are the predicate's, and a pair decision that reads only the
    cut clause compares "to 30" with nothing."""
    text, end = c.text, c.end
    grew = True
    while grew:
        grew = False
        last = c.start + text.rstrip().rfind(" ") + 1  # where the span's last word starts
        for g in claims:
            if g.sentence == c.sentence and last <= g.start < end < g.end:
                text, end, grew = text + g.text[end - g.start :], g.end, True
    return text if end > c.end else ""


def reach_numerals_disagree(a: Node, b: Node) -> bool:
    """The numbers the two clauses state, each read with its cut-off complement
    (:func:`complement_reach`), disagree as :func:`numerals_disagree` has it: "bringing the
    number of moons [known around Uranus to 30]" / "taking the number of known moons to
    29". Only a clause that was cut is read further; two whole clauses are
    :func:`compatible`'s matter."""
    if not (a.reach or b.reach):
        return False
    na, nb = numerals(a.reach or a.claim.text), numerals(b.reach or b.claim.text)
    return bool(na and nb) and not (na & nb) and not values_agree(a.claim, b.claim)


def grantor_of(c: Claim, claims: list[Claim]) -> Claim | None:
    """The permission a ``permitted`` claim rests on: the shortest other claim of its
    sentence that spans it and grants (frame ``approve`` or a permitting verb); None for
    other claims or when the extractor gave none."""
    if c.modality != PERMITTED:
        return None
    found = [
        g
        for g in claims
        if g is not c
        and g.sentence == c.sentence
        and g.modality != PERMITTED
        and g.start <= c.start
        and c.end <= g.end
        and (g.frame == "approve" or g.predicate in PERMITTING)
    ]
    return min(found, key=lambda g: (g.end - g.start, g.start), default=None)


def _different_grantors(a: Node, b: Node) -> bool:
    """Two permitted acts granted by different named parties ("Biden let Ukraine use X" /
    "France let Ukraine use X"): two claims."""
    return (
        a.grantor is not None and b.grantor is not None and _different_actors(a.grantor, b.grantor)
    )


def naming(c: Claim) -> bool:
    """A clause that only gives a name ("the agency, known as CEMA"): it keys the
    extractor's aliases but states nothing a reader needs agreed or reported once."""
    return c.kind == "reduced" and c.frame == "be"


def _root(aid: str, dups: dict[str, str]) -> str:
    for _ in range(len(dups) + 1):
        if aid in dups and dups[aid] != aid:
            aid = dups[aid]
        else:
            break
    return aid


# --------------------------------------------------------------------------- groups


def claim_groups(nodes: list[Node], sim: np.ndarray) -> list[list[int]]:
    """Groups of aligned claims (lists of node indices, sorted), at most one per article.

    Aligned pairs are taken strongest first (pairs of near-copies last,
    :func:`pair_order`); the first pair of a group is its *core*. A
    claim joins a group only when it is aligned with every core member (not only with some
    member: a chain A~B~C where A and C state different things never forms), disagrees
    with no member and its mean alignment score to the members reaches ``GROUP_MEAN``.
    Groups are completed (:func:`_complete`) before a group of two must show a pair score
    of ``PAIR_PROBABILITY``: a third article's clause corroborates a weaker pair."""
    scores = pair_scores(nodes, sim)
    grouping = _Grouping(nodes, scores)
    for i, j in pair_order(nodes, scores):
        grouping.add_pair(i, j)
    groups = _consolidate(grouping.result(), nodes, scores)
    groups = _complete(_refine(groups, nodes, scores), nodes, sim)
    return sorted(g for g in groups if _corroborated(g, scores))


def _complete(groups: list[list[int]], nodes: list[Node], sim: np.ndarray) -> list[list[int]]:
    """Each group, largest first, takes from every article it lacks the claim whose sentence
    is closest to its members' sentences (mean sentence cosine, then mean clause cosine) when
    that cosine reaches ``COMPLETE_SENTENCE`` and the claim fits the group
    (:func:`_completes`): a third article often states the claim in a clause the pair test
    cannot match ("a cyberattack knocked out the hospital's computers" beside "attackers
    crippled the hospital's computer systems"), while its sentence says the same. A claim
    already in a group stays there."""
    taken = {i for g in groups for i in g}
    by_article: dict[str, list[int]] = {}
    for i, n in enumerate(nodes):
        if n.sentence_vector is not None:
            by_article.setdefault(n.claim.article, []).append(i)
    out = []
    ordered = sorted(groups, key=lambda g: (-len(g), g))
    for g in ordered:
        g = list(g)
        have = {nodes[m].claim.article for m in g}
        for aid in sorted(by_article):
            if aid in have:
                continue
            free = [k for k in by_article[aid] if k not in taken]
            best = max(free, key=lambda k: _closeness(k, g, nodes, sim), default=None)
            if best is None:
                continue
            if _completes(best, g, nodes, sim) or _completes_mutually(best, g, ordered, nodes, sim):
                g.append(best)
                taken.add(best)
        out.append(sorted(g))
    return out


def _completes_mutually(
    k: int, g: list[int], groups: list[list[int]], nodes: list[Node], sim: np.ndarray
) -> bool:
    """Whether claim ``k``, the clause of its article closest to group ``g``
    (:func:`_closeness`), completes ``g`` as a mutual best match: ``g`` is also the group,
    of all the story's groups lacking ``k``'s article, whose members' sentences are closest
    to ``k``'s, by at least ``COMPLETE_MARGIN`` over the next, with a mean sentence cosine
    of ``COMPLETE_MUTUAL_SENTENCE``, one act or two anchors shared with a member
    (:func:`_act_or_anchors_shared`) or a strong pair with one (:func:`_states_member`)
    and everything else :func:`_completes` asks. Each
    article restates the story's central facts once: the clause of one article that is
    nearest a claim stated by the others, and nearest that claim rather than any other,
    is its wording of it though its words differ ("the board sacked Lena Holt" beside
    "the board fired its director, Lena Holt"). (Fitted on heldout s5-s18, ``python
    bench/align_complete_fit.py``: at 0.5 the added members share a gold claim with the
    group 8 times of 9 labelled, the one other a related claim.)"""
    sentence, _clause = _closeness(k, g, nodes, sim)
    if sentence < COMPLETE_MUTUAL_SENTENCE:
        return False
    art = nodes[k].claim.article
    rivals = [
        _closeness(k, h, nodes, sim)[0]
        for h in groups
        if h != g and all(nodes[m].claim.article != art for m in h)
    ]
    if rivals and max(rivals) + COMPLETE_MARGIN > sentence:
        return False
    if not any(_states_member(nodes[k], nodes[m], float(sim[k, m])) for m in g):
        return False
    return _completes(k, g, nodes, sim, floor=COMPLETE_MUTUAL_SENTENCE)


def _states_member(a: Node, b: Node, cos: float) -> bool:
    """Whether clause ``a`` states what member ``b`` states: one act or two anchors
    (:func:`_act_or_anchors_shared`), or a pair :func:`candidate` admits whose
    :func:`alignment_score` reaches ``PAIR_PROBABILITY``, the score at which a lone pair
    is one claim ("the contract was handed out without a tender" / "the contract had been
    awarded without a tender": verbs WordNet does not relate, said of one contract in
    near words). The pair must say its act of one party in one role (:func:`actors_align`
    or :func:`patients_align`): one party as the doer of one and the undergoer of the
    other ("we are cooperating with the board" / "the board opened an inquiry") is two
    acts between the same parties, however high the pair scores."""
    if _act_or_anchors_shared(a, b):
        return True
    ca, cb = a.claim, b.claim
    if not (actors_align(ca, cb) or patients_align(ca, cb)):
        return False
    return candidate(a, b, cos) and alignment_score(a, b, cos) >= PAIR_PROBABILITY


def _act_or_anchors_shared(a: Node, b: Node) -> bool:
    """The two clauses state one act (:func:`same_predicate`, or verbs one in some WordNet
    sense, :func:`acts_in_some_sense`: "grazed" / "browsed", "freed" / "released") or two
    kinds of argument anchor them (:func:`argument_anchored`): a nearest sentence that
    only speaks of the claim's participants ("we are cooperating with the board" beside
    "the board opened an inquiry") states another act."""
    ca, cb = a.claim, b.claim
    if same_predicate(ca, cb) or acts_in_some_sense(act_of(ca), act_of(cb)):
        return True
    return argument_anchored(a, b)


def _closeness(k: int, g: list[int], nodes: list[Node], sim: np.ndarray) -> tuple[float, float]:
    """(mean sentence cosine, mean clause cosine) of claim ``k`` to the members ``g``."""
    sv = nodes[k].sentence_vector
    sent = sum(float(sv @ nodes[m].sentence_vector) for m in g) / len(g)
    return sent, sum(float(sim[k, m]) for m in g) / len(g)


def _completes(
    k: int, g: list[int], nodes: list[Node], sim: np.ndarray, floor: float | None = None
) -> bool:
    """Whether claim ``k`` may complete group ``g`` (:func:`_complete`): it is an event (an
    appositive, title or clause on a noun is no act its sentence states), its sentence is
    ``COMPLETE_SENTENCE`` close to the members' and its clause ``COMPLETE_CLAUSE`` (mean
    cosines), nothing in it disagrees with any member (:func:`compatible`; no different
    named actor, copular state, event or stage), and it shares a core argument
    (:func:`core_shared`) with ``COMPLETE_CORE`` of them. (Fitted on heldout s8 against
    seeds and demo: an appositive or reduced relative taken from a near sentence cited
    another claim there.)"""
    if nodes[k].claim.role != "event":
        return False  # a clause on a noun ("missiles stationed in X") is no act of its sentence
    sentence, clause = _closeness(k, g, nodes, sim)
    if sentence < (COMPLETE_SENTENCE if floor is None else floor) or clause < COMPLETE_CLAUSE:
        return False
    c = nodes[k].claim
    for m in g:
        o, cos = nodes[m].claim, float(sim[k, m])
        if not compatible(c, o) or _different_actors(c, o) or _different_states(c, o, cos):
            return False
        if _different_events(c, o, cos) or _done_and_pending(c, o):
            return False
        if reach_numerals_disagree(nodes[k], nodes[m]):
            return False
    if not states_agreed_figures(c, [nodes[m].claim for m in g]):
        return False
    return sum(core_shared(nodes[k], nodes[m]) for m in g) >= COMPLETE_CORE * len(g)


def states_agreed_figures(c: Claim, members: list[Claim]) -> bool:
    """Whether clause ``c`` gives the figure and the date every two of ``members`` agree on
    (:func:`figures_agree`, :func:`dates_agree`), when they agree on one (a figure by its
    value, whatever the extractor says it counts, :func:`values_agree`): that figure or
    date is part of the claim the group states, so a clause that lacks it joins through
    another claim its sentence also holds ("civil servants will work four days a week"
    beside members that each say "about 240,000 civil servants will work four days a week
    from 1 March"). Members that agree on no figure or date ask nothing of ``c``."""
    pairs = [(x, y) for i, x in enumerate(members) for y in members[i + 1 :]]
    if not pairs:
        return True
    if all(figures_agree(x, y) for x, y in pairs) and not all(values_agree(c, x) for x in members):
        return False
    return not (
        all(dates_agree(x, y) for x, y in pairs) and not all(dates_agree(c, x) for x in members)
    )


def pair_order(nodes: list[Node], scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Aligned pairs ``(i, j)`` in the order groups are built from them: pairs of two
    different texts first, strongest first, then pairs of near-copies of one text (a core
    of two printings of one wire story would let a third clause in on one text's word)."""
    ranked = sorted(
        (nodes[i].root == nodes[j].root, -p, i, j)
        for (i, j), p in scores.items()
        if p >= ALIGN_PROBABILITY
    )
    return [(i, j) for _same, _p, i, j in ranked]


def _corroborated(g: list[int], scores) -> bool:
    """A group of three or more claims checks itself (every member is aligned with its
    core); a lone pair must reach ``PAIR_PROBABILITY``."""
    if len(g) > 2:
        return True
    return len(g) == 2 and scores.get((min(g), max(g)), 0.0) >= PAIR_PROBABILITY


class _Grouping:
    """Greedy core-linked grouping state of :func:`claim_groups`."""

    def __init__(self, nodes: list[Node], scores: dict[tuple[int, int], float]):
        self.nodes, self.scores = nodes, scores
        self.group_of: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}
        self.core: dict[int, tuple[int, int]] = {}

    def score(self, x: int, y: int) -> float:
        return self.scores.get((min(x, y), max(x, y)), 0.0)

    def add_pair(self, i: int, j: int) -> None:
        gi, gj = self.group_of.get(i), self.group_of.get(j)
        if gi is None and gj is None:
            self.members[i], self.core[i] = [i, j], (i, j)
            self.group_of[i] = self.group_of[j] = i
        elif gi is not None and gj is None:
            self._take(gi, [j])
        elif gj is not None and gi is None:
            self._take(gj, [i])
        elif gi != gj:
            self._merge(gi, gj)  # type: ignore[arg-type]

    def fits(self, g: int, new: list[int]) -> bool:
        """Whether claims ``new`` may join group ``g``: other articles, compatible with
        every member, aligned with every core member, mean score at least ``GROUP_MEAN``."""
        have = self.members[g]
        arts = {self.nodes[m].claim.article for m in have}
        if any(self.nodes[k].claim.article in arts for k in new):
            return False
        if any(not compatible(self.nodes[m].claim, self.nodes[k].claim) for m in have for k in new):
            return False
        if any(self.score(c, k) < ALIGN_PROBABILITY for c in self.core[g] for k in new):
            return False
        if not self.states_core_figure(g, new):
            return False
        mean = sum(self.score(m, k) for m in have for k in new) / (len(have) * len(new))
        return mean >= GROUP_MEAN

    def states_core_figure(self, g: int, new: list[int]) -> bool:
        """When the core's two clauses agree on a figure ("some 10,000 troops were deployed"
        / "more than 10,000 troops have been deployed") or a date ("resigned on Tuesday" /
        "quit on Tuesday"), it is part of the claim: a clause joins only when it gives it
        too ("troops stationed in Kursk", "has resigned" do not)."""
        x, y = (self.nodes[c].claim for c in self.core[g])
        news = [self.nodes[k].claim for k in new]
        if figures_agree(x, y) and not all(figures_agree(x, c) for c in news):
            return False
        return not (dates_agree(x, y) and not all(dates_agree(x, c) for c in news))

    def _take(self, g: int, new: list[int]) -> bool:
        if not self.fits(g, new):
            return False
        self.members[g].extend(new)
        for k in new:
            self.group_of[k] = g
        return True

    def _merge(self, g: int, h: int) -> None:
        """Group ``h`` joins ``g`` when each fits the other's core."""
        hm = self.members[h]
        if not all(
            self.score(c, k) >= ALIGN_PROBABILITY for c in self.core[h] for k in self.members[g]
        ):
            return
        if self._take(g, list(hm)):
            del self.members[h], self.core[h]

    def result(self) -> list[list[int]]:
        return sorted(sorted(m) for m in self.members.values())


def _consolidate(groups: list[list[int]], nodes: list[Node], scores) -> list[list[int]]:
    """Join groups that state one claim through different clauses of some articles (the
    greedy pass leaves them apart: an article may be in a group once). Two groups join
    when nothing in them disagrees, every member of the smaller is aligned with some member
    of the larger, and the mean score across their members of different articles reaches
    ``CONSOLIDATE_MEAN``; an article in both keeps the clause of the larger group."""

    def score(x: int, y: int) -> float:
        return scores.get((min(x, y), max(x, y)), 0.0)

    out: list[list[int]] = []
    for g in sorted(groups, key=lambda g: (-len(g), g)):
        for kept in out:
            cross = [
                score(x, y)
                for x in kept
                for y in g
                if nodes[x].claim.article != nodes[y].claim.article
            ]
            if not cross or sum(cross) / len(cross) < CONSOLIDATE_MEAN:
                continue
            if not all(compatible(nodes[x].claim, nodes[y].claim) for x in kept for y in g):
                continue
            if not all(any(score(x, y) >= ALIGN_PROBABILITY for x in kept) for y in g):
                continue
            have = {nodes[x].claim.article for x in kept}
            kept.extend(y for y in g if nodes[y].claim.article not in have)
            kept.sort()
            break
        else:
            out.append(list(g))
    return sorted(out)


def _fit(k: int, others: list[int], scores) -> tuple[int, float]:
    """How well claim ``k`` fits the claims ``others``: how many it is aligned with, and
    its mean alignment score to them."""
    got = [scores.get((min(k, o), max(k, o)), 0.0) for o in others]
    return sum(1 for p in got if p >= ALIGN_PROBABILITY), sum(got) / max(1, len(got))


def _refine(groups: list[list[int]], nodes: list[Node], scores) -> list[list[int]]:
    """Each group keeps, per article, the clause that fits the other members best (an
    ungrouped clause of that article that is aligned with more of them, or as many with a
    higher mean score, takes its place), then sheds members aligned with fewer than half
    of the others, the worst first."""
    taken = {i for g in groups for i in g}
    by_article: dict[str, list[int]] = {}
    for i, n in enumerate(nodes):
        by_article.setdefault(n.claim.article, []).append(i)
    out = []
    for g in groups:
        g = list(g)
        for pos, m in enumerate(g):
            others = [x for x in g if x != m]
            best = (_fit(m, others, scores), m)
            for k in by_article[nodes[m].claim.article]:
                if k in taken or not all(
                    compatible(nodes[k].claim, nodes[o].claim) for o in others
                ):
                    continue
                best = max(best, (_fit(k, others, scores), k), key=lambda b: b[0])
            if best[1] != m:
                taken.discard(m)
                taken.add(best[1])
                g[pos] = best[1]
        out.append(sorted(_shed(g, scores, nodes)))
    return out


def _shed(g: list[int], scores, nodes: list[Node]) -> list[int]:
    """Drop, worst first, members aligned with fewer than half of the other members'
    texts: near-copies of one text (:attr:`Node.root`) count once, so two printings of a
    wire story neither keep a clause the other articles do not share nor shed one they do."""
    while len(g) > 2:
        fits = {m: _root_fit(m, g, scores, nodes) for m in g}
        worst = min(g, key=lambda m: (fits[m][0] - fits[m][1] / 2, fits[m][2], -m))
        aligned, others, _mean = fits[worst]
        if aligned * 2 >= others:
            break
        g = [x for x in g if x != worst]
    return g


def _root_fit(m: int, g: list[int], scores, nodes: list[Node]) -> tuple[int, int, float]:
    """``(texts aligned with m, other texts, mean score)`` over the members of ``g`` other
    than ``m``, counting near-copies of one text once (best score per text)."""
    best: dict[str, float] = {}
    for x in g:
        if x != m and nodes[x].root != nodes[m].root:
            p = scores.get((min(m, x), max(m, x)), 0.0)
            best[nodes[x].root] = max(best.get(nodes[x].root, 0.0), p)
    got = list(best.values())
    aligned = sum(1 for p in got if p >= ALIGN_PROBABILITY)
    return aligned, len(got), sum(got) / max(1, len(got))


@same_inputs  # asked twice per brief with the same nodes (consilience.pair_memo)
def pair_scores(nodes: list[Node], sim: np.ndarray) -> dict[tuple[int, int], float]:
    """Alignment score of every pair ``(i, j)``, ``i < j``, that :func:`candidate` admits
    (pairs below ``ALIGN_COSINE`` are scored only when both clauses give figures). A pair
    only :func:`relative_links` admits scores between ``ALIGN_PROBABILITY`` and
    ``RELATIVE_SCORE``: weaker evidence than a pair the absolute gates admit, it joins a
    claim to a group but seeds no group's core before such a pair, and alone (a group of
    two) it is short of ``PAIR_PROBABILITY``."""
    out: dict[tuple[int, int], float] = {}
    for i, j in sorted(_compared(nodes, sim)):
        if candidate(nodes[i], nodes[j], float(sim[i, j])):
            out[(i, j)] = alignment_score(nodes[i], nodes[j], float(sim[i, j]))
    for i, j in relative_links(nodes, sim):
        if out.get((i, j), 0.0) < RELATIVE_SCORE:
            score = alignment_score(nodes[i], nodes[j], float(sim[i, j]))
            out[(i, j)] = min(max(score, ALIGN_PROBABILITY), RELATIVE_SCORE)
    for i, j in _lead_links(nodes, sim):
        if out.get((i, j), 0.0) < LEAD_SCORE:
            out[(i, j)] = LEAD_SCORE
    return out


def _lead_links(nodes: list[Node], sim: np.ndarray) -> list[tuple[int, int]]:
    """The mutual best lead clauses of two articles (:func:`consilience.lead_links.lead_links`)
    that :func:`lead_candidate` admits."""
    return lead_links(
        nodes,
        lambda i, j: float(sim[i, j]),
        lambda i, j: alignment_score(nodes[i], nodes[j], float(sim[i, j])),
        lambda i, j: lead_candidate(nodes[i], nodes[j], float(sim[i, j])),
    )


def lead_candidate(a: Node, b: Node, cos: float) -> bool:
    """Whether two mutual best lead clauses (:mod:`consilience.lead_links`) may state one
    claim: the tests of :func:`relative_candidate` (nothing disagrees, no differently named
    actors, states, grantors or stages), with one argument in common
    (:func:`_anchor_count`) instead of two: their place in the article is the other."""
    return _unvetoed(a, b, cos) and (restated(a, b, cos) or _anchor_count(a, b) >= 1)


def relative_links(nodes: list[Node], sim: np.ndarray) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, aligned by a relative decision: between two articles
    that are not printings of one text, two claims that are each other's best match
    (:func:`consilience.mutual_best.mutual_best` over the :func:`alignment_score` of every
    pair of their clauses with a cosine of ``RELATIVE_COSINE``) state one claim at a lower
    cosine and score than the absolute gates of :func:`candidate` ask, when their core
    arguments match and nothing in them disagrees (:func:`relative_candidate`) and the
    score reaches ``RELATIVE_PROBABILITY``. Articles on one event restate its central facts
    in their own words; each fact's wording in one is closest to its wording in the other."""
    scored: dict[tuple[int, int], float] = {}
    for i, j in zip(*np.nonzero(np.triu(sim >= RELATIVE_COSINE, k=1)), strict=True):
        a, b = nodes[int(i)], nodes[int(j)]
        if a.claim.article != b.claim.article and a.root != b.root:
            scored[(int(i), int(j))] = alignment_score(a, b, float(sim[i, j]))
    return [
        (i, j)
        for i, j in mutual_best(scored, lambda k: nodes[k].claim.article)
        if scored[(i, j)] >= RELATIVE_PROBABILITY
        and relative_candidate(nodes[i], nodes[j], float(sim[i, j]))
    ]


def relative_candidate(a: Node, b: Node, cos: float) -> bool:
    """Whether a mutual best pair (:func:`relative_links`) may state one claim: both are
    events (a clause on a noun -- "the missiles, which have a greater range" -- is what a
    writer says in passing, not a fact restated), nothing in the two disagrees (:func:`compatible`: figures, dates, numerals, polarity, opposite
    predicates, tense), no two differently named actors, copular states, grantors or
    stages (the tests of :func:`candidate` but its cosine gates), no events of different
    actors unless one name and one value anchor them (:func:`value_anchored`), and a
    specific core argument in common (:func:`argument_anchored`) or a close restatement
    (:func:`restated`)."""
    return _unvetoed(a, b, cos) and (restated(a, b, cos) or argument_anchored(a, b))


def _unvetoed(a: Node, b: Node, cos: float) -> bool:
    """Whether no hard veto of a relative or lead link holds between two clauses of two
    articles: both events, :func:`compatible`, no differently named actors, states,
    grantors or stages, no numerals that disagree, no party shared only in crossed roles
    by two predicates (:func:`crossed_only`), and no different events unless a name and a
    value anchor them (:func:`value_anchored`)."""
    ca, cb = a.claim, b.claim
    if ca.article == cb.article or not ca.role == cb.role == "event":
        return False
    if not compatible(ca, cb) or _different_actors(ca, cb) or _different_states(ca, cb, cos):
        return False
    if _different_grantors(a, b) or _done_and_pending(ca, cb) or reach_numerals_disagree(a, b):
        return False
    if different_undergoers(ca, cb):
        return False
    if cos < CROSSED_COSINE and crossed_only(ca, cb) and not same_predicate(ca, cb):
        return False  # "your first tile mattered" / "each tile was pressed by a child"
    if _different_events(ca, cb, cos) and not value_anchored(a, b):
        return False
    return True


def restated(a: Node, b: Node, cos: float) -> bool:
    """A mutual best pair (:func:`relative_links`) whose clauses and whole sentences are
    both close (``RESTATEMENT_COSINE``), both states or both acts (a copular predicate on
    each side or on neither, :data:`consilience.claims.COPULAS`): one fact restated in
    other words though no argument anchors the two ("No members of the public were
    hurt" / "Nobody in the street was injured": verbs and undergoers worded apart).
    A state against an act ("the response appears muted" / "called the accusations
    absurd") is two claims however close. Two acts with nothing in common -- verbs
    unrelated in any WordNet sense and no argument shared (:func:`_anchor_count`) -- are
    two claims too, however close their vectors: "His staff had received no hygiene
    training" / "No other vendor was associated with illness" are both denials about one
    stall, not one fact. A noun of one that names the other's act (:func:`_act_named`) is
    the act in common."""
    sa, sb = a.sentence_vector, b.sentence_vector
    if sa is None or sb is None:
        return False
    if (a.claim.predicate in COPULAS) != (b.claim.predicate in COPULAS):
        return False
    if min(cos, float(sa @ sb)) < RESTATEMENT_COSINE:
        return False
    if _act_or_anchors_shared(a, b) or _anchor_count(a, b) >= 1:
        return True
    ca, cb = a.claim, b.claim
    return _act_named(ca, cb) or _act_named(cb, ca) or _role_noun(ca, cb) or _role_noun(cb, ca)


def _role_noun(a: Claim, b: Claim) -> bool:
    """The head nouns of both the doer and the undergoer of ``a`` are nouns of ``b``'s
    clause ("a passenger *train* has crashed into a *tractor*" / "a farmer was injured when
    a commuter train ploughed into his tractor"): the participants in common that ``b``'s
    own arguments do not name; or one named participant of ``a`` (an entity, a labelled
    doer) that ``b`` names. One common noun alone ("the mayonnaise was made in batches" /
    "accepts that the mayonnaise was made with pasteurised egg") is the story's topic, not
    its act."""
    keys = _role_keys(a)
    heads = {k.split()[-1] for k in keys}
    if len(heads) >= 2 and heads <= set(b.nouns):
        return True
    named = {k.split()[-1] for k in keys if k in a.entities or k == a.actor_key and a.actor_label}
    return bool(named & set(b.nouns))  # "The Financial Markets Authority said it had opened ..."


def _act_named(a: Claim, b: Claim) -> bool:
    """A noun of ``a`` names ``b``'s act (WordNet derivation, :func:`lexicon.verbs_of`):
    "Every guest will receive a full *refund*" / "it will refund the fare", "no *injuries*
    were reported" / "No one was injured"."""
    acts = {act_of(b), b.frame, b.predicate} - {None, ""}
    return any(acts & lexicon.verbs_of(n) for n in a.nouns if n not in GENERAL_NOUNS)


def argument_anchored(a: Node, b: Node) -> bool:
    """Two specific core arguments in common (stricter than :func:`core_shared`): at least
    two of a doer or undergoer of one that is an argument or named entity of the other (no
    general noun, :data:`GENERAL_NOUNS`: "people", "number"), one figure or measure (a
    clock time included), one date, one named entity, one predicate
    (:func:`same_predicate`). Mutual best matches exist in every pair of articles, also
    for a clause the other article has no counterpart of: one shared doer ("the union
    agreed to let ships through" / "the union wants 9%") or the story's place and day,
    which most of its clauses name, are not enough."""
    return _anchor_count(a, b) >= 2


def _anchor_count(a: Node, b: Node) -> int:
    """How many kinds of argument the two clauses share (:func:`argument_anchored`); a
    name that is a shared doer or undergoer counts once."""
    ca, cb = a.claim, b.claim
    roles = (_role_keys(ca) & b.keys) | (_role_keys(cb) & a.keys)
    names = (set(ca.entities) & set(cb.entities)) - {EVENT_KEY} - roles
    return sum(
        (
            bool(roles),
            figures_agree(ca, cb) or measures_agree(ca, cb),
            dates_agree(ca, cb),
            bool(names),
            same_predicate(ca, cb),
        )
    )


def _role_keys(c: Claim) -> frozenset[str]:
    """The argument keys of a claim's doers and undergoer, without general nouns."""
    keys = {*c.actor_keys, c.actor_key, c.patient_key} - {None, EVENT_KEY}
    return frozenset(k for k in keys if k not in GENERAL_NOUNS)


def value_anchored(a: Node, b: Node) -> bool:
    """The two clauses give one named entity (:func:`named_argument_shared`) and one
    figure or measure, a clock time included ("reached the summit of Mount Teller at
    11:20" / "at 11:20 the team stood on top of Mount Teller"): the doers may be worded
    apart ("the climbers" / "the team"). A day alone is no anchor: most clauses of a story
    give its day."""
    ca, cb = a.claim, b.claim
    values = figures_agree(ca, cb) or measures_agree(ca, cb)
    return values and named_argument_shared(a, b)


def _compared(nodes: list[Node], sim: np.ndarray) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, worth a :func:`candidate` check: a clause cosine of
    ``ALIGN_COSINE`` or ``ARGUMENT_COSINE``, or clauses of two articles giving one counted figure
    (:func:`counted_figures_agree`) or one measure (:func:`measures_agree`);
    :func:`figure_anchored` and :func:`converse` decide."""
    floor = min(ALIGN_COSINE, ARGUMENT_COSINE)
    pairs = {(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(sim >= floor, k=1)), strict=True)}
    by_kind: dict[str, list[tuple[int, float]]] = {}
    for k, n in enumerate(nodes):
        for kind, value in {_figure(f) for f in n.claim.figures}:
            if not kind.endswith("|") and not kind.endswith("|/"):
                by_kind.setdefault(kind, []).append((k, value))
            dim, unit = kind.split("|")[:2]
            if unit and dim not in ("count", "time of day"):  # a measure, whoever's
                by_kind.setdefault(f"measure|{dim}|{unit}", []).append((k, value))
    for given in by_kind.values():
        for x, (i, vi) in enumerate(given):
            for j, vj in given[x + 1 :]:
                if i != j and nodes[i].claim.article != nodes[j].claim.article and _close(vi, vj):
                    pairs.add((min(i, j), max(i, j)))
    return pairs
