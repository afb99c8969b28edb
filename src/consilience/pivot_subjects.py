"""The subject of a dispute over one word: the thing the disputed word is said of.

    pivot_subject(doc, token_index) -> "the reward" | ""

A statement conflict found through one word one clause denies and another asserts
(:mod:`consilience.denied_matter`: "the reward *will be paid*" / "the reward will not be
*paid*") is about what that word is said of, not about whoever reports the clause ("The
Courier understands the reward will be paid": the reward, not the Courier). The thing is
read from the parse of the pivot word:

- of a verb, its theme -- the passive subject or the object ("the reward will not be
  *paid*", "decided not to *contest* the red card") -- else its subject;
- of a noun or adjective, the subject of the predicate it hangs on, through prepositions
  and joined predicates ("the road was covered in black *ice*", "the road was dry and
  free of *ice*": the road);
- the phrase is the noun with the words before it in its phrase (determiner, possessor,
  modifiers: "the insurer's reward"), never a pronoun, a relative word or "there".

Pure function of a spaCy ``Doc``; no state.
"""

from __future__ import annotations

#: dependencies of a predicate's theme (what is done to it), before its subject
_THEMES = ("nsubjpass", "dobj")
_SUBJECTS = ("nsubj", "csubj")
#: words that stand for a phrase elsewhere: never a subject phrase
_STAND_INS = frozenset(
    "it its they them their he him she her we us i you this that these those which who whom "
    "what there one".split()
)  # fmt: skip


def pivot_subject(doc, index: int) -> tuple[int, str]:
    """``(rank, phrase)``: the phrase naming what token ``index`` of ``doc`` is said of
    (module doc), rank 0 when it is the theme of a verb (what is done to it), 1 when a
    subject; ``(2, "")`` when none. The caller keeps the lowest rank, then the shortest."""
    t = doc[index]
    rank, noun = _theme(t) if t.pos_ in ("VERB", "AUX") else _bearer(t)
    noun = _of_whole(noun)
    if noun is None or noun.lower_ in _STAND_INS or noun.pos_ not in ("NOUN", "PROPN"):
        return 2, ""
    start = min((c.left_edge.i for c in noun.lefts), default=noun.i)
    return rank, doc[start : noun.i + 1].text.strip(" ,\"'")


#: quantifier words that name a part of the group in their "of" phrase: "None of the
#: staff have tested positive" is said of the staff
_PART_WORDS = frozenset(
    {"none", "one", "each", "all", "some", "neither", "either", "both", "many", "most", "few"}
)


def _of_whole(noun):
    """The group of a part word ("*none* of the staff" -> staff), else ``noun`` itself."""
    if noun is None or noun.lower_ not in _PART_WORDS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None else noun


def _theme(verb) -> tuple[int, object]:
    """``(0, noun)``: the verb's passive subject or object, or what it goes against ("will
    appeal *against* the ban"); else ``(1, subject)``; through a joined verb; ``(2,
    None)`` when none."""
    xs = (verb, verb.head if verb.dep_ in ("conj", "xcomp") else verb)
    for x in xs:
        found = next((c for c in x.children if c.dep_ in _THEMES), None)
        found = found or next(
            (o for p in x.children if p.dep_ == "prep" and p.lower_ == "against"
             for o in p.children if o.dep_ == "pobj"),
            None,
        )  # fmt: skip
        if found is not None:
            return 0, found
    for x in xs:
        found = next((c for c in x.children if c.dep_ in _SUBJECTS), None)
        if found is not None:
            return 1, found
    return 2, None


def _bearer(t) -> tuple[int, object]:
    """What the predicate a noun or adjective hangs on is said of, through prepositions
    and joined predicates (:func:`_theme`); ``(2, None)`` when it is not an argument of a
    predicate."""
    x = t
    while x.dep_ in ("pobj", "prep", "conj", "amod", "compound", "acomp", "attr", "oprd"):
        if x.head is x:
            break
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            return _theme(x)
    return 2, None
