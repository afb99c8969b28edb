"""Where the cold run's CPU goes, stage by stage, in one process (no worker processes).

Runs the real cold path (``pipeline.ingest`` then ``pipeline.iter_briefs`` with
``CONSILIENCE_PROCESSES=1`` and one torch thread) on the first N ECB+ articles with CPU
timers (``time.process_time``, so the figures hold still on a shared machine) wrapped
around its stages: spaCy, serialising Docs, each extractor, each unit-text builder, the
embedding calls, story items, store writes, the story index, context loading and each
brief section. Then embeds the corpus's sentences alone once more (what the floor's
embedding half costs) and prints a table; ``--profile`` adds a cProfile summary.

    python bench/cold_cpu.py --limit 200
    python bench/cold_cpu.py --limit 100 --profile 40
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import functools
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

CPU: collections.Counter = collections.Counter()
_STACK: list[str] = []


def timed(label: str, func):
    """``func`` wrapped so its CPU seconds, minus those of timed calls inside it, add to
    ``CPU[label]`` (exclusive times: the stages add up to the total)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        _STACK.append(label)
        inner_before = CPU["__inner__" + str(len(_STACK))]
        try:
            return func(*args, **kwargs)
        finally:
            spent = time.process_time() - start
            depth = str(len(_STACK))
            inner = CPU["__inner__" + depth] - inner_before
            _STACK.pop()
            CPU[label] += spent - inner
            CPU["__inner__" + str(len(_STACK))] += spent

    return wrapper


def _timed_generator(label: str, func):
    """A generator function's CPU, item by item, as :func:`timed` counts calls."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        it = iter(func(*args, **kwargs))
        step = timed(label, lambda: next(it, _END))
        while (item := step()) is not _END:
            yield item

    return wrapper


_END = object()


def instrument() -> None:
    """Wrap the cold path's stages with :func:`timed` (module attributes, before use)."""
    from consilience import analyse, brief, embed, pipeline, stories
    from consilience.store import Store

    for name, (entry, _cls) in brief.EXTRACTORS.items():
        mod, fn = entry.split(":")
        module = __import__(mod, fromlist=[fn])
        setattr(module, fn, timed(f"extract:{name}", getattr(module, fn)))
    for name, entry in brief.UNIT_TEXTS.items():
        mod, fn = entry.split(":")
        module = __import__(mod, fromlist=[fn])
        setattr(module, fn, timed(f"unit texts:{name}", getattr(module, fn)))
    for entry in brief.SECTIONS:
        mod, fn = entry.split(":")
        module = __import__(mod, fromlist=[fn])
        setattr(module, fn, timed(f"brief:{mod.split('.')[-1]}.{fn}", getattr(module, fn)))
    brief.build_brief = timed("brief:assembly", brief.build_brief)
    brief._resolve.cache_clear()
    analyse.analyse = _timed_generator("spacy", analyse.analyse)
    analyse.doc_to_bytes = timed("doc to bytes", analyse.doc_to_bytes)
    analyse.doc_from_bytes = timed("doc from bytes", analyse.doc_from_bytes)
    embed.embed_texts = timed("embedding", embed.embed_texts)
    brief.extraction_from_json = timed("extraction from json", brief.extraction_from_json)
    brief.extraction_to_json = timed("extraction to json", brief.extraction_to_json)
    stories.item_from_analysis = timed("story items", stories.item_from_analysis)
    pipeline.put_results = timed("store writes", pipeline.put_results)
    pipeline.update_stories = timed("story index", pipeline.update_stories)
    pipeline.group_stories = timed("story grouping", pipeline.group_stories)
    pipeline._stored_context = timed("brief:load context", pipeline._stored_context)
    from consilience import normalise

    normalise.read_articles = _timed_generator("read + normalise", normalise.read_articles)
    Store.transaction = _timed_cm("store commit", Store.transaction)


def _timed_cm(label: str, cm_func):
    """A context-manager method whose enter and exit (the commit) are timed."""

    @contextlib.contextmanager
    def wrapper(*args, **kwargs):
        cm = cm_func(*args, **kwargs)
        value = timed(label, cm.__enter__)()
        try:
            yield value
        except BaseException as exc:
            if not timed(label, cm.__exit__)(type(exc), exc, exc.__traceback__):
                raise
        else:
            timed(label, cm.__exit__)(None, None, None)

    return wrapper


def run(limit: int, profile: int) -> dict:
    """Ingest and brief the first ``limit`` ECB+ articles; CPU seconds per stage."""
    os.environ["CONSILIENCE_PROCESSES"] = "1"
    os.environ["CONSILIENCE_TORCH_THREADS"] = "1"
    import throughput

    from consilience import analyse, embed

    nlp = analyse.load_nlp()
    embed.load_model()
    import torch

    torch.set_num_threads(1)
    instrument()
    from consilience import pipeline
    from consilience.store import Store

    prof = cProfile.Profile() if profile else None
    with tempfile.TemporaryDirectory() as tmp:
        corpus = str(throughput.build_corpus(Path(tmp), 1, limit))
        start = time.process_time()
        if prof:
            prof.enable()
        with Store(str(Path(tmp) / "s.db")) as store:
            report = pipeline.ingest(store, [corpus], processes=1)
            n_briefs = sum(1 for _ in pipeline.iter_briefs(store, report.ids))
        if prof:
            prof.disable()
        total = time.process_time() - start
        from consilience.normalise import read_articles

        texts = [a.text for a in read_articles([corpus]) if hasattr(a, "text")]
    stages = {k: v for k, v in CPU.items() if not k.startswith("__")}
    stages["other (cold run, untimed)"] = total - sum(stages.values())
    t = time.process_time()
    sentences = [s.text for d in nlp.pipe(texts, batch_size=64) for s in d.sents]
    floor_spacy = time.process_time() - t
    embed_fn = embed.embed_texts.__wrapped__
    t = time.process_time()
    embed_fn(sentences)
    floor_embed = time.process_time() - t
    summary = ""
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(profile)
        summary = buf.getvalue()
    return {
        "articles": len(texts),
        "briefs": n_briefs,
        "total": total,
        "stages": stages,
        "floor_spacy": floor_spacy,
        "floor_embed": floor_embed,
        "profile": summary,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--profile", type=int, default=0, help="print the top N functions")
    args = ap.parse_args(argv)
    import corpora

    if corpora.shared_dir() is None:
        print("../shared not found; nothing to measure")
        return
    res = run(args.limit, args.profile)
    floor = res["floor_spacy"] + res["floor_embed"]
    print(f"{res['articles']} articles, {res['briefs']} briefs, one process, CPU seconds")
    print(f"floor: spaCy {res['floor_spacy']:.1f} + sentences embedded {res['floor_embed']:.1f}")
    print(f"cold total {res['total']:.1f} = {res['total'] / floor:.2f} x floor {floor:.1f}")
    print("| stage | CPU s | share of cold |")
    print("|---|---:|---:|")
    for label, cpu in sorted(res["stages"].items(), key=lambda kv: -kv[1]):
        print(f"| {label} | {cpu:.2f} | {cpu / res['total']:.1%} |")
    if res["profile"]:
        print(res["profile"])


if __name__ == "__main__":
    main(sys.argv[1:])
