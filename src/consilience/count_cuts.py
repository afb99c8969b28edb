"""A disputed count inside a claim's argument, left out so the act can still be stated.

    count_gaps(clause, readings) -> [(start, end), ...] | None
    pieces(span, gaps) -> [(start, end), ...]

Articles that disagree on a figure mostly agree on the act it counts: "has found more than
1,300 Roman silver coins" / "unearthed a hoard of 1,342 Roman silver coins" / "found about
1,500 Roman silver coins" all state that coins were found. The figure sits inside the
object or subject, so no adjunct cut (:func:`consilience.consensus.agreed_span`) can leave
it out; this module finds the **count phrase** of each reading in the dependency parse --
the subtree of a number that counts a noun (``nummod``: "more than 1,300", "about 9,800",
"more than a dozen"; on a subject or object, or on the noun a participle clause describes)
and, when the counted noun is the reading's unit of mass or volume followed by "of" ("2.1
tonnes of cocaine"), that unit and its "of" -- so the claim is stated without it ("found
Roman silver coins", "seized cocaine"); "52 percent of the vote" and "14 square kilometres
of the valley floor" are parts of their noun, never cut. The conflict section keeps the
figure.

A cut that leaves nothing a reader takes for a fact is refused: the clause without the gaps
must keep :data:`MIN_CONTENT` content words besides its predicate and the counted nouns
("The chain employs people", "people were moved out of their homes" state nothing agreed),
and so is one that opens the clause ("Eleven | rare tortoises were stolen": the text would
open mid-phrase) unless the caller keeps such a clause as a citation only (``opening``).
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

#: dependency labels of a number counting a noun, and of the words that qualify it
_COUNT_DEPS = frozenset({"nummod"})
_QUALIFIER_DEPS = frozenset({"quantmod", "advmod", "amod", "compound", "cc", "conj"})
#: parts of speech of the words that make a clause state something
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
#: content words (besides the predicate and the counted nouns) a clause must keep after
#: its counts are cut: "The chain employs people" keeps one ("chain") and states nothing
MIN_CONTENT = 2


def _is_number(tok) -> bool:
    """A number, or a word the parse makes count its noun ("a *dozen* masks")."""
    return tok.like_num or tok.pos_ == "NUM" or tok.dep_ == "nummod"


def _count_token(tok, inside: range):
    """The ``nummod`` token whose subtree holds the number ``tok`` (itself, or the number a
    qualifier chain leads to: "more than *1,300*", "3.4 *million*"), or None."""
    seen = 0
    while seen < 4 and tok.head.i != tok.i and tok.head.i in inside:
        if tok.dep_ in _COUNT_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok
        if not (_is_number(tok.head) or tok.dep_ in _QUALIFIER_DEPS):
            return None
        tok = tok.head
        seen += 1
    return tok if tok.dep_ in _COUNT_DEPS and tok.head.pos_ in ("NOUN", "PROPN") else None


def _gap_of(count, reading_end: int, inside: range) -> tuple[int, int, int] | None:
    """``(first token, last token, counted noun)`` indices of the count phrase of the
    ``nummod`` token ``count``: its subtree, and the counted noun with its "of" when the
    noun ends the reading and an "of" phrase follows ("2.1 tonnes | of cocaine")."""
    sub = [t.i for t in count.subtree]
    lo, hi = min(sub), max(sub)
    noun = count.head
    if noun.i <= hi or not noun.is_alpha or not _in_argument(noun, inside):
        return None
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if (
        noun.i == hi + 1
        and noun.i == reading_end
        and unit_kinds(noun.lemma_.lower()) & _AMOUNT_UNITS
        and nxt is not None
        and nxt.lower_ == "of"
        and nxt.head.i == noun.i
        and any(c.dep_ == "pobj" for c in nxt.children)
        and nxt.i + 1 in inside
    ):
        return lo, nxt.i, next(c.i for c in nxt.children if c.dep_ == "pobj")
    if is_unit(noun.lemma_.lower()) or not _described(noun):
        return None  # "escaped with 3.4 million pounds", "recorded 38,000 reports"
    return lo, hi, noun.i


def _tokens(reading) -> range:
    return range(reading.start, reading.end)


def _unit_phrase(count, reading, inside: range) -> tuple[int, int, int] | None:
    """``(first token, last token, noun)`` of the "of" phrase a figure fills when the
    reading holds its noun too (the noun is the figure's unit: "a fine *of up to 150
    crowns*", "a reward *of 5,000 dollars*"): the figure is what the phrase says of the noun
    it hangs on ("a fine"), and without it the clause still states the act ("will face a
    fine"). None when the noun is described ("870 *bronze* rings": things counted), when
    the noun it hangs on is no subject or object of the clause's predicate (:func:`_root_argument`:
    "landed *with winds* of 195 km/h", an adjunct left to the adjunct cut), or when the reading's noun is not the object of
    "of" on a noun of the clause: then the figure is the argument itself ("paid 150
    crowns")."""
    noun = count.head
    if noun.i not in _tokens(reading) or any(c.dep_ in _DESCRIBING_DEPS for c in noun.children):
        return None  # "a jar of 870 *bronze* rings": the rings are what is counted
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if prep.head.i not in inside or prep.i not in inside or not _root_argument(prep.head, inside):
        return None  # "with winds | of 195 km/h": an adjunct, cut whole or not at all
    lo = min(t.i for t in prep.subtree)
    return lo, max(noun.i, reading.end - 1), noun.i  # what follows the unit stays


def _root_argument(noun, inside: range) -> bool:
    """``noun`` is a subject or object of the clause's own predicate (the head of the
    clause inside ``inside``), not of a relative clause or an adjunct ("missiles, *which
    have a range* of up to 300 km, will allow ...": the range is the relative clause's)."""
    verb = noun.head
    return noun.dep_ in _ARGUMENT_DEPS and (verb.head.i == verb.i or verb.head.i not in inside)


#: dependents that describe a counted noun of their own ("Roman *silver* coins",
#: "*stranded* seals", "coins *buried in a field*")
_DESCRIBING_DEPS = frozenset({"amod", "compound", "acl", "relcl"})


def _described(noun) -> bool:
    """Whether the counted ``noun`` says what is counted without its number: it has a
    describing dependent (:data:`_DESCRIBING_DEPS`: "more than 1,300 *Roman silver*
    coins"), is what a container noun holds ("a hoard *of* 1,342 coins") or is a subject
    with its determiner ("*The* 1,342 coins were discovered"). A bare count
    ("logged 9,000 complaints", "gained 0.6 percent") is the claim itself: without the
    number the clause states next to nothing ("logged complaints")."""
    if any(c.dep_ in _DESCRIBING_DEPS for c in noun.children):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("det", "poss") for c in noun.children
    ):
        return True  # "The 1,342 coins were discovered": the things the story is about
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN")


#: dependency labels of a clause's core arguments, where a count may be cut
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"})
#: labels of a noun that modifies another ("a *five-year* contract", "*24*-year-old")
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "poss"})


def _in_argument(noun, inside: range) -> bool:
    """Whether ``noun`` heads a noun phrase (not a modifier of another noun: "a five-*year*
    contract") inside a core argument of the clause's predicate (:data:`_ARGUMENT_DEPS`:
    "found *1,300 coins*", "a hoard of *1,342 coins*"), or is the noun a participle
    clause describes (:func:`_reduced_head`: "*a dozen masks* seized by troops"), not
    inside an adjunct ("by *161
    votes* to 148": the adjunct cut of :func:`consilience.consensus.agreed_span` handles
    those, or nothing does)."""
    if noun.dep_ in _MODIFIER_DEPS:
        return False
    if _reduced_head(noun, inside):
        return True
    tok = noun
    for _ in range(12):
        head = tok.head
        if head.i == tok.i or head.i not in inside:
            return False
        if head.head.i == head.i or head.head.i not in inside:  # head is the clause's root
            return tok.dep_ in _ARGUMENT_DEPS
        tok = head
    return False


def _reduced_head(noun, inside: range) -> bool:
    """Whether ``noun`` is the noun a participle clause inside ``inside`` describes, the
    head of a reduced clause the claim is ("*more than a dozen masks* seized by troops
    in 1897": the masks are what was seized, the participle's undergoer)."""
    if noun.head.i in inside and noun.head.i != noun.i:
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i in inside for c in noun.children)


#: WordNet synsets (lemma names) whose hyponyms are units a figure is given in
_UNIT_ROOTS = frozenset({"unit_of_measurement", "time_unit", "monetary_unit"})
#: hypernym steps walked up from a noun's first sense
_UNIT_DEPTH = 10


#: units of an amount of stuff: "2.1 tonnes *of* cocaine" is cocaine, whereas "14 square
#: kilometres of the valley floor" or "52 percent of the vote" is a part of it
_AMOUNT_UNITS = frozenset({"mass_unit", "volume_unit", "capacity_unit"})


def is_unit(noun: str) -> bool:
    """Whether WordNet's first sense of ``noun`` is a unit of measurement, of time or of
    money ("pound", "tonne", "hectare", "minute"), or the figure reader's unit lexicon
    holds it (:data:`consilience.quantities.UNITS`: "kilopascal", which WordNet lacks): a
    number before it is the argument itself, not a count of things the clause is about."""
    from .quantities import UNITS  # the figure reader's lexicon; imported late, as it is large

    return bool(unit_kinds(noun) & _UNIT_ROOTS) or (noun,) in UNITS


@lru_cache(maxsize=4096)
def unit_kinds(noun: str) -> frozenset[str]:
    """The unit classes (WordNet lemma names ending in "unit", and
    :data:`_UNIT_ROOTS`) above the first sense of ``noun``, up to :data:`_UNIT_DEPTH`
    hypernym steps: "tonne" -> {"mass_unit", "weight_unit", "unit_of_measurement", ...}."""
    seen: set[str] = set()
    front = {noun}
    for _ in range(_UNIT_DEPTH):
        front = {h for x in front for h in lexicon.hypernyms(x, "n", 1)} - seen
        if not front:
            break
        seen |= front
    return frozenset(x for x in seen if x.endswith("unit") or x in _UNIT_ROOTS)


def count_gaps(clause, readings, opening: bool = False) -> list[tuple[int, int]] | None:
    """Character spans of the count phrases of the ``readings`` (spaCy spans inside the
    spaCy span ``clause``), or None when some number of a reading counts no noun of the
    clause (it is the object itself: "killed 14", "rose to 3,000"), a count phrase is the
    clause's root, or the clause without them keeps too little (:data:`MIN_CONTENT`). A
    count phrase that opens the clause ("*11* rare tortoises were stolen") is cut only
    with ``opening`` (the clause then cites the claim but cannot be its text: it would
    open mid-phrase)."""
    inside = range(clause.start, clause.end)
    gaps: dict[int, tuple[int, int]] = {}
    kept_out: set[int] = set()
    for reading in readings:
        nums = [t for t in reading if _is_number(t)]
        if not nums:
            return None
        for tok in nums:
            count = _count_token(tok, inside)
            found = None if count is None else _unit_phrase(count, reading, inside)
            if found is None and count is not None:
                found = _gap_of(count, reading.end - 1, inside)
            if found is None:
                return None
            lo, hi, noun = found
            if clause.root.i in range(lo, hi + 1) or lo not in inside:
                return None
            if _opens(clause, lo) and not opening:
                return None
            gaps[lo] = (lo, hi)
            kept_out.add(noun)
    cut = {i for lo, hi in gaps.values() for i in range(lo, hi + 1)}
    if not _states_enough(clause, cut, kept_out):
        return None
    doc = clause.doc
    spans = sorted(gaps.values())
    spans = [g for g in spans if not any(o != g and o[0] <= g[0] and g[1] <= o[1] for o in spans)]
    return [(doc[lo].idx, doc[hi].idx + len(doc[hi].text)) for lo, hi in spans]


def _opens(clause, lo: int) -> bool:
    """Whether token ``lo`` is the first word of ``clause`` (only punctuation before it):
    cutting "Three" of "Three men were arrested" leaves a clause opening mid-phrase ("men,
    one of them a dock worker, were arrested")."""
    return all(t.is_punct for t in clause.doc[clause.start : lo])


def _states_enough(clause, cut: set[int], nouns: set[int]) -> bool:
    """The clause without the tokens ``cut`` keeps :data:`MIN_CONTENT` content words
    besides its root (the predicate) and the counted ``nouns``, one of them outside the
    root's subject: "The Orrin bakery chain employs | people" keeps only its subject."""
    subject = {
        t.i
        for c in clause.root.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.i not in nouns
        for t in c.subtree
    }
    words = _content(clause, cut, nouns)
    return len(words) >= MIN_CONTENT and bool(_content(clause, cut | subject, nouns))


def _content(clause, cut: set[int], nouns: set[int]) -> set[str]:
    """Content lemmas of ``clause`` outside ``cut``, its root and the ``nouns``."""
    return {
        t.lemma_.lower()
        for t in clause
        if t.i not in cut
        and t.i not in nouns
        and t.i != clause.root.i
        and t.pos_ in _CONTENT_POS
        and t.is_alpha
        and not t.is_stop
    }


def pieces(span: tuple[int, int], gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``span`` (character offsets) without the ``gaps`` inside it, as ordered pieces; the
    whole span when no gap falls inside."""
    s, e = span
    out = []
    for gs, ge in sorted(gaps):
        if ge <= s or gs >= e:
            continue
        if gs > s:
            out.append((s, gs))
        s = max(s, ge)
    if s < e:
        out.append((s, e))
    return out


def joined(text: str, parts: list[tuple[int, int]]) -> str:
    """The text of the ``parts`` of ``text``, each stripped, joined by one space."""
    return " ".join(w for w in (text[a:b].strip() for a, b in parts) if w)
