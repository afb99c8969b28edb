"""Statement conflicts, session s22: two predictions of one thing to come.

"We expect no X" is a prediction that X will not come (a denial of what is to come, like
"ruled out X"), "X was now inevitable" one that it will ("inevitable", "unavoidable",
"likely", "imminent": WordNet's adjectives of what is bound to come); reported a day
apart, they are one dispute, and the first person who predicts is not the doer a
first-person denial speaks for. A prediction against a report of what has happened is
no dispute.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import polar_words, to_come_adjective
from consilience.model import Analysis, Article, Claim

DAYS = ["2026-10-05", "2026-10-06"]


def _words(text: str) -> dict:
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    claim = Claim("a", 0, len(text), text, 0, "main", "x", "x")
    return {w.lemma: w for w in polar_words(Analysis(art, doc), claim)}


def test_adjectives_of_what_is_bound_to_come():
    for word in ("inevitable", "unavoidable", "likely", "imminent"):
        assert to_come_adjective(word), word
    for word in ("possible", "open", "large", "compulsory"):
        assert not to_come_adjective(word), word


def test_expecting_none_is_a_denial_to_come():
    w = _words("We expect no flight cancellations this winter.")["cancellation"]
    assert w.sign == -1 and w.prospective


def test_a_thing_said_to_be_inevitable_is_expected():
    assert _words("Flight cancellations were now inevitable.")["cancellation"].expected
    denied = _words("Flight cancellations were not inevitable.").get("cancellation")
    assert denied is None or not denied.expected


def test_no_cancellations_expected_against_inevitable_is_a_conflict():
    got = story_fact_conflicts(
        (
            '"We expect no flight cancellations this winter," the airline said.',
            "The pilots' union said flight cancellations were now inevitable.",
        ),
        DAYS,
        None,
    )
    assert disputed(got, "no flight cancellations", "were now inevitable"), got


def test_a_prediction_against_a_past_report_is_no_conflict():
    got = story_fact_conflicts(
        (
            '"We expect no flight cancellations this winter," the airline said.',
            "Flight cancellations rose sharply last winter, the pilots' union said.",
        ),
        DAYS,
        None,
    )
    assert not disputed(got, "no flight cancellations", "rose sharply"), got
