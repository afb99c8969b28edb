"""Statement conflicts, session s24: two speakers' views of what a thing is are no fact
conflict (:mod:`consilience.view_speakers`).

"The problem was the snow" said by an engineer and "the problem is not the snow" said by
a researcher are two views; the same identity stated by a report with no speaker and
denied by a speaker is still a dispute. Every text is written for this file, about events
no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.model import Claim
from consilience.view_speakers import claims_apart

_ANALYST = (
    '"The problem is not the snow, it is years of cuts to maintenance," said Pia Lund, a '
    "transport researcher at Halden University."
)


def test_reported_view_against_quoted_view():
    got = story_fact_conflicts(
        (
            'Chief engineer Ola Brandt told reporters that the problem was "the snow, not '
            'the trains".',
            _ANALYST,
        ),
        None,
        "2026-11-18",
    )
    assert not disputed(got, "snow", "not the snow"), got


def test_two_politicians_on_the_budget():
    got = story_fact_conflicts(
        (
            "The biggest winner of the budget is the pensioner, finance minister Eva Sund "
            "said in parliament.",
            '"The biggest winner of this budget is not the pensioner," opposition leader '
            "Karl Motte said.",
        ),
        None,
        "2026-11-18",
    )
    assert not disputed(got, "pensioner", "not the pensioner"), got


def test_a_report_without_speaker_still_disputes():
    got = story_fact_conflicts(
        (
            "The problem at the Tarsk depot was the snow, not the trains.",
            '"The problem at the Tarsk depot is not the snow," said Pia Lund, a transport '
            "researcher at Halden University.",
        ),
        None,
        "2026-11-18",
    )
    assert disputed(got, "was the snow", "is not the snow"), got


def _claim(predicate: str, attribution: str | None) -> Claim:
    from dataclasses import fields

    base = {f.name: None for f in fields(Claim)}
    return Claim(**{**base, "predicate": predicate, "attribution": attribution})


def test_claims_apart_needs_two_speakers_and_the_copula():
    sund, motte = "finance minister Eva Sund", "opposition leader Karl Motte"
    assert claims_apart(_claim("be", sund), _claim("be", motte))
    assert not claims_apart(_claim("be", sund), _claim("be", "Eva Sund's office"))
    assert not claims_apart(_claim("be", sund), _claim("be", None))
    assert not claims_apart(_claim("close", sund), _claim("close", motte))
