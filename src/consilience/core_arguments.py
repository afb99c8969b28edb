"""The core arguments of a clause whose predicate carries no act of its own.

    core_missing(m, a, texts) -> bool

A copula or "have" (:data:`COPULAR`) says its act in its complement: "The last big flood in the valley *was in 1998*", "The bridge's main span
*is 1,400 metres* long", "The new chair *is Ana Ruiz*". The citation check cannot compare
such a predicate with another clause's verb, so it used to let any clause of the group
stand for it: "A flood that swept through the valley on Monday" was cited as stating that
the last one was in 1998 (a false two-article consensus). A clause states such a claim
only when it gives the claim's **core arguments**: every number or year of the predicate's
complement (outside its subject: "the *two* bridges were ...") and, when the complement
names someone or something, one of those names (a weekday or month is no name). A number the other clause gives in
another unit of one value counts as given (:func:`consilience.align.values_agree`:
"1,400 metres" / "4,600 feet"). Clauses whose complement holds no number, year or name
("is on strike", "were in good spirits") are judged as before.
"""

from __future__ import annotations

from .align import numerals, values_agree
from .claim_spans import Texts
from .claims import COPULAS
from .model import Claim

#: predicates whose act is their complement: copulas and "have" (not a light verb, whose
#: object names its act and whose date or place is an adjunct: "will give the premiere
#: in May 2027" is stated by "will perform it in May")
COPULAR = COPULAS | {"have"}
#: dependency labels of a predicate's subject: what the claim is about, not what it says
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: entity labels of a day or a time ("on Monday"): often left out by a clause stating the
#: same thing, so no core name (a number of a date still is one)
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def copular(predicate: str) -> bool:
    """Whether a predicate lemma is a copula or "have", with or without a particle
    ("be", "remain", "have", "be_in"): its act is in its complement."""
    return predicate.split("_")[0] in COPULAR


def core_missing(m: Claim, a: Claim, texts: Texts) -> bool:
    """Whether one of ``m`` and ``a`` has a copular predicate (:func:`copular`) and the
    other's clause lacks its core arguments (module docstring): then neither states the
    other's claim."""
    for x, y in ((m, a), (a, m)):
        if not copular(x.predicate):
            continue
        numbers, names = _core(x, texts)
        if not numbers and not names:
            continue
        have_numbers, have_names = _stated(y, texts)
        if numbers - have_numbers and not values_agree(x, y):
            return True
        if names and not names & have_names:
            return True
    return False


def _span(c: Claim, texts: Texts):
    """The spaCy span of ``c``'s clause, None when it does not map onto tokens."""
    doc = texts.ctx.analysis(c.article).doc
    return doc.char_span(*texts.clause(c), alignment_mode="expand")


def _number(tok) -> str | None:
    """A number token normalised ("1,400" -> "1400", "two" -> "2", a year as written);
    None for any other token."""
    if tok.text[:1].isdigit() and any(ch.isdigit() for ch in tok.text):
        return tok.text.replace(",", "").rstrip(".")
    if tok.like_num:
        found = numerals(tok.text)
        return next(iter(found)) if found else None
    return None


def _core(c: Claim, texts: Texts) -> tuple[frozenset[str], frozenset[str]]:
    """``(numbers, names)`` of the complement of ``c``'s predicate: the tokens of its
    clause outside the predicate's subject (names lower-cased proper nouns)."""
    span = _span(c, texts)
    if span is None:
        return frozenset(), frozenset()
    head = c.predicate.split("_")[0]
    verb = next((t for t in span if t.lemma_.lower() == head), span.root)
    subject = {x.i for k in verb.children if k.dep_ in _SUBJECT_DEPS for x in k.subtree}
    rest = [t for t in span if t.i not in subject and t.i != verb.i]
    numbers = frozenset(n for n in map(_number, rest) if n)
    names = frozenset(
        t.lower_ for t in rest if t.pos_ == "PROPN" and t.ent_type_ not in _TIME_ENTITIES
    )
    return numbers, names


def _stated(c: Claim, texts: Texts) -> tuple[frozenset[str], frozenset[str]]:
    """``(numbers, words)`` of ``c``'s whole clause: its numbers normalised as
    :func:`_number` does, and every word lower-cased (a name may be tagged otherwise)."""
    span = _span(c, texts)
    if span is None:
        return frozenset(), frozenset()
    numbers = {n for n in map(_number, span) if n} | set(numerals(span.text))
    return frozenset(numbers), frozenset(t.lower_ for t in span)
