"""A figure of another time: the act it is an argument of is dated to a year before the article's.

"The find is the second-largest at the port, after 2.4 tonnes were seized in 2019": the 2.4
tonnes are the 2019 seizure's, not a reading of this week's haul. A figure that is the subject
or object of a verb (not the sentence, not an adjunct: "launched in 2019 at a cost of 340
million euros" keeps its cost) dated by a year earlier than the publication year
("in 2019", "in March 2021", "during 2018", "last year") belongs to another event; like the
figures a sentence only compares with (:mod:`consilience.figure_owners`), it is read but
never a reading of the story's property.

Works on a spaCy parse (token dependencies) and the publication date only; no state.
"""

from __future__ import annotations

import re

#: prepositions that date a clause: "seized in 2019", "during 2018"
_DATING_PREPS = frozenset({"in", "during"})
#: dependencies of a figure that is what the dated act was done to or by: "2.4 tonnes were
#: seized", "recovered 30 cannons"
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def _years_in(tok) -> list[int]:
    """The four-digit years in the phrase headed by ``tok`` ("March 2019" -> [2019])."""
    return [int(t.text) for t in tok.subtree if _YEAR.match(t.text) and t.pos_ == "NUM"]


def _dated_year(verb, published_year: int) -> int | None:
    """The year ``verb``'s own clause is dated to by its direct modifiers, or None."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _DATING_PREPS:
            years = [y for pobj in child.children if pobj.dep_ == "pobj" for y in _years_in(pobj)]
            if years:
                return years[0]
        if child.dep_ == "npadvmod" and child.lower_ == "year":
            if any(c.lower_ == "last" for c in child.children):
                return published_year - 1  # "were seized last year"
    return None


def earlier_year(tok, published: str | None) -> int | None:
    """The year before the publication year that the clause holding figure token ``tok`` (a
    spaCy Token) is dated to, or None: no publication date, no dated clause, or a clause of
    the publication year or later."""
    if not published or not published[:4].isdigit():
        return None
    pub_year = int(published[:4])
    if tok.dep_ not in _ARGUMENTS or tok.head.pos_ not in ("VERB", "AUX"):
        return None  # "launched in 2019 at a cost of 340 million euros": the thing's own cost
    verb = tok.head
    year = _dated_year(verb, pub_year)
    return year if year is not None and year < pub_year else None
