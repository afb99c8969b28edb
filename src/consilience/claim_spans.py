"""Where claims sit in their articles: clean sentence and clause spans (a leading dateline
cut off), citations of a group of claims, disputed spans, and quotation marks a cut span
must not leave unmatched. Shared by the claim sections (consensus, unique, summary,
statement conflicts)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .analyse import doc_text
from .boilerplate import article_spans
from .model import Claim, Span, StoryContext

if TYPE_CHECKING:
    from .align import Node


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
        return self._trimmed(c.article, s, e)

    def sentence_spans(self, aid: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every sentence of article ``aid`` as spaCy split it."""
        return self._sents[aid]

    def unit(self, aid: str, first: int, last: int) -> tuple[int, int]:
        """The clean span from sentence ``first`` to sentence ``last`` (indices) of article
        ``aid``: a leading dateline cut off, outer whitespace trimmed."""
        return self._trimmed(aid, self._sents[aid][first][0], self._sents[aid][last][1])

    def _trimmed(self, aid: str, s: int, e: int) -> tuple[int, int]:
        """``(s, e)`` in article ``aid`` without a leading dateline and outer whitespace."""
        text = self.text(aid)
        for ds, de in self._datelines[aid]:
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


def cites(nodes: list[Node], group: list[int], texts: Texts) -> list[dict[str, Any]]:
    """The citations (``Span.to_json()``) of the claims ``group``, in story and text order."""
    out = []
    for i in sorted(group, key=lambda i: (nodes[i].order, nodes[i].claim.start)):
        s, e = texts.clause(nodes[i].claim)
        out.append(Span(nodes[i].claim.article, s, e).to_json())
    return out


class SpanList(list):
    """A list of ``(article, start, end)`` spans that also knows, in ``kinds`` (parallel),
    the kind of conflict each span is a reading of ("quantity", "date", "fact")."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []

    def add(self, article: str, start: int, end: int, kind: str) -> None:
        """Append one span and its conflict kind."""
        self.append((article, start, end))
        self.kinds.append(kind)


def disputed_spans(conflicts: list[dict[str, Any]]) -> SpanList:
    """``(article, start, end)`` of every reading of a conflict (updates are not disputes),
    with each conflict's kind in ``.kinds``."""
    spans = SpanList()
    for conflict in conflicts:
        if conflict.get("update"):
            continue
        for r in conflict.get("readings", []):
            c = r.get("citation") or {}
            if "article" in c:
                spans.add(c["article"], c["start"], c["end"], conflict.get("kind", ""))
    return spans


def figure_disputed(group: list[int], nodes: list[Node], spans) -> bool:
    """Whether a claim of ``group`` overlaps a reading of a figure or date conflict (a
    statement conflict's reading -- "refused to meet" / "met" -- is a statement only its
    article makes; a plain list of spans counts every span)."""
    kinds = getattr(spans, "kinds", None)
    kept = [sp for k, sp in enumerate(spans) if kinds is None or kinds[k] != "fact"]
    return disputed(group, nodes, kept)


def contested_spans(conflicts: list[dict[str, Any]]) -> SpanList:
    """``(article, start, end)`` of every reading a brief line must not state as settled:
    the readings of a disagreement (:func:`disputed_spans`) and the superseded readings
    of an update (``"latest": false``: "45 cases" once a later report says 52)."""
    spans = disputed_spans(conflicts)
    for conflict in conflicts:
        if not conflict.get("update"):
            continue
        for r in conflict.get("readings", []):
            c = r.get("citation") or {}
            if "article" in c and r.get("latest") is False:
                spans.add(c["article"], c["start"], c["end"], conflict.get("kind", ""))
    return spans


def overlaps(article: str, start: int, end: int, spans) -> bool:
    """Whether ``article[start:end]`` overlaps one of the ``(article, start, end)`` spans."""
    return any(a == article and s < end and start < e for a, s, e in spans)


def disputed(group: list[int], nodes: list[Node], spans) -> bool:
    """Whether a claim of ``group`` overlaps a disputed ``(article, start, end)`` span."""
    for i in group:
        c = nodes[i].claim
        if any(a == c.article and s < c.end and c.start < e for a, s, e in spans):
            return True
    return False


#: a clause opening with one of these needs an earlier sentence to say who or what
_PRONOUN = re.compile(
    "^['\"“‘]?(?:he|she|they|it|we|i|you|his|her|their|its|our|this|these|those|them)\\b", re.I
)
_WORD = re.compile(r"[a-z0-9]+")


#: clauses that describe a noun of their sentence rather than assert its news
BACKGROUND_KINDS = frozenset({"relative", "appositive", "reduced", "participial", "title"})
#: ... and clauses that hang on another ("after the dam burst"): no item text of their own
DEPENDENT_KINDS = BACKGROUND_KINDS | {"subordinate"}


def item_member(group: list[int], rep: int, nodes: list[Node], spans=()) -> int:
    """The member of a consensus ``group`` whose clause the item shows as its text: the
    shared claim, i.e. the clause whose content words the other members' clauses cover
    best (:func:`coverage`, in steps of 0.1: "Emergency departments remained open" rather
    than "Emergency departments and intensive care units stayed open under an agreement
    ...", whose extra arguments one article alone states), then the representative
    ``rep``, then the shorter. Passed over while another member is left: a clause holding
    a disputed reading (overlapping ``spans``, ``(article, start, end)``), a clause
    opening with a pronoun ("they will meet the board again"), a clause that does not read
    alone or is no event (``Claim.dangling``; ``Claim.role`` identity or attribute), and a
    background or
    subordinate clause (:data:`DEPENDENT_KINDS`: "whose party tabled the motion", "after
    the dam burst") unless ``rep`` is one. Among equals, a clause opening its sentence."""
    pool = list(group)
    for bad in (
        lambda i: disputed([i], nodes, spans),
        lambda i: bool(_PRONOUN.match(nodes[i].claim.text.lstrip())),
        lambda i: nodes[i].claim.dangling or nodes[i].claim.role != "event",
        lambda i: (
            nodes[i].claim.kind in DEPENDENT_KINDS and nodes[rep].claim.kind not in DEPENDENT_KINDS
        ),
    ):
        pool = [i for i in pool if not bad(i)] or pool
    return max(
        pool,
        key=lambda i: (
            round(coverage(i, group, nodes), 1),
            nodes[i].claim.text[:1].isupper(),  # opens its sentence: reads as one
            i == rep,
            -len(nodes[i].claim.text),
        ),
    )


def coverage(i: int, group: list[int], nodes: list[Node]) -> float:
    """Mean share (0..1) of the content words of claim ``i``'s clause found in the clause
    of each other article's member of ``group`` (words compared by their first five
    letters: "remained" / "remain")."""
    mine = _content_words(nodes[i].claim.text)
    others = [j for j in group if nodes[j].claim.article != nodes[i].claim.article]
    if not mine or not others:
        return 0.0
    shares = [len(mine & _content_words(nodes[j].claim.text)) / len(mine) for j in others]
    return sum(shares) / len(shares)


def _content_words(text: str) -> set[str]:
    """Lower-cased words of ``text`` that are not stop words, cut to five letters."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w[:5] for w in _WORD.findall(text.lower()) if w not in STOP_WORDS}


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
