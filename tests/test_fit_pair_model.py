"""The learned claim-pair experiment of session 11 (bench/fit_pair_model.py): deterministic
fitting, the threshold rule, and the features of pairs in a story written for this file
(a library fire: a domain none of the annotated sets covers).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from consilience import align


@pytest.fixture(scope="module")
def fitter():
    """bench/fit_pair_model.py as a module."""
    from conftest import load_bench

    return load_bench("fit_pair_model")


def test_fit_is_deterministic(fitter):
    """Two fits of one tiny set give the same weights and threshold, byte for byte."""
    rng = np.random.default_rng(7)
    x = rng.normal(size=(60, 4))
    y = x[:, 0] + 0.5 * rng.normal(size=60) > 0

    def once() -> str:
        model = fitter.fit(x, y)
        return json.dumps([model, fitter.threshold(fitter.probability(model, x), y, 0.9)])

    assert once() == once()


def test_fit_needs_both_classes(fitter):
    with pytest.raises(ValueError):
        fitter.fit(np.zeros((3, 2)), np.array([True, True, True]))


def test_threshold_is_the_lowest_score_at_the_precision(fitter):
    """Scores 0.9 (right), 0.8 (right), 0.7 (wrong), 0.6 (right), 0.5 (wrong): precision
    is 1 down to 0.8, 2/3 at 0.7, 3/4 at 0.6; for 0.75 the threshold is 0.6."""
    p = np.array([0.5, 0.9, 0.6, 0.8, 0.7])
    y = np.array([False, True, True, True, False])
    assert fitter.threshold(p, y, 0.75) == 0.6
    assert fitter.threshold(p, y, 0.9) == 0.8
    assert fitter.threshold(p, np.zeros(5, dtype=bool), 0.5) == 1.0


def _story(make_ctx):
    from consilience.claims import extract_claims

    ctx = make_ctx(
        "Fire gutted the reading room of the Calder Street library on Tuesday night, "
        "destroying about 3,000 books.",
        "Flames swept through the Calder Street library's reading room on Tuesday night; "
        "some 3,000 books went up in smoke.",
    )
    for analysis in ctx.analyses:
        ext = ctx.extractions[analysis.article.id]
        ext.claims = extract_claims(analysis, ext)
    nodes, vecs = align.story_nodes(ctx)
    return nodes, (vecs @ vecs.T).astype(np.float64)


def _at(nodes, start: str) -> int:
    return next(k for k, n in enumerate(nodes) if n.claim.text.startswith(start))


def test_features_mark_each_others_best_match(fitter, make_ctx):
    """'destroying about 3,000 books' / 'some 3,000 books went up in smoke': each is the
    other's closest clause in the other article (margins 0, mutual best 1), with one
    counted figure; 'destroying ...' against the other article's fire clause is not its
    best match (a negative margin)."""
    nodes, sim = _story(make_ctx)
    best = fitter.best_cosines(nodes, sim)
    names = fitter.LEARNED_FEATURES
    i, j = _at(nodes, "destroying"), _at(nodes, "some 3,000 books")
    got = fitter.learned_features(nodes[i], nodes[j], sim[i, j], best, (i, j))
    row = dict(zip(names, got, strict=True))
    assert row["mutual_best"] == 1.0 and row["margin_ab"] == row["margin_ba"] == 0.0
    assert row["figure"] == 1.0
    k = _at(nodes, "Flames swept")
    got = fitter.learned_features(nodes[i], nodes[k], sim[i, k], best, (i, k))
    other = dict(zip(names, got, strict=True))
    assert other["margin_ab"] < 0.0 and other["mutual_best"] == 0.0
