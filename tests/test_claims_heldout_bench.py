"""bench/claims_heldout_bench.py: the held-out set's gold is consistent with its files, and the
mechanical verdicts (faithful, disputed, stated elsewhere, boilerplate) are right on a small
story written here (no model is run)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def heldout():
    from conftest import load_bench

    return load_bench("claims_heldout_bench")


TEXTS = {
    "x.md": "The ferry to Oskar Island was cancelled on Monday. Storm winds reached 90 km/h. "
    "By Ines Rall, staff writer",
    "y.md": "Monday's ferry to Oskar Island did not sail. Officials blamed a broken engine. "
    "A harbour cafe stayed open.",
}
GOLD = {
    "claims": [
        {
            "id": "k1",
            "support": {
                "x.md": ["The ferry to Oskar Island was cancelled on Monday."],
                "y.md": ["Monday's ferry to Oskar Island did not sail."],
            },
        },
        {
            "id": "k2",
            "disputed": True,
            "support": {"x.md": ["Storm winds reached 90 km/h."], "y.md": ["broken engine"]},
        },
    ],
    "unique": [{"article": "y.md", "text": "A harbour cafe stayed open."}],
    "never": [{"article": "x.md", "text": "By Ines Rall, staff writer"}],
}


def _cite(key: str, snippet: str) -> dict:
    start = TEXTS[key].index(snippet)
    return {"article": key, "start": start, "end": start + len(snippet)}


@pytest.fixture()
def judge(heldout):
    return heldout.Judge(GOLD, TEXTS, {k: k for k in TEXTS})


def test_consensus_verdicts(judge):
    ok = {
        "citations": [
            _cite("x.md", "ferry to Oskar Island was cancelled"),
            _cite("y.md", "did not sail"),
        ]
    }
    mixed = {"citations": [_cite("x.md", "cancelled on Monday"), _cite("y.md", "broken engine")]}
    disputed = {"citations": [_cite("x.md", "winds reached 90"), _cite("y.md", "a broken engine")]}
    assert judge.consensus(ok) == "faithful k1"
    assert judge.consensus(mixed) == "NOT faithful"
    assert judge.consensus(disputed) == "faithful k2 DISPUTED"


def test_unique_verdicts(judge):
    cafe = {"citation": _cite("y.md", "A harbour cafe stayed open.")}
    sail = {"citation": _cite("y.md", "Monday's ferry to Oskar Island did not sail.")}
    byline = {"citation": _cite("x.md", "By Ines Rall")}
    assert judge.unique(cafe) == "single-article"
    assert judge.unique(sail) == "STATED ELSEWHERE (k1)"
    assert judge.unique(byline) == "NEVER (boilerplate)"


def test_extra_counts_flag_disputed_consensus_and_boilerplate(heldout, judge):
    brief = {
        "headline": [{"text": "By Ines Rall", "citations": [_cite("x.md", "By Ines Rall")]}],
        "summary": [],
        "consensus": [{"citations": [_cite("x.md", "winds"), _cite("y.md", "broken engine")]}],
        "unique": [],
    }
    assert heldout.extra_counts(brief, judge) == {"consensus_disputed": 1, "lines_citing_never": 1}


def test_gold_strings_are_in_their_files(heldout):
    folders = [d for d in sorted(heldout.DATA.iterdir()) if (d / "gold.json").is_file()]
    assert len(folders) == 3
    for d in folders:
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        texts = {p.name: p.read_text(encoding="utf-8") for p in d.glob("*.md")}
        assert heldout.missing_strings(gold, texts) == []
        big = [c for c in gold["claims"] if len(c["support"]) >= 3]
        assert big, d.name


def test_dropped_boilerplate_is_counted_not_listed(heldout):
    gold = {
        "claims": [{"support": {"x.md": ["the pier closed"]}}],
        "unique": [{"article": "x.md", "text": "gulls circled"}],
        "never": [
            {"article": "x.md", "text": "By Orla Penn"},
            {"article": "x.md", "text": "gulls circled"},
        ],
    }
    texts = {"x.md": "On Monday the pier closed. Overhead, gulls circled."}
    assert heldout.missing_strings(gold, texts) == []
    assert heldout.dropped_never(gold, texts) == 1
    gold["claims"][0]["support"]["x.md"] = ["the pier reopened"]
    assert heldout.missing_strings(gold, texts) == ["x.md: the pier reopened"]
