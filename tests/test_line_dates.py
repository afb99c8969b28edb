"""A headline or summary line dating an act to a day another article dates otherwise gives
one reading of a dispute, even when no conflict stage found it (held-out s19 kind 3: a
strike for one day where another article gives another). A date belongs to what it hangs on
in the parse; dates of different acts are no rival readings. Texts written for these tests
(a referendum on a bypass)."""

from __future__ import annotations

from consilience.brief import build_brief
from consilience.line_dates import date_acts
from consilience.model import Article


def _acts(nlp, text: str) -> set[str]:
    return date_acts(nlp(text), 0, len(text))


def test_a_date_belongs_to_what_it_hangs_on(nlp):
    assert "referendum" in _acts(
        nlp, "The council has called a referendum on the bypass for March 14."
    )
    assert "referendum" in _acts(nlp, "The bypass referendum will take place on March 21.")
    printed = "The council printed the referendum ballots on Monday."
    assert "referendum" not in _acts(nlp, printed)
    assert "print" in _acts(nlp, printed)


BYPASS = {
    "a": (
        "Voters in Harlow Vale will decide the fate of the Corran bypass in a referendum. "
        "The district council has called a referendum on the bypass for March 14. "
        "The road would cost 40 million pounds."
    ),
    "b": (
        "Voters in Harlow Vale will decide the fate of the Corran bypass in a referendum. "
        "The district council has called a referendum on the bypass for March 14, "
        "council leader Tom Reddy said. "
        "Opponents say the road would cut through ancient woodland."
    ),
    "c": (
        "Harlow Vale's voters will decide on the Corran bypass in a referendum. "
        "The bypass referendum will take place on March 21, the district council said on "
        "its website. Campaigners have collected 3,000 signatures against the road."
    ),
}


def test_no_headline_or_summary_line_gives_a_rivalled_day(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2027-02-01")
        for k, t in BYPASS.items()
    ]
    brief = build_brief(bench.build_context(arts))
    lines = [h["text"] for h in brief["headline"]] + [s["text"] for s in brief["summary"]]
    assert lines, brief
    assert not any("March 14" in t or "March 21" in t for t in lines), lines


GALA = {
    "a": (
        "Mayor Elin Voss opened the rebuilt Corran Concert Hall on Friday evening. "
        "The hall had been closed for four years. "
        "The orchestra played Sibelius to a full house."
    ),
    "b": (
        "Mayor Elin Voss opened the rebuilt Corran Concert Hall on Friday evening, the city "
        "said. The rebuild cost 80 million crowns. "
        "Tickets for the first season sold out within a day."
    ),
    "c": (
        "The rebuilt Corran Concert Hall opened on Friday evening after four years. "
        "Mayor Elin Voss did not attend because of a family emergency, her office said. "
        "The orchestra played Sibelius."
    ),
}


def test_an_act_of_someone_another_article_says_was_absent_is_no_summary_line(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2027-02-01")
        for k, t in GALA.items()
    ]
    brief = build_brief(bench.build_context(arts))
    lines = [h["text"] for h in brief["headline"]] + [s["text"] for s in brief["summary"]]
    assert lines, brief
    assert not any("Voss" in t for t in lines), lines


def test_the_day_of_a_saying_dates_no_act(nlp):
    assert "say" not in _acts(nlp, "The council said on Tuesday that the count would be public.")
