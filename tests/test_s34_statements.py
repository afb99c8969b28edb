"""Statement conflicts (session 34): who did an act that has one doer, and a report the
article itself rejects.

- one act with one doer, claimed of two parties, is a dispute: who *stopped* a show
  ("halted" / "stopped"), who *coaches* a player, who *recovered* a body, who *named* a
  ship. Not: a count of acts ("recovered 14 bodies"), a person named ("police named the
  victim" / "the family named him"), a passive with nobody named ("the match had been
  stopped ..., the club said" is not the club stopping it);
- a doer's words end where a relative clause opens ("the singer, Noel Varga, who stopped
  the show when he saw ..." is Noel Varga, not "he");
- "Some reports have claimed that X. This is not correct." denies X.

Every text is written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article


def _facts(bench, *texts: str):
    from consilience.brief import build_brief

    arts = [
        Article(
            id=f"t{i}", source=f"t{i}.txt", text=v, outlet=f"o{i}.example", published="2027-05-14"
        )
        for i, v in enumerate(texts)
    ]
    return [c for c in build_brief(bench.build_context(arts))["conflicts"] if c["kind"] == "fact"]


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "Stewards halted the festival set shortly after it began, organisers said.",
            "It was the singer, Noel Varga, who stopped the festival set when he saw people fall.",
        ),
        (
            "Ana Brisk, 19, is coached by her uncle, Tomas Brisk, at the Welby club.",
            "Ana Brisk, 19, is coached by Hanne Lorre, a former sprint champion.",
        ),
        (
            "The crew of the trawler Merrow Bay recovered a third body from the lake on Friday.",
            "A third body was recovered on Friday evening by police divers from the lake.",
        ),
        (
            "The new lifeboat Storm Wren was named by the harbour master, Ilse Marr.",
            "Peg Hollis, the coxswain's widow, named the Storm Wren at the slipway.",
        ),
    ],
)
def test_two_doers_of_a_one_doer_act_are_a_dispute(bench, x, y):
    facts = _facts(bench, x, y)
    assert any("who did it" in f["subject"] for f in facts), facts


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "The referee had stopped the match about ten minutes earlier because of the hail.",
            "The match had been stopped about ten minutes earlier because of the hail, the "
            "club said.",
        ),
        (
            "Police named the victim as Dara Quill, 34, on Saturday.",
            "Her family named her as Dara Quill in a statement on Saturday.",
        ),
        (
            "Divers recovered 14 bodies from the lake on Friday.",
            "Soldiers recovered three bodies from the lake on Friday.",
        ),
    ],
)
def test_no_doer_dispute_without_two_named_doers_of_one_act(bench, x, y):
    facts = _facts(bench, x, y)
    assert not any("who did it" in f["subject"] for f in facts), facts


def test_a_doer_ends_where_its_relative_clause_opens(make):
    from consilience.claims import extract_claims
    from consilience.statements import _doer_words

    an = make("It was the singer, Noel Varga, who stopped the festival set when he saw people fall.")
    stop = [c for c in extract_claims(an) if c.predicate == "stop"]
    assert stop and {"noel", "varga"} <= _doer_words(stop[0])


def test_a_report_the_article_rejects_is_denied(bench):
    x = (
        "Some reports have claimed that the ferry left port early. This is not correct. "
        "The ferry left on schedule at 9am."
    )
    y = "Passengers say the ferry left port early, before all the cars were loaded."
    facts = _facts(bench, x, y)
    assert any("stated vs denied" in f["subject"] for f in facts), facts


@pytest.mark.parametrize(
    "text, denied",
    [
        ("Some reports have claimed that the ferry left port early. This is not correct.", True),
        ("Rumours suggested the mayor had resigned. That is untrue, her office said.", True),
        ("Some reports have claimed that the ferry left port early. Passengers agreed.", False),
        ("The captain said the ferry left port early. This is his first season.", False),
    ],
)
def test_rejection_in_the_next_sentence(make, text, denied):
    from consilience.claims import extract_claims

    an = make(text)
    content = [c for c in extract_claims(an) if c.kind == "content"]
    assert content and content[0].negated is denied


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "Parents say the school bus left Harwick more than an hour late on Monday.",
            "The school bus left Harwick on time on Monday, the council said.",
        ),
        (
            "The ferry Maren left Tolby on schedule at 9am with 300 passengers.",
            "The ferry Maren left Tolby two hours late because of fog.",
        ),
    ],
)
def test_on_time_against_late_is_a_dispute(bench, x, y):
    facts = _facts(bench, x, y)
    assert any("on time vs late" in f["subject"] for f in facts), facts


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "The ferry Maren left Tolby late on Sunday evening with 300 passengers.",
            "The ferry Maren left Tolby on time, at 9pm on Sunday.",
        ),
        (
            "The new stand is 14 months behind schedule, the club said.",
            "The new stand is nine months behind schedule, builders said.",
        ),
    ],
)
def test_late_in_the_day_and_two_delays_are_no_timing_dispute(bench, x, y):
    facts = _facts(bench, x, y)
    assert not any("on time vs late" in f["subject"] for f in facts), facts
