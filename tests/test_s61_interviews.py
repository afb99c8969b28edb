"""Session 61: interviews and threads as their speakers' words (issue #12, quotes), on
texts written for these tests: a "Q:" / "A:" interview with no legend, a podcast that
labels its speakers by first name, an interviewer's own turns, a label that only looks like
a name ("HOST:", "JT:"), and a social network thread copied into a page."""

from __future__ import annotations

from consilience.chat_turns import chat_turns
from consilience.qa_interviews import interview_roles
from consilience.quotes import extract_quotes
from consilience.signed_lines import qa_turns


def spoken_by(make, text: str) -> dict[str, str]:
    """The first 20 characters of each quote ``extract_quotes`` reads in ``text`` -> its
    speaker."""
    return {q.text[:20]: q.speaker for q in extract_quotes(make(text))}


INTERVIEW = (
    "Five minutes with the ferry operator\n\n"
    "Oona Castellane, managing director of Skerry Link Ferries, answers our questions about "
    "the cancelled winter timetable.\n\n"
    "Q: Why were the sailings cut?\n\n"
    "A: We lost two of our four skippers in October and could not train new ones in time.\n\n"
    "Q: Will the late boat come back?\n\n"
    "A: I expect it back by March, and we will refund every season ticket for the gap.\n\n"
    "Oona Castellane was talking to Bram Toller.\n"
)


def test_a_q_and_a_interview_quotes_the_one_its_standfirst_names(make) -> None:
    said = spoken_by(make, INTERVIEW)
    assert said.get("We lost two of our f") == "Oona Castellane"
    assert said.get("I expect it back by ") == "Oona Castellane"
    assert said.get("Why were the sailing") == "Bram Toller"  # the closing line's asker


def test_an_interview_without_a_closing_line_names_no_asker(make) -> None:
    said = spoken_by(make, INTERVIEW.replace("Oona Castellane was talking to Bram Toller.\n", ""))
    assert said.get("We lost two of our f") == "Oona Castellane"
    assert "Why were the sailing" not in said  # "our questions": nobody named


def test_an_explainers_questions_and_answers_are_nobodys(make) -> None:
    text = (
        "The ferry cuts explained\n\n"
        "By Keir Dunmore\n\n"
        "Skerry Link Ferries has cut its winter timetable. Here is what it means.\n\n"
        "Q: Which sailings go?\n\n"
        "A: The 7pm and 9pm boats from Holm, from 1 December.\n\n"
        "Q: Can passholders get money back?\n\n"
        "A: The operator says refunds will be paid for the weeks without a late boat.\n"
    )
    assert not any(q.cue == "transcript" for q in extract_quotes(make(text)))
    turns = qa_turns(text)
    assert [t.label for t in turns] == ["Q", "A", "Q", "A"]
    assert interview_roles(text, turns, [("Keir Dunmore", 27, 39)]).answerer is None


def test_talks_to_makes_the_second_named_the_answerer() -> None:
    text = (
        "Meg Arundel talks to Piet Vosloo, harbour master.\n\n"
        "Q: How bad was the storm?\n\n"
        "A: I have not seen seas like it in our harbour in twenty years.\n\n"
        "Q: And the damage?\n\n"
        "A: We lost a pontoon and my office flooded.\n"
    )
    people = [("Meg Arundel", 0, 11), ("Piet Vosloo", 21, 32)]
    roles = interview_roles(text, qa_turns(text), people)
    assert roles.answerer == ("Piet Vosloo", 21, 32)


PODCAST = (
    "Episode 12: the ferry winter\n\n"
    "Nia Penrose talks to Callum Dreyer, a skipper, and Edith Mawer of the Holm Ferry Users' "
    "Group. In this transcript they appear by first name.\n\n"
    "Nia: Callum, how short of crew are you?\n\n"
    "Callum: We are two skippers down, and I am working six days a week to keep one boat going.\n\n"
    "Nia: Edith, what are passengers telling you?\n\n"
    "Edith: We hear from nurses who cannot get home after a late shift.\n\n"
    "Callum: I would rather sail than cancel, believe me.\n\n"
    "Nia: Thank you both.\n"
)


def test_first_name_labels_speak_for_the_people_the_podcast_named(make) -> None:
    said = spoken_by(make, PODCAST)
    assert said.get("We are two skippers ") == "Callum Dreyer"
    assert said.get("We hear from nurses ") == "Edith Mawer"
    assert said.get("Callum, how short of") == "Nia Penrose"  # the host's own turns


def test_a_one_word_label_that_is_no_speaker_of_the_article_is_not_read(make) -> None:
    text = (
        "Ferry notice\n\n"
        "Update: We will post the new timetable on Friday.\n\n"
        "Update: We have added a bus for the 9pm sailing.\n"
    )
    assert not any(q.cue == "transcript" for q in extract_quotes(make(text)))


def test_an_interviewers_turns_are_the_interviewers_words(make) -> None:
    text = (
        "Transcript of Harbour Hour. Petra Sandvik spoke to presenter Joel Marris.\n\n"
        "JOEL MARRIS: Ms Sandvik, were the skippers warned?\n\n"
        "PETRA SANDVIK: Twice, in writing, and we kept the letters.\n\n"
        "JOEL MARRIS: The operator says it never saw them.\n\n"
        "PETRA SANDVIK: Then I will send them again.\n"
    )
    said = spoken_by(make, text)
    assert said.get("Twice, in writing, a") == "Petra Sandvik"
    assert said.get("The operator says it") == "Joel Marris"


def test_a_role_or_initials_label_is_never_a_speakers_name(make) -> None:
    text = (
        "Skipper shortage: an interview\n\n"
        "GL is Gwyn Lusk, our transport editor; AB is Arne Bakke, chair of the Skippers' Guild.\n\n"
        "GL: How many skippers are short?\n\n"
        "AB: Eleven across the islands, and I expect more to retire this year.\n\n"
        "HOST: We will be back after the news.\n\n"
        "HOST: Welcome back.\n"
    )
    speakers = {q.speaker for q in extract_quotes(make(text))}
    assert "Arne Bakke" in speakers
    assert not {"Gl", "GL", "Ab", "Host", "HOST"} & speakers


THREAD = (
    "Thread: the night the ferry did not come\n\n"
    "Rhian Morrow @rhianmorrow · 4 Dec 2071\n"
    "\U0001f9f5 Stuck on the quay at Holm for three hours last night. A thread. 1/3\n\n"
    "Rhian Morrow @rhianmorrow · 4 Dec 2071\n"
    "Nobody from the operator came out. We found out from a bus driver. 2/3\n\n"
    "Skerry Link Ferries @SkerryLink · 4 Dec 2071\n"
    "@rhianmorrow We are sorry. The 9pm sailing was cancelled for lack of a skipper.\n"
)


def test_each_post_of_a_thread_is_its_authors_words() -> None:
    turns = chat_turns(THREAD)
    assert [t.label for t in turns] == ["Rhian Morrow", "Rhian Morrow", "Skerry Link Ferries"]
    words = [THREAD[t.start : t.end] for t in turns]
    assert words[0] == "Stuck on the quay at Holm for three hours last night. A thread."
    assert words[2].startswith("We are sorry.")  # the reply's handle left out


def test_one_post_header_is_no_thread() -> None:
    one = THREAD.split("\n\nRhian Morrow @rhianmorrow · 4 Dec 2071\nNobody")[0]
    assert chat_turns(one) == []


def test_the_interviewer_named_after_interviewed_by_asks(make) -> None:
    text = (
        "Ferry chief on the recall\n\n"
        "Ines Halloran, operations director of Skerry Link Ferries, was interviewed by the Holm "
        "Courier's Tobias Penn.\n\n"
        "Q. When did the cracks show?\n\n"
        "A. On the Monday. I had the ships inspected that night.\n\n"
        "Q. Will you pay passengers back?\n\n"
        "A. Every fare, and we will add a voucher.\n"
    )
    said = spoken_by(make, text)
    assert said.get("On the Monday. I had") == "Ines Halloran"
    assert said.get("When did the cracks ") == "Tobias Penn"


def test_an_interview_the_standfirst_announces_needs_one_answer_in_the_first_person(make) -> None:
    text = (
        "In an interview with the Holm Courier, Ines Halloran, operations director of Skerry "
        "Link Ferries, explained the recall.\n\n"
        "Q: Who found the cracks?\n\n"
        "A: A deckhand on the morning crossing, who told the bridge at once.\n\n"
        "Q: What happens now?\n\n"
        "A: We keep the two ships in dock until I have the surveyor's report.\n"
    )
    said = spoken_by(make, text)
    assert said.get("A deckhand on the mo") == "Ines Halloran"
    assert said.get("We keep the two ship") == "Ines Halloran"
    assert "Who found the cracks" not in said  # the company is no asker


def test_a_first_name_label_in_capitals_speaks_for_the_full_name(make) -> None:
    text = (
        "On Harbour Hour, presenter Idris Penhale spoke to Maren Solberg, who runs the quay cafe.\n\n"
        "IDRIS: Maren, how has the recall hit you?\n\n"
        "MAREN: We have lost half our trade in a week.\n"
    )
    said = spoken_by(make, text)
    assert said.get("We have lost half ou") == "Maren Solberg"
    assert said.get("Maren, how has the r") == "Idris Penhale"


def test_thread_headers_with_a_symbol_or_no_date_and_leading_counters() -> None:
    text = (
        "Kofi Brand \U0001f30a @kofibrand · 2h\n"
        "1/2 The Holm ferry has not sailed since Tuesday.\n\n"
        "Kofi Brand \U0001f30a @kofibrand\n"
        "(2/2) Nobody has told the island why.\n"
    )
    turns = chat_turns(text)
    assert [t.label for t in turns] == ["Kofi Brand", "Kofi Brand"]
    assert text[turns[0].start : turns[0].end] == "The Holm ferry has not sailed since Tuesday."
    assert text[turns[1].start : turns[1].end] == "Nobody has told the island why."
