"""Headline, summary and unique facts (issue #11, s7): lines free of disputed claims, the
same whatever the input order, a summary whenever two articles share a claim, and unique
facts that are facts. Every story here is written for these tests."""

from __future__ import annotations

import json

import pytest

from consilience.brief import build_brief
from consilience.model import Article


def _brief(bench, texts: dict[str, str], order=None, published: str = "2026-03-12"):
    keys = list(order or texts)
    arts = [
        Article(
            id=k,
            source=f"{k}.txt",
            text=texts[k],
            outlet=f"Outlet {k.upper()}",
            published=published,
        )
        for k in keys
    ]
    return build_brief(bench.build_context(arts))


def _lines(brief) -> str:
    """Headline and summary as bytes (JSON, keys sorted)."""
    return json.dumps([brief["headline"], brief["summary"]], sort_keys=True)


# ------------------------------------------- a statement conflict, no consensus, any order

FERRY = {
    "a": (
        "Tomas Reinholt has resigned as chief executive of the ferry operator Skerline, the "
        "company said on Wednesday. Operations director Hanne Vik will lead Skerline on an "
        "interim basis. Skerline carries about two million passengers a year between the "
        "islands."
    ),
    "b": (
        "Skerline's board fired chief executive Tomas Reinholt at a meeting on Tuesday evening, "
        "two people with knowledge of the meeting said. Reinholt did not answer calls. The "
        "board had argued with him for months over the price of two new ships. Skerline will "
        "publish its annual results on March 30."
    ),
    "c": (
        "The ferry operator Skerline is looking for a new boss. Tomas Reinholt, who ran the "
        "company for six years, has left. Operations director Hanne Vik will lead the firm on "
        "an interim basis while the board searches for a successor."
    ),
    "d": (
        "Passengers on the Skerline routes saw no change to timetables on Wednesday. Deckhand "
        "union leader Per Aalto said crews wanted stability after the change at the top."
    ),
    "e": (
        "Shares in Skerline fell 3% in Oslo trading on Wednesday. Analyst Mette Dahl of Fjord "
        "Securities said investors had expected a calmer year. The company is due to publish "
        "its annual results on March 30."
    ),
    "f": (
        "The island council of Vardholm asked Skerline to keep its winter timetable unchanged. "
        "Council leader Ola Brekke wrote to the company on Wednesday."
    ),
}


@pytest.fixture(scope="module")
def ferry(bench):
    return _brief(bench, FERRY)


def test_headline_and_summary_do_not_depend_on_input_order(bench, ferry):
    """The same six articles in three orders give the same headline and summary bytes."""
    for order in (["f", "e", "d", "c", "b", "a"], ["b", "d", "f", "a", "e", "c"]):
        assert _lines(_brief(bench, FERRY, order)) == _lines(ferry), order


def test_headline_states_no_side_of_a_statement_conflict(ferry):
    """Resigned / fired is disputed and nothing has the support of half the sources: the
    headline is the claim two articles share (the interim leader), not either side nor
    one article's lead."""
    head = ferry["headline"][0]["text"]
    assert "Hanne Vik" in head, head
    for line in ferry["headline"] + ferry["summary"]:
        assert "resigned" not in line["text"] and "fired" not in line["text"], line


def test_summary_lines_are_claims_two_articles_share(ferry):
    """No claim has the support of half the sources, yet two articles share the annual
    results date: the summary states it, cited to both, rather than one article's lead."""
    shared = [x for x in ferry["summary"] if len({c["article"] for c in x["citations"]}) >= 2]
    assert any("March 30" in x["text"] for x in shared), ferry["summary"]


# ------------------------------------------------------------- unique facts that are facts

HARBOUR = {
    "a": (
        "Police in Brenmouth arrested two men on Sunday over the theft of a yacht from the "
        "marina. Inspector Ruth Calder said the men were aged 28 and 35. She added that the "
        "yacht had been found undamaged near Skarn island."
    ),
    "b": (
        "Two men were arrested in Brenmouth on Sunday after a yacht was stolen from the "
        "marina, police said. The yacht, worth about 300,000 euros, belongs to a local "
        "dentist."
    ),
    "c": (
        "Brenmouth marina operator Kestrel Harbours said on Sunday it would add cameras after "
        "a yacht was stolen from its berth. Police arrested two men over the theft.\n\n"
        "About Kestrel Harbours\n"
        "Kestrel Harbours runs eleven marinas on the west coast. Its shares are traded on "
        "the Oslo exchange."
    ),
}


@pytest.fixture(scope="module")
def harbour(bench):
    return _brief(bench, HARBOUR)


def test_a_line_opening_with_a_pronoun_is_no_unique_fact(harbour):
    """'She added that ...' does not say who added it: no unique item opens with a pronoun
    subject; the named inspector's line may stay."""
    for u in harbour["unique"]:
        assert not u["text"].startswith(("She ", "He ", "It ", "Its ", "They ")), u["text"]


def test_a_press_release_profile_is_no_unique_fact(harbour):
    """The 'About Kestrel Harbours' block describes the issuer: none of its lines is a
    unique fact."""
    for u in harbour["unique"]:
        assert "eleven marinas" not in u["text"] and "exchange" not in u["text"], u["text"]


def test_the_profile_block_of_a_release_is_boilerplate():
    """An "About X" heading followed by a line naming X, after the first third of a text,
    opens a closing block; "About 300 ..." news lines do not."""
    from consilience.boilerplate import boilerplate_spans

    text = (
        "Norrvik Telecom will cut 400 jobs in its network unit, the company said on Monday.\n"
        "The cuts will be made over two years.\n"
        "About Norrvik Telecom\n"
        "Norrvik Telecom serves 3 million customers. Its shares trade in Stockholm.\n"
        "Media contact: press office, Norrvik Telecom"
    )
    marked = [text[s.start : s.end] for s in boilerplate_spans(text) if s.kind == "note"]
    assert marked[0] == "About Norrvik Telecom", marked
    assert any("3 million customers" in m for m in marked), marked
    news = (
        "Storms closed roads across the county on Friday and cut power to farms.\n"
        "About 300 flights\n"
        "About 300 flights were cancelled at Lorne airport."
    )
    assert not [s for s in boilerplate_spans(news) if s.kind == "note"]
