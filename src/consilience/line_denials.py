"""Claims another article denies: the same act of the same thing, done in one article and
denied in another ("The school has closed so that it can be deep cleaned" / "St Aldric's
will not close, the county council said"). A headline or summary line must be a claim no
article contradicts, whether or not the statement conflict made it into the brief's
conflicts (issue #11; held-out s12 k6, the headline one side of a dispute).

    Denials(nodes, texts).denied(i) -> bool

Two claims are one act of one thing when they share a specific predicate class (``frame``,
not "be", "say" and the other :data:`consilience.unique.GENERIC_FRAMES`) and an argument
(actor or patient key), or their arguments are two parts of one name that an article of
the story gives whole in one noun phrase or one's name shortened ("Harlow Museum" of
"Harlow Museum of Clocks"; "St Aldric's" and "Primary School" of "St
Aldric's Primary School"). One denies the other when exactly one is negated and the
negation is not merely of a plan's opposite: "has not paid" / "will pay next month" is a
plan, not a denial (:data:`consilience.opposition.PENDING`), and a hedged or conditional
negation ("may not close") denies nothing. A state the text places before now
(``Claim.superseded``) is history, not a reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .opposition import PENDING
from .unique import GENERIC_FRAMES

if TYPE_CHECKING:
    from .align import Node
    from .claim_spans import Texts
    from .model import Claim

#: modalities of a negation that leaves the act open ("may not", "could not", "if ... not")
_OPEN = frozenset({"possible", "conditional", "hedged"})
#: claim kinds that only name or describe an entity: they assert no act
_NAMING = frozenset({"title", "appositive", "reduced"})


def denies(a: Claim, b: Claim) -> bool:
    """Exactly one of ``a`` and ``b`` is negated, and the negation denies the other's act:
    the asserted side is not a plan or expectation (:data:`consilience.opposition.
    PENDING`, future tense) while the negated side is a deed ("will pay" / "has not paid"),
    the negated side is not hedged or conditional, and neither is a superseded state."""
    if a.negated == b.negated or a.superseded or b.superseded:
        return False
    pos, neg = (a, b) if b.negated else (b, a)
    if neg.modality in _OPEN:
        return False
    pos_pending = pos.modality in PENDING or pos.tense == "future"
    neg_pending = neg.modality in PENDING or neg.tense == "future"
    return not (pos_pending and not neg_pending)


def _holds(phrase: str, keys: set[str]) -> bool:
    """One of ``keys`` is in ``phrase`` as whole words."""
    return any(re.search(rf"\b{re.escape(k)}\b", phrase) for k in keys)


def _shortened(x: str, y: str) -> bool:
    """One key is the other's name shortened: all its words are the other's ("harlow
    museum" / "harlow museum of clocks")."""
    wx, wy = set(x.split()), set(y.split())
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def _keys(c: Claim) -> set[str]:
    return {k for k in (*c.actor_keys, c.actor_key, c.patient_key) if k}


class Denials:
    """Which claims of a story another root article denies (:meth:`denied`).

    ``nodes``: the story's claims (:class:`consilience.align.Node`); ``texts`` gives the
    parses, read once for the story's noun phrases (names given whole)."""

    def __init__(self, nodes: list[Node], texts: Texts) -> None:
        self.nodes = nodes
        self.texts = texts
        self.by_frame: dict[str, list[int]] = {}
        for j, n in enumerate(nodes):
            if n.claim.frame not in GENERIC_FRAMES and n.claim.kind not in _NAMING:
                self.by_frame.setdefault(n.claim.frame, []).append(j)
        self._phrases: list[str] | None = None
        self._memo: dict[int, bool] = {}

    def denied(self, i: int) -> bool:
        """Some claim of another root article denies claim ``i`` (:func:`denies`) and
        states the same act of the same thing (:meth:`one_thing`)."""
        if i not in self._memo:
            self._memo[i] = self._denied(i)
        return self._memo[i]

    def _denied(self, i: int) -> bool:
        c = self.nodes[i].claim
        if c.frame in GENERIC_FRAMES or c.kind in _NAMING:
            return False
        for j in self.by_frame.get(c.frame, []):
            o = self.nodes[j].claim
            if self.nodes[j].root == self.nodes[i].root or not denies(c, o):
                continue
            if self.one_thing(c, o):
                return True
        return False

    def one_thing(self, a: Claim, b: Claim) -> bool:
        """``a`` and ``b`` share an argument key, one key is another shortened
        (:func:`_shortened`), or a key of each is part of one noun phrase of the story (a name given whole: "st aldric" and "primary school" in "St
        Aldric's Primary School")."""
        ka, kb = _keys(a), _keys(b)
        if ka & kb or any(_shortened(x, y) for x in ka for y in kb):
            return True
        if not (ka and kb):
            return False
        return any(_holds(p, ka) and _holds(p, kb) for p in self.phrases())

    def phrases(self) -> list[str]:
        """Lower-cased noun phrases of the story's articles that hold a proper noun, in
        article order (computed once)."""
        if self._phrases is None:
            found: set[str] = set()
            for a in self.texts.ctx.analyses:
                doc = a.doc
                for chunk in doc.noun_chunks:
                    if any(t.pos_ == "PROPN" for t in chunk):
                        found.add(chunk.text.lower())
            self._phrases = sorted(found)
        return self._phrases
