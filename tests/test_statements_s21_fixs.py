"""Statement conflicts, session s21 (fix round): a clause under a denied noun of evidence
("found *no sign* that any cargo had left the hold") is itself a denial, so two such
denials agree; an antonym spelt like a word of another sense ("go", the opposite of
"come" as travelling, is also "die") is no opposite; "had never seen anything like it"
tells surprise, no act another clause could state.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.act_relations import relation
from consilience.analyse import load_nlp
from consilience.event_states import denied_evidence


def _clause_verb(text: str, word: str):
    doc = load_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_a_clause_under_a_denied_noun_of_evidence_is_denied():
    tok = _clause_verb("The crew found no sign that any grain had left the silo.", "left")
    assert denied_evidence(tok)
    tok = _clause_verb("Inspectors did not find any indication that seals were broken.", "broken")
    assert denied_evidence(tok)


def test_a_clause_under_an_asserted_noun_of_evidence_is_not_denied():
    tok = _clause_verb("The crew found a sign that grain had left the silo.", "left")
    assert not denied_evidence(tok)
    tok = _clause_verb("The crew said that no grain had left the silo.", "left")
    assert not denied_evidence(tok)


def test_two_denials_of_one_act_in_other_words_are_no_dispute():
    got = story_fact_conflicts(
        (
            '"We have found no sign that any grain has left our silo," the co-operative said.',
            "The co-operative insists that no grain has left its silo.",
        ),
        None,
        "2026-09-14",
    )
    assert not disputed(got, "no sign", "no grain"), got


def test_an_antonym_of_another_sense_is_no_opposite():
    assert relation("come", "v", "die", "v") == 0
    assert relation("rise", "v", "fall", "v") == -1
    assert relation("arrive", "v", "leave", "v") == -1


def test_arrivals_and_deaths_of_one_herd_are_no_dispute():
    got = story_fact_conflicts(
        (
            "About 70 bison came to the river in the morning.",
            "Forty bison have now died.",
        ),
        None,
        "2026-09-14",
    )
    assert not disputed(got, "came to", "have now died"), got


def test_never_seen_anything_like_it_is_no_denial_of_seeing():
    got = story_fact_conflicts(
        (
            "The freed bison were last seen crossing the ridge in a line.",
            "Farmer Ole Brandt, who found the bison at dawn, said he had never seen "
            "anything like it.",
        ),
        None,
        "2026-09-14",
    )
    assert not disputed(got, "last seen", "never seen"), got
