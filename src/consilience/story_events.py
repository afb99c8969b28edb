"""Event keys: what an article's lead says happened, and to whom, for story grouping.

Topic similarity (the centroids of :mod:`consilience.stories`) cannot tell a court report
and a press release about one verdict from two verdicts in one court; the *arguments* can.
An article's **event keys** are ``"entity|word"`` strings taken from the asserted event
claims (:mod:`consilience.claims`) of its lead (the first sentences of its body): for each
claim, every named entity among its own tokens (the alias-merged keys of
``Claim.entities``) paired with each *core word* of the claim: its predicate
lemma, and the head lemma of an actor or patient that is not named ("the jury", "the
earthquake"). Light predicates that say nothing of the event ("be", "have", "say") and
stop words are not core words; appositives and titles (who someone is), attributes
(relative clauses), negated claims and headings give no keys.

Two keys **align** (:func:`shared_keys`) when they name the same entity and their words
share a WordNet concept (:func:`concepts`): a sense among the first
:data:`FIRST_SENSES` of each, directly or through a derivationally related verb
("conviction" ~ "convict", "quake" ~ "earthquake"). The entity keeps WordNet's polysemy
in check: a word only counts together with the same named entity. The entity is compared
without a title the tagger took into a name ("Winger Tom Leary" opening a sentence is Tom
Leary: :func:`consilience.entity_types.untitled_name`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .entity_types import untitled_name

#: WordNet senses of a word that count (most frequent first): the rest are rare readings
FIRST_SENSES = 2

#: predicates that carry no event of their own (copula, possession, speech)
LIGHT_PREDICATES = frozenset({"be", "have", "say", "tell", "do"})

#: claims of these roles tell who or what something is, not what happened
_SKIP_ROLES = frozenset({"identity", "attribute"})

#: lead sentences whose claims give keys
LEAD_SENTENCES = 5


def event_keys(
    claims: Iterable, lead: Sequence[int] | None = None, stop: frozenset[str] = frozenset()
) -> list[str]:
    """Sorted, distinct ``"entity|word"`` keys of the asserted event claims of one article.

    ``claims``: :class:`consilience.model.Claim` objects of the article; ``lead``: the
    sentence numbers that count (None: the first :data:`LEAD_SENTENCES` sentences holding
    a claim); ``stop``: lower-case words never taken as core words. A claim counts when its
    role is an event, it is not negated, not a heading and holds at least one named
    entity."""
    claims = [c for c in claims if _counts(c)]
    if lead is None:
        lead = sorted({c.sentence for c in claims})[:LEAD_SENTENCES]
    keep = set(lead)
    out: set[str] = set()
    for c in claims:
        if c.sentence in keep:
            out.update(_claim_keys(c, stop))
    return sorted(out)


def _counts(claim) -> bool:
    return not (claim.role in _SKIP_ROLES or claim.negated or claim.heading)


def _claim_keys(claim, stop: frozenset[str]) -> set[str]:
    """``entity|word`` keys of one claim (see :func:`event_keys`)."""
    names = set(claim.entities)
    words = set()
    if claim.predicate and claim.predicate not in LIGHT_PREDICATES | stop:
        words.add(claim.predicate)
    for key in (claim.actor_key, claim.patient_key):
        if key and key not in names and _is_word(key, stop):
            words.add(key)
    return {f"{n}|{w}" for n in names for w in words if n and "|" not in n}


def _is_word(key: str, stop: frozenset[str]) -> bool:
    """A common-noun argument key worth a key: one alphabetic word, not a stop word."""
    return key.isalpha() and len(key) > 2 and key not in stop


@lru_cache(maxsize=65536)
def concepts(word: str) -> frozenset[tuple[str, int | str]]:
    """The WordNet concepts of a core word: ``("v", offset)`` for its first
    :data:`FIRST_SENSES` verb senses, ``("n", offset)`` for its first noun senses and the
    first verb sense of each verb derived from it ("conviction" -> convict), or
    ``("w", word)`` itself when WordNet does not know it. Multiword predicates are written
    with ``_`` ("shut_down"), as WordNet writes them."""
    from . import lexicon

    out: set[tuple[str, int | str]] = {("w", word)}
    out.update(("v", off) for off in lexicon.senses(word, "v")[:FIRST_SENSES])
    nouns = lexicon.senses(word, "n")[:FIRST_SENSES]
    out.update(("n", off) for off in nouns)
    if nouns:
        for verb in sorted(lexicon.verbs_of(word)):
            out.update(("v", off) for off in lexicon.senses(verb, "v")[:1])
    return frozenset(out)


def expand(keys: Iterable[str]) -> dict[tuple[str, tuple[str, int | str]], str]:
    """``{(entity, concept): key}`` of ``"entity|word"`` keys (the first key, in sorted
    order, that gives a pair wins). The entity is taken without a title the tagger put
    into the name (:func:`consilience.entity_types.untitled_name`: "winger tom leary" is
    "tom leary"), so one person's events align whether or not a sentence opened with
    what they are."""
    out: dict[tuple[str, tuple[str, int | str]], str] = {}
    for key in sorted(set(keys)):
        entity, _, word = key.rpartition("|")
        entity = untitled_name(entity)
        for concept in sorted(concepts(word), key=repr):
            out.setdefault((entity, concept), key)
    return out


def shared_keys(a: Iterable[str], b: Iterable[str]) -> set[tuple[str, str]]:
    """The aligned pairs ``(key of a, key of b)``: the same entity, and words sharing a
    WordNet concept (or the same word)."""
    ea, eb = expand(a), expand(b)
    return {(ka, eb[pair]) for pair, ka in ea.items() if pair in eb}


def shared_events(a: Iterable[str], b: Iterable[str]) -> int:
    """How many distinct events two key sets share: aligned pairs counted once per key of
    ``a`` and once per key of ``b`` (the smaller of the two counts)."""
    pairs = shared_keys(a, b)
    return min(len({x for x, _ in pairs}), len({y for _, y in pairs}))
