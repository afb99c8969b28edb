"""Quotes (session 23): what definite and bare nouns refer to, and questions.

* a noun modifier of an unnamed spokesperson ("a gallery spokeswoman") does not refer to
  another body introduced with "a new …" when the article's own body of that kind ("the
  gallery's main hall") is mentioned bare between them;
* "the league insists …" does not refer to a league named only afterwards and only as
  where a person works ("a director at the Northern Football League");
* a reporting verb over an indirect question ("is asking whether …", "wonder how …")
  reports no statement.

Every text is written for these tests (galleries, hospitals, football, floods)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _speakers(analysis, fragment: str) -> list[str]:
    return [q.speaker for q in extract_quotes(analysis) if fragment in q.text]


def test_spokeswoman_is_not_for_a_new_gallery(make):
    text = (
        "The paintings will go on show in a new gallery in Orvik next year. Good morning "
        "from the gallery's main hall. The mayor did not come, a gallery spokeswoman tells us."
    )
    assert _speakers(make(text), "The mayor did not come") == ["a gallery spokeswoman"]


def test_spokesman_is_not_for_a_new_hospital(make):
    text = (
        "A new hospital in Dunmore will take the patients. Inside the hospital's ward, "
        "staff are packing. Two nurses have resigned, a hospital spokesman said."
    )
    assert _speakers(make(text), "Two nurses have resigned") == ["a hospital spokesman"]


def test_a_described_body_with_no_bare_mention_between_still_counts(make):
    """Precision: with no bare "the hospital" between, the described body is kept."""
    text = (
        "The town council closed the pool on Monday. The pool will reopen in May, a "
        "council spokesman said."
    )
    assert _speakers(make(text), "reopen in May") == ["a spokesman for the town council"]


def test_the_league_is_not_a_league_named_later_as_an_employer(make):
    text = (
        "The cup final was moved to Saturday. The league insists the date was agreed. "
        '"It was never agreed," said Ola Berg, a director at the Northern Football League '
        "in Orvik."
    )
    assert _speakers(make(text), "the date was agreed") == ["The league"]


def test_the_company_named_before_is_kept(make):
    """Precision: a body named before the definite noun is its referent as before."""
    text = "Varna Shipping lost two vessels in the storm. The company insists its crews were safe."
    assert _speakers(make(text), "its crews were safe") == ["Varna Shipping"]


def test_asking_whether_states_nothing(make):
    text = (
        "Four days after the flood, the village is asking whether the dam could have been "
        "saved. Fans wonder how the club will pay its debts."
    )
    assert extract_quotes(make(text)) == []


def test_a_conditional_if_is_still_a_statement(make):
    """Precision: "said … if …" is a statement with a condition, no question."""
    text = "Mayor Ida Holm said the pool would reopen in May if repairs went well."
    assert _speakers(make(text), "the pool would reopen") == ["Ida Holm"]
