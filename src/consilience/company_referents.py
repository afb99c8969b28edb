"""The story's company that a definite business description refers back to.

A reporter names a firm once and then calls it by what it does: "Shares in Velda fell after
the carmaker warned …", "the chain said", "the coat seller said". Inside one article the
speaker resolver links such a description to an organisation-tagged name; when the tagger
typed the firm's one-word name as a person or a place in that article ("Velda" PERSON),
the description is left as written. The story's merged entities know better: across its
articles the name is an organisation. :func:`company_referent` gives the description's
referent from them::

    company_referent("the carmaker", text, at, entities) -> "Velda" | "the carmaker"

The description must be definite ("the …", no possessive: "the hotel's owner" is
someone's), and its head noun a business (:func:`org_kinds.noun_kind` "company":
"company", "firm", "group", "maker") or a noun whose first WordNet sense is an
organisation (:func:`entity_types.noun_kinds`: "chain", "insurer", "retailer", "seller"),
never a public body's, a union's or a club's noun. The referent is an ORG entity of the
story whose name tells a company's kind or none (not an outlet, nor a name the article puts
after a vehicle's noun: "the container ship Kelda Rose"), written in the same
article before the description (a definite description refers back); of several, the
one the most articles of the story name; a tie leaves the description as written.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon
from .cues import is_outlet_name
from .entity_types import noun_kinds
from .noun_branches import is_vehicle_noun
from .org_kinds import noun_kind, org_kind


def business_noun(lemma: str) -> bool:
    """Whether noun ``lemma`` names a business: a company's kind by
    :func:`org_kinds.noun_kind`, or an organisation first by WordNet ("chain",
    "retailer") that names no public body, union or club."""
    kind = noun_kind(lemma)[0]
    if kind == "company":
        return True
    if not kind and noun_kinds(lemma)[:1] == ("ORG",):
        return True
    return _maker_compound(lemma)


#: business nouns a closed compound ends with ("drugmaker", "chipmaker", "steelmaker")
_COMPOUND_ENDS = ("maker", "seller", "builder")


def _maker_compound(lemma: str) -> bool:
    """A closed compound of a noun and a business noun WordNet does not list: "drugmaker"
    is "drug" + "maker" (both words WordNet knows as nouns); a compound it lists is what it
    says ("shoemaker" is a person)."""
    if lexicon.senses(lemma, "n"):
        return False
    for end in _COMPOUND_ENDS:
        first = lemma[: -len(end)]
        if lemma.endswith(end) and len(first) >= 3 and first.isalpha():
            if lexicon.senses(first, "n"):
                return True
    return False


def _description_head(speaker: str) -> str | None:
    """The lower-cased head noun of a definite description ``speaker`` ("the coat
    seller" -> "seller"), or None when it is not "the" and plain words (a possessive,
    a name in capitals after "the" is no description)."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    if not all(w.isalpha() for w in words[1:]) or not words[-1].islower():
        return None
    return words[-1].lower()


def _named_before(item: dict[str, Any], text: str, at: int) -> bool:
    """Whether the article ``text`` writes entity ``item``'s name or an alias (with its
    capitals, word-bounded) before character ``at``."""
    for name in [item["name"], *item.get("aliases", [])]:
        pat = rf"(?<![\w'’]){re.escape(name)}(?![\w])"
        m = re.search(pat, text[:at])
        if m is not None:
            return True
    return False


def _vehicle_named(item: dict[str, Any], text: str) -> bool:
    """Whether the article ``text`` puts a vehicle's noun right before entity ``item``'s
    name ("the container ship Kelda Rose", :func:`noun_branches.is_vehicle_noun`): a ship
    the tagger typed as an organisation is no company."""
    for name in [item["name"], *item.get("aliases", [])]:
        for m in re.finditer(rf"\b([a-z]+)\s+{re.escape(name)}(?![\w])", text):
            if is_vehicle_noun(m.group(1)) and not business_noun(m.group(1)):
                return True
    return False


def company_referent(speaker: str, text: str, at: int, entities: list[dict[str, Any]]) -> str:
    """The story's organisation that definite business description ``speaker``, at
    character ``at`` of article ``text``, refers back to; ``speaker`` unchanged when none
    or several fit (see the module docstring). ``entities`` are the story's merged
    entity items (:func:`consilience.entities.story_entities`)."""
    head = _description_head(speaker)
    if head is None or not business_noun(head):
        return speaker
    fits = sorted(
        (-len(it["articles"]), it["name"])
        for it in entities
        if it.get("type") == "ORG"
        and not is_outlet_name(it["name"])
        and org_kind(it["name"]) in ("company", "")
        and _named_before(it, text, at)
        and not _vehicle_named(it, text)
    )
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return speaker
    return fits[0][1]
