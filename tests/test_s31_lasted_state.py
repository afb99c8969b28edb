"""A state of the past that lasted a stretch is over (session 31).

"A man was trapped for 40 minutes" beside "Firefighters freed a 67-year-old man" was a
false conflict "freed vs trapped" (held-out s25): the first tells how long the state
lasted, so it ended, and the release is the next step, not a denial of it. A state said
to go on ("has been trapped for two hours") is not over.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article


def _facts(bench, x: str, y: str):
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-03-03")
        for k, v in (("x", x), ("y", y))
    ]
    brief = build_brief(bench.build_context(arts))
    return [c for c in brief["conflicts"] if c["kind"] == "fact"]


def test_a_state_that_lasted_is_a_step_before_its_end(bench):
    facts = _facts(
        bench,
        "A cyclist was trapped for 25 minutes under the fallen hoarding on Quay Street.",
        "Firefighters freed a cyclist from under the fallen hoarding on Quay Street.",
    )
    assert not facts, facts


@pytest.mark.parametrize(
    "text, lasted",
    [
        ("The crew were held for six days in the port of Sarn.", True),
        ("A cyclist was trapped for 25 minutes under the hoarding.", True),
        ("A cyclist has been trapped for 25 minutes under the hoarding.", False),
        ("A cyclist was trapped under the hoarding.", False),
        ("The bridge will be closed for two weeks.", False),
    ],
)
def test_lasted_reads_a_past_state_with_its_stretch(text, lasted):
    from consilience.act_readings import act_readings
    from consilience.analyse import analyse
    from consilience.claims import extract_claims

    analysis = next(iter(analyse([Article(id="t", source="t.txt", text=text)])))
    readings = [r for c in extract_claims(analysis) for r in act_readings(analysis, c)]
    assert readings and any(r.lasted for r in readings) == lasted, readings
