"""None against some: one clause denies that any of a thing happened or was, another
counts it.

    denies_count(m, a, texts) -> bool

"*No* arrests had been made" and "police had arrested six people" (or "they reported two
arrests"); "*nobody* was injured" and "three people were injured"; "*no* passengers were
hurt" and "two passengers were hurt". A consensus item never cites the one for the other
(:mod:`consilience.citation_check`), and two consensus items saying them are one
disagreement, not two agreed facts (:mod:`consilience.consensus`).

A **denial** is read from the dependency parse of a claim's clause as ``(noun, verb)``:

* "no N V" (the determiner "no" or "zero" on a subject or object N of verb V) gives
  ``(N, V)``; when V is a light verb, a copula or a verb of reporting ("no arrests were
  *made*", "there were no deaths", "reported no injuries") the noun names the act alone:
  ``(N, None)``;
* "nobody / no one / none V" gives ``(None, V)``.

A **count** is ``(noun, verb)`` for each noun with a cardinal above zero ("*six* people",
"*two* arrests") and the verb it is the subject or object of (None for a light verb, as
above). A denial ``(N, V)`` meets a count ``(M, W)`` when the nouns are one (N's lemma is
M's, or N is None) and the acts are one: V is None and N names W's act (WordNet derives
the verb W from the noun N: "arrest" / "arrested") or M is N; or V and W are one verb
(the same lemma or a shared WordNet sense among their first three). Sources of the word
lists: :data:`consilience.denied_matter.LIGHT` and :data:`consilience.cues.ATTRIBUTION_VERBS`.
"""

from __future__ import annotations

from . import lexicon
from .claim_spans import Texts
from .cues import ATTRIBUTION_VERBS
from .denied_matter import LIGHT
from .model import Claim

#: determiners that deny the noun they quantify
_NONE_DETS = frozenset({"no", "zero"})
#: pronouns that deny their verb as its subject or object
_NONE_PRONOUNS = frozenset({"nobody", "none", "noone", "nothing"})
#: dependency labels of a verb's subject or object
_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
#: verbs that carry no act of their own in "no N V" / "two N V"
_EMPTY = LIGHT | ATTRIBUTION_VERBS | {"occur", "happen", "record", "confirm", "exist"}

Pair = tuple[str | None, str | None]


def _verb_of(noun) -> str | None:
    """The lemma of the verb ``noun`` is subject or object of, None for an empty verb
    (:data:`_EMPTY`) or none."""
    head = noun.head
    if noun.dep_ not in _ARGS or head.pos_ not in ("VERB", "AUX") or head.i == noun.i:
        return None
    lemma = head.lemma_.lower()
    return None if lemma in _EMPTY else lemma


def _tokens(c: Claim, texts: Texts):
    """The tokens of ``c``'s clause (empty when the span does not map onto tokens)."""
    doc = texts.ctx.analysis(c.article).doc
    span = doc.char_span(*texts.clause(c), alignment_mode="expand")
    return list(span) if span is not None else []


def denials(c: Claim, texts: Texts) -> list[Pair]:
    """The ``(noun, verb)`` denials of ``c``'s clause (module doc)."""
    out: list[Pair] = []
    for t in _tokens(c, texts):
        low = t.lower_
        if low in _NONE_DETS and t.dep_ == "det" and t.head.pos_ == "NOUN":
            noun = t.head
            if noun.lemma_.lower() == "one":  # "no one was hurt"
                out.append((None, _verb_of(noun)))
            else:
                out.append((noun.lemma_.lower(), _verb_of(noun)))
        elif low in _NONE_PRONOUNS and t.dep_ in _ARGS:
            out.append((None, _verb_of(t)))
    return [(n, v) for n, v in out if n or v]


def counts(c: Claim, texts: Texts) -> list[Pair]:
    """The ``(noun, verb)`` counts of ``c``'s clause: nouns with a cardinal above zero."""
    out: list[Pair] = []
    for t in _tokens(c, texts):
        if t.dep_ != "nummod" or t.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lower_ in _NONE_DETS or t.lower_ in ("0", "zero"):
            continue
        out.append((t.head.lemma_.lower(), _verb_of(t.head)))
    return out


def _one_verb(v: str, w: str) -> bool:
    """Two verb lemmas name one act: equal, or a shared WordNet sense."""
    return v == w or lexicon.same_sense(v, w, "v")


def meets(denied: Pair, counted: Pair) -> bool:
    """Whether the denial ``denied`` and the count ``counted`` are of one thing (module
    doc)."""
    n, v = denied
    m, w = counted
    if n is not None and v is None:
        return m == n or (w is not None and w in lexicon.verbs_of(n))
    if n is None:
        return v is not None and w is not None and _one_verb(v, w)
    return m == n and w is not None and v is not None and _one_verb(v, w)


def denies_count(m: Claim, a: Claim, texts: Texts) -> bool:
    """Whether one of the two claims' clauses denies what the other counts (module doc):
    "no arrests had been made" / "six people had been arrested"."""
    for x, y in ((m, a), (a, m)):
        found = denials(x, texts)
        if found and any(meets(d, k) for d in found for k in counts(y, texts)):
            return True
    return False
