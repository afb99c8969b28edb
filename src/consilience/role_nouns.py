"""Offices: the role a noun phrase gives a person, in one canonical form.

"Interim chief executive Anders Holm", "Holm, the acting CEO", "appointed Holm as interim
Chief Executive Officer", "Holm takes over as acting boss" all give Holm one office; so do
"finance chief Ruth Amar", "Ruth Amar, chief financial officer" and "Amar, the CFO". Used by
:mod:`consilience.claims` for role claims (frame ``be``, patient key = the office's role,
``Claim.office`` = :func:`office_text`).

An office is ``(role, qualifiers)``:

* **role**: the role words of the phrase (the head noun with its compound and adjective
  modifiers, without names of organisations, determiners, possessives, numbers and
  qualifiers), lower-cased lemmas, each adjective read as the noun it derives from when
  spaCy's noun lemma index knows that noun ("financial" -> finance, "operational" ->
  operation), a generic "officer" dropped beside another role word, standard acronyms
  spelled out (:data:`ACRONYMS`), sorted and joined by a space. The roles that mean the head
  of an organisation ("chief executive", "boss", "head", "leader", a bare "chief") are one
  role, :data:`HEAD`.
* **qualifiers**: :data:`QUALIFIERS` among the modifiers ("interim", "acting", "former"),
  normalised (a caretaker is interim, an ex- one former), sorted.

:func:`office_of` ``(noun token) -> Office | None``; :func:`office_text` ``(Office) -> str``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: the role every head-of-organisation wording normalises to
HEAD = "head"
#: role word sets (after normalisation) that mean the head of an organisation
_HEAD_ROLES = frozenset(
    frozenset(s.split()) for s in ("chief executive", "boss", "head", "leader", "chief")
)
#: organisation nouns dropped from a role beside another role word ("board chair" = chair)
_ORG_WORDS = frozenset(
    "board company group party club team agency committee council bank firm government "
    "organisation organization union".split()
)
#: qualifier word -> its normal form
QUALIFIERS: dict[str, str] = {
    "interim": "interim",
    "acting": "acting",
    "temporary": "interim",
    "caretaker": "interim",
    "provisional": "interim",
    "former": "former",
    "ex": "former",
    "outgoing": "outgoing",
    "incoming": "incoming",
    "new": "new",
    "permanent": "permanent",
    "designate": "designate",
}
#: qualifiers that say the person no longer holds the office
PAST_QUALIFIERS = frozenset({"former"})
#: standard acronyms of offices, spelled out
ACRONYMS: dict[str, str] = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "cio": "chief information officer",
    "cmo": "chief marketing officer",
}
#: one role, several spellings: word -> its normal form
_WORD_FORMS = {
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "financial": "finance",
}
#: a role word that only says "holder of an office" beside another role word
_GENERIC = frozenset({"officer", "official"})
#: adjective suffixes -> noun endings, for adjectives derived from nouns
_ADJ_SUFFIXES = (("ial", "e"), ("ial", ""), ("al", ""), ("al", "e"), ("ic", "y"))
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "FAC", "LOC", "PRODUCT"})


@dataclass(frozen=True)
class Office:
    """A normalised office: ``role`` ("head", "chief finance", "chair") and ``qualifiers``
    (sorted normal forms: "interim", "former"...)."""

    role: str
    qualifiers: tuple[str, ...] = ()

    @property
    def past(self) -> bool:
        """Whether a qualifier places the office before now ("former minister")."""
        return any(q in PAST_QUALIFIERS for q in self.qualifiers)


def office_text(office: Office) -> str:
    """``"role|qualifier,qualifier"`` (``Claim.office``), e.g. ``"head|interim"``."""
    return f"{office.role}|{','.join(office.qualifiers)}"


@functools.cache
def _noun_index() -> frozenset[str]:
    from .analyse import load_nlp

    lookups = load_nlp().get_pipe("lemmatizer").lookups
    return frozenset(lookups.get_table("lemma_index").get("noun", []))


def noun_of_adjective(word: str) -> str:
    """The noun an adjective derives from by a suffix rule checked against spaCy's noun
    lemma index ("financial" -> finance, "operational" -> operation), else ``word``."""
    if word in _WORD_FORMS:
        return _WORD_FORMS[word]
    nouns = _noun_index()
    for suffix, ending in _ADJ_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            cand = word[: -len(suffix)] + ending
            if cand in nouns:
                return cand
    return word


def _modifiers(noun) -> list:
    """The compound and adjective modifiers left of ``noun``, nested ones included, in text
    order ("interim Chief Executive [Officer]")."""
    out = []
    for c in noun.children:
        if c.dep_ in _MODIFIER_DEPS and c.i < noun.i:
            out.extend(_modifiers(c))
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def _of_words(noun) -> list:
    """The common-noun object of the role's "of" / "for" phrase with its modifiers
    ("spokesman *for the police*", "chairman *of the harbour board*"): the same words as
    the compound form ("police spokesman"); a name there is the organisation, not the role."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        common = obj is not None and (obj.pos_ == "NOUN" or obj.pos_ == "PROPN" and obj.is_lower)
        if common and not obj.ent_type_:
            return [*_modifiers(obj), obj]
    return []


def _organisation_word(tok, noun) -> bool:
    """An organisation noun among a role's words, or a word modifying one ("[harbour]
    board"), other than the role noun itself."""
    for t in (tok, tok.head):
        if t.i != noun.i and t.lemma_.lower() in _ORG_WORDS and t.text.lower() not in ACRONYMS:
            return True
    return False


def _words(tok) -> list[str]:
    """Normalised role words of one token (an acronym spelled out)."""
    text = tok.text.lower().strip(".-")
    if text in ACRONYMS:
        return [noun_of_adjective(w) for w in ACRONYMS[text].split()]
    lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else text
    lemma = _WORD_FORMS.get(lemma, lemma)
    return [noun_of_adjective(lemma) if tok.pos_ == "ADJ" or tok.tag_ == "JJ" else lemma]


def office_of(noun, words_of: Sequence[Any] = ()) -> Office | None:
    """The office the noun phrase headed by ``noun`` names ("interim Chief Executive
    Officer" -> ``Office("head", ("interim",))``), or None when it holds no role word
    (a name, a pronoun, a figure). ``words_of``: the phrase's tokens when the parser did not
    hang them on ``noun`` (a title before a name, "Chief Financial Officer Ruth Amar")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.ent_type_ in _NAME_LABELS and noun.text.lower() not in ACRONYMS:
        return None
    words: list[str] = []
    quals: set[str] = set()
    found = [*_modifiers(noun), *words_of, noun, *_of_words(noun)]
    tokens = sorted({t.i: t for t in found}.values(), key=lambda t: t.i)
    for t in tokens:
        low = t.text.lower().strip("-")
        if low in QUALIFIERS:
            quals.add(QUALIFIERS[low])
        elif t.ent_type_ in _NAME_LABELS and t.text.lower() not in ACRONYMS:
            continue  # "Verdane chief executive": the organisation, not the role
        elif _organisation_word(t, noun):
            continue  # "harbour board chairman", "chairman of the harbour board": chair
        elif t.is_alpha and not t.like_num and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            words.extend(w for w in _words(t) if w not in QUALIFIERS)
    if not words:
        return None
    kept = [w for w in words if w not in _GENERIC] or words
    key = frozenset(kept)
    role = HEAD if key in _HEAD_ROLES else " ".join(sorted(key))
    return Office(role, tuple(sorted(quals)))
