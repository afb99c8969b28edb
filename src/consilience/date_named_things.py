"""Which common nouns a story's articles use for a named thing ("the ferry Marisol Star",
"Nordlys, a lifeboat", "the lifeboat, Nordlys"), so that a dated act told of the name in
one article ("The Marisol Star, built in 1998") and of its kind in another ("The ferry,
built in 2001") is recognised as an act on one thing.

Read from the parse only: a proper noun with a common-noun compound before it or a
common-noun apposition, or a common noun with a proper-noun apposition. Keys and values
are lower-case lemmas; a name is keyed by its head word, as
:func:`consilience.dates._name_head` keys the objects of a dated act.
"""

from __future__ import annotations

from collections.abc import Iterable

#: dependencies joining a name and the common noun that says what it is
KIND_LINKS = frozenset({"compound", "appos"})


def name_kinds(docs: Iterable) -> dict[str, frozenset[str]]:
    """{head lemma of a name: lemmas of the common nouns the articles (spaCy ``docs``) call
    it by}: "the stranded ferry Marisol Star" -> {"star": {"ferry"}}."""
    out: dict[str, set[str]] = {}
    for doc in docs:
        for tok in doc:
            for name, kind in _pairs(tok):
                out.setdefault(name.lemma_.lower(), set()).add(kind.lemma_.lower())
    return {k: frozenset(v) for k, v in out.items()}


def _pairs(tok) -> Iterable[tuple]:
    """(name head, common noun) pairs ``tok`` heads: "ferry Marisol Star", "Nordlys, a
    lifeboat", "the lifeboat, Nordlys"."""
    for child in tok.children:
        if child.dep_ not in KIND_LINKS:
            continue
        if tok.pos_ == "PROPN" and child.pos_ == "NOUN":
            yield tok, child
        elif tok.pos_ == "NOUN" and child.pos_ == "PROPN" and child.dep_ == "appos":
            yield child, tok


def one_thing(a: set[str], b: set[str], kinds: dict[str, frozenset[str]]) -> bool:
    """Two sets of object lemmas name one thing: a shared lemma, or a name in one set whose
    kind (:func:`name_kinds`) is a common noun in the other ("star" / "ferry")."""
    if a & b:
        return True
    return any(y in kinds.get(x, ()) for x in a for y in b) or any(
        x in kinds.get(y, ()) for x in a for y in b
    )
