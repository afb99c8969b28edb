"""Times of day in the HTML brief and the web page read as clock times (session 22,
new-user tester, item 9): a reading of "about 6.40am" shows "≈ 06:40", its interval
"06:25–06:55", the chart's axis ticks on whole clock steps ("06:30", "07:00"), never "6.67
hours". Durations stay amounts of time ("2.5 hours"). The browser test reads what Chromium
shows of the static page and of the web app's story page."""

from __future__ import annotations

import os
import re

import pytest

from consilience import charts
from consilience.clock_display import ClockAxis, clock_text, clock_ticks, is_clock
from consilience.render_html import format_range, format_value, render_html

_TEXTS = {
    "p1": "The first ferry left Ostmark harbour at about 6.40am on Monday, the operator said.",
    "p2": "Port logs show the ferry cast off at 06:55 on Monday.",
    "p3": "Passengers said the ferry did not sail until 7.30am on Monday.",
}
_WRITTEN = {"p1": "about 6.40am", "p2": "06:55", "p3": "7.30am"}
#: article -> (value, low, high, normalised, qualifier), seconds after midnight
_CLOCKS = {
    "p1": (24000.0, 23100.0, 24900.0, "06:40", "about"),
    "p2": (24900.0, 24870.0, 24930.0, "06:55", None),
    "p3": (27000.0, 26970.0, 27030.0, "07:30", None),
}
_CLOCK_DECIMAL = re.compile(r"\d+\.\d+ hours|\b\d+ hours\b(?! later| earlier)")


def _reading(aid: str) -> dict:
    value, low, high, shown, qualifier = _CLOCKS[aid]
    text = _WRITTEN[aid]
    start = _TEXTS[aid].index(text)
    return {"article": aid, "text": text, "value": value, "low": low, "high": high,
            "unit": "s", "dimension": "time of day", "normalized": shown,
            "qualifier": qualifier,
            "citation": {"article": aid, "start": start, "end": start + len(text)}}  # fmt: skip


def _brief() -> dict:
    arts = [{"id": a, "source": f"{a}.txt", "outlet": f"Paper {a[-1]}",
             "title": "Ferry sails late", "published": "2025-06-02"} for a in _TEXTS]  # fmt: skip
    conflict = {
        "kind": "quantity", "subject": "ferry departure (time of day)",
        "readings": [_reading(a) for a in _TEXTS], "majority": ["p1", "p2"],
        "outliers": ["p3"], "explanation": "Paper 3 (07:30) is 35 minutes later.",
    }  # fmt: skip
    empty = ("summary", "consensus", "corroborated", "unique", "quotes", "provenance",
             "timeline", "entities")  # fmt: skip
    return {"schema": "consilience.brief/1",
            "story": {"id": "story-ferry", "title": "Ferry sails late", "articles": arts},
            "conflicts": [conflict], **{k: [] for k in empty}}  # fmt: skip


def test_a_time_of_day_reads_as_a_clock_time():
    assert format_value(_reading("p1")) == "≈ 06:40"
    assert format_value(_reading("p2")) == "06:55"
    assert format_range(_reading("p1")) == "06:25–06:55"
    # a rounding bound between whole minutes keeps its seconds
    assert format_range(_reading("p2")) == "06:54:30–06:55:30"
    # without its normalised text, the value itself is written as a clock time
    bare = {k: v for k, v in _reading("p3").items() if k != "normalized"}
    assert format_value(bare) == "07:30"


def test_a_duration_stays_an_amount_of_time():
    """Precision: seconds of a duration are not a clock time."""
    walk = {"value": 9000.0, "low": 9000.0, "high": 9000.0, "unit": "s",
            "dimension": "duration", "normalized": "2.5 hours"}  # fmt: skip
    assert not is_clock(walk)
    assert format_value(walk) == "2.5 hours"


def test_clock_text_and_ticks():
    assert clock_text(0.0) == "00:00" and clock_text(86400.0 + 3600) == "01:00"
    assert clock_text(45930.0) == "12:45:30"
    assert clock_text(45930.0, minutes=True) == "12:46"
    assert clock_text(float("nan")) == "nan"
    assert clock_ticks(23000.0, 27100.0, 4) == [23400.0 + 900 * i for i in range(5)]  # 15 min
    assert clock_ticks(100.0, 100.0) == [100.0]
    assert all(t % 60 == 0 for t in clock_ticks(3000.0, 3500.0, 4))


def test_the_chart_axis_ticks_on_clock_steps():
    conflict = _brief()["conflicts"][0]
    svg = charts.quantity_chart(conflict, fmt=ClockAxis(), describe=format_value)
    ticks = re.findall(r'class="tick"[^>]*>([^<]*)<', svg)
    assert ticks and all(re.fullmatch(r"\d\d:(00|15|30|45)", t) for t in ticks), ticks
    # a format without ticks keeps the round-number axis (every other chart)
    plain = charts.quantity_chart(conflict)
    assert re.findall(r'class="tick"[^>]*>([^<]*)<', plain) != ticks


def test_the_html_brief_shows_no_decimal_hours():
    html = render_html(_brief(), _TEXTS)
    assert "≈ 06:40" in html and "07:30" in html and "06:25–06:55" in html
    assert not _CLOCK_DECIMAL.search(html), _CLOCK_DECIMAL.search(html)


_SHOWN_JS = """() => {
  document.querySelectorAll('details').forEach(d => d.open = true);
  const ticks = Array.from(document.querySelectorAll('svg.chart .tick')).map(t => t.textContent);
  return {ticks, text: document.body.innerText};
}"""


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists("/usr/bin/chromium"), reason="no Chromium")
def test_chromium_shows_clock_times_on_the_page_and_in_the_web_app(browser, tmp_path):
    from fastapi.testclient import TestClient

    from consilience.web import MemoryBackend, create_app

    page_file = tmp_path / "ferry.html"
    page_file.write_text(render_html(_brief(), _TEXTS), encoding="utf-8")
    app = create_app(backend=MemoryBackend([_brief()], _TEXTS))
    client = TestClient(app, base_url="http://127.0.0.1")
    web = client.get("/stories/story-ferry")
    assert web.status_code == 200
    page = browser.new_page()
    try:
        for load in (lambda: page.goto(page_file.as_uri()), lambda: page.set_content(web.text)):
            load()
            shown = page.evaluate(_SHOWN_JS)
            assert shown["ticks"] and all(re.fullmatch(r"\d\d:\d\d", t) for t in shown["ticks"])
            assert "06:55" in shown["text"] and "07:30" in shown["text"]
            assert not _CLOCK_DECIMAL.search(shown["text"]), _CLOCK_DECIMAL.search(shown["text"])
    finally:
        page.close()
