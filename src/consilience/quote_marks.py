"""Quotation marks: where the quotations of an article are, from its text alone.

    find_quotations(text) -> list[Quotation]    # text order, outermost quotations only

Marks
-----
* Double marks: curly ``“ ”``, guillemets ``« »``, low ``„``, the ````` and ``''`` of
  tokenized text (``"We appreciate it , '' he said``) and straight ``"``. A straight
  mark opens when it follows whitespace/an opening bracket and precedes a non-space, closes
  when it follows a non-space and precedes whitespace/punctuation, and is *spaced* (either)
  when whitespace is on both sides, as in tokenized text (``" We will rebuild , " he said .``).
* Single marks: ``‘ ’`` and straight ``'``, paired separately from double marks so that an
  apostrophe never shifts the pairing of double marks. A single mark opens only before a
  letter after whitespace/an opening bracket (so ``'90s`` and ``don't`` are no openers) and
  closes only after a non-space before whitespace/punctuation (so ``it's`` is no closer).
  ``workers' union`` (``s'`` before a word) is a *weak* closer, taken only when no other
  closer precedes the next opener.

Pairing is per paragraph (a line). An opener not closed before the next opener is dropped,
so one stray mark never shifts the rest of the article, except in news style: a paragraph
that opens a sentence-level quotation and never closes it continues into the next paragraph
when that paragraph opens with a mark; the quotation then has one part per paragraph.
A quotation nested in another (``"He told me 'run'," she said``) belongs to the outer one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = {"“", "«", "„"}
CLOSE_DOUBLE = {"”", "»"}
_OPEN_CONTEXT = set(" \t\n([{—–-/") | {"\u00a0"}
_CLOSE_CONTEXT = set(" \t\n.,;:!?)]}—–-") | {"\u00a0"}
QUOTE_MARKS = "\"'“”‘’«»„"
# Elisions written with a leading apostrophe: never single-quote openers.
# Elisions and tokenized contractions written with a leading apostrophe ("'em", "he 's"):
# never single-quote openers.
_ELISIONS = tuple(f"{w} " for w in "em n til cause tis twas s ll re ve d m t".split()) + ("n'",)
_SENTENCE_LEAD = set(":,.!?;—–")


@dataclass(frozen=True)
class Quotation:
    """One quotation: inner character spans (marks excluded), one per paragraph it covers.

    ``parts`` are ``(start, end)`` offsets into the text, in order; ``single`` is True for a
    quotation in single marks.
    """

    parts: tuple[tuple[int, int], ...]
    single: bool = False

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset just after the last quoted character."""
        return self.parts[-1][1]


def find_quotations(text: str) -> list[Quotation]:
    """Quotations of ``text`` (double and single marks), outermost only, in text order."""
    found = _pair_double(text) + _pair_single(text)
    found.sort(key=lambda q: (q.start, -q.end))
    out: list[Quotation] = []
    for q in found:
        if any(o.start - 1 <= q.start and q.end <= o.end + 1 for o in out):
            continue  # nested in an earlier (outer) quotation
        out.append(q)
    return out


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Inner ``(start, end)`` spans of every quotation part in ``text``, in text order."""
    return [p for q in find_quotations(text) for p in q.parts]


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _around(line: str, i: int) -> tuple[str, str]:
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return before, after


# --------------------------------------------------------------------------- double marks


def _double_role(line: str, i: int) -> str | None:
    ch = line[i]
    if ch in OPEN_DOUBLE:
        return "open"
    if ch in CLOSE_DOUBLE:
        return "close"
    if ch != '"':
        return None
    before, after = _around(line, i)
    if before.isspace() and after.isspace():
        return "either"  # tokenized text: `" We will rebuild , "`
    can_open = (before in _OPEN_CONTEXT or before in QUOTE_MARKS) and not after.isspace()
    can_close = (after in _CLOSE_CONTEXT or after in QUOTE_MARKS) and not before.isspace()
    if can_open and can_close:
        return "either"
    if can_open:
        return "open"
    if can_close:
        return "close"
    return None


def _double_marks(line: str) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` of each double mark in ``line``; the two-character marks of
    tokenized (Penn Treebank style) text, ````` and ``''``, open and close."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(line):
        pair = line[i : i + 2]
        if pair in ("``", "''"):
            out.append((i, i + 2, "open" if pair == "``" else "close"))
            i += 2
            continue
        role = _double_role(line, i)
        if role:
            out.append((i, i + 1, role))
        i += 1
    return out


def _pair_double(text: str) -> list[Quotation]:
    out: list[Quotation] = []
    carry: list[tuple[int, int]] = []  # parts of a quotation continued from earlier paragraphs
    for pos, line in _lines(text):
        if not line.strip():
            continue  # paragraphs parted by a blank line: a continued quotation goes on
        marks = _double_marks(line)
        if carry and not (marks and marks[0][2] != "close" and not line[: marks[0][0]].strip()):
            carry = []  # the next paragraph does not open with a mark: the quotation is dropped
        opened: int | None = None  # end of the open mark
        opened_at = 0  # its start
        for start, end, role in marks:
            if role == "either":
                role = "close" if opened is not None else "open"
            if role == "open":
                if opened is not None:
                    carry = []  # an earlier unclosed opener is unbalanced: dropped
                opened, opened_at = end, start
            elif opened is not None:
                if start > opened:
                    out.append(Quotation((*carry, (pos + opened, pos + start))))
                carry, opened = [], None
        if opened is not None and _opens_sentence_quote(line, opened_at, opened):
            carry = [*carry, (pos + opened, pos + len(line.rstrip()))]
        else:
            carry = []
    return out


def _opens_sentence_quote(line: str, start: int, end: int) -> bool:
    """True when the mark at ``line[start:end]`` opens a quotation that may go on into the
    next paragraph: it starts the paragraph or follows ``:``/``,``/a sentence end, and the
    quoted text is capitalised; or, opened inside a sentence, the quoted words go on past
    a sentence end to the paragraph's end ('said the frost was "the worst in memory. We
    lost it all.'), which a scare quote left open ('called it a "waste of money.') does
    not."""
    lead = line[:start].rstrip()
    first = line[end:].lstrip()[:1]
    if (not lead or lead[-1] in _SENTENCE_LEAD) and first.isupper():
        return True
    rest = line[end:].rstrip()
    return bool(lead) and rest[-1:] in (".", "!", "?") and _SENTENCE_INSIDE.search(rest) is not None


#: a sentence end followed by a capitalised word: quoted words that go on past a sentence
_SENTENCE_INSIDE = re.compile(r"[.!?] +[A-Z]")


# --------------------------------------------------------------------------- single marks


def _single_role(line: str, i: int) -> str | None:
    ch = line[i]
    if ch not in "'‘’" or "''" in line[max(0, i - 1) : i + 2]:
        return None  # "''" closes a double quotation in tokenized text
    before, after = _around(line, i)
    rest = line[i + 1 : i + 8].lower() + " "
    if (
        ch != "’"
        and (before in _OPEN_CONTEXT or before in '"“')
        and after.isalpha()
        and not rest.startswith(_ELISIONS)
    ):
        return "open"
    if ch != "‘" and not before.isspace() and (after in _CLOSE_CONTEXT or after in '"”'):
        if before in "sS" and after == " " and line[i + 2 : i + 3].isalnum():
            return "weak"  # "the workers' union": a plural possessive, most likely
        return "close"
    return None


def _pair_single(text: str) -> list[Quotation]:
    out: list[Quotation] = []
    for pos, line in _lines(text):
        marks = [(i, r) for i in range(len(line)) if (r := _single_role(line, i))]
        opens = [k for k, (_, r) in enumerate(marks) if r == "open"]
        for n, k in enumerate(opens):
            stop = opens[n + 1] if n + 1 < len(opens) else len(marks)
            closers = marks[k + 1 : stop]
            strong = [i for i, r in closers if r == "close"]
            weak = [i for i, r in closers if r == "weak"]
            close = strong[0] if strong else (weak[-1] if weak else None)
            start = marks[k][0] + 1
            if close is not None and sum(c.isalpha() for c in line[start:close]) >= 2:
                out.append(Quotation(((pos + start, pos + close),), single=True))
    return out


# --------------------------------------------------------------------------- span edges

#: an opening mark -> the marks that may close it
_CLOSERS = {"“": "”", "„": "“”", "«": "»", '"': '"', "‘": "’"}
#: a closing mark -> the marks that may open it
_OPENERS = {"”": "“„", "»": "«", '"': '"', "’": "‘"}


def trim_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of the span ``text[start:end]`` without whitespace and without
    quotation marks at its edges that it does not pair: the opening mark of a quotation's
    next paragraph ('“We will try' after a paragraph left open), the closing mark of a
    quotation the span starts inside. A mark the span pairs stays ('"Safe", she said'
    keeps both). Offsets are character offsets; the result may be empty (start == end)."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        head, tail = text[start : start + 1], text[end - 1 : end]
        if end - start > 1 and head in "”»":
            start += 1  # the closing mark of a quotation that ends where the span starts
        elif end - start > 1 and head in _CLOSERS and not _has_any(text, start + 1, end, head):
            start += 1
        elif end - start > 1 and tail in _OPENERS and not _has_opener(text, start, end - 1, tail):
            if tail == "’" and text[end - 2 : end - 1] in "sS":
                return start, end  # "the growers’": a possessive, no mark
            end -= 1
        else:
            return start, end


def _has_any(text: str, start: int, end: int, opener: str) -> bool:
    return any(c in _CLOSERS[opener] for c in text[start:end])


def _has_opener(text: str, start: int, end: int, closer: str) -> bool:
    return any(c in _OPENERS[closer] for c in text[start:end])
