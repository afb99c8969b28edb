"""Boilerplate marking: each kind on lines written here, real news lines left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.boilerplate import (
    KINDS,
    BoilerplateSpan,
    boilerplate_spans,
    is_boilerplate,
    spans_from_json,
    spans_to_json,
    strip_site_suffix,
)

DEMO = Path(__file__).resolve().parents[1] / "src" / "consilience" / "demo"


def marked(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in boilerplate_spans(text, title)]


def whole(line: str) -> str | None:
    """The kind when the whole line is marked as one span, else None."""
    spans = boilerplate_spans(line)
    if len(spans) == 1 and (spans[0].start, spans[0].end) == (0, len(line)):
        return spans[0].kind
    return None


# --------------------------------------------------------------------------- whole lines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # live-blog furniture
        ("Live updates", "liveblog"),
        ("LIVE", "liveblog"),
        ("Key events", "liveblog"),
        ("Follow our live coverage of the port strike", "liveblog"),
        ("Follow the live blog for the latest from Geneva", "liveblog"),
        ("09:05 BST", "liveblog"),
        ("Updated at 6.40pm GMT", "liveblog"),
        ("3 hours ago", "liveblog"),
        ("Show key events only", "liveblog"),
        # captions and credits
        ("Photograph: Ana Ruiz/EPA", "caption"),
        ("Image caption, Firefighters at the depot on Sunday", "caption"),
        ("Image source, Getty Images", "caption"),
        ("Rescuers carry a man from the rubble in Hatay. (AP Photo/Emre Tazegul)", "caption"),
        ("Crowds gather outside the court in The Hague. Photo: Bas Vos/ANP", "caption"),
        ("A tram passes the flooded square. Picture by Lena Holt", "caption"),
        ("Smoke rises over the refinery on Tuesday. AFP via Getty Images", "caption"),
        ("Getty Images", "credit"),
        ("Reuters/Kai Pfaffenbach", "credit"),
        ("© 2023 Harbour Post Ltd. All rights reserved.", "credit"),
        ("Copyright 2021 The Valley Ledger", "credit"),
        ("This article was provided by the Northern Wire Service.", "credit"),
        ("Tom Ames contributed reporting from Lagos.", "credit"),
        # read more
        ("Read the full judgment below", "readmore"),
        ("Read our full interview with the minister here", "readmore"),
        ("Read more: How the port strike began", "readmore"),
        ("READ MORE", "readmore"),
        ("Related: Mayor faces recall vote", "readmore"),
        ("Most read", "readmore"),
        ("Story continues below advertisement", "readmore"),
        # prompts
        ("Sign up for the Morning Briefing newsletter", "prompt"),
        ("Subscribe to our daily digest", "prompt"),
        ("Share this story", "prompt"),
        ("Share Tweet Email", "prompt"),
        ("Advertisement", "prompt"),
        ("Download our app for alerts", "prompt"),
        ("Already a subscriber? Log in", "prompt"),
        # bylines
        ("By Ruth Okonkwo", "byline"),
        ("By Ruth Okonkwo and Dan Ibe, Coastal Ledger", "byline"),
        ("by Marta de la Vega | 4 March 2024", "byline"),
        ("Reporting by Ivo Marsh; Editing by Kate Lund", "byline"),
        ("(Additional reporting by Sami Haddad in Beirut)", "byline"),
        # markers and bare dates
        ("date 2023-06-30", "marker"),
        ("Published 14 February 2022", "marker"),
        ("Last updated: Sep 3, 2021 at 11:20 EDT", "marker"),
        # tables
        ("Table: Results by district", "table"),
        ("District | Turnout | Winner", "table"),
        ("| Ward 4 | 61% |", "table"),
        ("---|---|---", "table"),
        # navigation
        ("Skip to main content", "navigation"),
        ("Home > World > Europe", "navigation"),
        ("Topics: Energy, Shipping", "navigation"),
    ],
)
def test_boilerplate_lines(line, kind):
    assert whole(line) == kind, marked(line)


# --------------------------------------------------------------------------- prefixes / sentences


@pytest.mark.parametrize(
    ("line", "prefix"),
    [
        (
            "LAGOS, March 3 (Reuters) - The central bank raised rates.",
            "LAGOS, March 3 (Reuters) - ",
        ),
        ("(Geneva) – Talks resumed on Monday.", "(Geneva) – "),
        ("BOGOTÁ -- Heavy rain closed the airport.", "BOGOTÁ -- "),
        ("NAIROBI, Kenya (AP) — Teachers went on strike.", "NAIROBI, Kenya (AP) — "),
        ("Lyon, France (AFP) - Workers walked out.", "Lyon, France (AFP) - "),
        ("SAN JUAN, Puerto Rico — Power returned overnight.", "SAN JUAN, Puerto Rico — "),
    ],
)
def test_dateline_covers_only_the_prefix(line, prefix):
    assert marked(line) == [("dateline", prefix)]
    rest = line[len(prefix) :]
    assert rest[0].isupper()


@pytest.mark.parametrize(
    ("line", "prefix", "kind"),
    [
        ("STORY: Firefighters contained the blaze by dawn.", "STORY: ", "marker"),
        ("date 2021-11-02 The port reopened on Tuesday.", "date 2021-11-02 ", "marker"),
        ("16:45 GMT - Drones struck a fuel depot overnight.", "16:45 GMT - ", "liveblog"),
    ],
)
def test_leading_markers(line, prefix, kind):
    assert marked(line) == [(kind, prefix)]


def test_marker_then_dateline():
    line = "STORY: ODESA, Ukraine (Reuters) - Grain ships left port."
    assert marked(line) == [("marker", "STORY: "), ("dateline", "ODESA, Ukraine (Reuters) - ")]


def test_sentences_inside_a_paragraph():
    para = (
        "The council approved the budget on Monday. Sign up for our politics newsletter to "
        "follow the vote. Read the full ruling here: it runs to 40 pages."
    )
    got = marked(para)
    assert got == [
        ("prompt", "Sign up for our politics newsletter to follow the vote."),
        ("readmore", "Read the full ruling here: it runs to 40 pages."),
    ]


@pytest.mark.parametrize(
    "prompt",
    [
        "For daily updates, click here.",
        "To get the results first, subscribe to our elections briefing.",
        "Readers can sign up to the Friday digest at any time.",
    ],
)
def test_prompt_phrase_anywhere_in_a_sentence(prompt):
    para = f"The polls close at 10pm. {prompt}"
    assert marked(para) == [("prompt", prompt)]


def test_credit_sentence_at_the_end_of_a_paragraph():
    para = "Three people were hurt, police said. Lina Park contributed reporting."
    assert marked(para) == [("credit", "Lina Park contributed reporting.")]


def test_title_repeated_in_the_body_is_navigation():
    text = "Ferry fares rise\n\nThe ferry company raised fares by 8% on Friday."
    assert marked(text, title="Ferry fares rise") == [("navigation", "Ferry fares rise")]


# --------------------------------------------------------------------------- real news stays


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday evening, the water had reached the first floor of the town hall.",
        "Email records show the mayor knew of the leak in March.",
        "Related talks between the unions and the port will continue on Monday.",
        "Research by Oxford University found the effect was small.",
        "The photo by the agency was widely shared on Sunday.",
        "Share prices fell 4% after the announcement.",
        "Live ammunition was used at the border, the ministry said.",
        "Watch officials said the river could crest again on Friday.",
        "Subscribers to the scheme will pay £12 a month from April.",
        "NATO allies agreed to send more air defence systems.",
        "The strike began at 06:00 GMT and lasted eleven hours.",
        "He said the table of results would be published on Friday.",
        "Reuters reported that the talks had stalled.",
        "According to Reuters, the vote was delayed.",
        "Key events in the trial will be broadcast live, the court said.",
        "The missiles have a range of up to 190 miles, officials said.",
        "Signing up new members has been slow, the party admits.",
        "Home owners in the valley were told to boil water.",
    ],
)
def test_news_sentences_are_not_marked(line):
    assert marked(line) == []


def test_demo_corpus_marks_only_datelines_credits_and_the_station_promo():
    from consilience.normalise import read_articles

    found = []
    for art in read_articles([str(DEMO)]):
        found += [(s.kind, art.text[s.start : s.end]) for s in art.boilerplate or []]
    assert {k for k, _ in found} <= {"dateline", "credit", "prompt"}, found
    assert ("credit", "This story was provided by the Northern Wire Service.") in found
    promos = [t for k, t in found if k == "prompt"]
    assert len(promos) == 1 and promos[0].startswith("Listeners can find shelter")


def test_seed_articles_marks(shared):
    from consilience.normalise import read_articles

    kinds, texts = [], []
    for art in read_articles([str(shared / "seeds")]):
        spans = boilerplate_spans(art.text, art.title)
        kinds += [s.kind for s in spans]
        texts += [art.text[s.start : s.end] for s in spans]
        for s in spans:
            if s.kind == "dateline":
                assert len(art.text[s.start : s.end]) < 30
    assert set(kinds) <= {"dateline", "table", "filler"}
    fillers = [t for k, t in zip(kinds, texts, strict=True) if k == "filler"]
    assert len(fillers) == 5 and all(not any(c.isdigit() for c in t) for t in fillers)
    assert any(t.endswith("remains to be seen.") for t in fillers)


# --------------------------------------------------------------------------- interface


def test_spans_sorted_non_overlapping_and_pure():
    text = (
        "By Ola Berg\n\nKYIV, Jan 5 (Reuters) - Power cuts hit the capital. Read more: "
        "Energy crisis. Sign up here.\n\n14:02 GMT\n\nPhotograph: Ola Berg/Reuters"
    )
    first = boilerplate_spans(text)
    assert first == boilerplate_spans(text)
    for a, b in zip(first, first[1:], strict=False):
        assert a.end <= b.start
    assert all(s.kind in KINDS and 0 <= s.start < s.end <= len(text) for s in first)


def test_is_boilerplate_half_of_the_characters():
    spans = [BoilerplateSpan(0, 10, "byline"), BoilerplateSpan(20, 30, "prompt")]
    assert is_boilerplate(spans, 0, 10)
    assert is_boilerplate(spans, 0, 20)  # exactly half
    assert is_boilerplate(spans, 0, 25)  # 10 + 5 of 25
    assert not is_boilerplate(spans, 0, 41)  # 20 of 41
    assert is_boilerplate(spans, 5, 25)  # 5 + 5 of 20
    assert not is_boilerplate(spans, 10, 20)
    assert not is_boilerplate([], 0, 5) and not is_boilerplate(spans, 4, 4)


def test_is_boilerplate_counts_non_space_characters_when_given_the_text():
    text = "By Al Yu          real words here"
    spans = [BoilerplateSpan(0, 18, "byline")]
    assert is_boilerplate(spans, 0, len(text))  # by characters: 18 of 33
    assert not is_boilerplate(spans, 0, len(text), text=text)  # non-space: 7 of 21


def test_spans_json_round_trip():
    spans = [BoilerplateSpan(3, 9, "caption"), BoilerplateSpan(12, 40, "table")]
    assert spans_from_json(spans_to_json(spans)) == spans
    with pytest.raises(ValueError):
        spans_from_json([[1, 2]])


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("Dockers strike over pay | Kulu Media", None, "Dockers strike over pay"),
        ("Dockers strike over pay - The Daily Post", None, "Dockers strike over pay"),
        ("Dockers strike over pay – Harbour Herald", None, "Dockers strike over pay"),
        ("Dockers strike over pay | Europe | Tidewater", None, "Dockers strike over pay"),
        ("Dockers strike over pay - tidewater.example", None, "Dockers strike over pay"),
        ("Dockers strike over pay - Tidewater", "tidewater.example", "Dockers strike over pay"),
        ("Dockers strike over pay — Valley Ledger", "The Valley Ledger", "Dockers strike over pay"),
        # headlines whose dash is part of the sentence stay whole
        ("Biden - Putin talks stall", None, "Biden - Putin talks stall"),
        ("Rates rise - again", None, "Rates rise - again"),
        (
            "Cuts announced | what they mean for you",
            None,
            "Cuts announced | what they mean for you",
        ),
        ("Vote delayed - what happens next?", None, "Vote delayed - what happens next?"),
    ],
)
def test_strip_site_suffix(title, outlet, expected):
    assert strip_site_suffix(title, outlet) == expected
