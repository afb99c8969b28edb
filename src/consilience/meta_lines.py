"""Meta lines: sentences about the reporting itself, not about the story's events.

    meta_line(doc, start, end) -> bool   # "Accounts of its size differ."

An analysis or a live blog links its facts with connective sentences that state no fact:
"Estimates vary.", "Details remain sketchy.", "Which version is right may never be clear."
Such a sentence is never a unique fact, a headline or a summary line (held-out s13 kind
10). It is recognised by its structure and by WordNet, not by its words:

* it gives **no argument of the story**: no named entity, no number, no date or time (an
  entity that asks for one, "at what hour", gives none);
* its main clause's **subject is the reporting**: a clause ("*Which account was right*
  may never be clear") or a noun whose first WordNet sense is a kind of communication
  or of cognition (:data:`DISCOURSE_KINDS`: "account", "report", "estimate",
  "valuation", "detail", "version"), through the hypernyms of
  :mod:`consilience.lexicon`;
* its **predicate takes nothing else**: a copula with an adjective ("are even less
  certain") or an active verb with no object, clausal complement or agent ("differ",
  "vary"), and so does every clause joined to it; a passive tells an act done to the
  subject ("No new talks have been scheduled" is a fact):
  "Reports say the bridge fell" (a complement) or "The report found defects" (an object)
  tell a fact through their report and are not meta lines.

Source of the kinds: Princeton WordNet 3.0's top nouns under "abstraction" (Miller 1995).
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .analyse import tokens_in

#: WordNet nouns whose hyponyms are what is said or known about something rather than a
#: thing of the story: communication (message, account, report, statement, figure) and
#: cognition (knowledge, estimate, valuation, detail)
DISCOURSE_KINDS = ("communication", "cognition")
#: steps up WordNet's hypernyms searched (the deepest path from a news noun to
#: "cognition" seen is 8: estimate > calculation > ... > cognition)
DEPTH = 12
#: dependents that give a predicate an argument of its own: an object, a clausal
#: complement, an agent, a dative, an object predicate
_ARGUMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "agent", "dative", "oprd", "attr"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COPULAS = frozenset({"be", "remain", "seem", "appear", "look", "become", "stay"})
#: interrogative words: an entity holding one asks for a date or a name ("at what hour")
#: and gives none
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: entity labels that are no argument of the story (an ordinal: "the first account")
_NO_ARGUMENT_LABELS = frozenset({"ORDINAL"})


def meta_line(doc, start: int, end: int) -> bool:
    """The text ``start:end`` of ``doc`` (an article's parse; character offsets) is a
    sentence about the reporting (module doc): no entity, number or date; a main clause
    whose subject is a clause or a discourse noun (:func:`discourse_noun`) and whose
    predicate is a copula with an adjective or a verb with no argument."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_space]
    asked = {t.i for ent in doc.ents if any(w.tag_ in _WH_TAGS for w in ent) for t in ent}
    if not toks or any(_argument_token(t) and t.i not in asked for t in toks):
        return False
    roots = [t for t in toks if t.dep_ == "ROOT"]
    return bool(roots) and all(_meta_clause(r) for r in roots)


def _argument_token(tok) -> bool:
    """``tok`` names something of the story: a named entity, a number, a date or time."""
    if tok.ent_type_ in _NO_ARGUMENT_LABELS:
        return False
    return bool(tok.ent_type_) or tok.like_num or tok.pos_ == "NUM"


def _meta_clause(verb) -> bool:
    """The clause headed by ``verb`` has the reporting as subject and no other argument."""
    kids = list(verb.children)
    if any(c.dep_ in _ARGUMENT_DEPS for c in kids):
        return False
    if verb.lemma_.lower() in _COPULAS and not any(c.dep_ == "acomp" for c in kids):
        return False  # "The find is treasure" (an attribute), "It was there"
    if any(c.dep_ == "csubj" for c in kids):
        return True  # "Which account was right may never be clear"
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _meta_clause(c) for c in kids):
        return False  # "..., and neither side has signalled it will move": a fact joined
    subjects = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and all(
        s.dep_ == "nsubj" and s.pos_ == "NOUN" and discourse_noun(s.lemma_.lower())
        for s in subjects
    )


def attention_line(doc, start: int, end: int) -> bool:
    """The text ``start:end`` of ``doc`` is told about the public's or the reporters'
    attention rather than the events: the subject of its main clause is a noun whose first
    WordNet sense is a kind of cognition ("Attention has turned to a report ...", "Focus
    has shifted to ..."), whatever else the sentence names. A headline is such a line only
    when no other line is left (:func:`consilience.summary._pick_headline`)."""
    roots = [t for t in tokens_in(doc, start, end) if t.dep_ == "ROOT"]
    return bool(roots) and all(any(_cognition_subject(c) for c in r.children) for r in roots)


def _cognition_subject(tok) -> bool:
    """``tok`` is a subject naming a kind of cognition; a capitalised common noun the tagger
    read as a name ("Focus has shifted") counts when it is no entity."""
    if tok.dep_ != "nsubj" or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
        return False
    return discourse_noun(tok.lemma_.lower(), COGNITION)


#: the kinds of :func:`attention_line`: what is thought, not what is said ("report" and
#: "statement" are communication and may head a headline: "The report blamed the pilots")
COGNITION = ("cognition",)


@lru_cache(maxsize=4096)
def discourse_noun(noun: str, kinds: tuple[str, ...] = DISCOURSE_KINDS) -> bool:
    """The first WordNet sense of ``noun`` is, within :data:`DEPTH` hypernym steps, one of
    the senses of a ``kinds`` noun (default :data:`DISCOURSE_KINDS`: "account" -> record ->
    evidence -> indication -> communication). Unknown words are not."""
    targets = {off for kind in kinds for off in lexicon.senses(kind, "n")}
    synsets = lexicon.table()["synsets"]["n"]
    frontier = set(lexicon.senses(noun, "n")[:1])
    seen: set[int] = set()
    for _ in range(DEPTH):
        if frontier & targets:
            return True
        seen |= frontier
        frontier = {h for off in frontier for h in synsets[off][1]} - seen
        if not frontier:
            return False
    return bool(frontier & targets)
