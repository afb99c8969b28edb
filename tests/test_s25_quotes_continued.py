"""Quotes (session 25): a quotation that goes on after a second attribution of the same
speaker ('"A," said X. "B," she said. "C."' and '"A," said X. "B," he said, "and C."')
is one quote with all its parts; a quotation closing its paragraph is never attributed
to a reporting verb of the next paragraph, even when the tagger runs the closing mark and
that paragraph into one sentence.

Texts written for these tests (a lighthouse, an orchestra, a harbour, a bakery, a bridge)."""

from __future__ import annotations

import pytest


def _article_quotes(text: str) -> list[tuple[str, str]]:
    from consilience.analyse import analyse
    from consilience.model import Article
    from consilience.quotes import extract_quotes

    (a,) = analyse([Article(id="a", source="a.txt", text=text, outlet="Wire")])
    return [(q.speaker, q.text) for q in extract_quotes(a)]


@pytest.mark.parametrize(
    "text, speaker, tail",
    [
        (
            'The lighthouse was repainted last spring.\n\n"The lamp had been dark for a decade,"'
            ' said Tomas Reyes, the keeper\'s grandson. "Nobody noticed," he said. "Then one'
            ' winter a trawler nearly hit the rocks."',
            "Tomas Reyes",
            "Then one winter a trawler nearly hit the rocks.",
        ),
        (
            'The orchestra cancelled its tour.\n\n"The hall was half empty," Lena Fisk told'
            ' reporters. "Every night the seats stayed empty," she said, "and every night we'
            ' played anyway."',
            "Lena Fisk",
            "and every night we played anyway.",
        ),
        (
            'The bakery closed after 90 years.\n\n"We baked through two wars," said Marta'
            ' Ilic, whose grandfather opened the shop. "Never once did we shut," she said.'
            ' "Now the rent has done what the bombs could not."',
            "Marta Ilic",
            "Now the rent has done what the bombs could not.",
        ),
    ],
)
def test_a_quote_going_on_after_a_second_attribution_is_one_quote(text, speaker, tail):
    quotes = _article_quotes(text)
    assert len(quotes) == 1, quotes
    assert quotes[0][0] == speaker
    assert quotes[0][1].endswith(tail)


def test_the_next_paragraphs_reporting_verb_is_not_the_speaker():
    text = (
        "Road deaths fell by a fifth, the Northern Roads Authority said.\n\n"
        '"Fog crashes happen when speed and distance stop matching what drivers can see,"'
        ' said Dr Hana Kerr, a road-safety researcher at Garrow University. "Signs help,'
        ' but only if people believe them."\n\nThe authority has promised a review.'
        " Insurers have received 300 claims, one broker said.\n"
    )
    quotes = _article_quotes(text)
    assert ("Northern Roads Authority", "Signs help, but only if people believe them.") not in (
        quotes
    )
    kerr = [t for sp, t in quotes if sp == "Hana Kerr"]
    assert kerr and kerr[0].endswith("Signs help, but only if people believe them.")


@pytest.mark.parametrize(
    "text, want",
    [
        # must not fire: another speaker's attribution in between keeps the parts apart
        (
            'The bridge closed on Friday.\n\n"The cracks are new," said Anna Berg. "It is'
            ' unsafe," said Piet Olsen. "We will repair it," he said. "Then it reopens."',
            [
                ("Anna Berg", "The cracks are new"),
                ("Piet Olsen", "It is unsafe … We will repair it … Then it reopens."),
            ],
        ),
        # must not fire: a statement of someone else in between
        (
            'The bridge closed on Friday.\n\n"The cracks are new," said Anna Berg, the city'
            ' engineer. "Nobody was hurt," she said. Piet Olsen, the mayor, disagreed. "It'
            ' should have closed a year ago."',
            [("Anna Berg", "The cracks are new … Nobody was hurt")],
        ),
    ],
)
def test_parts_of_other_speakers_stay_apart(text, want):
    assert _article_quotes(text) == want
