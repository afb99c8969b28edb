"""A consensus item's text reads alone: no participle's phrase cut from its clause, no
destination cut for a modifier another article leaves out, no speech verb cut from its
hearer (issue #11, session 22, kind 3 of heldout_s21/judged.md).

Every sentence is written for this file, about events unlike the held-out set's.
"""

from __future__ import annotations

from consilience.consensus import _unshared_edge, _with_hearer, fragment


def _span(doc, part: str):
    s = doc.text.index(part)
    return doc.char_span(s, s + len(part), alignment_mode="expand")


def test_a_participle_phrase_without_subject_is_a_fragment(nlp) -> None:
    text = "The river rose overnight, flooding the lower town and cutting the rail line."
    doc = nlp(text)
    part = "flooding the lower town and cutting the rail line"
    s = text.index(part)
    assert fragment(doc, s, s + len(part))


def test_a_clause_with_its_subject_is_no_fragment(nlp) -> None:
    for text in (
        "Police are searching the woods near Alder Creek.",
        "The river rose overnight and flooded the lower town.",
    ):
        doc = nlp(text)
        assert not fragment(doc, 0, len(text) - 1)


def _lemmas(nlp, text: str) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in nlp(text))


def test_a_modifier_alone_does_not_cut_the_destination(nlp) -> None:
    """ "to the university hospital in Brask" beside "to hospital in Brask": the nouns are
    stated, only the modifier is not, so the phrase stays (the text would end at "taken")."""
    text = "The casualties were taken to the nearby hospital in Brask."
    doc = nlp(text)
    clause = _span(doc, text.rstrip("."))
    said = [_lemmas(nlp, "Rescuers carried the casualties to hospital in Brask.")]
    assert _unshared_edge(clause, said) is None


def test_a_phrase_with_an_unshared_noun_is_still_cut(nlp) -> None:
    """Precision: a phrase naming what the other article never names is cut."""
    text = "The casualties were taken to hospital in Brask after a gas explosion."
    doc = nlp(text)
    clause = _span(doc, text.rstrip("."))
    said = [_lemmas(nlp, "The casualties were taken to hospital in Brask.")]
    cut = _unshared_edge(clause, said)
    assert cut is not None
    assert text[cut[0] : cut[1]].strip() == "The casualties were taken to hospital in Brask"


def test_a_speech_verb_keeps_its_hearer(nlp) -> None:
    text = "The bridge will stay closed until May, harbour master Ida Fenn told the council."
    doc = nlp(text)
    told = next(t for t in doc if t.lower_ == "told")
    assert text[: _with_hearer(told)].endswith("told the council")


def test_a_speech_verb_without_hearer_ends_at_itself(nlp) -> None:
    text = "The bridge will stay closed until May, harbour master Ida Fenn said on Friday."
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    assert text[: _with_hearer(said)].endswith("Ida Fenn said")


def test_a_widened_coordination_shows_the_subject_and_the_last_act(nlp) -> None:
    """ "The keeper slipped on the wet path and broke her wrist": an item whose members
    state the broken wrist shows "The keeper broke her wrist", not the slip."""
    from consilience.consensus import subject_gaps

    text = "The keeper slipped on the wet path and broke her wrist."
    doc = nlp(text)
    gaps = subject_gaps(doc, 0, len(text) - 1)
    assert len(gaps) == 1
    s, e = gaps[0]
    assert (text[:s] + " " + text[e:]).rstrip(".") == "The keeper broke her wrist"


def test_a_clause_without_coordination_has_no_subject_gap(nlp) -> None:
    from consilience.consensus import subject_gaps

    text = "The keeper broke her wrist on the wet path."
    assert subject_gaps(nlp(text), 0, len(text) - 1) == []
