"""Session 58: a phone-in transcript's bracketed labels in capitals ("[DAN HOLLIS]",
"[JESS, STATION ROAD]") name their speakers as the text writes them elsewhere
(``bracket_turns._capitals_named``), and a quote's speaker keeps a given name of its own
(``entities._other_given_name``, ``entities._shouted``)."""

from __future__ import annotations

from brief_fixtures import quotes_of

from consilience.bracket_turns import bracketed_turns

PHONE_IN = """HARBOUR FM | The Morning Line with Tamsin Oduya | Tuesday 8 March 2067

[TAMSIN ODUYA] Good morning. The ferry to Skellan has been cancelled for a fourth day. With me is Piet Vandermeer, the operator's fleet manager. Piet, what is going on?

[PIET VANDERMEER] Good morning. One of our two engines failed on Friday and the spare part is coming from Rotterdam. We hope to sail again on Thursday.

[TAMSIN ODUYA] Let's take a call. Agnes is in Skellan. Agnes, go ahead.

[AGNES, SKELLAN] Morning, Tamsin. My son Callum Vandermeer works on that boat and even he says the engines are older than the harbour wall.

[MUSIC STING] News at nine.

[CALLER, PORTHWEN] We haven't had a ferry on time since Easter.
"""


def test_capital_labels_named_in_the_text_are_turns() -> None:
    turns = bracketed_turns(PHONE_IN)
    assert [t.name for t in turns] == [
        "Tamsin Oduya",
        "Piet Vandermeer",
        "Tamsin Oduya",
        "Agnes",
    ]
    piet = turns[1]
    assert PHONE_IN[piet.start : piet.end].startswith("Good morning. One of our two engines")


def test_stage_notes_and_role_words_in_capitals_are_no_turns() -> None:
    text = "[NEWS JINGLE] Now the weather.\n[LAUGHTER] That was close.\n[VOICEOVER, ARCHIVE] It was 1962.\n"
    assert bracketed_turns(text) == []


def test_capital_label_needs_its_words_outside_the_brackets() -> None:
    # nobody in the text is called Rowan Pike: a label alone vouches for no one
    assert bracketed_turns("[ROWAN PIKE] The pier is shut.\n[ROWAN PIKE] Again.\n") == []


def test_phone_in_speakers_keep_their_own_names(bench) -> None:
    quotes = quotes_of(bench, PHONE_IN, published="2067-03-08")
    speakers = {words[:20]: who for who, words in quotes}
    assert speakers["Good morning. One of"] == "Piet Vandermeer"
    # a caller by first name, shown as the text writes it, not in the label's capitals
    assert speakers["Morning, Tamsin. My "] == "Agnes"
    assert all(who != "Callum Vandermeer" for who, _ in quotes)


def test_one_surname_two_people(bench) -> None:
    # the caller's label gives another given name than the person he talks about
    text = (
        "[RUTH ADEYEMI] Ewan is on the line from Carrow. Go ahead, Ewan.\n\n"
        "[EWAN TALBOT] My father, Denis Talbot, was on the list of vulnerable customers and "
        "nobody came.\n"
    )
    quotes = quotes_of(bench, text, published="2067-03-08")
    assert ("Ewan Talbot", quotes[-1][1]) == quotes[-1]
    assert not [q for q in quotes if q[0] == "Denis Talbot"]


COMMITTEE = """Transport Committee, oral evidence: ferry cancellations, 14 March 2067

Members present: Joan Pell (Chair); Amir Shah; Lucy Ford.

Witness: Colin Wray, Director, Harbour Ferries.

Q12 Chair: Mr Wray, why were the Skellan sailings cancelled for four days?

Colin Wray: We lost an engine on Friday and the part is coming from Bergen. I regret the delay.

Q13 Amir Shah: When will they resume?

Colin Wray: We hope by Thursday.

Q14 Chair: Thank you. We will write to you with further questions.
"""


def test_committee_chair_label_is_the_member_marked_chair(bench) -> None:
    quotes = quotes_of(bench, COMMITTEE, published="2067-03-15")
    by_words = {words[:16]: who for who, words in quotes}
    assert by_words["Mr Wray, why wer"] == "Joan Pell"
    assert by_words["Thank you. We wi"] == "Joan Pell"
    assert by_words["When will they r"] == "Amir Shah"
    assert by_words["We lost an engin"] == "Colin Wray"
    # the question numbers and the bracket are no part of anyone's name
    assert not [who for who, _ in quotes if "Q1" in who or "(" in who or who == "Chair"]


def test_a_chair_line_without_a_question_number_is_no_turn(bench) -> None:
    text = (
        "Harbour users' meeting, 2 March 2067\n\nChair: Joan Pell\n\n"
        "The meeting heard that the ferry would not sail until Thursday.\n"
    )
    assert not [q for q in quotes_of(bench, text, published="2067-03-03") if q[0] == "Joan Pell"]
