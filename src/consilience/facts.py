"""Facts across articles: consensus, unique facts, summary and headline.

1. **Units.** Each article's sentences, cut at line breaks (headings glued to a sentence)
   and split into clauses at ";" and between coordinated full clauses ("X did A, and Y did
   B": a ``conj`` verb with its own subject after a ``cc``); a leading dateline is dropped.
   Bylines, credit lines, table rows, verbless fragments are boilerplate and never used.
   A unit stating several facts also yields *sub-units* (its participial clauses, "...,
   killing two people", and its main clause) so that each fact can find its group.
2. **Similarity** between units of different articles: cosine of sentence embeddings
   (``ctx.sentence_vectors``; clauses are embedded on their own) + ``ENTITY_WEIGHT`` x
   Jaccard of named-entity keys + ``FIGURE_WEIGHT`` when they share a figure (values of
   ``ctx.extractions[...].quantities`` and numbers of spaCy CARDINAL/QUANTITY/... spans).
3. **Fact groups**: average-linkage agglomeration, merging while the average link is at
   least ``GROUP_THRESHOLD``, at most one unit per article per group; then members whose
   mean link to the rest is below ``GROUP_THRESHOLD + MEMBER_MARGIN`` are pruned.
4. **consensus**: groups covering at least half of the story's articles (and two), the
   most central full sentence as text, citations to every member, ``independent_sources``
   from :func:`consilience.provenance.independent_sources`; plus outlets that as many
   articles name as their source ("reported by the New York Times", ``"kind": "source"``).
   Sorted by support, then mean position in the articles.
   **unique**: full units of one article (near-copies count as that article: listed under
   the original with ``also_in``) far from every other article's units (cosine below
   ``UNIQUE_MAX_SIMILARITY``, +0.12 when they name a new person/organisation/figure), not
   stating a consensus fact, naming someone/something/a figure/a date, ranked by novelty
   (new entities, figures, content words) minus closeness; at most ``UNIQUE_PER_ARTICLE``.
   **summary**: up to five consensus facts by maximal marginal relevance (support,
   centrality, position, minus redundancy), the best-supported first.
   **headline**: the article title closest to the best-supported fact when titles are part
   of the text, else that fact's representative sentence.

Every text is a verbatim span of an article; every item cites the spans it rests on.
Calibration (``python bench/facts_bench.py --grid``) on the seeds, demo and fixture gold.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .analyse import doc_text
from .model import Span, StoryContext
from .provenance import duplicates_of

VERSION = "1"

GROUP_THRESHOLD = 0.45  # average-link similarity to merge units into one fact
MEMBER_MARGIN = 0.05  # a member's mean link to its group must reach GROUP_THRESHOLD + this
ENTITY_WEIGHT = 0.15  # bonus x Jaccard of the units' named-entity keys
FIGURE_WEIGHT = 0.10  # bonus when the units share a figure
UNIQUE_MAX_SIMILARITY = 0.62  # a unique fact is below this to every unit of other articles
UNIQUE_PER_ARTICLE = 3
UNIQUE_CONSENSUS_LINK = 0.6  # a consensus member linked below this may still be unique
COPY_SIMILARITY = 0.9  # a sentence "reappears" in another article above this cosine
COPY_SHARE = 0.5  # ... and an article is a near-copy when this share of its sentences do
SUMMARY_SIZE = 5
MMR_LAMBDA = 0.7
MIN_WORDS = 6

CONTENT_LABELS = {
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "PRODUCT",
    "EVENT",
    "LAW",
    "WORK_OF_ART",
}
FIGURE_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
_CREDIT = re.compile(
    r"\b(this (story|report|article) (was |has been )?(provided|written|supplied|updated)"
    r"|contributed (reporting|to this (story|report))|(reporting|editing|additional reporting) by"
    r"|all rights reserved|sign up for|subscribe to|click here|read more)\b",
    re.I,
)
_BYLINE = re.compile(r"^\s*(by|written by|reporting by|editing by)\s+[A-Z]", re.I)


@dataclass
class Unit:
    article: str
    index: int  # position of the unit in its article
    sentence: int
    start: int
    end: int
    text: str
    heading: bool = False
    boilerplate: bool = False
    n_words: int = 0
    ents: set[str] = field(default_factory=set)  # named-entity keys
    ent_labels: dict[str, str] = field(default_factory=dict)  # key -> spaCy label
    figures: set[str] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)  # content lemmas
    dated: bool = False
    rel_pos: float = 0.0
    sub: bool = False  # a part of a full unit (participial clause / main clause)
    parent: int = -1  # for a sub-unit: the list index of its full unit (within its article)

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


# --------------------------------------------------------------------------- units


def _entity_key(ent) -> str:
    text = ent.text.lower()
    text = re.sub(r"^(the|a|an)\s+", "", text)
    text = re.sub(r"['’]s$", "", text)
    text = text.replace(".", "")
    return text.strip()


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, len(text) if le < 0 else le


def _line_parts(sent) -> list:
    """``sent`` cut at line breaks (spaCy often glues a heading to the next sentence)."""
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


def _clause_splits(sent) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the clauses of ``sent`` (the whole sentence when unsplit)."""
    doc = sent.doc
    cuts = []
    for tok in sent:
        if tok.text == ";":
            cuts.append((tok.i, tok.i + 1))
        elif (
            tok.dep_ == "conj"
            and tok.pos_ in ("VERB", "AUX")
            and (tok.head.dep_ == "ROOT" or tok.head.i == sent.root.i)
            and sent.start <= tok.head.i < sent.end
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        ):
            ccs = [c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]
            if ccs:
                cc = max(ccs, key=lambda c: c.i)
                first = tok.left_edge.i
                if cc.i < first:
                    a = cc.i
                    if a > sent.start and doc[a - 1].is_punct:
                        a -= 1
                    cuts.append((a, cc.i + 1))
    if not cuts:
        return [(sent.start, sent.end)]
    ranges = []
    pos = sent.start
    for a, b in sorted(cuts):
        ranges.append((pos, a))
        pos = b
    ranges.append((pos, sent.end))
    # every part must be a clause of some length, else keep the sentence whole
    words = [sum(1 for t in doc[a:b] if not t.is_punct) for a, b in ranges]
    if min(words) < MIN_WORDS:
        return [(sent.start, sent.end)]
    return ranges


def _strip_dateline(span):
    """Drop a leading dateline: "MILLBECK, Calder (NWS) — An earthen dam ..." -> "An ..."."""
    doc = span.doc
    for tok in span[:10]:
        if tok.text in ("—", "–", "--") and tok.i > span.start:
            head = doc[span.start : tok.i]
            if head[0].text.isupper() and len(head[0].text) > 1 and tok.i + 1 < span.end:
                return doc[tok.i + 1 : span.end]
            break
    return span


def _trim_span(span):
    doc = span.doc
    span = _strip_dateline(span) if len(span) else span
    # a clause split off a sentence loses its leading conjunction ("and", "while"); a whole
    # sentence keeps it ("While the fighting continues, ..." is not "the fighting continues")
    while len(span) and (
        span[0].is_punct
        or span[0].is_space
        or (span[0].dep_ in ("cc", "mark") and not span[0].is_sent_start)
    ):
        span = doc[span.start + 1 : span.end]
    while len(span) and (span[-1].is_space or span[-1].text in (",", ";", "–", "—", ":")):
        span = doc[span.start : span.end - 1]
    return span


def _participial(span) -> list:
    """Participial clauses that add a fact to ``span``: "..., killing two people"."""
    out = []
    for tok in span:
        if (
            tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj", "xcomp")
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.i > tok.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and tok.left_edge.i >= span.start
            and tok.right_edge.i < span.end
            and tok.i > 0
            and any(t.is_punct or t.dep_ == "cc" for t in span.doc[tok.left_edge.i - 1 : tok.i])
        ):
            sub = span.doc[tok.left_edge.i : tok.right_edge.i + 1]
            if sum(1 for t in sub if not t.is_punct) >= 3:
                out.append(sub)
    # keep outermost clauses only
    out = [
        a
        for a in out
        if not any(
            b is not a
            and b.start <= a.start
            and a.end <= b.end
            and (b.start, b.end) != (a.start, a.end)
            for b in out
        )
    ]
    return out


def _make_unit(span, aid, si, figures_by_char, *, sub=False) -> Unit:
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    utext = text[start:end]
    words = [t for t in span if not t.is_punct and not t.is_space]
    ls, le = _line_bounds(text, start, end)
    line = text[ls:le].strip()
    is_line = line == utext.strip() or (len(line) <= len(utext) + 2 and utext.strip() in line)
    has_verb = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span) or (
        sub and any(t.tag_ == "VBG" for t in span)
    )
    heading = not sub and is_line and not utext.rstrip().endswith((".", "!", "?", '"', "”"))
    boilerplate = (
        "|" in utext
        or utext.lower().startswith("table:")
        or bool(_BYLINE.match(utext))
        or bool(_CREDIT.search(utext))
        or len(words) < (3 if sub else MIN_WORDS)
        or not has_verb
        or (heading and len(words) < 8)
    )
    ents, figures, dated = set(), set(), False
    ent_labels: dict[str, str] = {}
    for e in span.ents:
        if e.label_ in CONTENT_LABELS:
            ents.add(_entity_key(e))
            ent_labels.setdefault(_entity_key(e), e.label_)
        elif e.label_ in FIGURE_LABELS:
            figures.add(
                "n:" + re.sub(r"[^0-9.]", "", e.text)
                if re.search(r"\d", e.text)
                else "w:" + e.text.lower()
            )
        elif e.label_ in ("DATE", "TIME"):
            dated = True
    lemmas = {
        t.lemma_.lower()
        for t in span
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and t.is_alpha and not t.is_stop
    }
    for fs, fe, key in figures_by_char:
        if fs >= start and fe <= end:
            figures.add(key)
    return Unit(
        article=aid,
        index=0,
        sentence=si,
        start=start,
        end=end,
        text=utext,
        heading=heading,
        boilerplate=boilerplate,
        n_words=len(words),
        ents={e for e in ents if e},
        ent_labels=ent_labels,
        figures=figures,
        lemmas=lemmas,
        dated=dated,
        sub=sub,
    )


def article_units(analysis, extraction=None) -> list[Unit]:
    """The sentence / clause units of one article, with their features.

    Each full unit (a sentence, or a clause of a split sentence) may be followed by its
    sub-units (``sub=True``, ``parent`` = the full unit's index): its participial clauses
    ("..., killing two people") and its main clause without them, so that one sentence
    stating several facts can support each of them."""
    doc = analysis.doc
    aid = analysis.article.id
    figures_by_char: list[tuple[int, int, str]] = []
    if extraction is not None:
        for q in extraction.quantities:
            figures_by_char.append((q.start, q.end, f"{q.unit}:{q.value:.4g}"))
    units: list[Unit] = []
    n_full = 0
    for si, full in enumerate(doc.sents):
        ranges = []
        for part in _line_parts(full):
            ranges.extend(_clause_splits(part))
        for a, b in ranges:
            span = _trim_span(doc[a:b])
            if not len(span):
                continue
            unit = _make_unit(span, aid, si, figures_by_char)
            unit.index = n_full
            n_full += 1
            units.append(unit)
            if unit.boilerplate or unit.heading:
                continue
            parent = len(units) - 1
            subs = _participial(span)
            if subs:
                main = _trim_span(doc[span.start : min(x.start for x in subs)])
                pieces = (
                    [main] if sum(1 for t in main if not t.is_punct) >= MIN_WORDS else []
                ) + subs
                for piece in pieces:
                    piece = _trim_span(piece)
                    if not len(piece):
                        continue
                    su = _make_unit(piece, aid, si, figures_by_char, sub=True)
                    su.index = unit.index
                    su.parent = parent
                    units.append(su)
    for u in units:
        u.rel_pos = u.index / max(1, n_full - 1)
    return units


def _fact_units(analysis, extraction) -> Iterator[tuple[Unit, bool]]:
    """The units of one article that can be facts, each with whether it needs a vector of
    its own (it is not a whole sentence, whose stored vector it shares). A sub-unit's
    ``parent`` is its full unit's position among the units yielded."""
    sents = list(analysis.doc.sents)
    local: dict[int, int] = {}  # index in article_units -> position yielded
    n = 0
    for k, u in enumerate(article_units(analysis, extraction)):
        if u.boilerplate:
            continue  # bylines, table rows, fragments: never facts
        if u.sub:
            if u.parent not in local:
                continue
            u.parent = local[u.parent]
        local[k] = n
        n += 1
        sent = sents[u.sentence]
        whole = u.start <= sent.start_char + 2 and u.end >= sent.end_char - 2
        yield u, not whole


def unit_texts(analysis, extraction) -> list[str]:
    """The texts :func:`story_units` embeds for this article (registered in
    ``brief.UNIT_TEXTS``, so ingest embeds them ahead)."""
    return [u.text for u, own in _fact_units(analysis, extraction) if own]


def story_units(ctx: StoryContext) -> tuple[list[Unit], np.ndarray]:
    """All units of the story (story order) and their unit vectors, shape
    ``(n_units, 384)``: a whole sentence's stored vector, else the clause's own (from
    ``ctx.unit_vectors``, embedded here only when missing)."""
    from .embed import vectors_for

    units: list[Unit] = []
    vecs: list[np.ndarray] = []
    for analysis in ctx.analyses:
        aid = analysis.article.id
        sent_vecs = ctx.sentence_vectors.get(aid)
        have = 0 if sent_vecs is None else len(sent_vecs)
        found = [
            (u, needs or u.sentence >= have)
            for u, needs in _fact_units(analysis, ctx.extractions.get(aid))
        ]
        own = iter(vectors_for([u.text for u, needs in found if needs], ctx.unit_vectors.get(aid)))
        base = len(units)
        for u, needs in found:
            if u.sub:
                u.parent += base
            units.append(u)
            vecs.append(next(own) if needs else np.asarray(sent_vecs[u.sentence], dtype=np.float32))
    if not units:
        return units, np.zeros((0, 384), dtype=np.float32)
    return units, np.stack(vecs).astype(np.float32)


# --------------------------------------------------------------------------- similarity


def _incidence(sets: list[set[str]]) -> np.ndarray:
    vocab = {k: i for i, k in enumerate(sorted(set().union(*sets)))} if sets else {}
    m = np.zeros((len(sets), max(1, len(vocab))), dtype=np.float32)
    for r, keys in enumerate(sets):
        for k in keys:
            m[r, vocab[k]] = 1.0
    return m


def similarity(units: list[Unit], vecs: np.ndarray) -> np.ndarray:
    """Combined similarity: cosine + entity Jaccard bonus + shared-figure bonus.

    Pairs within one article are set to -1 (a fact group holds one unit per article)."""
    n = len(units)
    sim = (vecs @ vecs.T).astype(np.float64)
    if n == 0:
        return sim
    ents = _incidence([u.ents for u in units])
    inter = ents @ ents.T
    sizes = ents.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    jacc = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    figs = _incidence([u.figures for u in units])
    shared_fig = (figs @ figs.T) > 0
    sim += ENTITY_WEIGHT * jacc + FIGURE_WEIGHT * shared_fig
    art = np.array(_article_index(units))
    same = art[:, None] == art[None, :]
    sim[same] = -1.0
    np.fill_diagonal(sim, 1.0)
    return sim


def _article_index(units: list[Unit]) -> list[int]:
    ids: dict[str, int] = {}
    return [ids.setdefault(u.article, len(ids)) for u in units]


def cluster(units: list[Unit], sim: np.ndarray, threshold: float | None = None) -> list[list[int]]:
    """Average-linkage agglomeration with at most one unit per article in a group.

    Deterministic: the best pair is the highest average link, ties broken by lowest index."""
    if threshold is None:
        threshold = GROUP_THRESHOLD
    n = len(units)
    if n == 0:
        return []
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    arts: dict[int, set[str]] = {i: {units[i].article} for i in range(n)}
    total = sim.copy()  # sum of links between clusters x and y
    np.fill_diagonal(total, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    art = np.array(_article_index(units))
    blocked = art[:, None] == art[None, :]
    while True:
        avg = total / np.outer(size, size)
        avg[~alive, :] = -np.inf
        avg[:, ~alive] = -np.inf
        avg[blocked] = -np.inf
        flat = int(np.argmax(avg))
        x, y = divmod(flat, n)
        if not np.isfinite(avg[x, y]) or avg[x, y] < threshold:
            break
        if x > y:
            x, y = y, x
        # merge y into x
        members[x] = sorted(members[x] + members[y])
        arts[x] |= arts[y]
        total[x, :] += total[y, :]
        total[:, x] += total[:, y]
        total[x, x] = -np.inf
        size[x] += size[y]
        alive[y] = False
        blocked[x, :] |= blocked[y, :]
        blocked[:, x] |= blocked[:, y]
        del members[y]
    groups = []
    for k in sorted(members):
        kept, dropped = prune(members[k], sim, threshold + MEMBER_MARGIN)
        groups.append(kept)
        groups.extend([d] for d in dropped)
    return sorted(groups, key=lambda g: g[0])


def prune(group: list[int], sim: np.ndarray, floor: float) -> tuple[list[int], list[int]]:
    """Drop, weakest first, members whose mean link to the rest is below ``floor``.

    Average linkage lets a loosely related sentence ride along with a tight group; a
    fact group should only hold sentences that state the fact."""
    group = list(group)
    dropped: list[int] = []
    while len(group) > 2:
        links = {i: float(np.mean([sim[i, j] for j in group if j != i])) for i in group}
        worst = min(group, key=lambda i: (links[i], -i))
        if links[worst] >= floor:
            break
        group.remove(worst)
        dropped.append(worst)
    if len(group) == 2 and sim[group[0], group[1]] < floor:
        dropped.extend(group[1:])
        group = group[:1]
    return group, sorted(dropped)


# --------------------------------------------------------------------------- sections


def _independent_sources(ctx: StoryContext, article_ids: list[str], citations: list[dict]) -> int:
    from .provenance import independent_sources

    return int(independent_sources(ctx, list(article_ids), citations))


def near_copies(units: list[Unit], vecs: np.ndarray, order: dict[str, int]) -> dict[str, str]:
    """Articles most of whose sentences reappear almost verbatim in an earlier article
    (syndicated wire copy): copy id -> original id."""
    full: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        if not u.sub:
            full.setdefault(u.article, []).append(i)
    arts = sorted(full, key=lambda a: order[a])
    out: dict[str, str] = {}
    for y in arts:
        for x in arts:
            if order[x] >= order[y] or x in out:
                continue
            small, big = (full[x], full[y]) if len(full[x]) <= len(full[y]) else (full[y], full[x])
            block = vecs[small] @ vecs[big].T
            share = float((block.max(axis=1) >= COPY_SIMILARITY).mean())
            if share >= COPY_SHARE:
                out[y] = x
                break
    return out


def _source_phrase(doc, start: int, end: int, source: str) -> tuple[int, int] | None:
    """The short clause naming ``source`` with its cue: "reported by the New York Times",
    "the New York Times reported on November 17", "reports via The New York Times"."""
    key = re.sub(r"^the\s+", "", source.strip(), flags=re.I).lower()
    seg = doc_text(doc)[start:end].lower()
    k = seg.find(key)
    if k < 0:
        return None
    src = doc.char_span(start + k, start + k + len(key), alignment_mode="expand")
    if src is None:
        return None
    lo, hi = src.start, src.end - 1
    if lo > 0 and doc[lo - 1].lower_ == "the":
        lo -= 1
    verb = src.root
    hops = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and hops < 4:
        verb = verb.head
        hops += 1
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lo, hi = min(lo, verb.i), max(hi, verb.i)
    for child in verb.children:
        if child.i > hi and child.dep_ in ("prep", "agent", "npadvmod", "prt"):
            sub = list(child.subtree)
            if len(sub) <= 6 and sub[0].i == hi + 1:
                hi = sub[-1].i
    if hi - lo > 14:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _provenance_consensus(ctx: StoryContext, need: int) -> list[dict[str, Any]]:
    """Outlets/agencies that at least ``need`` articles name as their source: a consensus
    fact about who reported the story ("reported by the New York Times")."""
    order = {a.article.id: i for i, a in enumerate(ctx.analyses)}
    by_source: dict[str, dict[str, tuple[int, int]]] = {}
    names: dict[str, str] = {}
    for analysis in ctx.analyses:
        aid = analysis.article.id
        ext = ctx.extractions.get(aid)
        if ext is None:
            continue
        for att in ext.attributions:
            if att.kind != "outlet":
                continue
            key = re.sub(r"^the\s+", "", att.source.strip(), flags=re.I).lower()
            phrase = _source_phrase(analysis.doc, att.start, att.end, att.source)
            if phrase is None or aid in by_source.get(key, {}):
                continue
            by_source.setdefault(key, {})[aid] = phrase
            names.setdefault(key, att.source)
    out = []
    for key in sorted(by_source):
        spans = by_source[key]
        if len(spans) < need:
            continue
        arts = sorted(spans, key=lambda a: order[a])
        texts = {a: ctx.analysis(a).article.text[s:e] for a, (s, e) in spans.items()}
        rep = max(arts, key=lambda a: (len(texts[a]), -order[a]))
        s, e = spans[rep]
        out.append(
            {
                "text": texts[rep],
                "articles": arts,
                "independent_sources": _independent_sources(
                    ctx, arts, [Span(a, *spans[a]).to_json() for a in arts]
                ),
                "citation": Span(rep, s, e).to_json(),
                "citations": [Span(a, *spans[a]).to_json() for a in arts],
                "kind": "source",
            }
        )
    return out


def _centrality(group: list[int], sim: np.ndarray) -> dict[int, float]:
    if len(group) == 1:
        return {group[0]: 1.0}
    return {i: float(np.mean([sim[i, j] for j in group if j != i])) for i in group}


def _representative(group: list[int], units: list[Unit], sim: np.ndarray) -> int:
    """The most central full sentence of the group (a sub-unit stands for its sentence)."""
    cent = _centrality(group, sim)
    for i in list(cent):
        if units[i].sub:
            cent[units[i].parent] = cent.pop(i)
    group = sorted(cent)
    pool = [i for i in group if not units[i].heading and not units[i].boilerplate] or group
    best = max(cent[i] for i in pool)
    # the most central; among near-equally central ones the most complete (longest)
    near = [i for i in pool if cent[i] >= best - 0.03]
    return min(near, key=lambda i: (-min(units[i].n_words, 45), -cent[i], i))


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return any(big[k : k + n] == small for k in range(len(big) - n + 1))


def _same_entity(a: str, b: str) -> bool:
    """Whole-word containment: "turner" ~ "michael turner", but "us" !~ "rustem umerov"."""
    wa, wb = a.split(), b.split()
    return _contains(wa, wb) or _contains(wb, wa)


def novelty(u: Unit, elsewhere_ents: set[str], elsewhere_figs: set[str], elsewhere_lemmas) -> float:
    """What ``u`` brings that no other article has: new named entities and figures count
    most, new content words a little."""
    new_ents = {e for e in u.ents if not any(_same_entity(e, o) for o in elsewhere_ents)}
    new_figs = u.figures - elsewhere_figs
    new_words = u.lemmas - elsewhere_lemmas
    # a new person or organisation is news; a new place or nationality is less so
    weight = {e: 0.5 if u.ent_labels.get(e) in ("GPE", "LOC", "NORP") else 1.0 for e in new_ents}
    return (
        sum(weight.values())
        + 0.75 * len(new_figs)
        + 0.25 * min(4, len(new_words))
        + (0.25 if u.dated else 0.0)
    )


def build_facts(ctx: StoryContext) -> dict[str, list[dict[str, Any]]]:
    """consensus, unique, summary and headline sections of the brief."""
    empty: dict[str, list[dict[str, Any]]] = {
        "consensus": [],
        "unique": [],
        "summary": [],
        "headline": [],
    }
    units, vecs = story_units(ctx)
    if not units:
        return empty
    order = {a.article.id: i for i, a in enumerate(ctx.analyses)}
    n_articles = len(ctx.analyses)
    sim = similarity(units, vecs)
    groups = cluster(units, sim)

    def cites(group: list[int]) -> list[dict[str, Any]]:
        g = sorted(group, key=lambda i: (order[units[i].article], units[i].start))
        return [units[i].span.to_json() for i in g]

    def arts(group: list[int]) -> list[str]:
        return sorted({units[i].article for i in group}, key=lambda a: order[a])

    # ---- consensus
    need = max(2, math.ceil(n_articles / 2))
    consensus = []
    for group in groups:
        if len({units[i].article for i in group}) < need:
            continue
        if all(units[i].boilerplate or units[i].heading for i in group):
            continue
        rep = _representative(group, units, sim)
        cent = _centrality(group, sim)
        consensus.append(
            {
                "group": group,
                "rep": rep,
                "support": len({units[i].article for i in group}),
                "position": float(np.mean([units[i].rel_pos for i in group])),
                "centrality": float(np.mean(list(cent.values()))),
            }
        )
    consensus.sort(key=lambda c: (-c["support"], c["position"], c["rep"]))
    kept: list[dict[str, Any]] = []
    for c in consensus:
        # the same fact twice (a sentence and its clause in two groups): keep the first
        if any(
            c["rep"] == k["rep"]
            and set(c["group"]) & set(k["group"])
            or float(vecs[c["rep"]] @ vecs[k["rep"]]) > 0.9
            for k in kept
        ):
            continue
        kept.append(c)
    consensus = kept
    consensus_items = []
    for c in consensus:
        a = arts(c["group"])
        consensus_items.append(
            {
                "text": units[c["rep"]].text,
                "articles": a,
                "independent_sources": _independent_sources(ctx, a, cites(c["group"])),
                "citation": units[c["rep"]].span.to_json(),
                "citations": cites(c["group"]),
            }
        )

    for item in _provenance_consensus(ctx, need):
        consensus_items.append(item)
    consensus_items.sort(key=lambda c: -len(c["articles"]))  # stable: support, then position

    # ---- unique: far from every other article's units, bringing something new
    in_consensus: dict[int, float] = {}  # full unit -> its mean link to its consensus group
    for c in consensus:
        for i, link in _centrality(c["group"], sim).items():
            full_i = units[i].parent if units[i].sub else i
            in_consensus[full_i] = max(in_consensus.get(full_i, -1.0), link)
    unique_items = []
    dups = duplicates_of(ctx)
    for copy, original in near_copies(units, vecs, order).items():
        dups.setdefault(copy, original)

    def root(a: str) -> str:
        for _ in range(len(dups) + 1):
            if a in dups and dups[a] != a:
                a = dups[a]
            else:
                break
        return a

    for analysis in ctx.analyses:
        aid = analysis.article.id
        if root(aid) != aid:
            continue  # a near-copy: its facts are listed under the original
        family = {a.article.id for a in ctx.analyses if root(a.article.id) == aid}
        others = [j for j, u in enumerate(units) if u.article not in family]
        if not others:
            continue
        elsewhere_ents = set().union(*[units[j].ents for j in others])
        elsewhere_figs = set().union(*[units[j].figures for j in others])
        elsewhere_lemmas = set().union(*[units[j].lemmas for j in others])
        cands = []
        for i, u in enumerate(units):
            if u.article != aid or u.sub or u.boilerplate or u.heading or u.n_words < 8:
                continue
            link = in_consensus.get(i, -1.0)
            nov = novelty(u, elsewhere_ents, elsewhere_figs, elsewhere_lemmas)
            if link >= UNIQUE_CONSENSUS_LINK and not (nov >= 2.0 and link < 0.75):
                continue  # it states a consensus fact; a loose member may still be unique
            cross = max(float(vecs[i] @ vecs[j]) for j in others)
            nov = novelty(u, elsewhere_ents, elsewhere_figs, elsewhere_lemmas)
            # a new person/organisation/figure allows a closer topical neighbour
            limit = UNIQUE_MAX_SIMILARITY + (0.12 if nov >= 1.0 else 0.0)
            if cross >= limit or nov < 0.75:
                continue
            if not (u.ents or u.figures or u.dated):
                continue  # generic commentary: no one, nothing, no figure, no date
            penalty = 1.0 if in_consensus.get(i, -1.0) >= 0.55 else 0.0
            cands.append((nov - 2.0 * cross - penalty, i))
        cands.sort(key=lambda t: (-t[0], units[t[1]].start))
        picked: list[int] = []
        for _score, i in cands:
            if len(picked) >= UNIQUE_PER_ARTICLE:
                break
            if any(float(vecs[i] @ vecs[j]) > 0.8 for j in picked):
                continue  # the same fact twice in one article (subtitle and body)
            picked.append(i)
        for i in sorted(picked, key=lambda i: units[i].start):
            item = {"article": aid, "text": units[i].text, "citation": units[i].span.to_json()}
            copies = sorted(
                {
                    units[j].article
                    for j in range(len(units))
                    if units[j].article in family - {aid} and float(vecs[i] @ vecs[j]) > 0.9
                },
                key=lambda a: order[a],
            )
            if copies:
                item["also_in"] = copies
            unique_items.append(item)

    # ---- summary (MMR over consensus facts)
    summary_items = []
    chosen: list[dict[str, Any]] = []
    pool = list(consensus)
    while pool and len(chosen) < SUMMARY_SIZE:
        best = None
        for c in pool:
            rel = c["support"] / max(1, n_articles) + 0.25 * c["centrality"] - 0.1 * c["position"]
            red = max((float(vecs[c["rep"]] @ vecs[s["rep"]]) for s in chosen), default=0.0)
            score = MMR_LAMBDA * rel - (1 - MMR_LAMBDA) * red
            if not chosen:
                score = rel
            key = (score, -c["rep"])
            if best is None or key > best[0]:
                best = (key, c)
        c = best[1]
        pool.remove(c)
        if chosen and max(float(vecs[c["rep"]] @ vecs[s["rep"]]) for s in chosen) > 0.8:
            continue  # near-redundant
        chosen.append(c)
    for c in chosen:
        summary_items.append({"text": units[c["rep"]].text, "citations": cites(c["group"])})

    # ---- headline: the article title closest to the best-supported fact, else its
    # shortest full statement
    headline_items = []
    if consensus:
        top = consensus[0]
        full = sorted({units[i].parent if units[i].sub else i for i in top["group"]})
        centroid = vecs[full].mean(axis=0)
        titles = [i for i, u in enumerate(units) if u.heading and u.index == 0 and u.n_words >= 5]
        if len(titles) >= 2:
            pick = max(titles, key=lambda i: (float(vecs[i] @ centroid), -i))
        elif units[top["rep"]].n_words <= 40:
            pick = top["rep"]
        else:
            short = [i for i in full if units[i].n_words <= 30]
            pick = min(short, key=lambda i: (units[i].n_words, i)) if short else top["rep"]
        headline_items.append({"text": units[pick].text, "citations": [units[pick].span.to_json()]})
    elif units:
        first = next((u for u in units if not u.sub and not u.heading), units[0])
        headline_items.append({"text": first.text, "citations": [first.span.to_json()]})

    return {
        "consensus": consensus_items,
        "unique": unique_items,
        "summary": summary_items,
        "headline": headline_items,
    }
