"""Transcript turns whose label carries a bracketed role or body (session 34).

"NINA ROSS (NURSE): …", "CHIEF INSPECTOR OWEN MARL (VALE POLICE): …" are direct quotes of
the person the article names; "(REPORTER)", "(ANCHOR)", "(PRESENTER)" turns are the
programme's own staff and quote nobody.

Every text is written for these tests."""

from __future__ import annotations

import pytest

TRANSCRIPT = """HARBOUR TV LATE NEWS - TRANSCRIPT

JOAN PIKE (ANCHOR): Good evening. Flooding in Wexley has forced three hundred people from their homes. Our reporter Tom Ashe is there.

TOM ASHE (REPORTER): Joan, the water rose fast after midnight. I've been speaking to a nurse, Nina Ross, who was evacuated with her children.

NINA ROSS (NURSE): We had ten minutes. The water was at the door and then it was in the kitchen.

TOM ASHE: The police commander here, Chief Inspector Owen Marl, says the river has now peaked.

CHIEF INSPECTOR OWEN MARL (VALE POLICE): The level has stopped rising, but I would ask people not to go back in tonight.

JOAN PIKE (ANCHOR): Tom Ashe in Wexley, thank you.
"""


def _quotes(make, text: str):
    from consilience.quotes import extract_quotes

    return extract_quotes(make(text))


def test_bracketed_roles_quote_the_named_person(make):
    quotes = [q for q in _quotes(make, TRANSCRIPT) if q.direct]
    said = {q.speaker: q.text for q in quotes}
    assert said.get("Nina Ross", "").startswith("We had ten minutes.")
    assert said.get("Owen Marl", "").startswith("The level has stopped rising")


def test_staff_turns_quote_nobody(make):
    speakers = {q.speaker for q in _quotes(make, TRANSCRIPT) if q.direct}
    assert not speakers & {"Joan Pike", "Tom Ashe"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "TARLOW, March 3 (FW) - Brannock Confectionery will raise its prices by about 7 "
            "percent from April 1, the sweet maker said on Tuesday.",
            "Brannock Confectionery",
        ),
        (
            "Pellow Bakeries will close two plants next year, the bread maker said on Monday.",
            "Pellow Bakeries",
        ),
        (
            "The shipping firm Harl Lines was fined £2m by the Maritime Standards Authority on "
            "Friday. The regulator says the ferry sailed without enough crew.",
            "Maritime Standards Authority",
        ),
        (
            "The Isotope Safety Authority inspected the reactor. No radiation had leaked, the "
            "country's nuclear regulator said.",
            "Isotope Safety Authority",
        ),
    ],
)
def test_a_described_body_is_the_name_it_describes(make, text, speaker):
    said = [q.speaker for q in _quotes(make, text)]
    assert said and said[-1] == speaker, said


def test_the_regulator_is_no_ministry(make):
    text = "The Ministry of Roads met the hauliers on Monday. The regulator said nothing had been agreed."
    said = [q.speaker for q in _quotes(make, text)]
    assert "Ministry of Roads" not in said, said


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "A spokesman for Tollard's, the biggest grocer, said it had refused the new prices.",
            "A spokesman for Tollard's",
        ),
        (
            "A spokeswoman for Brisk Foods, the country's largest baker, said prices would rise.",
            "A spokeswoman for Brisk Foods",
        ),
        (
            "A spokesman for the Ministry of Health said the ward would reopen on Monday.",
            "A spokesman for the Ministry of Health",
        ),
    ],
)
def test_a_spokespersons_body_without_its_aside(make, text, speaker):
    said = [q.speaker for q in _quotes(make, text)]
    assert said == [speaker], said


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Met Office issued a warning on Sunday. The reservoir safety regulator said it "
            "would investigate why the dam failed.",
            "The reservoir safety regulator",
        ),
        (
            "Rene Dufay crashed on Sunday. Dufay, who tore knee ligaments, will miss the rest of "
            "the season, the French federation said.",
            "the French federation",
        ),
    ],
)
def test_a_described_body_is_no_other_name(make, text, speaker):
    said = [q.speaker for q in _quotes(make, text)]
    assert said and said[-1] == speaker, said
