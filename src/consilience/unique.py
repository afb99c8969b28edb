"""Unique facts: whole sentences only one article (with its near-copies) states, ranked by
newsworthiness.

A sentence is unique when none of its claims is aligned with or close to a claim of
another article (cosine below ``UNIQUE_MAX_COSINE``, the sentence below
``UNIQUE_SENTENCE_COSINE``, no figure in common, not one actor doing one specific thing),
none is disputed, and it adds a name, figure or date no other article gives. All are
listed with their ``rank``.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from .align import Node, _close, _figure, _names_meet
from .claim_spans import Texts, disputed
from .model import Claim, Span

UNIQUE_MAX_COSINE = 0.5  # a unique sentence's claims are below this to every other article
UNIQUE_SENTENCE_COSINE = 0.6  # ... and the sentence below this to every other article's
UNIQUE_MIN_WORDS = 5


def unique_facts(nodes, sim, groups, texts: Texts, disputed_at) -> list[dict[str, Any]]:
    """Whole sentences only one article (with its near-copies) states, ranked: none of
    their claims is aligned with or close to a claim of another article, none is disputed,
    and they name someone or something, give a figure or a date."""
    grouped = {i for g in groups for i in g}
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, n in enumerate(nodes):
        by_sentence.setdefault((n.claim.article, n.claim.sentence), []).append(i)
    elsewhere_ents = _entities_by_root(nodes, texts)
    cands = []
    for (aid, _si), members in by_sentence.items():
        node = nodes[members[0]]
        if node.root != aid or any(i in grouped for i in members):
            continue
        if any(nodes[i].claim.heading for i in members) or disputed(members, nodes, disputed_at):
            continue
        if all(nodes[i].claim.frame == "report" for i in members):
            continue  # "The Courier reported on Sunday": who reported, not what
        if _said_elsewhere(members, nodes, sim):
            continue
        s, e = texts.sentence(node.claim)
        text = texts.text(aid)[s:e]
        if len(text.split()) < UNIQUE_MIN_WORDS or not text.rstrip().endswith(
            (".", "!", "?", '"', "”")
        ):
            continue
        score = _newsworthiness(members, nodes, elsewhere_ents)
        if score <= 0:
            continue
        cands.append((-score, node.order, s, aid, e, text))
    cands.sort()
    out = []
    for rank, (_neg, _o, s, aid, e, text) in enumerate(cands, start=1):
        out.append(
            {"article": aid, "text": text, "citation": Span(aid, s, e).to_json(), "rank": rank}
        )
    return out


def _said_elsewhere(members: list[int], nodes: list[Node], sim: np.ndarray) -> bool:
    """Whether another article (not a near-copy) comes close to the sentence of claims
    ``members``: a claim within ``UNIQUE_MAX_COSINE``, the sentence within
    ``UNIQUE_SENTENCE_COSINE``, one actor with one specific predicate
    (:func:`_same_event`), or a figure of one dimension within ``FIGURE_TOLERANCE``."""
    root = nodes[members[0]].root
    others = [j for j, n in enumerate(nodes) if n.root != root]
    if not others:
        return False
    if max(float(sim[i, others].max()) for i in members) >= UNIQUE_MAX_COSINE:
        return True
    sv = nodes[members[0]].sentence_vector
    if sv is not None:
        for j in others:
            ov = nodes[j].sentence_vector
            if ov is not None and float(sv @ ov) >= UNIQUE_SENTENCE_COSINE:
                return True
    if any(_same_event(nodes[i].claim, nodes[j].claim) for i in members for j in others):
        return True
    mine = [_figure(f) for i in members for f in nodes[i].claim.figures]
    theirs = {_figure(f) for j in others for f in nodes[j].claim.figures}
    return any(
        ka.split("|")[:2] == kb.split("|")[:2] and _close(x, y)
        for ka, x in mine
        for kb, y in theirs
    )


GENERIC_FRAMES = frozenset({"be", "have", "say", "report", "do", "make", "take", "get"})


def _same_event(a: Claim, b: Claim) -> bool:
    """One actor (by name or alias) doing one specific thing (same frame, not a generic
    one such as "be" or "say"), whatever the wording around it: "Vance resigned as
    treasurer on Monday" / "Vance, 61, stepped down" state one event."""
    if a.frame != b.frame or a.frame in GENERIC_FRAMES or a.negated != b.negated:
        return False
    if not (a.actor_keys and b.actor_keys):
        return False
    return _names_meet(a.actor_keys, set(b.actor_keys)) or _names_meet(
        b.actor_keys, set(a.actor_keys)
    )


def _entities_by_root(nodes: list[Node], texts: Texts) -> dict[str, set[str]]:
    """root article -> the entity keys (``"e:"``) and dates (``"d:"``) its claims give,
    and its whole text lower-cased (``"t:"``: names stated outside any claim count)."""
    found: dict[str, set[str]] = {}
    for n in nodes:
        seen = found.setdefault(n.root, set())
        seen.update(f"e:{e}" for e in n.claim.entities)
        seen.update(f"d:{d}" for d in n.claim.dates)
        seen.add("t:" + texts.text(n.claim.article).lower())
    return found


def _newsworthiness(members: list[int], nodes: list[Node], ents: dict[str, set[str]]) -> float:
    """How much a unique sentence (claims ``members``) adds: names and dates no other
    article gives, its figures (a figure given elsewhere already ruled it out), earlier
    in the article first, hedged ones lower. 0 when it adds no name, figure or date of its
    own: a sentence about what the other articles name is mostly their claim reworded
    ("uncertainty looms over what Trump will do"), and one naming nothing is commentary."""
    root = nodes[members[0]].root
    elsewhere = set().union(*[v for k, v in ents.items() if k != root]) if len(ents) > 1 else set()
    mine = {f"e:{e}" for i in members for e in nodes[i].claim.entities}  # no "t:" here
    mine |= {f"d:{d}" for i in members for d in nodes[i].claim.dates}
    new = {m for m in mine - elsewhere if not _named_elsewhere(m, elsewhere)}
    figures = {f for i in members for f in nodes[i].claim.figures}
    if not (new or figures):
        return 0.0
    new_ents = sum(1 for m in new if m.startswith("e:"))
    new_dates = len(new) - new_ents
    first = nodes[members[0]].claim.sentence
    hedged = all(nodes[i].claim.modality in ("possible", "conditional") for i in members)
    score = new_ents + 0.75 * len(figures) + 0.5 * new_dates + 1.0 / (1 + 0.2 * first)
    return score - (0.5 if hedged else 0.0)


def _named_elsewhere(mention: str, elsewhere: set[str]) -> bool:
    """An entity mention ``"e:nandakumar"`` whose words are all in one name given
    elsewhere ("e:priya nandakumar") or that another article's text contains."""
    if not mention.startswith("e:"):
        return False
    names = {m[2:] for m in elsewhere if m.startswith("e:")}
    if _names_meet([mention[2:]], names):
        return True
    pattern = re.compile(rf"\b{re.escape(mention[2:])}\b")
    return any(m.startswith("t:") and pattern.search(m) for m in elsewhere)
