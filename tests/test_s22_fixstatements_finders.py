"""Statement conflicts, session s22 (late fixer): who first found or reported one thing.

One act of discovery or first alert (a verb WordNet files under detect / catch sight of /
come upon, or "report") of one definite thing, told of two finders who share no noun or
name, is a ``fact`` conflict whose subject names the act; an act many did (counted
finders), a finding of an indefinite thing, a judgement ("found guilty") or one finder in
two words is not. A fact conflict whose sides differ only by a date a date conflict
already shows is left to the date conflict.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.first_finders import discovery, finding, rival_finders
from consilience.statements import _only_dates_differ


def _finding(text: str, verb: str):
    doc = load_nlp()(text)
    return finding(next(t for t in doc if t.text == verb))


def test_verbs_of_discovery_are_a_wordnet_category():
    for verb in ("spot", "discover", "notice", "detect", "locate", "report"):
        assert discovery(verb), verb
    for verb in ("fight", "win", "start", "say", "close"):
        assert not discovery(verb), verb


def test_a_passive_finder_and_an_active_one_are_read():
    f = _finding("The leak was noticed by a plumber on Tuesday.", "noticed")
    assert f is not None and f.find == "leak" and "plumber" in f.finder
    g = _finding("A caretaker discovered the leak before dawn.", "discovered")
    assert g is not None and g.find == "leak" and "caretaker" in g.finder
    assert rival_finders(f, g)


def test_no_finding_of_a_judgement_a_count_or_an_indefinite_thing():
    assert _finding("The driver was found guilty by the jury.", "found") is None
    assert _finding("The smoke was reported by several neighbours.", "reported") is None
    assert _finding("A wallet was found by a cleaner.", "found") is None
    assert _finding("The figures were reported by Reuters.", "reported") is None


def test_two_first_finders_of_one_wreck_are_a_conflict():
    got = story_fact_conflicts(
        (
            "The wreck of the trawler was located by a diver from Oban, the coastguard said.",
            "Officials said the wreck was first spotted by a fisherman checking his nets.",
        ),
        None,
        "2026-05-04",
    )
    assert disputed(got, "by a diver", "by a fisherman"), got


def test_one_finder_in_two_words_is_no_conflict():
    got = story_fact_conflicts(
        (
            "The meteorite was found by a geology student walking on the moor.",
            "The meteorite was discovered by a student from the local college.",
        ),
        None,
        "2026-05-04",
    )
    assert not disputed(got, "found by", "discovered by"), got


def test_finders_of_two_different_things_are_no_conflict():
    got = story_fact_conflicts(
        (
            "The leak was noticed by a plumber on Tuesday.",
            "The crack in the wall was noticed by a caretaker on Tuesday.",
        ),
        None,
        "2026-05-04",
    )
    assert not disputed(got, "plumber", "caretaker"), got


def _reading(article: str, start: int, end: int) -> dict:
    return {"citation": {"article": article, "start": start, "end": end}}


def test_a_fact_that_differs_only_by_a_shown_date_is_left_to_it():
    fact = {
        "explanation": "the articles state that one thing is in opposite states at one time",
        "readings": [_reading("a", 100, 150), _reading("b", 10, 60)],
    }
    date = {"readings": [_reading("a", 140, 150), _reading("b", 50, 59)]}
    assert _only_dates_differ(fact, date)
    other = {"readings": [_reading("a", 140, 150), _reading("c", 50, 59)]}
    assert not _only_dates_differ(fact, other)


def test_a_denial_is_kept_beside_a_date_conflict():
    fact = {
        "explanation": "one article states what another denies",
        "readings": [_reading("a", 100, 150), _reading("b", 10, 60)],
    }
    date = {"readings": [_reading("a", 140, 150), _reading("b", 50, 59)]}
    assert not _only_dates_differ(fact, date)
