"""Session 61: clauses that assert nothing are no side of a statement conflict (issue #12,
conflict precision), on sentences written for these tests."""

from __future__ import annotations

import pytest

from consilience.unasserted import unasserted


def why(nlp, text: str, clause: str) -> str | None:
    """The reason ``unasserted`` gives for ``clause`` (a substring of ``text``)."""
    start = text.index(clause)
    return unasserted(nlp(text), start, start + len(clause))


@pytest.mark.parametrize(
    ("text", "clause", "reason"),
    [
        (
            "The review will establish how long the pump had been in use.",
            "how long the pump had been in use",
            "indirect question",
        ),
        (
            "Inspectors asked whether the valve had been replaced.",
            "whether the valve had been replaced",
            "indirect question",
        ),
        (
            "The board wants to know what the contractor was told.",
            "what the contractor was told",
            "indirect question",
        ),
        (
            "If you still have the old card, please do not use it.",
            "please do not use it",
            "instruction",
        ),
        ("Keep the receipt until the refund arrives.", "Keep the receipt", "instruction"),
        ("Will the pool reopen in June?", "the pool reopen in June", "question"),
        (
            "Q: Were the side gates locked?\n\nA: Not the side gates, no.",
            "Not the side gates, no",
            "elliptical answer",
        ),
    ],
)
def test_clauses_that_assert_nothing(nlp, text: str, clause: str, reason: str) -> None:
    assert why(nlp, text, clause) == reason


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The pump had been in use for eleven years.", "The pump had been in use for eleven years"),
        (
            "The nurse who saw the results rang the pharmacy.",
            "who saw the results rang the pharmacy",
        ),
        ("When the crate fell, the panel split.", "When the crate fell, the panel split"),
        ("Staff must not use the old cards.", "Staff must not use the old cards"),
        ("The gates were not locked.", "The gates were not locked"),
        ("No injuries.", "No injuries"),  # a fragment after no question
    ],
)
def test_statements_assert(nlp, text: str, clause: str) -> None:
    assert why(nlp, text, clause) is None


def test_a_case_put_opposes_no_report() -> None:
    """ "should still accept" (conditional) against "refused": no dispute, though the two
    words are opposites when both are reported."""
    from consilience.model import Claim
    from consilience.opposition import CONDITIONAL, opposed

    def claim(text: str, predicate: str, modality: str) -> Claim:
        return Claim(
            article="a", start=0, end=len(text), text=text, sentence=0, kind="main",
            predicate=predicate, frame=predicate, patient="the key", patient_key="key",
            modality=modality, tense="past",
        )  # fmt: skip

    done = claim("every lock refused the key", "refuse", "asserted")
    assert opposed(claim("the lock accepted the key", "accept", "asserted"), done) == "antonym"
    put = claim("a well-built lock should still accept the key", "accept", CONDITIONAL)
    assert opposed(put, done) is None
