"""Roles a form's header fields give a name, for a speaker the form calls by its role.

A notice, a register entry or an application names its parties once, in a labelled field,
and calls them by the field's role ever after::

    Recipient name: Lampwick Stage Engineering Ltd
    ...
    The recipient stated that the hoists had been examined in March.

    field_holders(text) -> {"recipient": "Lampwick Stage Engineering Ltd"}
    field_holder("The recipient", text) -> "Lampwick Stage Engineering Ltd"

A field is a line of its own: a label of one word, optionally followed by "name" ("Recipient
name:", "Applicant:", "Defendant:"), a colon, then a value of capitalised words (a name,
not a sentence: at most eight words, no full stop at the end). A role given to two different
names in one text names nobody.
"""

from __future__ import annotations

import re

_FIELD = re.compile(
    r"^(?P<role>[A-Z][a-z]{2,20})(?: name)?:[ \t]+(?P<value>[A-Z][^\n:|]{1,80}?)[ \t]*$",
    re.M,
)
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
        value = m["value"].strip()
        if _name_like(value):
            found.setdefault(m["role"].lower(), set()).add(value)
    return {role: next(iter(v)) for role, v in found.items() if len(v) == 1}


def field_holder(speaker: str, text: str) -> str:
    """The name ``text``'s field gives the role ``speaker`` calls ("The recipient" ->
    "Lampwick Stage Engineering Ltd"), else ``speaker`` unchanged."""
    words = speaker.split()
    if len(words) != 2 or words[0].lower() != "the":
        return speaker
    return field_holders(text).get(words[1].lower(), speaker)
