"""A question the writer asks and a translator's credit are boilerplate (issue #11: one place
every section uses; issue #12, kind 20). Found on held-out s27, whose Q&A explainers and
translated pieces gave "Q: What do experts say?" and "Translated from the Valdenian by our
editorial staff." as unique facts."""

from __future__ import annotations

import pytest

from consilience.boilerplate import TOPICAL_KINDS, boilerplate_spans, page_furniture_kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Q: Why was the dam not inspected?", "question"),
        ("How long will the road stay shut?", "question"),
        ("Translated from the Norwegian by our foreign desk.", "note"),
        ("This interview was translated from Spanish.", "note"),
        ("Translation: Ines Vidal", "note"),
    ],
)
def test_page_furniture(sentence: str, kind: str) -> None:
    assert page_furniture_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        '"Who will pay for this?" the mayor asked.',  # a quoted question is a quote's
        "'Who pays?'",
        "Why does it matter? Because the port lost 11 million.",  # answered in the line
        "The council asked whether the dam had been inspected.",  # reported, not asked
        "The novel was translated into 30 languages and sold a million copies, the publisher said.",
    ],
)
def test_no_page_furniture(sentence: str) -> None:
    assert page_furniture_kind(sentence) is None


def test_questions_are_marked_but_topical() -> None:
    text = "Q: What happened at Varn dam?\nA: The spillway failed on Sunday night."
    spans = boilerplate_spans(text)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [
        ("Q: What happened at Varn dam?", "question")
    ]
    assert "question" in TOPICAL_KINDS
