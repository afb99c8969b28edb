"""Headline and summary lines of session 23 (headline engineer), on sentences written for
these tests about other events: a figure given as a bound ("more than 400", "fewer than
three quarters", "up to 90 km/h") is a reading of a property like a precise one, so a line
giving a bound another article's figure lies outside (or a figure outside another's bound)
states one side of a dispute; a journey dated to one day in one article and another day in
another is one act by where it goes, whatever the verb."""

from __future__ import annotations

import numpy as np

from consilience.align import Node
from consilience.line_dates import date_acts, departure_verb
from consilience.line_figures import FigureReadings, bounded, is_reading
from consilience.model import Claim


def _claim(article: str, figures: list[str], sentence: int = 1) -> Claim:
    return Claim(
        article=article,
        start=0,
        end=20,
        text="x",
        sentence=sentence,
        kind="main",
        predicate="cost",
        frame="cost",
        actor_keys=["membership"],
        nouns=["membership", "gym"],
        figures=figures,
    )


def _nodes(*figures: str) -> list[Node]:
    """One claim per article ``a``, ``b``, ``c`` ..., each giving one figure, all of one
    property (identical sentence vectors)."""
    out = []
    for k, f in enumerate(figures):
        c = _claim("abcdefg"[k], [f])
        out.append(Node(c, 0, c.article, sentence_vector=np.asarray([1.0, 0.0])))
    return out


# as consilience.quantities reads them: "more than X" is [X, 1.25 X], "fewer than X" [0, X]
MORE_THAN_400 = "money|GBP|400|400|500|/membership"
EXACT_312 = "money|GBP|312|311.5|312.5|/membership"
MORE_THAN_300 = "money|GBP|300|300|375|/membership"
FEWER_THAN_75 = "ratio|%|75|0|75|/match"
EXACTLY_91 = "ratio|%|91|90.5|91.5|/match"
UP_TO_90 = "speed|km/h|90|0|90.5|/"
ABOUT_80 = "speed|km/h|80|76|84|/"
THOUSANDS = "count||1000|1000|9999|people/"


def test_bounds_are_readings_but_vague_amounts_are_not():
    assert bounded(MORE_THAN_400) and bounded(FEWER_THAN_75) and bounded(UP_TO_90)
    assert not bounded(EXACT_312) and is_reading(EXACT_312)
    assert not is_reading(THOUSANDS)


def test_a_lower_bound_above_the_others_figure_is_an_outvoted_reading():
    # "An annual membership will go up by more than £400" (b) beside "rises by £312" (a, c)
    nodes = _nodes(EXACT_312, MORE_THAN_400, EXACT_312)
    readings = FigureReadings(nodes)
    assert readings.minority(1)
    assert readings.rivalled(0)  # the majority's £312 is still one side for a summary line
    assert not readings.minority(0)


def test_a_bound_holding_the_figure_agrees_with_it():
    # "more than £300" and "£312" are one reading
    nodes = _nodes(EXACT_312, MORE_THAN_300)
    readings = FigureReadings(nodes)
    assert not readings.rivalled(0) and not readings.rivalled(1)


def test_an_upper_bound_below_a_share_disputes_it():
    # "fewer than three quarters of matches started on time" / "91% of matches started on time"
    nodes = _nodes(EXACTLY_91, FEWER_THAN_75, EXACTLY_91)
    readings = FigureReadings(nodes)
    assert readings.minority(1) and readings.rivalled(0)


def test_up_to_holds_a_lower_estimate():
    # "gusts of up to 90 km/h" / "gusts of about 80 km/h": no dispute
    nodes = _nodes(UP_TO_90, ABOUT_80)
    assert not FigureReadings(nodes).rivalled(0)


def test_figures_of_other_units_never_meet_by_their_bounds():
    nodes = _nodes(MORE_THAN_400, "money|EUR|312|311.5|312.5|/membership")
    assert not FigureReadings(nodes).rivalled(0)


def test_a_deadline_span_is_no_bound():
    # "within three months" (half the value to the value) is a deadline, not a reading
    assert not bounded("duration|s|7.8894e+06|3.9447e+06|9.2043e+06|/")


def test_a_bound_far_from_a_figure_gives_another_property():
    # "households pay up to 8 euros a month more" beside "a fine of 214 million euros":
    # two properties in close sentences, no dispute
    nodes = _nodes("money|EUR|2.14e+08|2.135e+08|2.145e+08|/", "money|EUR|8|0|8.5|/")
    readings = FigureReadings(nodes)
    assert not readings.rivalled(0) and not readings.minority(0)


# --- a journey is one act by where it goes ------------------------------------------------


def _acts(nlp, text: str) -> set[str]:
    return date_acts(nlp(text), 0, len(text))


def test_journeys_to_one_place_share_an_act_whatever_the_verb(nlp):
    a = _acts(nlp, "The national squad will fly to Lisbon on Friday.")
    b = _acts(nlp, "The players leave for Lisbon on Thursday morning.")
    c = _acts(nlp, "The relics are being shipped to Valparaiso on 3 May.")
    assert "to:lisbon" in a and "to:lisbon" in b
    assert "to:valparaiso" in c


def test_for_names_a_destination_only_after_a_verb_of_departure(nlp):
    signed = _acts(nlp, "The striker signed for Benfica on Monday.")
    played = _acts(nlp, "Moreau played for Lyon on Saturday.")
    assert not any(k.startswith("to:") for k in signed | played)
    assert departure_verb("leave") and departure_verb("depart") and not departure_verb("sign")


def test_where_an_act_happens_is_no_destination(nlp):
    arrived = _acts(nlp, "The delegation arrived in Lisbon on Monday.")
    held = _acts(nlp, "The summit was held in Geneva on Tuesday.")
    assert not any(k.startswith("to:") for k in arrived | held)


# --- a one-source headline candidate carries no day of its own ---------------------------

HEARING = {
    "a": (
        "Rita Vance, the former treasurer of Ostby council, was jailed for four years on "
        "Wednesday. Vance had admitted taking 1.2 million pounds from the town's pension "
        "fund over six years. The council said it would try to recover the money."
    ),
    "b": (
        "The former Ostby council treasurer Rita Vance was jailed for four years on "
        "Wednesday. She had admitted taking 1.2 million pounds from the pension fund. "
        "Pensioners in the public gallery applauded."
    ),
    "c": (
        "Thursday's decision by Kelmore Crown Court to jail Rita Vance, the former treasurer "
        "of Ostby council, for four years for taking 1.2 million pounds from the town's "
        "pension fund has been welcomed by campaigners. "
        "Campaigners want annual audits of every council fund."
    ),
}


def test_no_headline_dates_the_event_to_a_day_only_one_source_gives(bench):
    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2027-03-05")
        for k, t in HEARING.items()
    ]
    brief = build_brief(bench.build_context(arts))
    lines = [h["text"] for h in brief["headline"]] + [s["text"] for s in brief["summary"]]
    assert lines, brief
    assert not any("Thursday" in t for t in lines), lines
