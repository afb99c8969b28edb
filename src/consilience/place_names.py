"""Where an act was done, told with two place names that each article alone gives.

    named_places(c, texts) -> frozenset[str]
    other_places(m, a, texts) -> bool

A clause names the place of its act with a place preposition outside its subject and a
named place ("a unit *struck* a platform edge *at Stanmoor*", "the train *hit* the platform
*at Pennock Halt*"): the entity the preposition's object lies in, of a place label
(:data:`PLACE_LABELS`: a town, a site, a building, a station). Two clauses of one act that
name two places (neither name holds the other: "Heathrow" / "Heathrow Airport" are one)
where neither article names the other's place anywhere do not state one claim: a line
citing both says they agree on where, and one of them says it happened elsewhere. An
article that names both places knows how they stand to each other ("at Pennock Halt, near
Stanmoor"), so its clause is no such reading. Works on the parse of each article.
"""

from __future__ import annotations

from .claim_spans import Texts
from .entities import name_key
from .model import Claim

#: spaCy entity labels of named places (OntoNotes: countries, towns, regions; natural
#: places; buildings, stations, roads)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: prepositions that put an act at a place
PLACE_PREPS = frozenset({"at", "in", "on", "near", "outside", "inside"})


def named_places(c: Claim, texts: Texts) -> frozenset[str]:
    """Keys (:func:`consilience.entities.name_key`: "UK" and "the United Kingdom" are one)
    of the places (:data:`PLACE_LABELS`) that a preposition of :data:`PLACE_PREPS` in
    ``c``'s clause, outside its subject, puts its act at: its object's name, or the name
    compounded before it ("at *Corbridge* station"); empty when the clause does not map
    onto tokens or names none."""
    doc = texts.ctx.analysis(c.article).doc
    span = doc.char_span(*texts.clause(c), alignment_mode="expand")
    if span is None:
        return frozenset()
    subject = {k.i for t in span if t.dep_ in ("nsubj", "nsubjpass") for k in t.subtree}
    out = set()
    for prep in span:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or prep.i in subject:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = [obj] + [k for k in obj.children if k.dep_ == "compound"]
            for tok in named:
                if tok.ent_type_ in PLACE_LABELS:
                    ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
                    out.add(name_key(ent.text))
    return frozenset(out)


def other_places(m: Claim, a: Claim, texts: Texts) -> bool:
    """Whether ``m`` and ``a`` put their act at two places (:func:`named_places`; no key
    of one holds or is held by a key of the other) and neither's article names a place of
    the other's anywhere (:func:`_names`; module doc)."""
    pm, pa = named_places(m, texts), named_places(a, texts)
    if not pm or not pa or any(x in y or y in x for x in pm for y in pa):
        return False
    return not _mentions(m.article, pa, texts) and not _mentions(a.article, pm, texts)


def _mentions(article: str, keys: frozenset[str], texts: Texts) -> bool:
    """Whether the article names one of the place ``keys``: an entity of its text with
    that key (:func:`consilience.entities.name_key`), or the key written in its text."""
    doc = texts.ctx.analysis(article).doc
    if keys & {name_key(e.text) for e in doc.ents}:
        return True
    text = doc.text.lower()
    return any(k in text for k in keys)
