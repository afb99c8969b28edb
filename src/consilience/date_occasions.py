"""The named one-day occasion a date mention dates ("On 12 September, 88 anglers drew pegs
for *the National Individual Final*", "At *the National Individual Final* on 12 September
2038, the winner was disqualified", "On Saturday 11 September, Lewis finished top of *the
federation's National Individual Final*"): two articles that put one named occasion on
two days disagree, whatever acts their clauses tell of it (drawing pegs, being steward,
finishing top), since the occasion happens on one day.

An occasion is a run of capitalised words ending in a noun of a one-day occasion
(:data:`OCCASION_NOUNS`: a final, a race, a draw, a match, a ceremony ...), in the
sentence of the date mention, with no other date in that sentence and no word of time
between them that moves the date off the occasion ("two days *before* the Final, on 10
September", "*since* the Final"). Series and spans are left out: a noun of a recurring
series carries its number or year in the name, and names of several days (a festival, a
championship, a week) are no one-day occasion.

Works on a spaCy parse only; no state.
"""

from __future__ import annotations

#: nouns of an occasion held on one day: a named one of them has one date
OCCASION_NOUNS = frozenset(
    "final semifinal semi-final race marathon match derby draw ceremony gala concert "
    "auction regatta parade election referendum weigh-off weigh-in dinner ball".split()
)
#: words that put a date off the occasion named beside it
_OFFSET_WORDS = frozenset(
    "before after since until till ahead following preceding eve prior".split()
)


def occasion_words(doc, start: int, end: int) -> frozenset[str]:
    """Lower-case words of the one named one-day occasion in the sentence of ``doc`` (a
    spaCy Doc) that holds the date at characters ``start:end`` (module doc), or an empty
    set: none, several, another date in the sentence, or a word of time that moves the
    date off it. A sentence with no verb ("On Sunday 12 September 2038", cut off by the
    parser) runs on into the next."""
    sent = _sentence(doc, start)
    if sent is None:
        return frozenset()
    names = _named_occasions(sent)
    if len(names) != 1 or _other_dates(sent, start, end):
        return frozenset()
    words = names[0]
    lo = min(start, words[0].idx)
    hi = max(end, words[-1].idx + len(words[-1].text))
    if any(t.lower_ in _OFFSET_WORDS for t in sent if lo <= t.idx < hi):
        return frozenset()
    first = words[0].i - 1
    if first >= sent.start and sent.doc[first].lower_ in _OFFSET_WORDS:
        return frozenset()
    return frozenset(t.lower_ for t in words if t.is_alpha)


def _sentence(doc, start: int):
    """The sentence of ``doc`` holding character ``start``, joined with the next one when it
    has no verb."""
    sents = list(doc.sents)
    k = next((i for i, x in enumerate(sents) if x.start_char <= start < x.end_char), None)
    if k is None:
        return None
    sent = sents[k]
    if not any(t.pos_ in ("VERB", "AUX") for t in sent) and k + 1 < len(sents):
        return doc[sent.start : sents[k + 1].end]
    return sent


def _named_occasions(sent) -> list[list]:
    """Names of occasions in ``sent``: an occasion noun (:data:`OCCASION_NOUNS`, capitalised
    or not, "weigh-off" across its hyphen) with the run of capitalised words right before
    it ("the *Brindlecombe weigh-off*", "the *National Individual Final*", "the *Lucky
    Seven draw*"); the sentence's first word and words of a date ("Saturday's final") are no
    part of a name."""
    out = []
    for t in sent:
        noun = _occasion_noun(t)
        if noun is None:
            continue
        run = []
        k = noun[0].i - 1
        while k > sent.start and _name_word(sent.doc[k]):
            run.insert(0, sent.doc[k])
            k -= 1
        if run:
            out.append(run + noun)
    return out


def _occasion_noun(t) -> list | None:
    """The tokens of an occasion noun ending at ``t``: ``t`` itself, or a hyphenated pair
    ("weigh", "-", "off")."""
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
        pair = f"{doc[t.i - 2].lower_}-{t.lower_}"
        return [doc[t.i - 2], doc[t.i - 1], t] if pair in OCCASION_NOUNS else None
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not t.whitespace_:
        return None  # the first half of a hyphenated word
    return [t] if t.lower_ in OCCASION_NOUNS else None  # "the Lucky Seven draw": any tag


def _name_word(t) -> bool:
    """``t`` may be part of an occasion's name: a capitalised word outside a date."""
    return t.is_title and t.is_alpha and t.ent_type_ not in ("DATE", "TIME")


def _other_dates(sent, start: int, end: int) -> bool:
    """``sent`` holds a date entity besides the mention at ``start:end``."""
    return any(
        e.label_ == "DATE" and not (e.start_char < end and start < e.end_char)
        for e in sent.doc.ents
        if sent.start_char <= e.start_char < sent.end_char
    )


def same_occasion(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two mentions' occasion words (:func:`occasion_words`) name one occasion: both found,
    one the other's words or more ("the federation's National Individual Final" /
    "the National Individual Final")."""
    return bool(a) and bool(b) and (a <= b or b <= a) and len(a & b) >= 2
