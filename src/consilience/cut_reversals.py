"""Whether a consensus citation, read with its whole sentence, still states what it is cited
for (kind 2 of heldout_s19/judged.md: antonyms made agreement by cutting a span).

    states_alone(doc, pieces) -> bool      # the cited pieces hold a predicate of their own
    reversed_after_cut(doc, pieces) -> bool  # the sentence denies or limits them past the cut

A consensus item cites each member's clause cut to its agreed part
(:func:`consilience.consensus._agreed_cites`). Two cuts turn a member into support of
what its sentence does not say:

* **the cut keeps no predicate**: only a name or a noun phrase is left ("Crown Princess
  Ingrid" of "Crown Princess Ingrid, who had been expected, did not attend"; "among them
  the mayor"). A noun phrase names a participant; it never states an act, so it supports no
  item (:func:`states_alone`).
* **the cut stops before what reverses or limits the clause**: the verb that governs the
  cited words has a negation outside them ("the mayor | did not attend"), or a contrasting
  conjunct ("was damaged | but is still standing", "left | yet returned") or concessive
  clause ("although ...") that the cited words leave out (:func:`reversed_after_cut`).
  The member's sentence then says less than, or the opposite of, the cited words; judged
  with its whole sentence it is no supporter. A "but" conjunct with a subject of its own
  that is no pronoun ("won approval, | but *investors* may find ...") is another party's
  matter and limits nothing; one that denies another act ("issued an advisory, | but it
  *did not order* a drawdown") says what was not done besides, and limits nothing either.

Both are read from the spaCy dependency parse (labels of the ClearNLP scheme that
``en_core_web_sm`` uses: ``neg``, ``cc``, ``conj``, ``advcl``, ``mark``); no word list of
events.
"""

from __future__ import annotations

from . import lexicon
from .claims import CONCESSIVE_MARKS
from .event_nouns import event_of

#: coordinators that set a conjunct against the one before it ("damaged *but* standing")
CONTRAST_CC = frozenset({"but", "yet"})
#: dependencies of a word inside a noun phrase: a "verb" there is a tagging slip ("*Harbour*
#: master Lene Dahl" tagged VERB), no predicate
NOUN_PART_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: dependents that complete a copula or auxiliary within the cited words ("was *safe*")
_COMPLEMENTS = frozenset({"attr", "acomp", "oprd", "xcomp", "ccomp"})


def _tokens(doc, pieces: list[tuple[int, int]]) -> list:
    """Tokens of ``doc`` that start inside one of ``pieces`` (character spans), no
    punctuation or space. A symbol spaCy flags as punctuation but tags as a word ("%" as the
    complement of "Turnout was 31.4%") is kept: it completes a predicate."""
    return [
        t
        for t in doc
        if any(s <= t.idx < e for s, e in pieces)
        and not t.is_space
        and not (t.is_punct and t.pos_ == "PUNCT")
    ]


def states_alone(doc, pieces: list[tuple[int, int]]) -> bool:
    """Whether the cited ``pieces`` (character spans of ``doc``) hold a predicate: a verb,
    a copula or auxiliary with its complement or main verb among them, or an event noun
    that names its act as its verb does (:func:`consilience.event_nouns.event_of`: "the
    club's record *signing* of Arrieta"). False for a name or noun phrase alone ("Crown
    Princess Ingrid", "The audience")."""
    toks = _tokens(doc, pieces)
    inside = {t.i for t in toks}
    for t in toks:
        if t.pos_ == "NOUN" and event_of(t) is not None:
            return True
        if t.pos_ == "VERB" and t.dep_ not in NOUN_PART_DEPS:
            return True
        if t.pos_ != "AUX":
            continue
        if t.dep_ in ("aux", "auxpass") and t.head.i in inside:
            return True
        if any(c.dep_ in _COMPLEMENTS and c.i in inside for c in t.children):
            return True
        if _copula_with_place(t, inside):
            return True
    return False


def _copula_with_place(tok, inside: set[int]) -> bool:
    """Whether ``tok``, a copula, has both its subject and a prepositional complement among
    the cited tokens ``inside``: "11,000 members ... *are on strike*" states a state as
    "were injured" does."""
    kids = [c for c in tok.children if c.i in inside]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) and any(
        c.dep_ == "prep" for c in kids
    )


def _governing_verbs(toks: list) -> list:
    """The verbs that govern the cited tokens: each token's first verb or auxiliary head
    (itself included) within its sentence, once each, in text order."""
    out: dict[int, object] = {}
    for t in toks:
        cur = t
        while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            verb = cur.head if cur.dep_ in ("aux", "auxpass") else cur
            out.setdefault(verb.i, verb)
    return [out[k] for k in sorted(out)]


def _negated_outside(verb, inside: set[int]) -> bool:
    """``verb`` (or one of its auxiliaries) has a negation that the cited words leave out."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(c.dep_ == "neg" and c.i not in inside for h in heads for c in h.children)


def _limited_outside(verb, inside: set[int], end: int) -> bool:
    """``verb`` has, after the cited words (token index ``end``), a conjunct introduced by
    "but"/"yet" or a concessive clause ("although", "though") that they leave out."""
    cc = [c for c in verb.children if c.dep_ == "cc" and c.lower_ in CONTRAST_CC]
    for c in verb.children:
        if c.i in inside or c.i < end:
            continue
        if c.dep_ == "conj" and any(x.i < c.i and x.i not in inside for x in cc):
            if not _other_party(c) and not _other_act_denied(verb, c):
                return True
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in c.children
        ):
            return True
    return False


def reversed_after_cut(doc, pieces: list[tuple[int, int]]) -> bool:
    """Whether the sentence of the cited ``pieces`` (character spans of ``doc``) negates or
    limits them outside the cut: a verb governing the cited words has a ``neg`` dependent
    they leave out, or a "but"/"yet" conjunct or concessive clause after them
    (module docstring). A span that holds its negation or contrast is read as it is."""
    toks = _tokens(doc, pieces)
    if not toks:
        return False
    inside = {t.i for t in toks}
    end = max(inside)
    return any(
        _negated_outside(v, inside) or _limited_outside(v, inside, end)
        for v in _governing_verbs(toks)
    )


def _other_party(conj) -> bool:
    """Whether the contrasting conjunct ``conj`` has a subject of its own that is no
    pronoun: a clause about another party ("won approval on Thursday, | but *investors* may
    find the hard part has only begun") sets a new matter beside the act, it neither denies
    nor limits it; "but remains open", "yet *he* played on" speak of the same one."""
    subj = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.pos_ != "PRON" for c in subj) or _expletive_it(conj, subj)


def _other_act_denied(verb, conj) -> bool:
    """Whether the contrasting conjunct ``conj`` denies another act than ``verb``'s (a
    negated verb of another lemma and sense, :func:`consilience.lexicon.same_sense`): "put
    out a high-water advisory, | but it *did not order* a drawdown" says what was not done
    besides; the advisory stands. "approved the plan but did not approve the budget" (one
    act) and "was damaged but is still standing" (no denial) still limit the cited words."""
    if conj.pos_ != "VERB" or not any(c.dep_ == "neg" for c in conj.children):
        return False
    a, b = verb.lemma_.lower(), conj.lemma_.lower()
    return a != b and not lexicon.same_sense(a, b, "v")


def _expletive_it(conj, subj: list) -> bool:
    """Whether the conjunct ``conj`` is an "it" clause about a clause ("but *it* is not
    known *whether* the wind played any part"): its "it" stands for that clause, no party."""
    clausal = any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in conj.children)
    return clausal and any(c.lower_ == "it" for c in subj)
