"""The direction of a move a figure gives: "shares fell 2.1%", "closed 3.4% lower", "were
down 5%", "dropped 12 cents".

A move told as a fall gives its size as a positive figure; two reports of one fall, an early
"fell 2.1%" and a closing "3.4% lower", are a fall that deepened, never a figure that "rose
from 2.1% to 3.4%". :func:`is_fall` reads the direction off the parse; the reconciler words
an update of falls by it.

Works on a spaCy span; no state. The lexicon is the closed class of English verbs and
adverbs of a downward move of a price, rate or count.
"""

from __future__ import annotations

#: verbs of a downward move
FALL_VERBS = frozenset({"fall", "drop", "decline", "slide", "slip", "sink", "tumble", "plunge",
                        "plummet", "dip", "shed", "lose", "ease", "retreat", "slump", "crash",
                        "sag", "contract", "shrink", "decrease"})  # fmt: skip
#: verbs whose figure subject is an amount that came down ("250 millimetres of rain fell",
#: "30 cm of snow dropped overnight"), not the size of a fall
COMING_DOWN = frozenset({"fall", "drop"})
#: adverbs or adjectives after a figure that make it a fall: "closed 3.4% lower", "down 5%"
FALL_WORDS = frozenset({"lower", "down", "weaker", "cheaper"})
#: how many tokens around the figure a fall word may stand
_REACH = 2


def is_fall(span) -> bool:
    """The figure ``span`` is the size of a downward move: its governing verb is one of
    :data:`FALL_VERBS`, or a word of :data:`FALL_WORDS` stands right before or after it."""
    doc = span.doc
    near = list(doc[max(span.sent.start, span.start - _REACH) : span.start])
    near += list(doc[span.end : min(span.sent.end, span.end + _REACH)])
    if any(t.lower_ in FALL_WORDS for t in near):
        return True
    tok = span.root
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in COMING_DOWN:
        return False  # "250 millimetres of rain fell": the amount that came down
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in FALL_VERBS
        if tok.head is tok:
            return False
        tok = tok.head
    return False
