"""Markdown to the text a reader sees (the READ stage of .md files).

A Markdown article or bug report carries markup that is no part of its words: emphasis
(``**fall back**``, ``*fourteen*``), links (``[the parser](https://...)``), images
(``![screenshot](...)``), code spans and fences, quote markers (``> ``), heading marks and
escapes. Stored as written, those characters land in citations, quotes and claim text.

:func:`markdown_to_text` parses with markdown-it-py (CommonMark, the parser ``rich`` uses)
and writes each block as one paragraph: the words of its inline content, a link as its
text, an image dropped (a figure, as the HTML reader drops figures), a code span as its
code, a line break inside a paragraph kept as a line break (hard-wrapped text is joined
before, :mod:`consilience.reflow`), list items as ``- item`` lines (as the HTML reader
writes them; numbered ones keep their number), a table row as its cells joined by `` | ``,
a fenced or indented code block as its lines, raw HTML through the reader's HTML-to-text.
The reader converts only text that :func:`has_markup`: plain prose saved as .md is stored
as written, line for line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["has_markup", "markdown_to_text"]

#: inline or block markup that is no part of the words: strong or emphasised text, a link or
#: image, a code span or fence, a quote marker, an ATX heading with words
_MARKUP = re.compile(
    r"\*\*\S|__\S|(?<![\w*])\*[^\s*][^*\n]*(?<!\s)\*(?![\w*])|\]\([^)\s]+\)|!\[|`[^`\n]+`"
    r"|^(?:```|~~~)|^>\s|^#{1,6}\s+\w",
    re.M,
)


def has_markup(text: str) -> bool:
    """Whether ``text`` holds Markdown markup (:data:`_MARKUP`). Text written plainly, with
    at most list items and line breaks as Markdown reads them, is stored as written, line
    for line."""
    return bool(_MARKUP.search(text))


def _inline_text(children: Sequence[Any], html_text: Callable[[str], str]) -> str:
    """The words of an inline token's children: text, code, link text; no image, no tag."""
    out: list[str] = []
    for tok in children:
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif tok.type == "html_inline":
            out.append(html_text(tok.content))
    return "".join(out).strip()


def markdown_to_text(markdown: str, html_text: Callable[[str], str]) -> str:
    """The text of Markdown ``markdown`` (see the module docstring): paragraphs separated by
    a blank line. ``html_text`` turns an HTML block or inline tag into text (the reader's
    :func:`consilience.read.html_to_text`). Never raises on odd input (CommonMark has no
    syntax errors)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    paras: list[str] = []
    items: list[str] = []  # the lines of the list being read
    row: list[str] = []  # the cells of the table row being read
    depth = 0  # open list items
    mark = "- "  # the marker of the list item being read: "- ", or its number ("2. ")
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind == "list_item_open":
            depth += 1
            mark = f"{tok.info}{tok.markup} " if tok.info else "- "
        elif kind == "list_item_close":
            depth -= 1
            if depth == 0 and tokens[i + 1].type in ("bullet_list_close", "ordered_list_close"):
                paras.append("\n".join(items))
                items = []
        elif kind == "inline":
            text = _inline_text(tok.children or [], html_text)
            if tokens[i - 1].type in ("th_open", "td_open"):
                row.append(text)
            elif text:
                (items if depth else paras).append(f"{mark}{text}" if depth else text)
        elif kind == "tr_close":
            if any(row):
                paras.append(" | ".join(row))
            row = []
        elif kind in ("fence", "code_block", "html_block"):
            text = html_text(tok.content) if kind == "html_block" else tok.content
            if text.strip():
                (items if depth else paras).append(text.strip("\n"))
    return "\n\n".join(p for p in paras if p.strip())
