"""A party's view reported a night apart is one moment (session 31).

A press release in the evening ("the nurses' union has welcomed the plan") and a local
paper the next morning ("the nurses' union has criticised the plan") were two moments, so
no conflict (held-out s23): opposite states reported on two days may be a change. A view
held (praise / criticise, support / oppose) does not change overnight, so reports at most
``statements.PLAN_DAYS`` apart dispute it, as they do a plan. A state of the world
(open / closed) keeps its rule.

Every text here is written for these tests."""

from __future__ import annotations

from consilience.model import Article


def _facts(bench, texts: dict[str, tuple[str, str]]):
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published=day)
        for k, (v, day) in texts.items()
    ]
    brief = build_brief(bench.build_context(arts))
    return [c for c in brief["conflicts"] if c["kind"] == "fact"]


WELCOMED = "The ward plan was published on Monday, and the nurses' union has welcomed the plan."
CRITICISED = "The nurses' union has criticised the ward plan as unaffordable."


def test_opposite_views_a_night_apart_conflict(bench):
    facts = _facts(bench, {
        "x": (WELCOMED, "2026-09-14T19:00:00Z"),
        "y": (CRITICISED, "2026-09-15T06:30:00Z"),
    })  # fmt: skip
    assert facts, "welcomed / criticised a night apart"


def test_opposite_views_a_week_apart_may_be_a_change(bench):
    facts = _facts(bench, {
        "x": (WELCOMED, "2026-09-14T19:00:00Z"),
        "y": (CRITICISED, "2026-09-21T06:30:00Z"),
    })  # fmt: skip
    assert not facts, facts


def test_a_state_a_night_apart_keeps_its_rule(bench):
    facts = _facts(bench, {
        "x": ("The Harlow ring road is closed after the flood.", "2026-09-14T19:00:00Z"),
        "y": ("The Harlow ring road has reopened after the flood.", "2026-09-15T06:30:00Z"),
    })  # fmt: skip
    assert not facts, facts
