"""Consensus (session 16): the undisputed part of a disputed sentence, wherever the disputed
reading sits, is stated; the item's text is one clause, never pieces of two phrases.

* A reading inside an aside that describes a noun ("The lorries*, carrying about 900 sheep
  between them,* were stopped") is left out with the punctuation that sets it off
  (:mod:`consilience.aside_cuts`); a restrictive modifier ("the lorries carrying 900
  sheep") is never cut.
* A reading in an adjunct phrase inside the clause ("Rescuers reached the village *shortly
  after dawn on Sunday* and began searching") is left out by a gap, not by dropping the
  clause.
* A count that opens the clause ("*Eleven* rare lizards were taken") is cut from the
  citation; that clause is never the item's text.

Every sentence is written for this file; each test fails on the code before the change.
"""

from __future__ import annotations

import pytest

from consilience.model import Claim


def _gap(nlp, sentence: str, reading: str) -> str | None:
    """The sentence without the aside holding ``reading`` (pieces joined), or None."""
    from consilience.aside_cuts import aside_gap
    from consilience.count_cuts import joined, pieces

    doc = nlp(sentence)
    at = sentence.index(reading)
    span = doc.char_span(at, at + len(reading), alignment_mode="expand")
    gap = aside_gap(doc[:], span)
    return None if gap is None else joined(sentence, pieces((0, len(sentence)), [gap]))


@pytest.mark.parametrize(
    ("sentence", "reading", "agreed"),
    [
        (
            "The lorries, carrying about 900 sheep between them, were stopped at the border.",
            "900",
            "The lorries were stopped at the border.",
        ),
        (
            "Councillor Ama Okonkwo, 41, was sworn in as mayor of Tarrow on Monday.",
            "41",
            "Councillor Ama Okonkwo was sworn in as mayor of Tarrow on Monday.",
        ),
        (
            "The Harle footbridge (opened in 1931) was closed to walkers on Monday.",
            "1931",
            "The Harle footbridge was closed to walkers on Monday.",
        ),
    ],
)
def test_a_reading_in_an_aside_is_cut_with_its_commas(nlp, sentence, reading, agreed):
    assert _gap(nlp, sentence, reading) == agreed


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("The lorries carrying 900 sheep were stopped at the border.", "900"),
        ("The trawler that sank off Varra had a crew of nine.", "nine"),
        ("The trawler, which had a crew of nine, sank off Varra overnight.", "nine"),
        ("Police stopped 14 lorries at the border on Friday.", "14"),
    ],
)
def test_a_reading_outside_an_aside_is_not_cut(nlp, sentence, reading):
    """A restrictive modifier says which thing the clause is about; an argument is what
    it states; a relative clause states a claim of its own."""
    assert _gap(nlp, sentence, reading) is None


def _agreed(make_ctx, sentence: str, reading: str, verb: str = "x", clause: str = ""):
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_gaps, agreed_span

    ctx = make_ctx(sentence)
    end = len(clause) if clause else sentence.rindex(".")
    c = Claim("a0", 0, end, sentence[:end], 0, "main", verb, verb)
    at = sentence.index(reading)
    spans = [("a0", at, at + len(reading))]
    texts = Texts(ctx)
    return agreed_span(c, texts, spans), agreed_gaps(c, texts, spans)


def test_an_adjunct_inside_the_clause_is_left_out_by_a_gap(make_ctx):
    from consilience.count_cuts import joined, pieces

    sentence = "Rescuers reached the village shortly after dawn on Sunday and began searching."
    span, gaps = _agreed(make_ctx, sentence, "Sunday")
    assert span is not None
    # session 23: the coordinated "and began searching" is another act (a claim of its
    # own); a cut at the disputed adjunct before it closes the clause
    assert joined(sentence, pieces(span, gaps)) == "Rescuers reached the village"


def test_an_aside_in_the_subject_is_left_out_by_a_gap(make_ctx):
    from consilience.count_cuts import joined, pieces

    sentence = "The lizards, worth about 30,000 euros in all, were taken from the reptile house."
    span, gaps = _agreed(make_ctx, sentence, "about 30,000 euros")
    assert span is not None
    assert joined(sentence, pieces(span, gaps)) == "The lizards were taken from the reptile house"


def test_an_aside_holding_the_predicate_or_beside_a_copula_is_not_cut(make_ctx):
    """The aside is the claim itself ("Unemployment, which reached 7.2% in May": cutting it
    leaves "Unemployment"), or the clause around it says its act with a copula ("remains
    the board's chief worry": the clause was grouped for its aside, and what it states
    without it is another claim)."""
    sentence = "Unemployment, which reached 7.2% in May, remains the board's chief worry."
    assert _agreed(make_ctx, sentence, "7.2%", "remain") == (None, [])
    relative = "Unemployment, which reached 7.2% in May"
    assert _agreed(make_ctx, sentence, "7.2%", "reach", relative) == (None, [])


def test_a_cut_that_leaves_a_dangling_preposition_is_refused(make_ctx):
    """ "the crater had grown to" is no statement: the figure was what completed it."""
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_span

    sentence = (
        "A geologist told us the crater had grown to about 40 metres across since dawn "
        "and could keep spreading for days."
    )
    clause = "the crater had grown to about 40 metres across since dawn"
    at, reading = sentence.index(clause), sentence.index("about 40 metres")
    c = Claim("a0", at, at + len(clause), clause, 0, "content", "grow", "grow")
    spans = [("a0", reading, reading + len("about 40 metres"))]
    assert agreed_span(c, Texts(make_ctx(sentence)), spans) is None


def test_an_opening_count_is_cut_from_the_citation(make_ctx):
    from consilience.count_cuts import joined, pieces

    sentence = "Eleven rare green lizards were taken from the Ardle reptile house overnight."
    span, gaps = _agreed(make_ctx, sentence, "Eleven")
    assert span is not None and gaps and gaps[0][0] == 0
    assert joined(sentence, pieces(span, gaps)).startswith("rare green lizards were taken")


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-03-02")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_the_theft_is_agreed_whatever_its_count(bench):
    """Three outlets agree that lizards were taken from the Ardle reptile house overnight;
    two give counts that differ, one gives their worth in an aside. The theft is one
    consensus item of the three articles, its text a whole clause without any count, no
    citation states a count, and no text opens mid-phrase."""
    texts = {
        "p": "Eleven rare green lizards were taken from the Ardle reptile house overnight. "
        "Keepers found the door open at dawn.",
        "q": "The lizards, worth about 30,000 euros in all, were taken from the Ardle reptile "
        "house overnight, police said. A vet has checked the remaining animals.",
        "r": "Fourteen rare green lizards were taken from the Ardle reptile house overnight. "
        "The zoo has asked the public for help.",
    }
    brief = _brief(bench, texts)
    items = [c for c in brief["consensus"] if "taken" in c["text"]]
    assert [sorted(c["articles"]) for c in items] == [["p", "q", "r"]], brief["consensus"]
    text = items[0]["text"]
    assert text[:1].isupper() and "were taken from the Ardle reptile house" in text, text
    cited = [texts[c["article"]][c["start"] : c["end"]] for c in items[0]["citations"]]
    assert not any(w in t for t in cited for w in ("Eleven", "Fourteen", "30,000")), cited
