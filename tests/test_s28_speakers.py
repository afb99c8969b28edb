"""Quote speakers found on held-out s28 (issue #12, kinds 14 and 17), tested on sentences
written for these tests: an interviewer's turns in a transcript are the interviewer's own
words (session 61; they were left out before), never the interviewee's; a
body told by a description ("the harbour authority", "a spokeswoman for the rail
board") is the one organisation of the story whose name holds those words."""

from __future__ import annotations

from consilience.body_descriptions import named_body, story_bodies
from consilience.model import Extraction, Story, StoryContext
from consilience.quotes import build_quotes, extract_quotes

TRANSCRIPT = """Transcript of Friday's Evening Report. Helen Marsh spoke to presenter David Clarke after the vote.

DAVID CLARKE: Ms Marsh, were you surprised?

HELEN MARSH: Not at all. The council had the numbers for weeks.

DAVID CLARKE: Fewer than half of the members turned up.

HELEN MARSH: That is their choice, and it does not change the outcome.

DAVID CLARKE: Will you stand again?

HELEN MARSH: I will decide over the summer.

DAVID CLARKE: Helen Marsh, thank you.
"""


def test_the_interviewer_of_a_transcript_speaks_under_their_own_name(make) -> None:
    quotes = extract_quotes(make(TRANSCRIPT))
    by = {q.text[:20]: q.speaker for q in quotes}
    assert by["Not at all. The coun"] == "Helen Marsh"
    assert by["Fewer than half of t"] == "David Clarke", [(q.speaker, q.text) for q in quotes]
    assert by["Will you stand again"] == "David Clarke"


def test_two_speakers_who_both_ask_as_often_both_speak(make) -> None:
    text = (
        "Transcript of a debate between Maria Keller and John Baxter.\n\n"
        "MARIA KELLER: Why did the budget grow?\n\n"
        "JOHN BAXTER: Why did yours shrink?\n\n"
        "MARIA KELLER: We cut the waste.\n\n"
        "JOHN BAXTER: We paid the nurses.\n"
    )
    speakers = {q.speaker for q in extract_quotes(make(text))}
    assert {"Maria Keller", "John Baxter"} <= speakers


def test_a_description_names_the_one_body_whose_name_holds_it() -> None:
    bodies = ["Ostmark Harbour Authority", "Ostmark City Council", "Press Office"]
    assert named_body("the harbour authority", bodies) == "Ostmark Harbour Authority"
    assert named_body("the council", bodies) == "Ostmark City Council"
    assert named_body("a spokesman for the council", bodies) == "Ostmark City Council"
    # no body fits, or the words are not the name's: left as written
    assert named_body("the port authority", bodies) == "the port authority"
    assert named_body("the ministry", bodies) == "the ministry"
    assert named_body("Lena Brook", bodies) == "Lena Brook"


def test_two_bodies_that_fit_leave_the_description_as_written() -> None:
    bodies = ["Interior Ministry Press", "Justice Ministry", "Interior Ministry"]
    assert named_body("the ministry", bodies) == "the ministry"


def test_quotes_of_a_described_body_take_its_name_from_another_article(make) -> None:
    a = make(
        "Trains between Ostmark and Kell were halted on Monday after a landslip. Services "
        "will resume on Thursday, the rail board said.",
        "x1",
    )
    b = make(
        "The Ostmark Regional Rail Board closed the Kell line on Monday. About 4,000 "
        "passengers a day use the route.",
        "x2",
    )
    assert "Ostmark Regional Rail Board" in story_bodies([a, b])
    ctx = StoryContext(
        Story("s", "t", ["x1", "x2"]),
        [a, b],
        {x.article.id: Extraction(x.article.id, quotes=extract_quotes(x)) for x in (a, b)},
        {},
    )
    speakers = [q["speaker"] for q in build_quotes(ctx)["quotes"] if q["article"] == "x1"]
    assert "Ostmark Regional Rail Board" in speakers, speakers
