"""A near-copy's own edits: the sentences one printing changed from the text it copies.

A near-copy (:mod:`consilience.near_copies`) is one report printed again, so it counts once
for agreement. But the printing may change what the report says: a "not" put in, a figure
or a date or a name replaced, a clause cut. Those changed sentences are exactly what a
fact-checker must see set against the original, so they are the copy's own statements:
compared with the other articles' like any independent text, and with the original only at
the sentence they were edited from (their *counterpart*). Set against any other sentence
of the original, an edit would be one text compared with itself ("the authority, which
owns and operates the dam" against the same report's "the dam failed"). The sentences it
reprints word for word stay the original's.

A sentence is reprinted when its words (``\\w+`` runs, lower-cased, accents folded) occur
as one contiguous run in the original's words: punctuation, spacing and letter case may
differ, nothing else. An edited sentence's counterparts are the original's sentences that
share at least :data:`COUNTERPART_SHARE` of the word pairs of the shorter of the two (a
sentence merged from two, or split in two, keeps both); a sentence the copy added has none.

Public functions:
    reprinted(sentence, original) -> bool
    counterparts(sentence, original_sentences) -> frozenset of original sentence indices
    claim_roots(ctx, analysis, claims, root) -> [source id per claim]   (align.story_nodes)
    same_text(a, b) -> bool   (the conflict stages: a pair of nodes never compared)
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .claims import sentence_spans
from .cues import fold_accents
from .model import Analysis, Claim, StoryContext

_WORD = re.compile(r"\w+")

#: share of the shorter sentence's word pairs (bigrams, counted with repeats) the two
#: sentences share for an original sentence to be an edited sentence's counterpart: a word
#: put in or replaced breaks two pairs of a sentence, a clause cut keeps the rest whole
COUNTERPART_SHARE = 0.5


@functools.lru_cache(maxsize=256)
def _words(text: str) -> str:
    """``text`` as its words, lower-cased and accent-folded, each followed by one space and
    the whole led by one space (``" a b c "``), so a contiguous run is a substring test."""
    words = _WORD.findall(fold_accents(text).lower())
    return " " + " ".join(words) + " " if words else " "


def reprinted(sentence: str, original: str) -> bool:
    """Whether ``sentence`` (text of one sentence of a copy) is reprinted unchanged in
    ``original`` (the whole text it copies): its words form one contiguous run of the
    original's words. A sentence with no word is reprinted (nothing in it to compare)."""
    mine = _words(sentence)
    return mine == " " or mine in _words(original)


def _pairs(text: str) -> Counter[tuple[str, ...]]:
    """The word pairs of ``text`` (its single word when it has one), with their counts."""
    words = _words(text).split()
    return Counter(zip(words, words[1:], strict=False) if len(words) > 1 else [tuple(words)])


def counterparts(sentence: str, original_sentences: Sequence[str]) -> frozenset[int]:
    """Indices of the sentences of the original (``original_sentences``, in text order)
    that ``sentence`` (one sentence of a copy) was edited from: those sharing at least
    :data:`COUNTERPART_SHARE` of the word pairs of the shorter of the two. Empty when none
    does (a sentence the copy added) or ``sentence`` has no word."""
    mine = _pairs(sentence)
    if not sum(mine.values()):
        return frozenset()
    out = set()
    for k, other in enumerate(original_sentences):
        theirs = _pairs(other)
        shorter = min(sum(mine.values()), sum(theirs.values()))
        if shorter and sum((mine & theirs).values()) >= COUNTERPART_SHARE * shorter:
            out.add(k)
    return frozenset(out)


class EditRoot(str):
    """The root (:attr:`consilience.align.Node.root`) of a claim a near-copy edited: the
    copy's own article id, so it counts as its own text wherever roots are compared, and
    which sentences of which original it was edited from (:func:`same_text`).

    ``source``: the original's article id; ``sentences``: indices of its counterpart
    sentences (:func:`counterparts`; empty for a sentence the copy added)."""

    source: str
    sentences: frozenset[int]

    def __new__(cls, aid: str, source: str, sentences: frozenset[int]) -> EditRoot:
        obj = super().__new__(cls, aid)
        obj.source, obj.sentences = source, sentences
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return EditRoot, (str(self), self.source, self.sentences)


def claim_roots(
    ctx: StoryContext, analysis: Analysis, claims: Sequence[Claim], root: str
) -> list[str]:
    """The source each of ``claims`` (claims of ``analysis``'s article) stands for, one id
    per claim in order: ``root`` (the original the article copies,
    :func:`consilience.provenance.duplicates_of`; the article itself when it copies none)
    for a claim whose sentence is reprinted from the original (:func:`reprinted`), else an
    :class:`EditRoot` (the article's own id, with the original's sentences it was edited
    from): the printing's own edit. An original outside ``ctx`` leaves every claim at
    ``root``."""
    aid = analysis.article.id
    source = next((a for a in ctx.analyses if a.article.id == root), None)
    if aid == root or source is None:
        return [root] * len(claims)
    text, original = analysis.article.text, source.article.text
    spans = sentence_spans(analysis.doc)
    theirs = [original[s:e] for s, e in sentence_spans(source.doc)]
    edits: dict[tuple[int, int], str] = {}  # sentence span -> its root
    out: list[str] = []
    for c in claims:
        span = spans[c.sentence] if 0 <= c.sentence < len(spans) else (c.start, c.end)
        if span not in edits:
            mine = text[span[0] : span[1]]
            edits[span] = (
                root
                if reprinted(mine, original)
                else EditRoot(aid, root, counterparts(mine, theirs))
            )
        out.append(edits[span])
    return out


def same_text(a: Any, b: Any) -> bool:
    """Whether two claim nodes (:class:`consilience.align.Node`) stand for one text and are
    never compared: the same root, or a near-copy's edit (:class:`EditRoot`) and a claim
    of its original's text -- the original's or another printing's -- other than at a
    counterpart sentence of the edit. Two edits of one original are compared only when
    they were edited from a common sentence."""
    if a.root == b.root:
        return True
    return _outside_counterpart(a, b) or _outside_counterpart(b, a)


def _outside_counterpart(a: Any, b: Any) -> bool:
    """Whether ``a`` is an edit and ``b`` stands for its original's text away from the
    sentences ``a`` was edited from."""
    edit = a.root
    if not isinstance(edit, EditRoot):
        return False
    other = b.root
    if isinstance(other, EditRoot):
        return other.source == edit.source and not (other.sentences & edit.sentences)
    if other != edit.source:
        return False
    return b.claim.article != edit.source or b.claim.sentence not in edit.sentences
