"""Date conflicts and the timeline, session 9 (issues #11/#12, dates): an earlier occurrence
of an act dated differently by several articles (the last one, a previous one, one named by
its year, one told with other verbs) is one dated act with two readings and one disputed
timeline line; an act looked ahead to through "is expected to" / "plans to" is that act; a
span counted back ("the fourth in three years") is no date. Every text here is written for
these tests, in domains (volcanoes, vineyards, zoos, mountain roads, regattas, libraries,
lighthouses) of no bench set."""

from __future__ import annotations

from conftest import reading_values as _values
from conftest import timeline_of as _timeline


def _dates(tl: dict) -> list[str]:
    return [e["date"] for e in tl["timeline"]]


# ------------------------------------------------------- an earlier occurrence, dated twice


def test_first_since_and_the_previous_one_in_commas_conflict_other_acts_stay_apart():
    tl = _timeline(
        {
            "a": "The Skarn volcano erupted on Tuesday, its first eruption since 1987. "
            "The observatory raised the alert level on Monday.",
            "b": "The volcano's previous eruption, in 1991, buried two farms under ash. "
            "Police evacuated two villages on Wednesday.",
        }
    )
    [c] = tl["conflicts"]  # the alert (Monday) and the evacuation (Wednesday) are two acts
    assert _values(c) == {"a": "1987", "b": "1991"}


def test_the_last_one_set_off_by_commas_dates_its_noun_not_the_verb_after_it():
    tl = _timeline(
        {
            "a": "Keepers say it is the first walkout at the Tollan lighthouse trust since 2004.",
            "b": "The last walkout at the trust, in 2008, lasted three weeks.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2004", "b": "2008"}


def test_not_the_first_time_and_previously_date_one_earlier_loss_in_other_verbs():
    tl = _timeline(
        {
            "a": "It is not the first time the Orlen cooperative has lost a harvest: "
            "its vines were flattened by a hailstorm in 2016.",
            "b": "The Orlen cooperative previously lost a whole vintage in 2018, when hail "
            "stripped the terraces.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2016", "b": "2018"}


def test_a_year_before_an_event_noun_and_the_noun_in_a_clause_conflict():
    tl = _timeline(
        {
            "a": "Older residents recall the 1996 rockslide that cut the Ostra valley road "
            "for a month.",
            "b": "The Ostra valley road was cut by a rockslide in 1999, the council said.",
            # one article giving two years names two rockslides: 2003 is no third reading
            "c": "The 1996 rockslide and the 2003 rockslide both closed the Ostra road.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1996", "b": "1999", "c": "1996"}
    assert "2003" in _dates(tl)
    # opposite acts on one event noun are two events of its kind
    tl = _timeline(
        {
            "a": "Mayor Ilse Rinn won the 2018 election by 300 votes.",
            "b": "Rinn lost the 2022 election to a newcomer, officials said.",
            "c": "Rinn, who won the election in 2019, is stepping down.",
        }
    )
    assert [_values(c) for c in tl["conflicts"]] == [{"a": "2018", "c": "2019"}]


# --------------------------------------------- the act looked ahead to, not the looking verb


def test_expected_to_and_plan_to_date_the_act_of_their_complement():
    tl = _timeline(
        {
            "a": "The Brenna museum is expected to reopen its west wing on June 12.",
            "b": "Curators plan to reopen the west wing of the Brenna museum on June 15.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-06-12", "b": "2026-06-15"}
    line = next(e for e in tl["timeline"] if e.get("disputed"))
    assert line["text"].startswith("The Brenna museum is expected")  # the whole clause


def test_likely_to_and_intend_to_conflict_a_done_act_stays_apart():
    tl = _timeline(
        {
            "a": "The Lake Vorn regatta is likely to start on August 9, the sailing club said. "
            "The club repainted its boathouse on Monday.",
            "b": "Organisers intend to start the Lake Vorn regatta on August 16.",
            "c": "The sailing club repainted its boathouse on Tuesday, members said.",
        }
    )
    conflicts = tl["conflicts"]
    assert [_values(c) for c in conflicts if "b" in _values(c)] == [
        {"a": "2026-08-09", "b": "2026-08-16"}
    ]


# --------------------------------------------------------- a span counted back is no date


def test_a_rank_in_n_years_is_a_span_back_a_future_act_in_n_years_is_a_date():
    tl = _timeline(
        {
            "a": "It is the smallest grape harvest in twelve years, the cooperative said. "
            "The rockfall is the fourth to close the Varda pass in three years.",
            "b": "The new cellar will open to visitors in two years.",
        }
    )
    assert _dates(tl) == ["2028"]


def test_in_n_years_after_a_present_or_perfect_verb_counts_back():
    tl = _timeline(
        {
            "a": "The Halvik zoo counts eleven leopard births in four years.",
            "b": "Keepers have moved the leopards twice in three years.",
        }
    )
    assert tl["timeline"] == []


# ---------------------------------------------------------- one disputed line per dated act


def test_a_disputed_act_is_one_line_with_the_majority_date_and_every_reading():
    tl = _timeline(
        {
            "a": "It is not the first escape from the Halvik zoo: a snow leopard got out of "
            "its enclosure in 2015.",
            "b": "The Halvik zoo previously lost an animal in 2017, when a snow leopard "
            "slipped through a fence.",
            "c": "A snow leopard escaped from the Halvik zoo in 2015, keepers recalled.",
        }
    )
    [c] = tl["conflicts"]
    assert c["majority"] == ["a", "c"] and c["outliers"] == ["b"]
    [line] = [e for e in tl["timeline"] if e["date"][:4] in ("2015", "2017")]
    assert line["disputed"] is True
    assert line["date"] == "2015" and line["articles"] == ["a", "b", "c"]
    assert [(d["date"], d["articles"]) for d in line["dates"]] == [
        ("2015", ["a", "c"]),
        ("2017", ["b"]),
    ]
    assert line["citation"]["article"] in ("a", "c")  # the line states no outlier's date


def _sample_with_a_disputed_line() -> tuple[dict, dict]:
    import copy
    import json
    from pathlib import Path

    sample = json.loads((Path(__file__).parent / "fixtures" / "brief_sample.json").read_text())
    brief = copy.deepcopy(sample["brief"])
    line = brief["timeline"][0]
    ids = [a["id"] for a in brief["story"]["articles"]]
    line["disputed"] = True
    line["dates"] = [
        {"date": "1931", "precision": "year", "articles": ids[:1]},
        {"date": "1934", "precision": "year", "articles": ids[1:2]},
    ]
    return brief, sample["texts"]


def test_markdown_and_html_timelines_show_every_date_of_a_disputed_line():
    from consilience.render_html import render_story_body
    from consilience.render_md import render_markdown

    brief, texts = _sample_with_a_disputed_line()
    md = render_markdown(brief, texts)
    assert "**1931 / 1934 (disputed)**" in md
    [story] = render_story_body(brief, texts)["stories"]
    assert "1931 / 1934 (disputed)" in [row["label"] for row in story["timeline"]]


# ------------------------------------------------- other earlier acts, opposite acts: apart


def test_another_earlier_act_of_the_same_zoo_is_no_third_reading():
    tl = _timeline(
        {
            "a": "It is not the first escape from the Halvik zoo: a snow leopard got out of "
            "its enclosure in 2015.",
            "b": "The Halvik zoo previously lost an animal in 2017, when a snow leopard "
            "slipped through a fence.",
            "c": "The Halvik zoo previously closed its aviary in 2019 after a bird flu scare.",
        }
    )
    assert [_values(c) for c in tl["conflicts"]] == [{"a": "2015", "b": "2017"}]


def test_two_dates_of_a_planned_act_compare_with_and_without_a_year():
    tl = _timeline(
        {
            "a": "The restored Varnholt carillon will ring again in October, the abbey said.",
            "b": "The Varnholt carillon will ring again in spring 2027 after its restoration.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-10", "b": "2027"}
    done = _timeline(  # an old act and a recent one: "in 1965" / "on Friday" stay apart
        {
            "a": "The Varnholt carillon first rang in 1965.",
            "b": "The Varnholt carillon rang on Friday for the first time in months.",
        }
    )
    assert done["conflicts"] == []
