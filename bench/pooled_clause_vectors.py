"""Could a claim clause's vector come from its sentence's pass through the model?

all-MiniLM-L6-v2 mean-pools its last layer, so the tokens of a clause inside its sentence
can be pooled from the one forward pass per sentence, and the clause would cost no model
call of its own. This prints how close such pooled vectors are to the vectors ingest stores
today (the clause embedded alone), on the claim clauses that are not whole sentences:

* agreement: cosine(pooled, direct) per clause (mean, 10th percentile, minimum);
* pair correlation: Pearson correlation, over every pair of clauses, of cosine(direct a,
  direct b) with cosine(pooled a, pooled b) — what the aligner actually compares;
* mean |difference| of those pair cosines where the direct one is >= 0.5.

    python bench/pooled_clause_vectors.py            # the seeds (../shared) and 40 ECB+ articles
    python bench/pooled_clause_vectors.py --ecb 100
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpora  # noqa: E402


def _ecb_articles(n: int) -> list:
    return corpora.ecbplus_articles(n)


def _seed_articles() -> list:
    from consilience.normalise import read_articles

    files = sorted(str(p) for p in (corpora.shared_dir() / "seeds").glob("*.txt"))
    return [a for a in read_articles(files) if hasattr(a, "text")]


def pooled(sentence: str, span: tuple[int, int]) -> np.ndarray:
    """Unit vector ``(384,)``: the mean of the last-layer token vectors of the word pieces of
    ``sentence`` that overlap ``span`` (character offsets into ``sentence``)."""
    import torch

    from consilience import embed

    model = embed.load_model()
    enc = model.tokenizer(
        sentence,
        return_offsets_mapping=True,
        truncation=True,
        max_length=model.max_seq_length,
        return_tensors="pt",
    )
    offsets = enc.pop("offset_mapping")[0].tolist()
    with torch.inference_mode():
        tokens = model(dict(enc))["token_embeddings"][0].numpy()
    rows = [i for i, (a, b) in enumerate(offsets) if b > a and a < span[1] and b > span[0]]
    vec = tokens[rows].mean(0)
    return vec / np.linalg.norm(vec)


def compare(articles: list) -> dict[str, float]:
    """Direct and pooled vectors of every non-whole-sentence claim of ``articles``."""
    from consilience import analyse, brief, embed
    from consilience.claims import is_whole_sentence, sentence_spans
    from consilience.model import Analysis

    direct, pool = [], []
    for article in articles:
        analysis = Analysis(article, analyse.load_nlp()(article.text))
        spans = sentence_spans(analysis.doc)
        claims = [c for c in brief.extract(analysis).claims if not is_whole_sentence(c, spans)]
        if not claims:
            continue
        direct.extend(embed.embed_texts([c.text for c in claims]))
        for c in claims:
            s, e = spans[c.sentence]
            pool.append(pooled(article.text[s:e], (c.start - s, c.end - s)))
    d, p = np.array(direct), np.array(pool)
    agree = (d * p).sum(1)
    upper = np.triu_indices(len(d), 1)
    cd, cp = (d @ d.T)[upper], (p @ p.T)[upper]
    close = cd >= 0.5
    return {
        "clauses": len(d),
        "agreement_mean": float(agree.mean()),
        "agreement_p10": float(np.percentile(agree, 10)),
        "agreement_min": float(agree.min()),
        "pair_correlation": float(np.corrcoef(cd, cp)[0, 1]),
        "pair_abs_diff_where_direct_ge_0.5": float(np.abs(cd - cp)[close].mean()),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ecb", type=int, default=40, help="first N ECB+ articles")
    args = ap.parse_args(argv)
    if corpora.shared_dir() is None:
        print("../shared not found; nothing to measure")
        return
    for name, articles in (
        ("seeds", _seed_articles()),
        (f"ecb+{args.ecb}", _ecb_articles(args.ecb)),
    ):
        res = compare(articles)
        print(
            f"{name}: "
            + ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in res.items()
            )
        )


if __name__ == "__main__":
    main(sys.argv[1:])
