"""What a tally without a counted noun counts.

"The conservation department has just confirmed the toll has risen to 51" and "The
department had earlier put the toll at 42" name no counted thing: the toll is of what the
article's own figure of the same event before it counts ("51 whales have now died"), so
the tally takes that figure's noun rather than the default "people" of a death toll.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .cues import aux_word
from .model import Quantity


def borrowed_figures(
    qs: Iterable[Quantity], event_of: Callable[[Quantity], str | None]
) -> dict[int, Quantity]:
    """id(figure) -> figure, for each count of one article (``qs``) with an event but no
    counted noun: the nearest count before it in the text that has a noun and the same
    event (``event_of``), whose property the tally shares."""
    counts = [q for q in qs if q.dimension == "count"]
    found: dict[int, Quantity] = {}
    for q in counts:
        ev = None if q.noun else event_of(q)
        if ev is None:
            continue
        before = [p for p in counts if p.noun and p.start < q.start and event_of(p) == ev]
        if before:
            found[id(q)] = max(before, key=lambda p: p.start)
    return found


#: words that keep a clause from stating that its event happened ("may", "could", "not")
_UNREAL = frozenset({"may", "might", "could", "would", "should", "must", "can", "will"})


def ordinal_tallies(doc) -> list[tuple[int, str]]:
    """(n, verb lemma) for each clause of a spaCy Doc that tells the n-th (n >= 2) of its
    subjects undergoing its verb: "a second guest has died", "the third suspect was
    arrested on Friday", "a 12th worker died in hospital". Such a clause states that the
    tally of that event has reached n, so it vouches for a count of n told elsewhere.
    Negated or modal clauses ("a second patient could die", "no second suspect has been
    arrested") state nothing."""
    from .figure_series import position_of

    out: list[tuple[int, str]] = []
    for tok in doc:
        n = position_of(tok)
        noun = tok.head
        if n is None or n < 2 or tok.dep_ != "amod" or noun.pos_ != "NOUN":
            continue
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ not in ("NN",):
            continue
        if any(c.lower_ in ("no", "neither") for c in noun.children):
            continue  # "no second suspect has been arrested"
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and aux_word(c) in _UNREAL) for c in verb.children
        ):
            continue
        out.append((n, verb.lemma_.lower()))
    return out
