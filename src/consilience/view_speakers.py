"""Two speakers' views: an identity or judgement ("the problem was the weather") said by
one person and denied by another is a disagreement of views, not two reports of one fact.

    speaker(analysis, claim, token) -> "chief executive hanna leclerc" | ""
    views_apart(analysis_a, claim_a, ra, analysis_b, claim_b, rb) -> bool
    claims_apart(claim_a, claim_b) -> bool       # the same, of two claims' predicates

A clause of the copula "be" with a noun complement ("the problem *was* the weather",
"the problem *is not* the weather", "the real winner *is* the consumer") says what a
thing is; told as a quote or reported speech it is what its speaker holds. When each side
is attributed to a speaker and the two speakers share no word (the chief executive and an
analyst; two MPs), the two clauses are two views and no fact conflict
(:func:`views_apart`); a side without a speaker, or one speaker twice, is still a report.

The speaker of a clause (:func:`speaker`) is the claim's own attribution when the
extractor found one (a direct quote's "said Amira Shah"), else the subject of the nearest
verb of speech or belief (:data:`consilience.cues.ATTRIBUTION_VERBS`) above the reading's
word in the parse ("Leclerc *told* analysts that the problem was ...").
"""

from __future__ import annotations

from .cues import ATTRIBUTION_VERBS
from .event_states import Reading
from .model import Claim

#: words that name no one in a speaker's phrase
_STOP = frozenset("the a an of at for in on to and 's , said says told".split())
#: parse steps up from a word to the verb of speech that reports it
_DEPTH = 8


def speaker(analysis, claim: Claim, token: int) -> str:
    """Lower-case words of who says the clause of ``claim`` holding doc token ``token``
    (module doc); "" when nobody is named."""
    if claim.attribution:
        return claim.attribution.lower()
    tok = analysis.doc[token]
    for _ in range(_DEPTH):
        if tok.head is tok:
            return ""
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ATTRIBUTION_VERBS:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            return " ".join(t.lower_ for t in subj[0].subtree) if subj else ""
    return ""


def views_apart(
    analysis_a, claim_a: Claim, ra: Reading, analysis_b, claim_b: Claim, rb: Reading
) -> bool:
    """Readings ``ra`` and ``rb`` (of claims ``claim_a``, ``claim_b``) are one identity
    stated and denied ("was the weather" / "is not the weather"), each said by a speaker,
    and the two speakers share no word: two views (module doc)."""
    if not (ra.predicate == rb.predicate == "be" and ra.kind == rb.kind == "event"):
        return False
    sa = _words(speaker(analysis_a, claim_a, ra.token))
    sb = _words(speaker(analysis_b, claim_b, rb.token))
    return bool(sa and sb) and not sa & sb


def claims_apart(a: Claim, b: Claim) -> bool:
    """Claims ``a`` and ``b`` both have the copula "be" for predicate ("the biggest winner
    is the pensioner" / "is not the pensioner") and are attributed to two speakers that
    share no word: two views (module doc)."""
    if not (a.predicate == b.predicate == "be"):
        return False
    sa, sb = _words((a.attribution or "").lower()), _words((b.attribution or "").lower())
    return bool(sa and sb) and not sa & sb


def _words(phrase: str) -> set[str]:
    return {w.strip(",.\"'") for w in phrase.split()} - _STOP - {""}
