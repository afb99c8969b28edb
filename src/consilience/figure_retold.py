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
    for att in ext.attributions:
        if not att.start <= q.start < att.end:
            continue
        for aid, outlet in sorted(outlets.items()):
            if same_outlet(att.source, outlet) or same_outlet(outlet, att.source):
                return aid
    return None
