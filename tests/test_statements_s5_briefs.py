"""Statement conflicts in whole briefs of short stories written for this file: each kind
found, the near misses left alone, and no consensus item beside a statement conflict that
cites one of its clauses."""

from __future__ import annotations

import pytest

from consilience.model import Article, Story


def brief(*texts: str, published: list[str] | None = None) -> dict:
    from consilience.pipeline import context_from_articles, finished_brief

    days = published or ["2025-09-16"] * len(texts)
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=d)
        for i, (t, d) in enumerate(zip(texts, days, strict=True))
    ]
    story = Story("s", "", [a.id for a in arts])
    return finished_brief(context_from_articles(arts, story))


def facts(b: dict) -> list[dict]:
    return [c for c in b["conflicts"] if c["kind"] == "fact"]


def cited(item: dict) -> set[tuple[str, int, int]]:
    cites = item.get("citations") or []
    cites += [r["citation"] for r in item.get("readings", [])]
    return {(c["article"], c["start"], c["end"]) for c in cites}


def overlapping(a: set, b: set) -> bool:
    return any(x[0] == y[0] and x[1] < y[2] and y[1] < x[2] for x in a for y in b)


@pytest.fixture(scope="module")
def vote_story() -> dict:
    return brief(
        "Senator Lea Moss voted for the housing bill on Tuesday. The bill passed narrowly.",
        "Senator Lea Moss voted for the housing bill on Tuesday, her office said.",
        "Senator Lea Moss voted against the housing bill on Tuesday. Tenants' groups were angry.",
    )


def test_a_vote_reported_both_ways_is_a_fact_conflict(vote_story):
    got = facts(vote_story)
    assert len(got) == 1
    texts = " | ".join(r["text"] for r in got[0]["readings"])
    assert "voted for" in texts and "voted against" in texts
    assert got[0]["outliers"] == ["x2"]


def test_no_consensus_item_shares_a_clause_with_a_statement_conflict(vote_story):
    disputed = set().union(*(cited(c) for c in facts(vote_story)))
    assert disputed
    for item in vote_story["consensus"]:
        assert not overlapping(cited(item), disputed), item["text"]


def test_a_judge_on_both_sides_of_a_ruling():
    b = brief(
        "The appeals court upheld the fishing ban on Monday. Judge Tomas Ruiz sided with the "
        "majority.",
        "Trawler owners lost their challenge to the fishing ban at the appeals court on Monday. "
        "Judge Tomas Ruiz dissented, calling the ban unfair to small boats.",
    )
    assert len(facts(b)) == 1


def test_who_won_swapped_and_who_did_it():
    b = brief(
        "Marlow Town defeated Esk Rangers in the county final on Sunday.",
        "Esk Rangers defeated Marlow Town in the county final on Sunday.",
    )
    assert len(facts(b)) == 1
    b = brief(
        "Coastguard crews carried out the rescue of the trawler crew on Sunday, the harbour "
        "master said. All six fishermen were unhurt.",
        "Navy divers carried out the rescue of the trawler crew on Sunday after the boat "
        "capsized in heavy seas off Rask Point.",
    )
    assert len(facts(b)) == 1


def test_prices_of_two_days_are_an_update_not_a_dispute():
    b = brief(
        "Wheat prices climbed on the Ostend exchange, traders said.",
        "Wheat prices dropped on the Ostend exchange, traders said.",
        published=["2025-09-15", "2025-09-17"],
    )
    assert facts(b) == []


def test_different_people_and_different_objects_are_no_dispute():
    b = brief(
        "Treasurer Hanna Lutz resigned on Tuesday over the audit.",
        "Mayor Kurt Olsen refused to resign on Tuesday over the audit.",
    )
    assert facts(b) == []
    b = brief(
        "The county board approved the road repair budget on Tuesday.",
        "The county board rejected the road repair loan on Tuesday.",
    )
    assert facts(b) == []


def test_a_confirmation_and_a_denial_of_one_report():
    b = brief(
        "The port authority confirmed on Friday that the cargo terminal had been sold to a "
        "Danish operator.",
        "The port authority denied on Friday that the cargo terminal had been sold, saying "
        "talks with buyers were continuing.",
    )
    got = facts(b)
    assert len(got) == 1
    assert b["consensus"] == [] or not overlapping(
        set().union(*(cited(c) for c in b["consensus"])), cited(got[0])
    )
    b = brief(  # a confirmation and a denial of two things: no dispute
        "The port authority confirmed on Friday that the cargo terminal had been sold.",
        "The port authority denied on Friday that its chief had resigned over the sale.",
    )
    assert facts(b) == []
