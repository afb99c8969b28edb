"""The brief at a glance, in Debian's headless Chromium at 1280x800 (playwright).

For the seeds (../shared, skipped when absent), the bundled demo corpus and the web app's
story page: the first conflict card and the first agreed claim are inside the first
viewport, the seeds' page is under three viewports tall with everything collapsed, every
chart's dots sit where the brief's normalised readings say, citations open from the keyboard,
and printing opens every collapsed section. Skipped when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "src" / "consilience" / "demo"
VIEW = {"width": 1280, "height": 800}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed"),
]


def _brief_of(files: list[str]) -> tuple[dict, dict[str, str]]:
    """The brief of the largest story among ``files`` and its article texts."""
    from consilience import pipeline
    from consilience.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "glance.db"))
        report = pipeline.ingest(store, files)
        briefs = pipeline.briefs_for_ids(store, report.ids)
        brief = max(briefs, key=lambda b: (len(b["story"]["articles"]), b["story"]["id"]))
        texts = pipeline.article_texts(store, [a["id"] for a in brief["story"]["articles"]])
        store.close()
    return brief, texts


@pytest.fixture(scope="module")
def demo_brief() -> tuple[dict, dict[str, str]]:
    files = sorted(str(p) for p in DEMO.iterdir() if p.is_file() and p.name != "README.md")
    return _brief_of(files)


@pytest.fixture(scope="module")
def seeds_brief(shared) -> tuple[dict, dict[str, str]]:
    return _brief_of(sorted(str(p) for p in (shared / "seeds").iterdir() if p.is_file()))


def _page_file(brief_texts, tmp_path_factory, name: str) -> str:
    from consilience.render_html import render_html

    path = tmp_path_factory.mktemp("glance") / f"{name}.html"
    path.write_text(render_html(*brief_texts), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def web_story(demo_brief):
    """uvicorn serving the web app over the demo brief; yields (story url, brief)."""
    import uvicorn

    from consilience.web import MemoryBackend, create_app

    brief, texts = demo_brief
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(backend=MemoryBackend([brief], texts))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/stories/{brief['story']['id']}", brief
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(params=["seeds", "demo", "web"])
def page_and_brief(request, browser, tmp_path_factory):
    """(playwright page at the top of the brief, the brief it shows)."""
    if request.param == "web":
        url, brief = request.getfixturevalue("web_story")
    else:
        brief_texts = request.getfixturevalue(f"{request.param}_brief")
        url, brief = _page_file(brief_texts, tmp_path_factory, request.param), brief_texts[0]
    page = browser.new_page(viewport=VIEW)
    page.goto(url)
    yield page, brief
    page.close()


def _bottom(page, selector: str) -> float:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box["y"] + box["height"]


def test_first_conflict_and_first_agreed_claim_above_the_fold(page_and_brief):
    page, brief = page_and_brief
    disputes = [c for c in brief["conflicts"] if not c.get("update")]
    assert disputes, "the seeds and the demo each hold a real disagreement"
    assert _bottom(page, ".glance li.card") <= VIEW["height"]
    assert _bottom(page, ".glance ul.claims > li") <= VIEW["height"]
    n_updates = len(brief["conflicts"]) - len(disputes)
    header = page.locator(".story-head").inner_text()
    assert f"{len(disputes)} conflict" in header
    if n_updates:
        assert f"{n_updates} update" in header


def test_seeds_page_is_under_three_screens(browser, seeds_brief, tmp_path_factory):
    page = browser.new_page(viewport=VIEW)
    page.goto(_page_file(seeds_brief, tmp_path_factory, "seeds"))
    height = page.evaluate("document.documentElement.scrollHeight")
    page.close()
    assert height < 3 * VIEW["height"], height


_DOTS_JS = """svg => {
  const [lo, hi] = svg.dataset.domain.split(" ").map(Number);
  const [x0, x1] = svg.dataset.plot.split(" ").map(Number);
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  return Array.from(svg.querySelectorAll(".dot")).map(d => {
    const b = d.getBoundingClientRect();
    const x = (b.left + b.width / 2 - box.left) / scale;
    return {article: d.dataset.article, value: Number(d.dataset.value),
            drawn: lo + (x - x0) / (x1 - x0) * (hi - lo), span: hi - lo};
  });
}"""


def test_chart_dots_match_the_normalised_readings(page_and_brief):
    page, brief = page_and_brief
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    items = brief["conflicts"] + brief["corroborated"]
    expected = [
        sorted((r["article"], r["value"]) for r in item["readings"]
               if isinstance(r.get("value"), int | float))
        for item in items
    ]  # fmt: skip
    charts = page.locator("svg.chart.quantity")
    assert charts.count() >= len([e for e in expected if e])
    for i in range(charts.count()):
        dots = charts.nth(i).evaluate(_DOTS_JS)
        assert sorted((d["article"], d["value"]) for d in dots) in expected
        for d in dots:
            assert abs(d["drawn"] - d["value"]) <= 0.01 * d["span"], d


def test_charts_have_text_alternatives(page_and_brief):
    page, _brief = page_and_brief
    svgs = page.locator("svg.chart")
    assert svgs.count() > 0
    for i in range(svgs.count()):
        svg = svgs.nth(i)
        assert svg.get_attribute("role") == "img"
        assert len(svg.get_attribute("aria-label") or "") > 20


def test_citation_opens_and_closes_with_the_keyboard(page_and_brief):
    page, _brief = page_and_brief
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation marker reachable with Tab")
    pop = page.locator("#cite-pop")
    assert pop.is_visible()  # focus shows the cited sentence
    page.keyboard.press("Enter")
    assert pop.is_visible() and "pinned" in (pop.get_attribute("class") or "")
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    page.keyboard.press("Escape")
    assert pop.is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('cite')")


def test_sources_collapsed_and_opened_for_print(browser, demo_brief, tmp_path_factory):
    page = browser.new_page(viewport=VIEW)
    page.goto(_page_file(demo_brief, tmp_path_factory, "demo-print"))
    closed = "Array.from(document.querySelectorAll('details')).filter(d => !d.open).length"
    assert page.evaluate(closed) > 0
    assert not page.locator("ol.src-list > li").first.is_visible()
    page.emulate_media(media="print")  # print CSS alone shows collapsed content
    assert page.locator("ol.src-list > li").first.is_visible()
    assert page.locator("details.conflict svg.chart.rows").first.is_visible()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(closed) == 0
    page.close()


def test_coverage_matrix_fits_thirty_articles(browser, tmp_path):
    """Thirty outlets, each column still at least 18 px wide, no sideways scrolling."""
    from consilience.render_html import render_html

    heads = [{"id": f"n{i:02d}", "source": f"n{i:02d}.txt", "outlet": f"paper{i}.example",
              "title": None, "published": None} for i in range(30)]  # fmt: skip
    claims = [{"text": f"The council approved budget line {k} after a long debate.",
               "articles": [h["id"] for h in heads[k::2]], "independent_sources": 15}
              for k in range(6)]  # fmt: skip
    brief = {"schema": "consilience.brief/1", "consensus": claims,
             "story": {"id": "wide", "title": "A story thirty papers covered", "articles": heads}}  # fmt: skip
    path = tmp_path / "wide.html"
    path.write_text(render_html(brief, {}), encoding="utf-8")
    page = browser.new_page(viewport=VIEW)
    page.goto(path.as_uri())
    scroll = page.locator("section.coverage .scroll").first
    assert scroll.evaluate("e => e.scrollWidth <= e.clientWidth")
    widths = page.locator("table.matrix thead th.art-col").evaluate_all(
        "hs => hs.map(h => h.getBoundingClientRect().width)"
    )
    assert len(widths) == 30 and min(widths) >= 18
    page.close()
