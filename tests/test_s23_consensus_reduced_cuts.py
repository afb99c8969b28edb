"""A disputed count and year in a reduced clause leave the act to consensus (issue #11,
session 23, kind 1 of heldout_s22/judged.md: "More than a dozen masks seized by colonial
troops in 1897" could not be cited without its disputed count and year, so the taking of
the masks, told by four articles, had no item).

* a word the parse makes count its noun ("more than *a dozen* paintings") is a count phrase
  (:func:`consilience.count_cuts.count_gaps`), and so is one on the noun a participle
  clause describes ("a dozen paintings *stolen* by the gang");
* the predicate of such a clause is its participle, so "in 1990" is its adjunct
  (:func:`consilience.consensus._adjunct_over`);
* a cut at a disputed adjunct followed only by a coordinated verb phrase ("... in 1990
  *and have never been found*") closes the clause (:func:`consilience.consensus.
  _conjunct_only`);
* a passive of a light verb ("the paintings *were taken*") is the verb's own act, a text
  an item may show (:func:`consilience.consensus._light_act`).

Every sentence is written for this file.
"""

from __future__ import annotations

from consilience import consensus, count_cuts
from tests.test_citation_check_s16 import _claim

RAID = "Police said more than a dozen paintings stolen by the gang in 1990 were found in a barn."
THEFT = "The paintings were stolen from the gallery by two men in 1990 and have never been found."


def _chars(doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def test_a_dozen_on_a_reduced_clause_noun_is_a_count(nlp) -> None:
    doc = nlp(RAID)
    clause = doc[2:13]  # "more than a dozen paintings stolen by the gang in 1990"
    reading = doc[2:7]  # "more than a dozen paintings"
    gaps = count_cuts.count_gaps(clause, [reading], opening=True)
    assert gaps == [_chars(doc, 2, 5)]
    assert count_cuts.count_gaps(clause, [reading]) is None  # it opens the clause: a citation


def test_a_bare_count_is_still_the_claim(nlp) -> None:
    """Precision: "seized a dozen" counts nothing else; no cut."""
    doc = nlp("Customs officers seized a dozen in the raid.")
    assert count_cuts.count_gaps(doc[:], [doc[3:5]]) is None


def test_the_year_is_an_adjunct_of_the_participle(nlp) -> None:
    doc = nlp(RAID)
    clause = doc[2:13]
    assert consensus._adjunct_over(doc[12:13], clause) == _chars(doc, 11, 12)  # "in 1990"
    assert consensus._adjunct_over(doc[10:11], clause) is not None  # "by the gang"


def test_a_coordinated_verb_phrase_after_the_cut_closes_the_clause(nlp) -> None:
    doc = nlp(THEFT)
    clause = doc[0 : len(doc) - 1]
    after_year = doc[12].idx  # "and have never been found"
    assert consensus._conjunct_only(clause, after_year, clause.end_char)
    before_year = doc[10].idx  # "in 1990 and ..." holds the adjunct too
    assert not consensus._conjunct_only(clause, before_year, clause.end_char)


class _Texts:
    def __init__(self, doc):
        self.ctx = type("C", (), {"analysis": staticmethod(lambda _a: type("A", (), {"doc": doc}))})


def test_a_passive_light_verb_is_an_act(nlp) -> None:
    passive = "The paintings were taken from the gallery."
    active = "The gallery takes note of the report."
    got = _claim("a", passive, "take")
    assert not consensus._light_act(got, _Texts(nlp(passive)))
    assert consensus._light_act(_claim("a", active, "take"), _Texts(nlp(active)))
    assert consensus._light_act(got)  # without the parse, as before


def _agreed_text(make_ctx, sentence: str, reading: str, verb: str):
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_gaps, agreed_span
    from consilience.count_cuts import joined, pieces
    from consilience.model import Claim

    ctx = make_ctx(sentence)
    end = sentence.rindex(".")
    c = Claim("a0", 0, end, sentence[:end], 0, "main", verb, verb)
    at = sentence.index(reading)
    spans = [("a0", at, at + len(reading))]
    texts = Texts(ctx)
    span = agreed_span(c, texts, spans)
    return None if span is None else joined(sentence, pieces(span, agreed_gaps(c, texts, spans)))


def test_a_light_verb_left_bare_by_the_cut_states_nothing(make_ctx) -> None:
    """Precision: once the disputed year or day is cut, "The cello was made" and "The
    final was held" say nothing: no agreed part."""
    assert _agreed_text(make_ctx, "The cello was made in 1702.", "1702", "make") is None
    assert _agreed_text(make_ctx, "The final was held on Sunday.", "Sunday", "hold") is None


def test_a_light_verb_with_its_complement_keeps_the_agreed_part(make_ctx) -> None:
    got = _agreed_text(
        make_ctx, "The paintings were taken from the gallery by two men in 1990.", "1990", "take"
    )
    assert got == "The paintings were taken from the gallery by two men"
