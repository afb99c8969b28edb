"""Statement conflicts, session s22: giving up against still getting.

A verb of giving up what one has a claim to (WordNet's relinquish, forfeit, waive by their
first sense: forgo, waive, give up) denies its object to the doer as a decision about
what is to come: "will forgo his fee" against "will still receive his fee" is one dispute
when reported a day apart, the year both give ("his 2027 fee") being one date. Verbs
that only move a thing ("sell", "pay") or leave a post ("resign") are no giving up.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.denied_matter import renouncing

DAYS = ["2026-06-15", "2026-06-16"]


def test_verbs_of_giving_up():
    for verb in ("forgo", "waive", "relinquish", "forfeit", "give_up"):
        assert renouncing(verb), verb
    for verb in ("sell", "pay", "resign", "receive", "keep", "refuse"):
        assert not renouncing(verb), verb


def test_forgo_against_still_receive_is_a_conflict():
    got = story_fact_conflicts(
        (
            "The orchestra said its conductor, Paul Aster, will forgo his fee for 2027.",
            "Aster will still receive his 2027 fee, according to people close to the board.",
        ),
        DAYS,
        None,
    )
    assert disputed(got, "forgo his fee", "still receive"), got


def test_forgoing_one_thing_is_no_denial_of_another():
    got = story_fact_conflicts(
        (
            "The orchestra said its conductor, Paul Aster, will forgo his fee for 2027.",
            "Aster will still receive a pension from the city, according to the board.",
        ),
        DAYS,
        None,
    )
    assert not disputed(got, "forgo", "pension"), got


def test_giving_up_against_paying_is_no_conflict():
    got = story_fact_conflicts(
        (
            "The council will waive the parking fee for residents of the old town.",
            "Residents of the old town will pay the parking fee from Monday, a trader said.",
        ),
        DAYS,
        None,
    )
    assert not disputed(got, "waive", "will pay"), got


def _words(text: str):
    from consilience.analyse import load_nlp
    from consilience.denied_matter import polar_words
    from consilience.model import Analysis, Article, Claim

    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    return polar_words(Analysis(art, doc), Claim("a", 0, len(text), text, 0, "main", "x", "x"))


def test_what_is_given_up_is_denied_only_against_getting_it():
    from consilience.denied_matter import denial_pairs

    waived = _words("The council will waive the fee.")
    assert [w.lemma for w in waived if w.sign < 0] == ["fee"]
    assert not denial_pairs(waived, _words("The residents will pay the fee."))
    assert denial_pairs(waived, _words("The council will still receive the fee."))
