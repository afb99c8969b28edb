"""A figure or date a sentence denies supports nothing (issue #11, session 21, kind 2 of
heldout_s20/judged.md): "seven boats sank, not five as first reported" is no citation of
"five boats sank"; "the bridge stays shut until October, not August" none of "the bridge
reopens in August". The citation check reads them as opposite readings
(:func:`consilience.denied_arguments.denies_argument`).

Every sentence is written for this file; each test fails on the code before the change
(no figure or date was read as denied).
"""

from __future__ import annotations

import pytest

from consilience.denied_arguments import denied_values, denies_argument
from tests.test_citation_check_s16 import _claim


class _Texts:
    def __init__(self, nlp, sentences: dict[str, str]):
        from tests.test_citation_check_s16 import _Texts as Base

        self.base = Base(nlp, sentences)
        self.ctx = self.base.ctx
        self.sentences = sentences

    def text(self, aid: str) -> str:
        return self.sentences[aid]

    def clause(self, c):
        return c.start, c.end

    def sentence(self, c):
        return 0, len(self.sentences[c.article])


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("Seven boats sank in the storm, not five as first reported.", {"5"}),
        ("The bridge will stay shut until October, not August, the council said.", {"august"}),
        ("The painting is insured for 300,000 pounds, not the 1 million pounds reported.", {"1"}),
        ("Rather than 40 staff, only a dozen will move to Lisle.", {"40"}),
    ],
)
def test_denied_figures_and_dates(nlp, sentence, denied) -> None:
    assert denied <= denied_values(nlp(sentence), 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Seven boats sank in the storm on Sunday.", "The bridge did not reopen in August."],
)
def test_asserted_figures_and_denied_acts_are_not_denied_values(nlp, sentence) -> None:
    assert not denied_values(nlp(sentence), 0, len(sentence))


def test_a_denied_figure_is_no_citation_of_the_figure(nlp) -> None:
    x = "Seven boats sank in the storm, not five as first reported."
    y = "Five boats sank in the storm off Kerrow."
    texts = _Texts(nlp, {"a": x, "b": y})
    a, b = _claim("a", x, "sink", "boat"), _claim("b", y, "sink", "boat")
    assert denies_argument(a, b, texts)
    z = "Seven fishing boats sank in the storm off Kerrow."
    texts = _Texts(nlp, {"a": x, "c": z})
    assert not denies_argument(a, _claim("c", z, "sink", "boat"), texts)
