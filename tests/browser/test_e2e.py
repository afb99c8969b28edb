"""End-to-end: the real web app (uvicorn on 127.0.0.1) and the standalone HTML brief in
Debian's headless Chromium, driven by playwright. Skipped when /usr/bin/chromium is absent.

The server runs over a temporary store into which the bundled demo corpus is ingested.
Screenshots go to test-output/screenshots/.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
DEMO = ROOT / "src" / "consilience" / "demo"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"{CHROMIUM} is not installed (apt-get install chromium)",
    ),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """uvicorn serving create_app over a temp store holding the demo corpus."""
    import uvicorn

    from consilience import pipeline
    from consilience.store import Store
    from consilience.web import create_app

    if not DEMO.is_dir():
        pytest.skip("demo corpus missing")
    db = tmp_path_factory.mktemp("store") / "demo.db"
    files = sorted(str(p) for p in DEMO.iterdir() if p.is_file() and p.name != "README.md")
    store = Store(str(db))
    report = pipeline.ingest(store, files)
    store.close()
    assert report.new, report.skipped
    port = _free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started:
        if time.time() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def _open_demo_story(page, server):
    page.goto(server + "/")
    links = page.locator("a.story-link")
    assert links.count() >= 1
    # the demo story is the one with the most articles: the first row of the list
    rows = page.locator("table.stories tbody tr")
    counts = [int(rows.nth(i).locator("td.num").first.inner_text()) for i in range(rows.count())]
    best = counts.index(max(counts))
    rows.nth(best).locator("a.story-link").click()
    page.wait_for_selector("article.story")


def test_story_page_citation_conflicts_screenshot(page, server):
    _open_demo_story(page, server)
    assert (
        "Dam" in page.locator("h1").first.inner_text()
        or "dam" in page.locator("h1").first.inner_text()
    )
    # reveal a citation: its source sentence appears with the article and outlet named
    cite = page.locator(".story a.cite:visible").first
    cite_id = cite.get_attribute("data-cite")
    cite.click()
    pop = page.locator("#cite-pop")
    pop.wait_for(state="visible")
    data = json.loads(page.locator("#consilience-data").text_content())
    entry = data["cites"][cite_id]
    assert pop.locator("mark").inner_text().strip() == entry["ctx"]["hit"].strip()
    assert entry["label"] in pop.locator(".pop-outlet").inner_text()
    assert len(pop.locator(".pop-ctx").inner_text()) > len(entry["ctx"]["hit"])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "story-citation.png"))
    # the popover links to the article page with the span highlighted
    href = pop.locator("a.pop-open").get_attribute("href")
    assert re.fullmatch(r"/articles/[0-9a-f]+\?start=\d+&end=\d+#focus", href)
    page.keyboard.press("Escape")
    pop.wait_for(state="hidden")
    # the conflict table: the outlier row is highlighted (red), the majority green
    conflict = page.locator(".conflict").filter(has=page.locator("tr.reading.outlier")).first
    conflict.evaluate("e => { e.open = true; }")  # conflict details are collapsed at first
    outlier = conflict.locator("tr.reading.outlier").first
    majority = conflict.locator("tr.reading.majority").first
    assert outlier.locator(".badge.outlier").inner_text().strip().lower() == "outlier"
    bg = outlier.locator("td").first.evaluate("e => getComputedStyle(e).backgroundColor")
    bg_maj = majority.locator("td").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg != bg_maj and bg not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    page.screenshot(path=str(SHOTS / "story.png"), full_page=True)
    conflict.scroll_into_view_if_needed()
    conflict.screenshot(path=str(SHOTS / "conflict.png"))
    # the article page highlights the cited span
    page.goto(server + href)
    focus = page.locator("mark.focus")
    assert focus.count() >= 1
    assert entry["ctx"]["hit"].split()[0] in focus.first.inner_text()
    assert page.locator("mark.cited").count() >= 1
    assert page.errors == []


def test_upload_good_bad_and_hostile(page, server, tmp_path):
    good = tmp_path / "notice.txt"
    good.write_text(
        "Reservoir inspection ordered\n\nThe state ordered an inspection of every reservoir in Calder "
        "on Tuesday, officials said. Engineers will visit 14 dams over the next month.\n",
        encoding="utf-8",
    )
    bad = tmp_path / "photo.bin"
    bad.write_bytes(b"\x00\x01\x02\x03 binary")
    page.goto(server + "/upload")
    page.set_input_files("input[type=file]", [str(good), str(bad)])
    page.click("form.upload button[type=submit]")
    page.wait_for_selector(".result, .message", timeout=120_000)
    msgs = page.locator("li.skip-msg").all_inner_texts()
    assert page.locator(".result").count() == 1, page.locator("main").inner_text()
    assert len(msgs) == 1
    assert msgs[0].startswith("skipped photo.bin: ")
    assert "\n" not in msgs[0] and str(tmp_path) not in msgs[0]
    assert "1 new" in page.locator(".result .message").inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "upload.png"))

    # a hostile article: nothing in it executes on its article page
    evil = tmp_path / "evil.txt"
    evil.write_text(_payload_text(), encoding="utf-8")
    page.goto(server + "/upload")
    page.set_input_files("input[type=file]", [str(evil)])
    page.click("form.upload button[type=submit]")
    page.wait_for_selector(".result, .message", timeout=120_000)
    page.locator(".result ul.new a").first.click()
    page.wait_for_selector(".article-text")
    _assert_not_pwned(page, title_prefix="")
    assert "<script>" in page.locator(".article-text").inner_text()


def _payload_text() -> str:
    return (
        "Dam report with a script\n\n"
        "Officials said <script>window.__pwned = 1; document.title = 'pwned'</script> the dam held. "
        "An image <img src=x onerror=\"window.__pwned=2;document.title='pwned'\"> was attached. "
        'See <a href="javascript:window.__pwned=3">this link</a> for more. '
        '</script><script>window.__pwned=4</script> <svg onload="window.__pwned=5"></svg> '
        '<iframe src="javascript:window.parent.__pwned=6"></iframe> The end.\n'
    )


def _assert_not_pwned(page, title_prefix: str) -> None:
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert page.title() != "pwned"
    hrefs = page.evaluate(
        "() => Array.from(document.querySelectorAll('[href],[src]')).map(e => e.getAttribute('href') || e.getAttribute('src'))"
    )
    assert not [h for h in hrefs if h and h.strip().lower().startswith("javascript:")]
    assert page.locator("img, iframe, object, embed").count() == 0
    handlers = page.evaluate(
        "() => Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes).map(a => a.name)).filter(n => n.startsWith('on'))"
    )
    assert handlers == []


def test_standalone_brief_hostile_article_executes_nothing(browser, tmp_path):
    from consilience.render_html import render_html

    aid = "evil0000deadbeef"
    text = _payload_text()
    start = text.index("<img")
    end = text.index("this link</a>") + len("this link</a>")
    cite = {"article": aid, "start": start, "end": end}
    brief = {
        "schema": "consilience.brief/1",
        "story": {
            "id": "evil",
            "title": "Safe <script>document.title='pwned'</script>",
            "articles": [
                {
                    "id": aid,
                    "source": "javascript:window.__pwned=7",
                    "outlet": "<img src=x onerror=window.__pwned=8>",
                    "title": "<b onmouseover=window.__pwned=9>t</b>",
                    "published": "2025-03-16",
                }
            ],  # fmt: skip
        },
        "summary": [{"text": text, "citations": [cite]}],
        "conflicts": [
            {
                "kind": "fact",
                "subject": "<img src=x onerror=window.__pwned=10>",
                "readings": [
                    {
                        "article": aid,
                        "text": "<a href='javascript:x'>r</a>",
                        "value": "<i>v</i>",
                        "citation": cite,
                    }
                ],
                "majority": [],
                "outliers": [aid],
            }
        ],  # fmt: skip
        "quotes": [
            {
                "speaker": "<svg onload=window.__pwned=11>",
                "text": text,
                "direct": True,
                "article": aid,
                "citation": cite,
            }
        ],
        "provenance": [
            {
                "article": aid,
                "cites": [
                    {
                        "source": "</text><script>window.__pwned=12</script>",
                        "cue": "said",
                        "citation": cite,
                    }
                ],
            }
        ],
        "entities": [
            {
                "name": "</script><script>window.__pwned=13</script>",
                "type": "ORG",
                "aliases": [],
                "articles": [aid],
            }
        ],
    }
    path = tmp_path / "evil.html"
    path.write_text(render_html(brief, {aid: text}), encoding="utf-8")
    ctx = browser.new_context()
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    assert page.title() == "Safe <script>document.title='pwned'</script>"
    page.locator(".story a.cite:visible").first.click()
    pop = page.locator("#cite-pop")
    pop.wait_for(state="visible")
    assert "<img src=x onerror" in pop.locator("mark").inner_text()
    page.locator(".story a.cite:visible").first.hover()
    _assert_not_pwned(page, title_prefix="Safe")
    assert page.evaluate(
        "() => document.documentElement.classList.contains('js')"
    )  # our script ran
    assert errors == []
    ctx.close()


def test_standalone_print_shows_sources(browser, tmp_path):
    from consilience.render_html import render_html

    sample = json.loads(
        (ROOT / "tests" / "fixtures" / "brief_sample.json").read_text(encoding="utf-8")
    )
    path = tmp_path / "brief.html"
    path.write_text(render_html(sample["brief"], sample["texts"]), encoding="utf-8")
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(path.as_uri())
    page.emulate_media(media="print")
    assert page.locator("#story-s0-sources").is_visible()
    assert page.locator("#story-s0-sources mark").first.is_visible()
    assert not page.locator("nav.toc").is_visible()
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF"
    ctx.close()
