"""Roles a form's header fields give a name, for a speaker the form calls by its role.

A notice, a register entry or an application names its parties once, in a labelled field,
and calls them by the field's role ever after::

    Recipient name: Lampwick Stage Engineering Ltd
    ...
    The recipient stated that the hoists had been examined in March.

    field_holders(text) -> {"recipient": "Lampwick Stage Engineering Ltd"}
    field_holder("The recipient", text) -> "Lampwick Stage Engineering Ltd"

A field is a line of its own, or one of the fields of a line split by " | " ("Lab
reference: FL-40-2291 | Client: Corrandale Fuels Ltd (Tollbarrow) | ..."): a label of one
to three words, optionally followed by "name"
("Recipient name:", "Applicant:", "Food business operator:"), a colon, then a value of
capitalised words after any title (a name, not a sentence: at most eight words, no full stop
at the end), a place in brackets after it left off. A role given to two different names in one text names nobody.
"""

from __future__ import annotations

import re

_FIELD = re.compile(
    r"(?:^|\| )(?P<role>[A-Z][a-z]{2,20}(?: [a-z]{3,20}){0,2}?)(?: name)?:[ \t]+"
    r"(?P<value>[A-Z][^\n:|]{1,80}?)[ \t]*(?=\||$)",
    re.M,
)
#: a place or branch in brackets after a name ("Corrandale Fuels Ltd (Tollbarrow)")
_BRACKETED = re.compile(r"[ \t]*\([^()\n]{1,40}\)$")
#: titles a field's value may open with ("Mr Marco Delane"): the name is the rest
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? +")
#: small words a name may carry between its capitalised words ("Bank of Orla", "Hart & Co")
_JOINING = frozenset({"of", "and", "&", "the", "for", "de", "van", "von"})


def _name_like(value: str) -> bool:
    """Whether a field's value is a name: two to eight words, each capitalised or a small
    joining word, with no full stop at the end."""
    words = value.split()
    if not 1 <= len(words) <= 8 or value.endswith("."):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINING for w in words)


def field_holders(text: str) -> dict[str, str]:
    """Role (lower case) -> the name its field gives, for every field line of ``text``
    whose value is a name; a role with two different names is left out."""
    found: dict[str, set[str]] = {}
    for m in _FIELD.finditer(text):
        value = _BRACKETED.sub("", _TITLE.sub("", m["value"].strip()))
        if _name_like(value):
            found.setdefault(m["role"].lower(), set()).add(value)
    return {role: next(iter(v)) for role, v in found.items() if len(v) == 1}


def field_holder(speaker: str, text: str) -> str:
    """The name ``text``'s field gives the role ``speaker`` calls ("The recipient" ->
    "Lampwick Stage Engineering Ltd"; "the operator" or "business operator" -> the name of
    the field "Food business operator:"), else ``speaker`` unchanged. The speaker's words
    (without "the") must end the field's label; with two such fields, nobody."""
    words = speaker.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return speaker
    names = {
        name for role, name in field_holders(text).items() if role.split()[-len(words) :] == words
    }
    return names.pop() if len(names) == 1 else speaker
