"""Session 23 (fixconsensus): a subordinate clause cut from its host sentence is no
consensus item text (tester23 report, item 10: "after a … meteorite was found").

Sentences are our own, about other events and in other forms."""

import pytest

from consilience.consensus import fragment, whole_clause


def _at(nlp, sentence: str, part: str) -> tuple:
    doc = nlp(sentence)
    start = sentence.index(part)
    return doc, start, start + len(part)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        (
            "Fans gathered outside the stadium, hours after the club was sold to a Qatari fund.",
            "after the club was sold to a Qatari fund",
        ),
        (
            "Schools closed early because the river burst its banks near the town.",
            "because the river burst its banks near the town",
        ),
        ("The verdict came two weeks after the jury was sworn in.", "after the jury was sworn in"),
        (
            "Shares fell sharply when the chief executive resigned on Monday.",
            "when the chief executive resigned on Monday",
        ),
        (
            "Since the smelter was closed in May, 300 workers have left the valley.",
            "Since the smelter was closed in May",
        ),
    ],
)
def test_subordinate_clause_is_a_fragment(nlp, sentence: str, part: str) -> None:
    doc, s, e = _at(nlp, sentence, part)
    assert fragment(doc, s, e)
    assert not whole_clause(doc, s, e)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Shares fell sharply when the chief executive resigned on Monday.", "Shares fell sharply"),
        ("The jury was sworn in on Tuesday after a long delay.", "The jury was sworn in on Tuesday"),
        (
            "Inspectors said the ferry had been withdrawn from service.",
            "the ferry had been withdrawn from service",
        ),
        (
            "Two climbers were rescued from the ridge after the storm passed.",
            "Two climbers were rescued from the ridge",
        ),
    ],
)
def test_main_clause_is_no_fragment(nlp, sentence: str, part: str) -> None:
    doc, s, e = _at(nlp, sentence, part)
    assert not fragment(doc, s, e)
