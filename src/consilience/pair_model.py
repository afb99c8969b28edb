"""The learned claim-pair scorer: probability that two claims of two articles state one claim.

    probability(features) -> float in 0..1        # features: align.learned_features(...)
    probabilities(model, x (n, k)) -> (n,) array
    threshold() -> float                            # the shipped decision threshold

A logistic regression over standardised features (``mean``, ``scale``, ``coef``,
``intercept``), fitted on every annotated claim pair the repository holds by
``python bench/fit_pair_model.py --cache DIR --write`` (deterministic) and stored as the
package-data file ``pair_model.json`` beside this module, with the feature names it expects
(:data:`consilience.align.LEARNED_FEATURES`) and its threshold, chosen on out-of-fold
scores for a pair precision of ``target_precision``. Inference is one dot product: no model
is loaded at brief time but this small table.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

#: the shipped weights (package data)
WEIGHTS_FILE = Path(__file__).with_name("pair_model.json")


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The shipped model as stored in :data:`WEIGHTS_FILE` (keys ``mean``, ``scale``,
    ``coef``, ``intercept``, ``threshold``, ``features``). Raises FileNotFoundError when the
    file is missing and ValueError when its vectors differ in length."""
    data = json.loads(WEIGHTS_FILE.read_text())
    k = len(data["features"])
    if not len(data["mean"]) == len(data["scale"]) == len(data["coef"]) == k:
        raise ValueError(f"{WEIGHTS_FILE.name}: vectors do not match its {k} features")
    return data


def features() -> tuple[str, ...]:
    """Names of the features the shipped model expects, in order."""
    return tuple(model()["features"])


def threshold() -> float:
    """Probability at which the shipped model takes two claims as one claim."""
    return float(model()["threshold"])


def probabilities(m: dict[str, Any], x: np.ndarray) -> np.ndarray:
    """Probabilities ``(n,)`` of model ``m`` (the keys of :func:`model`) for feature rows
    ``x`` of shape ``(n, k)``."""
    z = ((x - np.asarray(m["mean"])) / np.asarray(m["scale"])) @ np.asarray(m["coef"])
    return 1.0 / (1.0 + np.exp(-(z + m["intercept"])))


def probability(row: Sequence[float]) -> float:
    """Probability (0..1) of the shipped model for one pair's features (the order of
    :func:`features`). Raises ValueError when the row has another length."""
    m = model()
    if len(row) != len(m["coef"]):
        raise ValueError(f"expected {len(m['coef'])} features, got {len(row)}")
    z = m["intercept"]
    for v, mu, s, w in zip(row, m["mean"], m["scale"], m["coef"], strict=True):
        z += w * (v - mu) / s
    return 1.0 / (1.0 + math.exp(-z))
