"""Headline, summary and unique lines of session 21 (held-out s20 kinds 3, 9 and 10), on
stories written for these tests (a rowing regatta, a jockey's fall, an opera revival, a
ferry's arrival): a line is no side of a dispute the conflict stages missed, a cut line
ends only where every kept word's head is kept, and a unique line names who said it."""

from __future__ import annotations

import pytest

from consilience.claim_spans import Texts
from consilience.consensus import story_nodes
from consilience.line_denials import Denials, time_noun
from consilience.line_voice import cut_inside_phrase
from consilience.model import Article
from consilience.story_title import issued_title, neutral_title
from consilience.unique import figures_disagree, unnamed_speaker


def _context(bench, texts: dict[str, str]):
    arts = [
        Article(
            id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published="2026-05-16"
        )
        for k, t in texts.items()
    ]
    return bench.build_context(arts)


def _denied(bench, texts: dict[str, str], article: str, words: str) -> bool:
    """Whether Denials finds the claim of ``article`` whose text holds ``words`` denied."""
    ctx = _context(bench, texts)
    nodes, _vecs = story_nodes(ctx)
    denials = Denials(nodes, Texts(ctx))
    found = [i for i, n in enumerate(nodes) if n.claim.article == article and words in n.claim.text]
    assert found, [n.claim.text for n in nodes if n.claim.article == article]
    return any(denials.denied(i) for i in found)


# --- kind 3: clock times compared as points on a clock, not as amounts -----------------


@pytest.mark.parametrize(
    "mine, theirs, disagree",
    [
        # 9.35pm (33,900 s after 21:00 ...) against 9:05 p.m.: half an hour apart, 5% as amounts
        (["time of day|s|77700|77400|78000|/"], ["time of day|s|75900|75870|75930|/"], True),
        # "shortly after 9pm" (21:00 to 21:30) holds 9.20pm
        (["time of day|s|75600|75600|77400|/"], ["time of day|s|76800|76500|77100|/"], False),
    ],
)
def test_clock_times_disagree_by_their_intervals(mine, theirs, disagree):
    assert figures_disagree(mine, theirs) is disagree


# --- kind 3: a pronoun subject continues the previous sentence's subject -----------------

JOCKEY = {
    "a": (
        "Irish jockey Dara Quill fell at the final fence of the Corran Chase on Saturday. "
        "Quill was thrown clear while trainer Niamh Orla watched from the rails. "
        "She fractured her collarbone, her stable said."
    ),
    "b": (
        "Dara Quill, who bruised her shoulder but did not fracture any bones, will miss the "
        "spring festival, her stable said after the Corran Chase on Saturday."
    ),
}


def test_a_negated_act_is_denied_by_a_pronoun_subject_of_the_topic(bench):
    """ "She" after a sentence naming two women is left unresolved by the claim reader;
    the previous sentence's subject (Quill) is the topic it continues."""
    assert _denied(bench, JOCKEY, "b", "did not fracture")


# --- kind 3: "has not set a date" leaves a dated plan open --------------------------------


def test_time_nouns_come_from_wordnet():
    assert time_noun("date") and time_noun("deadline") and time_noun("week")
    assert not time_noun("performance") and not time_noun("plan") and not time_noun("court")


OPERA = {
    "a": (
        "The Corvale Opera will stage the revival of Mirela Anst's lost opera in March 2027. "
        "The score was found in a church archive in the town last month."
    ),
    "b": (
        "A lost opera by Mirela Anst has been found in a church archive in Corvale. "
        "The Corvale Opera has not set a date for the revival, its director said."
    ),
}


def test_a_dated_plan_is_denied_where_another_article_says_no_date_is_set(bench):
    assert _denied(bench, OPERA, "a", "March 2027")


# --- kind 3: two light verbs with one noun tell one act ----------------------------------

DOCKERS = {
    "a": (
        "The Selim dockers' union will take the port authority to the labour tribunal, its "
        "leader Joss Amari said on Friday after talks with the port broke down."
    ),
    "b": (
        "The dockers' union in Selim has been weighing its options since the talks failed. "
        "It will not go to the tribunal, a spokesman said on Saturday, because a case would "
        "take too long."
    ),
}


def test_a_light_verb_act_is_denied_by_another_light_verb_on_its_noun(bench):
    assert _denied(bench, DOCKERS, "a", "take the port authority")


# --- kind 9: a cut line ends where every kept word's head is kept ------------------------


@pytest.mark.parametrize(
    "keep, cut_from_head",
    [
        ("Norway's Ida Brekke won the European Cup", True),  # "slalom" cut from "European Cup"
        ("Norway's Ida Brekke won the European Cup slalom", False),
    ],
)
def test_a_cut_inside_a_noun_phrase_is_refused(nlp, keep, cut_from_head):
    text = "Norway's Ida Brekke won the European Cup slalom in Tessin on Saturday."
    doc = nlp(text)
    assert cut_inside_phrase(doc, 0, len(keep)) is cut_from_head


# --- kind 10: a unique line names who said it ------------------------------------------


@pytest.mark.parametrize(
    "text, line, unnamed",
    [
        # the rest of a quotation over two paragraphs, its speaker named before it
        (
            'Harbour master Olu Feld spoke at the quay. "The ferry came in slowly.\n\n'
            '"We had tugs waiting on both sides."',
            '"The ferry came in slowly.\n\n"We had tugs waiting on both sides."',
            True,
        ),
        # a quotation whose speaker is only "she"
        (
            'The captain praised the crew. "Nobody panicked for a second," she told us.',
            '"Nobody panicked for a second," she told us.',
            True,
        ),
        # the speaker named in the line
        (
            'The crew was praised. "Nobody panicked for a second," captain Rhea Moss said.',
            '"Nobody panicked for a second," captain Rhea Moss said.',
            False,
        ),
        # no quotation at all
        (
            "The ferry docked at Port Selim at noon.",
            "The ferry docked at Port Selim at noon.",
            False,
        ),
    ],
)
def test_a_quotation_whose_speaker_the_line_does_not_name(nlp, text, line, unnamed):
    start = text.index(line)
    assert unnamed_speaker(nlp(text), start, start + len(line), text) is unnamed


# --- kind 14: a story's title is a report's news, not an issuer's own title -------------


@pytest.mark.parametrize(
    "title, outlet, issued",
    [
        ("Corvale Water announces plan to modernise its pumping stations", "Corvale Water", True),
        ("Corvale Water to raise bills by 9% to pay for new pumps", "Valley News Agency", False),
        ("Valley News Agency names new editor", "Valley News Agency", False),  # a news outlet
        ("Corvale Water announces plan", None, False),
    ],
)
def test_an_issuers_own_title_opens_with_its_outlet(title, outlet, issued):
    assert issued_title(title, outlet) is issued


def test_the_news_title_comes_before_the_issuers_own():
    release = "Corvale Water announces plan to modernise its pumping stations"
    wire = "Corvale Water to raise bills by 9% to pay for new pumps"
    assert neutral_title([release, wire], "", [], issued=[release]) == wire
    assert neutral_title([release], "", [], issued=[release]) == release  # nothing else left


def test_a_clause_cut_before_its_reporting_verb_is_no_phrase_cut(nlp):
    text = "A barge ran aground near Tolva early on Friday, the harbour office said."
    keep = "A barge ran aground near Tolva early on Friday"
    assert not cut_inside_phrase(nlp(text), 0, len(keep))
