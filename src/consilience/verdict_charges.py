"""What a verdict is *of*: the charges a conviction or an acquittal names, and how many.

A jury often convicts on some counts and acquits on others, and articles report the two
halves in separate sentences: "the jury convicted him on four of the six counts" and "he was
acquitted of two counts of money laundering" both hold. :mod:`consilience.act_readings`
compares the prepositional objects of two opposite verdicts (two objects of one preposition
that share nothing are two charges); this module gives it the charges as charges:

- a noun that counts charges without naming them (:data:`CHARGE_NOUNS`: "count", "charge",
  "offence") stands for the words that name them, its compounds and its "of" object ("both
  *money laundering* counts", "two counts *of money laundering*" -> "laundering"), else for
  "charge";
- a partitive numeral counts the inner noun ("on four *of the six counts*": four counts);
- a verdict "on" a count is a verdict "of" it ("convicted on four counts" / "acquitted of two
  counts" share the preposition);
- a gerund names its charge by its object ("guilty of taking *bribes*" -> "bribe"), else by
  itself.

:func:`prep_objects` gives the ``(preposition, lemma)`` pairs of one prepositional phrase;
:func:`charges_counted` the numbers that count the charges a predicate names, so that
"convicted on four counts" and "acquitted of two counts" are two sets of counts, while
"convicted on four counts" and "acquitted on four counts" dispute. :func:`charges_apart`
reads the same from the text of two verdict claims, for the stages that hold no parse
(:mod:`consilience.statements`).
"""

from __future__ import annotations

import re

from .number_words import counts

#: verbs that pass a verdict through an adjective ("found her guilty", "was declared innocent")
VERDICT_VERBS = frozenset({"find", "declare", "pronounce", "judge"})
#: verdict adjectives -> the verdict they pass ("not guilty" is an acquittal)
VERDICTS = {"guilty": "convict", "innocent": "acquit"}
#: lemmas that pass a verdict, as verbs or adjectives ("convicted", "found guilty", "cleared")
VERDICT_WORDS = frozenset({"convict", "acquit", "clear", *VERDICTS})
#: nouns that count charges without naming them ("four *counts*", "two *charges*")
CHARGE_NOUNS = frozenset("count charge offence offense allegation".split())
#: determiners that count a pair ("both counts")
_PAIR = frozenset({"both"})
#: dependencies of a verdict adjective on its verb ("found her *guilty*")
_VERDICT_DEPS = ("oprd", "ccomp", "acomp", "xcomp")
_NUMBER_WORDS = counts(1, 90, indefinite=False)


def adjective_verdict(adj) -> str:
    """ "convict" or "acquit": the verdict a verdict adjective (:data:`VERDICTS`, a spaCy
    token) passes, the other one when it is negated ("not guilty")."""
    verdict = VERDICTS[adj.lower_]
    if any(c.dep_ == "neg" for c in adj.children):
        verdict = "acquit" if verdict == "convict" else "convict"
    return verdict


def verdict_of(tok) -> str | None:
    """The verdict ("convict" / "acquit") that ``tok`` passes: a verdict adjective
    ("guilty *of five charges*"), or a verb of :data:`VERDICT_VERBS` with one ("found
    guilty *of fraud*", the phrase hung on the verb); None for any other token."""
    if tok.lower_ in VERDICTS:
        return adjective_verdict(tok)
    if tok.lemma_.lower() not in VERDICT_VERBS:
        return None
    adj = next((c for c in tok.children if c.dep_ in _VERDICT_DEPS and c.lower_ in VERDICTS), None)
    return None if adj is None else adjective_verdict(adj)


def prep_objects(prep) -> set[tuple[str, str]]:
    """``(preposition, lemma)`` of each object of prepositional phrase ``prep`` (a spaCy
    token, dep "prep" or "agent"): the object's head lemma, a gerund's object ("of taking
    *bribes*"), and for charges the words that name them (module doc). A phrase with no
    object gives the empty set."""
    out: set[tuple[str, str]] = set()
    word = prep.lower_
    for obj in prep.children:
        if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
            thing = next((c for c in obj.children if c.dep_ == "dobj"), None)
            out.add((word, (thing or obj).lemma_.lower()))
        elif obj.dep_ == "pobj":
            out.update(_charge_pairs(word, _counted_noun(obj)))
    return out


def charges_counted(tok) -> frozenset[int]:
    """The numbers that count the charges predicate ``tok`` names in its prepositional
    phrases ("convicted him on *four* of the six counts" -> {4}; "cleared of *both*
    counts" -> {2}); empty when it counts none."""
    out: set[int] = set()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in [*tok.children, *(p for o in objects for p in o.children)]:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and _counted_noun(obj).lemma_.lower() in CHARGE_NOUNS:
                value = _count_of(obj)
                out.update([value] if value else [])
    return frozenset(out)


def _counted_noun(obj):
    """The noun a partitive numeral counts ("four *of the six counts*"), else ``obj``."""
    if obj.tag_ != "CD":
        return obj
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if inner is not None and inner.pos_ == "NOUN":
                return inner
    return obj


def _charge_pairs(word: str, noun) -> set[tuple[str, str]]:
    """The pairs of one object noun: itself, or of a charge noun the words naming the
    charges under the preposition "of" (module doc)."""
    lemma = noun.lemma_.lower()
    if lemma not in CHARGE_NOUNS:
        return {(word, lemma)}
    named = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named |= {o for _, o in prep_objects(prep)}
    return {("of", w) for w in (named or {"charge"})}


def _count_of(obj) -> int | None:
    """The count of one charge object: a partitive numeral, the noun's number modifier,
    "both" (2) or "a" before a singular (1); None when uncounted or not a whole number in
    words or digits."""
    if obj.tag_ == "CD":
        return _value(obj.lower_)
    for c in obj.children:
        if c.dep_ == "nummod":
            return _value(c.lower_)
        if c.dep_ == "det" and c.lower_ in _PAIR:
            return 2
        if c.dep_ == "det" and c.lower_ in ("a", "an") and obj.tag_ == "NN":
            return 1  # "a charge of money laundering"
    return None


def _value(word: str) -> int | None:
    """A whole number in digits or words ("4", "four"), else None."""
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


#: "of" / "for" / "on" / "including" and up to four words: where a verdict's text names
#: its charges
_CHARGE = re.compile(
    r"\b(?:of|for|on|including)\s+((?:(?!(?:of|for|on|including)\b)[a-z-]+\s?){1,4})"
)
#: words that end a charge phrase ("guilty of fraud *on* Tuesday")
_CHARGE_END = frozenset("on at in after before and but over with by against he she they".split())
#: words that name no charge
_NOT_CHARGES = (
    frozenset("the a an of its their his her all both any".split()) | _NUMBER_WORDS.keys()
)
#: a count of charges: "four counts", "both money laundering counts", "five of the six charges"
_COUNT_WORDS = "|".join(sorted({*_NUMBER_WORDS, *_PAIR}, key=len, reverse=True))
_COUNTED = re.compile(
    rf"\b(\d+|{_COUNT_WORDS})\s+(?:of\s+the\s+\S+\s+)?(?:[a-z-]+\s+){{0,2}}?"
    r"(?:counts?|charges?|offen[cs]es?|allegations?)\b"
)
#: one charge: "a charge", "an offence", "a further count" (singular)
_ONE_CHARGE = re.compile(r"\ban?\s+(?:[a-z-]+\s+)?(?:count|charge|offen[cs]e|allegation)\b(?!s)")
#: a part of the charges: "three of the five counts", "4 of 6 charges"
_PART_OF = re.compile(
    rf"\b(\d+|{_COUNT_WORDS})\s+of\s+(?:the\s+)?(\d+|{_COUNT_WORDS})\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:counts|charges|offen[cs]es|allegations)\b"
)


def charge_words(text: str) -> set[str]:
    """Words of the charges a verdict's text names ("guilty of fraud" -> {"fraud"}; "of
    two counts of money laundering" -> {"money", "laundering"}), without the nouns that
    only count charges (:data:`CHARGE_NOUNS`), numbers and determiners."""
    out: set[str] = set()
    for m in _CHARGE.finditer(text.lower()):
        for w in m.group(1).split():
            if w in _CHARGE_END:
                break
            out.add(w)
    return {w for w in out if w.rstrip("s") not in CHARGE_NOUNS and w not in _NOT_CHARGES}


def text_counts(text: str) -> frozenset[int]:
    """The numbers that count charges in a verdict's text ("on four of the six counts" ->
    {4}; "cleared of both counts" -> {2}; "of a charge of fraud" -> {1})."""
    out = set()
    for m in _COUNTED.finditer(text.lower()):
        word = m.group(1)
        value = 2 if word in _PAIR else _value(word)
        out.update([value] if value else [])
    if _ONE_CHARGE.search(text.lower()):
        out.add(1)
    return frozenset(out)


def charges_apart(a: str, b: str) -> bool:
    """Whether the texts of two verdicts name two sets of charges: both name charges and
    share no word, both count them and share no count ("convicted on four counts" /
    "cleared of two counts": both hold), or one counts them and the other not, where one
    is told of some of the charges only ("guilty on three of the five counts" / "acquitted
    of bribery")."""
    wa, wb = charge_words(a), charge_words(b)
    ca, cb = text_counts(a), text_counts(b)
    if wa and wb and not wa & wb:
        return True
    if ca and cb:
        return not ca & cb
    return _partial(a) or _partial(b)  # "guilty on three of the five counts" / "cleared of bribery"


def _partial(text: str) -> bool:
    """A verdict told of some of the charges only: "on three of the five counts"."""
    for m in _PART_OF.finditer(text.lower()):
        part, whole = _value(m.group(1)), _value(m.group(2))
        if part and whole and part < whole:
            return True
    return False
