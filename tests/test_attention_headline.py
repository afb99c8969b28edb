"""A headline is told about the events, not about where attention has turned: a line whose
main clause has a cognition noun as subject ("Attention has turned to ...", "Focus has
shifted to ...") is the headline only when no other line is left. Texts written for these
tests (a harbour wall collapse)."""

from __future__ import annotations

from consilience.brief import build_brief
from consilience.meta_lines import attention_line
from consilience.model import Article

WALL = {
    "a": (
        "Attention has turned to a 2023 survey by the engineering firm Carrow Lyle, which the "
        "Tidewater Post said had found cracks in the harbour wall at Penmarsh. "
        "The harbour wall at Penmarsh collapsed on Friday night. "
        "Two fishing boats sank at their moorings."
    ),
    "b": (
        "Attention has turned to a 2023 survey by the engineering firm Carrow Lyle, which had "
        "found cracks in the harbour wall at Penmarsh, the Tidewater Post said. "
        "The harbour wall at Penmarsh collapsed on Friday night, the harbour master said. "
        "The quay has been closed to the public."
    ),
    "c": (
        "Attention has turned to a 2023 survey by the engineering firm Carrow Lyle that had "
        "found cracks in the harbour wall at Penmarsh. "
        "The harbour wall at Penmarsh collapsed on Friday night. "
        "Repairs could take a year."
    ),
}


def test_attention_line_reads_the_subject(bench):
    arts = [Article(id="x", source="x.txt", text=WALL["a"], published="2026-03-02")]
    ctx = bench.build_context(arts)
    doc = ctx.analysis("x").doc
    first = WALL["a"].index(". ") + 1
    assert attention_line(doc, 0, first)
    second = WALL["a"].index("The harbour wall")
    assert not attention_line(doc, second, WALL["a"].index(". ", second) + 1)


def test_the_headline_is_the_event_not_the_attention(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-03-02")
        for k, t in WALL.items()
    ]
    brief = build_brief(bench.build_context(arts))
    text = brief["headline"][0]["text"]
    assert not text.startswith("Attention"), text
