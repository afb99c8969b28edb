"""CPU seconds of each ingest stage on the first N ECB+ articles, in one process.

spaCy, serialising the Docs, the extractors, the sentence embeddings and the unit-text
embeddings (``brief.UNIT_TEXTS``), each timed with ``time.process_time`` (torch on one
thread), so the figures hold still on a machine shared with other jobs, unlike wall time.
Also prints the unit texts per kind and the word pieces the model reads.

    python bench/embed_cost.py            # first 150 ECB+ articles from ../shared
    python bench/embed_cost.py --limit 300
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpora  # noqa: E402


def _articles(n: int) -> list:
    return corpora.ecbplus_articles(n, "2000-06-01")


def measure(n: int) -> dict:
    """CPU seconds per stage and text counts over the first ``n`` ECB+ articles."""
    import torch

    from consilience import analyse, brief, embed, pipeline
    from consilience.model import Analysis

    articles = _articles(n)
    nlp, _ = analyse.load_nlp(), embed.load_model()
    torch.set_num_threads(1)
    clock, out = time.process_time, {}
    t = clock()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    out["spacy_s"], t = clock() - t, clock()
    docs = [analyse.doc_from_bytes(analyse.doc_to_bytes(d)) for d in docs]
    out["serialise_s"], t = clock() - t, clock()
    analyses = [Analysis(a, d) for a, d in zip(articles, docs, strict=True)]
    done = [pipeline._extract_stored(a.doc, a.article) for a in analyses]
    out["extract_s"] = clock() - t
    sentences = [s.text for a in analyses for s in a.sentences]
    units = list(dict.fromkeys(u for _data, us in done for u in us))
    t = clock()
    embed.embed_texts(sentences)
    out["embed_sentences_s"], t = clock() - t, clock()
    embed.embed_texts(units)
    out["embed_units_s"] = clock() - t
    kinds: collections.Counter = collections.Counter()
    for a, (data, _us) in zip(analyses, done, strict=True):
        ext = brief.extraction_from_json(a.article.id, data)
        for name, entry in brief.UNIT_TEXTS.items():
            kinds[name] += len(brief._resolve(entry)[0](a, ext))
    out.update(
        articles=len(articles),
        sentences=len(sentences),
        sentence_pieces=sum(embed.token_lengths(sentences)),
        units=len(units),
        unit_pieces=sum(embed.token_lengths(units)),
        units_per_kind=dict(kinds),
    )
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=150)
    args = ap.parse_args(argv)
    if corpora.shared_dir() is None:
        print("../shared not found; nothing to measure")
        return
    res = measure(args.limit)
    for key, value in res.items():
        print(f"{key}: {round(value, 1) if isinstance(value, float) else value}")


if __name__ == "__main__":
    main(sys.argv[1:])
