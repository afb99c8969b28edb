"""Headline and summary: the best-supported consensus claims, non-redundant, as clean
whole-sentence spans (a leading dateline cut off, no unmatched quotation mark; never a
question, a quotation, a report-only clause or a fragment). The headline is the claim of
near-best support stated nearest the top of its articles (the main event), not merely the
first summary line; the summary gives the next claims and does not repeat it. A story
without consensus gets its first article's lead sentence as headline."""

from __future__ import annotations

import re
from typing import Any

from .align import Node
from .claim_spans import Texts, balanced_quotes
from .model import Span
from .unique import BACKGROUND_KINDS, whole_sentence

REDUNDANT_COSINE = 0.8  # summary lines closer than this repeat each other
REDUNDANT_SENTENCE_COSINE = 0.75  # ... or whose sentences are closer than this
SUMMARY_SIZE = 5


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
    that makes a headline (:func:`headline_worthy`) -- cited to it."""
    for n in nodes:
        c = n.claim
        if c.heading or c.frame == "report" or n.order != nodes[0].order:
            continue
        s, e = texts.sentence(c)
        text = texts.text(c.article)[s:e]
        if headline_worthy(text):
            return [{"text": text, "citations": [Span(c.article, s, e).to_json()]}]
    return []


def headline_worthy(text: str) -> bool:
    """A line that can stand as a headline or summary line: a whole, self-contained
    sentence (:func:`consilience.unique.whole_sentence`) that names its subject (no
    opening pronoun) and is not a question nor a quotation ('"We will rebuild," she
    said.' is colour, not the story's fact)."""
    t = text.strip()
    if _PRONOUN_OPENING.match(t):
        return False  # "It was the third closure": whose? a headline names its subject
    return whole_sentence(t) and not t.endswith(("?", '?"', "?”")) and t[:1] not in _QUOTE_MARKS


_QUOTE_MARKS = "\"“‘'"
_PRONOUN_OPENING = re.compile(r"^(?:it|they|he|she|we|its|their|his|her)\b", re.I)


def _line(f, nodes: list[Node], texts: Texts) -> tuple[int, int, str, int] | None:
    """``(start, end, text, node)`` of the clean line a consensus entry ``f`` shows: the
    sentence of its representative, or of the first member stating the claim as the
    sentence's main assertion when the representative is a background clause ("Marsh,
    who declared a state of emergency, said she had not seen the report" is about the
    report); its clause when the sentence is over 45 words. None when no member gives a
    line for a summary (a report-only clause, a question, a quotation, a fragment)."""
    group, rep = f[0], f[1]
    order = [rep] + [i for i in group if nodes[i].claim.kind not in BACKGROUND_KINDS]
    if nodes[rep].claim.kind in BACKGROUND_KINDS:
        order = order[1:] + [rep]
    for i in order:
        line = _clean_line(nodes[i], texts)
        if line is not None:
            return (*line, i)
    return None


def _clean_line(node: Node, texts: Texts) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of the line stating ``node``'s claim, or None (see
    :func:`_line`)."""
    c = node.claim
    if c.frame == "report" or c.heading:
        return None
    s, e = texts.sentence(c)
    text = texts.text(c.article)
    if text[s:e].lstrip()[:1] in _QUOTE_MARKS:
        return None  # a quotation, even one cut to a single sentence
    if len(text[s:e].split()) > 45:
        s, e = texts.clause(c)
    s, e = balanced_quotes(text, s, e)
    return (s, e, text[s:e]) if headline_worthy(text[s:e]) else None


def _lead_position(group: list[int], nodes: list[Node]) -> float:
    """Mean index of the sentences stating the claims ``group`` in their articles (0 =
    the lead): news states its main event first."""
    return sum(nodes[i].claim.sentence for i in group) / len(group)


def _pick_headline(lines: list[tuple[tuple, tuple]], nodes: list[Node]) -> int:
    """Index in ``lines`` (consensus entries with their lines, best supported first) of the
    headline: of the entries within one independent source of the best support, the one
    stated nearest the top of its articles."""
    best = lines[0][0][3]
    near = [k for k, (f, _line) in enumerate(lines) if f[3] >= best - 1]
    return min(near, key=lambda k: (_lead_position(lines[k][0][0], nodes), -lines[k][0][3], k))


def summary_and_headline(consensus, nodes, vecs, texts: Texts):
    """``(summary, headline)``: the headline is the most central well-supported consensus
    claim (:func:`_pick_headline`) as a clean whole sentence; the summary is up to
    ``SUMMARY_SIZE`` further consensus claims, best supported first, none repeating the
    headline or each other (:func:`_redundant`). Each line is ``{"text", "citations"}``."""
    lines = [(f, line) for f in consensus if (line := _line(f, nodes, texts)) is not None]
    if not lines:
        return [], []
    top = _pick_headline(lines, nodes)
    f, (_s, _e, text, rep) = lines[top]
    headline = [{"text": text, "citations": f[4]}]
    chosen = [rep]
    summary: list[dict[str, Any]] = []
    for k, (f, (_s, _e, text, rep)) in enumerate(lines):
        if len(summary) >= SUMMARY_SIZE:
            break
        if k == top or any(
            _redundant(nodes[rep], nodes[j], float(vecs[rep] @ vecs[j])) for j in chosen
        ):
            continue
        chosen.append(rep)
        summary.append({"text": text, "citations": f[4]})
    return summary, headline
