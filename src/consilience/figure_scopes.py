"""Where a count holds (its *scope*), and count slots split by it (s20 kind 5).

"About 400 of the posts will go at its headquarters in Harbourton" and "shed 1,200 posts
worldwide" count one noun over two scopes, a site and the whole: two properties, never a
conflict of 400 against 1,200. The scope is read off the parse of the figure's clause:

* the whole: an adverb or adjective of :data:`WHOLE_WORDS` on the counted noun, its clause
  verb or the verb's object ("worldwide", "its global workforce");
* a named place: the object of "at/in/across" on the noun or the verb that is a place
  entity (GPE, LOC, FAC), or holds one ("at its headquarters in Harbourton"), or a place
  entity as the verb's subject ("Harbourton could lose 650 jobs");
* an unnamed site: such an object that WordNet files under a location or a structure
  ("at the plant", "at the site"): :data:`SITE`, one scope with any named place.

Two named places are two scopes; the whole and any place are two scopes. A count with no
scope read stays in its slot. Works on a spaCy parse and :mod:`consilience.lexicon`; no
state.
"""

from __future__ import annotations

from collections.abc import Callable

from .figure_bearers import _split, _top
from .figure_forms import clause_verb
from .model import Quantity
from .noun_branches import kind_of

#: words that give a count the whole as its scope ("1,200 posts worldwide", "its global
#: workforce", "3,000 stores nationwide"): a closed class of "everywhere" modifiers
WHOLE_WORDS = frozenset(
    {"worldwide", "globally", "global", "nationwide", "countrywide", "overall", "company-wide",
     "companywide", "group-wide", "groupwide", "internationally"}
)  # fmt: skip
WHOLE = "*whole*"
SITE = "*site*"
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_SCOPE_PREPS = frozenset({"at", "in", "across"})
#: WordNet nouns whose kinds are sites a count can hold at ("plant", "headquarters", "site")
_SITE_ROOTS = ("location", "structure", "establishment")


def _whole(holders) -> bool:
    """A :data:`WHOLE_WORDS` modifier on one of ``holders`` or on a verb's object (any
    label: the parser reads "close 40 stores nationwide" with a "prep")."""
    for h in holders:
        near = [*h.children, *(g for c in h.children if c.dep_ == "dobj" for g in c.children)]
        if any(c.lower_ in WHOLE_WORDS for c in near):
            return True
    return False


def _place(tok, depth: int = 2) -> str | None:
    """The place ``tok`` names: a place entity's text (lower case), one named in an "in/at/
    of" phrase on it, else :data:`SITE` for a location noun; None otherwise."""
    if tok.ent_type_ in _PLACE_ENTS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return (ent.text if ent is not None else tok.text).lower()
    if depth > 0:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        got = _place(g, depth - 1)
                        if got is not None and got != SITE:
                            return got
    if tok.pos_ == "NOUN" and not tok.ent_type_:
        lemma = tok.lemma_.lower()
        if any(kind_of(lemma, root) for root in _SITE_ROOTS):
            return SITE
    return None


def scope(span) -> str | None:
    """The scope of the count ``span`` (spaCy): :data:`WHOLE`, a place name (lower case),
    :data:`SITE`, or None when the clause names none (module doc)."""
    if span is None:
        return None
    noun = _top(span)
    verb = clause_verb(noun, 6)
    holders = [noun] + ([verb] if verb is not None and verb.i != noun.i else [])
    if _whole(holders):
        return WHOLE
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPS:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                got = _place(obj) if obj is not None else None
                if got is not None:
                    return got
    if verb is not None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.ent_type_ in _PLACE_ENTS:
            return _place(subj, 0)
    return None


def one_scope(a: str, b: str) -> bool:
    """Two scopes are one: the same, one place name within the other ("kasra" / "kasra
    province"), or an unnamed site beside a named place."""
    if a == b or (SITE in (a, b) and WHOLE not in (a, b)):
        return True
    wa, wb = set(a.split()), set(b.split())
    return WHOLE not in (a, b) and bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def split_scopes(
    groups: dict[tuple, list[Quantity]], span_of: Callable[[Quantity], object]
) -> None:
    """Split, in place, each count slot whose figures hold over two scopes (:func:`scope`,
    not :func:`one_scope`): the scope most articles give keeps the slot with the counts of
    no scope; each other one goes to ``(*key[:3], "<owner> at <scope>")``."""
    _split(
        groups,
        frozenset({"count"}),
        lambda q: scope(span_of(q)),
        one_scope,
        lambda s, main: True,
        lambda key, s: (*key[:3], f"{key[3] or ''} at {s}".strip(), *key[4:]),
    )
