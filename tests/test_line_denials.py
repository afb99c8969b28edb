"""Headline and summary lines are claims no article denies (issue #11, s13): "The museum has
shut so that its roof can be repaired" beside "the Harlow Museum will not shut" is one side
of a dispute, never a line, whether or not the conflict made it into the brief. Every text
here is written for these tests (a museum roof, a ferry, a library)."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.line_denials import denies, settles, undone_act
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


@pytest.mark.parametrize(
    "text, verb, question",
    [
        ("The tribunal has yet to decide whether the dismissal was fair.", "decide", {"dismissal"}),
        ("The regulator is yet to approve the takeover.", "approve", set()),
        ("The council has not yet voted on whether the quarry can expand.", "vote", {"quarry"}),
    ],
)
def test_an_act_left_undone_is_read_from_the_parse(nlp, text, verb, question):
    found = undone_act(nlp(text), 0, len(text))
    assert found is not None and found[0] == verb and question <= found[1], found


@pytest.mark.parametrize(
    "text",
    ["The tribunal ruled that the dismissal was unfair.", "Nobody has decided yet."],
)
def test_a_done_act_or_a_bare_yet_leaves_nothing_undone(nlp, text):
    assert undone_act(nlp(text), 0, len(text)) is None


def _done(predicate: str, nouns: list[str], actor: str = "tribunal", **kw) -> Claim:
    return Claim(
        article="a",
        start=0,
        end=1,
        text="x",
        sentence=0,
        kind="main",
        predicate=predicate,
        frame=predicate,
        actor=actor,
        actor_key=actor,
        actor_keys=[actor],
        nouns=nouns,
        **kw,
    )


@pytest.mark.parametrize(
    "done, undone, settled",
    [
        # "ruled the dismissal unfair" / "has yet to decide whether the dismissal was fair"
        (_done("rule", ["tribunal", "dismissal"]), ("decide", frozenset({"dismissal"})), True),
        # "approved the takeover" / "is yet to approve the takeover"
        (_done("approve", ["tribunal", "takeover"]), ("approve", frozenset()), True),
        # another actor: no denial
        (
            _done("rule", ["judge", "dismissal"], actor="judge"),
            ("decide", frozenset({"dismissal"})),
            False,
        ),
        # a plan is no deed
        (_done("approve", ["tribunal"], modality="planned"), ("approve", frozenset()), False),
        # another question
        (_done("rule", ["tribunal", "pension"]), ("decide", frozenset({"dismissal"})), False),
    ],
)
def test_a_deed_settles_what_another_article_leaves_undone(done, undone, settled):
    left = _done("have", ["tribunal"])
    assert settles(done, left, undone) is settled


HEARING = {
    "a": (
        "A former nurse, Irma Castell, won her claim against the Lyndon Clinic on Monday. "
        "The employment tribunal declared her dismissal unlawful at a hearing in Corvale. "
        "The clinic said it would study the judgment."
    ),
    "b": (
        "Irma Castell, a nurse sacked by the Lyndon Clinic, won her claim on Monday. "
        "The tribunal declared the dismissal unlawful after a two-day hearing in Corvale. "
        "Her union called the result a warning to employers."
    ),
    "c": (
        "Irma Castell, who was dismissed by the Lyndon Clinic last year, won her claim on "
        "Monday. The tribunal has yet to rule on whether the dismissal was unlawful, a clerk "
        "said, and its written reasons are due next month."
    ),
}


def test_a_line_another_article_leaves_undone_is_no_headline_or_summary(bench):
    brief = _brief(bench, HEARING)
    lines = [x["text"] for x in [*(brief.get("headline") or []), *brief["summary"]]]
    assert lines, brief
    assert not any("declared" in t and "unlawful" in t for t in lines), lines
