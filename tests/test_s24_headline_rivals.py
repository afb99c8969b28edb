"""Headline, summary and unique lines of session 24 (headline engineer): a line whose
figure, time, date or agent another article gives differently in a sentence telling the same
thing is one side of a dispute, whether or not the conflict detector found it
(:mod:`consilience.line_rivals`); and a line cut inside its clause -- before a value its kept
words hang on, or before what a verb of saying it keeps said -- is a fragment
(:mod:`consilience.line_guards`, :mod:`consilience.line_voice`). Sentences written for these
tests (a court hearing, a canal rescue, a rugby crowd, a league title, a flood, a vote), not
from the annotated sets.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-10"


def _rivals(bench, texts: dict[str, str]):
    from consilience.line_rivals import RivalValues
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=PUBLISHED) for k, v in texts.items()]
    ctx = bench.build_context(arts)
    return RivalValues(ctx), ctx


def _span(ctx, aid: str, words: str) -> tuple[int, int]:
    text = ctx.analysis(aid).doc.text
    s = text.index(words)
    return s, s + len(words)


def _rivalled(bench, texts, aid, words, majority=False) -> bool:
    rv, ctx = _rivals(bench, texts)
    return rv.rivalled(aid, *_span(ctx, aid, words), majority=majority)


# ---------------------------------------------------------------- values in aligned sentences


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("A crowd of 55,000 watched the final at Kingsmead Park on Saturday.", True),
        ("A crowd of 42,000 watched the final at Kingsmead Park on Saturday.", False),
        ("More than 40,000 fans watched the final at Kingsmead Park on Saturday.", False),
    ],
)
def test_a_crowd_given_otherwise_in_a_sentence_telling_the_match(bench, other, expected):
    texts = {
        "a": "The rugby final at Kingsmead Park on Saturday was watched by a crowd of 42,000. "
        "Harlow won 24-17.",
        "b": f"{other} Harlow beat Dunmore 24-17.",
    }
    line = "The rugby final at Kingsmead Park on Saturday was watched by a crowd of 42,000."
    assert _rivalled(bench, texts, "a", line) is expected


def test_a_year_given_otherwise_for_a_first_title_since(bench):
    texts = {
        "a": "Castleford won the league on Sunday. It is the club's first league title since 1998.",
        "b": "Castleford are champions. It is their first league title since 2003, the club said.",
    }
    assert _rivalled(bench, texts, "a", "It is the club's first league title since 1998.")


def test_both_counts_of_a_vote_are_one_reading(bench):
    # "by 212 votes to 140" / "212 to 140": the other article gives the line's own count too
    texts = {
        "a": "The council approved the bypass by 212 votes to 140 on Monday night.",
        "b": "Councillors backed the bypass 212 to 140 in a vote on Monday night.",
    }
    line = "The council approved the bypass by 212 votes to 140 on Monday night."
    assert not _rivalled(bench, texts, "a", line)


def test_a_part_of_a_count_is_no_rival_reading(bench):
    texts = {
        "a": "Nine people were hurt in the collision, two of them seriously.",
        "b": "Nine people were injured in the collision on the bypass.",
    }
    assert not _rivalled(bench, texts, "b", "Nine people were injured in the collision")


def test_a_part_and_its_whole_in_one_line_are_the_lines_own_readings(bench):
    # "close 90 of its 300 bakeries" / "close 90 bakeries": 90 is the line's own count
    texts = {
        "a": "Crumbwell will close 90 of its 300 bakeries by June, the chain said on Monday.",
        "b": "The chain Crumbwell is to close 90 bakeries by June, it said on Monday.",
    }
    line = "Crumbwell will close 90 of its 300 bakeries by June, the chain said on Monday."
    assert not _rivalled(bench, texts, "a", line)


def test_figures_of_two_subjects_are_two_properties(bench):
    # the new limit on most streets and the limit main roads keep
    texts = {
        "a": "Main roads in Ostley will keep their 50 km/h speed limit under the new rules.",
        "b": "The town council in Ostley passed a 30 km/h speed limit under the new rules.",
    }
    line = "Main roads in Ostley will keep their 50 km/h speed limit under the new rules."
    assert not _rivalled(bench, texts, "a", line)


def test_the_majority_reading_stands_for_a_headline_but_not_for_a_summary(bench):
    texts = {
        "a": "Floodwater forced 300 residents from their homes in Selby on Friday.",
        "b": "Some 300 residents were forced from their homes by floodwater in Selby on Friday.",
        "c": "Floodwater forced 800 residents from their homes in Selby on Friday.",
    }
    line = "Floodwater forced 300 residents from their homes"
    assert _rivalled(bench, texts, "a", line)
    assert not _rivalled(bench, texts, "a", line, majority=True)
    assert _rivalled(
        bench, texts, "c", "Floodwater forced 800 residents from their homes", majority=True
    )


# ---------------------------------------------------------------- the time of an act noun


def test_the_time_of_one_hearing_given_otherwise_in_an_unlike_sentence(bench):
    texts = {
        "a": "Judge Amy Roth delivered the verdict in a 10am hearing on Tuesday, clearing the "
        "former mayor of fraud.",
        "b": "The former mayor of Eastley was cleared of fraud. Reporters packed the court "
        "for the 2pm hearing.",
    }
    line = "Judge Amy Roth delivered the verdict in a 10am hearing on Tuesday"
    assert _rivalled(bench, texts, "a", line)


def test_the_same_time_of_a_hearing_is_no_rival(bench):
    texts = {
        "a": "Judge Amy Roth delivered the verdict in a 10am hearing on Tuesday.",
        "b": "The former mayor was cleared of fraud. Reporters packed the court for the "
        "10am hearing.",
    }
    line = "Judge Amy Roth delivered the verdict in a 10am hearing on Tuesday."
    assert not _rivalled(bench, texts, "a", line)


# ---------------------------------------------------------------- agents


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("A police officer pulled the driver from the canal, the ambulance service said.", True),
        ("A man pulled the driver from the canal, the ambulance service said.", False),
        ("A passing cyclist pulled the driver from the canal before paramedics arrived.", False),
    ],
)
def test_another_kind_of_person_doing_the_same_act(bench, other, expected):
    texts = {
        "a": "A passing cyclist pulled the driver from the canal in Brinton on Sunday night.",
        "b": other,
    }
    assert _rivalled(bench, texts, "a", "A passing cyclist pulled the driver") is expected


def test_a_role_named_beside_a_name_is_the_agent(bench):
    # "Groundsman Tom Vail found the bag" / "A steward found the bag"
    texts = {
        "a": "Groundsman Tom Vail found the bag under a seat before kick-off.",
        "b": "The match was delayed. A steward found the bag under a seat.",
    }
    assert _rivalled(bench, texts, "a", "Groundsman Tom Vail found the bag")


def test_agents_of_different_acts_are_no_rivals(bench):
    texts = {
        "a": "A passing cyclist pulled the driver from the canal.",
        "b": "A paramedic treated the driver at the scene.",
    }
    assert not _rivalled(bench, texts, "a", "A passing cyclist pulled the driver")


# ---------------------------------------------------------------- lines cut inside a clause


def _doc(text: str):
    from consilience.analyse import load_nlp

    return load_nlp()(text)


def test_a_verb_of_saying_cut_before_what_was_said():
    from consilience.line_voice import lost_complement

    text = "The coach told reporters after the game that the squad would rest on Sunday."
    doc = _doc(text)
    assert lost_complement(doc, 0, text.index(" after"))
    assert not lost_complement(doc, 0, len(text))


def test_a_verb_of_saying_with_its_message_is_whole():
    from consilience.line_voice import lost_complement

    text = "The coach said the squad would rest, before leaving for the airport."
    doc = _doc(text)
    assert not lost_complement(doc, 0, text.index(","))


def test_a_line_cut_before_the_measure_of_its_last_noun():
    from consilience.line_guards import cut_before_value

    text = "The floodwater covered a strip some 12 km long beside the river."
    doc = _doc(text)
    assert cut_before_value(doc, 0, text.index(" some"))
    assert not cut_before_value(doc, 0, len(text))


def test_a_line_cut_before_an_unrelated_clause_is_not_cut_before_a_value():
    from consilience.line_guards import cut_before_value

    text = "The floodwater covered the main square, and 40 homes lost power."
    doc = _doc(text)
    assert not cut_before_value(doc, 0, text.index(","))


# ---------------------------------------------------------------- story titles


def test_a_later_version_of_a_report_gives_the_title():
    from consilience.story_title import neutral_title, versioned_title

    assert versioned_title("UPDATE 2-Third climber found alive on Ben Carran")
    assert not versioned_title("Climber found alive on Ben Carran")
    assert not versioned_title("NATO-Russia talks resume")
    titles = ["Climber missing on Ben Carran", "Search for climbers goes on overnight"]
    later = "Third climber found alive on Ben Carran"
    got = neutral_title([*titles, later], "", [], updated=[later])
    assert got == later
    assert neutral_title([*titles, later], "", []) == titles[0]  # no version: as before


def test_an_exclamation_is_no_story_title():
    from consilience.story_title import exclaimed_title, neutral_title

    assert exclaimed_title("League champions!") and not exclaimed_title("Harlow are champions")
    got = neutral_title(["League champions!", "Harlow seal title with win at Dunmore"], "", [])
    assert got == "Harlow seal title with win at Dunmore"
    assert neutral_title(["League champions!"], "", []) == "League champions!"
