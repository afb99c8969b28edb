"""Render the demo corpus's HTML brief and screenshot it into docs/brief.png (for the README).

Usage:  python scripts/screenshot_readme.py [--out docs/brief.png] [--html docs/brief.html]

Needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium) and the playwright
python package; never runs `playwright install`. Ingests the bundled demo corpus into a
temporary store, briefs its largest story, renders it with render_html (standalone) and
screenshots the top of the page with a citation popover open.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def demo_html() -> str:
    from consilience import pipeline
    from consilience.render_html import render_html
    from consilience.store import Store

    demo = ROOT / "src" / "consilience" / "demo"
    files = sorted(str(p) for p in demo.iterdir() if p.is_file() and p.name != "README.md")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "demo.db"))
        report = pipeline.ingest(store, files)
        briefs = pipeline.briefs_for_ids(store, report.ids)
        brief = max(briefs, key=lambda b: (len(b["story"]["articles"]), b["story"]["id"]))
        texts = pipeline.article_texts(store, [a["id"] for a in brief["story"]["articles"]])
        store.close()
    return render_html(brief, texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "brief.png"))
    ap.add_argument("--html", default=None, help="also keep the rendered HTML here")
    ap.add_argument("--height", type=int, default=1500)
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    html = demo_html()
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(args.html) if args.html else Path(tmp) / "brief.html"
        page_path.parent.mkdir(parents=True, exist_ok=True)
        page_path.write_text(html, encoding="utf-8")
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(
                viewport={"width": 1200, "height": args.height}, device_scale_factor=1
            )
            page.goto(page_path.resolve().as_uri())
            cite = page.locator(".summary a.cite").nth(1)
            if cite.count():
                cite.click()
                page.locator("#cite-pop").wait_for(state="visible")
            page.screenshot(path=str(out))
            browser.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
