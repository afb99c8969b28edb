"""Press-release closing blocks (issue #11, session 11): an "About X:" profile, a contact
line and a legal notice are boilerplate for every section, also when the heading and its
text share one line, or when the contact line comes first. Texts written here."""

from __future__ import annotations

import pytest

from consilience.boilerplate import boilerplate_spans, is_boilerplate

NEWS = (
    "Marwick Orchards recalled 12,000 jars of plum jam on Friday after glass fragments were "
    "found in two jars at a shop in Tessby.\n\n"
    "The company said no one had been hurt and that the fault lay with one filling line at "
    "its plant in Orlen, which has been stopped.\n\n"
    "Customers can return the jars to any shop for a full refund, the company added.\n\n"
)


def _marked(text: str, part: str) -> bool:
    start = text.index(part)
    return is_boilerplate(boilerplate_spans(text), start, start + len(part), text)


@pytest.mark.parametrize(
    "tail",
    [
        "About Marwick Orchards: Marwick Orchards grows fruit on 900 hectares and employs "
        "430 people in the Orlen valley.",
        "ABOUT MARWICK ORCHARDS: Founded in 1961, Marwick Orchards is a family-owned grower "
        "with two plants.",
        "About the company: Marwick Orchards operates two jam plants and a cider press.",
    ],
)
def test_inline_about_profile_is_boilerplate(tail: str) -> None:
    text = NEWS + tail + "\n"
    profile = tail.split(": ", 1)[1]
    assert _marked(text, profile)
    assert not _marked(text, "recalled 12,000 jars of plum jam on Friday")


@pytest.mark.parametrize(
    "contact",
    [
        "For press enquiries, please write to news@marwick.example",
        "Media inquiries: Petra Lind, +46 31 555 0192, petra.lind@marwick.example",
        "Press contact: Jon Ekberg, communications office, tel. +45 7012 3344",
    ],
)
def test_contact_line_opens_the_closing_block(contact: str) -> None:
    profile = "Marwick Orchards operates two jam plants and a cider press."
    text = NEWS + contact + "\n\nAbout Marwick Orchards: " + profile + "\n"
    assert _marked(text, contact)
    assert _marked(text, profile)


def test_news_lines_that_look_alike_are_kept() -> None:
    text = (
        NEWS
        + "About 300 shops took the jars off their shelves by Saturday morning.\n\n"
        + "Police asked anyone who bought a jar in Tessby to contact the store.\n"
    )
    assert not _marked(text, "About 300 shops took the jars off their shelves")
    assert not _marked(text, "Police asked anyone who bought a jar")


def test_legal_notice_inline_heading() -> None:
    notice = (
        "Forward-looking statements: this release contains statements about future "
        "sales that involve risks and uncertainties."
    )
    text = NEWS + notice + "\n"
    assert _marked(text, "this release contains statements about future sales")


def test_appeal_with_a_number_in_the_news_is_kept() -> None:
    appeal = "Police urged anyone who fell ill between 1998-2004 or later to call 0800 555 0199."
    text = NEWS + appeal + "\n\nThe plant in Orlen reopened on Monday.\n"
    assert not _marked(text, appeal)
    assert not _marked(text, "The plant in Orlen reopened on Monday.")


@pytest.mark.parametrize(
    "tail",
    [
        "Notes for editors: The Orlen Food Board inspects 2,000 food businesses a year.",
        "Note to editors: Marwick Orchards is a member of the Nordic Fruit Council.",
        "NOTES FOR EDITORS: Marwick Orchards was founded in 1961.",
    ],
)
def test_a_note_for_editors_is_boilerplate(tail: str) -> None:
    """Session 13: "Notes for editors" / "Note to editors" close a release like "Notes to
    editors" (heldout_s12 listed such a line as a unique fact)."""
    text = NEWS + tail + "\n"
    assert _marked(text, tail.split(": ", 1)[1])
    assert not _marked(text, "recalled 12,000 jars of plum jam on Friday")
