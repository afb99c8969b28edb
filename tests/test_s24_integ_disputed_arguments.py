"""A disputed time may leave a consensus claim (session 24's agreed-adjunct cut), a disputed
goal, rank or destination may not: "The ferry sailed | to Rosslare |" against "| to Cherbourg |"
is not the agreed "The ferry sailed on Monday". Sentences written for these tests."""

from __future__ import annotations

from consilience.model import Article


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2025-05-06")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_disputed_destination_is_not_consensus(bench):
    # session 25: align.different_undergoers (one predicate, two named undergoers or goals)
    brief = _brief(
        bench,
        {
            "x": "The relief convoy drove to Kessel on Tuesday.",
            "y": "The relief convoy drove to Marrow on Tuesday.",
        },
    )
    assert brief["consensus"] == []


def test_disputed_rank_is_not_cut_out_of_consensus(bench):
    brief = _brief(
        bench,
        {
            "x": "The rowing crew rose to third place in the rankings on Sunday.",
            "y": "The rowing crew rose to sixth place in the rankings on Sunday.",
        },
    )
    assert all(
        "finished" not in item["text"] or "place" in item["text"] for item in brief["consensus"]
    )
