"""A dateline the reader's patterns miss, left out of a headline or summary line
(session 22, headline engineer), on sentences written for these tests."""

from __future__ import annotations

import pytest

from consilience.line_datelines import dateline_end


@pytest.mark.parametrize(
    "sentence, line",
    [
        (
            "Oldmere, 4 March 2027 - Brackwater Foods today announced the sale of its dairy arm.",
            "Brackwater Foods today announced the sale of its dairy arm.",
        ),
        (
            "Tessaly, Jan 9 (Harbour Wire) – Ferry crews walked out over pay.",
            "Ferry crews walked out over pay.",
        ),
        ("(Linden) — The river burst its banks overnight.", "The river burst its banks overnight."),
    ],
)
def test_a_leading_dateline_is_left_out(nlp, sentence, line):
    assert sentence[dateline_end(nlp(sentence), 0, len(sentence)) :] == line


@pytest.mark.parametrize(
    "sentence",
    [
        "Fuel prices rose 4% - the steepest jump since 2019 - the statistics office said.",
        "Mayor Ana Roth - a former nurse - opened the clinic.",
        "Carlow beat Denby 31-12 in the final.",
        "The club's chairman, Piet Olsen, resigned on Monday.",
        "Norfolk Council - which runs the service - said it would appeal.",
    ],
)
def test_no_dateline_no_cut(nlp, sentence):
    assert dateline_end(nlp(sentence), 0, len(sentence)) == 0
