"""Whose figure a number is, beyond the clause's own subject: a figure that a sentence only
compares its own figure with ("the fee beats the 40 million euros the club paid for a
winger", "compared with 3 million a year earlier", "up from 30 a week ago", "the previous
record of 12 seconds") belongs to another object or another time. It is a *reference*
figure: read, but never a reading of the article's property.

Works on a spaCy parse only (token dependencies and lemmas); no state.
"""

from __future__ import annotations

from .figure_records import record_broken

#: verbs whose object is the figure being outdone: "beats/surpasses/tops the 40 million"
SURPASS_VERBS = frozenset(
    {"beat", "surpass", "eclipse", "exceed", "top", "overtake", "outstrip", "break", "smash",
     "better", "dwarf", "trump", "shatter", "outdo", "double", "triple", "match"}
)  # fmt: skip
#: words that make a noun another (earlier) one: "the previous record", "the old high"
EARLIER_WORDS = frozenset({"previous", "old", "former", "prior", "earlier", "last"})
#: nouns that hold a figure being compared with: "the previous record of 40 million"
RECORD_NOUNS = frozenset({"record", "high", "best", "mark", "fee", "figure", "total", "peak"})
_COMPARE_WORDS = frozenset({"compared", "compare", "comparing", "versus", "vs", "vs."})
#: surpassing verbs that only ever take a level as their object (never a thing acted on, as
#: "smashed 30 windows" or "beat three rivals" do): "damage could top 80 million euros",
#: "losses are expected to exceed $2 billion"
EXCEED_VERBS = frozenset({"top", "exceed", "surpass", "outstrip", "eclipse"})
#: the dependencies of a figure that is such a verb's object ("surpass £3m." may be parsed
#: as a noun-phrase adverbial)
OBJECT_DEPS = frozenset({"dobj", "npadvmod"})
_NP_DEPS = frozenset({"compound", "nummod", "quantmod", "amod", "nmod"})


def figure_head(num_tok):
    """The head of the noun phrase a number token stands in: "40" in "the 40 million euros"
    -> "euros"; the number itself when it heads its phrase. (spaCy Token -> Token)"""
    tok = num_tok
    for _ in range(4):
        if tok.dep_ not in _NP_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def reference_cue(num_tok) -> str | None:
    """The cue that makes the figure at ``num_tok`` (a spaCy Token of the number) a figure
    of another object or time, or None when the figure is the clause's own: "beat"
    (object of a surpassing verb), "compared with", "up from", "than" and "against" (only
    with a definite phrase: "more than the 40 million paid for ...", "put the saving at $250
    million, against the $300 million the company announced"; not "more than 40 million",
    "160 votes against"),
    "previous record" (in or of a noun marked earlier)."""
    head = figure_head(num_tok)
    if head.dep_ == "dobj" and head.head.lemma_.lower() in SURPASS_VERBS:
        if not exceeded_bound(num_tok):
            return head.head.lemma_.lower()
    if head.dep_ == "pobj":
        cue = _prep_cue(head)
        if cue:
            return cue
    return _earlier_holder(head) or _earlier_items(head, num_tok)


#: words that put counted things before the event told: "three previous flights"
_BEFORE_WORDS = frozenset({"previous", "prior", "earlier"})


def _earlier_items(head, num_tok) -> str | None:
    """ "three previous flights", "its two earlier launches": things counted before the
    event the article tells, so another count than the story's own ("four flights" in all)."""
    if head.i == num_tok.i:
        return None
    for c in head.children:
        if c.dep_ == "amod" and c.lower_ in _BEFORE_WORDS and c.i > num_tok.i:
            return c.lower_
    return None


def exceeded_bound(num_tok) -> bool:
    """The figure at ``num_tok`` (a spaCy Token of the number) is a lower bound of the
    clause subject's own value: the indefinite object of a verb of going past a level
    (:data:`EXCEED_VERBS`): "the damage could top 80 million euros" (more than 80 million),
    "sales exceeded 40,000 units". A definite object is another's figure, compared with
    ("topped the 40 million paid for a winger", "exceeded its 2019 total of 300")."""
    head = figure_head(num_tok)
    return (
        head.dep_ in OBJECT_DEPS
        and head.head.lemma_.lower() in EXCEED_VERBS
        and not _definite(head)
        and _earlier_holder(head) is None
    )


def _prep_cue(head) -> str | None:
    """The comparison a preposition gives its object: "compared with/to X", "versus X",
    "up/down from X", "than the X ...", "against the X ..."."""
    prep = head.head
    word, gov = prep.lower_, prep.head
    if word in _COMPARE_WORDS or (word in ("with", "to") and gov.lower_ in _COMPARE_WORDS):
        return "compared with"
    if word == "from" and gov.lower_ in ("up", "down"):
        return f"{gov.lower_} from"
    if word in ("than", "against") and _definite(head):
        return word  # "more than the 40 million paid", "against the $300 million announced"
    return None


def _definite(head) -> bool:
    """The phrase names one known thing: "the/its 40 million" or one a clause describes
    ("the 40 million paid for ...", "£75m it had promised in the summer")."""
    return _contact_clause(head) or any(
        (c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")) or c.dep_ in ("relcl", "acl")
        for c in head.children
    )


#: words that end a figure's phrase after its number ("£75m", "40 million")
_SCALE_TAILS = frozenset({"m", "m.", "mn", "bn", "k", "million", "billion", "thousand"})


def _contact_clause(head) -> bool:
    """A clause with no relative word follows the figure and has it as its missing object
    ("against £75m it had promised", "$15m they had forecast"): see :func:`_contact_verb`."""
    return _contact_verb(head) is not None


def _contact_verb(head):
    """The verb of a clause with no relative word that follows the figure headed by
    ``head`` and has it as its missing object: a pronoun subject right after the figure's
    phrase whose verb, after it, has no object of its own; else None. The parser rarely
    attaches such a clause to the figure, so it is read from the word order."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].lower_ in _SCALE_TAILS:
        i += 1
    if i >= len(doc):
        return None
    subj = doc[i]
    verb = subj.head
    if (
        subj.dep_ == "nsubj"
        and subj.pos_ == "PRON"
        and verb.pos_ == "VERB"
        and verb.i > subj.i
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    ):
        return verb
    return None


#: verbs of giving a figure ahead of its time: "the £70 million it forecast in September"
FORECAST_VERBS = frozenset({"forecast", "predict", "promise", "expect", "project", "guide",
                            "budget", "pledge", "target", "anticipate", "estimate"})  # fmt: skip
#: the words added to a property's measure for its forecast given earlier
EARLIER_FORECAST = "forecast earlier"


def forecast_clause(last_tok) -> bool:
    """The figure whose last token is ``last_tok`` is described by a clause of forecasting
    (:data:`FORECAST_VERBS`): "down from the £70 million it forecast in September", "against
    £75m it had promised in the summer". Such a figure is the property's earlier forecast,
    which reports may give differently: a property of its own, not another's figure."""
    head = figure_head(last_tok)
    verbs = [c for c in head.children if c.dep_ in ("relcl", "acl")]
    contact = _contact_verb(head)
    if contact is not None:
        verbs.append(contact)
    return any(v.lemma_.lower() in FORECAST_VERBS for v in verbs)


def _earlier_holder(head) -> str | None:
    """ "the previous record of 40 million" (the figure in "of" a noun marked earlier) or
    "the previous record was 40 million" (the figure said of such a noun)."""
    holder = None
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "at"):
        holder = head.head.head
    elif head.dep_ == "attr" and head.head.lemma_ == "be":
        subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        holder = subjects[0] if subjects else None
    if holder is not None and holder.pos_ == "NOUN":
        before = [c.lower_ for c in holder.children if c.dep_ == "amod" and c.i < holder.i]
        if any(w in _BEFORE_WORDS for w in before):  # "an earlier proposal at 250 pence"
            return f"{next(w for w in before if w in _BEFORE_WORDS)} {holder.lower_}"
    if holder is None or holder.lemma_.lower() not in RECORD_NOUNS:
        return None
    earlier = [c.lower_ for c in holder.children if c.dep_ == "amod"]
    if any(w in EARLIER_WORDS for w in earlier):
        return f"{earlier[0]} {holder.lower_}"
    return record_broken(holder, head, SURPASS_VERBS)
