"""A disputed tally ("voted 33 to 16", "beat United 2-1", "won 6-3") left out of a claim so
the act can still be stated.

    tally_gap(text, clause_span, reading_span, predicate_span) -> (start, end) | None

Articles that disagree on a vote's or a match's tally mostly agree on the act it scores:
"the council voted 31-18 for the tax" / "councillors voted 33 to 16 for a tax" both state
the vote; "Rovers beat United 2-1" / "Rovers beat United 3-1" both state the win. A tally
is two numbers joined by a dash or "to", read by the quantity extractor as one or two
readings; the dependency parse makes it an object ("voted | 33 to 16"), a noun modifier
("beat | 2-1" read as counting "United") or an adverbial, so neither the count cut
(:mod:`consilience.count_cuts`) nor the adjunct cut (:func:`consilience.consensus.agreed_cut`)
can leave it out, and the member stating the act is lost to the item. This module finds the
tally around a disputed reading in the text (with a "by" that opens it: "by 161 to 148")
and gives it as a gap when no adjunct phrase holds the reading
(:func:`consilience.consensus.agreed_cut`); the conflict section keeps the tally.

A gap is refused when it holds the claim's predicate, or when the tally opens the clause
(there is then no act before it to state).
"""

from __future__ import annotations

import re

#: two numbers joined by a dash or "to", with an optional noun of what is counted after the
#: first ("161 votes to 148", "31-18", "2 – 1", "33 to 16")
TALLY = re.compile(
    r"\b(?:by\s+)?\d{1,4}(?:\s+(?:votes?|goals?|points?|games?|sets?))?"
    r"\s*(?:-|–|—|\bto\b)\s*\d{1,4}\b(?![.,]\d)"
)


def tally_gap(
    text: str, clause: tuple[int, int], reading: tuple[int, int], predicate: tuple[int, int]
) -> tuple[int, int] | None:
    """The character span of the tally (:data:`TALLY`) that holds the disputed ``reading``
    inside ``clause`` (both ``(start, end)`` in ``text``), or None: no tally there, the
    tally holds the ``predicate`` token's span, or it opens the clause. Two four-digit
    numbers are a span of years ("2019-2022"), no tally: left to the date readers."""
    s, e = clause
    for m in TALLY.finditer(text, s, e):
        a, b = m.span()
        if not (a <= reading[0] < b or reading[0] <= a < reading[1]):
            continue
        if _years(m.group()):
            return None  # "2019-2022": a span of years
        if a < predicate[1] and predicate[0] < b:
            return None
        if not text[s:a].strip(" ,;:\"'“‘("):
            return None
        return a, b
    return None


def _years(tally: str) -> bool:
    """Whether both numbers of a tally have four digits ("2019-2022": a span of years)."""
    return all(len(n) == 4 for n in re.findall(r"\d+", tally))
