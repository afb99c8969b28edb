"""Recall the cut-reversal rules of session 20 lost (issue #11, fixc): a copula with its
subject and a place or state phrase states ("are on strike"), and a "but" clause about
another party neither denies nor limits the act before it.

Sentences written for this file; each test fails on the code before the change.
"""

from __future__ import annotations

from consilience.cut_reversals import reversed_after_cut, states_alone


def _piece(sentence: str, cited: str) -> list[tuple[int, int]]:
    s = sentence.index(cited)
    return [(s, s + len(cited))]


def test_a_copula_with_a_state_phrase_states(nlp) -> None:
    s = "From noon today, 900 nurses at six clinics in Valdor are on strike for two days."
    assert states_alone(nlp(s), _piece(s, s))


def test_a_but_clause_about_another_party_limits_nothing(nlp) -> None:
    s = (
        "The ferry operator won a licence for its new route on Monday, but passengers may "
        "find the fares steep."
    )
    cited = "The ferry operator won a licence for its new route on Monday"
    assert not reversed_after_cut(nlp(s), _piece(s, cited))


def test_a_but_clause_about_the_same_party_still_limits(nlp) -> None:
    s = "The bridge was damaged in the flood, but it remains open to traffic."
    assert reversed_after_cut(nlp(s), _piece(s, "The bridge was damaged in the flood"))


def test_a_but_clause_about_a_question_limits_nothing(nlp) -> None:
    s = "Heavy rain flooded the old mill overnight, but it is not known whether the dam failed."
    cited = "Heavy rain flooded the old mill overnight"
    assert not reversed_after_cut(nlp(s), _piece(s, cited))
