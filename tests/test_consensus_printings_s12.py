"""Independent sources of a consensus claim count a wire story and its update or reprint
once (issue #11, session 12): two articles whose sentences stating the claim are one long
text printed twice rest on one report, even when the rest of the articles differ too much
for the near-copy test of whole articles. Every text is written for this file."""

from __future__ import annotations

from consilience import consensus
from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles

LEAD = (
    "Firefighters brought a blaze at the Holmberg paper mill in Eskdal under control on "
    "Thursday evening after it had burned for more than nine hours."
)


def test_one_long_sentence_printed_twice_is_one_text() -> None:
    words = LEAD.lower().replace(".", "").split()
    edited = [w for w in words if w != "more"] + ["officials", "said"]
    assert consensus._same_print(words, edited)
    assert not consensus._same_print(words[:10], words[:10])  # short: may be chance
    other = "crews fought a fire at a sawmill near Rask for most of Friday after a spark".split()
    assert not consensus._same_print(words, other)


def test_a_wire_story_and_its_update_count_once() -> None:
    texts = [
        LEAD + "\n\nNo workers were hurt. The mill employs 400 people.",
        LEAD + "\n\nPolice said on Friday they were treating the fire as suspicious and had "
        "questioned a former employee.\n\nInvestigators from the county fire service began "
        "examining the drying hall at first light. The mill's owner, Holmberg Group, said "
        "production would resume within a fortnight.",
        "A fire at the Holmberg paper mill in Eskdal was brought under control on Thursday "
        "evening after burning for nine hours, the fire service said.\n\nThe drying hall was "
        "destroyed.",
        "Crews brought the fire at Eskdal's Holmberg paper mill under control on Thursday.\n\n"
        "Smoke could be seen from the coast road.",
    ]
    arts = [
        Article(
            id=f"m{i}", source=f"m{i}.txt", text=t, outlet=f"Gazette {i}", published="2026-06-05"
        )
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    items = [c for c in build_claims(ctx)["consensus"] if "control" in c["text"]]
    assert items, "the agreed claim is consensus"
    assert len(items[0]["articles"]) == 4
    assert items[0]["independent_sources"] == 3
