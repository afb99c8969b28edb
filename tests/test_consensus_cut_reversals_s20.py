"""A consensus citation is judged with its whole sentence (issue #11, session 20, kind 2 of
heldout_s19/judged.md): a cut that keeps only a name, or stops before the negation or the
"but"/"although" clause that reverses or limits the cited words, is no support
(:mod:`consilience.cut_reversals`).

Every sentence is written for this file; each test fails on the code before the change
(the module did not exist and no member was judged past its cut).
"""

from __future__ import annotations

import pytest

from consilience.cut_reversals import reversed_after_cut, states_alone


def _piece(sentence: str, cited: str) -> list[tuple[int, int]]:
    s = sentence.index(cited)
    return [(s, s + len(cited))]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Finance minister Petra Lund, who had been due to open the fair, did not travel "
            "to Oslo because of a strike.",
            "Finance minister Petra Lund",
        ),
        ("The crowd, among them the city's two bishops, cheered the ship.", "The crowd"),
    ],
)
def test_a_name_or_noun_phrase_alone_states_nothing(nlp, sentence: str, cited: str) -> None:
    assert not states_alone(nlp(sentence), _piece(sentence, cited))


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("The ferry sank off the coast of Harn on Tuesday.", "The ferry sank"),
        ("The old lighthouse was safe after the storm.", "The old lighthouse was safe"),
    ],
)
def test_a_clause_states_its_act(nlp, sentence: str, cited: str) -> None:
    assert states_alone(nlp(sentence), _piece(sentence, cited))


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "The museum's east wing was flooded but remains open to visitors, staff said.",
            "The museum's east wing was flooded",
        ),
        (
            "The striker was injured in the first half, yet he played on until the final whistle.",
            "The striker was injured in the first half",
        ),
        (
            "Finance minister Petra Lund, who had been due to open the fair, did not travel "
            "to Oslo because of a strike.",
            "Finance minister Petra Lund",
        ),
        (
            "The cargo ship reached Harn harbour although its engines had failed.",
            "The cargo ship reached Harn harbour",
        ),
    ],
)
def test_a_cut_before_its_negation_or_contrast_is_reversed(nlp, sentence: str, cited: str) -> None:
    assert reversed_after_cut(nlp(sentence), _piece(sentence, cited))


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "The museum's east wing was flooded on Sunday night.",
            "The museum's east wing was flooded",
        ),
        (
            "The museum's east wing was flooded but remains open to visitors.",
            "The museum's east wing was flooded but remains open to visitors",
        ),
        ("The minister did not travel to Oslo.", "The minister did not travel to Oslo"),
        (
            "The striker scored twice and the home side won the cup.",
            "The striker scored twice",
        ),
    ],
)
def test_a_whole_or_unlimited_clause_is_read_as_it_is(nlp, sentence: str, cited: str) -> None:
    assert not reversed_after_cut(nlp(sentence), _piece(sentence, cited))


def test_an_event_noun_states_its_act(nlp) -> None:
    sentence = "The ferry company's sale of the Harn route was a surprise."
    assert states_alone(
        nlp(sentence), _piece(sentence, "The ferry company's sale of the Harn route")
    )


def test_an_apposition_after_a_cut_is_a_splice(nlp) -> None:
    from consilience.consensus import spliced

    sentence = (
        "The port authority on Friday fined Nordline, the largest ferry operator, 3 million "
        "crowns for unsafe loading over two summers, the biggest fine in the port's history."
    )
    doc = nlp(sentence)
    first = "The port authority on Friday fined Nordline"
    last = "the biggest fine in the port's history."
    a, b = sentence.index(first), sentence.index(last)
    assert spliced(doc, [(a, a + len(first)), (b, b + len(last))])


def test_a_count_cut_inside_its_noun_phrase_is_no_splice(nlp) -> None:
    from consilience.consensus import spliced

    sentence = "Silver Comet, a 33-1 outsider ridden by Ana Ruiz, won the Harn Cup."
    doc = nlp(sentence)
    a, b = sentence.index("Silver Comet, a"), sentence.index("outsider ridden")
    assert not spliced(doc, [(a, a + len("Silver Comet, a")), (b, len(sentence))])
