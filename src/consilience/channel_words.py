"""The channels a message may go by, and the channel classes a text names.

    channels(text) -> frozenset[str]   # {"email", "post", ...}

Light: a word table and a pattern, no parse, so that :mod:`consilience.align` can ask it of
claims' texts without loading the parser's modules (:mod:`consilience.means_readings` reads
the same classes from the parse).
"""

from __future__ import annotations

import re

#: channel class -> the nouns naming it (lemmas, lower case)
CHANNELS = {
    "email": frozenset({"email", "e-mail", "mail_electronic"}),
    "post": frozenset({"letter", "post", "mail"}),
    "phone": frozenset({"phone", "telephone", "call", "phonecall"}),
    "text": frozenset({"text", "sms", "text_message"}),
    "fax": frozenset({"fax"}),
    "person": frozenset({"person"}),
}
#: channel noun -> its class
CLASS_OF = {w: c for c, ws in CHANNELS.items() for w in ws}
_CHANNEL_TEXT = re.compile(
    r"\b(?:by|via|over|through|in an?|in the)\s+(?:the\s+)?"
    r"(e-?mails?|letters?|post|(?:tele)?phone|text(?: messages?)?|sms|fax|person)\b",
    re.I,
)


def channels(text: str) -> frozenset[str]:
    """The channel classes a text names in a channel phrase ("told *by email*", "came *in
    a letter*"); empty when it names none. Cheap: a pattern over the text, for claims
    whose parse is not at hand (:func:`consilience.align.compatible`)."""
    out = set()
    for m in _CHANNEL_TEXT.finditer(text):
        word = m.group(1).lower()
        if word.startswith("text"):
            out.add("text")
            continue
        word = word.rstrip("s") if word.endswith(("emails", "letters", "e-mails")) else word
        cls = CLASS_OF.get(word.replace("telephone", "phone"))
        if cls:
            out.add(cls)
    return frozenset(out)
