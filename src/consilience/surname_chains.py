"""Full names the tagger left untagged whose surname the same article tags as a person's.

A news article introduces its subject in full ("Mira Castellan of Portavella broke …") and
calls her by surname after; a statistical tagger may miss the full name in a crowded lead
(after a dateline, before an "of" phrase) yet tag the bare surname or a relative's full
name later, or make the bare surname the subject of "said" whatever it typed it ("Castellan, who is coached by her father, Luis Castellan"). Without the
missed name, "Castellan" would resolve to the only full name left, the relative's.

:func:`surname_chains` finds such names: two or three capitalised proper-noun tokens in one
noun phrase, none inside any entity, whose last word is the last word of a PERSON entity of
the same document. No word list: the evidence is the article's own person tags.
"""

from __future__ import annotations

from collections.abc import Iterable


def _person_surnames(persons: Iterable) -> frozenset[str]:
    """Lower-cased last words of the person spans ``persons`` (spaCy spans)."""
    out = set()
    for span in persons:
        words = [t for t in span if t.is_alpha]
        if words:
            out.add(words[-1].lower_)
    return frozenset(out)


def _speaking_surnames(doc) -> frozenset[str]:
    """Lower-cased one-word names the article makes the subject of a reporting verb
    ("Reyes said …", whatever the tagger typed "Reyes"): capitalised, no common English
    noun, no word of a body's name ("United said"), outside a longer name. A full name
    that ends in such a word is a person's called back by the surname, the way a news
    article refers to people (a body is called by its first words)."""
    from .cues import ORG_LAST_WORDS, is_reporting_verb
    from .entity_types import common_words

    out = set()
    for tok in doc:
        if tok.dep_ != "nsubj" or not tok.text.istitle() or not tok.is_alpha:
            continue
        if any(c.dep_ in ("compound", "flat", "det", "amod") for c in tok.children):
            continue
        low = tok.lower_
        if low in ORG_LAST_WORDS or common_words([tok.text]) or not is_reporting_verb(tok.head):
            continue
        out.add(low)
    return frozenset(out)


def _chain_at(doc, tok):
    """The span of capitalised PROPN tokens ending at head ``tok`` whose earlier tokens
    are compounds of it ("Mira Castellan"), or None when ``tok`` heads no such chain."""
    if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat") or not tok.is_title:
        return None
    start = tok.i
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and doc[start - 1].head.i == tok.i
        and doc[start - 1].dep_ in ("compound", "flat")
    ):
        start -= 1
    if not 2 <= tok.i + 1 - start <= 3:
        return None
    return doc[start : tok.i + 1]


def surname_chains(doc, persons: list) -> list:
    """Untagged full names in ``doc`` (spaCy Doc) sharing a surname with one of ``persons``
    (the article's PERSON spans): spans, in text order. A chain any token of which the
    tagger put in an entity (an organisation, a place, a date) is not taken, nor one that
    starts a sentence with a word the tagger reads as a common noun elsewhere."""
    surnames = _person_surnames(persons) | _speaking_surnames(doc)
    if not surnames:
        return []
    taken = {i for span in persons for i in range(span.start, span.end)}
    out = []
    for tok in doc:
        chain = _chain_at(doc, tok)
        if chain is None or tok.lower_ not in surnames:
            continue
        if any(t.ent_type_ or t.i in taken for t in chain):
            continue
        out.append(chain)
    return out
