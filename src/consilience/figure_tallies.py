"""Figures whose property is read off the way they are written, over spaCy tokens.

* the sides of a vote: "161 votes to 148", "162 in favour of the motion, 147 against",
  "by 88 votes for and 12 against" -> "in favour" / "against" (:func:`vote_side`);
* a person's age: "the 24-year-old", "a 61-year-old man", "Arrieta, 23,", "The Uruguay
  international, 24," and "Kim Ode, aged 70," (:func:`age_at`).

Each reader takes token positions of a parsed ``Doc`` and returns None when the form is
absent; :mod:`consilience.quantities` builds the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .entity_types import HONORIFICS

FOR, AGAINST = "in favour", "against"
_VOTE_NOUNS = {"vote", "votes", "ballot", "ballots"}
#: verbs by which the larger side of "N votes to M" is the side against ("the bill was
#: defeated by 200 votes to 150")
_DEFEAT_VERBS = {"defeat", "reject", "throw", "sink", "kill"}
#: the oldest age read from "Name, N," (a larger number there is no age)
MAX_AGE = 110


def _lower(doc, j: int, limit: int) -> str:
    return doc[j].lower_ if 0 <= j < limit else ""


def _side_after(doc, j: int, limit: int) -> str | None:
    """The side named right after a tally's number (past "votes"): "in favour", "against",
    "for" closing a clause ("88 for and 12 against")."""
    if _lower(doc, j, limit) in _VOTE_NOUNS:
        j += 1
    word = _lower(doc, j, limit)
    if word == "in" and _lower(doc, j + 1, limit) in ("favour", "favor"):
        return FOR
    if word == "against":
        return AGAINST
    if word == "for" and _lower(doc, j + 1, limit) in ("and", ",", ";", ".", "with", ""):
        return FOR
    return None


def _defeated(doc, start: int) -> bool:
    """The sentence at ``start`` says the motion was defeated or rejected."""
    return any(t.lemma_.lower() in _DEFEAT_VERBS for t in doc[start].sent)


#: words that make a sentence a vote or a ruling, where "5-2" and "five judges to two" are
#: its two sides (not a score: "won 3-1")
_VOTE_CONTEXT = {"vote", "votes", "voted", "voting", "ballot", "ballots", "rule", "ruled",
                 "ruling", "split", "majority", "judge", "judges", "justices", "verdict",
                 "motion", "bill", "amendment", "referendum", "jury"}  # fmt: skip
_PAIR_JOINS = ("-", "–", "to")
#: words before the first number of a pair that make it the start of a change ("raised
#: the limit from 50 to 70", "between 20 and 30"), never the sides of a vote
_CHANGE_STARTS = frozenset({"from", "between"})


def _in_vote(doc, start: int) -> bool:
    return any(t.lower_ in _VOTE_CONTEXT or t.lemma_.lower() in _VOTE_CONTEXT
               for t in doc[start].sent)  # fmt: skip


def _pair_side(doc, start: int, end: int, limit: int) -> str | None:
    """The side of a number in a pair "N-M", "N votes to M", "N judges to M" (a vote or
    ruling's sentence): the first the larger side (in favour, unless the motion was
    defeated), the second the other."""
    if _lower(doc, start - 1, limit) in _CHANGE_STARTS:
        return None  # "lowered the voting age from 18 to 16": a change, no tally
    plural = end < limit and doc[end].tag_ == "NNS"  # "161 votes to", "five judges to"
    noun = _lower(doc, end, limit) if plural else None
    j = end + 1 if noun else end
    if _lower(doc, j, limit) in _PAIR_JOINS and j + 1 < limit and doc[j + 1].like_num:
        if (noun in _VOTE_NOUNS) or _in_vote(doc, start):
            return AGAINST if _defeated(doc, start) else FOR
    k = start - 1
    if _lower(doc, k, limit) in _PAIR_JOINS and k >= 1:
        first = k - 1 if doc[k - 1].like_num else k - 2
        noun = _lower(doc, k - 1, limit) if first == k - 2 else None
        if noun is not None and doc[k - 1].tag_ != "NNS":
            return None
        if _lower(doc, first - 1, limit) in _CHANGE_STARTS:
            return None  # "... from 18 to 16": the value a change reached
        if first >= 0 and doc[first].like_num and (noun in _VOTE_NOUNS or _in_vote(doc, start)):
            return FOR if _defeated(doc, start) else AGAINST
    return None


def is_vote_pair(doc, start: int, end: int, limit: int) -> bool:
    """The number at [start, end) is one side of a vote written as a pair ("ruled 5-2"), so
    it is read although it looks like a score."""
    return _pair_side(doc, start, end, limit) is not None


def vote_side(doc, start: int, end: int, limit: int) -> str | None:
    """The side of a vote that the number at tokens [start, end) counts: :data:`FOR` or
    :data:`AGAINST`, or None when the number is no side of a tally. A pair ("161 votes to
    148", "split 4-3", "five judges to two") gives the larger side first: in favour, unless
    the sentence says the motion was defeated."""
    pair = _pair_side(doc, start, end, limit)
    if pair is not None:
        return pair
    if _lower(doc, start - 1, limit) in _PAIR_JOINS:
        return None  # the second of a score: "won 3-1", "ruled 5-2 in favour" read above
    return _side_after(doc, end, limit)


@dataclass(frozen=True)
class Age:
    """An age read at tokens [start, end): ``years``; ``holder`` the token of the person it
    is the age of; ``definite`` when the text points at a known person ("the 24-year-old",
    "Arrieta, 23"), False for a new one ("a 61-year-old man")."""

    years: int
    start: int
    end: int
    holder: object
    definite: bool


def _hyphen_age(doc, i: int, limit: int) -> tuple[int, int] | None:
    """(years, end) of "24-year-old" at token i, however the tokenizer split it."""
    words = [_lower(doc, k, limit) for k in range(i, min(i + 5, limit))]
    if not doc[i].like_num or not doc[i].text.isdigit():
        return None
    if words[1:5] == ["-", "year", "-", "old"]:
        return int(doc[i].text), i + 5
    if len(words) > 1 and words[1] in ("-year-old", "year-old"):
        return int(doc[i].text), i + 2
    return None


def _appositive_age(doc, i: int, limit: int) -> int | None:
    """Years of "<person>, N," at token i: a bare whole number set off by commas right
    after a noun it is in apposition to."""
    tok = doc[i]
    if not tok.text.isdigit() or tok.dep_ != "appos" or not 0 < int(tok.text) <= MAX_AGE:
        return None
    if _lower(doc, i - 1, limit) != "," or _lower(doc, i + 1, limit) not in (",", ".", ";"):
        return None
    head = tok.head
    if head.pos_ not in ("PROPN", "NOUN") or head.i != i - 2:
        return None
    if head.ent_type_ in ("GPE", "LOC") and not titled(head):
        return None  # "Leeds, 12," but not "Ms Okafor, 45," that the tagger took for a place
    return int(tok.text)


def titled(tok) -> bool:
    """A title stands right before name token ``tok`` ("Ms Okafor", "Dr. Lenz"): a person,
    whatever entity type the tagger gave it."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_.rstrip(".") in HONORIFICS


def _aged(doc, i: int, limit: int) -> tuple[int, object] | None:
    """(years, holder) of "aged N" at token i ("a man aged 45", "Kim Ode, aged 70,", "Hester
    Vane died aged 90": the verb's subject); None for an age band ("children aged 5 to
    11") or a group (a plural holder)."""
    if _lower(doc, i, limit) != "aged" or i + 1 >= limit or not doc[i + 1].text.isdigit():
        return None
    if _lower(doc, i + 2, limit) in ("to", "-", "–", "and", "or", "between", "+"):
        return None
    holder = doc[i].head
    if holder.pos_ in ("VERB", "AUX") and doc[i].dep_ in ("advcl", "acomp", "xcomp"):
        # "Hester Vane died aged 90": the age is the subject's, hung on the verb
        verb = holder
        holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb)
        if holder.lower_ == "who" and verb.dep_ == "relcl":
            holder = verb.head  # "Mr Orde, who died aged 71, ..."
    if holder.pos_ not in ("NOUN", "PROPN") or holder.tag_ in ("NNS", "NNPS"):
        return None
    years = int(doc[i + 1].text)
    return (years, holder) if 0 < years <= MAX_AGE else None


def _years_old(doc, i: int, limit: int) -> tuple[int, object] | None:
    """(years, holder) of "N years old" at token i said of one person or thing: in
    apposition ("The driver, 58 years old, was pulled ...": the noun before the comma) or
    as the complement of "be" ("Zuri is 17 years old": its subject); None otherwise ("a
    plan ten years old in draft" is no one's age, a plural holder is a group's)."""
    tok = doc[i]
    if not tok.text.isdigit() or i + 2 >= limit or not 0 < int(tok.text) <= MAX_AGE:
        return None
    if doc[i + 1].lemma_.lower() != "year" or doc[i + 2].lower_ != "old":
        return None
    holder = None
    if i >= 2 and doc[i - 1].text == "," and _lower(doc, i + 3, limit) in (",", ".", ";"):
        holder = doc[i - 2]  # "The driver, 58 years old,"
    else:
        verb = doc[i + 2].head
        if verb.lemma_ == "be" and doc[i + 2].dep_ == "acomp":
            holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None or holder.pos_ not in ("NOUN", "PROPN") or holder.tag_ in ("NNS", "NNPS"):
        return None
    return int(tok.text), holder


def _is_definite(holder) -> bool:
    if holder.pos_ == "PROPN":
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in holder.children)


def age_at(doc, i: int, limit: int) -> Age | None:
    """The age written at token i ("24-year-old", "aged 45", "Arrieta, 23,", "the driver,
    58 years old,", "Zuri is 17 years old"), or None."""
    hyphen = _hyphen_age(doc, i, limit)
    if hyphen is not None:
        years, end = hyphen
        old = doc[end - 1]
        holder = old.head if old.dep_ in ("amod", "compound") else old
        return Age(years, i, end, holder, _is_definite(holder))
    aged = _aged(doc, i, limit)
    if aged is not None:
        years, holder = aged
        return Age(years, i, i + 2, holder, _is_definite(holder))
    old = _years_old(doc, i, limit)
    if old is not None:
        years, holder = old
        return Age(years, i, i + 3, holder, _is_definite(holder))
    said = _predicative_age(doc, i, limit)
    if said is not None:
        years, end, holder = said
        return Age(years, i, end, holder, True)  # said of one known to the reader
    years = _appositive_age(doc, i, limit)
    if years is None:
        return None
    holder = doc[i].head
    return Age(years, i, i + 1, holder, _is_definite(holder))


#: verbs whose object is an age a person reaches ("turned 91", "turns 70 next week")
_REACHING = frozenset({"turn", "reach"})
#: pronouns, never a person's name however capitalised
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who"})


def _number_at(doc, i: int, limit: int) -> tuple[int, int] | None:
    """(value, end) of a whole number at token i: digits, a count word, or a tens word and
    a unit word joined by a hyphen ("eighty - eight", however the tokenizer split it)."""
    from .number_words import CARDINALS

    tok = doc[i]
    if tok.text.isdigit():
        return int(tok.text), i + 1
    tens = CARDINALS.get(tok.lower_)
    if tens is None:
        return None
    if tens >= 20 and tens % 10 == 0 and _lower(doc, i + 1, limit) == "-":
        unit = CARDINALS.get(_lower(doc, i + 2, limit) or "")
        if unit is not None and 0 < unit < 10:
            return tens + unit, i + 3
    return tens, i + 1


def _predicative_age(doc, i: int, limit: int) -> tuple[int, int, object] | None:
    """(years, end, holder) of a bare number said of one named person as the complement of
    "is" or the object of "turn" ("Hester is eighty-eight", "Hester, who is 88 and ...", "Ms
    Quayle turned 91 in March", "The winner, Marta Lind, is 41"); the holder is the name
    (the subject, the noun a "who" clause hangs on, or a name in apposition to either).
    None when the number has a noun or unit of its own ("is 88 metres long"), is told in
    the past ("He was seven when he first won": an age then, not now), or is said of a
    pronoun, a kin noun ("My dad is eighty-one") or a group, whose person the sentence
    does not name."""
    read = _number_at(doc, i, limit)
    if read is None:
        return None
    years, end = read
    last = doc[end - 1]
    verb = last.head
    if not 0 < years <= MAX_AGE or last.dep_ not in ("attr", "dobj", "acomp"):
        return None
    if not ((verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP")) or verb.lemma_.lower() in _REACHING):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "will turn 50 next week": an age to come
    if _lower(doc, end, limit) not in ("", ",", ".", ";", "and", "in", "on", "last", "this",
                                       "next", "when", "—", "-", "–", ")"):  # fmt: skip
        return None  # "is 88 miles", "turned 91 pages"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
        subj = verb.head
    holder = _named_person(subj) if subj is not None else None
    if holder is None or holder.tag_ in ("NNS", "NNPS"):
        return None
    return years, end, holder


def _named_person(tok):
    """``tok`` if it names a person (a PERSON name, a title before it, or a capitalised
    word the tagger gave no type and WordNet does not know: "Hester"), else a name in
    apposition to it ("The winner, *Marta Lind*,"); None otherwise."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        if t.ent_type_ == "PERSON" or titled(t):
            return t
        if t.text[:1].isupper() and not t.ent_type_ and t.lower_ not in _PRONOUNS:
            if t.pos_ == "PROPN" or not lexicon.senses(t.lower_, "n"):
                return t
    return None


# --------------------------------------------------------------- sides told with verbs

#: the two acts a side of a vote does to the motion; a verb WordNet relates to one of them
#: (:func:`same_act.acts_related`: "back", "endorse", "approve"; "oppose", "dissent",
#: "reject") names that side
_SUPPORT_ACTS = ("support", "approve", "favor")
_OPPOSE_ACTS = ("oppose", "reject")
_SIDE_PREPS = {"for": FOR, "against": AGAINST}


def _count_verb(tok):
    """The verb whose subject the count at ``tok`` is ("Six members voted", "Eleven of the
    fifteen councillors backed", "four opposed it"), or None."""
    if tok.dep_ == "nummod":
        tok = tok.head
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def _acts_side(lemma: str) -> str | None:
    from .same_act import acts_related

    if any(acts_related(lemma, act) for act in _OPPOSE_ACTS):
        return AGAINST
    if any(acts_related(lemma, act) for act in _SUPPORT_ACTS):
        return FOR
    return None


def _prep_side(prep) -> str | None:
    """The side a preposition on a verb of voting names: "for", "against", or "in" with
    "favour"/"favor" ("voted in favour of the motion"); None for any other."""
    if prep.lower_ in _SIDE_PREPS:
        return _SIDE_PREPS[prep.lower_]
    if prep.lower_ == "in" and any(c.lower_ in ("favour", "favor") for c in prep.children):
        return FOR
    return None


def verb_side(verb) -> str | None:
    """The side of a vote the subject of ``verb`` takes: "voted for" / "voted in favour" /
    "voted against" the motion, or a verb of supporting or opposing with an object ("backed
    the increase", "opposed it"); None otherwise ("preferred to hold" names no side by
    itself). When the verb carries both sides ("88 members voted in favour and 71
    against", the second count elided), its subject takes the first, the one its own
    phrase states; the later side belongs to the elided count."""
    voting = verb.lemma_.lower() == "vote" or any(t.lower_ in _VOTE_CONTEXT for t in verb.sent)
    for child in sorted(verb.children, key=lambda c: c.i):
        side = _prep_side(child) if child.dep_ == "prep" and child.i > verb.i and voting else None
        if side is not None:
            return side  # not "140 households have asked *for* one": no vote
    side = _acts_side(verb.lemma_.lower())
    if side == FOR and not any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return None  # "three preferred to hold": a wish for something else
    return side


def _other(side: str) -> str:
    return AGAINST if side == FOR else FOR


def count_sides(doc, figures: list) -> list[str | None]:
    """The side of a vote each count of one sentence takes (:data:`FOR`, :data:`AGAINST`
    or None), for counts of people whose verb names a side (:func:`verb_side`); when one
    side is named and another count of the same noun is the subject of another verb ("Six
    members voted for the increase and three preferred to hold"), that count is the other
    side. ``figures`` are Quantities of dimension "count" of one sentence of ``doc``."""
    verbs = []
    for q in figures:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        verbs.append(None if span is None or not len(span) else _count_verb(span[0]))
    sides = [verb_side(v) if v is not None else None for v in verbs]
    named = {s for s in sides if s}
    if len(named) != 1:
        return sides
    side = named.pop()
    nouns = {q.noun for q, s in zip(figures, sides, strict=True) if s}
    sided_verbs = {v.i for v, s in zip(verbs, sides, strict=True) if s and v is not None}
    return [
        _other(side)
        if s is None and v is not None and v.i not in sided_verbs and q.noun in nouns
        else s
        for q, v, s in zip(figures, verbs, sides, strict=True)
    ]
