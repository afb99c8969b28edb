"""Unique facts (issue #11, s13): a press release's trailer -- what follows its end marker
("ENDS", "###", "-30-") and its background paragraphs ("About the X:", "Notes for
editors:") -- describes the issuer for journalists and is never a unique fact. Texts
written for these tests (a flour mill, a ferry line)."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.contact_lines import trailer_line
from consilience.model import Article

RELEASE = (
    "Harlow Mills has recalled 4,000 bags of rye flour after traces of glass were found.\n\n"
    "The recall covers bags with a best-before date in March.\n\n"
    "- Ends -\n\n"
    "Notes to editors: Harlow Mills has milled flour in the valley since 1880.\n\n"
    "It employs 140 people."
)


@pytest.mark.parametrize(
    "text, opening, trailer",
    [
        (RELEASE, "The recall covers", False),
        (RELEASE, "Notes to editors", True),
        (RELEASE, "It employs", True),
        ("The ferry sank.\n\nAbout the Skarn Line: the line runs four ships.", "About the", True),
        ("The ferry sank.\n\nAbout 300 people were on board: most swam ashore.", "About 300", False),
        ("The ferry sank.\n\n###\n\nThe Skarn Line runs four ships.", "The Skarn", True),
        ("The ferry sank.\n\nMost passengers swam ashore.", "Most", False),
    ],
)
def test_a_release_trailer_is_recognised(text, opening, trailer):
    assert trailer_line(text, text.index(opening)) is trailer


def test_no_trailer_line_is_a_unique_fact(bench):
    texts = {
        "a": RELEASE,
        "b": (
            "Harlow Mills is recalling 4,000 bags of rye flour because glass was found in "
            "some of them. Shoppers should return the bags to the store."
        ),
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-03-02")
        for k, t in texts.items()
    ]
    brief = build_brief(bench.build_context(arts))
    shown = [u["text"] for u in brief["unique"]]
    assert not any("1880" in t or "140 people" in t for t in shown), shown
