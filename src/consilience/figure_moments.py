"""When in its period a figure was read: before the period ended, or at its end.

"Shares rose 2.4% in early trading" and "are up 2.4% this morning" give a figure as it
stood during the day (*interim*); "shares closed up 4.1%" and "finished 4.1% higher" give
it at the end of the day (*final*). An interim reading and a final one published after it
are one property read at two times (an update), never two outlets disagreeing.

The interim cue is a word of an early or middle part of the period in the figure's clause
(a closed class: "early", "opening", "intraday", "morning", "midday", "noon",
"lunchtime", "afternoon", "so far"); the final cue is the figure's clause verb being one of
a period ending ("close", "finish", "end", "settle": WordNet relates "close" to none of the
others, so the class is listed), or its clause dated "at the close" / "by the end", or a
past-tense percentage move dated to a whole weekday ("lost 11 percent on Thursday").
"""

from __future__ import annotations

INTERIM, FINAL = "interim", "final"
_INTERIM_WORDS = frozenset(
    {"early", "opening", "intraday", "morning", "midday", "noon", "lunchtime", "afternoon"}
)
_END_VERBS = frozenset({"close", "finish", "end", "settle"})


def _clause_verb(tok):
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


#: nouns of a period's end after "at" / "by" ("at the close", "by the end of trading")
_END_NOUNS = frozenset({"close", "end", "finish"})


def _at_the_end(verb) -> bool:
    """The clause of ``verb`` is dated at its period's end by a phrase: "at" or "by" with
    a noun of :data:`_END_NOUNS` ("At the close, the group was worth 6.6 billion", "by the
    end of the session it was down 3%")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "by")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _END_NOUNS for g in c.children)
        for c in verb.children
    )


def period_moment(span) -> str | None:
    """:data:`FINAL` when the clause verb of the figure ``span`` (spaCy) ends a period
    ("closed up 4.1%") or its clause is dated at the period's end (:func:`_at_the_end`),
    :data:`INTERIM` when its clause names an early or middle part of one ("rose 2.4% in
    early trading", "up 2.4% this morning", "so far"), else None."""
    if span is None:
        return None
    verb = _clause_verb(span.root)
    if verb is None:
        return None
    if verb.lemma_.lower() in _END_VERBS or _at_the_end(verb):
        return FINAL
    words = {t.lower_ for t in verb.subtree if t.i < span.start or t.i >= span.end}
    if words & _INTERIM_WORDS or {"so", "far"} <= words:
        return INTERIM
    if verb.tag_ == "VBD" and _a_share(span) and _on_a_day(verb):
        return FINAL  # "lost 11 percent on Thursday": the day's move, told once it is over
    return None


def _a_share(span) -> bool:
    """The figure is a percentage ("11 percent", "6%"): a move of a price or an index, which
    a day's close settles (a count "on Saturday" is no reading of a period's end)."""
    return any(t.lower_ in ("%", "percent", "pct") or t.text.endswith("%") for t in span) or (
        "per cent" in span.text.lower()
    )


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _on_a_day(verb) -> bool:
    """The past-tense clause of ``verb`` is dated to a whole day by "on" and a weekday
    ("on Thursday"), with no part of the day named (the caller checks those first)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.lower_ in _WEEKDAYS for g in c.children)
        for c in verb.children
    )
