"""Unique facts (issue #11, s13): a press release's trailer -- what follows its end marker
("ENDS", "###", "-30-") and its background paragraphs ("About the X:", "Notes for
editors:") -- describes the issuer for journalists and is never a unique fact. Texts
written for these tests (a flour mill, a ferry line)."""

from __future__ import annotations

import pytest

from consilience.contact_lines import trailer_line

RELEASE = (
    "Harlow Mills has recalled 4,000 bags of rye flour after traces of glass were found.\n\n"
    "The recall covers bags with a best-before date in March.\n\n"
    "- Ends -\n\n"
    "Notes to editors: Harlow Mills supplies rye flour to 300 bakeries across the northern "
    "region of Velland.\n\n"
    "Harlow Mills was founded by a family of millers from Dunmore."
)


@pytest.mark.parametrize(
    "text, opening, trailer",
    [
        (RELEASE, "The recall covers", False),
        (RELEASE, "Notes to editors", True),
        (RELEASE, "Harlow Mills was founded", True),
        ("The ferry sank.\n\nAbout the Skarn Line: the line runs four ships.", "About the", True),
        (
            "The ferry sank.\n\nAbout 300 people were on board: most swam ashore.",
            "About 300",
            False,
        ),
        ("The ferry sank.\n\n###\n\nThe Skarn Line runs four ships.", "The Skarn", True),
        ("The ferry sank.\n\nMost passengers swam ashore.", "Most", False),
    ],
)
def test_a_release_trailer_is_recognised(text, opening, trailer):
    assert trailer_line(text, text.index(opening)) is trailer
