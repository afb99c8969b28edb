"""Issue #11 (new-user tester, s8): timeline lines, unique items, summary citations and
reported-quote spans. Every article here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def _reported(make, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(make(text)) if not q.direct]


# --- item 4: a reported clause opened by a comma and "that" --------------------------------


@pytest.mark.parametrize(
    "text, speaker, start",
    [
        (
            "Inspector Maya Oduya told reporters on Sunday evening, that the bridge would stay "
            "closed until the spring.",
            "Maya Oduya",
            "the bridge",
        ),
        (
            "The council was warned in March by its auditor, Fenwick Partners, that the pension "
            "fund had a deficit of 40 million pounds.",
            "its auditor",
            "the pension",
        ),
        (
            "Harbour master Olu Adeyemi said on Tuesday, that water was leaking into the lower "
            "hold of the grain carrier.",
            "Olu Adeyemi",
            "water was",
        ),
    ],
)
def test_reported_clause_starts_after_comma_and_that(make, text, speaker, start):
    quotes = _reported(make, text)
    assert quotes, text
    for _, q in quotes:
        assert q[0] not in ",;:" and not q.lower().startswith("that ")
    assert any(q.startswith(start) for _, q in quotes)


# --- item 2: a side of a listed conflict is not "only one source" ---------------------------


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(
            id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published="2026-02-07"
        )
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def _overlaps(a: dict, b: dict) -> bool:
    return a["article"] == b["article"] and a["start"] < b["end"] and b["start"] < a["end"]


@pytest.mark.parametrize(
    "texts",
    [
        {
            "a": "Coach Marta Velez was sacked by Dunmore Rovers on Sunday after a 0-4 defeat.",
            "b": "Coach Marta Velez was not sacked by Dunmore Rovers on Sunday, chairman Ivo "
            "Brandt told the Valley Echo radio station in a 20-minute interview.",
            "c": "Coach Marta Velez was sacked by Dunmore Rovers on Sunday after a 0-4 defeat.",
        },
        {
            "a": "The Lorne Bridge was reopened to traffic on Tuesday after repairs.",
            "b": "The Lorne Bridge was not reopened to traffic on Tuesday, county engineer Rhea "
            "Moss told the Tilbury Post, citing 17 cracked bearings.",
            "c": "The Lorne Bridge was reopened to traffic on Tuesday, the county said.",
        },
    ],
)
def test_unique_never_cites_a_conflict_reading(bench, texts):
    brief = _brief(bench, texts)
    cited = [r["citation"] for c in brief["conflicts"] for r in c["readings"]]
    assert cited, "the story lists a conflict"
    for item in brief["unique"]:
        assert not any(_overlaps(item["citation"], c) for c in cited), item["text"]


# --- item 1: a timeline line states no outlier or superseded figure ------------------------

LEAK = {
    "a": "A chlorine leak at the Varga fertiliser plant near Kettering forced about 2,000 "
    "residents from their homes on Wednesday. Firefighters sealed the tank by evening.",
    "b": "About 2,000 residents were evacuated on Wednesday after a chlorine leak at the Varga "
    "fertiliser plant near Kettering. Firefighters sealed the tank by evening.",
    "c": "A chlorine leak at the Varga fertiliser plant forced some 2,000 people to leave their "
    "homes near Kettering on Wednesday, the county said.",
    "d": "Roughly 2,000 people left their homes near Kettering on Wednesday after chlorine "
    "leaked from a tank at the Varga fertiliser plant.",
    "e": "A chlorine leak at the Varga fertiliser plant near Kettering forced about 5,000 "
    "residents from their homes on Wednesday. Firefighters sealed the tank by evening.",
}
BUS = {
    "a": "A tour bus plunged off a mountain road near Sella on Saturday, killing at least three "
    "passengers, police said.",
    "b": "A tour bus plunged off a mountain road near Sella on Saturday, killing at least three "
    "passengers and injuring a dozen.",
    "c": "Seven passengers died when a tour bus plunged off a mountain road near Sella on "
    "Saturday, police said on Sunday after rescuers reached the wreck.",
    "d": "The death toll from Saturday's bus crash near Sella rose to seven on Sunday after "
    "rescuers reached the wreck, police said.",
}


def _dated_brief(bench, texts: dict[str, str], published: list[str]) -> dict:
    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published=p)
        for (k, t), p in zip(texts.items(), published, strict=True)
    ]
    return build_brief(bench.build_context(arts))


def _losing(conflict: dict) -> set[str]:
    return (
        set(conflict.get("superseded") or [])
        if conflict.get("update")
        else set(conflict["outliers"])
    )


def _check_timeline(brief: dict) -> None:
    figures = [c for c in brief["conflicts"] if c["kind"] == "quantity"]
    assert figures, "the story lists a figure conflict"
    for entry in brief["timeline"]:
        for c in figures:
            for r in c["readings"]:
                if r["citation"]["article"] in _losing(c):
                    assert r["text"].lower() not in entry["text"].lower(), entry["text"]
            stated = [r for r in c["readings"] if r["text"].lower() in entry["text"].lower()]
            if stated:  # a line giving the figure cites only articles that give it too
                givers = {r["citation"]["article"] for r in c["readings"]} - _losing(c)
                assert {x["article"] for x in entry["citations"]} <= givers, entry


@pytest.mark.parametrize("order", ["abcde", "eabcd"])
def test_timeline_line_states_no_outlier_figure(bench, order):
    texts = {k: LEAK[k] for k in order}
    _check_timeline(_dated_brief(bench, texts, ["2026-05-13"] * 5))


def test_timeline_line_states_no_superseded_figure(bench):
    brief = _dated_brief(bench, BUS, ["2026-05-09", "2026-05-09", "2026-05-10", "2026-05-10"])
    assert any(c.get("update") for c in brief["conflicts"])
    _check_timeline(brief)
    assert any("plunged" in e["text"] for e in brief["timeline"])


# --- item 3: a headline/summary line is cited only to sentences that state its core --------

TIGERS = {
    "a": "Dr Leona Fitch, the chief vet at Harrow Zoo, said keepers had moved two tigers to a "
    "quarantine pen at least 40 metres from the public path after they escaped on Thursday. "
    "Keepers recaptured both animals within an hour.",
    "b": "Two tigers got out of their enclosure at Harrow Zoo on Thursday morning. Keepers "
    "recaptured both animals within an hour. The zoo said keepers had moved the two tigers "
    "to a quarantine pen away from the public path.",
    "c": "Two tigers escaped from an enclosure at Harrow Zoo on Thursday. Keepers recaptured "
    "both animals within an hour. The two tigers have been moved to a quarantine pen away "
    "from visitors, the zoo said.",
}


def test_summary_line_cited_only_where_its_person_and_figure_are_stated(bench):
    import re

    brief = _dated_brief(bench, TIGERS, ["2026-04-02"] * 3)
    texts = dict(TIGERS)
    lines = [*brief["headline"], *brief["summary"]]
    assert any("Fitch" in x["text"] for x in lines)
    for line in lines:
        cores = set(re.findall(r"\b\d+\b", line["text"])) | (
            {"fitch"} if "Fitch" in line["text"] else set()
        )
        own = [c for c in line["citations"] if c["article"] == "a"]
        for c in line["citations"]:
            if own and c["article"] != "a":
                cited = texts[c["article"]][c["start"] : c["end"]].lower()
                assert all(core in cited for core in cores), (line["text"], cited)
