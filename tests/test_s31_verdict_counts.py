"""A verdict on some counts is not a verdict on every charge (session 31).

"The jury found him guilty on three counts and cleared him of perjury" beside another
outlet's "He was found not guilty of perjury" was a false fact conflict (held-out s7): the
parser hangs "on three counts" on "found", not on "guilty", so the asserted "guilty" had
no charge of its own and seemed to deny the other article's acquittal. The charge an
adjective complement is judged on is its verb's prepositional phrase, whether the parser
calls the complement ``oprd`` or a small clause (``ccomp``).

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.analyse import analyse
from consilience.claims import extract_claims
from consilience.denied_matter import polar_words
from consilience.model import Article


def _words(text: str, lemma: str):
    analysis = next(iter(analyse([Article(id="t", source="t.txt", text=text)])))
    return [w for c in extract_claims(analysis) for w in polar_words(analysis, c)
            if w.lemma == lemma]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The jury found him guilty on three counts and cleared him of perjury.",
        "Magistrates found the driver guilty on two charges after a short hearing.",
    ],
)
def test_the_charge_of_a_small_clause_verdict_is_its_verbs_phrase(text):
    found = _words(text, "guilty")
    assert found and all(w.quals for w in found), found


def _brief(bench, texts: dict[str, str]):
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-03-12")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_guilty_on_some_counts_does_not_dispute_an_acquittal_of_another(bench):
    brief = _brief(bench, {
        "x": "The jury at Harlow Crown Court found Pell Marsh guilty on three counts of fraud "
        "and cleared him of perjury on Wednesday.",
        "y": "Pell Marsh was found not guilty of perjury at Harlow Crown Court on Wednesday.",
    })  # fmt: skip
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    assert not facts, facts


def test_guilty_and_not_guilty_of_one_charge_still_conflict(bench):
    brief = _brief(bench, {
        "x": "The jury at Harlow Crown Court found Pell Marsh guilty of perjury on Wednesday.",
        "y": "Pell Marsh was found not guilty of perjury at Harlow Crown Court on Wednesday.",
    })  # fmt: skip
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    assert facts, brief["conflicts"]


@pytest.mark.parametrize(
    "text, frame",
    [
        ("A jury at Tarvik found the accountant guilty of embezzlement.", "convict"),
        ("The accountant was found guilty of embezzlement on Monday.", "convict"),
        ("The accountant was found not guilty of embezzlement.", "acquit"),
        ("The appeal court declared her innocent of the theft.", "acquit"),
    ],
)
def test_a_verdict_through_an_adjective_is_convict_or_acquit(make, text, frame):
    main = [c for c in extract_claims(make(text)) if c.kind == "main"]
    assert main and main[0].frame == frame, [(c.text, c.frame) for c in main]


def test_finding_a_thing_keeps_its_own_frame(make):
    main = [c for c in extract_claims(make("Divers found the wreck intact last week."))]
    assert main and all(c.frame not in ("convict", "acquit") for c in main)
