"""A date right after a relative clause's verb is that verb's (session 24): "down from the
2.4 million it forecast in September" tells when the forecast was made, a past act, even
when the parser hangs "in September" on "from" beside a present verb of expecting ("now
expects"), which would put the month ahead of the report. Sentences written for these
tests (an airline, a bank, a builder), not from the annotated sets; published on
Monday 30 November 2026.
"""

from __future__ import annotations

import pytest

DAY = "2026-11-30"


def _dates(text: str) -> dict[str, str]:
    from consilience.analyse import analyse
    from consilience.dates import extract_dates
    from consilience.model import Article

    art = Article(id="a", source="a.md", text=text, published=DAY, title="")
    return {m.text: m.date for m in extract_dates(next(iter(analyse([art]))))}


@pytest.mark.parametrize(
    ("text", "month", "iso"),
    [
        ("The airline now expects a loss of around €20 million, down from the €35 million it "
         "forecast in September, it said in a statement at 9 a.m.", "September", "2026-09"),
        ("The bank now expects growth of 1.2 percent, well below the 2 percent it forecast in "
         "June, it said on Monday.", "June", "2026-06"),
        ("The builder now expects sales of about 900 homes, short of the 1,200 homes it "
         "forecast in July, the company said in a statement.", "July", "2026-07"),
    ],
)  # fmt: skip
def test_month_after_a_relative_verb_is_its_date(text, month, iso):
    assert _dates(text)[month] == iso


def test_plan_ahead_stays_ahead():
    # a month after a verb of the main clause, not of a relative clause, keeps its tense
    assert _dates("The airline expects the new route to open in March.")["March"] == "2027-03"
