"""Clauses that presuppose their act rather than report it (issue #11).

A restrictive relative clause on a definite noun phrase ("*the guest who died* was named",
"she thanked *the crews that pulled them out*") takes its act as already known: the sentence
asserts something else of that person or thing. Such a clause is no article's statement of
the act, so it never counts as a consensus member's support (the judged held-out sets s10,
s23, s24, s27 and s28 each had a consensus item resting on one: "the two people who died"
cited for "Two people were killed"). A non-restrictive relative, set off by a comma ("The
Kings, who trailed at half-time, ...") adds news and is kept; so is an indefinite head ("a
man who was swept away"), which introduces the person with the act.
"""

from __future__ import annotations

from .date_act_lexicon import is_person_noun
from .model import Claim
from .noun_branches import PERSON, kind_of

#: determiners that make a noun phrase definite (a possessive pronoun does too)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: relative pronouns that open a restrictive relative clause
RELATIVE_WORDS = frozenset({"who", "whom", "that", "which"})
#: WordNet's synset of made things: a noun with such a sense names no person by it
ARTIFACT = "artifact"


def presupposed(c: Claim, doc) -> bool:
    """Whether claim ``c`` (of the article parsed as ``doc``, a spaCy ``Doc``) is a
    restrictive relative clause on a definite head noun (module doc): its verb is a
    ``relcl`` of a noun whose determiner is definite or possessive, its relative pronoun
    follows the noun's phrase with no comma between them, and the noun is neither an
    apposition nor a predicate noun (both identify what they name by the act)."""
    if c.kind != "relative":
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    verbs = [t for t in span if t.dep_ == "relcl"]
    if not verbs:
        return False
    verb = verbs[0]
    head = verb.head
    if head.dep_ in ("appos", "attr") or not _definite(head) or not _person(head):
        # "Rio Vivo, the company that ran the trip": an apposition names who did it;
        # "It was not the museum that found them": a cleft asserts its focus
        return False
    opener = min(verb.subtree, key=lambda t: t.i)
    if opener.lower_ not in RELATIVE_WORDS:
        return False
    between = doc[head.i + 1 : opener.i]
    return not any(t.text in (",", "(", "—", "–", "-") for t in between)


def _person(noun) -> bool:
    """Whether ``noun`` (a token) names a person or people: a ``PERSON`` entity, "people",
    or a noun whose first WordNet sense is a kind of person ("guest", "instructor"), or one
    of whose first two senses is while neither is an artifact ("climber", a vine first;
    not "machine", whose second sense is an efficient person)."""
    if noun.ent_type_ == "PERSON" or noun.lower_ in ("people", "persons"):
        return True
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if is_person_noun(lemma):
        return True
    return kind_of(lemma, PERSON) and not kind_of(lemma, ARTIFACT)


def _definite(noun) -> bool:
    """Whether ``noun`` (a token) heads a definite phrase: "the", a demonstrative or a
    possessive among its left dependents."""
    for t in noun.lefts:
        if t.dep_ == "det" and t.lower_ in DEFINITE:
            return True
        if t.dep_ == "poss":
            return True
    return False
