"""Near-copies: one report printed more than once (issue #12).

A wire story reaches readers through many printings: a portal runs it trimmed (the last
paragraphs cut, a "Source:" line and a copyright line added), a paper runs it whole with a
local paragraph or quote of its own, a mirror runs it under another headline and byline.
Every printing is the same report: counted as independent sources they would inflate a
consensus ("4 independent sources" of one wire).

The test is on word 5-shingles (five consecutive words, lower-cased), estimated with
datasketch MinHash (fixed seed) so the store's index keeps only signatures:

* **resemblance**: the two texts share at least ``jaccard`` of their shingles (a mirror, a
  copy under another headline and byline); or
* **containment**: the shorter text's shingles lie at least ``containment`` in the longer
  one (a trimmed printing lies inside the wire; the wire lies inside a printing that adds a
  paragraph), and the shorter text holds at least ``min_shingles`` shingles (a stock
  phrase or a shared quote is no printing). Containment is estimated from the MinHash
  Jaccard and the two shingle-set sizes: ``|A & B| = J (|A| + |B|) / (1 + J)``.
  ``containment`` is fitted on the held-out sets s5-s11 (``bench/near_copies_bench.py``):
  the midpoint between the printings they hold (0.50 and up: a paper's printing with
  clauses cut and a local quote is the lowest) and every other pair of one story (0.35
  and under: a wire and its own later update is the highest).

Five-word runs survive only verbatim reuse: two reports of one event written by different
people share names and figures but few five-word runs, so heavy paraphrase stays
independent however long or short either text is.

Candidates come from MinHash LSH with 64 bands of two rows (``CANDIDATE_BANDS``): a pair
of Jaccard 0.3 (a copy a third of the original's length) is a candidate with probability
0.998, one of Jaccard 0.2 with 0.93 (datasketch's bands for the old 0.4 Jaccard threshold
found a pair of Jaccard 0.4 with probability 0.41 only); every candidate is then checked
with the rule above; the bands cost what those did (982 ECB+ texts: 6.2 s against 6.3 s).

Public functions:
    near_duplicates(items) -> {copy id: original id}      (the brief and the store)
    copy_signals(a, b) -> CopySignals                      (exact, for benches and tests)
    orient_copies(analyses, dups) / orient_article_copies(articles, dups)
    oriented_stories(stories, articles)
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from .cues import fold_accents, outlet_key
from .model import Analysis, Article, Story

SHINGLE_WORDS = 5
CANDIDATE_BANDS = (64, 2)  # LSH (bands, rows) for candidates: P(J=0.2) = 0.93, P(J=0.3) = 0.998
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CopyRule:
    """When two texts are one report printed twice (see the module docstring).

    ``jaccard``: shingle resemblance for a copy (0..1); ``containment``: share of the
    shorter text's shingles inside the longer one (0..1); ``min_shingles``: distinct
    shingles the shorter text must hold for containment to count; ``num_perm``, ``seed``:
    the MinHash signature."""

    jaccard: float = 0.4
    containment: float = 0.425  # fitted: midpoint of the s5-s11 gap (bench/near_copies_bench.py)
    min_shingles: int = 40
    num_perm: int = 256
    seed: int = 1

    def is_copy(self, jaccard: float, size_a: int, size_b: int) -> bool:
        """Whether a pair with shingle Jaccard ``jaccard`` and distinct-shingle counts
        ``size_a``, ``size_b`` is a copy."""
        if jaccard >= self.jaccard:
            return True
        small = min(size_a, size_b)
        return small >= self.min_shingles and contained(jaccard, size_a, size_b) >= (
            self.containment
        )


def contained(jaccard: float, size_a: int, size_b: int) -> float:
    """The share (0..1) of the smaller shingle set inside the larger, from their Jaccard and
    sizes (``|A & B| = J (|A| + |B|) / (1 + J)``); 0.0 when either set is empty."""
    small = min(size_a, size_b)
    if small <= 0:
        return 0.0
    inter = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return min(1.0, inter / small)


def shingles(text: str, k: int = SHINGLE_WORDS) -> list[bytes]:
    """Word ``k``-shingles of ``text`` (lower-cased ``\\w+`` runs joined by spaces, UTF-8),
    in text order with repeats; a text of fewer than ``k`` words is one shingle (none when
    it has no word)."""
    toks = _WORD.findall(text.lower())
    if len(toks) < k:
        return [" ".join(toks).encode("utf-8")] if toks else []
    return [" ".join(toks[i : i + k]).encode("utf-8") for i in range(len(toks) - k + 1)]


@dataclass(frozen=True)
class CopySignals:
    """Exact copy signals of two texts: shingle ``jaccard``, ``contained`` (share of the
    smaller shingle set inside the larger) and the two texts' word counts, shorter first."""

    jaccard: float
    contained: float
    words_short: int
    words_long: int


def copy_signals(a: str, b: str) -> CopySignals:
    """The exact (not estimated) :class:`CopySignals` of texts ``a`` and ``b``."""
    sa, sb = set(shingles(a)), set(shingles(b))
    inter = len(sa & sb)
    union = len(sa | sb)
    small = min(len(sa), len(sb))
    wa, wb = len(_WORD.findall(a)), len(_WORD.findall(b))
    return CopySignals(
        inter / union if union else 0.0, inter / small if small else 0.0, min(wa, wb), max(wa, wb)
    )


# --------------------------------------------------------------------------- the index


_PERMUTATIONS: dict[tuple[int, int], Any] = {}


def new_minhash(rule: CopyRule, hashvalues=None):
    """A datasketch MinHash with the rule's fixed seed; CRC32 shingle hashing (fast,
    stable) and permutations computed once per (num_perm, seed)."""
    from datasketch import MinHash

    key = (rule.num_perm, rule.seed)
    if key not in _PERMUTATIONS:
        _PERMUTATIONS[key] = MinHash(num_perm=key[0], seed=key[1], scheme="affine32").permutations
    return MinHash(
        num_perm=key[0],
        seed=key[1],
        hashfunc=zlib.crc32,
        scheme="affine32",
        permutations=_PERMUTATIONS[key],
        hashvalues=hashvalues,
    )


@functools.cache
def _bands(num_perm: int) -> tuple[int, int]:
    """LSH (bands, rows) for candidates: :data:`CANDIDATE_BANDS`, fewer bands when
    ``num_perm`` cannot fill them."""
    b, r = CANDIDATE_BANDS
    return (max(1, min(b, num_perm // r)), r)


class CopyIndex:
    """MinHash LSH over article texts for :class:`CopyRule` copies; the state is the
    signatures, the shingle-set sizes and the days (plain data)."""

    def __init__(self, rule: CopyRule) -> None:
        from datasketch import MinHashLSH

        self.rule = rule
        self.lsh = MinHashLSH(num_perm=rule.num_perm, params=_bands(rule.num_perm))
        self.sigs: dict[str, Any] = {}
        self.sizes: dict[str, int] = {}
        self.days: dict[str, int | None] = {}

    def find(self, item_id: str, text: str, day: int | None, window: int | None) -> str | None:
        """The id of an indexed copy of ``text`` (best Jaccard, then earliest indexed), or
        None; then indexes ``text`` under ``item_id``. ``day``: day ordinal or None;
        ``window``: a dated pair further apart than this many days is no copy (None: no
        gate)."""
        sh = shingles(text)
        m = new_minhash(self.rule)
        if sh:
            m.update_batch(sh)
        size = len(set(sh))
        best = None
        if sh and text.strip():
            cands = []
            for other in self.lsh.query(m):
                od = self.days.get(other)
                if window is not None and day is not None and od is not None:
                    if abs(day - od) > window:
                        continue
                j = m.jaccard(self.sigs[other])
                if self.rule.is_copy(j, size, self.sizes[other]):
                    cands.append((-j, other))
            if cands:
                best = sorted(cands)[0][1]
            self.lsh.insert(item_id, m)
        self.sigs[item_id], self.sizes[item_id], self.days[item_id] = m, size, day
        return best

    def state(self) -> dict[str, Any]:
        """Plain data: ``ids`` (sorted), ``hashvalues`` (n, num_perm), ``sizes``, ``days``."""
        ids = sorted(self.sigs)
        return {
            "ids": ids,
            "hashvalues": np.array([self.sigs[i].hashvalues for i in ids]),
            "sizes": [self.sizes[i] for i in ids],
            "days": [self.days[i] for i in ids],
        }

    @classmethod
    def from_state(cls, st: dict[str, Any], rule: CopyRule) -> CopyIndex:
        """The index of :meth:`state`; a state without sizes (older stores) takes each
        set's size from its MinHash cardinality estimate."""
        d = cls(rule)
        sizes = st.get("sizes") or [None] * len(st["ids"])
        for i, hv, day, size in zip(st["ids"], st["hashvalues"], st["days"], sizes, strict=True):
            m = new_minhash(rule, hashvalues=hv)
            d.sigs[i], d.days[i] = m, day
            d.sizes[i] = int(size) if size is not None else _estimated_size(m)
            if not m.is_empty():
                d.lsh.insert(i, m)
        return d


def _estimated_size(m: Any) -> int:
    """A MinHash's set cardinality estimate (0 for an empty one)."""
    return 0 if m.is_empty() else int(round(m.count()))


# --------------------------------------------------------------------------- batch


def day_ordinal(published: str | None) -> int | None:
    """The day ordinal of an ISO date or datetime (its first ten characters); None when
    absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10]).toordinal()
    except ValueError:
        return None


def order_key(item_id: str, day: int | None) -> tuple:
    """Deterministic processing order of articles: dated first by day, then a SHA-1 of the
    id (rather than the id, which may group related articles by convention), then the id."""
    return (day is None, day or 0, hashlib.sha1(item_id.encode("utf-8")).hexdigest(), item_id)


def _row(item: Any) -> tuple[str, str, str | None]:
    """(id, text, published) of a tuple ``(id, text[, published])``, an Analysis or any
    object with ``id``, ``text`` and ``published``."""
    if isinstance(item, Analysis):
        return item.article.id, item.article.text or _doc_text(item), item.article.published
    if isinstance(item, tuple | list):
        return item[0], item[1] or "", item[2] if len(item) > 2 else None
    return item.id, item.text or "", item.published


def _doc_text(analysis: Analysis) -> str:
    from .analyse import doc_text

    return doc_text(analysis.doc)


def near_duplicates(
    items: Iterable[Any], *, rule: CopyRule | None = None, window_days: int | None = 10
) -> dict[str, str]:
    """Near-copies among ``items``: ``{copy id: original id}``, sorted by copy id.

    ``items``: ``(id, text)`` or ``(id, text, published)`` tuples, Analyses, or objects
    with ``id``, ``text`` and ``published`` (StoryItems). The original of a group of copies
    is the earliest published (undated last), ties broken by a hash of the id; chains
    resolve to the root; a repeated id counts once. A pair is a copy by :class:`CopyRule`
    and, when both are dated, published within ``window_days`` of each other. The input
    order decides nothing."""
    rule = rule or CopyRule()
    rows = {}
    for it in items:
        aid, text, published = _row(it)
        rows.setdefault(aid, (aid, text, published))
    ordered = sorted(rows.values(), key=lambda r: order_key(r[0], day_ordinal(r[2])))
    index = CopyIndex(rule)
    out: dict[str, str] = {}
    for aid, text, published in ordered:
        orig = index.find(aid, text, day_ordinal(published), window_days)
        if orig is not None:
            out[aid] = out.get(orig, orig)
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------- direction


def orient_copies(analyses: Sequence[Analysis], dups: dict[str, str]) -> dict[str, str]:
    """:func:`orient_article_copies` of the analysed articles: the brief's direction."""
    return orient_article_copies([a.article for a in analyses], dups)


def orient_article_copies(articles: Iterable[Article], dups: dict[str, str]) -> dict[str, str]:
    """Near-copies ``dups`` (copy id -> original id) oriented: within each group of
    near-copies the original is the article whose outlet the other members credit in their
    text ("This story was provided by the Northern Wire Service"); where none is credited
    more than the others, the member published first when every member gives its
    publication time and one is strictly earliest (the agency's 09:40 wire, not the
    portal's 10:20 printing of it); else the grouping stands as found (earliest published
    day first).
    Pairs naming an article not in ``articles`` are dropped. Returns a new map, sorted by
    copy id; orienting an oriented map changes nothing."""
    by_id = {a.id: a for a in articles}
    groups: dict[str, list[str]] = {}
    for copy, orig in sorted(dups.items()):
        if copy in by_id and orig in by_id:
            groups.setdefault(orig, [orig]).append(copy)
    out = {c: o for c, o in dups.items() if c in by_id and o in by_id}
    for orig, members in sorted(groups.items()):
        first = _first_published(by_id, members)
        best = max(
            members,
            key=lambda m, ms=members: (_credits(by_id, m, ms), m == first, m == orig),
        )
        if best != orig:
            for m in members:
                out.pop(m, None)
                if m != best:
                    out[m] = best
    return dict(sorted(out.items()))


def _first_published(by_id: dict[str, Article], members: list[str]) -> str | None:
    """The member published strictly first when every member gives a publication time
    (``published_at``, compared in UTC); None otherwise."""
    moments = []
    for m in members:
        at = _utc(by_id[m].published_at)
        if at is None:
            return None
        moments.append((at, m))
    moments.sort()
    if len(moments) > 1 and moments[0][0] == moments[1][0]:
        return None
    return moments[0][1] if moments else None


def _utc(moment: str | None) -> datetime | None:
    """An ISO datetime as an aware UTC datetime (a naive one is taken as UTC); None when
    absent or unreadable."""
    if not moment:
        return None
    try:
        at = datetime.fromisoformat(moment)
    except ValueError:
        return None
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)


def _credits(by_id: dict[str, Article], aid: str, members: list[str]) -> int:
    """How many other ``members`` name the outlet of ``aid`` (its metadata) in their text."""
    outlet = by_id[aid].outlet  # from the article's metadata: an outlet by definition
    if not outlet:
        return 0
    key = outlet_key(outlet)
    return sum(1 for m in members if m != aid and key in fold_accents(by_id[m].text).lower())


def oriented_stories(stories: Iterable[Story], articles: Iterable[Article]) -> list[Story]:
    """``stories`` with their ``duplicates`` oriented as the brief orients them
    (:func:`orient_article_copies` over ``articles``, which must hold the stories' articles
    with their stored text); ids, titles and article lists are kept."""
    by_id = {a.id: a for a in articles}
    out = []
    for s in stories:
        members = [by_id[i] for i in s.articles if i in by_id]
        dups = orient_article_copies(members, dict(s.duplicates or {}))
        out.append(replace(s, duplicates=dups))
    return out
