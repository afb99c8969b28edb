"""Quantifier scope: one clause says *every* thing of a kind, another only *some* of them.

    scopes(span) -> [Scope, ...]           # the quantified nouns of a clause
    scope_clash(sa, sb) -> [(x, y), ...]   # a whole against a part of one kind of thing
    scope(text) -> "all" | "part" | None   # the same reading from a clause's text alone
    scopes_disagree(text_a, text_b) -> bool

"The ban covers every beach on the coast" and "the ban covers most beaches" are not one
claim: the first says all of them, the second a part. So are "all passengers were taken
off" and "nine in ten passengers were taken off", or "the whole forest burned" and "a
third of the forest burned". A consensus item citing both tells the reader the articles
agree on a scope they disagree on (kind 2 of heldout_s22/judged.md). This module reads,
from the dependency parse, the scope each clause gives a noun:

- **all**: a determiner or predeterminer "every", "each", "all" ("*all* the schools"),
  an adjective "entire" or "whole", or the noun as the object of "of" after "all" or
  "each" ("*all of* the schools");
- **part**: a determiner "most", "many", "several", "few" or "some" (not "some" before a
  number, which approximates it: "some 450 homes"); a partitive: the noun as the object
  of "of" after a quantity word ("*most of* the streets", "*half of*", "*a majority of*",
  "*80% of*", "*two-thirds of*", "*three quarters of*"), its head a word of proportion
  (:data:`PARTITIVE_HEADS`), a percent sign or a fraction or number word; a ratio "N in
  M" before the noun ("*four in five* streets", "*nine in ten* trains"); an "all" or
  "every" under a negation or an approximator ("*not every* school", "*nearly all*",
  "*almost every*": not the whole).

Two clauses clash when one gives "all" and the other "part" to nouns of one kind: the
same lemma, or WordNet relates them (one a hypernym of the other within two steps, or
they share a direct hypernym: "road" / "street" through "thoroughfare"). Word classes
here are closed grammatical classes (determiners, fraction nouns), not a list of the
story's words; noun relations come from WordNet 3.0 (:mod:`consilience.lexicon`).

Alignment compares claims whose parse is gone, so :func:`scope` reads the same classes
from a clause's text: a universal word gives "all" unless an approximator precedes it, a
part word, a fraction or an "N in M" / "N out of M" proportion gives "part". Uses that
quantify no set are left out there: a frequency ("every day", "each year", "all night"),
a fixed phrase ("at all", "after all", "all but", "each other", "on the whole",
"all-time"), "some" or "half" before a number or a time ("some 450 homes", "half past
ten"), "the most"/"at most". A clause saying both, or neither, has no scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon

#: determiners and adjectives that give their noun the whole of its kind
UNIVERSAL = frozenset({"every", "each", "all", "entire", "whole"})
#: determiners that give their noun a part of its kind
PART_DETERMINERS = frozenset({"most", "many", "several", "few", "some"})
#: heads of a partitive "X of the N" that name a proportion of the N
PARTITIVE_HEADS = frozenset(
    {
        "most", "many", "several", "few", "some", "half", "majority", "minority", "part",
        "portion", "share", "proportion", "fraction", "percent", "%", "cent", "handful",
        "third", "quarter", "fifth", "sixth", "eighth", "tenth",
    }
)  # fmt: skip
#: adverbs that make "all" or "every" less than the whole
APPROXIMATORS = frozenset({"nearly", "almost", "virtually", "practically", "not", "n't", "largely"})


@dataclass(frozen=True)
class Scope:
    """One quantified noun of a clause: its doc ``token`` index, its ``noun`` lemma and
    its ``scope``, "all" or "part"."""

    token: int
    noun: str
    scope: str


def scopes(span, skip: frozenset[int] = frozenset()) -> list[Scope]:
    """The quantified common nouns of the spaCy ``span`` (module doc), tokens in ``skip``
    left out, in text order."""
    out = []
    for t in span:
        if t.i in skip or t.pos_ != "NOUN":
            continue
        scope = _scope(t)
        if scope:
            out.append(Scope(t.i, t.lemma_.lower(), scope))
    return out


def _scope(noun) -> str | None:
    """ "all", "part" or None for one noun token (module doc)."""
    for k in noun.children:
        word = k.lower_
        if k.dep_ in ("det", "predet", "amod") and word in UNIVERSAL:
            return "part" if _approximated(k) else "all"
        if k.dep_ in ("det", "amod") and word in PART_DETERMINERS:
            if word == "some" and any(x.pos_ == "NUM" for x in noun.children):
                continue
            return "part"
        if k.dep_ in ("nummod", "quantmod") and _ratio(noun):
            return "part"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return _partitive(noun.head.head)
    if _ratio(noun):
        return "part"
    return None


def _partitive(head) -> str | None:
    """The scope given by the head of "HEAD of the N": "all" for "all"/"each" (unless
    approximated), "part" for a word of proportion, a percent or a number."""
    word = head.lower_
    if word in ("all", "each", "whole", "entirety"):
        return "part" if _approximated(head) else "all"
    if head.lemma_.lower() in PARTITIVE_HEADS or word in PARTITIVE_HEADS:
        return "part"
    if head.pos_ == "NUM" or head.like_num:
        return "part"
    if any(
        k.dep_ in ("quantmod", "nummod") and k.lemma_.lower() in PARTITIVE_HEADS
        for k in head.children
    ):
        return "part"
    return None


def _ratio(noun) -> bool:
    """Whether the words just before ``noun`` are a ratio "N in M" ("four in five
    streets")."""
    doc = noun.doc
    i = noun.i
    while i > 0 and doc[i - 1].pos_ in ("ADJ",):
        i -= 1
    if i < 3:
        return False
    a, prep, b = doc[i - 3], doc[i - 2], doc[i - 1]
    return prep.lower_ in ("in", "out") and a.like_num and b.like_num


def _approximated(tok) -> bool:
    """Whether "all"/"every" ``tok`` is under a negation or approximator ("not every",
    "nearly all"): a modifier of it or of its noun just before it."""
    doc = tok.doc
    if any(k.lower_ in APPROXIMATORS for k in tok.children):
        return True
    if tok.i > 0 and doc[tok.i - 1].lower_ in APPROXIMATORS:
        return True
    return any(k.dep_ == "neg" and k.i < tok.i for k in tok.head.children)


def one_kind(a: str, b: str) -> bool:
    """Whether two noun lemmas name one kind of thing: equal, or WordNet relates them (one
    within two hypernym steps of the other, or a shared direct hypernym)."""
    if a == b or lexicon.same_sense(a, b, "n"):
        return True
    up_a, up_b = lexicon.hypernyms(a, "n"), lexicon.hypernyms(b, "n")
    if up_a & up_b:
        return True
    two_a = up_a | {h for x in up_a for h in lexicon.hypernyms(x, "n")}
    two_b = up_b | {h for x in up_b for h in lexicon.hypernyms(x, "n")}
    return a in two_b or b in two_a


def scope_clash(sa: list[Scope], sb: list[Scope]) -> list[tuple[Scope, Scope]]:
    """The pairs (one of ``sa``, one of ``sb``) that give one kind of thing (:func:`one_kind`)
    the whole in one and a part in the other."""
    return [
        (x, y)
        for x in sa
        for y in sb
        if {x.scope, y.scope} == {"all", "part"} and one_kind(x.noun, y.noun)
    ]


# --------------------------------------------------------------------------- without a parse

#: part words read from text alone: the part determiners and the nouns "majority"/"minority"
PARTIAL_WORDS = PART_DETERMINERS | {"majority", "minority"}
#: words before "most" that make it a superlative or a bound ("the most", "at most")
SUPERLATIVE_BEFORE = frozenset({"the", "its", "their", "his", "her", "our", "at", "a"})
#: words that make a following universal a part ("nearly all", "not every")
APPROXIMATORS = frozenset({"nearly", "almost", "virtually", "practically", "not", "largely"})
#: nouns after "every", "each" or "all" that make it a frequency or a duration
TIME_NOUNS = frozenset(
    "day days week weeks month months year years night nights morning mornings evening "
    "evenings time times hour hours minute minutes season seasons weekend weekends "
    "summer winter spring autumn along".split()
)
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|a|an)"
)
#: "four in five", "3 out of 4", "two-thirds", "a quarter of", "half of the", "part of"
_PROPORTION = re.compile(
    rf"\b{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}\b"
    rf"|\b{_NUMBER}[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b(?!\s+(?:past|to)\b)"
    r"|\bhalf\s+(?:of|the|its|their|our|his|her)\b|\bpart\s+of\b",
    re.IGNORECASE,
)
#: fixed phrases in which a quantifier word quantifies no set
_FIXED = re.compile(
    r"\bat\s+all\b|\bafter\s+all\b|\ball\s+but\b|\babove\s+all\b|\ball[\s-]+(?:time|out)\b"
    r"|\beach\s+other\b|\bon\s+the\s+whole\b|\bsome\s+(?=\d|about|around)"
    r"|\bsome\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million)\b|\bfor\s+good\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def scope(text: str) -> str | None:
    """``"all"`` when the clause quantifies a set wholly, ``"part"`` when partly, else
    (neither, or both) None (module doc)."""
    text = _FIXED.sub(" ", text)
    words = [w.lower() for w in _WORD.findall(text)]
    part, whole = bool(_PROPORTION.search(text)), False
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in UNIVERSAL and nxt not in TIME_NOUNS:
            if i and words[i - 1] in APPROXIMATORS:
                part = True
            else:
                whole = True
        elif w in PARTIAL_WORDS and not _other_use(w, words[i - 1] if i else "", nxt):
            part = True
    if whole == part:
        return None
    return "all" if whole else "part"


def _other_use(word: str, before: str, after: str) -> bool:
    """A partial quantifier word used otherwise: a superlative or a bound ("the most
    powerful", "at most"), or "some" before a time ("some time")."""
    if word == "most":
        return before in SUPERLATIVE_BEFORE
    return word == "some" and after in TIME_NOUNS


def scopes_disagree(a: str, b: str) -> bool:
    """One clause quantifies a set wholly and the other partly (:func:`scope`)."""
    sa, sb = scope(a), scope(b)
    return bool(sa and sb) and sa != sb
