"""What a sum of money is, when the sentence names it with a noun of its own.

"must hand back €24,000 in prize money", "must return 42,000 euros in prize money", "must
repay prize money of EUR 42,000": the verbs differ (and WordNet relates none of "hand back",
"return", "repay"), but each sum is named "prize money". The noun phrase a sum is "in" or
"of" is what the sum is; two sums of one story in one currency that name the same thing
are one property, whatever verb moves them.

Works on a spaCy parse only; no state.
"""

from __future__ import annotations

import re

#: nouns too general to name what a sum is ("in total", "in cash", "of money" alone)
_TOO_GENERAL = frozenset({"total", "cash", "money", "sum", "amount", "all", "value", "figure"})


def _phrase(noun) -> str:
    """The noun with its compounds before it, lower case lemmas: "prize money"."""
    mods = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return " ".join([*(m.lemma_.lower() for m in mods), noun.lemma_.lower()])


def _named(noun) -> str | None:
    """The phrase of ``noun`` when it names a kind of sum ("prize money", "damages"), not a
    bare general word ("money", "total")."""
    phrase = _phrase(noun)
    return None if phrase in _TOO_GENERAL else phrase


def sum_noun(span) -> str | None:
    """The noun phrase naming what the sum in ``span`` (a spaCy Span of a money figure) is:
    the object of "in" on it ("€24,000 in prize money") or the noun it is "of" ("prize
    money of EUR 42,000"), as lower-case lemmas; None when the sentence names none."""
    if span is None:
        return None
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "in" and after.dep_ == "prep":
        # "€24,000 in prize money", however the parser attached the "in"
        for pobj in after.children:
            if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                return _named(pobj)
    return of_noun(span)


def of_noun(span) -> str | None:
    """The noun phrase a sum in ``span`` is "of" ("a restructuring charge of $90 million"
    -> "restructuring charge"), as lower-case lemmas; None otherwise. Unlike "in" ("raised
    900 million euros in its IPO"), "of" always names the sum itself."""
    if span is None:
        return None
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return _named(head.head.head)
    return None


#: a field's label just before its value on a record line ("Salary: ", "| Budget: "): one
#: to three words from the line's start or a " | ", then a colon (and the value's low end,
#: for the high end of a range: "Salary: £38,000 to ")
_FIELD_LABEL = re.compile(
    r"(?:^|\| )(?P<label>[A-Za-z][A-Za-z ]{1,30}?):[ \t]+(?:\S+ (?:to|and|-|–) )?$"
)


def field_noun(span) -> str | None:
    """The label of the record field whose value a sum in ``span`` opens ("Salary: £38,000
    to £42,000 a year" -> "salary"), as lower-case words, when it names a kind of sum;
    None otherwise. A record names its sums by its labels as a sentence does by "of"."""
    if span is None:
        return None
    text = span.doc.text
    start = span.start_char
    line_start = text.rfind("\n", 0, start) + 1
    m = _FIELD_LABEL.search(text[line_start:start])
    if m is None or len(m["label"].split()) > 3:
        return None
    label = m["label"].strip().lower()
    return None if label in _TOO_GENERAL else label
