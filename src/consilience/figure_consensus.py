"""Agreed figures as consensus claims (issue #11): the clauses that give one corroborated
figure state one claim, whatever verb each wraps it in.

A figure that several articles give alike is a fact they agree on: "The contract was worth
£6.4m." / "resurfaced it under a £6.4 million contract" / "a £6.4m contract completed in
October 2060" all say the contract was worth £6.4m, though no two of the clauses share a
predicate, so the claim alignment (:mod:`consilience.align`) never joins them. The figure
reconciliation (:mod:`consilience.reconcile`) already knows they are one slot (one property
of one owner) and that they agree within rounding: its ``corroborated`` entries. Each such
entry gives a candidate group here -- per reading, the smallest claim of its article whose
clause holds the figure -- which the consensus stage then judges like any claim group (enough
independent sources, nothing disputed, a clean text).

    figure_members(corroborated, nodes) -> [([node index, ...], [(article, start, end), ...])]

A reading that no claim's clause holds (a figure in a table row, a heading) gives no member;
an entry left with members in fewer than two articles gives no group. A small count, rank
or length of time ("the two sides", "three men", "for nine hours") is no sign that two
clauses tell one fact: many facts of a story share it, so such an entry gives no group
unless one of its readings writes a figure of two digits or more (:func:`distinctive`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from . import lexicon
from .align import Node

#: dimensions whose small figures many facts of one story share ("two sides", "four wards")
SMALL_PRONE = frozenset({"count", "ordinal", "duration", "age", "multiple", "frequency", "score"})
#: a figure written with two digits or more, or with a decimal part ("31", "4:24.38", "2.5")
_DISTINCT_FIGURE = re.compile(r"\d[\d,.:]*\d")


def distinctive(entry: Mapping[str, Any]) -> bool:
    """Whether a corroborated entry's figure singles out one fact: any figure but a count,
    rank or length of time (:data:`SMALL_PRONE`), and one of those when a reading writes it
    with two digits or more ("31 hours", "4,100 people"; not "three men", "nine hours")."""
    if entry.get("dimension") not in SMALL_PRONE:
        return True
    return any(_DISTINCT_FIGURE.search(r.get("text") or "") for r in entry.get("readings", []))


def holding_claim(nodes: Sequence[Node], article: str, start: int, end: int) -> int | None:
    """Index into ``nodes`` of the smallest claim of ``article`` whose span (characters)
    holds ``[start, end)``, a heading only when nothing else does; None when no claim does."""
    best: tuple[tuple[bool, int], int] | None = None
    for i, n in enumerate(nodes):
        c = n.claim
        if c.article != article or not (c.start <= start and end <= c.end):
            continue
        rank = (c.heading, c.end - c.start)
        if best is None or rank < best[0]:
            best = (rank, i)
    return None if best is None else best[1]


def figure_members(
    corroborated: Sequence[Mapping[str, Any]], nodes: Sequence[Node]
) -> list[tuple[list[int], list[tuple[str, int, int]]]]:
    """Per corroborated figure entry (the brief's ``corroborated`` items: ``readings`` with a
    ``citation`` each) whose figure is :func:`distinctive`, the node indices of the claims
    that give its readings (:func:`holding_claim`), sorted, and the readings' spans
    ``(article, start, end)``; entries whose members lie in fewer than two articles are left out, and so is a group
    already given by an earlier entry."""
    cited = [
        [r.get("citation") or {} for r in entry.get("readings", [])]
        for entry in corroborated
        if distinctive(entry)
    ]
    return _member_groups(cited, nodes)


def date_members(
    timeline: Sequence[Mapping[str, Any]], nodes: Sequence[Node]
) -> list[tuple[list[int], list[tuple[str, int, int]]]]:
    """As :func:`figure_members`, of the brief's ``timeline`` entries: one dated event that
    two or more articles date alike to the day ("were given a software update by a company
    engineer on Oct. 7" / "The update, installed by an Auralis Medical engineer on 7 October
    2064"), each mention of its date (``mentions``, a ``citation`` each) a reading. An
    entry whose date is disputed, or known only to the month or year, gives no group, and a
    mention that gives only the month ("in October 2064") is no reading of the day: many
    facts of one story share a month. Nor is a day named only relative to the article
    ("on Tuesday", "yesterday", "last Saturday's weigh-off"): the day of the news holds
    most facts of the story, and the timeline's entry of that day joins several of them;
    a day written with its month ("Sunday 17 February", "Oct. 7") names the day of one act."""
    cited = [
        [m.get("citation") or {} for m in entry.get("mentions", []) if _calendar_day(m)]
        for entry in timeline
        if entry.get("precision") == "day" and not entry.get("disputed")
    ]
    return _member_groups(cited, nodes)


#: a month's name or its abbreviation as a whole word ("February", "Feb.", "Sept"), or a
#: date written in figures ("12/10/2065", "2065-10-12")
_MONTH = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b",
    re.IGNORECASE,
)


def _calendar_day(mention: Mapping[str, Any]) -> bool:
    """Whether a timeline mention (``text``, ``precision``) gives a day with its month's
    name ("7 October", "Oct. 7", "the twentieth of February"), not a weekday or a day
    counted from the article's date."""
    return mention.get("precision") == "day" and bool(_MONTH.search(mention.get("text") or ""))


def _member_groups(
    cited: Sequence[Sequence[Mapping[str, Any]]], nodes: Sequence[Node]
) -> list[tuple[list[int], list[tuple[str, int, int]]]]:
    """Per list of reading citations, the sorted node indices of the claims holding them
    and the readings' spans; groups of fewer than two articles, or given before, left out."""
    out: list[tuple[list[int], list[tuple[str, int, int]]]] = []
    for citations in cited:
        members: set[int] = set()
        spans: list[tuple[str, int, int]] = []
        for cite in citations:
            if "article" not in cite:
                continue
            i = holding_claim(nodes, cite["article"], cite["start"], cite["end"])
            if i is not None:
                members.add(i)
                spans.append((cite["article"], cite["start"], cite["end"]))
        group = sorted(members)
        if len({nodes[i].claim.article for i in group}) >= 2 and all(g != group for g, _ in out):
            out.append((group, spans))
    return out


def reading_in(article: str, parts: Sequence[tuple[int, int]], readings):
    """The first of ``readings`` (spans ``(article, start, end)`` of :func:`figure_members`)
    that one of the character spans ``parts`` of ``article`` (an item's text, its cut
    phrases left out) holds, or None: an item's text that leaves its figure out states
    another claim of the clause."""
    held = (
        r for r in readings for lo, hi in parts if r[0] == article and lo <= r[1] and r[2] <= hi
    )
    return next(held, None)


def written_alike(reading, readings, text_of) -> int:
    """How many of ``readings`` write their figure with the same digits as ``reading``
    ("3.2 kPa" twice against "about three and a half kilopascals"): a line shows the figure
    as most articles write it. ``text_of``: article id -> its text."""

    def digits(r) -> str:
        return re.sub(r"\D", "", text_of(r[0])[r[1] : r[2]])

    mine = digits(reading)
    return sum(1 for r in readings if digits(r) == mine) if mine else 0


#: verbs too light to tell two facts apart ("is", "has", "was given")
_LIGHT = frozenset({"be", "have", "do", "get", "give", "make", "take"})


#: entity labels of a party's name, which two clauses of one fact may share ("Harlan
#: Marine"); a place's name is shared by every fact of a local story and tells none apart
_PARTY_NAMES = frozenset({"ORG", "PERSON", "PRODUCT", "NORP"})


def _content(nodes: Sequence[Node], texts, i: int, names: bool = True) -> frozenset[str]:
    """Lemmas of the nouns and verbs of member ``i``'s clause with the WordNet synonyms of
    its nouns ("deal" / "contract"), and the words of a party's name (unless ``names`` is
    False); light verbs, numbers and places left out: the words that say what the figure
    is of."""
    c = nodes[i].claim
    return words_of(texts.ctx.analysis(c.article).doc, [(c.start, c.end)], names=names)


def words_of(
    doc, parts: Sequence[tuple[int, int]], synonyms: bool = True, names: bool = True
) -> frozenset[str]:
    """The content words (:func:`_content`) of the character spans ``parts`` of ``doc``;
    nouns without their synonyms when ``synonyms`` is False, no party's name when
    ``names`` is False."""
    out: set[str] = set()
    for s, e in parts:
        span = doc.char_span(s, e, alignment_mode="expand") or ()
        out |= _span_words(span, synonyms, names)
    return frozenset(out)


def _span_words(span, synonyms: bool, names: bool = True) -> set[str]:
    out: set[str] = set()
    for t in span:
        lemma = t.lemma_.lower()
        if t.like_num or lemma in _LIGHT:
            continue
        if t.pos_ == "PROPN" and t.ent_type_ in _PARTY_NAMES:
            if names:
                out.add(lemma)
        elif t.pos_ == "VERB":
            out.add(lemma)
        elif t.pos_ == "NOUN":
            out |= {lemma, *(lexicon.synonyms(lemma, "n") if synonyms else ())}
    return out


def told_share(words: frozenset[str], others: frozenset[str]) -> float:
    """Share of an item text's content ``words`` (:func:`words_of`, no synonyms) that the
    other articles' members say (``others``, with synonyms): 1.0 for a text with none. A
    text whose other words only its own article says ("..., despite a union warning that
    the firm had missed targets") says more than the agreed figure."""
    return len(words & others) / len(words) if words else 1.0


def telling_one_fact(
    group: list[int], nodes: Sequence[Node], texts, names: bool = True
) -> list[int]:
    """The members of ``group`` (node indices) whose clause shares a noun or verb lemma
    (:func:`_content`) with a member of another article: "The deal is worth £3.8m" and
    "won the £3.8m contract" both tell what a deal cost, "Repairs to the sea wall will
    cost £2m" and "fishermen have been awarded £2m" two facts of one sum (kept apart even
    where the figures were read as one slot). ``texts``: a
    :class:`consilience.claim_spans.Texts`. With ``names`` False a party's name is no shared
    word: many facts of one day name the same party ("the Corvane-2 failed on Tuesday" /
    "Aster's chief spoke about the Corvane-2 on Tuesday"), so a shared date needs a shared
    act or thing."""
    words = {i: _content(nodes, texts, i, names) for i in group}
    return [
        i
        for i in group
        if any(
            words[i] & words[j] for j in group if nodes[j].claim.article != nodes[i].claim.article
        )
    ]
