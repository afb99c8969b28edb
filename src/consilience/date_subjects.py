"""The short name of a dated act, for the subject of a date conflict: "The Elm Road library
will shut", not "The Elm Road library, which opened in 1971, will shut on 4 February, the Post
has learned".

A date conflict's readings hold the dates; its subject names the act they date, so it keeps
the act's core arguments and leaves out what is no part of the name: the date itself (a
reading, not the subject), a non-restrictive relative clause or apposition set off by commas
("which has served the town since 1962", "Joe Hill"), adverbial clauses and adjuncts ("by a
farmer", "to save money"), and the attribution the clause ends on. The core is the verb with
its subject, auxiliaries, negation, particle and object or complement, each cut the same way
(dependency labels of spaCy's English models, ClearNLP style). A participle that modifies a
noun ("a violin made in 1732") is named with its noun ("a violin made").

:func:`act_name` returns None when the date hangs on no verb, lies inside the verb's subject
or object ("the first protest since 1993 drew 400 people": the date dates the noun), or the
name would hold no noun or pronoun; the caller keeps its clause then.
"""

from __future__ import annotations

#: the verb's dependents that belong to the act's name
CORE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "prt", "attr", "acomp", "oprd"}
)
#: dependents never part of a name: clauses and phrases told beside the act
SIDE_DEPS = frozenset(
    {"relcl", "appos", "advcl", "acl", "parataxis", "punct", "cc", "conj", "prep", "npadvmod"}
)
#: a noun phrase's own dependents kept when it names the participle's noun
NOUN_DEPS = frozenset({"det", "poss", "compound", "amod", "nummod", "case"})
#: at most this many words: a longer core is no short name
MAX_WORDS = 12


def _kept(tok, date: range, top: bool) -> list:
    """The tokens of ``tok``'s subtree kept in a name: side dependents and any dependent
    holding a date token (``date``, token indices) cut; a noun keeps its "of" phrase
    ("140 of its 450 branches") unless it holds the date."""
    out = [tok]
    for c in tok.children:
        if any(t.i in date for t in c.subtree):
            continue
        if c.dep_ == "prep" and not top and c.lower_ == "of" and tok.pos_ in ("NOUN", "NUM"):
            out.extend(t for t in c.subtree if not t.is_punct)
            continue
        if c.dep_ in SIDE_DEPS:
            continue
        out.extend(_kept(c, date, False))
    return out


def _dates_a_noun(verb, date_span) -> bool:
    """The path from ``date_span`` up to ``verb`` passes a noun: the date dates that noun
    ("the first protest since 1993", "a leak late on Tuesday"), not the verb."""
    tok = date_span.root
    for _ in range(50):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if (
            tok.i != verb.i
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.i not in range(date_span.start, date_span.end)
        ):
            return True
    return False


#: a subject noun phrase's dependents that are told beside it, not part of its name
_NOUN_SIDE_DEPS = frozenset({"relcl", "appos", "acl", "punct", "cc", "conj", "parataxis"})


def _copula_subject(verb, date: range) -> list | None:
    """The tokens of the subject of a copula whose predicate is the date ("The last big
    flood in the valley was in 1998" -> "The last big flood in the valley"; "The deadline
    for bids was March 3"), its side clauses and appositions cut; else None. The date is
    then all the predicate says: the thing dated is the subject alone, and "was" after it
    adds nothing."""
    if verb.lemma_.lower() != "be":
        return None
    preds = [c for c in verb.children if c.dep_ in ("prep", "attr", "npadvmod", "acomp")]
    if not any(any(t.i in date for t in c.subtree) for c in preds):
        return None
    if any(c.dep_ in ("attr", "acomp") and not any(t.i in date for t in c.subtree) for c in preds):
        return None  # "The fire was the worst in 2011": the predicate says more than the date
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    toks, todo = [], [subj[0]]
    while todo:
        tok = todo.pop()
        toks.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _NOUN_SIDE_DEPS)
    return None if any(t.i in date for t in toks) else toks


def act_name(verb, date_span, clause: tuple[int, int] | None = None) -> str | None:
    """The short name of the act ``verb`` (a spaCy token) that ``date_span`` (a spaCy span)
    dates, inside the character range ``clause`` when given (a dateline before it is no
    part of the name): see the module doc. None when ``verb`` is None or not a verb, the
    date dates a noun on the way to the verb or a core argument holds it, or the name has no noun or pronoun or is longer than :data:`MAX_WORDS`."""
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _dates_a_noun(verb, date_span):
        return None
    date = range(date_span.start, date_span.end)
    toks = _copula_subject(verb, date)
    return _joined(toks if toks is not None else _core(verb, date), clause)


def _core(verb, date: range) -> list | None:
    """The core tokens of the act ``verb`` that the date tokens ``date`` date (the module
    doc), else None when a core argument holds the date."""
    toks = [verb]
    for c in verb.children:
        if c.dep_ not in CORE_DEPS:
            continue
        if any(t.i in date for t in c.subtree):
            return None  # "the first protest since 1993 drew 400": the date dates the noun
        toks.extend(_kept(c, date, False))
    if verb.dep_ == "acl" and not any(t.dep_.startswith("nsubj") for t in toks):
        noun = verb.head
        toks.append(noun)
        toks.extend(c for c in noun.children if c.dep_ in NOUN_DEPS and c.i < noun.i)
    return toks


def _joined(toks: list | None, clause: tuple[int, int] | None) -> str | None:
    """The text of the tokens ``toks`` in order, inside the character range ``clause``;
    None when there are none, more than :data:`MAX_WORDS` or no noun or pronoun."""
    if toks is None:
        return None
    toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
    if clause is not None:  # a dateline or an attribution outside the clause is no part
        toks = [t for t in toks if clause[0] <= t.idx < clause[1]]
    if not toks:
        return None
    if len(toks) > MAX_WORDS or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in toks):
        return None
    words = [toks[0].text]
    for prev, tok in zip(toks, toks[1:], strict=False):
        gap = tok.i != prev.i + 1 and not prev.whitespace_
        words.append((" " if gap else prev.whitespace_) + tok.text)
    return "".join(words)
