"""How often something happens: "once a week", "twice a day", "three times a month",
"every two weeks", "every other day", "weekly", "fortnightly".

A frequency is a figure of its own (dimension :data:`FREQUENCY`, value in occurrences per
week) whose readings disagree as counts do: "a mobile library will visit each area once a
week" and "will call at each area only once a fortnight" give 1 and 0.5 visits a week.
A frequency that is being replaced ("every two weeks *instead of weekly*") is the old
value, no reading.

Works on a spaCy parse; no state. :func:`frequency_at` reads the form starting at a token.
"""

from __future__ import annotations

from .noun_branches import kind_of

#: the dimension and unit of a frequency
FREQUENCY = "frequency"
PER_WEEK = "per week"
#: occurrences per week of once per period
_PER_WEEK = {
    "hour": 168.0,
    "day": 7.0,
    "night": 7.0,
    "week": 1.0,
    "fortnight": 0.5,
    "month": 12 / 52.18,
    "year": 1 / 52.18,
}
#: adverbs and adjectives of a period ("weekly", "fortnightly")
_PERIODIC = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "fortnightly": "fortnight",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
}
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: words before a frequency that make it the one replaced ("instead of weekly")
_REPLACED = (("instead", "of"), ("rather", "than"))


def _period(tok) -> str | None:
    """The calendar period a token names ("week", "weeks", "fortnight"), or None."""
    lemma = tok.lemma_.lower()
    return lemma if lemma in _PER_WEEK else None


def _number(tok) -> float | None:
    """A small count a token writes ("3", "three"), or None."""
    if tok.lower_ in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[tok.lower_])
    try:
        return float(tok.text) if tok.like_num and tok.text.isdigit() else None
    except ValueError:
        return None


def frequency_at(doc, i: int, hi: int) -> tuple[float, int] | None:
    """(occurrences per week, index after) for a frequency starting at token ``i`` of the
    sentence ending at ``hi``; None when none starts there or it is a replaced value."""
    found = _times_per(doc, i, hi) or _every(doc, i, hi) or _periodic(doc, i)
    if found is None or _replaced(doc, i):
        return None
    return found


def _times_per(doc, i: int, hi: int) -> tuple[float, int] | None:
    """ "once a week", "twice per day", "three times a month", "4 times each year",
    "twice-daily"."""
    tok = doc[i]
    if tok.lower_ in _TIMES and i + 2 < hi and doc[i + 1].text in ("-", "–"):
        period = _PERIODIC.get(doc[i + 2].lower_)
        return (_TIMES[tok.lower_] * _PER_WEEK[period], i + 3) if period else None
    if tok.lower_ in _TIMES:
        times, j = _TIMES[tok.lower_], i + 1
    elif (n := _number(tok)) is not None and i + 1 < hi and doc[i + 1].lower_ == "times":
        times, j = n, i + 2
    else:
        return None
    if j + 1 < hi and doc[j].lower_ in ("a", "an", "per", "each", "every"):
        period = _period(doc[j + 1])
        if period is not None:
            return times * _PER_WEEK[period], j + 2
    return None


def _every(doc, i: int, hi: int) -> tuple[float, int] | None:
    """ "every week", "every two weeks", "every other day"."""
    if doc[i].lower_ != "every" or i + 1 >= hi:
        return None
    nxt = doc[i + 1]
    if (period := _period(nxt)) is not None:
        return _PER_WEEK[period], i + 2
    step = 2.0 if nxt.lower_ == "other" else _number(nxt)
    if step is None or step <= 0 or i + 2 >= hi or (period := _period(doc[i + 2])) is None:
        return None
    return _PER_WEEK[period] / step, i + 3


def _periodic(doc, i: int) -> tuple[float, int] | None:
    """ "weekly", "fortnightly" as an adverb or an adjective of an act ("a weekly
    service"); not of a sum or an amount a period measures ("annual revenue", "monthly
    rent", "daily dose"), nor the end of "twice-daily" (:func:`_times_per`'s)."""
    tok = doc[i]
    period = _PERIODIC.get(tok.lower_)
    if period is None or tok.pos_ not in ("ADV", "ADJ"):
        return None
    if i > 0 and doc[i - 1].text in ("-", "–"):
        return None
    if tok.dep_ == "amod" and not _act_noun(tok.head):
        return None
    return _PER_WEEK[period], i + 1


def _act_noun(noun) -> bool:
    """Whether ``noun`` names an act or an event that recurs (WordNet: a kind of "act" or
    "event": a service, a visit, a flight, a collection), not a sum or an amount."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (kind_of(lemma, "act") or kind_of(lemma, "event"))


def _replaced(doc, i: int) -> bool:
    """Whether the frequency at ``i`` follows "instead of" / "rather than": the old value."""
    return i >= 2 and (doc[i - 2].lower_, doc[i - 1].lower_) in _REPLACED


def frequency_measure(doc, i: int) -> str:
    """What a frequency at token ``i`` is the frequency of, named by the thing that does it
    or has it done (lemma): the subject of its clause ("the mobile library will call at
    each area once a fortnight": library; "garden waste will be collected every two
    weeks": waste), or for an adjective the noun it modifies, by the noun before it in a
    compound ("a weekly mobile library service": library); when no noun is read, the verb
    whose act recurs ("it was wound by hand three times a week": wind; "scaffold inspected
    daily": inspect), so the frequencies of two acts are two slots; "frequency" when
    neither is read."""
    tok = doc[i]
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return _thing(tok.head)
    x, verb = tok, None
    for _ in range(5):
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return _thing(subj)
        if verb is None and x.pos_ == "VERB":
            verb = x
        if x.head.i == x.i:
            break
        x = x.head
    return verb.lemma_.lower() if verb is not None else FREQUENCY


def _thing(noun) -> str:
    """The lemma naming ``noun``'s thing: its last compound before it when it has one ("a
    mobile library *service*": library), else its own."""
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return (compounds[-1] if compounds else noun).lemma_.lower()
