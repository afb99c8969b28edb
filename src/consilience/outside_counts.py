"""Counts of one act that two articles give differently, found from the parse where the
conflict stages found no conflict (issue #11, session 19, kind 4 of heldout_s18/judged.md).

    counted_acts(doc, start, end) -> [Count, ...]
    count_disputes(nodes, sim, texts, updates) -> SpanList   # number tokens, kind "quantity"

A count is an exact cardinal that counts the doer or the object of a verb ("*Three*
suspects were arrested", "arresting *four* people") or stands for it ("won *four* of
their 19 matches"), or counts a noun that names the act itself ("yielded *five* wins").
Two clauses of different articles whose sentences are close (clause cosine
:data:`CLOSE`) dispute a count when their acts are one (the same verb, verbs of one
WordNet sense, or a verb and the noun WordNet derives from it: "won" / "wins"), the counted things are
one (the same noun, a synonym, or one a hypernym of the other: "suspects" / "people";
either may be left unsaid) and the two numbers differ. Numbers that are a whole another
number is part of ("four *of 19*", "five wins *in 19* games"), numbers with a qualifier
("about 120,000", "more than 40": rounding, not disagreement), dates, times, money,
percentages and measures are no counts. Two numbers that are readings of one update of
the brief (an earlier report's figure and the later one that supersedes it: "two men
arrested" in the morning wire, "three men" by evening) are a change the brief already
reports, not a disagreement (:func:`update_readings`). A consensus item must not state
either number as agreed: :func:`consilience.consensus.build_claims` reads the spans as readings of a
figure disagreement, so each clause is stated without its count or left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .align import Node, numerals
from .analyse import tokens_in
from .claim_spans import SpanList, Texts
from .quantities import WORD_NUMBERS

#: clause cosine at which two clauses of different articles may tell one act
CLOSE = 0.5
#: entity types of numbers that are no count of things
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
#: relations of a number that stands for what it counts ("won *four*", "*Two* died")
_STANDS_FOR = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "appos", "conj"})
#: verbs that state no act of their own with a count ("were three", "has 19", "said")
_LIGHT = frozenset({"be", "have", "say", "include", "make", "take", "get", "give"})


@dataclass(frozen=True)
class Count:
    """One count of a clause: its value, the token's character span, the act's verb lemma
    ("" when none), and the counted noun's lemma ("" when the number stands alone)."""

    value: str
    start: int
    end: int
    verb: str
    noun: str


def counted_acts(doc, start: int, end: int) -> list[Count]:
    """The counts (:class:`Count`) of the clause ``start:end`` of ``doc`` (a spaCy Doc,
    character offsets), in text order."""
    out = []
    for t in tokens_in(doc, start, end):
        got = _count(t)
        if got is not None:
            out.append(got)
    return out


#: words that make a number exact rather than rounded ("*only* four", "*just* two")
_EXACT = frozenset({"only", "just", "exactly", "precisely", "all"})


def _value(t) -> str | None:
    """The number token ``t`` states, normalised (:func:`consilience.align.numerals`, or a
    number word of :data:`consilience.quantities.WORD_NUMBERS`: "Fourteen" -> "14"); None
    for "one" (mostly a pronoun) and for what is no single number."""
    said = numerals(t.text)
    if len(said) == 1:
        return next(iter(said))
    word = WORD_NUMBERS.get(t.lower_)
    return str(word) if word is not None and word > 1 else None


def _count(t) -> Count | None:
    """The count ``t`` gives (module docstring), or None."""
    value = _value(t) if t.like_num and t.ent_type_ not in _NOT_COUNTS else None
    if value is None or any(_rounds(c) for c in t.children):
        return None  # "about 120,000", "more than 40", "2.4 million": no exact count
    if t.dep_ == "nummod":
        noun = t.head.head if t.head.dep_ == "compound" else t.head
        if _is_whole(noun):
            return None
    elif t.dep_ in _STANDS_FOR and not _is_whole(t):
        noun = next((g for c in t.children if c.lower_ == "of" for g in c.children), t)
    else:
        return None
    verb = _verb_of(noun)
    head = "" if noun.i == t.i else noun.lemma_.lower()
    act = verb.lemma_.lower() if verb is not None else ""
    if act in _LIGHT:
        act = ""
    return Count(value, t.idx, t.idx + len(t.text), act, head)


def _rounds(child) -> bool:
    """A dependent of a number that makes it no exact count: a qualifier ("about", "more
    than", "nearly"; not "only", :data:`_EXACT`), or a part of a longer number ("2.4
    *million*")."""
    if child.dep_ in ("compound", "nummod", "quantmod"):
        return True
    return child.dep_ in ("advmod", "amod") and child.lower_ not in _EXACT


def _is_whole(tok) -> bool:
    """``tok`` hangs, through a preposition, on a number or a counted noun: it is the
    whole another count is part of ("four of *19* matches", "five wins in *19* games")."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    owner = tok.head.head
    return owner.like_num or any(c.dep_ == "nummod" for c in owner.children)


def _verb_of(noun):
    """The verb whose argument ``noun`` is (through at most two prepositions), or None."""
    tok = noun
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd"):
            return tok.head if tok.head.pos_ in ("VERB", "AUX") else None
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def one_act(a: Count, b: Count) -> bool:
    """The two counts count one act (module docstring): the verbs are one, or one's verb
    is the other's counted noun ("won four" / "five wins"); and the counted nouns are one
    thing or either is unsaid."""
    if a.verb and b.verb and _same_word(a.verb, b.verb, "v"):
        return _same_thing(a.noun, b.noun)
    return _names_act(a.verb, b.noun) or _names_act(b.verb, a.noun)


def _names_act(verb: str, noun: str) -> bool:
    """``noun`` names the act of ``verb``: the same word or a noun WordNet derives from it
    ("won" / "wins", "arrested" / "arrests")."""
    return bool(verb and noun) and (noun == verb or noun in lexicon.nouns_of(verb))


def _same_word(x: str, y: str, pos: str) -> bool:
    """``x`` and ``y`` are one word, synonyms, or share a sense among their first
    (:mod:`consilience.lexicon`, WordNet 3.0)."""
    return x == y or y in lexicon.synonyms(x, pos) or lexicon.same_sense(x, y, pos)


#: hypernym steps within which one counted noun may name a kind of the other
_KIND_DEPTH = 4


def _same_thing(x: str, y: str) -> bool:
    """Two counted nouns name one thing: either unsaid, one word, synonyms, or one is a
    kind of the other: one of the first two senses of one reaches a sense of the other
    within :data:`_KIND_DEPTH` hypernym steps ("suspects" / "people", "mountaineers" /
    "climbers")."""
    x, y = _singular(x), _singular(y)
    if not x or not y or _same_word(x, y, "n"):
        return True
    return any(
        lexicon.reaches(p, "n", frozenset(lexicon.senses(q, "n")), 2, _KIND_DEPTH)
        for p, q in ((x, y), (y, x))
    )


def _singular(noun: str) -> str:
    """The WordNet lemma of a counted noun: "people", which the tagger keeps as its own
    lemma, counts persons."""
    return "person" if noun == "people" else noun


def _gives(counts: list[Count], x: Count) -> bool:
    """Some count of ``counts`` (one article's) gives ``x``'s number for ``x``'s act."""
    return any(z.value == x.value and one_act(z, x) for z in counts)


def update_readings(conflicts: list[dict]) -> list[SpanList]:
    """Per update of ``conflicts`` (brief conflict dicts with ``"update": true``), the
    ``(article, start, end)`` spans of its readings' citations."""
    out = []
    for c in conflicts:
        if not c.get("update"):
            continue
        spans = SpanList()
        for r in c.get("readings", []):
            cite = r.get("citation") or {}
            if "article" in cite:
                spans.add(cite["article"], cite["start"], cite["end"], "quantity")
        out.append(spans)
    return out


def _one_update(x: tuple[str, int, int], y: tuple[str, int, int], updates) -> bool:
    """Both number spans lie inside readings of one update (:func:`update_readings`)."""
    return any(
        all(any(a == z[0] and s <= z[1] and z[2] <= e for a, s, e in u) for z in (x, y))
        for u in updates
    )


def count_disputes(nodes: list[Node], sim, texts: Texts, updates=()) -> SpanList:
    """The number tokens (``(article, start, end)``, kind "quantity") of every pair of
    clauses of different articles, at least :data:`CLOSE` apart, that count one act
    (:func:`one_act`) with different numbers, neither article giving the other's number
    for that act too ("two arrests so far", later "six people were arrested" in one live
    blog: the change it reports, not a disagreement with another article's six), and the
    two numbers not readings of one update of the brief (``updates``:
    :func:`update_readings`); sorted, each span once."""
    counts = [
        counted_acts(texts.ctx.analysis(n.claim.article).doc, *texts.clause(n.claim)) for n in nodes
    ]
    said: dict[str, list[Count]] = {}
    for n, cs in zip(nodes, counts, strict=True):
        said.setdefault(n.claim.article, []).extend(cs)
    found: set[tuple[str, int, int]] = set()
    for i, a in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            b = nodes[j].claim.article
            if a.claim.article == b or float(sim[i, j]) < CLOSE:
                continue
            for x in counts[i]:
                for y in counts[j]:
                    if x.value == y.value or not one_act(x, y):
                        continue
                    if _gives(said[b], x) or _gives(said[a.claim.article], y):
                        continue  # one article tells both: a change it reports
                    sx, sy = (a.claim.article, x.start, x.end), (b, y.start, y.end)
                    if _one_update(sx, sy, updates):
                        continue  # the brief reports the change as an update
                    found.add(sx)
                    found.add(sy)
    out = SpanList()
    for sp in sorted(found):
        out.add(*sp, "quantity")
    return out
