"""Claims across the articles of a story: alignment, consensus, unique facts, headline,
summary and statement conflicts.

Section builder (registered in ``brief.SECTIONS`` after the quantity and date builders,
whose conflicts it reads)::

    build_claims(ctx) -> {"consensus", "unique", "summary", "headline", "conflicts"}

1. **Alignment** (:func:`aligned`): two claims of different articles are the same claim
   only when nothing in them disagrees (figures of one kind outside each other's rounding,
   dates of one precision that differ, stated numbers that differ -- "third" / "fourth" --,
   opposite polarity, opposite predicates) and their predicates match (same frame,
   :data:`consilience.claims.FRAMES`, or a clause cosine of at least
   ``PARAPHRASE_COSINE``) and their core arguments match (a shared actor, patient or named
   entity, or a compatible figure or date) with a clause cosine of at least
   ``ALIGN_COSINE``. Actors match by alias, by surname ("Biden" / "Joe Biden") or by a
   description the named actor's phrase uses ("the embankment" / "the Tolley Dam, an
   earthen embankment"); two differently named actors, different predicates of
   different actors, or a clause stated as done and one stated as still to come
   ("will allow" / "had been reluctant to allow"), never align. Topic similarity alone never aligns two claims. The
   logistic weights of :func:`alignment_score` are fitted on annotated claim pairs
   (``python bench/claims_bench.py --fit``, seeds held out).
2. **Claim groups** (:func:`claim_groups`): aligned pairs, strongest first, join claims
   into groups holding at most one claim per article; the first pair is the group's core
   and a claim joins only when it is aligned with every core member (a chain A~B~C whose
   ends state different things never forms) and disagrees with no member. Each article
   then keeps its clause that fits the group best, members aligned with fewer than half
   of the others are shed, and a lone pair must reach ``PAIR_PROBABILITY``.
3. **consensus**: groups whose articles rest on at least two independent sources and on at
   least half of the story's (:func:`consilience.provenance.independent_sources`, which
   follows near-copies and cited reports); every citation is the clause that states the
   claim. A group whose clause is disputed in the same brief (a quantity, date or statement
   conflict cites it) is not consensus.
4. **conflicts** (kind ``fact``): one actor with opposite predicates (approved / rejected,
   kept running / shut down), or one predicate asserted in one article and negated or only
   expected in another, across articles.
5. **unique**: whole sentences of one article (its near-copies count as that article) none
   of whose claims any other article states or comes close to (cosine below
   ``UNIQUE_MAX_COSINE``, no figure in common, not one actor doing one specific thing)
   and that add a name, figure or date no other article gives, ranked by newsworthiness (new names, figures and dates first,
   earlier in the article first); all are listed with their ``rank``.
6. **headline** and **summary**: the best-supported consensus claims, non-redundant, as
   clean sentence spans (a leading dateline cut off).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from .analyse import doc_text
from .boilerplate import article_spans
from .claims import ANTONYMS, is_whole_sentence, sentence_spans
from .dates import compatible as dates_compatible
from .model import Claim, Span, StoryContext
from .provenance import duplicates_of, independent_sources

VERSION = "1"

ALIGN_COSINE = 0.45  # clause cosine below which two claims are never compared
PARAPHRASE_COSINE = 0.6  # clause cosine at which differently worded predicates may match
STRONG_COSINE = 0.86  # clause cosine that aligns claims sharing no argument key
CONFLICT_COSINE = 0.45  # clause cosine for opposite statements to be about one thing
UNIQUE_MAX_COSINE = 0.5  # a unique sentence's claims are below this to every other article
UNIQUE_SENTENCE_COSINE = 0.6  # ... and the sentence below this to every other article's
REDUNDANT_COSINE = 0.8  # summary lines closer than this repeat each other
REDUNDANT_SENTENCE_COSINE = 0.75  # ... or whose sentences are closer than this
SUMMARY_SIZE = 5
UNIQUE_MIN_WORDS = 5
FIGURE_TOLERANCE = 0.1  # stated figures within this relative difference are one figure
CONSOLIDATE_MEAN = 0.5  # two groups are one claim when their mean cross score is this
GROUP_MEAN = 0.4  # a claim joins a group when its mean alignment score to the members is this
ALIGN_PROBABILITY = 0.4  # alignment_score at which two claims are one
PAIR_PROBABILITY = 0.6  # ... and at which a lone pair (no third article) is one claim
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


# --------------------------------------------------------------------------- agreement


def _figure(f: str) -> tuple[str, float]:
    dim, unit, value, _lo, _hi, noun = (f.split("|") + [""] * 6)[:6]
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
    for kind in {x[0] for x in fa} & {x[0] for x in fb}:
        if kind.endswith("|/"):
            continue
        va = [v for k, v in fa if k == kind]
        vb = [v for k, v in fb if k == kind]
        if not any(_close(x, y) for x in va for y in vb):
            return True
    return False


_NUMBER_WORDS = {
    w: n
    for n, ws in enumerate(
        [
            "zero",
            "one first",
            "two second",
            "three third",
            "four fourth",
            "five fifth",
            "six sixth",
            "seven seventh",
            "eight eighth",
            "nine ninth",
            "ten tenth",
            "eleven eleventh",
            "twelve twelfth",
        ]
    )
    for w in ws.split()
}
_NUMERAL = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z]+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: dates, years, clock times and ages ("Biden, 82,"): compared as dates or not at all
_NOT_A_FIGURE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b(?:1[89]|20)\d\d\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b"
    r"|,\s*\d{1,3}\s*,"
)


@lru_cache(maxsize=4096)
def numerals(text: str) -> frozenset[str]:
    """The numbers a clause states, digits or words, cardinal or ordinal, normalised
    ("third" -> "3", "1,200" -> "1200"); "one" is left out (it is mostly a pronoun), and
    so are dates, years, clock times and ages (:data:`_NOT_A_FIGURE`)."""
    out = set()
    for tok in _NUMERAL.findall(_NOT_A_FIGURE.sub(" ", text)):
        if tok[0].isdigit():
            out.add(tok.replace(",", "").rstrip("."))
        elif tok.lower() in _NUMBER_WORDS and tok.lower() != "one":
            out.add(str(_NUMBER_WORDS[tok.lower()]))
    return frozenset(out)


def numerals_disagree(a: Claim, b: Claim) -> bool:
    """Both clauses state numbers, no figure of theirs agrees and they share no number:
    "moved up to third" / "moved up to fourth", "winds of 130 km/h" / "winds peaked at 110
    km/h" when the extractor gave the two figures different kinds."""
    na, nb = numerals(a.text), numerals(b.text)
    return bool(na and nb) and not (na & nb) and not figures_agree(a, b)


def figures_agree(a: Claim, b: Claim) -> bool:
    """Some figure of one kind is given in both clauses within ``FIGURE_TOLERANCE``."""
    fa = [_figure(f) for f in a.figures]
    fb = [_figure(f) for f in b.figures]
    return any(ka == kb and _close(x, y) for ka, x in fa for kb, y in fb)


def _dates(c: Claim) -> list[tuple[str, str]]:
    return [tuple(d.split("|", 1)) for d in c.dates]  # type: ignore[misc]


def dates_disagree(a: Claim, b: Claim) -> bool:
    """Both clauses give a date of the same precision and none of them agree."""
    da, db = _dates(a), _dates(b)
    same = [(x, y) for x in da for y in db if x[1] == y[1]]
    return bool(same) and not any(dates_compatible(x, y) for x, y in same)


def dates_agree(a: Claim, b: Claim) -> bool:
    """Some date of one precision is given in both clauses and agrees."""
    return any(x[1] == y[1] and dates_compatible(x, y) for x in _dates(a) for y in _dates(b))


def opposed(a: Claim, b: Claim) -> str | None:
    """Why two claims with one actor state incompatible things, or None: ``"antonym"``
    (approve / reject), ``"polarity"`` (approved / did not approve), ``"modality"`` (done in
    one, only expected or planned in the other). A state the text places before now
    ("until now ... had been reluctant") opposes nothing current: it is history, not a
    reading."""
    if a.superseded != b.superseded:
        return None
    if frozenset((a.frame, b.frame)) in ANTONYMS:
        return "antonym"
    if a.frame != b.frame:
        return None
    if a.negated != b.negated:
        return "polarity"
    done = {"asserted"}
    pending = {"expected", "planned", "future", "possible"}
    if (a.modality in done and a.tense == "past" and b.modality in pending) or (
        b.modality in done and b.tense == "past" and a.modality in pending
    ):
        return "modality"
    return None


def _keys(c: Claim) -> frozenset[str]:
    keys = set(c.entities)
    for k in (c.actor_key, c.patient_key):
        if k:
            keys.add(k)
    return frozenset(keys)


FEATURES = ("cos", "sentence", "frame", "actor", "patient", "nouns", "figure", "date", "length")


def pair_features(a: Node, b: Node, cos: float) -> dict[str, float]:
    """Features of a claim pair that :func:`alignment_score` weighs: clause cosine, cosine
    of the sentences stating them, same
    frame, same actor, same patient, Jaccard of the clauses' noun lemmas, an agreeing
    figure, an agreeing date, and the ratio of the shorter clause's length to the longer's."""
    ca, cb = a.claim, b.claim
    na, nb = set(ca.nouns), set(cb.nouns)
    sa, sb = a.sentence_vector, b.sentence_vector
    return {
        "cos": cos,
        "sentence": float(sa @ sb) if sa is not None and sb is not None else cos,
        "frame": float(ca.frame == cb.frame),
        "actor": float(bool(ca.actor_key) and ca.actor_key == cb.actor_key),
        "patient": float(bool(ca.patient_key) and ca.patient_key == cb.patient_key),
        "nouns": len(na & nb) / max(1, len(na | nb)),
        "figure": float(figures_agree(ca, cb)),
        "date": float(dates_agree(ca, cb)),
        "length": min(len(ca.text), len(cb.text)) / max(1, len(ca.text), len(cb.text)),
    }


def alignment_score(a: Node, b: Node, cos: float) -> float:
    """Probability (0..1) that two claims state one claim: a logistic model over
    :func:`pair_features` with :data:`WEIGHTS`, fitted on annotated claim pairs."""
    f = pair_features(a, b, cos)
    z = BIAS + sum(WEIGHTS[k] * f[k] for k in FEATURES)
    return 1.0 / (1.0 + math.exp(-z))


def compatible(a: Claim, b: Claim) -> bool:
    """Nothing in the two claims disagrees: figures, dates, stated numbers, polarity,
    predicates; both current or both superseded (a state the text places before now)."""
    return not (
        a.superseded != b.superseded
        or figures_disagree(a, b)
        or dates_disagree(a, b)
        or numerals_disagree(a, b)
        or opposed(a, b)
        or a.negated != b.negated
    )


def candidate(a: Node, b: Node, cos: float) -> bool:
    """Whether two claims of different articles may state one claim at all: compatible,
    not two different named actors of one kind, predicates that match (same frame, or a
    paraphrase-level cosine), and a shared core argument (a key, an agreeing figure or
    date) unless the cosine is very high."""
    ca, cb = a.claim, b.claim
    if ca.article == cb.article or cos < ALIGN_COSINE or not compatible(ca, cb):
        return False
    if ca.frame != cb.frame and cos < PARAPHRASE_COSINE:
        return False
    if _different_actors(ca, cb) or _different_states(ca, cb, cos):
        return False
    if _different_events(ca, cb, cos) or _done_and_pending(ca, cb):
        return False
    shared = bool(a.keys & b.keys) or figures_agree(ca, cb) or dates_agree(ca, cb)
    return shared or cos >= STRONG_COSINE


def _different_states(a: Claim, b: Claim, cos: float) -> bool:
    """Copular claims ("remain cautious" / "remain concerned", "represents a reversal" /
    "represents a shift") are about their complement: two different ones are two claims."""
    if cos >= STRONG_COSINE or "be" not in (a.frame, b.frame):
        return False
    if a.frame != b.frame:  # "remain cautious" / "remained concerned about X": a state
        return _adjectival(a) or _adjectival(b)  # and an act are two claims
    return bool(a.patient_key and b.patient_key and a.patient_key != b.patient_key)


def _adjectival(c: Claim) -> bool:
    """A copular claim whose complement is an adjective ("remain cautious", "were hopeful
    about the talks"), not a noun ("is the dam's owner")."""
    return c.frame == "be" and bool(c.patient_key) and c.patient_key not in c.nouns


PENDING = frozenset({"expected", "planned", "future", "possible", "conditional"})


def _done_and_pending(a: Claim, b: Claim) -> bool:
    """One clause states as done what the other states as still to come ("the U.S. will
    allow ..." / "the U.S. had been reluctant to allow ..."): two claims, not one. (With
    one predicate the pair is a statement conflict, :func:`opposed`.)"""
    return (a.modality in PENDING) != (b.modality in PENDING)


def _different_events(a: Claim, b: Claim, cos: float) -> bool:
    """Different predicates of different actors ("officials expressed concerns that
    strikes could provoke ..." / "strikes could disrupt ...") are two claims however close
    their words, unless the clauses are near-identical (``STRONG_COSINE``) or the actor of
    one is the patient of the other (a causative and its result)."""
    if a.frame == b.frame or cos >= STRONG_COSINE or not (a.actor_keys and b.actor_keys):
        return False
    if _actor_meets(a, b) or _actor_meets(b, a):
        return False
    # "snow brought down part of the roof" / "the roof collapsed under snow": one event
    return not (a.patient_key in b.actor_keys or b.patient_key in a.actor_keys)


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
    if not (a.actor_keys and b.actor_keys):
        return False
    if not a.actor_label and not b.actor_label:
        return False
    if a.actor_label and b.actor_label:
        return not (_names_meet(a.actor_keys, _named(b)) or _names_meet(b.actor_keys, _named(a)))
    named, described = (a, b) if a.actor_label else (b, a)
    return not any(_described_by(k, named) for k in described.actor_keys)


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
    return all(re.search(rf"\b{re.escape(w)}", hay) for w in words)


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
        root = _root(aid, dups)
        for c in claims:
            sv = sents[c.sentence] if sents is not None and c.sentence < len(sents) else None
            nodes.append(Node(c, order, root, _keys(c), sv))
    if not nodes:
        return nodes, np.zeros((0, 384), dtype=np.float32)
    return nodes, np.concatenate(vecs).astype(np.float32)


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

    Aligned pairs are taken strongest first; the first pair of a group is its *core*. A
    claim joins a group only when it is aligned with every core member (not only with some
    member: a chain A~B~C where A and C state different things never forms), disagrees
    with no member and its mean alignment score to the members reaches ``GROUP_MEAN``.
    A group of two needs a pair score of ``PAIR_PROBABILITY``."""
    scores = pair_scores(nodes, sim)
    pairs = sorted((-p, i, j) for (i, j), p in scores.items() if p >= ALIGN_PROBABILITY)
    grouping = _Grouping(nodes, scores)
    for _, i, j in pairs:
        grouping.add_pair(i, j)
    groups = _consolidate(grouping.result(), nodes, scores)
    return sorted(g for g in _refine(groups, nodes, scores) if _corroborated(g, scores))


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
        mean = sum(self.score(m, k) for m in have for k in new) / (len(have) * len(new))
        return mean >= GROUP_MEAN

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
        out.append(sorted(_shed(g, scores)))
    return out


def _shed(g: list[int], scores) -> list[int]:
    """Drop, worst first, members aligned with fewer than half of the other members."""
    while len(g) > 2:
        fits = {m: _fit(m, [x for x in g if x != m], scores) for m in g}
        worst = min(g, key=lambda m: (fits[m], -m))
        if fits[worst][0] * 2 >= len(g) - 1:
            break
        g = [x for x in g if x != worst]
    return g


def pair_scores(nodes: list[Node], sim: np.ndarray) -> dict[tuple[int, int], float]:
    """Alignment score of every pair ``(i, j)``, ``i < j``, that :func:`candidate` admits
    (pairs below ``ALIGN_COSINE`` are never scored: the cosine matrix blocks them)."""
    out: dict[tuple[int, int], float] = {}
    for i, j in zip(*np.nonzero(np.triu(sim >= ALIGN_COSINE, k=1)), strict=True):
        i, j = int(i), int(j)
        if candidate(nodes[i], nodes[j], float(sim[i, j])):
            out[(i, j)] = alignment_score(nodes[i], nodes[j], float(sim[i, j]))
    return out


# --------------------------------------------------------------------------- texts


class Texts:
    """Sentence spans of the story's articles, with leading datelines cut off."""

    def __init__(self, ctx: StoryContext):
        self.ctx = ctx
        self._sents: dict[str, list[tuple[int, int]]] = {}
        self._datelines: dict[str, list[tuple[int, int]]] = {}
        for a in ctx.analyses:
            aid = a.article.id
            self._sents[aid] = [(s.start_char, s.end_char) for s in a.doc.sents]
            self._datelines[aid] = [
                (b.start, b.end) for b in article_spans(a.article) if b.kind == "dateline"
            ]

    def text(self, aid: str) -> str:
        """The stored text of article ``aid``."""
        return doc_text(self.ctx.analysis(aid).doc)

    def sentence(self, c: Claim) -> tuple[int, int]:
        """The clean span of the sentence (or headline line) that states claim ``c``."""
        s, e = self._sents[c.article][c.sentence]
        text = self.text(c.article)
        ls = text.rfind("\n", 0, c.start) + 1
        le = text.find("\n", c.end)
        s, e = max(s, ls), min(e, len(text) if le < 0 else le)
        for ds, de in self._datelines[c.article]:
            if ds <= s < de:
                s = de
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return s, e

    def clause(self, c: Claim) -> tuple[int, int]:
        """The span of claim ``c`` without a leading dateline."""
        s, e = c.start, c.end
        for ds, de in self._datelines[c.article]:
            if ds <= s < de:
                s = de
        return s, e


# --------------------------------------------------------------------------- sections


def _cites(nodes: list[Node], group: list[int], texts: Texts) -> list[dict[str, Any]]:
    out = []
    for i in sorted(group, key=lambda i: (nodes[i].order, nodes[i].claim.start)):
        s, e = texts.clause(nodes[i].claim)
        out.append(Span(nodes[i].claim.article, s, e).to_json())
    return out


def _disputed_spans(conflicts: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    """``(article, start, end)`` of every reading of a conflict (updates are not disputes)."""
    spans = []
    for conflict in conflicts:
        if conflict.get("update"):
            continue
        for r in conflict.get("readings", []):
            c = r.get("citation") or {}
            if "article" in c:
                spans.append((c["article"], c["start"], c["end"]))
    return spans


def _disputed(group: list[int], nodes: list[Node], spans) -> bool:
    for i in group:
        c = nodes[i].claim
        if any(a == c.article and s < c.end and c.start < e for a, s, e in spans):
            return True
    return False


def _representative(group: list[int], nodes: list[Node], sim: np.ndarray) -> int:
    """The most central member; headings and fragments only when nothing else is there."""

    def cent(i: int) -> float:
        return float(np.mean([sim[i, j] for j in group if j != i])) if len(group) > 1 else 1.0

    pool = [i for i in group if not nodes[i].claim.heading] or group
    return max(pool, key=lambda i: (round(cent(i), 3), -nodes[i].order, -i))


def _consensus(ctx, nodes, sim, groups, texts, disputed) -> list[tuple]:
    """``(group, representative, articles, independent sources, citations)`` of every
    consensus claim, best supported first; groups disputed by a conflict are left out."""
    all_ids = [a.article.id for a in ctx.analyses]
    story_sources = independent_sources(ctx, all_ids)
    need = max(2, math.ceil(story_sources / 2))
    found = []
    for group in groups:
        arts = sorted({nodes[i].claim.article for i in group}, key=all_ids.index)
        cites = _cites(nodes, group, texts)
        sources = independent_sources(ctx, arts, cites)
        if len(arts) < 2 or sources < need or _disputed(group, nodes, disputed):
            continue
        rep = _representative(group, nodes, sim)
        found.append((group, rep, arts, sources, cites))
    found.sort(key=lambda f: (-f[3], -len(f[2]), _position(f[0], nodes), f[1]))
    kept: list[tuple] = []
    for f in found:
        if any(_overlaps(f[0], k[0], nodes) for k in kept):
            continue
        kept.append(f)
    return kept


def _position(group: list[int], nodes: list[Node]) -> float:
    return float(np.mean([nodes[i].claim.sentence for i in group]))


def _overlaps(g: list[int], h: list[int], nodes: list[Node]) -> bool:
    """Two groups that cite the same clauses in most of their articles state one claim."""
    spans_h = {(nodes[i].claim.article, nodes[i].claim.start) for i in h}
    same = sum(1 for i in g if (nodes[i].claim.article, nodes[i].claim.start) in spans_h)
    return same * 2 > min(len(g), len(h))


def _consensus_item(f, nodes: list[Node], texts: Texts) -> dict[str, Any]:
    group, rep, arts, sources, cites = f
    c = nodes[rep].claim
    s, e = texts.clause(c)
    return {
        "text": texts.text(c.article)[s:e],
        "articles": arts,
        "independent_sources": sources,
        "citation": Span(c.article, s, e).to_json(),
        "citations": cites,
        "predicate": c.frame,
    }


def build_claims(ctx: StoryContext) -> dict[str, list[dict[str, Any]]]:
    """consensus, unique, summary, headline and statement conflicts (module docstring)."""
    out: dict[str, list[dict[str, Any]]] = {
        "consensus": [],
        "unique": [],
        "summary": [],
        "headline": [],
        "conflicts": [],
    }
    nodes, vecs = story_nodes(ctx)
    if not nodes:
        return out
    texts = Texts(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    groups = claim_groups(nodes, sim)
    conflicts = statement_conflicts(ctx, nodes, sim, texts)
    disputed = _disputed_spans(ctx.brief.get("conflicts", []) + conflicts)
    consensus = _consensus(ctx, nodes, sim, groups, texts, disputed)
    out["conflicts"] = conflicts
    out["consensus"] = [_consensus_item(f, nodes, texts) for f in consensus]
    out["unique"] = unique_facts(nodes, sim, groups, texts, disputed)
    out["summary"], out["headline"] = summary_and_headline(consensus, nodes, vecs, texts)
    if not out["headline"]:
        out["headline"] = lead_headline(nodes, texts)
    return out


# --------------------------------------------------------------------------- conflicts


def statement_conflicts(ctx, nodes: list[Node], sim: np.ndarray, texts: Texts) -> list[dict]:
    """Conflicts of kind ``fact``: one actor, incompatible statements across articles."""
    found: dict[tuple, dict[str, Any]] = {}
    for i, a in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            b = nodes[j]
            if a.root == b.root or sim[i, j] < CONFLICT_COSINE:
                continue
            ca, cb = a.claim, b.claim
            shared = set(ca.actor_keys) & set(cb.actor_keys)
            if not shared:
                continue
            why = opposed(ca, cb)
            if why is None or ca.heading or cb.heading:
                continue
            key = (min(shared), *sorted((ca.frame, cb.frame)))
            entry = found.setdefault(key, {"why": why, "members": {}})
            for n in (a, b):
                entry["members"].setdefault(n.claim.article, n)
    return [_conflict_item(ctx, key, e, texts) for key, e in sorted(found.items())]


def _conflict_item(ctx, key, entry, texts: Texts) -> dict[str, Any]:
    members: dict[str, Node] = entry["members"]
    readings = []
    by_reading: dict[tuple, list[str]] = {}
    for aid, n in sorted(members.items(), key=lambda kv: kv[1].order):
        c = n.claim
        s, e = texts.clause(c)
        reading_key = (
            c.frame,
            c.negated,
            c.modality in ("expected", "planned", "future", "possible"),
        )
        by_reading.setdefault(reading_key, []).append(aid)
        readings.append(
            {
                "article": aid,
                "text": texts.text(aid)[s:e],
                "predicate": c.frame,
                "negated": c.negated,
                "modality": c.modality,
                "citation": Span(aid, s, e).to_json(),
            }
        )
    sides = sorted(by_reading.values(), key=lambda v: (-len(v), v))
    majority = sides[0] if len(sides[0]) > len(sides[1]) else []
    outliers = [a for side in sides if side is not majority for a in side] if majority else []
    actor = next(iter(members.values())).claim.actor or key[0]
    frames = " vs ".join(dict.fromkeys(key[1:]))
    how = {"polarity": " (stated vs denied)", "modality": " (done vs expected)"}
    return {
        "kind": "fact",
        "subject": f"{actor}: {frames}{how.get(entry['why'], '')}",
        "readings": readings,
        "majority": majority,
        "outliers": outliers,
        "explanation": _explain(entry["why"]),
    }


def _explain(why: str) -> str:
    return {
        "antonym": "the articles state opposite things of the same subject",
        "polarity": "one article states what another denies",
        "modality": "one article reports as done what another reports as still expected",
    }[why]


# --------------------------------------------------------------------------- unique


def unique_facts(nodes, sim, groups, texts: Texts, disputed) -> list[dict[str, Any]]:
    """Whole sentences only one article (with its near-copies) states, ranked: none of
    their claims is aligned with or close to a claim of another article, none is disputed,
    and they name someone or something, give a figure or a date."""
    grouped = {i for g in groups for i in g}
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, n in enumerate(nodes):
        by_sentence.setdefault((n.claim.article, n.claim.sentence), []).append(i)
    elsewhere_ents = _entities_by_root(nodes, texts)
    cands = []
    for (aid, _si), members in by_sentence.items():
        node = nodes[members[0]]
        if node.root != aid or any(i in grouped for i in members):
            continue
        if any(nodes[i].claim.heading for i in members) or _disputed(members, nodes, disputed):
            continue
        if all(nodes[i].claim.frame == "report" for i in members):
            continue  # "The Courier reported on Sunday": who reported, not what
        if _said_elsewhere(members, nodes, sim):
            continue
        s, e = texts.sentence(node.claim)
        text = texts.text(aid)[s:e]
        if len(text.split()) < UNIQUE_MIN_WORDS or not text.rstrip().endswith(
            (".", "!", "?", '"', "”")
        ):
            continue
        score = _newsworthiness(members, nodes, elsewhere_ents)
        if score <= 0:
            continue
        cands.append((-score, node.order, s, aid, e, text))
    cands.sort()
    out = []
    for rank, (_neg, _o, s, aid, e, text) in enumerate(cands, start=1):
        out.append(
            {"article": aid, "text": text, "citation": Span(aid, s, e).to_json(), "rank": rank}
        )
    return out


def _said_elsewhere(members: list[int], nodes: list[Node], sim: np.ndarray) -> bool:
    """Whether another article (not a near-copy) comes close to the sentence of claims
    ``members``: a claim within ``UNIQUE_MAX_COSINE``, the sentence within
    ``UNIQUE_SENTENCE_COSINE``, one actor with one specific predicate
    (:func:`_same_event`), or a figure of one dimension within ``FIGURE_TOLERANCE``."""
    root = nodes[members[0]].root
    others = [j for j, n in enumerate(nodes) if n.root != root]
    if not others:
        return False
    if max(float(sim[i, others].max()) for i in members) >= UNIQUE_MAX_COSINE:
        return True
    sv = nodes[members[0]].sentence_vector
    if sv is not None:
        for j in others:
            ov = nodes[j].sentence_vector
            if ov is not None and float(sv @ ov) >= UNIQUE_SENTENCE_COSINE:
                return True
    if any(_same_event(nodes[i].claim, nodes[j].claim) for i in members for j in others):
        return True
    mine = [_figure(f) for i in members for f in nodes[i].claim.figures]
    theirs = {_figure(f) for j in others for f in nodes[j].claim.figures}
    return any(
        ka.split("|")[:2] == kb.split("|")[:2] and _close(x, y)
        for ka, x in mine
        for kb, y in theirs
    )


GENERIC_FRAMES = frozenset({"be", "have", "say", "report", "do", "make", "take", "get"})


def _same_event(a: Claim, b: Claim) -> bool:
    """One actor (by name or alias) doing one specific thing (same frame, not a generic
    one such as "be" or "say"), whatever the wording around it: "Vance resigned as
    treasurer on Monday" / "Vance, 61, stepped down" state one event."""
    if a.frame != b.frame or a.frame in GENERIC_FRAMES or a.negated != b.negated:
        return False
    if not (a.actor_keys and b.actor_keys):
        return False
    return _names_meet(a.actor_keys, set(b.actor_keys)) or _names_meet(
        b.actor_keys, set(a.actor_keys)
    )


def _entities_by_root(nodes: list[Node], texts: Texts) -> dict[str, set[str]]:
    """root article -> the entity keys (``"e:"``) and dates (``"d:"``) its claims give,
    and its whole text lower-cased (``"t:"``: names stated outside any claim count)."""
    found: dict[str, set[str]] = {}
    for n in nodes:
        seen = found.setdefault(n.root, set())
        seen.update(f"e:{e}" for e in n.claim.entities)
        seen.update(f"d:{d}" for d in n.claim.dates)
        seen.add("t:" + texts.text(n.claim.article).lower())
    return found


def _newsworthiness(members: list[int], nodes: list[Node], ents: dict[str, set[str]]) -> float:
    """How much a unique sentence (claims ``members``) adds: names and dates no other
    article gives, its figures (a figure given elsewhere already ruled it out), earlier
    in the article first, hedged ones lower. 0 when it adds no name, figure or date of its
    own: a sentence about what the other articles name is mostly their claim reworded
    ("uncertainty looms over what Trump will do"), and one naming nothing is commentary."""
    root = nodes[members[0]].root
    elsewhere = set().union(*[v for k, v in ents.items() if k != root]) if len(ents) > 1 else set()
    mine = {f"e:{e}" for i in members for e in nodes[i].claim.entities}  # no "t:" here
    mine |= {f"d:{d}" for i in members for d in nodes[i].claim.dates}
    new = {m for m in mine - elsewhere if not _named_elsewhere(m, elsewhere)}
    figures = {f for i in members for f in nodes[i].claim.figures}
    if not (new or figures):
        return 0.0
    new_ents = sum(1 for m in new if m.startswith("e:"))
    new_dates = len(new) - new_ents
    first = nodes[members[0]].claim.sentence
    hedged = all(nodes[i].claim.modality in ("possible", "conditional") for i in members)
    score = new_ents + 0.75 * len(figures) + 0.5 * new_dates + 1.0 / (1 + 0.2 * first)
    return score - (0.5 if hedged else 0.0)


def _named_elsewhere(mention: str, elsewhere: set[str]) -> bool:
    """An entity mention ``"e:nandakumar"`` whose words are all in one name given
    elsewhere ("e:priya nandakumar") or that another article's text contains."""
    if not mention.startswith("e:"):
        return False
    names = {m[2:] for m in elsewhere if m.startswith("e:")}
    if _names_meet([mention[2:]], names):
        return True
    pattern = re.compile(rf"\b{re.escape(mention[2:])}\b")
    return any(m.startswith("t:") and pattern.search(m) for m in elsewhere)


# --------------------------------------------------------------------------- summary


def _redundant(a: Node, b: Node, cos: float) -> bool:
    """Two summary lines repeat each other: their clauses or their sentences are close, or
    they give one predicate of one actor."""
    sa, sb = a.sentence_vector, b.sentence_vector
    if cos > REDUNDANT_COSINE:
        return True
    if sa is not None and sb is not None and float(sa @ sb) > REDUNDANT_SENTENCE_COSINE:
        return True
    same_actor = bool(set(a.claim.actor_keys) & set(b.claim.actor_keys))
    return a.claim.frame == b.claim.frame and same_actor


def lead_headline(nodes: list[Node], texts: Texts) -> list[dict[str, Any]]:
    """The headline of a story without consensus (one article, or articles that agree on
    nothing): the lead sentence of its first article -- the first sentence stating a claim
    that is not a headline line, a fragment or a report-only clause -- cited to it."""
    for n in nodes:
        c = n.claim
        if c.heading or c.frame == "report" or n.order != nodes[0].order:
            continue
        s, e = texts.sentence(c)
        text = texts.text(c.article)[s:e]
        if len(text.split()) >= UNIQUE_MIN_WORDS and text.rstrip().endswith((".", "!", "?")):
            return [{"text": text, "citations": [Span(c.article, s, e).to_json()]}]
    return []


_OPENING = '"“‘'
_CLOSING = '"”’'


def balanced_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of ``text[start:end]`` without a quotation mark that opens or
    closes a quote the span does not hold whole (a quoted sentence cut from a quote that
    goes on: '"We will rebuild.' -> 'We will rebuild.'); apostrophes inside words stay."""
    span = text[start:end]
    if span[:1] in _OPENING and not any(ch in _CLOSING for ch in span[1:]):
        start += 1
    span = text[start:end]
    if span[-1:] in _CLOSING and not any(ch in _OPENING for ch in span[:-1]):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def summary_and_headline(consensus, nodes, vecs, texts: Texts):
    """Up to ``SUMMARY_SIZE`` non-redundant consensus claims as clean sentences, best
    supported first; the headline is the first of them."""
    summary: list[dict[str, Any]] = []
    chosen: list[int] = []
    for _group, rep, _arts, _sources, cites in consensus:
        if len(summary) >= SUMMARY_SIZE:
            break
        c = nodes[rep].claim
        if c.frame == "report" or any(
            _redundant(nodes[rep], nodes[k], float(vecs[rep] @ vecs[k])) for k in chosen
        ):
            continue
        s, e = texts.sentence(c)
        if len(texts.text(c.article)[s:e].split()) > 45:
            s, e = texts.clause(c)
        s, e = balanced_quotes(texts.text(c.article), s, e)
        chosen.append(rep)
        summary.append({"text": texts.text(c.article)[s:e], "citations": cites})
    headline = (
        [{"text": summary[0]["text"], "citations": summary[0]["citations"]}] if summary else []
    )
    return summary, headline
