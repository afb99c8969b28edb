"""The day a rule or an arrangement takes effect: "the ban takes effect on 1 July", "the levy
comes into force in January", "the law, which will apply from next July", "From 1 March,
nurses will work 36 hours".

Articles date the onset of one new state with other verbs: "take effect", "come (enter, go)
into force (effect, operation)", "apply from", or any clause still ahead whose date is
introduced by "from" ("as of", "starting") with no end after it ("from May to June" is a
span). The onset's thing is the subject of the clause, followed up through a raising verb
("The ban appears to come into force in 2028": the ban) and from a relative pronoun to its
noun ("the ban, which will apply from July": the ban).

:func:`onset` reads one date's onset (a spaCy span in, None or the thing out);
:func:`same_onset` tells two onsets of one thing, which :mod:`consilience.dates` compares as
one act when both lie ahead of their reports.
"""

from __future__ import annotations

from typing import NamedTuple

from .cues import EVENT_ANAPHOR_NOUNS

#: the noun after "into" that makes "come / enter / go / bring / put into X" an onset
ONSET_STATES = frozenset({"force", "effect", "operation"})
#: verbs that take an onset noun after "into"
INTO_VERBS = frozenset({"come", "enter", "go", "bring", "put"})
#: words before a date that make it the start of a state
FROM_WORDS = frozenset({"from", "starting", "beginning"})
#: words after such a date that make it the start of a span instead ("from May to June")
SPAN_ENDS = frozenset({"to", "until", "till", "through", "and", "-", "–"})
_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVES = frozenset({"which", "that", "who"})
#: subject pronouns that point back to a thing ("it comes into force in June")
ANAPHOR_PRONOUNS = frozenset({"it", "this"})


def _takes_effect(verb) -> bool:
    """``verb`` names an onset by itself: "take effect", "come into force"."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "effect" for c in kids):
        return True
    if lemma not in INTO_VERBS:
        return False
    return any(
        c.lower_ == "into" and any(g.lemma_.lower() in ONSET_STATES for g in c.children)
        for c in kids
    )


def _from_date(span) -> bool:
    """The date ``span`` follows "from" (or "starting", "beginning", "as of") and no span
    end follows it."""
    doc = span.doc
    k = span.start
    before = doc[k - 1].lower_ if k >= 1 else ""
    first = span[0].lower_
    as_of = k >= 2 and doc[k - 2].lower_ == "as" and before == "of"
    if not (before in FROM_WORDS or first in FROM_WORDS or as_of):
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after not in SPAN_ENDS


class Onset(NamedTuple):
    """The thing whose onset a date gives: its head noun's lemma ("" when the subject is no
    noun) and the lemmas that tell it from others of its kind ("the ban on terraces":
    {"terrace"}; compounds, adjectives and the nouns of its prepositional phrases)."""

    head: str
    marks: frozenset[str]
    proper: bool = False
    pronoun: bool = False


def _marks(noun) -> frozenset[str]:
    """Lemmas of ``noun``'s compounds, adjectives and prepositional objects."""
    out = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        out |= {g.lemma_.lower() for g in prep.children if g.dep_ == "pobj"}
        out |= {x.lemma_.lower() for g in prep.children for x in g.conjuncts}
    return frozenset(out)


def _named(noun) -> Onset:
    if noun.lower_ in ANAPHOR_PRONOUNS:
        return Onset("", frozenset(), pronoun=True)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return Onset("", frozenset())
    return Onset(noun.lemma_.lower(), _marks(noun), noun.pos_ == "PROPN")


#: dependencies through which a clause's subject is its head's ("appears to apply")
_RAISED = frozenset({"xcomp", "ccomp", "conj"})


def _infinitive_clause(tok) -> bool:
    """``tok`` heads a "to" infinitive parsed as an adverbial clause ("The charge appears,
    by the text, to come into force": spaCy may attach "come" as ``advcl``)."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _subject_noun(verb) -> Onset:
    """``verb``'s subject noun (:class:`Onset`), followed up through the verbs it is the
    complement of and from a relative pronoun to its noun; head "" when none is a noun."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            if subj.lower_ in _RELATIVES and tok.dep_ == "relcl":
                subj = tok.head
            return _named(subj)
        if tok.dep_ == "relcl":
            return _named(tok.head)
        if tok.head.i == tok.i or not (tok.dep_ in _RAISED or _infinitive_clause(tok)):
            break
        tok = tok.head
    return Onset("", frozenset())


def onset(span, verb) -> Onset | None:
    """The thing whose onset the date ``span`` (a spaCy span) gives, dated on ``verb`` (its
    governing verb, a spaCy token or None): the subject (:class:`Onset`, head "" when it is
    no noun), None for no onset. Whether the onset lies ahead is the caller's to
    check (a rule that "took effect in 2019" is a past onset)."""
    if verb is None:
        return None
    if _takes_effect(verb) or _from_date(span):
        return _subject_noun(verb)
    return None


def same_onset(a: Onset | None, b: Onset | None) -> bool:
    """Two onsets (as :func:`onset` gives them) of one thing: both named, the same head
    noun, and their marks, when both have some, shared ("the ban on terraces" / "the ban
    on beaches" are two bans)."""
    if a is None or b is None or not a.head or a.head != b.head:
        return False
    return not (a.marks and b.marks and not a.marks & b.marks)


def _anaphor(o: Onset | None) -> bool:
    """``o`` is told by a noun referring back to the story's event ("the change", "the
    measure": :data:`consilience.cues.EVENT_ANAPHOR_NOUNS`) with nothing to tell it apart,
    or by a pronoun ("it comes into force in June")."""
    if o is None:
        return False
    return o.pronoun or (o.head in EVENT_ANAPHOR_NOUNS and not o.marks)


def resolve_anaphors(onsets: list[Onset | None]) -> list[Onset | None]:
    """The onsets of one story's dates (:func:`onset`, None for no onset) with those told
    by an event anaphor or a pronoun ("The change comes into force in June", "it applies
    from June") read as the onset of the story's one rule, when every other onset told by
    a common noun names that one thing
    ("the new limit will take effect on 1 April"); unchanged when the story names none or
    two ("the speed limit", "the parking fees"): the anaphor could point at either."""
    heads = {
        o.head for o in onsets if o is not None and o.head and not o.proper and not _anaphor(o)
    }
    if len(heads) != 1:
        return list(onsets)
    (head,) = heads
    return [Onset(head, frozenset()) if _anaphor(o) else o for o in onsets]
