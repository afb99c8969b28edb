"""Quotes (session 23, fixquotes): "he"/"she" after a quotation continues the person who
reports, not a person or a thing inside what that person reports ("X said she had
thought a van had hit the wall. "…," she said." -> X); a lower-case common noun the
tagger took for a person's name ("a van") names no one.

Every text is written for these tests (a harbour, a ward, a pitch, a lab, a court)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def speakers(make, text: str, fragment: str) -> list[str]:
    """Speakers of the quotes of ``text`` whose text holds ``fragment``."""
    return [q.speaker for q in extract_quotes(make(text)) if fragment in q.text]


def test_a_thing_in_a_thought_is_not_who_she_is(make):
    text = (
        "Baker Nora Quill was opening her shop when the blast came. Mrs Quill told "
        "reporters she was sure a lorry had reversed into the shutters. "
        '"Every jar fell off the shelf," she said.'
    )
    assert speakers(make, text, "Every jar") == ["Nora Quill"]


def test_a_person_noun_in_her_thought_is_not_who_she_is(make):
    for noun in ("digger", "coach"):
        text = (
            "Baker Nora Quill was opening her shop when the blast came. Mrs Quill said she "
            f"had first thought a {noun} had crashed in the street. "
            '"Every jar fell off the shelf," she said.'
        )
        assert speakers(make, text, "Every jar") == ["Nora Quill"], noun


def test_a_person_noun_in_the_report_is_not_who_he_is(make):
    text = (
        "Harbour master Kevin Dore said a trawler had drifted onto the rocks overnight. "
        '"The crew were lucky," he said.'
    )
    assert speakers(make, text, "crew were lucky") == ["Kevin Dore"]


def test_a_person_in_a_passive_report_is_not_who_he_is(make):
    text = (
        "Dr Sam Okafor said the patient had been told a surgeon would operate on Friday. "
        '"He is stable," he said.'
    )
    assert speakers(make, text, "He is stable") == ["Sam Okafor"]


def test_a_report_nested_in_a_belief_stays_with_the_reporter(make):
    text = (
        "Ms Pell said she believed a defender had handled the ball inside the area. "
        '"It was a clear penalty," she said.'
    )
    assert speakers(make, text, "clear penalty") == ["Pell"]


def test_an_unnamed_reporter_keeps_her_words(make):
    text = 'A witness said Tom Hale had fled on foot. "He ran right past me," she said.'
    assert speakers(make, text, "ran right past") == ["A witness"]


def test_a_pronoun_of_the_other_sex_leaves_the_reported_person(make):
    # precision: "his" is the reporter, so "she" is the coach inside his report
    text = (
        'Tom Reed said his coach Ana Ruiz had praised him. "I am proud of him," she said.'
    )
    assert speakers(make, text, "proud of him") == ["Ana Ruiz"]


def test_a_person_named_in_her_own_sentence_still_speaks(make):
    # precision: no report holds her; the nearest subject is who "she" is
    text = (
        "Chemist Ruth Ellery ran the test twice. Lab manager Joan Tate checked the seal. "
        '"The valve was sound," she said.'
    )
    assert speakers(make, text, "valve was sound") == ["Joan Tate"]


def test_a_lower_case_noun_is_no_persons_name(make):
    # precision: a capitalised speaker named after the lorry is found as before
    text = 'A lorry crashed into the bridge in the night. "It was loud," said Ellen Marsh.'
    assert speakers(make, text, "It was loud") == ["Ellen Marsh"]


def test_the_owner_of_her_office_is_in_the_report_of_her_spokesman(make):
    # precision: the reporter holding the pronoun ("a spokeswoman for her office") is no
    # other candidate, so the mayor inside the report is "her"
    text = (
        "Mayor Greta Vale is expected to close the bridge on Friday, a spokeswoman for her "
        "office said."
    )
    assert speakers(make, text, "close the bridge") == ["a spokeswoman for Greta Vale's office"]
