"""Headline and summary lines are claims no article denies (issue #11, s13): "The museum has
shut so that its roof can be repaired" beside "the Harlow Museum will not shut" is one side
of a dispute, never a line, whether or not the conflict made it into the brief. Every text
here is written for these tests (a museum roof, a ferry, a library)."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.line_denials import denies
from consilience.model import Article, Claim


def _claim(negated: bool, modality: str = "asserted", tense: str = "past") -> Claim:
    return Claim(
        article="a",
        start=0,
        end=1,
        text="x",
        sentence=0,
        kind="main",
        predicate="close",
        frame="shut_down",
        negated=negated,
        modality=modality,
        tense=tense,
    )


@pytest.mark.parametrize(
    "a, b, denied",
    [
        # "has shut" / "will not shut": the deed denied
        (_claim(False), _claim(True, "future", "future"), True),
        # "shut" / "did not shut"
        (_claim(False), _claim(True), True),
        # "will shut next week" / "has not shut": a plan, not a denial
        (_claim(False, "future", "future"), _claim(True), False),
        # "shut" / "may not shut": a hedge leaves the act open
        (_claim(False), _claim(True, "possible", "present"), False),
        # both asserted, or both negated: no denial
        (_claim(False), _claim(False), False),
        (_claim(True), _claim(True), False),
    ],
)
def test_a_negation_denies_a_deed_not_a_plan(a, b, denied):
    assert denies(a, b) is denied
    assert denies(b, a) is denied


def _brief(bench, texts: dict[str, str]):
    arts = [
        Article(
            id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published="2026-03-09"
        )
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


MUSEUM = {
    "a": (
        "A section of ceiling fell in the east gallery of the Harlow Museum of Clocks on "
        "Sunday night. The Harlow Museum of Clocks has shut so that its roof can be repaired, "
        "the trustees said. Nobody was in the gallery at the time."
    ),
    "b": (
        "Part of a ceiling collapsed at the Harlow Museum of Clocks overnight on Sunday. "
        "The museum has shut so that engineers can repair the roof. "
        "Visitors with tickets will be offered refunds."
    ),
    "c": (
        "Plaster from a ceiling fell into an empty gallery at the Harlow Museum of Clocks on "
        "Sunday night. The Harlow Museum will not shut, the town council said, but the east "
        "gallery is closed to visitors."
    ),
}


def test_a_claim_another_article_denies_is_no_headline_nor_summary_line(bench):
    brief = _brief(bench, MUSEUM)
    lines = [item["text"] for item in [*brief["headline"], *brief["summary"]]]
    assert lines, "the story has lines"
    assert not any("has shut" in t for t in lines), lines
