"""Dates (session 16, fix d): "ran aground" and "went aground" are one onset, so two days
given for one grounding are one disputed act; a verb of saying that closes its sentence
after a comma ("..., the coastguard confirmed yesterday.") dates the statement, not an
event. Articles written for these tests (a trawler on a reef)."""

from __future__ import annotations

from consilience import dates
from consilience.analyse import load_nlp
from consilience.brief import build_brief
from consilience.date_act_lexicon import act_head, act_lemmas
from consilience.model import Article


def _act(sentence: str, word: str) -> frozenset[str]:
    doc = load_nlp()(sentence)
    verb = next(t for t in doc if t.text == word)
    return act_lemmas(act_head(verb))


def test_ran_aground_and_went_aground_are_one_act():
    ran = _act("The trawler Kestrel ran aground on the Dunmore Reef on Friday.", "ran")
    went = _act("The trawler Kestrel went aground on the Dunmore Reef on Thursday.", "went")
    assert ran and ran == went


def _dated(sentence: str, word: str) -> tuple[bool, bool]:
    doc = load_nlp()(sentence)
    start = sentence.index(word)
    end = start + len(word)
    return dates.dates_a_saying(doc, start, end), dates.dates_a_statement(doc, start, end)


def test_a_closing_attribution_dates_the_statement():
    said = (
        "Nine crew were rescued when the trawler Kestrel hit the Dunmore Reef late on "
        "Thursday, Dunmore coastguard officer Ruth Kell confirmed yesterday."
    )
    assert _dated(said, "yesterday") == (True, True)


def test_a_confirmation_with_its_own_object_stays_an_event():
    assert _dated("The owners confirmed the sale of the Kestrel yesterday.", "yesterday") == (
        False,
        False,
    )


KESTREL = {
    "a": (
        "Nine crew were rescued when the trawler Kestrel went aground on the Dunmore Reef "
        "late on Thursday night, Dunmore coastguard officer Ruth Kell confirmed yesterday."
    ),
    "b": (
        "The trawler Kestrel ran aground on the Dunmore Reef on Friday night, the "
        "coastguard said. Nine crew were lifted off by helicopter."
    ),
    "c": (
        "Nine fishermen were rescued after the trawler Kestrel ran aground on the Dunmore "
        "Reef on Friday night."
    ),
}


def _brief(bench, texts: dict[str, str], published: str):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_one_grounding_on_two_days_is_one_disputed_line(bench):
    brief = _brief(bench, KESTREL, "2026-05-10")  # a Sunday
    found = [c for c in brief["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, found
    assert sorted({r["value"] for r in found[0]["readings"]}) == ["2026-05-07", "2026-05-08"]
    rows = [r for r in brief["timeline"] if "aground" in r["text"]]
    assert len(rows) == 1 and rows[0].get("disputed"), rows
    assert not any(r["text"].strip().startswith("Dunmore coastguard") for r in brief["timeline"])
