"""Statement conflicts, session s15: a conjoined clause with no subject in its own words
shares the subject of the clause before it in its sentence, for the matter a denial and
its assertion must share ("[a warden was attacked by the raiders] and is being treated
for a head injury" / "no wardens were injured").

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.align import story_nodes
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles
from consilience.statements import _held_subject


def _nodes(text: str):
    art = Article(id="x0", source="x0.txt", text=text, outlet="P", published="2025-10-09")
    return story_nodes(context_from_articles([art], Story("s", "", ["x0"])))[0]


def test_a_conjoined_clause_holds_the_subject_before_it():
    nodes = _nodes(
        "Four inmates escaped from Dunmore jail on Sunday. A prison guard was assaulted by "
        "the inmates and is being treated in hospital for a head injury."
    )
    i = next(k for k, n in enumerate(nodes) if n.claim.text.startswith("is being treated"))
    keys = _held_subject(nodes, i, {}).actor_keys
    assert any("guard" in k for k in keys)


def test_a_conjoined_clause_with_its_own_subject_keeps_it():
    nodes = _nodes("Two guards were hurt and the inmates fled over the wall.")
    i = next(k for k, n in enumerate(nodes) if "fled" in n.claim.text and n.claim.kind == "conj")
    assert not any("guard" in k for k in _held_subject(nodes, i, {}).actor_keys)


def test_treated_for_an_injury_against_none_injured():
    got = story_fact_conflicts(
        (
            "Four inmates escaped from Dunmore jail on Sunday. A prison guard was assaulted "
            "by the inmates and is being treated in hospital for a head injury.",
            "Four inmates escaped from Dunmore jail on Sunday. Officials said no prison "
            "guards were injured during the breakout.",
        ),
        None,
        "2025-10-09",
    )
    assert disputed(got, "treated in hospital", "injured")


def test_a_decision_open_about_a_thing_against_a_plan_for_it():
    got = story_fact_conflicts(
        (
            "A fisherman found a bronze helmet on Tarr beach on Monday. Mr Olsen has agreed "
            "to sell the helmet to the county archive.",
            "A fisherman found a bronze helmet on Tarr beach on Monday. Olsen said he had not "
            "yet decided what to do with the helmet.",
        ),
        None,
        "2025-10-09",
    )
    assert disputed(got, "agreed to sell the helmet", "what to do with the helmet")


def test_an_open_decision_about_another_thing_is_no_conflict():
    got = story_fact_conflicts(
        (
            "A fisherman found a bronze helmet on Tarr beach on Monday. Mr Olsen has agreed "
            "to sell the helmet to the county archive.",
            "A fisherman found a bronze helmet on Tarr beach on Monday. Olsen said he had not "
            "yet decided what to do with the reward.",
        ),
        None,
        "2025-10-09",
    )
    assert not disputed(got, "agreed to sell the helmet", "what to do with the reward")
