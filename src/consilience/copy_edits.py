"""A near-copy's own edits: the sentences one printing changed from the text it copies.

A near-copy (:mod:`consilience.near_copies`) is one report printed again, so it counts once
for agreement. But the printing may change what the report says: a "not" put in, a figure
or a date or a name replaced, a clause cut. Those changed sentences are exactly what a
fact-checker must see set against the original, so they are the copy's own statements and
are compared with the other articles' like any independent text; the sentences it reprints
word for word stay the original's.

A sentence is reprinted when its words (``\\w+`` runs, lower-cased, accents folded) occur
as one contiguous run in the original's words: punctuation, spacing and letter case may
differ, nothing else.

Public functions:
    reprinted(sentence, original) -> bool
    claim_roots(ctx, analysis, claims, root) -> [source id per claim]   (align.story_nodes)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .claims import sentence_spans
from .cues import fold_accents
from .model import Analysis, Claim, StoryContext

_WORD = re.compile(r"\w+")


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


def claim_roots(
    ctx: StoryContext, analysis: Analysis, claims: Sequence[Claim], root: str
) -> list[str]:
    """The source each of ``claims`` (claims of ``analysis``'s article) stands for, one id
    per claim in order: ``root`` (the original the article copies,
    :func:`consilience.provenance.duplicates_of`; the article itself when it copies none)
    for a claim whose sentence is reprinted from the original (:func:`reprinted`), else the
    article's own id: the printing's own edit, compared with the original like another
    article's statement. An original outside ``ctx`` leaves every claim at ``root``."""
    aid = analysis.article.id
    original = next((a.article.text for a in ctx.analyses if a.article.id == root), None)
    if aid == root or original is None:
        return [root] * len(claims)
    text = analysis.article.text
    spans = sentence_spans(analysis.doc)
    out: list[str] = []
    for c in claims:
        s, e = spans[c.sentence] if 0 <= c.sentence < len(spans) else (c.start, c.end)
        out.append(root if reprinted(text[s:e], original) else aid)
    return out
