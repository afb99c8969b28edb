"""Dated earlier occurrences and look-back spans: which act a past date belongs to.

News dates the background of a story by its earlier occurrences: "the last national strike,
in 2002", "the first eruption since 1987", "an earlier attack in 2019", "the 1998 flood",
"the trust was previously hit in 2019", "it is not the first time ...: ... in 2021". Two
articles that date such an earlier occurrence differently disagree about one act, whatever
verbs they use. And a span counted back from the report ("the third seizure in two years",
"twice in the past five years") is a length of time, not the date two years ahead.

This module reads the parse (spaCy tokens) and gives:

* :func:`dated_event_noun` -- the event noun a date modifies directly ("the 1998 flood",
  "a 2019 breach", "an attack in 2021");
* :func:`anterior_noun` -- "the last / previous / earlier X, in 2002": the event noun X whose
  earlier occurrence the date gives;
* :func:`prior_occurrence` -- whether the dated clause tells an earlier occurrence of an act
  (an anterior word on its verb or noun, or "not the first (time)" in its sentence);
* :func:`before_a_repeat` -- "the third derailment in five years, after a train left the
  tracks in 2019": an earlier occurrence named after a repeat;
* :func:`when_clause_event` -- "had an accident in 2016, when a gas explosion injured four
  men": the act a "when" clause on a date tells;
* :func:`next_occurrence` -- "the next meeting on November 12": the next of a series;
* :func:`look_back` -- whether "in <number> <unit>" counts back (a count, an ordinal or a
  superlative on the noun it modifies, or a clause not in the future).

Anterior words are a closed class of adjectives of order in time (and their "-ly" adverbs):
:data:`ANTERIOR`. Whether a noun names something that happens is WordNet's
(:func:`consilience.date_act_lexicon.is_happening`).
"""

from __future__ import annotations

import functools

from . import lexicon
from .date_act_lexicon import is_happening, is_person_noun

#: adjectives (and, with "-ly", adverbs) placing an occurrence before the reported one:
#: "the previous strike", "an earlier attack", "was previously hit", "had struck before"
ANTERIOR = frozenset({"previous", "earlier", "prior", "last", "before", "former", "once"})
#: dependencies by which a date modifies the noun it dates ("the 1998 flood", "2019 breach")
NOUN_DATE_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
#: entity labels of a noun that is part of a date, not an event it dates ("Friday evening")
TIME_ENTS = frozenset({"DATE", "TIME"})
#: prepositions by which a date dates the noun it follows ("an attack in 2021")
DATING_PREPS = frozenset({"in", "on"})
#: words of a count or rank on a noun that make "in two years" a span counted back
RANK_TAGS = frozenset({"JJS", "RBS", "CD"})
#: words introducing a clause or phrase that happened before the one it attaches to ("the
#: second fire in a decade, after a blaze in 2017", "following a derailment in 2019")
BEFORE_WORDS = frozenset({"after", "following", "since"})
#: the rank of an occurrence that has none before it
FIRST = "first"
#: adjectives placing an occurrence after the reported one, the next of a series: "the next
#: hearing", "the upcoming vote", "its following session"
POSTERIOR = frozenset({"next", "upcoming", "following", "coming", "subsequent"})
#: dependencies of the noun an act is done to or by on its verb ("the next decision will be
#: announced on 5 May", "the next vote is due on Friday")
ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _anterior_word(tok) -> bool:
    """``tok`` places an occurrence before another: an :data:`ANTERIOR` word, or its "-ly"
    adverb ("previously")."""
    word = tok.lower_
    return word in ANTERIOR or (word.endswith("ly") and word[:-2] in ANTERIOR)


def _event(tok, tagged: bool = True) -> bool:
    """``tok`` is a noun naming something that happens (a number modifying it makes it a
    noun whatever its tag, ``tagged`` False: "the 1996 rockslide")."""
    if tok is None or (tagged and tok.pos_ != "NOUN"):
        return False
    return is_happening(tok.lemma_.lower())


def _holder(span):
    """The token the date ``span`` hangs on: the head of its preposition ("an attack in
    2021" -> "attack"), or the head of the date itself ("the 1998 flood" -> "flood")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i != root.head.i:
        return root.head.head, root.head
    if root.dep_ in NOUN_DATE_DEPS and root.head.i != root.i:
        return root.head, None
    return None, None


#: nouns of a stretch of a day a date is given through ("in the early hours of Thursday",
#: "on the night of 3 May"): the phrase dates what the stretch hangs on
PART_OF_DAY_NOUNS = frozenset({"hour", "morning", "afternoon", "evening", "night", "dawn"})


def _through_part_of_day(holder, prep):
    """``(holder, prep)`` of :func:`_holder`, read through a stretch of a day: a date that
    is the "of" object of :data:`PART_OF_DAY_NOUNS` ("the theft ... in the early hours of
    Thursday") hangs on what that stretch hangs on ("theft", "in"); else unchanged."""
    if holder is None or prep is None or prep.lower_ != "of":
        return holder, prep
    if holder.lemma_.lower() not in PART_OF_DAY_NOUNS or holder.dep_ != "pobj":
        return holder, prep
    outer = holder.head
    if outer.dep_ != "prep" or outer.head.i == outer.i:
        return holder, prep
    return outer.head, outer


def dated_event_noun(span):
    """The event noun the date ``span`` modifies directly ("the 2004 avalanche", "a 2019
    breach", "an attack in 2021", "the volcano's last eruption, in 1991"), else None. The
    noun must name an event in WordNet, so "the 2019 model" or "a 1998 building" give
    None; a date modifies a noun directly only as a year ("Saturday evening", "Friday's
    match" are no such noun), and through "in" or "on" only ("cleared before the match")."""
    holder, prep = _through_part_of_day(*_holder(span))
    if holder is not None and holder.ent_type_ not in TIME_ENTS:
        year = prep is None and span.root.like_num and len(span) == 1
        if year and _event(holder, tagged=False):
            return holder
        if prep is not None and prep.lower_ in DATING_PREPS and _event(holder):
            return holder
    planned_for = _event_set_for(*_holder(span))
    if planned_for is not None:
        return planned_for
    subject = _parenthetical_subject(span) or _copula_subject(span)
    return subject if _event(subject) else None


def event_object_date(span):
    """The event noun the date ``span`` is the day of, when a verb sets or announces that
    event (:func:`_event_set_for`), else None."""
    return _event_set_for(*_holder(span))


def _perfect_telling(verb) -> bool:
    """``verb`` tells of an event in the present perfect ("have announced", "has called";
    not "had"): a verb of communicating in WordNet (within four hypernym steps of its first
    three senses: "announce", "call", "publish"; not "launch", "hold", "open", which do the
    event itself)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ != "VBN" or not any(a in ("has", "have", "'ve", "'s") for a in auxes):
        return False
    return lexicon.reaches(verb.lemma_.lower(), "v", _communicating(), first=3, depth=4)


@functools.lru_cache(maxsize=1)
def _communicating() -> frozenset[int]:
    """The first two WordNet senses of "communicate" (synset offsets)."""
    return frozenset(lexicon.senses("communicate", "v")[:2])


def _event_set_for(holder, prep):
    """The event noun a date is the day of: after "for" ("called a strike for December
    10", "a hearing for Monday": the date hangs on the noun, or on the verb right after
    the noun as its object, where the parser often attaches it), or after "on" / "in"
    right after the object of a verb of telling in the present perfect ("have announced
    a strike on 10 December": a present perfect takes no definite past time, so the date
    is the event's, :func:`_perfect_telling`), else None. The act so dated is the event, not the calling of it."""
    if holder is None or prep is None:
        return None
    word = prep.lower_
    if word == "for" and _event(holder):
        return holder
    if holder.pos_ == "NOUN":  # "have announced a walkout on 3 March": "on" on the noun
        told = holder.dep_ == "dobj" and _perfect_telling(holder.head)
        return holder if word in DATING_PREPS and told and _event(holder) else None
    if holder.pos_ != "VERB":
        return None
    if word != "for" and not (word in DATING_PREPS and _perfect_telling(holder)):
        return None
    before = holder.doc[prep.i - 1]
    obj = next((c for c in holder.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is not None and (obj.i == before.i or obj.is_ancestor(before)) and _event(obj):
        return obj
    return None


def _copula_subject(span):
    """ "The last confirmed sighting was in 1958", "The vote is on Tuesday": a date that is
    the predicate of "be" (through "in" or "on") dates that verb's subject; its head noun,
    else None."""
    holder, prep = _holder(span)
    if holder is None or prep is None or prep.lower_ not in DATING_PREPS:
        return None
    if holder.lemma_.lower() != "be" or holder.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in holder.children if c.dep_ == "nsubj" and c.i < prep.i), None)


def _parenthetical_subject(span):
    """ "The last national strike, in 2002, lasted nine days": a date set off by commas right
    after the subject of the verb it hangs on dates that subject; its head noun, else
    None."""
    holder, prep = _holder(span)
    if holder is None or prep is None or holder.pos_ not in ("VERB", "AUX"):
        return None
    doc = span.doc
    before = doc[prep.i - 1] if prep.i > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is None or before.text != "," or after is None or after.text != ",":
        return None
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((s for s in subjects if s.i < prep.i and s.right_edge.i == prep.i - 2), None)


def anterior_noun(span):
    """The event noun whose earlier occurrence the date ``span`` gives: the noun it dates
    (:func:`dated_event_noun`) carrying an anterior word ("the last strike, in 2002", "a
    previous outbreak in 2015"), else None."""
    noun = dated_event_noun(span)
    if noun is None:
        return None
    return noun if any(_anterior_word(c) for c in noun.children if c.dep_ == "amod") else None


def prior_occurrence(span, verb) -> bool:
    """The clause of the date ``span`` (governed by ``verb``, or None) tells an earlier
    occurrence of an act: an anterior noun (:func:`anterior_noun`), an anterior adverb on the
    verb ("was previously hit in 2019", "had flooded once before, in 2004"), or a negated
    "first" in the sentence ("It is not the first time ...: ... in 2021")."""
    if anterior_noun(span) is not None:
        return True
    if verb is not None and any(c.dep_ == "advmod" and _anterior_word(c) for c in verb.children):
        return True
    return _not_the_first(span.sent) or before_a_repeat(span)


def before_a_repeat(span) -> bool:
    """The date ``span`` is in a phrase or clause introduced by a word of order in time
    (:data:`BEFORE_WORDS`) attached to a clause that ranks its act as a repeat: "It is the
    third derailment in five years, after a train left the tracks in 2019", "the second fire
    in a decade, following a blaze in 2017". An ordinal other than "first" outside that
    phrase makes the dated act an earlier occurrence."""
    intro = _before_phrase(span)
    if intro is None:
        return False
    inside = {t.i for t in intro.subtree}
    return any(
        t.ent_type_ == "ORDINAL" and t.lower_ != FIRST and t.i not in inside for t in span.sent
    )


def _before_phrase(span):
    """The head of the phrase or clause holding the date ``span`` that a word of
    :data:`BEFORE_WORDS` introduces (the preposition itself, "following a fire in 2017",
    or the verb it marks, "after a train left the tracks in 2019"), else None."""
    for tok in [span.root, *span.root.ancestors]:
        if tok.lower_ in BEFORE_WORDS and tok.dep_ == "prep" and tok.i < span.start:
            return tok
        if any(c.dep_ == "mark" and c.lower_ in BEFORE_WORDS for c in tok.children):
            return tok
    return None


def when_clause_event(span):
    """The act a "when" clause on the date ``span`` tells happened then ("had an accident in
    2016, when a gas explosion injured four men" -> "explosion"; "in 2011, when it sang in
    four cathedrals" -> "sang"): the clause's subject if it names something that happens,
    else its verb; None without such a clause. The clause may hang on the date, on the
    verb the date hangs on, or, for a date opening its sentence, on the sentence's main
    verb (whatever the parser hung the date on)."""
    holder, _prep = _through_part_of_day(*_holder(span))  # "On the evening of Friday"
    owners = [span.root] + ([holder] if holder is not None and holder.pos_ in ("VERB", "AUX") else [])
    if span.start - span.sent.start <= 1:  # "On 9 June 2037 fourteen students ... were ...":
        owners.append(span.sent.root)  # a date opening its sentence dates the main clause
    for clause in (c for owner in owners for c in owner.children):
        if clause.dep_ not in ("relcl", "advcl"):
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
            continue
        if clause.pos_ == "NOUN" and _event(clause):
            return clause  # "when a sudden blizzard swept in": the noun made the clause head
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject if _event(subject) else clause
    return None


def _not_the_first(sent) -> bool:
    """ "not the first time", "isn't the first": "first" on the attribute of a negated
    copula."""
    for tok in sent:
        if tok.lower_ != "first" or tok.head.dep_ != "attr":
            continue
        verb = tok.head.head
        if any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def look_back(span, ahead: bool) -> bool:
    """ "in <number> <unit>" at ``span`` counts back from the report, so it is no date: the
    span says so ("in the past two years"), the noun it modifies carries a count, an ordinal or a superlative ("the third seizure
    in two years", "the biggest fall in ten years"), or its clause does not look ahead
    (``ahead`` False: "has risen twice in three years", "it is the fourth in five years")."""
    if any(t.lower_ == "past" or _anterior_word(t) for t in span):
        return True  # "in the past two years", "in the last five years"
    holder, prep = _holder(span)
    if prep is not None and holder is not None and _ranked(_counted_noun(holder)):
        return True
    return not ahead


def _counted_noun(tok):
    """The noun ``tok`` is or whose relative clause it heads ("the fourth to close the pass
    in three years" -> "fourth")."""
    while tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _ranked(tok) -> bool:
    """``tok`` is a rank or count ("the fourth"), or a noun carrying one ("the third seizure",
    "the biggest fall")."""
    if tok.ent_type_ == "ORDINAL" or tok.tag_ in RANK_TAGS:
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    ranks = [c for c in tok.children if c.dep_ in ("amod", "nummod", "advmod")]
    return any(c.tag_ in RANK_TAGS or c.ent_type_ == "ORDINAL" for c in ranks)


def next_occurrence(span):
    """The event noun whose next occurrence the date ``span`` gives ("the next meeting on
    November 12", "the next decision will be announced on 5 November", "its next vote is due
    on Friday"): the noun the date hangs on, or else the subject or object of the verb it
    hangs on (or the object of its preposition: "can come to the upcoming open night on June
    16"), carrying a :data:`POSTERIOR` adjective (the next of a series of occurrences,
    whatever the noun: "session", "sailing", "payment"); never the date's own noun ("would
    pass it on from next month"); else None."""
    holder, _prep = _holder(span)
    if holder is None or holder.ent_type_ in TIME_ENTS:
        return None
    nouns = [holder] if holder.pos_ == "NOUN" else []
    if holder.pos_ in ("VERB", "AUX"):
        args = [c for c in holder.children if c.dep_ in ARG_DEPS]
        args += [g for c in holder.children if c.dep_ == "prep" for g in c.children]
        nouns = [t for t in args if t.pos_ == "NOUN" and t.dep_ in ARG_DEPS | {"pobj"}]
    # the date's own noun is no act: "from next month" is a deictic date, not a next one
    nouns = [n for n in nouns if not span.start <= n.i < span.end]
    found = next((n for n in nouns if any(_posterior(c) for c in n.children)), None)
    return found if found is not None else next_act_verb(span)


def next_act_verb(span):
    """The verb the date ``span`` hangs on when a posterior adverb makes it the next of a
    series of occurrences ("The board next meets on January 21", "plays next on Saturday"),
    else None. A past verb is no plan: "he next appeared on Tuesday" tells what followed."""
    holder, _prep = _holder(span)
    if holder is None or holder.pos_ not in ("VERB", "AUX") or holder.tag_ in ("VBD", "VBN"):
        return None
    nexts = [c for c in holder.children if c.dep_ == "advmod" and c.lower_ in POSTERIOR]
    return holder if nexts else None


def _posterior(tok) -> bool:
    return tok.dep_ == "amod" and tok.lower_ in POSTERIOR


def titled_person(span) -> bool:
    """A year that modifies a noun naming a person directly ("beating the 2025 winner
    Harbour Bell", "the 2019 champion", "the party's 2020 nominee"): it names a title held,
    not an act of the story, so it dates no event. A person noun is one whose first WordNet
    sense lies under person (:func:`consilience.date_act_lexicon.is_person_noun`)."""
    holder, prep = _holder(span)
    if holder is None or prep is not None or len(span) != 1 or not span.root.like_num:
        return False
    return holder.pos_ == "NOUN" and is_person_noun(holder.lemma_.lower())
