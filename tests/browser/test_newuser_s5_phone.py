"""The brief and the web app's article page on a phone (390x844) in Debian's Chromium.

Session 5 tester: at phone width the conflict cards (a grid of columns at least 440 px
wide), the readings table of a conflict and a long source path on the article page ran
off the right edge, so the page scrolled sideways and the outlier of a chart was cut off.
Nothing may make the page wider than the screen, collapsed or opened; a table too wide
for a phone scrolls inside itself. Skipped when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed"),
]

LONG_SOURCE = "/srv/archive/2024/harbour-desk/incoming/wire-copies/" + "tidal-surge-" * 12 + ".txt"
TEXT = (
    "Storm surge floods the Pellbay quay. The surge reached 2.4 metres above the quay on "
    "Friday, the harbour master said, and 140 boats broke their moorings."
)


def _reading(art: str, words: str, metres: float) -> dict:
    span = {"article": art, "start": 40, "end": 50, "text": TEXT[40:50]}
    return {
        "article": art, "text": words, "value": metres, "low": metres * 0.98,
        "high": metres * 1.02, "unit": "m", "dimension": "length",
        "normalized": f"{metres} m", "qualifier": None, "published": "2024-02-09",
        "citation": span,
    }  # fmt: skip


def _brief() -> tuple[dict, dict[str, str]]:
    """A three-article brief with one height conflict, long outlet names and sources."""
    arts = [
        {"id": f"p{i}", "source": LONG_SOURCE.replace(".txt", f"{i}.txt"),
         "outlet": f"The Pellbay and District Evening Chronicle, edition {i}",
         "title": "Storm surge floods the Pellbay quay", "published": "2024-02-09"}
        for i in range(3)
    ]  # fmt: skip
    conflict = {
        "kind": "quantity", "subject": "storm surge height above the quay", "dimension": "length",
        "readings": [_reading("p0", "2.4 metres", 2.4), _reading("p1", "2.4 m", 2.4),
                     _reading("p2", "some 3.9 metres", 3.9)],
        "update": False, "majority": ["p0", "p1"], "outliers": ["p2"],
        "explanation": "p2 gives 3.9 m; the others 2.4 m.",
    }  # fmt: skip
    brief = {
        "schema": "consilience.brief/1",
        "story": {"id": "surge", "title": "Storm surge floods the Pellbay quay", "articles": arts},
        "conflicts": [conflict],
    }
    return brief, {a["id"]: TEXT for a in arts}


def _sideways(page) -> int:
    """How many CSS pixels the page is wider than the screen (0 when it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - innerWidth")


def _open_all(page) -> None:
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


@pytest.fixture(scope="module")
def brief_file(tmp_path_factory) -> str:
    from consilience.render_html import render_html

    path = tmp_path_factory.mktemp("phone") / "surge.html"
    path.write_text(render_html(*_brief()), encoding="utf-8")
    return path.as_uri()


@pytest.mark.parametrize("view", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_the_brief_never_scrolls_sideways(browser, brief_file, view):
    page = browser.new_page(viewport=view)
    page.goto(brief_file)
    assert _sideways(page) == 0
    card = page.locator("li.card").first.bounding_box()
    assert card is not None and card["x"] + card["width"] <= view["width"]
    _open_all(page)
    assert _sideways(page) == 0
    page.close()


def test_a_wide_readings_table_scrolls_inside_itself_on_a_phone(browser, brief_file):
    page = browser.new_page(viewport=PHONE)
    page.goto(brief_file)
    _open_all(page)
    table = page.locator("table.variants").first
    box = table.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    assert table.evaluate("t => getComputedStyle(t).overflowX") == "auto"
    page.emulate_media(media="print")  # on paper nothing is clipped to a scroll box
    assert table.evaluate("t => getComputedStyle(t).overflowX") == "visible"
    page.close()


@pytest.fixture(scope="module")
def article_url():
    """uvicorn serving the web app over the hand-made brief; yields an article page URL."""
    import uvicorn

    from consilience.web import MemoryBackend, create_app

    brief, texts = _brief()
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
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize("path", ["/articles/p2?start=40&end=50", "/stories/surge"])
def test_web_pages_fit_a_phone(browser, article_url, path):
    page = browser.new_page(viewport=PHONE)
    page.goto(article_url + path)
    assert page.locator("h1").first.is_visible()
    _open_all(page)
    assert _sideways(page) == 0
    page.close()
