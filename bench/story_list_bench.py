"""Story list at scale: ``GET /`` over a store of N synthetic stories, against ``GET /healthz``.

A store is filled directly (articles, appearances, the stored story list; no model, no
clustering), its per-story counts written once by ``story_counts.refresh`` (the step that
runs after an ingest), then ``GET /``, ``GET /?page=LAST`` and ``GET /api/stories`` are timed
with the TestClient; the figure reported is each median divided by the median of
``GET /healthz`` measured in the same run.

    python bench/story_list_bench.py [--stories 10000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from consilience import pipeline, story_counts
from consilience.model import Story
from consilience.store import Store
from consilience.web import create_app

OUTLETS = ["Northern Ledger", "Coast Radio", "Valley Times", "Metro Wire", "Island Post"]


def fill(path: Path, n: int) -> None:
    """Store ``n`` stories of 1-4 synthetic articles each, and the story list over them."""
    articles, stories = [], []
    for k in range(n):
        ids = [f"syn{k:06d}-{j}" for j in range(1 + k % 4)]
        for j, aid in enumerate(ids):
            title = f"Synthetic event {k} report {j}"
            day = f"2026-{1 + k % 12:02d}-{1 + j:02d}"
            articles.append((aid, f"synthetic/{aid}.txt", OUTLETS[(k + j) % 5], title, day))
        stories.append(Story(f"story-{k:06d}", f"Synthetic event {k}", ids))
    with Store(path) as store, store.transaction():
        store.conn.executemany(
            "INSERT INTO articles (id, source, outlet, title, published, language, text, "
            "boilerplate) VALUES (?, ?, ?, ?, ?, 'en', ?, '[]')",
            [(a, s, o, t, d, t + ".") for a, s, o, t, d in articles],
        )
        store.conn.executemany(
            "INSERT INTO appearances (article_id, source, outlet, title, published) "
            "VALUES (?, ?, ?, ?, ?)",
            articles,
        )
        doc = {
            "digest": pipeline._listing_digest(store),
            "stories": [
                {"id": s.id, "title": s.title, "articles": s.articles, "duplicates": {}}
                for s in stories
            ],
        }
        store.put_state(pipeline.STORY_LIST_KEY, json.dumps(doc).encode("utf-8"))


def median_ms(client: TestClient, url: str, repeat: int) -> float:
    """Median wall time of ``GET url`` in milliseconds (after one warm-up request)."""
    assert client.get(url).status_code == 200
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        fill(path, args.stories)
        with Store(path) as store:
            t0 = time.perf_counter()
            pipeline.list_stories(store)  # writes the per-story counts once
            refresh_s = time.perf_counter() - t0
            assert story_counts.page_rows(store, "", 1)[1] == args.stories
        client = TestClient(create_app(str(path)), base_url="http://127.0.0.1")
        pages = client.get("/api/stories").json()["pages"]
        base = median_ms(client, "/healthz", args.repeat)
        print(f"stories: {args.stories}  counts written in {refresh_s:.2f} s (once, after ingest)")
        print(f"GET /healthz          median {base:8.2f} ms")
        for url in ("/", f"/?page={pages}", "/api/stories", "/?q=event+9999"):
            ms = median_ms(client, url, args.repeat)
            print(f"GET {url:<18} median {ms:8.2f} ms  ratio to /healthz {ms / base:6.1f}")


if __name__ == "__main__":
    main()
