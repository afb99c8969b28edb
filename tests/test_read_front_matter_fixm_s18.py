"""Session 18 new-user probe: a front-matter value that is malformed where one string is
meant (a bracket or quotation mark never closed, a list or mapping for the title, outlet,
date or address) is never read as written nor guessed: one warning line names the file and
the field, and the field is left empty. Well-formed values read as before."""

from __future__ import annotations

import logging

from consilience.model import RawArticle
from consilience.read import front_matter_problem, iter_raw

STORY = (
    "\nDivers recovered the ferry's second anchor on Tuesday, the harbour master said.\n\n"
    "The ferry has been towed to the Nordhavn yard for repairs.\n"
)
CLEAN = {
    "title": "Second anchor recovered",
    "outlet": "Harbour Post",
    "published": "2026-11-24",
    "url": "https://harbourpost.example.org/anchor",
    "author": "Ines Lark",
}


def _article(tmp_path, caplog, **fields):
    """The one article read from a Markdown file with ``fields`` as its front matter."""
    lines = [f"{key}: {value}" for key, value in {**CLEAN, **fields}.items()]
    path = tmp_path / "probe.md"
    path.write_text("---\n" + "\n".join(lines) + "\n---\n" + STORY, encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="consilience.read"):
        (art,) = list(iter_raw([str(path)]))
    assert isinstance(art, RawArticle)
    return art


def _warnings(caplog):
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_an_unclosed_bracket_or_quote_leaves_each_field_empty_with_one_line(tmp_path, caplog):
    for field in CLEAN:
        for bad in ("[unclosed", '"unclosed', "{unclosed", "closed]"):
            art = _article(tmp_path, caplog, **{field: bad})
            assert getattr(art, field) is None, (field, bad)
            (line,) = _warnings(caplog)
            assert "probe.md" in line and f"'{field}'" in line and "\n" not in line
            assert "left empty" in line


def test_a_malformed_outlet_is_not_replaced_by_a_guess_from_the_address(tmp_path, caplog):
    art = _article(tmp_path, caplog, outlet="[Harbour Post")
    assert art.outlet is None and art.url == CLEAN["url"]


def test_a_list_or_mapping_where_one_value_is_meant_is_left_empty(tmp_path, caplog):
    assert _article(tmp_path, caplog, outlet="[Harbour Post, Wire]").outlet is None
    assert "is a list" in _warnings(caplog)[0]
    assert _article(tmp_path, caplog, published="{on: 2026-11-24}").published is None
    assert _article(tmp_path, caplog, title="\n  - Anchor\n  - Ferry").title is None
    assert "'title'" in _warnings(caplog)[0]


def test_a_list_of_authors_is_read_as_their_names(tmp_path, caplog):
    assert _article(tmp_path, caplog, author="[Ines Lark, 'Tom Varga']").author == (
        "Ines Lark, Tom Varga"
    )
    assert _article(tmp_path, caplog, author="\n  - Ines Lark\n  - Tom Varga").author == (
        "Ines Lark, Tom Varga"
    )
    assert not _warnings(caplog)


def test_well_formed_values_read_as_before_without_a_warning(tmp_path, caplog):
    for title in (
        "Second anchor recovered [update]",
        '"Anchor [found"',
        "'Quay's last ferry leaves'",
        '"We lost the lot": divers count the cost',
    ):
        art = _article(tmp_path, caplog, title=title)
        assert art.title and art.title.strip("\"'") in title, title
        assert not _warnings(caplog), title
    art = _article(tmp_path, caplog)
    assert (art.title, art.outlet, art.published, art.url, art.author) == tuple(CLEAN.values())


def test_front_matter_problem_names_what_is_wrong():
    assert "never closed" in front_matter_problem("outlet", "[unclosed")
    assert "closes nothing" in front_matter_problem("outlet", "Echo]")
    assert "quotation mark" in front_matter_problem("title", "'Ferry aground")
    assert front_matter_problem("author", "[Ines Lark]") is None
    assert front_matter_problem("title", '"[Ferry"') is None
