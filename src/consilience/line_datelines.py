"""A dateline left at the head of a line: "Harbourton, 19 November 2026 - Kestrel Systems
today announced ..." ("Place, date -", "Place, date (Agency) -", "(Place) -") names where
and when a report was filed, not what happened; a headline, summary or unique line shows
the sentence after it. The reader marks the datelines it knows as boilerplate
(:mod:`consilience.boilerplate`); this finds, from the parse, the ones its patterns miss
(a mixed-case place with a date and no agency, as a press release writes it).

    dateline_end(doc, start, end) -> int   # where the line proper starts
"""

from __future__ import annotations

from .analyse import tokens_in

#: dashes that close a dateline
DASHES = frozenset({"-", "--", "–", "—"})
#: a dateline is at most this many tokens before its dash
MAX_TOKENS = 12
#: punctuation a dateline holds besides its dash ("Kyiv, Nov 17 (Reuters) -")
_INNER = frozenset({",", "(", ")", "."})


def dateline_end(doc, start: int, end: int) -> int:
    """The character offset where the line ``start:end`` of ``doc`` (a spaCy parse) starts
    once a leading dateline is left out: the tokens before the first dash within
    :data:`MAX_TOKENS` are proper nouns or capitalised words, numbers and the commas,
    brackets and full stops between them, one at least a proper noun, and the word after the dash opens with a
    capital ("Prices rose 3% - the highest since 2020" and "John Smith - the minister -
    said" keep their words). ``start`` when the line opens with no dateline."""
    toks = tokens_in(doc, start, end)
    for k, tok in enumerate(toks[: MAX_TOKENS + 1]):
        if tok.text in DASHES:
            head, rest = toks[:k], toks[k + 1 :]
            if head and rest and _dateline_words(head) and rest[0].text[:1].isupper():
                return rest[0].idx
            return start
    return start


def _dateline_words(head) -> bool:
    """``head`` (tokens) reads as a dateline: proper nouns, capitalised words (a place
    the tagger does not know: "Oldmere" read as an adverb), numbers and inner
    punctuation only, with a proper noun among them."""
    proper = False
    for tok in head:
        if tok.pos_ == "PROPN":
            proper = True
        elif not (tok.pos_ == "NUM" or tok.text in _INNER or _capitalised(tok.text)):
            return False
    return proper


def _capitalised(word: str) -> bool:
    """``word`` is letters opening with a capital ("Oldmere", "KYIV")."""
    return word.isalpha() and word[:1].isupper()
