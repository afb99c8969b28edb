"""Story grouping, session 15: an outlet's own follow-up (a wire and its evening ``UPDATE 1``)
joins the outlet's story (consilience.story_filings), and same-day fragments of one event
that give the same measured figures and name a common place merge
(consilience.story_figures). Two events of one outlet, or fragments sharing one figure or
no name, stay apart.

The texts are written for these tests. Dense vectors are set by hand to reproduce the split
the held-out set measured: two fragments of two reports each, whose articles say alike
within a fragment (shared words) and are about 0.9 alike across (dense cosine, no shared
words), under every bar of the centroid passes.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np

from consilience import stories as st
from consilience.boilerplate import boilerplate_spans, live_header
from consilience.story_figures import figure_keys, figure_of
from consilience.story_filings import Filing, filing_of, follows_up

DAY = "2026-03-03"


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(st.DIM, dtype=np.float32)
    for k, w in parts:
        v[k] += w
    return v / np.linalg.norm(v)


A_VEC = _unit((0, 1.0))
B_VEC = _unit((0, 0.9), (1, 0.436))  # 0.9 alike to A_VEC

A_TEXT = [
    "Crane gantry toppled onto quay four at Portvale docks, dockers injured, berth shut.",
    "Dockers injured when gantry toppled at Portvale quay four; berth shut, crane wrecked.",
]
B_TEXT = [
    "Harbourmaster orders inquiry; shipping diverted while engineers inspect cables tonight.",
    "Engineers inspect cables tonight, harbourmaster orders inquiry, shipping diverted.",
]


def _item(aid, text, vec, *, filing=None, figures=None, anchors=None, published=DAY):
    return st.StoryItem(
        aid, "", text, published, vec, [], [], anchors, filing=filing, figures=figures
    )


def _groups(items, **params) -> set[frozenset[str]]:
    found = st.cluster(items, params=replace(st.Params(), **params))
    return {frozenset(s.articles) for s in found}


WIRE = Filing("harbour wire", "portvale", False)
WIRE_UPDATE = Filing("harbour wire", "portvale", True)


#: the wire's two filings say alike of the quay they report on (its anchor): one story
QUAY = {"quay four": _unit((9, 1.0))}


def _wire_and_update(first: Filing, second: Filing, second_day: str = DAY):
    return [
        _item("wire-am", A_TEXT[0], A_VEC, filing=first, anchors=QUAY),
        _item("paper", A_TEXT[1], A_VEC, filing=Filing("portvale echo")),
        _item("wire-pm", B_TEXT[0], B_VEC, filing=second, published=second_day, anchors=QUAY),
        _item("release", B_TEXT[1], B_VEC, filing=Filing("portvale harbour board")),
    ]


def test_fragments_stay_apart_without_the_passes():
    found = _groups(_wire_and_update(WIRE, WIRE_UPDATE), update_floor=2.0)
    assert frozenset({"wire-am", "paper"}) in found
    assert frozenset({"wire-pm", "release"}) in found


def test_outlet_update_joins_its_morning_story():
    found = _groups(_wire_and_update(WIRE, WIRE_UPDATE))
    assert found == {frozenset({"wire-am", "paper", "wire-pm", "release"})}


def test_same_dateline_without_update_mark_joins():
    found = _groups(_wire_and_update(WIRE, WIRE))
    assert len(found) == 1


def test_other_outlet_or_other_place_or_week_later_stays_apart():
    other_outlet = Filing("coastal press", "portvale", True)
    assert len(_groups(_wire_and_update(WIRE, other_outlet))) == 2
    other_place = Filing("harbour wire", "kelmouth", False)
    assert len(_groups(_wire_and_update(WIRE, other_place))) == 2
    assert len(_groups(_wire_and_update(WIRE, WIRE_UPDATE, "2026-03-10"))) == 2


def test_follow_up_needs_similar_articles():
    far = _unit((0, 0.3), (1, 0.954))  # 0.3 alike: another story of the same desk
    items = _wire_and_update(WIRE, WIRE_UPDATE)
    items[2] = replace(items[2], vector=far)
    items[3] = replace(items[3], vector=far)
    assert len(_groups(items)) == 2


def test_filing_of_reads_dateline_and_update_marks():
    text = "(Adds harbour board comment)\n\nPORTVALE, March 3 (HW) - A crane toppled on Tuesday."
    spans = boilerplate_spans(text, "UPDATE 1-Crane topples at Portvale docks")
    f = filing_of("The Harbour Wire", "UPDATE 1-Crane topples at Portvale docks", text, spans)
    assert f == Filing("harbour wire", "portvale", True, ("hw", "march", "portvale"))
    plain = "KELMOUTH, Wales, March 3 (HW) - Ferries were cancelled."
    f2 = filing_of("Harbour Wire", "Ferries cancelled", plain, boilerplate_spans(plain))
    assert f2 == Filing("harbour wire", "kelmouth", False, ("hw", "kelmouth", "march", "wales"))
    assert filing_of(None, "x", plain, []) is None
    assert Filing.decode(f.encode()) == f
    assert Filing.decode("harbour wire\x1eportvale\x1e1") == Filing(
        "harbour wire", "portvale", True
    )
    assert not follows_up(Filing("a wire", ""), Filing("a wire", ""))
    assert follows_up(Filing("a wire", ""), Filing("a wire", "", True))


FIGS_A = ["time of day|s|25200|25100|25300|/", "volume|m³|12000|10800|13200|/"]


def _claims(*figures):
    return [SimpleNamespace(figures=list(figures))]


def _measured(figures, what: str = "rock"):
    """Quantities saying what each figure of ``figures`` measures (the volume of rock)."""
    out = []
    for f in figures:
        dimension, unit, value = f.split("|")[:3]
        out.append(
            SimpleNamespace(dimension=dimension, unit=unit, value=float(value), measure=what)
        )
    return out


def test_figure_keys_keep_measured_figures_and_large_counts():
    keys = figure_keys(
        _claims(
            "time of day|s|25200|25100|25300|/",
            "count||3|2.5|3.5|person/",
            "count||9400|9000|9800|job/",
            "duration|s|604800|589680|619920|/",
            "age|year|71|70.5|71.5|/",
        )
    )
    assert "time of day|s|2.52e+04" in keys
    assert {figure_of(k) for k in keys} == {"count||9400", "time of day|s|2.52e+04"}


def _fragments(figs_b, anchors_b):
    names = {"portvale": _unit((7, 1.0))}
    keys_a = figure_keys(_claims(*FIGS_A), _measured(FIGS_A))
    keys_b = figure_keys(_claims(*figs_b), _measured(figs_b))
    return [
        _item("wire", A_TEXT[0], A_VEC, figures=keys_a, anchors=names),
        _item("paper", A_TEXT[1], A_VEC, figures=keys_a, anchors=names),
        _item("blog", B_TEXT[0], B_VEC, figures=keys_b, anchors=anchors_b),
        _item("release", B_TEXT[1], B_VEC, figures=keys_b, anchors=anchors_b),
    ]


#: the fixture's fragments are 0.36 alike (dense 0.9, no shared words): the floor is set there
FLOOR = {"event_floor": 0.35}


def test_fragments_sharing_two_figures_and_a_name_merge():
    both = ["time of day|s|25200|24900|25500|/", "volume|m³|12000|11000|13000|/"]
    items = _fragments(both, {"portvale": _unit((8, 1.0))})
    assert len(_groups(items, figure_keys=10**6, **FLOOR)) == 2  # the pass switched off
    assert len(_groups(items, **FLOOR)) == 1


def test_one_shared_figure_or_no_shared_name_stays_apart():
    one = ["time of day|s|25200|24900|25500|/", "volume|m³|9000|8000|10000|/"]
    assert len(_groups(_fragments(one, {"portvale": _unit((8, 1.0))}), **FLOOR)) == 2
    both = ["time of day|s|25200|24900|25500|/", "volume|m³|12000|11000|13000|/"]
    assert len(_groups(_fragments(both, {"kelmouth": _unit((8, 1.0))}), **FLOOR)) == 2
    assert len(_groups(_fragments(both, {"portvale": _unit((8, 1.0))}))) == 2  # under the floor


def test_filing_and_figures_survive_packing_and_state():
    item = _item("x", A_TEXT[0], A_VEC, filing=WIRE_UPDATE, figures=["count||9400"])
    again = st.StoryItem("x", "", A_TEXT[0], DAY, A_VEC, st.packed_entities(item))
    assert again.filing == WIRE_UPDATE and again.figures == ["count||9400"]
    assert again.entities == []
    index = st.cluster_index([item])
    back = st.StoryIndex.from_state(index.to_state())
    assert back.items["x"].filing == WIRE_UPDATE
    assert back.items["x"].figures == ("count||9400",)


def test_story_title_prefers_a_report_headline_to_a_live_page_header():
    items = [
        st.StoryItem("blog", "LIVE: Portvale crane collapse - updates", A_TEXT[0], DAY, A_VEC),
        st.StoryItem(
            "wire", "Crane topples at Portvale docks", A_TEXT[1], DAY, _unit((0, 1.0), (3, 0.3))
        ),
    ]
    [story] = st.cluster(items)
    assert len(story.articles) == 2
    assert story.title == "Crane topples at Portvale docks"
    assert live_header("Floods in Marrowby - live")
    assert not live_header("Live music returns to Marrowby")
