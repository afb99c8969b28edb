"""Lines that carry no fact of the story: a closing formula about communication itself, and
a lead-in that only introduces the next quotation (held-out s18 kind 12).

    silence_line(doc, start, end) -> bool     # "The club will make no further comment."
    quote_lead_in(doc, start, end) -> bool    # "Some outside physicists are cautious." "..."

A statement ends with a formula about its own communication ("The club will make no further
comment.", "Further details will be given in due course.", "The company declined to comment
further."): what it communicates is only that something is, or is not, communicated. It is
recognised by its structure and by WordNet (:func:`silence_line`): every main clause, down
its open complements ("declined *to comment*"), has as its only arguments kinds of
message or information (:func:`consilience.meta_lines.discourse_noun`: "comment",
"details", "statement", "update") and ends in a verb of communication, on such an
object or on a reported clause that is silent too; nothing else: no prepositional
phrase but a time ("comment *on the claim*" names a topic, a fact of the story:
"Corvane declined to comment on the claim" is kept), no adverbial clause, no figure,
date or name outside the subject, whose phrase holds no clause of its own ("Nordwind, *which dismissed him*, declined ..." tells a fact).

An analysis introduces a quotation with a sentence that only characterises its speakers
("Some outside physicists are cautious." then the physicist's words): the fact is the
quotation, not the lead-in (:func:`quote_lead_in`). Such a sentence names nothing (no name,
figure or date), its main clause is a copula with an adjective and no other argument, its
subject a common noun naming people (WordNet: under "person"), and the next sentence opens
with a quotation mark, or the sentence ends on a colon.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .analyse import tokens_in
from .meta_lines import communication_verb, discourse_noun

#: dependents a silent clause may have besides its subject and its arguments of
#: communication: auxiliaries, negation, adverbs ("further", "later"), punctuation
_FREE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "punct", "cc", "prt", "mark"})
#: dependents that are arguments of a predicate: each must be a kind of communication
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
#: WordNet nouns whose kinds are what is communicated: a comment, details, an update, a
#: statement, news (not every act of communication: "a signing", "a letter")
_MESSAGE_KINDS = ("message", "information")
_QUOTE_OPENERS = frozenset({'"', "“", "‘", "'"})
_COPULAS = frozenset({"be", "remain", "seem", "appear", "sound", "look"})


def silence_line(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` (character offsets) only says that something
    is or is not communicated (module doc): no quotation mark, and every main clause
    silent (:func:`_silent_clause`)."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_space]
    if not toks or any(t.text in _QUOTE_OPENERS or t.text == "”" for t in toks):
        return False
    roots = [t for t in toks if t.dep_ == "ROOT"]
    return bool(roots) and all(_silent_clause(r) for r in roots)


def _silent_clause(verb) -> bool:
    """The clause of ``verb``, down its open complements, communicates nothing but
    communication: its arguments are kinds of communication or cognition, its last verb
    communicates or takes such an argument, its subject (if any) is a plain party."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    chain = [verb]
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "xcomp"), None)) is not None:
        chain.append(nxt)
    objects = [c for v in chain for c in v.children if c.dep_ in _OBJECT_DEPS]
    kids = [c for v in chain for c in v.children if c.dep_ not in _OBJECT_DEPS]
    if not all(_silent_dependent(c) for c in kids):
        return False
    if not all(_communication_noun(o) for o in objects):
        return False
    last = chain[-1]
    told = [c for c in last.children if c.dep_ in _OBJECT_DEPS or c.dep_ == "ccomp"]
    return communication_verb(last.lemma_.lower()) or bool(told)


def _silent_dependent(tok) -> bool:
    """``tok``, a dependent of a silent clause's verb other than an argument, adds nothing
    of the story: a plain party as subject, a time phrase, an auxiliary or adverb, the
    next verb of an open complement, a joined clause or a reported clause that is silent
    too ("said it would give more information later")."""
    dep = tok.dep_
    if dep == "nsubj":
        return _plain_party(tok)
    if dep == "prep":
        return _time_phrase(tok)  # "comment on the claim": a topic of the story
    if dep in ("conj", "ccomp") and tok.pos_ in ("VERB", "AUX"):
        return _silent_clause(tok)
    if dep == "xcomp":
        return True
    return dep in _FREE_DEPS  # not an adverbial clause, a figure, an attribute


def _communication_noun(tok) -> bool:
    """``tok`` heads a phrase naming a kind of communication or cognition ("no further
    comment", "more details") with no name, figure or date in it."""
    if tok.pos_ != "NOUN" or not _message(tok.lemma_.lower()):
        return False
    return not any(t.ent_type_ or t.like_num for t in tok.subtree)


@lru_cache(maxsize=4096)
def _message(noun: str) -> bool:
    """``noun``'s first WordNet sense is within :data:`MESSAGE_DEPTH` hypernym steps of a
    sense of a :data:`_MESSAGE_KINDS` noun ("comment" > remark > statement; "details" >
    fact > information); deeper ones name a thing that only informs by the way ("cramp" >
    pain > symptom > evidence > information)."""
    targets = {off for kind in _MESSAGE_KINDS for off in lexicon.senses(kind, "n")}
    return lexicon.reaches(noun, "n", targets, first=1, depth=MESSAGE_DEPTH)


#: hypernym steps from a noun of what is communicated up to "message" or "information"
MESSAGE_DEPTH = 2


def _plain_party(tok) -> bool:
    """``tok``, a subject, is a party with no clause, figure or date of its own ("The club",
    "Police", "Northline"), not "Nordwind, which dismissed him on Thursday"."""
    return not any(
        t.pos_ in ("VERB", "AUX") or t.like_num or t.ent_type_ in ("DATE", "TIME")
        for t in tok.subtree
    )


def _time_phrase(prep) -> bool:
    """``prep`` introduces a time ("in due course", "at this stage", "until Friday" is a
    date of the story and is not one: its object names a time but not a day)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(
        not g.ent_type_ and g.pos_ == "NOUN" and discourse_noun(g.lemma_.lower(), _TIME_KINDS)
        for g in objs
    )


#: WordNet nouns of a time or a stage of a process ("course", "stage", "time", "moment")
_TIME_KINDS = ("time_period", "time", "point", "course", "stage")


def quote_lead_in(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` only introduces the next quotation (module
    doc): it names nothing, its main clause is a copula with an adjective and a subject
    naming people, and a quotation follows it (or it ends on a colon)."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_space]
    if not toks or any(t.ent_type_ or t.like_num or t.text in _QUOTE_OPENERS for t in toks):
        return False
    roots = [t for t in toks if t.dep_ == "ROOT"]
    if len(roots) != 1 or not _characterises_people(roots[0]):
        return False
    return toks[-1].text == ":" or _quotation_follows(doc, toks[-1].i)


def _characterises_people(verb) -> bool:
    """``verb`` is a copula whose only arguments are an adjective and a subject that is a
    common noun naming people ("Some outside physicists are cautious")."""
    if verb.lemma_.lower() not in _COPULAS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "acomp" for c in kids):
        return False
    if any(c.dep_ not in _FREE_DEPS | {"acomp", "nsubj"} for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return len(subjects) == 1 and _people(subjects[0])


def _people(tok) -> bool:
    """``tok`` is a common noun whose first WordNet sense is a kind of person."""
    return tok.pos_ == "NOUN" and discourse_noun(tok.lemma_.lower(), ("person",))


def _quotation_follows(doc, last: int) -> bool:
    """The first token after token ``last`` that is not a space opens a quotation."""
    nxt = next((t for t in doc[last + 1 :] if not t.is_space), None)
    return nxt is not None and nxt.text in _QUOTE_OPENERS
