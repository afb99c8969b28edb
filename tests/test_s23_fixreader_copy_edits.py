"""A near-copy's changed sentences are compared with the original (session 23).

A printing that reprints another text counts once for agreement, but a sentence it
changed (a negation put in, a clause reworded) is its own statement and must reach the
conflict stages. The stories below are written for these tests: a council vote, a police
report, a research ship, a court ruling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.copy_edits import reprinted


def _write(folder: Path, name: str, outlet: str, when: str, title: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    head = f"---\ntitle: {title}\noutlet: {outlet}\npublished: {when}\n---\n"
    (folder / name).write_text(head + body + "\n", encoding="utf-8")


_COUNCIL_TAIL = (
    " The ground would seat 18,000 fans and replace the club's ageing home on Mill Road."
    " Councillors spent three hours debating traffic, parking and noise before the vote."
    " The club's chairman, Oliver Brandt, thanked residents who had written in support."
)
_POLICE_TAIL = (
    " The lorry overturned on the northbound carriageway shortly after midnight."
    " Two lanes stayed closed until the morning while recovery crews cleared its load of timber."
    " Officers asked drivers with dashboard cameras to come forward."
)
_SHIP_TAIL = (
    " Its crew of 42 mapped the seabed beneath a retreating ice shelf and recovered"
    " sediment cores going back thousands of years. The expedition leader, Dr Ines Kalder,"
)


@pytest.fixture(scope="module")
def briefs(tmp_path_factory) -> dict[str, dict]:
    """Briefs of three pairs of printings, each read into one fresh SQLite store."""
    from consilience import Workbench

    root = tmp_path_factory.mktemp("copies")
    _write(
        root / "vote",
        "a.md",
        "Northfield Courier",
        "2026-10-05T08:00:00Z",
        "Council backs stadium",
        "Northfield council approved the plan for a new football"
        " stadium at its meeting on Monday evening." + _COUNCIL_TAIL,
    )
    _write(
        root / "vote",
        "b.md",
        "Valley Evening Post",
        "2026-10-05T11:00:00Z",
        "Stadium plan in doubt",
        "Northfield council did not approve the plan for a new"
        " football stadium at its meeting on Monday evening." + _COUNCIL_TAIL,
    )
    _write(
        root / "crash",
        "a.md",
        "Motorway Bulletin",
        "2026-02-09T07:00:00Z",
        "Lorry driver held",
        "Police said the driver of the lorry had been arrested"
        " on suspicion of dangerous driving." + _POLICE_TAIL,
    )
    _write(
        root / "crash",
        "b.md",
        "Ring Road Radio",
        "2026-02-09T09:00:00Z",
        "Lorry crash on motorway",
        "Police said the driver of the lorry had not been"
        " arrested on suspicion of dangerous driving." + _POLICE_TAIL,
    )
    _write(
        root / "ship",
        "a.md",
        "Harbour Gazette",
        "2026-05-20T06:00:00Z",
        "Research ship returns",
        "The research ship Aurora Crest returned to port on"
        " Tuesday after four months in the Southern Ocean."
        + _SHIP_TAIL
        + " said the samples would be studied at the university over the next two years.",
    )
    _write(
        root / "ship",
        "b.md",
        "Seaboard Herald",
        "2026-05-20T09:00:00Z",
        "Aurora Crest back in port",
        "The research ship Aurora Crest returned to port"
        " Tuesday after four months in the Southern Ocean."
        + _SHIP_TAIL
        + " said the samples will be studied at the university over the next two years.",
    )
    wb = Workbench(root / "store.db")
    out = {}
    for name in ("vote", "crash", "ship"):
        (brief,) = wb.brief(root / name)
        out[name] = brief
    return out


def _copied(brief: dict) -> bool:
    return any(a.get("duplicate_of") for a in brief["story"]["articles"])


@pytest.mark.parametrize("name", ["vote", "crash"])
def test_a_negation_put_into_a_copy_is_a_conflict(briefs, name):
    brief = briefs[name]
    assert _copied(brief)  # still one report for agreement
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    assert len(facts) == 1
    assert sorted(r["negated"] for r in facts[0]["readings"]) == [False, True]


@pytest.mark.parametrize("name", ["vote", "crash"])
def test_the_headline_takes_no_side_of_the_copy_conflict(briefs, name):
    heads = [h["text"] for h in briefs[name].get("headline") or []]
    assert heads and not any("arrested" in h or "approve" in h for h in heads)


def test_a_copy_with_only_light_edits_has_no_conflict_and_counts_once(briefs):
    brief = briefs["ship"]
    assert _copied(brief)
    assert brief["conflicts"] == []
    assert all(len(c["articles"]) < 2 for c in brief["consensus"])


def test_reprinted_ignores_case_spacing_and_punctuation():
    original = "The jury, after two days, returned its verdict.  The judge thanked them."
    assert reprinted("the jury after two days returned its verdict", original)
    assert reprinted("The judge  thanked them!", original)
    assert reprinted("...", original)


def test_reprinted_sees_an_inserted_word_or_changed_figure():
    original = "The club sold 4,000 tickets for the match. The stand was full."
    assert not reprinted("The club sold 40,000 tickets for the match.", original)
    assert not reprinted("The stand was not full.", original)
    assert not reprinted("The club sold tickets for the match.", original)  # a cut is an edit
