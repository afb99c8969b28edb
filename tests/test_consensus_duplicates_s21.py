"""Two consensus items with one text are one line (issue #11, session 21, kind 9 of
heldout_s20/judged.md): the later merges into the earlier, citations and articles unioned,
never two lines "Ferry docked at Pell harbour". Fails on the code before the change (the
function did not exist).
"""

from __future__ import annotations

from consilience.consensus import merged_duplicates


def _item(text: str, arts: list[str], sources: int) -> dict:
    cites = [{"article": a, "start": 0, "end": len(text)} for a in arts]
    return {"text": text, "articles": arts, "independent_sources": sources, "citations": cites}


def test_items_with_one_text_merge() -> None:
    items = [
        _item("Ferry docked at Pell harbour.", ["b", "c"], 2),
        _item("The storm closed the port.", ["a", "b"], 2),
        _item("ferry docked at Pell harbour.", ["a", "c", "d"], 3),
    ]
    out = merged_duplicates(items, ["a", "b", "c", "d"])
    assert [i["text"] for i in out] == [
        "Ferry docked at Pell harbour.",
        "The storm closed the port.",
    ]
    assert out[0]["articles"] == ["a", "b", "c", "d"]
    assert out[0]["independent_sources"] == 3
    assert [c["article"] for c in out[0]["citations"]] == ["b", "c", "a", "d"]


def test_items_with_other_texts_stay() -> None:
    items = [
        _item("Ferry docked at Pell harbour", ["a", "b"], 2),
        _item("Ferry left Pell", ["a", "c"], 2),
    ]
    assert len(merged_duplicates(items, ["a", "b", "c"])) == 2
