"""Session 23 (fixconsensus): a clause a quoted speaker gives as their own belief or
memory ('"I thought the roof had gone," she said') is no consensus item: shown alone it
is a first-person line without its speaker (tester23 report, item 10).

Articles are our own, about other events."""

from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles


def _consensus(*texts: str) -> list[str]:
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2026-03-02")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return [item["text"] for item in build_claims(ctx)["consensus"]]


def test_first_person_belief_is_no_item() -> None:
    items = _consensus(
        "A gas main exploded on Harbour Street on Sunday. Shopkeeper Ravi Mehta described "
        'the blast. "I thought the whole terrace had collapsed," he said, "and then the '
        'alarms started."',
        "A gas main blew up on Harbour Street on Sunday morning. Ravi Mehta, who runs the "
        'corner shop, said: "The windows went first. I thought the whole terrace had '
        'collapsed."',
        "Firefighters were called to Harbour Street on Sunday after a gas main exploded. "
        '"We believed the whole terrace had collapsed," one neighbour said.',
    )
    assert not any(t.lower().startswith(("i ", "we ")) for t in items), items
    assert not any("terrace had collapsed" in t and "said" not in t for t in items), items


def test_story_fact_still_agreed() -> None:
    items = _consensus(
        "The county council closed the coast road on Friday after a landslip. "
        "Engineers will inspect the cliff next week.",
        "The coast road was shut by the county council on Friday following a landslip. "
        "Residents were told to use the inland route.",
    )
    assert any("road" in t for t in items), items
