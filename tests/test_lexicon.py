"""WordNet relations (lexicon.py): synonyms, antonyms, derivations, entailments."""

from __future__ import annotations

import pickle

from consilience import lexicon


def test_synonyms_and_same_sense() -> None:
    assert "sanction" in lexicon.synonyms("approve", "v")
    assert "approve" not in lexicon.synonyms("approve", "v")
    assert lexicon.same_sense("quit", "resign", "v")
    assert not lexicon.same_sense("resign", "arrive", "v")


def test_direct_and_indirect_antonyms() -> None:
    assert lexicon.antonyms("acquit", "v") == {"convict"}
    assert lexicon.opposite("guilty", "innocent", "a")
    assert lexicon.opposite("increase", "decrease", "v")
    # a satellite adjective opposes through the head it is similar to
    assert lexicon.opposite("deceased", "alive", "a")
    assert not lexicon.opposite("open", "open", "a")
    assert not lexicon.opposite("approve", "sanction", "v")


def test_derivations_and_entailments() -> None:
    assert "evacuate" in lexicon.verbs_of("evacuation")
    assert "closure" in lexicon.nouns_of("close")
    assert "die" in lexicon.entailed("kill")


def test_unknown_words_give_empty_results() -> None:
    assert lexicon.senses("qzxv", "v") == ()
    assert lexicon.synonyms("qzxv", "n") == frozenset()
    assert not lexicon.opposite("qzxv", "open", "a")


def test_cache_round_trip(tmp_path) -> None:
    path = tmp_path / "sub" / "table.pickle"
    lexicon._write(path, {"index": {}, "synsets": {}})
    assert pickle.loads(path.read_bytes()) == {"index": {}, "synsets": {}}
    assert not list(path.parent.glob("*.tmp"))


def test_causes_apart_from_entailments() -> None:
    assert lexicon.caused("kill") == {"die"}
    # "beat" entails winning (the beater's act), it causes nothing of its object
    assert not lexicon.caused("beat")
