"""A figure an article only retells from another article of the story: "According to the
Harbour Authority's report, 412 containers fell overboard" in a paper, beside the Harbour
Authority's own release giving 412. Both readings rest on one primary report, so the
retelling adds no weight: it is no corroboration, and never makes a majority by itself.

An article retells a figure when an attribution of its own (:mod:`consilience.provenance`:
"according to", "reported", "said", "via"...) covers the figure and names the outlet of
another article in the same slot (:func:`provenance.same_outlet`: the name or its short
form).
"""

from __future__ import annotations

from .model import Quantity, StoryContext
from .provenance import same_outlet


def retold_from(ctx: StoryContext, q: Quantity, others: list[str]) -> str | None:
    """The id of the article among ``others`` whose figure ``q`` retells (see the module
    docstring), or None when ``q`` cites none of them."""
    ext = ctx.extractions.get(q.article)
    if ext is None:
        return None
    outlets = {}
    for aid in others:
        try:
            outlet = ctx.analysis(aid).article.outlet
        except KeyError:
            continue
        if aid != q.article and outlet:
            outlets[aid] = outlet
    text = ctx.analysis(q.article).article.text
    for att in ext.attributions:
        if not covers(att, q, text):
            continue
        for aid, outlet in sorted(outlets.items()):
            if same_outlet(att.source, outlet) or same_outlet(outlet, att.source):
                return aid
    return None


#: marks that end a reported clause inside an attribution's span: "Channel West reported
#: that more than 300 prints had been counted; the university's own figure is 214"
_CLAUSE_ENDS = (";",)


def covers(att, q: Quantity, text: str) -> bool:
    """The attribution ``att`` (with ``start``/``end`` offsets into ``text``) covers figure
    ``q``: the figure lies inside its span and no semicolon between them starts another
    clause the writer states in their own voice."""
    if not att.start <= q.start < att.end:
        return False
    return not any(mark in text[att.start : q.start] for mark in _CLAUSE_ENDS)
