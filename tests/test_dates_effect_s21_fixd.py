"""Dates (session 21, fix round, tester item 15): the day a decision takes effect is no
date of the decision, and a superlative "since" a year dates no event. Sentences written for
these tests (a council, a water board), not from the annotated sets or the tester's articles."""

from __future__ import annotations


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def _span(text: str, date: str):
    from consilience.analyse import load_nlp

    doc = load_nlp()(text)
    k = text.index(date)
    return doc.char_span(k, k + len(date), alignment_mode="expand")


def test_an_effect_date_beside_the_act_date_is_no_date_of_the_act():
    """ "decided on Monday to cut fares, with effect from 1 March": Monday dates the
    decision; 1 March only when the cut applies."""
    from consilience.date_effect import effect_date_beside_act

    text = "The council on Monday decided to cut bus fares, with effect from 1 March."
    assert effect_date_beside_act(_span(text, "1 March"))
    assert not effect_date_beside_act(_span(text, "Monday"))


def test_an_effect_date_alone_still_dates_its_clause():
    from consilience.date_effect import effect_date_beside_act

    text = "The lower bus fares are effective from 1 March."
    assert not effect_date_beside_act(_span(text, "1 March"))


def test_a_decision_today_effective_tomorrow_is_one_line_on_the_decision_day(bench):
    out = _timeline(
        bench,
        {
            "a": "The Harwell council today decided to cut bus fares by 10%, effective "
            "from 1 December 2026. The vote was close."
        },
        "2026-11-18",
    )
    rows = [r for r in out["timeline"] if "decided to cut" in r["text"]]
    assert [r["date"] for r in rows] == ["2026-11-18"], out["timeline"]


def test_a_superlative_since_a_year_is_no_event(bench):
    """ "its highest level since 2008" compares with 2008; nothing happened then that the
    story tells, so no timeline line is dated 2008."""
    out = _timeline(
        bench,
        {
            "a": "Harwell's water charges rose 4% on Monday, taking them to their highest "
            "level since 2008."
        },
        "2026-11-18",
    )
    assert not [r for r in out["timeline"] if r["date"] == "2008"], out["timeline"]
