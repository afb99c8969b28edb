"""Render the HTML briefs of the demo corpus and of the seeds and screenshot them into docs/.

Usage:  python scripts/screenshot_readme.py [--docs docs] [--shared ../shared] [--html DIR]

Writes, at 1280x800 in Chromium:
  docs/brief.png          the demo's brief, top of the page (what a reader sees first)
  docs/glance-seeds.png   the seeds' brief, top of the page (skipped without ../shared)
  docs/chart-conflict.png the seeds' (else the demo's) first conflict chart, by outlet
  docs/chart-timeline.png the demo's timeline chart

Needs Debian's Chromium at /usr/bin/chromium and the playwright python package; never runs
`playwright install`. Each corpus is ingested into a temporary store, its largest story
briefed and rendered with render_html (standalone).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
VIEW = {"width": 1280, "height": 800}


def brief_html(files: list[str]) -> str:
    """The standalone HTML brief of the largest story among ``files``."""
    from consilience import pipeline
    from consilience.render_html import render_html
    from consilience.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "brief.db"))
        report = pipeline.ingest(store, files)
        briefs = pipeline.briefs_for_ids(store, report.ids)
        brief = max(briefs, key=lambda b: (len(b["story"]["articles"]), b["story"]["id"]))
        texts = pipeline.article_texts(store, [a["id"] for a in brief["story"]["articles"]])
        store.close()
    return render_html(brief, texts)


def demo_html() -> str:
    """The demo corpus's brief (kept for callers of the earlier script)."""
    demo = ROOT / "src" / "consilience" / "demo"
    return brief_html(
        sorted(str(p) for p in demo.iterdir() if p.is_file() and p.name != "README.md")
    )


def _shared(arg: str | None) -> Path | None:
    for cand in (arg, os.environ.get("CONSILIENCE_SHARED"), str(ROOT.parent / "shared")):
        if cand and (Path(cand) / "seeds").is_dir():
            return Path(cand)
    return None


def _open(browser, html: str, where: Path):
    where.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport=VIEW, device_scale_factor=1)
    page.goto(where.resolve().as_uri())
    return page


def _chart_shot(page, out: Path) -> None:
    detail = page.locator("details.conflict").first
    detail.evaluate("d => d.open = true")
    detail.screenshot(path=str(out))


def shoot(browser, docs: Path, pages: Path, shared: Path | None) -> list[Path]:
    """Take the screenshots; returns the files written."""
    written = []
    demo = _open(browser, demo_html(), pages / "demo.html")
    demo.screenshot(path=str(docs / "brief.png"))
    demo.locator("figure.tl-fig").screenshot(path=str(docs / "chart-timeline.png"))
    written += [docs / "brief.png", docs / "chart-timeline.png"]
    chart_page = demo
    if shared is not None:
        seeds = sorted(str(p) for p in (shared / "seeds").iterdir() if p.is_file())
        chart_page = _open(browser, brief_html(seeds), pages / "seeds.html")
        chart_page.screenshot(path=str(docs / "glance-seeds.png"))
        written.append(docs / "glance-seeds.png")
    _chart_shot(chart_page, docs / "chart-conflict.png")
    written.append(docs / "chart-conflict.png")
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", default=str(ROOT / "docs"))
    ap.add_argument("--shared", default=None, help="the shared data dir holding seeds/")
    ap.add_argument("--html", default=None, help="also keep the rendered pages in this dir")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    docs = Path(args.docs)
    docs.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        pages = Path(args.html) if args.html else Path(tmp)
        pages.mkdir(parents=True, exist_ok=True)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        written = shoot(browser, docs, pages, _shared(args.shared))
        browser.close()
    for path in written:
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
