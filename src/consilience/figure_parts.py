"""A number that counts a part of a counted whole: "upheld three of the five charges",
"52 calls, 14 of which were false alarms", "four of them were rescued", "192 passengers,
64 of them Snowline customers".

The part counts the whole's noun ("charges"), or the noun the part is said to be ("false
alarms", when a copula links the number to a predicate noun); its property is the predicate
of the part's own clause ("upheld"). The whole's own number ("the five charges") states how
many there were in all, another property than any part: :data:`WHOLE` is its measure.

Works on a spaCy parse only (token dependencies, tags and lemmas); no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the measure of the number of a whole that a part is taken out of ("the five charges" in
#: "three of the five charges"): how many in all, never compared with a part
WHOLE = "whole"

#: pronouns that stand for the whole in "14 of which", "two of whom", "four of them"
_WHOLE_PRONOUNS = frozenset({"which", "whom", "them", "these", "those"})
#: words allowed between "of" and the whole's noun: "of the five charges", "of its 40 lifts"
_WHOLE_MODIFIERS = frozenset({"DET", "NUM", "ADJ", "PRON", "PART", "PROPN", "NOUN"})
_COPULAS = frozenset({"be", "become", "remain", "prove"})


@dataclass(frozen=True)
class Part:
    """A part read off the parse: ``noun`` is the token of the counted noun (the whole's or
    the predicate noun), ``whole`` the token of the whole's noun (None when a pronoun with
    no antecedent in the sentence stands for it), ``named`` whether the noun is a predicate
    noun ("were false alarms") rather than the whole's, ``apposed`` whether that noun
    follows the part with no copula ("192 passengers, 64 of them Snowline customers"), so
    that what befell the whole befell the part too."""

    noun: object
    whole: object | None
    named: bool
    apposed: bool = False


def part_at(num_tok) -> Part | None:
    """The part a bare number token is ("three" in "three of the five charges"), or None
    when no "of" phrase naming a plural whole follows it. (spaCy Token -> Part | None)"""
    of = next((c for c in num_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    whole = _antecedent(obj) if obj.lower_ in _WHOLE_PRONOUNS else obj
    if whole is not None and not _plural_noun(whole):
        return None
    named = predicate_noun(num_tok)
    if named is not None:
        return Part(named, whole, True)
    apposed = _noun_after_part(num_tok)
    if apposed is not None:
        return Part(apposed, whole, True, apposed=True)
    if whole is None:
        return None
    return Part(whole, whole, False)


def _noun_after_part(num_tok):
    """The plural noun a partitive number counts after its "of" phrase with no copula
    ("192 passengers, 64 of them Snowline customers" -> "customers"), or None. (spaCy Token
    -> Token | None)"""
    head = num_tok.head
    if num_tok.dep_ not in ("nummod", "nsubj") or head.i < num_tok.i or not _plural_noun(head):
        return None
    return head  # the parser reads "26 of them children" as a verbless clause too (nsubj)


def predicate_noun(num_tok):
    """The plural noun a copula says the number is ("14 of which were false alarms" ->
    "alarms"), or None. (spaCy Token -> Token | None)"""
    if num_tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = num_tok.head
    if verb.lemma_.lower() not in _COPULAS:
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    return attr if attr is not None and _plural_noun(attr) else None


def is_whole(noun_tok, num_tok) -> bool:
    """Whether ``noun_tok``, counted by the number token ``num_tok`` ("five" in "the five
    charges"), is the whole of a part: the object of "of" after another number ("three of
    the five charges"). (spaCy Tokens -> bool)"""
    if _hyphen_whole(noun_tok, num_tok):
        return True
    if noun_tok.dep_ != "pobj" or noun_tok.head.lower_ != "of":
        return False
    owner = noun_tok.head.head
    return owner.like_num and owner.i != num_tok.i and owner.i < num_tok.i


def _hyphen_whole(noun_tok, num_tok) -> bool:
    """Whether a count written onto the thing it is part of is the whole of a part of the
    same noun before it: "40" in "Twelve wagons of the 40-wagon train" (the train's wagons
    in all), not "five" in "three of the five-star hotels" (stars are no hotels)."""
    host = noun_tok.head
    if noun_tok.dep_ not in ("compound", "amod", "nmod") or host.i == noun_tok.i:
        return False
    if host.dep_ != "pobj" or host.head.lower_ != "of":
        return False
    part = host.head.head
    counted = any(c.dep_ == "nummod" for c in part.children)
    return counted and part.i < num_tok.i and part.lemma_.lower() == noun_tok.lemma_.lower()


def _plural_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS"


def _antecedent(pron):
    """The noun a relative or personal pronoun of a part stands for: the head of the
    relative clause ("52 calls, 14 of which were ..."), else the nearest plural noun
    before it in the sentence. (spaCy Token -> Token | None)"""
    tok = pron
    for _ in range(6):
        if tok.dep_ == "relcl":
            return tok.head if tok.head.pos_ == "NOUN" else None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    for t in reversed(list(pron.doc[pron.sent.start : pron.i])):
        if _plural_noun(t) and t.dep_ != "compound":
            return t
    return None


#: the slot event of a part moved off a slot that holds another report's whole
PART = "part"


def split_parts_from_wholes(groups: dict[tuple, list], overlap) -> None:
    """Move a part off a count slot where another article's figure is the whole it was taken
    from: one article's "Thirteen of the 34 runners got round" (13 in the runners' slot, 34
    in their :data:`WHOLE` slot) beside another's "Thirty-four runners" reads the whole, so
    13 vs 34 is no disagreement. ``groups`` maps slot keys ``("count", noun, event, owner)``
    to figures (changed in place; the part goes to ``("count", noun, PART, owner)``);
    ``overlap(a, b)`` tells whether two figures agree within their intervals."""
    for key in sorted((k for k in groups if k[0] == "count" and k[2] not in (WHOLE, PART)),
                      key=repr):  # fmt: skip
        whole_key = ("count", key[1], WHOLE, key[3])
        wholes = {q.article: q for q in groups.get(whole_key, [])}
        if not wholes:
            continue
        qs = groups[key]
        parts = [q for q in qs if q.article in wholes and q.value < wholes[q.article].value]
        others = [q for q in qs if q.article not in wholes]
        told_whole = [o for o in others if any(overlap(o, w) for w in wholes.values())]
        if parts and told_whole:
            groups[key] = [q for q in qs if all(q is not p for p in parts)]
            groups.setdefault(("count", key[1], PART, key[3]), []).extend(parts)


#: "of" and a pronoun standing for a whole told before: "Three of them", "six of whom"
_PRONOUN_PART = re.compile(r"\s+of\s+(?:them|whom|which|these|those)\b", re.IGNORECASE)


def pronoun_part(text: str, end: int) -> bool:
    """The count ending at character ``end`` of ``text`` is followed by "of" and a pronoun
    for its whole ("Three of them were still being treated")."""
    return _PRONOUN_PART.match(text, end) is not None


#: "of" and a pronoun pointing back to a set told before ("heard from 63 *of them*"), not
#: a relative one that gives the part its own predicate ("52 calls, 14 *of which* were
#: false alarms": a count of false alarms)
_BACK_PART = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)


def back_part(text: str, end: int) -> bool:
    """The count ending at character ``end`` of ``text`` is followed by "of them" / "of
    these" / "of those": a part of a set its text told before, in whatever slot."""
    return _BACK_PART.match(text, end) is not None


#: how many sentences before its part a whole of another slot may be told: "of them" looks
#: back no further (:mod:`consilience.figure_antecedents`)
BACK_SENTENCES = 1


def _whole_before(whole, part, slot: list) -> bool:
    """Whether figure ``whole`` is a larger count told before ``part`` in its article that
    ``part`` can be taken out of: any such count of the part's own slot, one of another slot
    only in the part's sentence or the one before ("212 traders have lost their permits,
    and we have heard from 58 of them"; not "180 ewes" three sentences before "three of
    them" told of dogs)."""
    if whole.article != part.article or whole.start >= part.start or whole.value <= part.value:
        return False
    if any(whole is q for q in slot):
        return True
    return whole.sentence < 0 or part.sentence - whole.sentence <= BACK_SENTENCES


def split_pronoun_parts(groups: dict[tuple, list], is_part, back=lambda q: False) -> None:
    """Move off a count slot each figure ``is_part`` tells is taken out of a whole its own
    article gave before it: "17 were taken to hospital. Three of them were
    still being treated last night" -- 3 is some of the 17, never another report of how many
    went to hospital; "214 drivers have lost their passes, and I have heard from 63 of them"
    -- 63 is no count of passes lost. ``groups`` maps slot keys ``("count", noun, event,
    owner)`` to figures (changed in place; a part goes to ``("count", noun, PART, owner)``);
    ``is_part(q)`` is whether figure ``q`` is followed by "of them" (:func:`pronoun_part`);
    ``back(q)`` whether by a pronoun pointing back (:func:`back_part`), whose whole may lie in
    another slot; a relative "of which" needs its whole in its own slot."""
    counts = [q for k, qs in groups.items() if k[0] == "count" for q in qs]
    for key in sorted((k for k in groups if k[0] == "count" and k[2] not in (WHOLE, PART)),
                      key=repr):  # fmt: skip
        qs = groups[key]
        parts = [
            q for q in qs
            if is_part(q) and any(
                _whole_before(w, q, qs) for w in (counts if back(q) else qs)
            )
        ]  # fmt: skip
        if parts:
            groups[key] = [q for q in qs if all(q is not p for p in parts)]
            groups.setdefault(("count", key[1], PART, key[3]), []).extend(parts)
            if not groups[key]:
                del groups[key]  # every figure of the slot was a part of another slot's whole
