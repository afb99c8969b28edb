"""Quotes and provenance (session 11): a place is never a speaker or a cited source (an
organisation-tagged name that tells no kind of body and that the article uses as a place,
"between Oldbury and Marlow", "shipments from Halvard to Orrin", is no organisation "the
railway" can refer to); the words of a job title ("Plant Manager", "Head of Safety") are
never a cited body; the story's own act of reporting ("the pilot reported a fire", "did
not report any damage") cites nobody unless its subject is a medium or an authority.

Every text is written for these tests (railways, mills, ferries, quarries, observatories:
no other set's domain)."""

from __future__ import annotations

import pytest

from consilience.provenance import extract_attributions
from consilience.quotes import extract_quotes


def speakers(make, text: str, fragment: str) -> list[str]:
    """Speakers of the quotes of ``text`` whose text holds ``fragment``."""
    return [q.speaker for q in extract_quotes(make(text)) if fragment in q.text]


def sources(make, text: str) -> list[str]:
    """The sources the article ``text`` cites (provenance)."""
    return [a.source for a in extract_attributions(make(text))]


# --------------------------------------------------------------- a place is never a speaker


@pytest.mark.parametrize(
    "text, fragment, place",
    [
        (
            "Trains between Oldbury and Marlow were halted for six hours after a signal "
            "fault, according to the railway.",
            "signal fault",
            "Oldbury",
        ),
        (
            "Buses between Kemper and Ardloe were cancelled on Tuesday, according to the operator.",
            "cancelled",
            "Kemper",
        ),
        (
            "Shipments from Halvard to Orrin were delayed by a week, the company said.",
            "delayed",
            "Halvard",
        ),
        (
            "Water supplies between Dunmere and Calloway were cut for a day, according to "
            "the utility.",
            "Water supplies",
            "Calloway",
        ),
    ],
)
def test_a_place_is_never_the_speaker_of_a_body_noun(make, text, fragment, place):
    got = speakers(make, text, fragment)
    assert got, "the statement is still reported"
    assert place not in got
    assert place not in sources(make, text)


@pytest.mark.parametrize(
    "text, fragment, body",
    [
        (
            "Trains between Kemper and Ardloe were cancelled on Tuesday, according to the "
            "railway. Velling Rail apologised to passengers.",
            "cancelled",
            "Velling Rail",
        ),
        (
            "Water supplies between Dunmere and Calloway were cut for a day, according to "
            "the utility. Brisk Water said repairs were under way.",
            "Water supplies",
            "Brisk Water",
        ),
    ],
)
def test_the_body_noun_goes_to_a_named_body_not_to_the_place(make, text, fragment, body):
    assert speakers(make, text, fragment) == [body]


# --------------------------------------------------------------- a job title is no source


@pytest.mark.parametrize(
    "text, title_words",
    [
        (
            '"We lost the whole night shift," said Freya Lund, Plant Manager at Oster Mills.',
            {"Plant"},
        ),
        ('"Nothing was spilled," said Ines Haro, Head of Safety at Vireo Chemicals.', {"Safety"}),
        (
            "Observatory staff were sent home, said Emil Sato, Director of Operations at the "
            "Kallberg Observatory.",
            {"Operations"},
        ),
        (
            "Crews worked all night, said Ola Berg, Head of Maintenance at Sandvik Tunnels.",
            {"Maintenance"},
        ),
    ],
)
def test_title_words_are_never_a_cited_source(make, text, title_words):
    assert not set(sources(make, text)) & title_words


def test_a_named_body_before_a_role_is_still_cited(make):
    text = '"The pumps are running," a Vireo Chemicals spokesman said on Friday.'
    assert any("Vireo Chemicals" in s for s in sources(make, text))


# --------------------------------------------------------------- the story's own "report"


@pytest.mark.parametrize(
    "text",
    [
        "The lift operator reported a jammed cable to the control room.",
        "Guards reported no injuries among the prisoners after the riot.",
        "The ferry company did not report any damage to the hull.",
        "Night-shift workers reported a strong smell of gas near the boilers.",
        "The Kessel Bakery reported a break-in at its warehouse on Sunday.",
    ],
)
def test_an_act_of_reporting_in_the_story_is_no_citation(make, text):
    assert sources(make, text) == []


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Harlow Gazette reported a sharp rise in break-ins.", "Harlow Gazette"),
        ("The Valden Herald reported that the mayor had resigned.", "Valden Herald"),
        ("The miners' union reported that 40 members were still missing.", "union"),
    ],
)
def test_a_medium_or_a_reported_clause_is_still_cited(make, text, source):
    assert any(source in s for s in sources(make, text))


# --------------------------------------------------------------- scare quotes in reported speech


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "The curator called the restoration \u201cslow but honest\u201d and said the "
            "gallery would reopen in June.",
            "slow but honest",
        ),
        (
            'Quarry owner Dag Moen said the inspection had been "thorough" and that blasting '
            "would resume on Monday.",
            "thorough",
        ),
        (
            "The harbour board said the repairs were \u201cmore or less on schedule\u201d "
            "despite the storm.",
            "more or less on schedule",
        ),
        (
            "Plant manager Sofia Berg told staff the spill was \u2018small and contained\u2019 "
            "and that no one had been hurt.",
            "small and contained",
        ),
    ],
)
def test_scare_quote_inside_reported_speech_is_no_second_quote(make, text, words):
    qs = extract_quotes(make(text))
    holding = [q for q in qs if words in q.text]
    assert holding, "the reported line holding the words is kept"
    assert all(not q.direct and q.text != words for q in holding)


def test_a_whole_quoted_sentence_after_said_stays_direct(make):
    text = 'The curator said: "The gallery will reopen in June, whatever the weather."'
    qs = extract_quotes(make(text))
    assert [(q.direct, q.text) for q in qs] == [
        (True, "The gallery will reopen in June, whatever the weather.")
    ]


# --------------------------------------------------------------- a quote over two paragraphs


@pytest.mark.parametrize(
    "text, first, second, speaker",
    [
        (
            'Ilona Berg, whose son was among the climbers, waited at the hut. "I never '
            'stopped hoping. When the radio crackled I sat down and cried," she said.\n\n'
            '"He told me not to worry. Can you imagine? He was hanging on a rope."\n\n'
            "More rescuers arrived at dawn.",
            "never stopped hoping",
            "hanging on a rope",
            "Ilona Berg",
        ),
        (
            'The skipper, Nils Aune, spoke from the quay. "We lost the nets in the first '
            'wave," Aune said.\n\n"Then the second one took the mast."\n\n'
            "The harbour wall was also damaged.",
            "lost the nets",
            "took the mast",
            "Nils Aune",
        ),
        (
            "\u201cThe kiln cracked at four in the morning,\u201d said Dag Moen, the works "
            "supervisor.\n\n\u201cBy six the whole shed was full of smoke.\u201d\n\n"
            "Firefighters left at noon.",
            "kiln cracked",
            "full of smoke",
            "Dag Moen",
        ),
    ],
)
def test_a_quote_going_on_in_the_next_paragraph_is_one_quote(make, text, first, second, speaker):
    qs = [q for q in extract_quotes(make(text)) if first in q.text or second in q.text]
    assert [(q.speaker, first in q.text and second in q.text) for q in qs] == [(speaker, True)]


def test_a_next_paragraph_with_its_own_speaker_is_another_quote(make):
    text = (
        '"The vote was clear," said Mayor Lena Brook.\n\n'
        '"It was rushed through," said councillor Tomas Ek.'
    )
    qs = extract_quotes(make(text))
    assert [q.speaker for q in qs] == ["Lena Brook", "Tomas Ek"]


# --------------------------------------------------------------- the saying's time, a named body


@pytest.mark.parametrize(
    "text, reported",
    [
        (
            "The Orrin Rail Authority said on Tuesday it had closed the tunnel for inspection.",
            "it had closed the tunnel for inspection",
        ),
        (
            "The Kessel Mining Company said on Monday it had stopped work at the pit.",
            "it had stopped work at the pit",
        ),
        (
            "Halvik Lines said on Friday it had cancelled all crossings.",
            "it had cancelled all crossings",
        ),
        (
            "The water board said on Sunday it was testing every well in the valley.",
            "it was testing every well in the valley",
        ),
    ],
)
def test_the_time_of_the_saying_is_not_part_of_what_is_said(make, text, reported):
    assert [q.text for q in extract_quotes(make(text)) if not q.direct] == [reported]


@pytest.mark.parametrize(
    "text, body",
    [
        ("Trains were halted at dawn, the line's owner, Vessel Rail, said.", "Vessel Rail"),
        (
            "The pier will stay shut all summer, its operator, Kessel Piers Ltd, said.",
            "Kessel Piers Ltd",
        ),
    ],
)
def test_a_body_named_in_apposition_to_its_description_speaks(make, text, body):
    assert [q.speaker for q in extract_quotes(make(text))] == [body]
