"""Entity anchors: what an article says *around* each name it gives, for story grouping.

Reports of one event written in very different styles (a family's story, a press release, a
Q&A explainer) share few words and few parsed claims with the wire copy, but each names the
event's place, operator or people in a sentence that tells what happened there ("during the
breakdown on Karsk Ridge" beside "the chairlift at Karsk Ridge stopped"). Other events of the
same day and town name the same place in sentences about something else ("drivers heading to
Karsk Ridge will pay more to park").

An article's **anchors** map each named entity of its first :data:`ANCHOR_SENTENCES`
sentences (people, organisations, places, facilities, products, events, works, laws: not
dates or numbers) to the unit mean of the sentence vectors (all-MiniLM-L6-v2, 384-d) of the
sentences that name it. Two articles are **anchored** to one event
(:func:`anchor_similarity`) when one entity they both name is said about in sentences the
embedder finds close: the embedder's similarity under the argument constraint of a shared
name, not topic words.

Two *stories* (lists of anchor maps) are compared by the names they say alike about
(:func:`alike_keys`), counted as distinct names (:func:`name_groups`: keys sharing a word are
one name), and by the names each story's reports agree on (:func:`core_names`) that the
other names (:func:`named_share`).

Anchors travel as strings (:func:`encode` / :func:`decode`: int8, base64) so the store can
keep them beside an item's entities.
"""

from __future__ import annotations

import base64
from collections.abc import Collection, Mapping, Sequence

import numpy as np

#: spaCy labels of names that anchor an event (not DATE, TIME, numbers, ...)
ANCHOR_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)

#: the first sentences (boilerplate aside) whose names give anchors
ANCHOR_SENTENCES = 8

#: at most this many anchors per article (first named first)
ANCHOR_MAX = 10

_SCALE = 127.0


def entity_key(text: str) -> str:
    """The matching key of an entity mention: casefolded, whitespace collapsed, a leading
    article and a trailing possessive dropped ("The Eagle Express's" -> "eagle express")."""
    key = " ".join(text.casefold().split())
    for lead in ("the ", "a ", "an "):
        if key.startswith(lead):
            key = key[len(lead) :]
    for tail in ("'s", "\u2019s", "'", "\u2019"):
        if key.endswith(tail):
            key = key[: -len(tail)]
    return key.strip()


def anchor_vectors(
    sentence_ents: Sequence[Sequence[tuple[str, str]]], vectors, keep: Sequence[int]
) -> dict[str, np.ndarray]:
    """``{entity key: unit (384,) float32 vector}`` of one article.

    ``sentence_ents``: per sentence, its entity mentions as ``(text, spaCy label)``;
    ``vectors``: (n_sentences, 384) unit sentence vectors; ``keep``: the sentence numbers
    that count (in order; the first :data:`ANCHOR_SENTENCES` are used). A key's vector is
    the normalised mean of the vectors of the kept sentences naming it; keys without a
    letter or of one character are skipped. Raises IndexError when ``keep`` names a
    sentence ``vectors`` lacks."""
    rows: dict[str, list[int]] = {}
    for k in list(keep)[:ANCHOR_SENTENCES]:
        for text, label in sentence_ents[k]:
            key = entity_key(text)
            if label in ANCHOR_LABELS and len(key) > 1 and any(c.isalpha() for c in key):
                if key in rows or len(rows) < ANCHOR_MAX:
                    rows.setdefault(key, []).append(k)
    sv = np.asarray(vectors, dtype=np.float32)
    out = {}
    for key, ks in rows.items():
        v = sv[sorted(set(ks))].mean(axis=0)
        n = float(np.linalg.norm(v))
        if n > 0:
            out[key] = v / n
    return out


def anchor_similarity(
    a: Mapping[str, np.ndarray], b: Mapping[str, np.ndarray]
) -> tuple[float, str | None]:
    """(best cosine, its entity key) over the entities two articles both anchor; (0.0, None)
    when they share none. Ties go to the key that sorts first."""
    best, where = 0.0, None
    for key in sorted(set(a) & set(b)):
        cos = float(np.dot(a[key], b[key]))
        if cos > best:
            best, where = cos, key
    return best, where


def alike_keys(
    a: Sequence[Mapping[str, np.ndarray]],
    b: Sequence[Mapping[str, np.ndarray]],
    bar: float,
    keys: Collection[str] | None = None,
) -> set[str]:
    """The entity keys that an article of ``a`` and an article of ``b`` (each a list of
    anchor maps, one per article) both anchor in sentences the embedder finds close: cosine
    of the two anchors at least ``bar``. ``keys``: only these keys count (None: all)."""
    found: set[str] = set()
    for x in a:
        for y in b:
            for key in set(x) & set(y):
                if key in found or (keys is not None and key not in keys):
                    continue
                if float(np.dot(x[key], y[key])) >= bar:
                    found.add(key)
    return found


def _words(key: str) -> frozenset[str]:
    return frozenset(key.split())


def name_groups(keys: Collection[str]) -> list[set[str]]:
    """``keys`` grouped into names: keys sharing a word are one name ("calder county",
    "industrial safety board" and "calder county industrial safety board" are one).
    Groups in a deterministic order (by their first key)."""
    groups: list[tuple[set[str], set[str]]] = []  # (words, keys)
    for key in sorted(keys):
        words, members = set(_words(key)), {key}
        for g in [g for g in groups if g[0] & words]:
            groups.remove(g)
            words |= g[0]
            members |= g[1]
        groups.append((words, members))
    return sorted((g[1] for g in groups), key=min)


def distinct_names(keys: Collection[str]) -> int:
    """How many names ``keys`` hold (:func:`name_groups`)."""
    return len(name_groups(keys))


def core_names(maps: Sequence[Mapping[str, np.ndarray]]) -> set[str]:
    """The entity keys anchored by more than half of ``maps`` (one anchor map per article
    of a story): the names its reports agree the story is about."""
    counts: dict[str, int] = {}
    for m in maps:
        for key in m:
            counts[key] = counts.get(key, 0) + 1
    return {k for k, c in counts.items() if 2 * c > len(maps)}


def named_share(core: Collection[str], keys: Collection[str]) -> float:
    """The share of the names of ``core`` (:func:`name_groups`) that ``keys`` name: a key of
    the name itself, or one whose words contain its words or are contained in them
    ("halden" / "halden brewing"). 1.0 when ``core`` is empty."""
    groups = name_groups(core)
    if not groups:
        return 1.0
    words = [_words(k) for k in keys]

    def named(c: str) -> bool:
        return any(_words(c) <= w or w <= _words(c) for w in words)

    return sum(any(named(c) for c in g) for g in groups) / len(groups)


def encode(vector) -> str:
    """A unit vector as text: int8 (x 127, rounded) in base64 (ASCII)."""
    v = np.clip(np.rint(np.asarray(vector, dtype=np.float32) * _SCALE), -127, 127)
    return base64.b64encode(v.astype(np.int8).tobytes()).decode("ascii")


def decode(text: str) -> np.ndarray:
    """The unit float32 vector of :func:`encode` (cosine >= 0.999 to the original).
    Raises ValueError (binascii.Error) on text that is not base64."""
    v = np.frombuffer(base64.b64decode(text.encode("ascii")), dtype=np.int8).astype(np.float32)
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v
