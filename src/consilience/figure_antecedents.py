"""The counted noun of a count whose noun is a pronoun after "of".

"I could see the pallets from the gate. I counted forty of them": the count is of pallets,
the nearest plural noun before the pronoun that can be counted, in the count's sentence or
the one before it. "There were three hundred of you at the vigil": a count of the people
spoken to (persons), as is "seven of us" of the people speaking.

Without this the count names no noun, so it never meets the other articles' "36 pallets"
or "about 300 people" in one slot and their disagreement goes unseen.

Kept narrow on purpose: only "them"/"these"/"those" look back, only a plural common noun
counts as the antecedent (no pronoun, no name, no unit such as "metres" or "days", no
plural-only word such as "binoculars" or "scissors", which names one thing), and only one
sentence back. Works on a spaCy parse only; no state.
"""

from __future__ import annotations

from collections.abc import Callable

#: pronouns after "of" that stand for a set named before ("four of them")
BACK_PRONOUNS = frozenset({"them", "these", "those"})
#: pronouns after "of" that stand for the people spoken to or speaking ("600 of you")
PEOPLE_PRONOUNS = frozenset({"you", "us"})
#: the noun of a count of people
PERSON = "person"
_PEOPLE_WORDS = frozenset({"people", "persons"})


def of_pronoun(num_tok):
    """The pronoun object of the "of" hanging on ``num_tok`` ("them" in "three of them"),
    or None. (spaCy Token -> Token | None)"""
    of = next((c for c in num_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.pos_ == "PRON" else None


def pronoun_count_noun(num_tok, is_unit: Callable[[object], bool]) -> str | None:
    """The counted noun (a lemma, "person" for people) of a count "N of them" / "N of you",
    or None when the number has no such pronoun or no countable antecedent is found.
    ``is_unit(tok)`` tells whether a noun token is a unit of measure ("metres", "days")."""
    pron = of_pronoun(num_tok)
    if pron is None:
        return None
    word = pron.lower_
    if word in PEOPLE_PRONOUNS:
        return PERSON
    if word not in BACK_PRONOUNS:
        return None
    noun = counted_antecedent(pron, is_unit)
    return None if noun is None else noun_lemma(noun)


def noun_lemma(tok) -> str:
    """The lemma a count keys its noun by: "person" for "people"/"persons"."""
    return PERSON if tok.lower_ in _PEOPLE_WORDS else tok.lemma_.lower()


def counted_antecedent(pron, is_unit: Callable[[object], bool]):
    """The nearest plural noun before ``pron`` that can be counted (:func:`countable`),
    in its sentence, else in the sentence before; None when neither holds one.
    (spaCy Token -> Token | None)"""
    for sent in _this_and_previous(pron):
        found = [t for t in sent if t.i < pron.i and countable(t, is_unit)]
        if found:
            return found[-1]
    return None


def _this_and_previous(tok) -> list:
    """The sentence of ``tok`` and the one before it (when there is one)."""
    sent = tok.sent
    if sent.start == 0:
        return [sent]
    return [sent, tok.doc[sent.start - 1].sent]


def countable(tok, is_unit: Callable[[object], bool]) -> bool:
    """Whether ``tok`` is a plural common noun a later "N of them" can count: not a modifier
    of another noun ("cooling" of "cooling units"), not a unit, not a plural-only word."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and tok.dep_ != "compound"
        and tok.is_alpha
        and not is_unit(tok)
        and not plural_only(tok)
    )


def plural_only(tok) -> bool:
    """Whether ``tok`` is a plural-only word naming one thing ("binoculars", "scissors",
    "pliers"): WordNet knows the plural form as a noun but not its singular."""
    from .lexicon import senses

    word, lemma = tok.lower_, tok.lemma_.lower()
    if word == lemma or word in _PEOPLE_WORDS:
        return False
    return bool(senses(word, "n")) and not senses(lemma, "n")
