"""A shared line never stops on the object of its verb when that object names an act whose
undergoer follows ("gave its approval | to the bill"): the preposition is the act's argument,
as core as the object itself (held-out s15 kind 11). Sentences written for these tests."""

from __future__ import annotations

from consilience import summary
from consilience.analyse import load_nlp


def _prep_after(sentence: str, noun: str):
    doc = load_nlp()(sentence)
    return next(t for t in doc if t.dep_ == "prep" and doc[t.i - 1].text == noun)


def test_the_undergoer_of_an_act_named_by_the_object_is_core():
    tok = _prep_after("The senate on Monday gave its backing to the water treaty.", "backing")
    assert summary._core(tok)
    tok = _prep_after("Rebels launched an attack on the garrison at dawn.", "attack")
    assert summary._core(tok)


def test_a_place_after_a_thing_is_no_core_argument():
    tok = _prep_after("The trust bought a farmhouse in the valley last year.", "farmhouse")
    assert not summary._core(tok)


def test_a_denying_main_clause_is_read_from_the_parse():
    from consilience.line_voice import denies

    nlp = load_nlp()
    for said in (
        "There was no trace of the missing canoe",
        "Neither pilot was hurt.",
        "The ferry did not sail on Friday.",
    ):
        assert denies(nlp(said), 0, len(said)), said
    for said in ("Divers found the missing canoe off Rask.", "Police said no one was hurt."):
        assert not denies(nlp(said), 0, len(said)), said
