"""Quotes (session 20): the frame of a saying is no statement, and the names the sentence
gives are the speaker.

* "Speaking in the library that is now a shelter, she said: '…'": the participle frame
  and its relative clause are not what she said;
* "the treasurer, Per Lund, said …": the name set off by commas speaks, also when the
  parser reads "Per" as a preposition;
* "Chairman of the Board Elsa Norrby said": the person, not the title and the body's name
  the tagger glued to her;
* "Ivo Marsh, 31, of Vardal Rovers, …, his club said": the club named as his affiliation;
* "The miners' union DNA said": a body named by initials after its kind's noun.

Every text is written for these tests (shelters, football clubs, harbours, mines: no
held-out set's wording)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _quotes(analysis) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(analysis)]


def test_a_participle_frame_with_a_relative_clause_is_not_a_statement(make):
    text = (
        "Mayor Rita Holm has opened three emergency shelters. Speaking in the town library "
        "that is now a shelter, she said: 'Nobody will sleep in the cold.'"
    )
    quotes = _quotes(make(text))
    assert ("Rita Holm", "Nobody will sleep in the cold.") in quotes
    assert not any("library" in t for _, t in quotes)


def test_a_name_between_commas_after_a_role_speaks(make):
    text = (
        "The board approved the budget on Monday, but the treasurer, Per Lund, said the "
        "club had no reserves left."
    )
    assert _quotes(make(text)) == [("Per Lund", "the club had no reserves left")]


def test_a_title_with_a_body_glued_to_the_name_gives_the_person(make):
    text = 'Chairman of the Board Elsa Norrby said: "We will not sell the harbour to anyone."'
    assert _quotes(make(text)) == [("Elsa Norrby", "We will not sell the harbour to anyone.")]


def test_a_title_of_a_place_without_a_name_is_no_person(make):
    text = 'The Mayor of Sarnhem said: "We will not sell the harbour to anyone."'
    speakers = [s for s, _ in _quotes(make(text))]
    assert "Sarnhem" not in speakers


def test_his_club_is_the_club_named_as_his_affiliation(make):
    text = (
        "Ivo Marsh, 31, of Vardal Rovers, tore a hamstring and will miss the final, his "
        "club said. Two other players were injured in the same match."
    )
    speakers = [s for s, t in _quotes(make(text)) if "hamstring" in t]
    assert speakers == ["Vardal Rovers"]


def test_his_company_is_not_another_persons_employer(make):
    text = (
        "Ana Holt of Halvik Bank said the deal was fair. Per Rask lost his seat on the "
        "board on Friday, his party said."
    )
    speakers = [s for s, t in _quotes(make(text)) if "lost his seat" in t]
    assert "Halvik Bank" not in speakers


def test_a_union_named_by_initials_after_its_noun_speaks(make):
    text = (
        "The miners' union DNA said it would strike on Friday.\n\n"
        "The pilots' association GPS said the airline had broken the agreement."
    )
    quotes = _quotes(make(text))
    assert ("DNA", "it would strike on Friday") in quotes
    assert ("GPS", "the airline had broken the agreement") in quotes


def test_a_first_name_before_a_surname_that_is_a_noun_still_names_a_person(make):
    text = "The clubs agreed a fee, but the chairman, Per Moss, said the deal was not done."
    assert _quotes(make(text)) == [("Per Moss", "the deal was not done")]


def test_his_team_is_a_team_named_team_x(make):
    text = (
        "Lea Brandt, 24, of Team Kestrel, broke a wrist and left the race in an ambulance, "
        "her team said."
    )
    speakers = [s for s, t in _quotes(make(text)) if "broke a wrist" in t]
    assert speakers == ["Team Kestrel"]


def test_a_spokesman_for_her_office_is_named_after_her(make):
    text = (
        "Governor Lena Brook is expected to sign the order on Friday, a spokeswoman for "
        "her office said."
    )
    speakers = [s for s, t in _quotes(make(text)) if "sign the order" in t]
    assert speakers == ["a spokeswoman for Lena Brook's office"]
