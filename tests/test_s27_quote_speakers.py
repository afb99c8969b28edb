"""Quote speakers found on held-out s27 (issue #12, kinds 14 and 17), tested on sentences
written for these tests: a named facility speaking as "the park" / "the hotel"; a colon
quote after a participle label ("X, speaking to TV at the table:"); a colon quote in a
Q&A answer whose "A:" label the parser takes for a second subject."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def _speakers(make, text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, q.direct) for q in extract_quotes(make(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A lion cub was born at Ostvik Wildlife Park on Monday. Visitors can see the cub "
            "from next month, the park said.",
            "Ostvik Wildlife Park",
        ),
        (
            "The flood reached the lobby of the Harbour View Hotel on Friday. All guests were "
            "moved to the upper floors, the hotel said.",
            "Harbour View Hotel",
        ),
    ],
)
def test_a_named_facility_speaks_as_its_noun(make, text: str, speaker: str) -> None:
    assert (speaker, False) in _speakers(make, text)


def test_the_noun_of_no_named_facility_is_no_speaker(make) -> None:
    text = "Storms closed the coast road on Friday. Most visitors stayed away, the park said."
    assert all(s != "Storms" for s, _ in _speakers(make, text))
    assert not any("Park" in s for s, _ in _speakers(make, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mira Solberg won the final. Solberg, speaking to reporters at the rink: "My legs '
            'were gone in the last lap, but my head kept me going."',
            "Mira Solberg",
        ),
        (
            'Goalkeeper Tomas Brandt, asked about the penalty: "I guessed left, and for once '
            'the guess was right."',
            "Tomas Brandt",
        ),
        (
            'Goalkeeper Tomas Brandt, speaking to reporters after the shootout: "I guessed '
            'left, and for once the guess was right."',
            "Tomas Brandt",
        ),
    ],
)
def test_a_participle_label_before_a_colon(make, text: str, speaker: str) -> None:
    assert (speaker, True) in _speakers(make, text)


def test_a_qa_answer_label_is_no_subject(make) -> None:
    text = (
        "Q: Was the dam checked?\n\n"
        'A: Hydrologist Petra Lindqvist of Varn University put it plainly: "A dam that is '
        'never inspected is a dam nobody should trust."'
    )
    assert ("Petra Lindqvist", True) in _speakers(make, text)


def test_according_to_an_untagged_outlet(make) -> None:
    # the parser tags no entity on "Skarn Gazette": the outlet's report retold is its statement
    text = "According to the Skarn Gazette, nearly 200 people walked out through the gallery."
    assert ("Skarn Gazette", False) in _speakers(make, text)
