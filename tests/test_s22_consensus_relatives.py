"""A relative clause with a subject of its own states an act: "a quay *where cranes have
unloaded the turbines*" tells that cranes unloaded the turbines, so it may support an item
and, without its "where", be the item's text (issue #11, session 22, kind 1 of
heldout_s21/judged.md: all five articles say storms uncovered the prints, none found).

Every sentence is written for this file, about events unlike the held-out set's.
"""

from __future__ import annotations

from consilience.consensus import fragment, whole_clause, without_complementiser


def _span(text: str, part: str) -> tuple[int, int]:
    s = text.index(part)
    return s, s + len(part)


def test_a_where_clause_without_its_adverb_is_a_whole_clause(nlp) -> None:
    text = "Visitors were kept off the quay where cranes have unloaded the new turbines."
    doc = nlp(text)
    s, e = without_complementiser(
        doc, text, _span(text, "where cranes have unloaded the new turbines")
    )
    assert text[s:e] == "cranes have unloaded the new turbines"
    assert whole_clause(doc, s, e)
    assert not fragment(doc, s, e)


def test_a_relative_whose_gap_the_noun_fills_stays_a_fragment(nlp) -> None:
    """Precision: "our members have had" of "the first good news our members have had"
    lacks its object; no relative adverb opens it."""
    text = "It was the first good news our members have had in years."
    doc = nlp(text)
    s, e = _span(text, "our members have had")
    assert without_complementiser(doc, text, (s, e)) == (s, e)
    assert not whole_clause(doc, s, e)


def test_a_relative_pronoun_clause_is_no_whole_clause(nlp) -> None:
    text = "The ferry, which ran aground near Tarn, was towed to port."
    doc = nlp(text)
    s, e = _span(text, "which ran aground near Tarn")
    assert without_complementiser(doc, text, (s, e)) == (s, e)
    assert not whole_clause(doc, s, e)


def _texts(nlp, text: str):
    from consilience.claim_spans import Texts
    from consilience.model import Analysis, Article, Story, StoryContext

    art = Article(id="k", source="k.txt", text=text, outlet="k.example")
    story = Story(id="s", title="t", articles=["k"])
    ctx = StoryContext(
        story=story, analyses=[Analysis(art, nlp(text))], extractions={}, sentence_vectors={}
    )
    return Texts(ctx)


def _relative(text: str, part: str, predicate: str):
    from consilience.model import Claim

    s, e = _span(text, part)
    return Claim("k", s, e, part, 0, "relative", predicate, predicate)


def test_a_relative_with_its_own_subject_states_an_act(nlp) -> None:
    from consilience.consensus import own_subject_relative

    text = "Visitors were kept off the quay where cranes have unloaded the new turbines."
    c = _relative(text, "where cranes have unloaded the new turbines", "unload")
    assert own_subject_relative(c, _texts(nlp, text))


def test_a_relative_whose_subject_is_its_pronoun_states_an_attribute(nlp) -> None:
    from consilience.consensus import own_subject_relative

    text = "The ferry, which ran aground near Tarn, was towed to port."
    c = _relative(text, "which ran aground near Tarn", "run")
    assert not own_subject_relative(c, _texts(nlp, text))
    assert not own_subject_relative(c, None)
