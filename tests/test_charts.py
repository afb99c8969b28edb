"""Inline SVG charts (consilience.charts): pure functions tested without a browser.

The items are written here in the shape of the ``consilience.brief/1`` contract: a dispute
over a bridge's span, a rising count of evacuees, a corroborated budget, dated events."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from consilience.charts import (
    axis_domain,
    is_update,
    nice_ticks,
    numeric_points,
    quantity_chart,
    reading_status,
    timeline_chart,
)

SVG = "{http://www.w3.org/2000/svg}"


def _r(article: str, text: str, value: float, low: float | None, high: float | None, **kw):
    return {"article": article, "text": text, "value": value, "low": low, "high": high,
            "unit": "m", **kw}  # fmt: skip


SPAN_DISPUTE = {
    "kind": "quantity",
    "subject": "main span of the Kessel bridge",
    "readings": [
        _r("p1", "a 1,480-metre span", 1480.0, 1475.0, 1485.0),
        _r("p2", "nearly 1.5 km", 1500.0, 1350.0, 1500.0),
        _r("p3", "about 4,900 feet", 1493.52, 1344.2, 1642.9),
        _r("p4", "a 2.1-kilometre span", 2100.0, 2050.0, 2150.0),
    ],
    "majority": ["p1", "p2", "p3"],
    "outliers": ["p4"],
}

EVACUEES = {
    "kind": "quantity",
    "subject": "residents evacuated",
    "update": True,
    "readings": [
        {
            "article": "w1",
            "text": "about 300 residents",
            "value": 300.0,
            "low": 270.0,
            "high": 330.0,
            "unit": "",
        },
        {
            "article": "w2",
            "text": "more than 800 people",
            "value": 800.0,
            "low": 800.0,
            "high": None,
            "unit": "",
        },
    ],  # fmt: skip
    "majority": ["w2"],
    "outliers": [],
    "superseded": ["w1"],
}


def _tree(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _dots(svg: str) -> list[ET.Element]:
    return [e for e in _tree(svg).iter() if "dot" in (e.get("class") or "").split()]


def _x(e: ET.Element) -> float:
    if e.tag == SVG + "circle":
        return float(e.get("cx"))
    if e.tag == SVG + "rect":
        return float(e.get("x")) + float(e.get("width")) / 2
    return float(re.match(r"M([\d.]+),", e.get("d")).group(1))


def _value_at(svg: str, x: float) -> float:
    root = _tree(svg)
    lo, hi = map(float, root.get("data-domain").split())
    x0, x1 = map(float, root.get("data-plot").split())
    return lo + (x - x0) / (x1 - x0) * (hi - lo)


def test_statuses_of_a_dispute_an_update_and_a_corroborated_figure():
    assert [reading_status(SPAN_DISPUTE, r) for r in SPAN_DISPUTE["readings"]] == [
        "majority", "majority", "majority", "outlier"]  # fmt: skip
    assert is_update(EVACUEES) and not is_update(SPAN_DISPUTE)
    assert [reading_status(EVACUEES, r) for r in EVACUEES["readings"]] == ["superseded", "latest"]
    agreed = {"subject": "budget", "readings": SPAN_DISPUTE["readings"][:2]}
    assert {reading_status(agreed, r) for r in agreed["readings"]} == {"agree"}


def test_update_flagged_on_a_reading_without_outliers():
    item = {"readings": [_r("a", "two", 2.0, 2.0, 2.0), _r("b", "five", 5.0, 5.0, 5.0, update=True)],
            "majority": ["a"], "outliers": []}  # fmt: skip
    assert is_update(item)
    assert [reading_status(item, r) for r in item["readings"]] == ["superseded", "latest"]
    item["outliers"] = ["b"]  # an outlier makes it a dispute again
    assert not is_update(item)


def test_every_dot_sits_at_its_normalised_value():
    for compact in (True, False):
        svg = quantity_chart(SPAN_DISPUTE, {"p1": "Harbour Gazette"}, compact=compact)
        dots = _dots(svg)
        assert sorted(float(d.get("data-value")) for d in dots) == sorted(
            r["value"] for r in SPAN_DISPUTE["readings"]
        )
        for d in dots:
            assert _value_at(svg, _x(d)) == pytest.approx(float(d.get("data-value")), abs=2.0)
        statuses = {d.get("data-article"): d.get("data-status") for d in dots}
        assert statuses == {"p1": "majority", "p2": "majority", "p3": "majority", "p4": "outlier"}


def test_outlier_shape_band_and_labels():
    svg = quantity_chart(SPAN_DISPUTE, {"p1": "Harbour Gazette", "p4": "Valley Wire"})
    root = _tree(svg)
    assert root.get("role") == "img"
    assert "Valley Wire" in root.get("aria-label") and "outlier" in root.get("aria-label")
    outlier = next(d for d in _dots(svg) if d.get("data-status") == "outlier")
    assert outlier.tag == SVG + "path"  # a diamond, not a filled circle: shape, not only colour
    band = next(e for e in root.iter(SVG + "rect") if "band" in (e.get("class") or ""))
    x0 = float(band.get("x"))
    x1 = x0 + float(band.get("width"))
    # the band is the hull of the majority's intervals: 1,344.2 m to 1,642.9 m
    assert _value_at(svg, x0) == pytest.approx(1344.2, abs=3)
    assert _value_at(svg, x1) == pytest.approx(1642.9, abs=3)
    labels = [t.text for t in root.iter(SVG + "text") if t.get("class") == "row-label"]
    assert "Harbour Gazette" in labels and "Valley Wire" in labels and "p2" in labels


def test_open_bounds_get_an_arrow_and_do_not_stretch_the_axis():
    item = {"subject": "crowd", "readings": [
        {"article": "x", "text": "up to 40,000 people", "value": 40000.0, "low": 0.0, "high": 40000.0},
        {"article": "y", "text": "over 38,000", "value": 38000.0, "low": 38000.0, "high": None},
    ]}  # fmt: skip
    pts = numeric_points(item)
    assert (pts[0].low, pts[1].high) == (None, None)
    lo, hi = axis_domain(pts)
    assert lo > 30000 and hi < 45000  # the "0" of "up to" is not drawn as a bound
    assert quantity_chart(item).count('class="open-end"') == 2


def test_charts_of_nothing_and_hostile_text():
    assert quantity_chart({"readings": [{"text": "many", "value": "lots"}]}) == ""
    assert quantity_chart({}) == ""
    with pytest.raises(ValueError):
        axis_domain([])
    evil = {"subject": "<script>x</script>", "readings": [
        {"article": "<b>", "text": '"><img src=x>', "value": 3.0, "low": 3.0, "high": 3.0}]}  # fmt: skip
    svg = quantity_chart(evil, {"<b>": "<i>outlet</i>"})
    assert "<script" not in svg and "<img" not in svg and "<i>" not in svg
    _tree(svg)  # still well-formed XML


def test_same_input_same_bytes_and_nice_ticks():
    assert quantity_chart(SPAN_DISPUTE) == quantity_chart(dict(SPAN_DISPUTE))
    assert nice_ticks(0, 100, 5) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(1337.0, 2180.0, 4) == [1400, 1600, 1800, 2000]
    assert nice_ticks(5, 5) == [5]


def test_timeline_orders_dates_marks_gaps_and_vague_precision():
    events = [
        {"date": "2023-05-02", "precision": "day", "text": "Council votes the levy", "articles": ["a"]},
        {"date": "2019", "precision": "year", "text": "Bridge closed for repairs", "articles": ["b"]},
        {"date": "2023-05-01", "precision": "day", "text": "Storm reaches the coast",
         "articles": ["a", "b"]},
        {"date": "2023-05-01", "precision": "day", "text": "Ferries suspended", "articles": ["c"]},
        {"date": "someday", "text": "unparseable"},
    ]  # fmt: skip
    svg = timeline_chart(events)
    root = _tree(svg)
    marks = [e for e in root.iter(SVG + "circle")]
    assert [m.get("data-date") for m in marks] == ["2019", "2023-05-01", "2023-05-01", "2023-05-02"]
    xs = [float(m.get("cx")) for m in marks]
    assert xs[0] < xs[1] == xs[2] < xs[3]  # same date, same column, stacked
    assert float(marks[1].get("cy")) != float(marks[2].get("cy"))
    assert "vague" in marks[0].get("class") and "vague" not in marks[1].get("class")
    assert svg.count('class="break"') == 1  # 2019 -> 2023 is a gap of years
    titles = [t.text for t in root.iter(SVG + "title")]
    assert "1 May 2023: Storm reaches the coast (2 articles)" in titles
    assert "Timeline: 4 dated events" in root.get("aria-label")
    assert timeline_chart([{"date": "", "text": "x"}]) == ""


def test_rows_show_each_reading_as_described():
    def describe(r):
        return ("≈ " if "about" in r["text"] or "nearly" in r["text"] else "") + f"{r['value']:g} m"

    svg = quantity_chart(SPAN_DISPUTE, describe=describe)
    values = [t.text for t in _tree(svg).iter(SVG + "text") if "row-value" in t.get("class")]
    assert values == ["1480 m", "≈ 1493.52 m", "≈ 1500 m", "2100 m"]  # rows in value order
    assert "≈ 1500 m (p2)" in _tree(svg).get("aria-label")
