"""Figures the story's articles give differently for one property, whether or not a
conflict for them made it into the brief: a headline or summary line giving a reading
that is not the story's clear majority states a disputed figure ("Around 150,000
teenagers will be able to vote" beside "Around 130,000 young people will become eligible
to vote"; "will climb to No. 3" beside "will rise to No. 4").

    FigureReadings(nodes).minority(i) -> bool
    earlier_reading(doc, start, end) -> bool   # "The department had earlier put the toll at 42"
    lone_figure(i, start, end, group, nodes) -> bool  # a side clause's figure no other member gives
    aside_figure(i, start, end, nodes) -> bool  # ... no other article gives ("some 52,000 vehicles")

A **property** is a figure kind (:func:`consilience.align._figure`: dimension, unit and
the counted noun's class, so "teenagers", "young people" and "voters" are all people)
given in two sentences of different root articles that tell one thing: their sentence
vectors are at least :data:`SAME_PROPERTY_COSINE` apart, or, for a figure that counts no
noun (a time of day, a rank, a sum), the two claims share a noun of their own besides;
two durations whose clauses share a noun that is no measure of time ("in charge for 14
months" / "His 18 months in charge") time one thing, whatever their other words.
Two **readings** of it differ when their stated values are not within rounding of each
other either way (:func:`consilience.unique._figures_meet`). A claim's figure is a
**minority** reading when some root article gives the property only other readings
(a root giving a meeting reading beside another, "112 votes to 71", agrees with it), and
the roots giving a reading that meets it are no more than the roots giving the most
common of those other readings (an outlier, or one side of a tie).

A figure stated as a **bound** (:func:`bounded`: "more than £400", "fewer than three
quarters", "up to 210 km/h") is a reading too: it meets another when their stated intervals
overlap ("more than 300 homes" / "312 homes"), and disputes a figure outside it ("more than
£400" / "£312"). A vague amount ("thousands") is no reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .align import _figure
from .analyse import tokens_in
from .claim_spans import BACKGROUND_KINDS
from .meta_lines import discourse_noun
from .unique import VAGUE_SPAN, _figures_meet, is_precise

if TYPE_CHECKING:
    from .align import Node

#: two sentences this close (cosine of their sentence vectors) giving one kind of figure
#: give it for one property: set by reading every pair it joins on held-out s15-s17
#: (session 18; not fitted): all but two are gold conflicts or updates
SAME_PROPERTY_COSINE = 0.6


def _kind(figure: str) -> str:
    """The figure's kind: dimension, unit and counted class, without the owner part
    ("count||people/" and "count||people/voter" are one kind); it ends on "|" when the
    figure counts no noun ("time of day|s|")."""
    return _figure(figure)[0].split("/")[0]


class FigureReadings:
    """The precise figures of a story's claims by kind, to ask which are minority readings
    (:meth:`minority`). ``nodes``: the story's claims (:class:`consilience.align.Node`,
    with sentence vectors)."""

    def __init__(self, nodes: Sequence[Node]) -> None:
        self.nodes = nodes
        self.by_kind: dict[str, list[tuple[int, str]]] = {}
        for j, n in enumerate(nodes):
            for f in n.claim.figures:
                if is_reading(f):
                    self.by_kind.setdefault(_kind(f), []).append((j, f))
        self._memo: dict[int, bool] = {}

    def minority(self, i: int) -> bool:
        """Claim ``i`` gives a precise figure that other root articles give differently
        for the same property, and its reading is not the clear majority of the roots
        (see the module docstring)."""
        if i not in self._memo:
            self._memo[i] = any(
                self._outvoted(i, f) for f in self.nodes[i].claim.figures if is_reading(f)
            )
        return self._memo[i]

    def rivalled(self, i: int) -> bool:
        """Claim ``i`` gives a precise figure that some other root article gives only
        differently for the same property, whatever the majority: one reading of a
        dispute (a summary line states none; the headline may state the majority's).
        An article that gives both readings counts too when it gives them as two
        parties' (:meth:`_second_reading`: "The ministry says the scheme will cost €140
        million. Independent economists put it nearer €200 million.")."""
        return any(
            self._rivals(i, f)[1] or self._second_reading(i, f)
            for f in self.nodes[i].claim.figures
            if is_reading(f)
        )

    def _second_reading(self, i: int, figure: str) -> bool:
        """Another root article gives claim ``i``'s reading of ``figure``'s property in one
        sentence and another reading of it in another sentence, by another actor or
        source (no actor key or attribution in common with the claim giving the
        reading that meets): one article setting two parties' figures side by side. Two
        figures of one sentence ("passed by 112 votes to 71") or of one party ("will close
        140 branches ... will be left with 310") are not two readings."""
        kind = _kind(figure)
        same = [
            (j, g)
            for j, g in self.by_kind.get(kind, [])
            if self.nodes[j].root != self.nodes[i].root
            and _comparable(figure, g)
            and self._one_property(i, j, kind)
        ]
        for k, g in same:
            if not _meet(figure, g):
                continue
            meeting = {
                (self.nodes[m].claim.article, self.nodes[m].claim.sentence)
                for m, h in same
                if self.nodes[m].root == self.nodes[k].root and _meet(figure, h)
            }
            for j, h in same:
                o = self.nodes[j].claim
                if self.nodes[j].root != self.nodes[k].root or _meet(figure, h):
                    continue
                if (o.article, o.sentence) in meeting:
                    continue
                if not _parties(self.nodes[k].claim) & _parties(o):
                    return True
        return False

    def _rivals(self, i: int, figure: str) -> tuple[set[str], list[tuple[int, str]]]:
        """``(roots giving a reading that meets figure, (claim, figure) of the roots giving
        only other readings)`` of the property of claim ``i``'s ``figure``."""
        kind = _kind(figure)
        same = [
            (j, g)
            for j, g in self.by_kind.get(kind, [])
            if _comparable(figure, g) and self._one_property(i, j, kind)
        ]
        meets = {self.nodes[j].root for j, g in same if _meet(figure, g)}
        meets.add(self.nodes[i].root)
        return meets, [(j, g) for j, g in same if self.nodes[j].root not in meets]

    def _outvoted(self, i: int, figure: str) -> bool:
        meets, rivals = self._rivals(i, figure)
        if not rivals:
            return False
        rival = max(len({self.nodes[k].root for k, h in rivals if _meet(g, h)}) for _j, g in rivals)
        return len(meets) <= rival

    def _one_property(self, i: int, j: int, kind: str) -> bool:
        """Claims ``i`` and ``j`` (of different roots, or the same claim) tell one
        property of the figure ``kind``: close sentences, and for a figure of no counted
        noun (a kind ending on "|") a noun of their clauses in common; or, for a duration,
        a noun in common that is no measure of time (:func:`_measure`): "had been in
        charge for 14 months" / "His 18 months in charge" time one tenure, however far
        apart the sentences' other words."""
        nounless = kind.endswith("|")
        a, b = self.nodes[i], self.nodes[j]
        if i == j:
            return True
        if a.root == b.root or a.sentence_vector is None or b.sentence_vector is None:
            return False
        shared = set(a.claim.nouns) & set(b.claim.nouns)
        if nounless and not shared:
            return False
        if float(a.sentence_vector @ b.sentence_vector) >= SAME_PROPERTY_COSINE:
            return True
        return kind.startswith(DURATION) and any(not _measure(n) for n in shared)


#: the dimension of a figure of elapsed time (:func:`consilience.align._figure`)
DURATION = "duration|"
#: WordNet nouns of measures and spans of time ("month", "season", "hour"): a duration's
#: unit, shared by any two durations, names no thing timed
MEASURE_KINDS = ("time_period", "time_unit", "measure")


def _measure(noun: str) -> bool:
    """``noun``'s first WordNet sense is a measure or a span of time."""
    return discourse_noun(noun, MEASURE_KINDS)


def _parties(c) -> set[str]:
    """Who gives claim ``c``'s figure: its actor keys and its attribution, lower-cased."""
    out = {k.lower() for k in c.actor_keys}
    if c.attribution:
        out.add(c.attribution.lower())
    return out


def _meet(a: str, b: str) -> bool:
    """Two figure strings give one reading: within rounding, either way round, or, when
    one is a bound (:func:`bounded`), their stated intervals overlap ("more than 300
    homes" and "312 homes" meet; "more than £400" and "£312" do not)."""
    if _figures_meet(a, b) or _figures_meet(b, a):
        return True
    if a.split("|")[:2] != b.split("|")[:2] or not (bounded(a) or bounded(b)):
        return False
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    return alo <= bhi and blo <= ahi


#: a bound and another reading whose values are further apart than this ratio give two
#: properties ("up to eight euros a month" beside "a fine of EUR 214 million"), not two
#: readings of one: readings in dispute differ by less ("more than £400" / "£312")
BOUND_RATIO = 3.0


def _comparable(a: str, b: str) -> bool:
    """Two figure strings can be readings of one property: both precise (as before), or,
    with a bound among them (:func:`bounded`), values within :data:`BOUND_RATIO` of each
    other."""
    if not (bounded(a) or bounded(b)):
        return True
    x, y = abs(_values(a)[0]), abs(_values(b)[0])
    return min(x, y) > 0 and max(x, y) <= BOUND_RATIO * min(x, y)


def is_reading(figure: str) -> bool:
    """A figure a reading of a property can be compared by: a precise one
    (:func:`consilience.unique.is_precise`) or a bound (:func:`bounded`); a vague amount
    ("thousands of homes") is neither."""
    return is_precise(figure) or bounded(figure)


def bounded(figure: str) -> bool:
    """A figure string (``"dimension|unit|value|low|high|noun"``) stated as a bound, not
    as a value within rounding: an upper bound ("fewer than three quarters", "up to 210
    km/h": low 0) or a lower one ("more than £400": low at the value, high a little above,
    as :mod:`consilience.quantities` reads it), not a vague amount (an interval of
    ``VAGUE_SPAN`` or more) nor a span around the value ("within three months": half the
    value to the value, a deadline rather than a reading). The bound excludes every value outside its interval, so it
    can disagree with a precise reading or another bound."""
    try:
        v, lo, hi = _values(figure)
    except ValueError:
        return False
    if v <= 0 or hi == float("inf") or is_precise(figure):
        return False
    return lo == 0.0 or (lo == v and hi < VAGUE_SPAN * lo)


def _values(figure: str) -> tuple[float, float, float]:
    """``(value, low, high)`` of a figure string (the value for a missing bound).

    Raises ValueError when a part is not a number."""
    _dim, _unit, value, low, high = (figure.split("|") + [""] * 5)[:5]
    v = float(value)
    return v, (float(low) if low else v), (float(high) if high else v)


def _interval(figure: str) -> tuple[float, float]:
    """``(low, high)`` a figure string states."""
    _v, lo, hi = _values(figure)
    return lo, hi


#: adverbs that mark what a verb reports as a reading the story has since overtaken
EARLIER_ADVERBS = frozenset({"earlier", "previously", "initially", "originally"})
#: verbs that give a reading of a figure ("put the toll at 42", "estimated the cost at")
READING_VERBS = frozenset({"put", "estimate", "give", "set", "place", "report", "say"})


def earlier_reading(doc, start: int, end: int) -> bool:
    """The line ``start:end`` gives a figure as a superseded reading: a verb of it is
    marked earlier (:data:`EARLIER_ADVERBS`: "had earlier put the toll at 42", "had
    previously said 30 died"), or a reading verb (:data:`READING_VERBS`) in the past
    perfect puts the figure "at" a value ("The department had put the toll at 42"):
    what an article says the figure was before, not what it is."""
    toks = tokens_in(doc, start, end)
    if not any(t.like_num for t in toks):
        return False
    return any(_earlier_verb(t) for t in toks if t.pos_ in ("VERB", "AUX"))


def _earlier_verb(verb) -> bool:
    """``verb`` reports a reading as an earlier one (see :func:`earlier_reading`)."""
    perfect = any(a.dep_ == "aux" and a.lower_ == "had" for a in verb.children)
    marked = any(a.dep_ == "advmod" and a.lower_ in EARLIER_ADVERBS for a in verb.children)
    if marked and (perfect or verb.lemma_ in READING_VERBS):
        return True
    at_value = any(
        p.dep_ == "prep" and p.lower_ == "at" and any(t.like_num for t in p.subtree)
        for p in verb.children
    )
    return perfect and at_value and verb.lemma_ in READING_VERBS


def lone_figure(i: int, start: int, end: int, group: Sequence[int], nodes: Sequence[Node]) -> bool:
    """The line ``start:end`` of claim ``i``'s article, showing the claim group ``group``,
    gives in a background clause of its own (:func:`_aside_figures`: "The bridge, *which
    carries some 52,000 vehicles*, was shut") a figure that no sentence of a member of
    another root article gives (:func:`_same_value`): one article's figure inside a line
    the other members cite for their shared act. False when no member is of another root
    (a one-source line gives what its source gives)."""
    others = {
        (nodes[j].claim.article, nodes[j].claim.sentence)
        for j in group
        if nodes[j].root != nodes[i].root
    }
    if not others:
        return False
    theirs = [
        f for n in nodes if (n.claim.article, n.claim.sentence) in others for f in n.claim.figures
    ]
    mine = _aside_figures(i, start, end, nodes)
    return any(not any(_same_value(f, g) for g in theirs) for f in mine)


def aside_figure(i: int, start: int, end: int, nodes: Sequence[Node]) -> bool:
    """The line ``start:end`` of claim ``i``'s article gives, in a background clause of
    its own (:func:`_aside_figures`), a figure no claim of another root article gives
    (:func:`_same_value`): a side detail only one source gives, or one reading of a
    figure others give otherwise ("about 48,000 vehicles a day"), not the act a headline
    states."""
    theirs = [f for n in nodes if n.root != nodes[i].root for f in n.claim.figures]
    mine = _aside_figures(i, start, end, nodes)
    return any(not any(_same_value(f, g) for g in theirs) for f in mine)


def _aside_figures(i: int, start: int, end: int, nodes: Sequence[Node]) -> list[str]:
    """The figures of the background clauses (:data:`consilience.claim_spans.BACKGROUND_KINDS`:
    relative, appositive, reduced ...) of claim ``i``'s article that start in ``start:end``."""
    art = nodes[i].claim.article
    return [
        f
        for n in nodes
        if n.claim.article == art
        and start <= n.claim.start < end
        and n.claim.kind in BACKGROUND_KINDS
        for f in n.claim.figures
    ]


#: two stated values this close (relative difference) are one value in a headline's side
#: clause: tighter than the aligner's tolerance, since a headline repeats the very figure
SIDE_FIGURE_TOLERANCE = 0.02


def _same_value(a: str, b: str) -> bool:
    """Two figure strings of one dimension and unit state the same value, within
    :data:`SIDE_FIGURE_TOLERANCE` ("some 52,000" and "about 48,000" do not, though the
    aligner takes them for one figure)."""
    if a.split("|")[:2] != b.split("|")[:2]:
        return False
    (_, x), (_, y) = _figure(a), _figure(b)
    if x is None or y is None:
        return False
    return abs(x - y) <= SIDE_FIGURE_TOLERANCE * max(abs(x), abs(y))
