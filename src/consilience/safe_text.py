"""Text from outside (file names, URLs, record keys, reasons) made safe for one terminal line.

A file name may hold a newline or an ANSI escape sequence; printed raw it could forge a
"skipped …" line or recolour the terminal. :func:`escape_line` writes every such character as
a visible Python-style escape, so one message is always one line of plain characters.
"""

from __future__ import annotations

import unicodedata

__all__ = ["escape_line"]

# bidirectional overrides and isolates reorder what the terminal shows
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def escape_line(text: object) -> str:
    """``str(text)`` with control characters (C0, DEL, C1, line and paragraph separators,
    bidirectional controls) written as ``\\n``, ``\\x1b``, ``\\u2028``...; a backslash is left
    as it is. Never raises; the result holds no line break."""
    s = str(text)
    if s.isprintable():
        return s
    out = []
    for ch in s:
        if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    return "".join(out)
