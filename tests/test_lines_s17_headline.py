"""Headline, summary and unique lines (session 17, headline): lines about the coverage
among writer and reader, questions another article leaves open, and restrictive clauses a
shared cut may not drop. Sentences written for these tests (a ferry strike, a museum, a
glacier), not taken from any annotated set."""

from __future__ import annotations

import pytest

from consilience.analyse import load_nlp
from consilience.line_denials import open_questions
from consilience.meta_lines import coverage_line
from consilience.summary import _core


def _coverage(sentence: str) -> bool:
    doc = load_nlp()(sentence)
    return coverage_line(doc, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "We are about to end our live blog for the night.",
        "Our political editor Rhys Madoc will report on the late bulletin.",
        "You will not need to call us.",
        "You can keep following our reports here.",
    ],
)
def test_lines_among_writer_reader_and_coverage_are_coverage(sentence):
    assert _coverage(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We have suspended all sailings to the island.",
        "We hope to resume sailings on Monday.",
        "Our reporter counted six ferries tied up in the harbour.",
        "We are sorry to confirm that the last ferry has been cancelled.",
        "We will email every passenger a new ticket.",
    ],
)
def test_facts_told_by_the_writer_are_not_coverage(sentence):
    assert not _coverage(sentence)


@pytest.mark.parametrize(
    ("sentence", "verb", "noun"),
    [
        ("It remains unclear whether passengers will be compensated.", "compensate", "passenger"),
        ("The museum has not said whether the painting was insured.", "insure", "painting"),
        ("Engineers said it was too soon to tell whether the crack had spread.", "spread", "crack"),
    ],
)
def test_open_questions(sentence, verb, noun):
    doc = load_nlp()(sentence)
    found = open_questions(doc, 0, len(sentence))
    assert [(v, noun in ns) for v, ns in found] == [(verb, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police opened an inquiry into whether the painting was insured.",
        "If the strike goes ahead, no ferries will sail.",
        "Reporters asked whether the crack had spread.",
    ],
)
def test_no_open_question(sentence):
    doc = load_nlp()(sentence)
    assert open_questions(doc, 0, len(sentence)) == []


def test_a_restrictive_clause_is_core_a_set_off_one_is_not():
    doc = load_nlp()(
        "Researchers have sampled a glacier that is retreating faster than any in Europe."
    )
    rel = next(t for t in doc if t.dep_ == "relcl")
    assert _core(rel)
    doc = load_nlp()("Researchers have sampled the Vatna glacier, which is retreating fast.")
    rel = next(t for t in doc if t.dep_ == "relcl")
    assert not _core(rel)


def _brief(bench, texts: dict[str, str], published: str):
    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


FERRY = {
    "a": (
        "Ferry crews on the Skerry route walked out on Monday over pay. "
        "Passengers with cancelled tickets will be compensated in full, the operator said."
    ),
    "b": (
        "Ferry crews on the Skerry route went on strike on Monday in a dispute over pay. "
        "Passengers with cancelled tickets will be compensated in full, the operator said."
    ),
    "c": (
        "Crews on the Skerry ferry route stopped work on Monday over pay. "
        "It remains unclear whether passengers will be compensated."
    ),
}


def test_a_claim_another_article_leaves_open_is_no_headline_or_summary(bench):
    brief = _brief(bench, FERRY, "2027-04-12")
    lines = brief["headline"] + brief["summary"]
    texts = [ln["text"] for ln in lines if ln]
    assert not [t for t in texts if "compensated in full" in t], texts


@pytest.mark.parametrize(
    ("sentence", "generic"),
    [
        ("Tree rings work like a calendar of wet and dry years.", True),
        ("Glaciers retreat when summers warm.", True),
        ("Lifeboat crews remain at the harbour.", False),
        ("Islanders say the ferry is unsafe.", False),
        ("Tickets cost 40 pounds.", False),
        ("Skerry ferries sail twice a day.", False),
    ],
)
def test_statements_about_a_kind_are_generic(sentence, generic):
    from consilience.meta_lines import generic_statement

    doc = load_nlp()(sentence)
    assert generic_statement(doc, 0, len(sentence)) is generic
