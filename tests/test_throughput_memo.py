"""Embedding each distinct text once per run: unpadded batches make a text's vector a
function of the text alone, so the run's memo (``embed.VectorMemo``, ``pipeline.run_memo``)
reuses vectors across batches, processes and kinds of text without changing a byte."""

from __future__ import annotations

import pytest

from consilience import embed, pipeline
from consilience.store import Store

# Texts of many word-piece lengths, some of one length, in an order that is not sorted.
TEXTS = [
    "The glacier above Vintry retreated 41 metres last summer, surveyors said.",
    "Surveyors said.",
    "Meltwater cut a new channel.",
    "A hut built in 1931 now stands on bare rock, the alpine club reported on Friday.",
    "Meltwater cut a new gully.",
    "Ice fell.",
    "Tourists were asked to keep off the lower tongue of the glacier until further notice.",
    "Rock fell.",
]


def test_a_model_call_holds_texts_of_one_word_piece_length():
    lengths = [9, 4, 9, 12, 4, 4, 30, 12]
    groups = embed.length_batches(lengths, batch_size=64, max_tokens=4096)
    assert [[lengths[k] for k in g] for g in groups] == [[4, 4, 4], [9, 9], [12, 12], [30]]
    assert groups[0] == [1, 4, 5]  # ties in input order


def test_a_text_has_the_same_bytes_alone_and_among_others():
    together = embed.embed_texts(TEXTS)
    for text, row in zip(TEXTS, together, strict=True):
        assert embed.embed_texts([text])[0].tobytes() == row.tobytes()
    shuffled = [TEXTS[k] for k in (5, 2, 7, 0, 3, 1, 6, 4)]
    again = embed.embed_texts(shuffled)
    for text, row in zip(shuffled, again, strict=True):
        assert row.tobytes() == together[TEXTS.index(text)].tobytes()


def test_memo_reuses_vectors_and_gives_the_bytes_of_a_fresh_call(monkeypatch):
    memo = embed.VectorMemo(capacity=100)
    seen: list[str] = []
    real = embed.embed_texts

    def spy(texts, **kwargs):
        seen.extend(texts)
        return real(texts, **kwargs)

    monkeypatch.setattr(embed, "embed_texts", spy)
    first = memo.embed(TEXTS[:5])
    second = memo.embed([TEXTS[4], TEXTS[5], TEXTS[0], TEXTS[5]])
    assert seen == TEXTS[:6]  # each distinct text reached the model once
    assert memo.hits == 3
    fresh = real(TEXTS)
    assert first.tobytes() == fresh[:5].tobytes()
    assert second.tobytes() == fresh[[4, 5, 0, 5]].tobytes()


def test_memo_forgets_the_least_recently_used_beyond_its_capacity(monkeypatch):
    memo = embed.VectorMemo(capacity=2)
    calls: list[list[str]] = []
    real = embed.embed_texts
    monkeypatch.setattr(embed, "embed_texts", lambda t, **k: calls.append(list(t)) or real(t))
    memo.embed([TEXTS[0], TEXTS[1]])
    memo.embed([TEXTS[0]])  # TEXTS[0] is now the most recent
    memo.embed([TEXTS[2]])  # evicts TEXTS[1]
    memo.embed([TEXTS[0], TEXTS[1]])
    assert calls == [[TEXTS[0], TEXTS[1]], [TEXTS[2]], [TEXTS[1]]]
    assert memo.embed([TEXTS[1]]).tobytes() == real([TEXTS[1]]).tobytes()


def _corpus(folder, n: int):
    folder.mkdir()
    for k in range(n):
        # every article repeats one wire sentence; batches of two put copies apart
        (folder / f"g{k}.txt").write_text(
            f"Glacier survey {k}\nThe glacier above Vintry retreated {40 + k} metres last "
            "summer. The alpine club closed the old hut on Friday, saying the rock was "
            f"unstable. Guides in Vintry said bookings fell by {k + 3} per cent.\n",
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize("processes", [1, 2])
def test_ingest_embeds_each_distinct_text_once_per_run(tmp_path, monkeypatch, processes):
    folder = _corpus(tmp_path / "in", 6)
    seen: list[str] = []
    real = embed.embed_texts

    def spy(texts, **kwargs):
        seen.extend(texts)
        return real(texts, **kwargs)

    monkeypatch.setattr(embed, "embed_texts", spy)
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest(store, [str(folder)], processes=processes, batch_size=2)
        stored = store.embeddings(embed.model_version(), store.article_ids(), embed.DIM)
    repeated = "The alpine club closed the old hut on Friday, saying the rock was unstable."
    assert repeated not in seen or seen.count(repeated) == 1
    if processes == 1:  # every call in this process: no text twice
        assert repeated in seen and len(seen) == len(set(seen))
    rows = [v for vecs in stored.values() for v in vecs]
    assert len(rows) == 6 * 3  # the title line is the title, not a sentence
    fresh = real([repeated])[0].tobytes()
    assert sum(v.tobytes() == fresh for v in rows) == 6
