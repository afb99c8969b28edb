"""A clause ending in a colon right before a quotation gives its subject's words, whatever
its verb ("The mayor welcomed the vote: "…"") — unless its subject is no one (a sign, a
report) or a group."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The regional health chief, Dr Anneli Sorsa, defended the closures: "We cannot '
            'staff three wards with the nurses we have."',
            "Anneli Sorsa",
        ),
        (
            "The ferry line took a different view on Friday.\n\nLinnea Borg, its chief "
            'executive, struck a defiant tone: "Our timetable stays as it is."',
            "Linnea Borg",
        ),
        (
            'Coach Ravi Menon had a simple message for his players after the defeat: "Forget '
            'this one and look at Sunday."',
            "Ravi Menon",
        ),
    ],
)
def test_colon_after_a_clause_gives_its_subject(make, text: str, speaker: str) -> None:
    quotes = [q for q in extract_quotes(make(text)) if q.direct]
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'A hand-painted sign on the gate read: "Closed until the water goes down."',
        'The inspection report listed one finding: "Fire doors were propped open."',
    ],
)
def test_colon_after_a_clause_without_a_speaker_gives_no_speaker(make, text: str) -> None:
    assert [q.speaker for q in extract_quotes(make(text)) if q.direct and q.speaker] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The port authority's engineer, Tobias Lund, said the crane had been inspected "
            "in May.\n\nMarit Solheim, whose brother drives a forklift on the quay, watched "
            'from the fence. "Nobody told us anything for six hours," she said.',
            "Marit Solheim",
        ),
        (
            "Harald Wik, the council leader, opened the meeting.\n\nAnneke Brun, who has "
            'lived on the estate since 1979, stood up first. "We were promised new windows '
            'twice," she said.',
            "Anneke Brun",
        ),
    ],
)
def test_a_name_with_a_persons_relative_clause_is_the_pronouns_antecedent(
    make, text: str, speaker: str
) -> None:
    quotes = [q for q in extract_quotes(make(text)) if q.direct]
    assert [q.speaker for q in quotes] == [speaker]
