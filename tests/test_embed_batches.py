"""Embedding batches: texts reach the model grouped by word-piece length, so short clauses
are not padded to long sentences, and each text keeps the vector the model gives it alone."""

from __future__ import annotations

import numpy as np
import pytest

from consilience import embed

# Character length and word-piece length disagree on purpose: figures, codes and long
# rare words cost many pieces for few characters; plain short words cost one piece each.
MIXED = [
    "The ferry from Kelmora to Ardst left at 07:45 with 312 passengers aboard.",
    "Xq-7741/B, RZ-88k; 4.5e-3 mm/s²",
    "Harbour officials said the crossing was calm and the ship docked on time.",
    "It rained.",
    "A tug named Pellucid Wanderer escorted the vessel past the breakwater lights.",
    "KV-2209, 18.04.2031, 14:22:07 UTC, 61°12′N 4°55′E",
    "Crews cheered.",
    "The port authority of Ardst expects 40 per cent more traffic by the end of 2032.",
]


def _padded_tokens(batches: list[list[str]]) -> tuple[int, int]:
    """(real word pieces, padded word pieces) over ``batches`` of texts."""
    real = padded = 0
    for texts in batches:
        lengths = embed.token_lengths(texts)
        real += sum(lengths)
        padded += max(lengths) * len(lengths)
    return real, padded


def test_length_batches_groups_sorted_lengths_within_both_caps():
    lengths = [30, 4, 12, 5, 30, 60, 4, 11, 200]
    groups = embed.length_batches(lengths, batch_size=3, max_tokens=70)
    assert sorted(k for g in groups for k in g) == list(range(len(lengths)))
    flat = [lengths[k] for g in groups for k in g]
    assert flat == sorted(flat)  # one pass over the sorted lengths
    for g in groups:
        assert len(g) <= 3
        assert len(g) == 1 or max(lengths[k] for k in g) * len(g) <= 70
    # ties keep input order, so the grouping is a fixed function of the input
    assert groups[0][:2] == [1, 6]
    assert groups[-1] == [8]  # longer than the cap alone: a batch of its own


def test_length_batches_rejects_an_empty_batch_size():
    with pytest.raises(ValueError):
        embed.length_batches([3, 4], batch_size=0, max_tokens=100)


def test_model_calls_group_texts_by_word_pieces_not_characters(monkeypatch):
    model = embed.load_model()
    seen: list[list[str]] = []
    real_encode = model.encode

    def encode(texts, **kwargs):
        seen.append(list(dict.fromkeys(texts)))  # without the copies that fill a call
        return real_encode(texts, **kwargs)

    monkeypatch.setattr(model, "encode", encode)
    monkeypatch.setattr(embed, "BATCH_TOKENS", 10_000)
    embed.embed_texts(MIXED, batch_size=2)
    assert sorted(t for b in seen for t in b) == sorted(MIXED)
    real, padded = _padded_tokens(seen)
    # sorted by characters, the coded strings share batches with much shorter-piece texts
    by_chars = sorted(MIXED, key=len)
    _, padded_by_chars = _padded_tokens([by_chars[k : k + 2] for k in range(0, len(MIXED), 2)])
    assert padded < padded_by_chars
    assert padded - real <= 0.25 * real


def test_each_text_keeps_the_vector_it_has_alone():
    together = embed.embed_texts(MIXED)
    alone = np.stack([embed.embed_texts([t])[0] for t in MIXED])
    assert together.shape == (len(MIXED), embed.DIM)
    assert together.dtype == np.float32
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_embedding_the_same_texts_again_gives_the_same_bytes():
    a = embed.embed_texts(MIXED)
    b = embed.embed_texts(MIXED)
    assert a.tobytes() == b.tobytes()


def test_every_model_call_holds_the_same_number_of_texts(monkeypatch):
    """One shape per call: on AVX-512 machines a vector moved with its call's size."""
    model = embed.load_model()
    sizes: list[int] = []
    real_encode = model.encode

    def encode(texts, **kwargs):
        sizes.append(len(texts))
        return real_encode(texts, **kwargs)

    monkeypatch.setattr(model, "encode", encode)
    embed.embed_texts(MIXED[:3])
    embed.embed_texts(MIXED)
    assert set(sizes) == {embed.CALL_ROWS}
    one = embed.embed_texts(MIXED[:1])[0]
    assert np.array_equal(one, embed.embed_texts(MIXED[:3])[0])
