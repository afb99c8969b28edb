"""A timeline line never speaks for its co-sources in an outlier's words (held-out s13 kind
9): the line of an event several articles date is the clause of the mention closest to the
others (the medoid), not the first article's. Texts written for these tests (a customs
search of a freighter)."""

from __future__ import annotations

from consilience.brief import build_brief
from consilience.model import Article

FREIGHTER = {
    "a": (
        "Customs officers boarded the freighter Aldora in the port of Velsen. "
        "They searched the freighter Aldora at six in the morning on Tuesday, officials said. "
        "Nothing was found in the engine room."
    ),
    "b": (
        "Customs officers boarded the freighter Aldora in the port of Velsen. "
        "They searched the freighter Aldora at 5:30 a.m. on Tuesday, port officials said. "
        "Sniffer dogs were used."
    ),
    "c": (
        "Customs officers boarded the freighter Aldora in the port of Velsen. "
        "They searched the freighter Aldora at 5:30 a.m. on Tuesday, the port authority said. "
        "The crew were questioned."
    ),
}


def test_a_timeline_line_is_told_in_the_majority_s_words(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-02-05")
        for k, t in FREIGHTER.items()
    ]
    brief = build_brief(bench.build_context(arts))
    rows = [r for r in brief["timeline"] if "searched" in r["text"]]
    assert rows, brief["timeline"]
    row = rows[0]
    assert len(row["articles"]) == 3, rows
    assert "six" not in row["text"], row["text"]
    # Since clock times in words are read (figure_clock_words), "six in the morning" against
    # 5:30 a.m. is a time conflict, and the line leaves the disputed time out; before, it
    # carried the majority's 5:30.
    clock = [c for c in brief["conflicts"] if "time of day" in (c.get("subject") or "")]
    assert clock or "5:30" in row["text"], (row["text"], brief["conflicts"])
    assert not clock or "5:30" not in row["text"], row["text"]
