"""Unique facts (issue #11, s5): whole self-contained sentences that one article alone
states, ranked by newsworthiness; every story here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.model import Article
from consilience.unique import _figures_meet, whole_sentence


def _brief(bench, texts: dict[str, str], published: str = "2025-09-03"):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def _unique_texts(brief) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for u in brief["unique"]:
        out.setdefault(u["article"], []).append(u["text"])
    return out


FERRY = {
    "a": (
        "The ferry between Dunmore and Port Ellis was suspended on Tuesday after inspectors "
        "found a crack in its hull. The operator, Seaway Lines, said repairs would cost about "
        "600,000 pounds."
    ),
    "b": (
        "Ferry crossings from Dunmore to Port Ellis were halted on Tuesday when inspectors "
        "found a cracked hull. Shopkeeper Mairi Dunne said deliveries of fresh food to the "
        "island had already stopped."
    ),
    "c": (
        "Seaway Lines suspended its Dunmore to Port Ellis ferry on Tuesday because of a crack "
        "in the hull. The company is chartering a replacement vessel from a Norwegian operator."
    ),
}


@pytest.fixture(scope="module")
def ferry(bench):
    return _brief(bench, FERRY)


def test_each_article_keeps_its_own_fact_as_unique_and_only_that(ferry):
    """The quoted shopkeeper is a new actor (her claim names nobody else); the suspension
    all three state is never unique; items are ranked whole sentences."""
    found = _unique_texts(ferry)
    assert any("600,000 pounds" in t for t in found.get("a", [])), found
    assert any("Mairi Dunne" in t for t in found.get("b", [])), found
    assert any("Norwegian operator" in t for t in found.get("c", [])), found
    for u in ferry["unique"]:
        assert "suspended" not in u["text"] and "halted" not in u["text"], u["text"]
        assert u["text"][0].isupper() and u["text"].endswith("."), u["text"]
    assert [u["rank"] for u in ferry["unique"]] == list(range(1, len(ferry["unique"]) + 1))


def test_a_shared_background_clause_does_not_hide_a_new_main_claim(bench):
    brief = _brief(
        bench,
        {
            "a": (
                "Mayor Ines Calder, who opened the new library on Saturday, announced that its "
                "opening hours would double from January."
            ),
            "b": "Mayor Ines Calder opened the new library on Saturday.",
            "c": "The new library was opened on Saturday by Mayor Ines Calder.",
        },
    )
    found = _unique_texts(brief)
    assert any("opening hours would double" in t for t in found.get("a", [])), brief["unique"]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the new budget on Monday.",
        "There were no injuries at the plant, the fire service said.",
        "It will carry two million passengers a year.",  # a pronoun subject stands
        '"We will rebuild the school by spring," the head teacher said.',
    ],
)
def test_whole_sentences(text):
    assert whole_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We lost every animal on the farm in one night.',  # a quote that goes on
        "Nobody wanted to pay for the repairs.”",  # the end of a quote begun earlier
        "This is due to end by the close of May.",  # points back to another sentence
        "Such a cut would hit rural bus routes first.",
        "But the budget was approved anyway.",
        "the council approved the budget.",
        "Fares rise",
    ],
)
def test_fragments_and_dependent_sentences_are_not_whole(text):
    assert not whole_sentence(text)


def test_a_vague_amount_is_given_by_a_precise_one_inside_it():
    thousands = "count||1000|1000|20000|soldier"
    precise = "count||12000|||soldier"
    assert _figures_meet(thousands, precise)
    assert not _figures_meet(precise, thousands)  # a precise figure is news of its own
    assert not _figures_meet("count||3500|||person", "count||900|||person")


def _claim(text: str, frame: str, patient: str, dates: list[str]):
    from consilience.model import Claim

    return Claim(
        article="x", start=0, end=len(text), text=text, sentence=0, kind="main",
        predicate=frame, frame=frame, patient=patient, dates=dates,
    )  # fmt: skip


def test_one_act_on_one_date_is_stated_elsewhere_whatever_the_precision():
    from consilience.unique import _same_dated_act

    a = _claim(
        "The review is due to publish in ten days.", "be", "due to publish", ["2026-04-10|week"]
    )
    b = _claim(
        "It is due to publish on April 10.", "be", "due to publish on April 10", ["2026-04-10|day"]
    )
    c = _claim("The mayor is due in court on April 10.", "be", "due in court", ["2026-04-10|day"])
    assert _same_dated_act(a, b)
    assert not _same_dated_act(a, c)  # same day, another matter


def test_a_figure_inside_a_close_bound_of_the_same_thing_is_given_elsewhere():
    about_20_min = "duration|s|1200|1080|1320|/alarm"
    under_half_hour = "duration|s|1800|0|1800|/alarm"
    under_a_day = "duration|s|86400|0|86400|/alarm"
    assert _figures_meet(about_20_min, under_half_hour)
    assert _figures_meet(under_half_hour, about_20_min)
    assert not _figures_meet(about_20_min, under_a_day)  # a bound far wider says little
    assert not _figures_meet(about_20_min, "duration|s|1800|0|1800|/queue")  # another thing


def test_an_act_and_its_noun_on_one_date_are_one_event():
    from consilience.unique import _same_dated_act

    verb = _claim("She will be sentenced on June 9.", "sentence", "She", ["2026-06-09|day"])
    noun = _claim(
        "He was remanded until his sentencing on June 9.", "remand", "He", ["2026-06-09|day"]
    )
    other_day = _claim(
        "He was remanded until his sentencing on June 19.", "remand", "He", ["2026-06-19|day"]
    )
    assert _same_dated_act(verb, noun) and _same_dated_act(noun, verb)
    assert not _same_dated_act(verb, other_day)
