"""Shared fixtures: locations of the demo corpus and of ../shared (skip cleanly if absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "consilience" / "demo"


def shared_dir() -> Path | None:
    env = os.environ.get("CONSILIENCE_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if cand.is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def nlp():
    """The packaged spaCy pipeline, loaded once per test session."""
    from consilience.analyse import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def make(nlp):
    """``make(text, aid)`` -> an Analysis of ``text`` as article ``aid``."""
    from consilience.model import Analysis, Article

    def _make(text: str, aid: str = "a1") -> Analysis:
        return Analysis(Article(id=aid, source=f"{aid}.txt", text=text), nlp(text))

    return _make


@pytest.fixture(scope="session")
def make_ctx():
    """``make_ctx(*texts, published=[...])`` -> a StoryContext of one story: spaCy analyses,
    extracted quantities and sentence vectors, articles ``a0``, ``a1``, ... of outlets
    "Outlet 0", ...; ``published`` holds day-only dates, as normalise stores them."""
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Article, Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities

    def build(*texts: str, published: list[str | None] | None = None) -> StoryContext:
        pubs = published or [None] * len(texts)
        articles = [
            Article(id=f"a{i}", source=f"a{i}.txt", text=t, outlet=f"Outlet {i}", published=p)
            for i, (t, p) in enumerate(zip(texts, pubs, strict=True))
        ]
        analyses = list(analyse(articles))
        extractions = {
            a.article.id: Extraction(a.article.id, quantities=extract_quantities(a))
            for a in analyses
        }
        vecs = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
        story = Story("s", "test", [a.article.id for a in analyses])
        return StoryContext(story, analyses, extractions, vecs)

    return build


def load_bench(name: str):
    """Import ``bench/NAME.py`` (benchmarks are scripts, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: a Thursday the date tests publish their articles on
THURSDAY = "2026-05-07"


def timeline_of(texts: dict[str, str], published: str = THURSDAY) -> dict:
    """``build_timeline`` of one story: article id -> text, all published on ``published``
    (shared by the per-session date tests)."""
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(load_bench("corpora").build_context(arts))


def reading_values(conflict: dict) -> dict[str, str]:
    """article id -> value of each reading of a timeline conflict."""
    return {r["article"]: r["value"] for r in conflict["readings"]}


@pytest.fixture(scope="session")
def bench():
    """bench/corpora.py: the annotated corpora shared by tests and the benchmarks."""
    return load_bench("corpora")


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("../shared is not present")
    return found


@pytest.fixture(scope="session")
def demo_files() -> list[str]:
    from consilience.cli import demo_files

    return demo_files()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="session")
def browser():
    """One launched headless Chromium (Debian's, through playwright) for every browser test
    of the session: playwright's sync API allows one running instance per thread, so the
    browser test modules share this one."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL server for the session (consilience.store_pg_server: its own
    initdb/pg_ctl cluster in a temp folder on a free local port, run as an unprivileged
    user when the tests run as root, removed afterwards). Skips when no server is installed."""
    pytest.importorskip("psycopg")
    from consilience.store_pg_server import TempPostgres, server_bin_dir

    if server_bin_dir() is None:
        pytest.skip(
            "no PostgreSQL server binaries (initdb, pg_ctl): bash scripts/install.sh --test"
        )
    server = TempPostgres()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The URL of a new, empty database on the session's server, dropped afterwards."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    yield pg_server.url(name)
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path) -> str:
    """A store address for each backend: a new SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    return request.getfixturevalue("pg_url")


def story_fact_conflicts(texts, published: list[str] | None, day: str) -> list[list[str]]:
    """The fact conflicts of ``texts`` briefed as one story: per conflict, the cited text of
    each reading (article ids ``x0``, ``x1``, ... in input order; each published on
    ``published[i]``, else on ``day``). Shared by the per-session statement tests."""
    from consilience.consensus import build_claims
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles

    days = published or [day] * len(texts)
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=d)
        for i, (t, d) in enumerate(zip(texts, days, strict=True))
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return [
        [r["text"] for r in c["readings"]]
        for c in build_claims(ctx)["conflicts"]
        if c["kind"] == "fact"
    ]


def disputed(conflicts: list[list[str]], *words: str) -> bool:
    """Some conflict has readings holding each of ``words``."""
    return any(all(any(w in r for r in readings) for w in words) for readings in conflicts)
