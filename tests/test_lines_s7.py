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


# ---------------------------------------------- unique facts stated elsewhere in other words

FLOOD = {
    "a": (
        "Floodwater from the river Ostra covered the lower town of Melby on Saturday. "
        "Governor Kari Sund, who arrived by helicopter at noon, declared a state of emergency "
        "and asked the army to send engineers. Tens of thousands of people along the valley "
        "road have no way out by car."
    ),
    "b": (
        "The Ostra burst its banks on Saturday and flooded the lower town of Melby. The "
        "district government declared a state of emergency. About 30,000 people are cut off, "
        "the district said."
    ),
    "c": (
        "Melby's lower town was under water on Saturday after the Ostra flooded. Volunteers "
        "filled sandbags at the fire station through the night. The school on Kirkegata will "
        "serve as a shelter. The arguments are likely to run well beyond one broken levee."
    ),
}


@pytest.fixture(scope="module")
def flood(bench):
    return _brief(bench, FLOOD)


def test_a_vague_amount_holding_a_given_figure_is_not_unique(flood):
    """'Tens of thousands of people' holds b's 'About 30,000 people': a's line adds no
    figure of its own and is not a unique fact."""
    assert not any("Tens of thousands" in t for t in _texts(flood["unique"])), flood["unique"]


def test_a_line_only_one_article_states_stays_unique(flood):
    """The shelter at the school is c's alone."""
    assert any("shelter" in t for t in _texts(flood["unique"])), flood["unique"]


def _texts(items) -> list[str]:
    return [x["text"] for x in items]


def test_the_summary_does_not_state_one_act_twice(flood):
    """Two articles declare the state of emergency in their own words: one summary line,
    cited to both."""
    lines = _texts(flood["headline"] + flood["summary"])
    assert sum("state of emergency" in t for t in lines) <= 1, lines


# ------------------------------------------------ a side of a conflict told in other words


def _claim_node(article: str, start: int, text: str, frame: str, actor: str, figures=()):
    from consilience.align import Node
    from consilience.model import Claim

    claim = Claim(
        article, start, start + len(text), text, 0, "main", frame, frame, actor_keys=[actor],
        figures=list(figures),
    )  # fmt: skip
    return Node(claim, 0, article)


def test_a_side_of_a_statement_conflict_is_known_in_another_sentence():
    """'Lund quit' / 'Lund was sacked' is a statement conflict: a third clause saying the
    club announced Lund had quit states a side; Lund signing a book deal does not."""
    from consilience.headline_support import fact_sides, states_side

    quit_ = _claim_node("a", 0, "Coach Ivar Lund quit on Monday.", "resign", "ivar lund")
    sacked = _claim_node("b", 0, "Lund was sacked by the board.", "dismiss", "lund")
    told = _claim_node("c", 40, "the club announced that Lund had quit", "resign", "lund")
    book = _claim_node("c", 90, "Lund signed a book deal", "sign", "lund")
    conflict = {
        "kind": "fact",
        "readings": [
            {"predicate": "resign", "citation": {"article": "a", "start": 0, "end": 31}},
            {"predicate": "dismiss", "citation": {"article": "b", "start": 0, "end": 29}},
        ],
    }
    nodes = [quit_, sacked, told, book]
    sides = fact_sides([conflict], nodes)
    assert states_side(2, nodes, sides)
    assert not states_side(3, nodes, sides)


def test_a_figure_of_a_disputed_kind_is_known_in_another_sentence():
    """The toll is disputed (7 / 9 dead): a clause elsewhere giving 7 dead for the same act
    is a side; the same count of people for another act (200 evacuated) is not, unless the
    check is loose."""
    from consilience.disputed_figures import disputed_kinds, gives_disputed_figure

    dead = "count||7|7|7|people/"
    a = _claim_node("a", 0, "The blast killed 7 people.", "kill", "blast", [dead])
    b = _claim_node("b", 0, "The blast killed 9 people.", "kill", "blast", [dead.replace("7", "9")])
    c = _claim_node("c", 50, "the explosion killed seven people", "kill", "explosion", [dead])
    d = _claim_node("c", 90, "7 people were evacuated", "evacuate", "police", [dead])
    conflict = {
        "kind": "quantity",
        "readings": [
            {"value": 7.0, "citation": {"article": "a", "start": 17, "end": 25}},
            {"value": 9.0, "citation": {"article": "b", "start": 17, "end": 25}},
        ],
    }
    nodes = [a, b, c, d]
    kinds = disputed_kinds([conflict], nodes)
    assert gives_disputed_figure(2, nodes, kinds, strict=True)
    assert not gives_disputed_figure(3, nodes, kinds, strict=True)
    assert gives_disputed_figure(3, nodes, kinds)


def test_a_forecast_told_by_a_raising_adjective_is_no_unique_fact(flood):
    """'The arguments are likely to run well beyond one broken levee' names nobody and
    forecasts: commentary, not a fact only c reports."""
    assert not any("likely to run" in t for t in _texts(flood["unique"])), flood["unique"]
