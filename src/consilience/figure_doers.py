"""Whose experience a duration measures, and duration slots split by it (s20 kind 5).

"Our pilot, who has flown with us for eleven years" and "We have flown over this valley
for twenty years" (the company's director) are two lengths of service: the pilot's and the
company's, never eleven against twenty years. A duration told in the perfect ("has flown
for", "have seen ... for") measures what its clause's subject has done up to now, so the
subject (its *doer*) is part of the property. The doer is read off the parse: the subject
of the duration's verb, through a relative pronoun to the noun its clause hangs on ("our
pilot, who has flown ..."), or of the perfect verb whose complement the verb is ("I have
seen those balloons go over for twenty years": the seeing). Only common nouns and first-person pronouns are doers here: a
name may be the same one as a common noun ("the owner" / "Smith") and a third-person
pronoun stands for someone unread, so both leave the figure in its slot.

Works on a spaCy parse (and :mod:`consilience.lexicon` for one sense); no state.
"""

from __future__ import annotations

from collections.abc import Callable

from . import lexicon
from .figure_bearers import _RELATIVE, _split, _top
from .figure_forms import clause_verb
from .model import Quantity

#: the first-person pronouns, whose doer is the speaker (one person, or the speaker's side)
_FIRST_PERSON = {"i": "i", "me": "i", "we": "we", "us": "we"}


def _perfect(verb) -> bool:
    """The verb is in the perfect: a "have" auxiliary ("has flown", "have been flying")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def doer(span) -> str | None:
    """The doer of the duration ``span`` (spaCy) told in the perfect: a common noun's lemma
    or "i"/"we"; None otherwise (module doc)."""
    if span is None:
        return None
    verb = clause_verb(_top(span), 6)
    if verb is not None and not _perfect(verb) and verb.dep_ in ("ccomp", "xcomp"):
        verb = verb.head  # "I have seen the balloons go over for twenty years": the seeing
    if verb is None or not _perfect(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subj = verb.head
    if subj.lower_ in _FIRST_PERSON:
        return _FIRST_PERSON[subj.lower_]
    if subj.pos_ == "NOUN" and not subj.ent_type_:
        return subj.lemma_.lower()
    return None


def one_doer(a: str, b: str) -> bool:
    """Two doers are one: one word, or one of their first two WordNet noun senses."""
    return a == b or lexicon.same_sense(a, b, "n", first=2)


def split_doers(groups: dict[tuple, list[Quantity]], span_of: Callable[[Quantity], object]) -> None:
    """Split, in place, each duration slot whose figures measure two doers' experience
    (:func:`doer`, not :func:`one_doer`): the doer most articles give keeps the slot with
    the figures of no doer; each other one goes to ``(key[0], "<key[1]> (<doer>)", ...)``."""
    _split(
        groups,
        frozenset({"duration"}),
        lambda q: doer(span_of(q)),
        one_doer,
        lambda d, main: True,
        lambda key, d: (key[0], f"{key[1]} ({d})", *key[2:]),
    )
