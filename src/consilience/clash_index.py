"""Which readings of a story's claims could clash, found without comparing every pair.

:func:`consilience.statements._clashing` asks of every two claims of two articles whether
some reading of one clashes with some reading of the other (``statements._clash``: five
tests, each a chain of WordNet look-ups and argument checks). Almost no pair clashes
(2.0 M pair checks for 67 clashes on 100 ECB+ articles). Each of the five tests opens
with a condition on the two predicates alone -- the kind of reading, the predicate, its
part of speech and sign, and a WordNet relation between the predicates -- and returns
False when it fails. :class:`ClashIndex` groups readings by those predicate fields
(their :func:`signature`), decides that opening condition once per pair of signatures
(:func:`may_clash`), and lists only the pairs of claims whose readings pass it. Every
pair it leaves out is one the full test rejects, so the clashes found are the same.

The gates, one per test of ``statements._clash`` (each a necessary condition of it):

- :func:`consilience.event_states.clash`: one kind other than "act", one predicate,
  two signs;
- :func:`consilience.value_readings.value_clash`: two "value" readings of one predicate
  and one set of value heads;
- :func:`consilience.act_readings.act_clash`: two "act" readings, not planned (unless one
  is undecided), and some forms of the two predicates related by
  :func:`consilience.act_relations.relation`, or (undecided) one verb a kind of the other;
- :func:`consilience.class_denials.class_clash`: two "event" readings of opposite signs,
  neither planned nor undecided nor a copula, the stated act one with the denied one
  (``class_denials._one_act`` with a named doer, its widest reading);
- :func:`consilience.class_denials.broken_state`: a stated adjective and a stated verb,
  the verb within an antonym's participle verb (``class_denials._act_within``);
- :func:`consilience.cause_readings.cause_clash`: two "cause" readings;
- :func:`consilience.means_readings.means_clash`: two "means" readings;
- :func:`consilience.plan_denials.plan_clash`: a denied plan or a stated calling-off
  (:func:`consilience.plan_denials.unscheduled`) against a stated, decided "state" or
  "event" reading (the plan).

A change that widens one of those tests must widen its gate here;
``tests/test_clash_index.py`` compares the index with the full comparison of every pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from . import act_readings, class_denials, lexicon, plan_denials
from .act_relations import (
    FIRST,
    _first_synsets,
    _sense_antonyms,
    _sense_names,
    forms,
    participle_verbs,
    pole,
    poles_apart,
    relation,
    sense_antonyms,
)
from .denied_matter import Polar, concept_match, verbs_meet
from .event_states import COPULAS, Reading
from .opposite_words import counter_forms, opposite, opposite_pairs
from .opposite_words import forms as word_forms


class Signature(NamedTuple):
    """The fields of a reading the gates read (module doc): readings with one signature
    pass or fail every gate together."""

    kind: str
    predicate: str
    pos: str
    sign: int
    plan: bool
    undecided: bool
    heads: frozenset[str]  # value heads (``preps`` tagged "head")
    doer_head: str
    has_head: bool
    adjective: str


def signature(r: Reading) -> Signature:
    """The :class:`Signature` of reading ``r``."""
    return Signature(
        r.kind,
        r.predicate,
        r.pos,
        r.sign,
        r.plan,
        r.undecided,
        frozenset(w for k, w in r.preps if k == "head"),
        r.doer_head,
        bool(r.head),
        r.adjective,
    )


def may_clash(a: Reading, b: Reading) -> bool:
    """Whether readings ``a`` and ``b`` pass the opening condition of some test of
    ``statements._clash`` in either order (module doc); False means they cannot clash.
    Reads only the fields of their :func:`signature`."""
    return (
        _state_or_event(a, b)
        or _values(a, b)
        or _acts(a, b)
        or _class_denial(a, b)
        or _broken(a, b)
        or _broken(b, a)
        or _causes(a, b)
        or _means(a, b)
        or _plan(a, b)
        or _plan(b, a)
    )


def _state_or_event(a: Reading, b: Reading) -> bool:
    return a.kind == b.kind != "act" and a.predicate == b.predicate and a.sign != b.sign


def _values(a: Reading, b: Reading) -> bool:
    if a.kind != "value" or b.kind != "value" or a.predicate != b.predicate:
        return False
    return signature(a).heads == signature(b).heads


def _acts(a: Reading, b: Reading) -> bool:
    if a.kind != "act" or b.kind != "act":
        return False
    if a.undecided or b.undecided:
        return act_readings._one_act(a, b) or act_readings._one_act(b, a)
    if a.plan or b.plan:
        return poles_apart(a.predicate, b.predicate)
    return any(
        relation(x.predicate, x.pos, y.predicate, y.pos)
        for x in act_readings._variants(a)
        for y in act_readings._variants(b)
    )


def _class_denial(a: Reading, b: Reading) -> bool:
    if a.kind != "event" or b.kind != "event" or a.sign == b.sign:
        return False
    if a.plan or b.plan or a.undecided or b.undecided:
        return False
    if COPULAS & {a.predicate, b.predicate}:
        return False
    denied, stated = (a, b) if a.sign < 0 else (b, a)
    return class_denials._one_act(stated, denied, named_doer=True)


def _broken(state: Reading, act: Reading) -> bool:
    if state.pos != "a" or act.pos != "v" or state.sign < 0 or act.sign < 0:
        return False
    kinds = class_denials.KINDS
    if state.kind not in kinds or act.kind not in kinds or state.plan or act.plan:
        return False
    if not (state.head and act.head):
        return False
    verbs = _antonym_verbs(state.predicate)
    return any(class_denials._act_within(act.predicate, v) for v in verbs)


def _causes(a: Reading, b: Reading) -> bool:
    return a.kind == b.kind == "cause"


def _means(a: Reading, b: Reading) -> bool:
    return a.kind == b.kind == "means"


def _plan(denial: Reading, plan: Reading) -> bool:
    if plan.kind not in ("state", "event") or plan.sign < 0 or plan.undecided:
        return False
    return bool(plan_denials.unscheduled(denial))


class ClashIndex:
    """The readings of a story's claims (``per[i]``: the readings of claim ``i``) grouped
    by :func:`signature`, with the pairs of signatures that :func:`may_clash`."""

    def __init__(self, per: Sequence[Sequence[Reading]]) -> None:
        self._sigs = [[signature(r) for r in rs] for rs in per]
        self._holders: dict[Signature, set[int]] = defaultdict(set)
        first: dict[Signature, Reading] = {}
        for i, rs in enumerate(per):
            for r, s in zip(rs, self._sigs[i], strict=True):
                self._holders[s].add(i)
                first.setdefault(s, r)
        self._partners = partners(first)

    def pairs(self) -> list[tuple[int, int]]:
        """``(i, j)``, ``i < j``, sorted: the claims some reading of which may clash with
        some reading of the other (every pair whose readings clash is among them)."""
        out: set[tuple[int, int]] = set()
        for s, others in self._partners.items():
            for t in others:
                for i in self._holders[s]:
                    out.update((i, j) for j in self._holders[t] if i < j)
        return sorted(out)

    def partners(self, i: int, k: int, j: int, readings: Sequence[Reading]) -> list[Reading]:
        """Of ``readings`` (claim ``j``'s, in order), those that may clash with reading
        ``k`` of claim ``i``."""
        mine = self._partners.get(self._sigs[i][k], frozenset())
        return [r for r, s in zip(readings, self._sigs[j], strict=True) if s in mine]


def partners(first: dict[Signature, Reading]) -> dict[Signature, frozenset[Signature]]:
    """Each signature (-> a reading that has it) -> the signatures it :func:`may_clash`
    with (symmetric), found gate by gate without asking every pair: one kind and
    predicate by a dict, two acts through the WordNet relations of their predicates'
    forms (each pair of forms asked once), an event stated and one denied through the
    pairs of their predicates, and the few stated adjectives with antonym participles
    against the stated verbs."""
    found: dict[Signature, set[Signature]] = defaultdict(set)
    sigs = list(first)
    gates = (_same_predicate_pairs, _act_pairs, _class_pairs, _broken_pairs, _cause_pairs)
    for gate in (*gates, _means_pairs, _plan_pairs):
        for s, t in gate(sigs, first):
            found[s].add(t)
            found[t].add(s)
    return {s: frozenset(v) for s, v in found.items()}


Pairs = Iterator[tuple[Signature, Signature]]


def _same_predicate_pairs(sigs: list[Signature], first: dict[Signature, Reading]) -> Pairs:
    """The ``event_states.clash``, ``value_clash`` and ``place_clash`` gates, within one
    kind and predicate."""
    by_key: dict[tuple[str, str], list[Signature]] = defaultdict(list)
    for s in sigs:
        if s.kind != "act":
            by_key[(s.kind, s.predicate)].append(s)
    for group in by_key.values():
        for x, s in enumerate(group):
            for t in group[x:]:  # one signature too: two values of one property
                if _state_or_event(first[s], first[t]) or _values(first[s], first[t]):
                    yield s, t
                elif first[s].kind == first[t].kind == "place":
                    yield s, t  # two places of one act (event_places.place_clash)


def _act_pairs(sigs: list[Signature], first: dict[Signature, Reading]) -> Pairs:
    """The ``act_clash`` gate: acts whose forms (the predicates of their variants) are
    related by WordNet (:func:`_related_forms`), neither planned; an undecided act
    against every act; an act of going on against one of ending, one of them planned
    (``act_readings._going_on_against_end``)."""
    acts = [s for s in sigs if s.kind == "act"]
    holders: dict[tuple[str, str], list[Signature]] = defaultdict(list)
    for s in acts:
        if not (s.plan or s.undecided):
            for v in act_readings._variants(first[s]):
                holders[(v.predicate, v.pos)].append(s)
    for f, g in _related_forms(list(holders)):
        yield from ((s, t) for s in holders[f] for t in holders[g])
    undecided = [s for s in acts if s.undecided]
    yield from ((s, t) for s in undecided for t in acts if _acts(first[s], first[t]))
    on = [s for s in acts if pole(s.predicate) > 0]  # going on against ending, one planned
    off = [s for s in acts if pole(s.predicate) < 0]
    yield from (
        (s, t)
        for s in on
        for t in off
        if (s.plan or t.plan) and poles_apart(s.predicate, t.predicate)
    )


def _related_forms(forms: list[tuple[str, str]]) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of ``(predicate, part of speech)`` that
    :func:`consilience.act_relations.relation` relates (either way round), found by
    joining on :func:`relation_keys` and asking ``relation`` only of the pairs that meet."""
    emitted: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    probes = {}
    for f in forms:
        emit, probes[f] = relation_keys(*f)
        for k in emit:
            emitted[k].append(f)
    out = set()
    for f in forms:
        for g in {g for k in probes[f] for g in emitted.get(k, ())}:
            if (g, f) not in out and (relation(*f, *g) or relation(*g, *f)):
                out.add((f, g))
    return out


@lru_cache(maxsize=65536)
def relation_keys(word: str, pos: str) -> tuple[frozenset, frozenset]:
    """``(emitted, probed)`` keys of a predicate: :func:`consilience.act_relations.relation`
    is nonzero for two predicates only when the probed keys of one meet the emitted keys
    of the other. Per form ``x`` (part of speech ``p``) of the predicate
    (:func:`consilience.act_relations.forms`): it emits its lemma and the lemmas of its
    first senses; it probes its lemma and its synonyms (one sense), the antonyms of its
    first senses (against the other's sense lemmas) and the hypernym lemmas of those
    antonyms' senses (an antonym of one a kind of the other)."""
    emit: set[tuple[str, str, str]] = set()
    probe: set[tuple[str, str, str]] = set()
    for p, x in forms(word, pos):
        emit.add(("w", p, x))
        emit.update(("n", p, n) for n in _sense_names(x, p))
        probe.add(("w", p, x))
        probe.update(("w", p, n) for n in lexicon.synonyms(x, p, FIRST))
        probe.update(("n", p, a) for a in _sense_antonyms(x, p))
        probe.update(("w", p, n) for n in _antonym_kinds(x, p))
    return frozenset(emit), frozenset(probe)


def _antonym_kinds(word: str, pos: str) -> set[str]:
    """Lemmas of the hypernyms of every sense of every antonym of the first senses of
    ``word`` (what ``act_relations._kind_of_antonym`` looks among)."""
    table = lexicon.table()["synsets"][pos]
    ants = {w for off in _first_synsets(word, pos) for a in table[off][2].values() for w in a}
    return {
        n
        for w in ants
        for off in lexicon.senses(w, pos)
        for h in table[off][1]
        for n in table[h][0]
    }


def _class_pairs(sigs: list[Signature], first: dict[Signature, Reading]) -> Pairs:
    """The ``class_clash`` gate: a stated and a denied event whose acts are one
    (``class_denials._one_act``), asked once per pair of their predicate fields."""
    events = [
        s
        for s in sigs
        if s.kind == "event" and not (s.plan or s.undecided) and s.predicate not in COPULAS
    ]
    signs = sorted({s.sign for s in events})
    for x, one in enumerate(signs):
        for other in signs[x + 1 :]:
            lows = [s for s in events if s.sign == one]
            highs = [s for s in events if s.sign == other]
            yield from _one_act_pairs(lows, highs, first)


def _one_act_pairs(lows: list[Signature], highs: list[Signature], first) -> Pairs:
    """Pairs of ``lows`` and ``highs`` (two signs) whose predicates pass ``_class_denial``,
    each pair of predicate fields asked once."""
    key = lambda s: (s.predicate, s.pos, s.doer_head)  # noqa: E731 - what _one_act reads
    by_low: dict[tuple, list[Signature]] = defaultdict(list)
    by_high: dict[tuple, list[Signature]] = defaultdict(list)
    for s in lows:
        by_low[key(s)].append(s)
    for s in highs:
        by_high[key(s)].append(s)
    for ls in by_low.values():
        for hs in by_high.values():
            if _class_denial(first[ls[0]], first[hs[0]]):
                yield from ((s, t) for s in ls for t in hs)


def _broken_pairs(sigs: list[Signature], first: dict[Signature, Reading]) -> Pairs:
    """The ``broken_state`` gate: stated adjectives with antonym participles against
    stated verbs."""
    stated = [s for s in sigs if s.kind in class_denials.KINDS and s.sign >= 0]
    adjectives = [s for s in stated if s.pos == "a" and _antonym_verbs(s.predicate)]
    verbs = [s for s in stated if s.pos == "v"]
    for a in adjectives:
        yield from ((a, v) for v in verbs if _broken(first[a], first[v]))


def _cause_pairs(sigs: list[Signature], first: dict[Signature, Reading]) -> Pairs:
    """The ``cause_clash`` gate: every two cause readings (few in a story)."""
    causes = [s for s in sigs if s.kind == "cause"]
    for x, s in enumerate(causes):
        yield from ((s, t) for t in causes[x:])


def _means_pairs(sigs: list[Signature], first: dict[Signature, Reading]) -> Pairs:
    """The ``means_clash`` gate: every two means readings (few in a story)."""
    means = [s for s in sigs if s.kind == "means"]
    for x, s in enumerate(means):
        yield from ((s, t) for t in means[x:])


def _plan_pairs(sigs: list[Signature], first: dict[Signature, Reading]) -> Pairs:
    """The ``plan_clash`` gate: each denial of a plan (few in a story) against every
    reading that may state a plan."""
    denials = [s for s in sigs if plan_denials.unscheduled(first[s])]
    for d in denials:
        yield from ((d, t) for t in sigs if _plan(first[d], first[t]))


def _antonym_verbs(adjective: str) -> set[str]:
    """Verbs whose participles are antonyms of ``adjective`` ("unharmed" -> {"injure"})."""
    return {v for ant in sense_antonyms(adjective, "a") for v in participle_verbs(ant)}


class AllPairs:
    """The exhaustive reference with :class:`ClashIndex`'s interface: every pair of claims
    that have readings, every reading of the other claim (how ``statements._clashing``
    compared before the index; the tests and ``bench/throughput_clash.py`` compare the
    two)."""

    def __init__(self, per: Sequence[Sequence[Reading]]) -> None:
        self._live = [i for i, rs in enumerate(per) if rs]

    def pairs(self) -> list[tuple[int, int]]:
        """Every ``(i, j)``, ``i < j``, of two claims with readings."""
        return [(i, j) for x, i in enumerate(self._live) for j in self._live[x + 1 :]]

    def partners(self, i: int, k: int, j: int, readings: Sequence[Reading]) -> list[Reading]:
        """All of ``readings``."""
        return list(readings)


def denial_pairs_index(words: Sequence[Sequence[Polar]]) -> list[tuple[int, int]]:
    """``(i, j)``: claim ``i`` denies a word that claim ``j`` asserts as one concept
    (:func:`consilience.denied_matter.same_concept`) or a verb sharing a sense with it
    or of challenging with it (:func:`consilience.denied_matter.verbs_meet`), found through the distinct words of
    the story (each denied word against each asserted word form once) instead of every
    pair of claims; sorted. The gate of :func:`consilience.denied_matter.denial_pairs`:
    every pair for which it is not empty is here, one way or the other."""
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    denied: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, ws in enumerate(words):
        for w in ws:
            (holders if w.sign > 0 else denied)[(w.lemma, w.pos)].add(i)
    out: set[tuple[int, int]] = set()
    for (d, dpos), deniers in denied.items():
        for (a, apos), asserters in holders.items():
            if concept_match(d, dpos, a, apos) or (dpos == apos == "v" and verbs_meet(d, a)):
                out.update((i, j) for i in deniers for j in asserters if i != j)
    return sorted(out)


def all_denial_pairs(words: Sequence[Sequence[Polar]]) -> list[tuple[int, int]]:
    """Every ``(i, j)``, ``i != j``, for which claim ``i`` denies a word claim ``j``
    asserts (:func:`consilience.denied_matter.denial_pairs`), by comparing every pair:
    the reference :func:`denial_pairs_index` is checked against."""
    from .denied_matter import denial_pairs

    return [
        (i, j)
        for i, wi in enumerate(words)
        for j, wj in enumerate(words)
        if i != j and any(d in wi for d, _ in denial_pairs(wi, wj))
    ]


def opposite_pairs_index(words: Sequence[Sequence[Polar]]) -> list[tuple[int, int]]:
    """``(i, j)``, ``i < j``: claims ``i`` and ``j`` assert opposite words
    (:func:`consilience.opposite_words.opposite`), found by joining each distinct asserted
    word's forms with the others' counter forms instead of comparing every pair of
    claims; sorted. The gate of :func:`consilience.opposite_words.opposite_pairs`: every
    pair for which it is not empty (either way round) is here."""
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, ws in enumerate(words):
        for w in ws:
            if w.sign > 0 and w.bearer:
                holders[(w.lemma, w.pos)].add(i)
    by_form: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for word in holders:
        for f in word_forms(*word):
            by_form[f].add(word)
    out: set[tuple[int, int]] = set()
    for word in sorted(holders):
        met = {o for f in counter_forms(*word) for o in by_form.get(f, ())}
        for other in sorted(met):
            if opposite(*word, *other):
                out.update(
                    (min(i, j), max(i, j)) for i in holders[word] for j in holders[other] if i != j
                )
    return sorted(out)


def all_opposite_pairs(words: Sequence[Sequence[Polar]]) -> list[tuple[int, int]]:
    """Every ``(i, j)``, ``i < j``, whose claims assert opposite words of one bearer
    (:func:`consilience.opposite_words.opposite_pairs`), by comparing every pair: the
    reference :func:`opposite_pairs_index` is checked against."""
    return [
        (i, j)
        for i, wi in enumerate(words)
        for j in range(i + 1, len(words))
        if opposite_pairs(wi, words[j]) or opposite_pairs(words[j], wi)
    ]
