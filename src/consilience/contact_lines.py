"""Service lines addressed to the reader: how to reach someone, not a fact of the story.

    contact_line(doc, start, end) -> bool   # "Anyone with information should call 0800 ..."

A news report often ends with a help line, a hotline or an address for questions. Such a
sentence is the same kind of line whatever it is about, and never a unique fact: it tells
the reader what to do and how to get in touch. It is recognised by its structure, not its
words: a **directive** (a verb in the base form that is the imperative root of its clause,
has a second-person subject, carries a modal auxiliary, "should call", "can ring", or
completes a request in the passive, "are asked to phone") and
a **contact** in the same sentence (an e-mail address, a web address, or a telephone
number: digits with a leading zero or plus sign, or seven or more in several groups;
never a figure with a thousands separator or a decimal point).
"""

from __future__ import annotations

import re

from .analyse import tokens_in

#: modal auxiliaries of the future tense: "will pay" states what is to happen, no advice
_FUTURE = frozenset({"will", "shall", "would"})
#: a telephone number as written: "0800 555 0199", "+44 20 7946 0000", "(020) 7946-0000"
_PHONE = re.compile(r"(?<![\w.,])\+?\(?\d[\d ()\-]*\d(?![\w]|[.,]\d)")


def _phone_number(text: str) -> bool:
    """``text`` holds a telephone number: a digit run with a leading 0 or +, or seven
    digits or more in several groups (not "3,000", "2.5", "250000 euros")."""
    for m in _PHONE.finditer(text):
        run = m.group(0).strip()
        digits = re.sub(r"\D", "", run)
        groups = len(re.findall(r"\d+", run))
        if run.startswith(("0", "+", "(")) and len(digits) >= 3:
            return True
        if groups >= 2 and len(digits) >= 7:
            return True
    return False


def _contact(span) -> bool:
    """The tokens ``span`` give an e-mail address, a web address or a phone number."""
    if any(t.like_email or t.like_url for t in span):
        return True
    return _phone_number(span.text)


def _directive(tok) -> bool:
    """``tok`` is a verb in the base form addressed to the reader: an imperative root (no
    subject), a verb with a second-person subject, one with a modal auxiliary, or the
    complement of a passive request ("are asked to phone")."""
    if tok.tag_ != "VB":
        return False
    kids = list(tok.children)
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if any("Person=2" in str(c.morph) for c in subjects):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lemma_ not in _FUTURE for c in kids):
        return True
    if tok.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in tok.head.children):
        return True  # a request in the passive: "witnesses are asked to phone ..."
    return tok.dep_ == "ROOT" and not subjects and tok.i == _clause_start(tok)


def _clause_start(tok) -> int:
    """Index of the first token of ``tok``'s clause that is not punctuation or an
    adverbial opener ("If you see smoke, dial ...": the clause starts at "dial")."""
    first = tok.i
    for c in tok.children:
        if c.i < tok.i and c.dep_ not in ("advcl", "punct", "advmod", "intj", "prep", "npadvmod"):
            first = min(first, c.i)
    return first


def contact_line(doc, start: int, end: int) -> bool:
    """The text ``start:end`` (character offsets) of the parsed article ``doc`` tells the
    reader how to get in touch: a directive verb (:func:`_directive`) and a contact
    (:func:`_contact`) in one sentence. "Anyone with information should call 0800 555 0199"
    and "For advice, e-mail help@example.org" are; "The helpline, 0800 123 4567, has taken
    3,000 calls" (a report of the line's use) is not."""
    span = tokens_in(doc, start, end)
    if not len(span) or not _contact(span):
        return False
    return any(_directive(t) for t in span)


#: a line that ends a press release's story: "ENDS", "- Ends -", "###", "-30-"
_END_MARKER = re.compile(
    r"^[ \t]*(?:[-–—*]*[ \t]*ends?[ \t]*[-–—*]*|#{3,}|-30-)[ \t]*$", re.I | re.M
)
#: the opening of a release's background paragraph: "About the Pellin Bridge:", "About
#: Lindqvist & Hale" on a line of its own, "Notes for editors:", "Note to editors:"
_TRAILER_LABEL = re.compile(
    r"(?:(?:About|ABOUT)\s+(?:the\s+)?[A-Z][^\n:.]{0,60}|About us"
    r"|[Nn]otes?\s+(?:to|for)\s+[Ee]ditors?)[ \t]*(?::|\n)"
)


def trailer_line(text: str, start: int) -> bool:
    """The sentence starting at ``start`` (a character offset) of the article ``text`` is
    part of a press release's trailer, not its story: it follows a line that ends the
    release ("ENDS", "- Ends -", "###", "-30-"), or its paragraph opens with a background
    label ("About the Pellin Bridge: ...", "Notes for editors: ..."). Such lines describe
    the issuer for journalists; they are never a unique fact."""
    if any(m.end() <= start for m in _END_MARKER.finditer(text)):
        return True
    para = text.rfind("\n", 0, start) + 1
    return bool(_TRAILER_LABEL.match(text, para))
