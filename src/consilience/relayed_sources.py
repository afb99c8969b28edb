"""Articles that relay another article of the story: one source, not two.

    relayed_once(ctx, articles, citations) -> [article id, ...]

A wire story whose sentence says "..., the Kestrel Polar Institute said" rests, for that
sentence, on the institute's own release when the release is an article of the story;
an analysis writing "..., according to CPA" rests on the Continental Press Agency's
story. :func:`consilience.provenance.independent_sources` follows the outlets an article
cites (attributions of kind "outlet"); an agency, a company or an institute that is
itself one of the story's publishers (its ``outlet``), or an outlet cited by its initials,
is followed here, per claim: an article counts with the story article it relays when
every citation of the claim in it lies in the span of an attribution (any kind,
:class:`consilience.model.Attribution`) whose source names that article's outlet, by its
name (case, a leading "the" and possessives aside) or by its initials ("CPA" for
"Continental Press Agency"). Two articles relaying one outlet that is not among the
claim's articles count once too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import StoryContext


def _key(name: str) -> str:
    """A comparison key of a source or outlet name: lower case, no leading article, no
    possessive, single spaces."""
    words = re.sub(r"['’]s\b", "", name).lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _initials(name: str) -> str:
    """The initials of the capitalised words of ``name`` ("Continental Press Agency" ->
    "cpa"); "" for a name of fewer than two such words."""
    caps = [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper() and w != "The"]
    return "".join(w[0] for w in caps).lower() if len(caps) >= 2 else ""


def outlet_names(ctx: StoryContext) -> dict[str, str]:
    """``{name key or initials: article id}`` of the story's publishers, the first article
    (story order) of each outlet."""
    out: dict[str, str] = {}
    for a in ctx.analyses:
        outlet = a.article.outlet
        if not outlet:
            continue
        for k in (_key(outlet), _initials(outlet)):
            if k:
                out.setdefault(k, a.article.id)
    return out


def relayed_article(ctx: StoryContext, aid: str, cites: list[dict], names: dict[str, str]):
    """The id of the story article whose outlet every citation ``cites`` of article
    ``aid`` is attributed to (module doc), or None."""
    ext = ctx.extractions.get(aid)
    if ext is None or not cites:
        return None
    found: set[str] = set()
    for c in cites:
        hits = {
            names.get(_key(att.source))
            for att in ext.attributions
            if att.start < c["end"] and c["start"] < att.end
        }
        hits = {h for h in hits if h is not None and h != aid}
        if len(hits) != 1:
            return None
        found |= hits
    return found.pop() if len(found) == 1 else None


def relayed_once(ctx: StoryContext, articles: Sequence[str], citations: Sequence[dict]):
    """``articles`` (ids, story order) without each article that relays (module doc) an
    article among them, or an outlet an earlier article of them already relays."""
    names = outlet_names(ctx)
    kept: list[str] = []
    seen: set[str] = set()
    for aid in articles:
        mine = [c for c in citations if c.get("article") == aid]
        target = relayed_article(ctx, aid, mine, names)
        if target is None:
            kept.append(aid)
        elif target not in articles and target not in seen:
            seen.add(target)
            kept.append(aid)
    return kept or list(articles[:1])
