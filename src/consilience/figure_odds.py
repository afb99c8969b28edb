"""Betting odds as figures: "a 50-1 outsider", "the 11/4 favourite", "won at 50-1", "at odds
of 7-2".

Fractional odds are two numbers joined by a hyphen or a slash; the pair is odds (not a score,
a date or a range) only when the text says so:

* the pair modifies a contestant noun: one WordNet makes a kind of "contestant" (outsider,
  favourite, winner) or a word racing uses for the runner's chance (:data:`_ODDS_NOUNS`:
  "shot", "shock", "longshot", "chance");
* it follows "odds of" ("backed at odds of 7-2");
* it is the object of "at" under a verb of winning or starting ("won the race at 50-1",
  "started at 9-2"): a score is written after the verb itself ("won 4-1").

The value is the ratio (50-1 -> 50.0, 11/4 -> 2.75); odds are exact as written. The owner is
the runner named with the noun ("Copper Lantern, a 50-1 outsider", "50-1 outsider Copper
Lantern", "the 11/4 favourite Storm Ledger") or the subject of the winning verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .noun_branches import kind_of

#: words racing uses for a runner's chance that WordNet does not make contestants
_ODDS_NOUNS = frozenset({"shot", "shock", "longshot", "chance", "bet", "underdog", "favorite"})
#: verbs whose "at N-M" gives the odds of their subject
_ODDS_VERBS = frozenset({"win", "start", "triumph", "romp", "land", "finish", "go"})
_JOINED = re.compile(r"^(\d{1,3})[/-](\d{1,3})$")
_DIGITS = re.compile(r"^\d{1,3}$")


@dataclass(frozen=True)
class Odds:
    """Odds read at tokens [start, end): ``value`` the ratio, ``owner`` the token of the
    runner they belong to (or None)."""

    value: float
    start: int
    end: int
    owner: object | None


def _pair(doc, i: int, hi: int) -> tuple[int, int, int] | None:
    """(numerator, denominator, end) of a pair "50-1", "50 - 1" or "11/4" at token i."""
    m = _JOINED.match(doc[i].text)
    if m:
        return int(m.group(1)), int(m.group(2)), i + 1
    if i + 2 >= min(hi, len(doc)):
        return None
    a, sep, b = doc[i], doc[i + 1], doc[i + 2]
    if _DIGITS.match(a.text) and sep.text in ("-", "/") and _DIGITS.match(b.text):
        if not a.whitespace_ and not sep.whitespace_:
            return int(a.text), int(b.text), i + 3
    return None


def _contestant(noun) -> bool:
    lemma = noun.lemma_.lower()
    if noun.lower_ in ("favourite", "favorite"):
        return True  # the tagger often takes it for an adjective ("the 11/4 favourite X")
    return noun.pos_ == "NOUN" and (lemma in _ODDS_NOUNS or kind_of(lemma, "contestant"))


def _noun_after(doc, end: int, hi: int):
    """The noun the pair modifies: the first token after it, skipping adjectives."""
    j = end
    while j < hi and doc[j].pos_ == "ADJ" and doc[j].lower_ not in ("favourite", "favorite"):
        j += 1
    return doc[j] if j < hi else None


def _runner_of(noun):
    """The name a contestant noun is told of: its appositive head, the name it
    compounds or modifies ("outsider Copper Lantern"), or its own appositive name."""
    head = noun.head
    if noun.dep_ in ("appos", "compound", "amod") and head.pos_ == "PROPN":
        return head
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _subject(verb):
    """The named subject of ``verb`` or of the first verb above it, or None."""
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    subj = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN")
    return next(subj, None)


def runner_name(tok) -> str | None:
    """The capitalised name ending at ``tok`` with the capitalised words compounded onto it
    ("Copper Lantern", whatever tag the tagger gave "Copper"), or None for a common noun."""
    if not tok.text[:1].isupper():
        return None
    parts = [c for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()]
    words = [t for t in sorted([*parts, tok], key=lambda t: t.i)]
    if words[-1].i - words[0].i + 1 != len(words):
        return tok.text
    return " ".join(t.text for t in words)


def odds_at(doc, i: int, lo: int, hi: int) -> Odds | None:
    """The odds starting at token i of the sentence [lo, hi) (module docstring), or None."""
    pair = _pair(doc, i, hi)
    if pair is None:
        return None
    num, den, end = pair
    if den == 0 or num == 0:
        return None
    value = num / den
    noun = _noun_after(doc, end, hi)
    if noun is not None and _contestant(noun):
        return Odds(value, i, end, _runner_of(noun))
    before = [t.lower_ for t in doc[max(lo, i - 2) : i]]
    if before[-2:] == ["odds", "of"]:
        return Odds(value, i - 2, end, _subject(doc[i - 2]))
    if before[-1:] == ["at"]:
        verb = doc[i - 1].head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _ODDS_VERBS:
            return Odds(value, i, end, _subject(verb))
    return None
