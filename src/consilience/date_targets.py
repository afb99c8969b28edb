"""The value a dated act brings a thing to: "raises the minimum wage to 15 euros an hour
by 2028", "the minimum wage is to reach 15 euros an hour by 2029", "the retirement age will
reach 67 in 2032".

A date on a verb of change with a target figure dates when the thing reaches that figure.
Two articles that bring one thing to one figure by different years date one planned step
twice, whatever verb each uses ("raise ... to", "rise to", "lift ... to", "reach"): the
figure and the thing are the act's arguments (the dependency parse), the verb is not.

:func:`target_of` ``(verb) -> Target | None``: the figure (number and unit noun) that is the
object of "to" on the verb or the verb's direct object, and the nouns the change is about
(the verb's subject and object, read through "is to" / "will be" heads and pronouns).
"""

from __future__ import annotations

from typing import NamedTuple

from .subject_pronouns import antecedent

#: dependencies of the nouns a change is about on its verb
HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


class Target(NamedTuple):
    """A target figure: ``number`` as written without separators ("15", "67"), ``unit``
    the lemma of the noun it counts ("euro", "" for a bare number), ``holders`` the lemmas
    of the common nouns the change is about ("wage", "age")."""

    number: str
    unit: str
    holders: frozenset[str]


def _figure(tok) -> tuple[str, str] | None:
    """(number, unit lemma) of a figure headed by ``tok``: "15 euros" (the noun with a
    numeric modifier), "67" (a bare number), else None."""
    if tok.like_num:
        return tok.text.replace(",", ""), ""
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.like_num]
    if len(nums) == 1 and tok.pos_ == "NOUN":
        return nums[0].text.replace(",", ""), tok.lemma_.lower()
    return None


def _target_token(verb):
    """The head of the figure ``verb`` brings something to: the object of its "to"
    ("raise the wage to 15 euros"), else its direct object ("reach 67")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and _figure(pobj) is not None:
                return pobj
    return next((c for c in verb.children if c.dep_ == "dobj" and _figure(c) is not None), None)


def _holders(verb, figure) -> frozenset[str]:
    """Lemmas of the common nouns the change is about: the verb's subject and object
    other than the figure, through the head of an "is to" / "will be" chain ("the minimum
    wage is to reach"), a pronoun read as its one antecedent."""
    toks = [c for c in verb.children if c.dep_ in HOLDER_DEPS and c.i != figure.i]
    if not any(c.dep_.startswith("nsubj") for c in toks) and verb.dep_ == "xcomp":
        toks += [c for c in verb.head.children if c.dep_.startswith("nsubj")]
    nouns = (antecedent(t) if t.pos_ == "PRON" else t for t in toks)
    return frozenset(t.lemma_.lower() for t in nouns if t is not None and t.pos_ == "NOUN")


def target_of(verb) -> Target | None:
    """The target figure of the act ``verb`` (a spaCy token) and what it is about, or None
    when the verb brings nothing to a figure or names no noun it is about."""
    if verb is None:
        return None
    tok = _target_token(verb)
    if tok is None:
        return None
    number, unit = _figure(tok)  # type: ignore[misc]
    holders = _holders(verb, tok)
    return Target(number, unit, holders) if holders else None


def same_target(a: Target | None, b: Target | None) -> bool:
    """Two acts bring one thing to one figure: the same number and unit, and a noun the
    change is about in common."""
    if a is None or b is None:
        return False
    return (a.number, a.unit) == (b.number, b.unit) and bool(a.holders & b.holders)
