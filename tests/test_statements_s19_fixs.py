"""Statement conflicts, session s19 (fix round): two clauses that both state a cause do
not deny each other --

- two descriptions of people as the cause of one effect ("three hooded youths forced a
  gate" / "the vandals forced open a gate") may be one group of people: no conflict;
- a clash of two readings of one sign is never labelled "stated vs denied".

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import story_fact_conflicts

from consilience.cause_readings import alternative_causes
from consilience.event_states import Reading
from consilience.statements import _why


def _cause(doer: str, sign: int = 1) -> Reading:
    return Reading(
        token=0, kind="cause", predicate="cause", surface="forced", sign=sign,
        theme=frozenset({"gate"}), head="gate", mods=frozenset(), doer=frozenset({doer}),
        plan=False, start="", until="", phrase="a gate", negated=sign < 0, doer_head=doer,
    )  # fmt: skip


def test_two_descriptions_of_people_are_no_alternative_causes():
    assert not alternative_causes(_cause("youth"), _cause("vandal"))


def test_two_stated_readings_are_not_stated_vs_denied():
    assert _why(_cause("youth"), _cause("vandal")) != "polarity"
    assert _why(_cause("youth"), _cause("youth", -1)) == "polarity"


def test_people_forcing_one_gate_in_two_papers_agree():
    texts = [
        "The break-in began at about 1 a.m. on Sunday, when three hooded youths forced a "
        "gate with a spade, according to the caretaker.",
        "The caretaker said the vandals, three teenagers in hoods, forced open a gate "
        "shortly after 1 a.m.",
    ]
    assert story_fact_conflicts(texts, None, "2026-03-08") == []
