"""A wire's dateline parsed as the subject leaves the clause after it whole (issue #11,
session 23, kind 1 of heldout_s22/judged.md: the fare rise, stated by every article, had
no item because "Northline Rail will raise ticket prices" was read as a verb phrase
without its subject).

The parser sometimes makes the dateline's town the subject and the company's name its
apposition ("KELLAND, May 3 (NPA) - *Westbay Water* will raise bills ..."). The span from
the name on is a whole clause with its subject (:func:`consilience.consensus.whole_clause`,
:func:`consilience.consensus.verb_without_subject`); an apposition set off by commas
("The mayor, *a former teacher*, resigned") is not the subject's stand-in.

The parses are given token by token (the tagger does not make this error on every
sentence), with words written for this file.
"""

from __future__ import annotations

from spacy.tokens import Doc

from consilience.consensus import verb_without_subject, whole_clause

#: word, head index, dependency, coarse and fine tag
_DATELINE = [
    ("KELLAND", 11, "nsubj", "PROPN", "NNP"),
    (",", 0, "punct", "PUNCT", ","),
    ("May", 0, "appos", "PROPN", "NNP"),
    ("3", 2, "nummod", "NUM", "CD"),
    ("(", 5, "punct", "PUNCT", "-LRB-"),
    ("NPA", 2, "appos", "PROPN", "NNP"),
    (")", 5, "punct", "PUNCT", "-RRB-"),
    ("-", 2, "punct", "PUNCT", "HYPH"),
    ("Westbay", 9, "compound", "PROPN", "NNP"),
    ("Water", 0, "appos", "PROPN", "NNP"),
    ("will", 11, "aux", "AUX", "MD"),
    ("raise", 11, "ROOT", "VERB", "VB"),
    ("bills", 11, "dobj", "NOUN", "NNS"),
    ("from", 11, "prep", "ADP", "IN"),
    ("April", 13, "pobj", "PROPN", "NNP"),
]
_APPOSITION = [
    ("The", 1, "det", "DET", "DT"),
    ("mayor", 7, "nsubj", "NOUN", "NN"),
    (",", 1, "punct", "PUNCT", ","),
    ("a", 5, "det", "DET", "DT"),
    ("former", 5, "amod", "ADJ", "JJ"),
    ("teacher", 1, "appos", "NOUN", "NN"),
    (",", 1, "punct", "PUNCT", ","),
    ("resigned", 7, "ROOT", "VERB", "VBD"),
    ("on", 7, "prep", "ADP", "IN"),
    ("Friday", 8, "pobj", "PROPN", "NNP"),
]


def _doc(nlp, rows) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "punct" for i in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
    )


def _span_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def test_the_name_after_a_dateline_is_the_subject(nlp) -> None:
    doc = _doc(nlp, _DATELINE)
    s, e = _span_chars(doc, 8, 14)  # "Westbay Water will raise bills from April"
    assert whole_clause(doc, s, e)
    assert not verb_without_subject(doc, s, e)


def test_the_verb_phrase_alone_still_lacks_its_subject(nlp) -> None:
    """Precision: without the name, the span is a verb phrase."""
    doc = _doc(nlp, _DATELINE)
    s, e = _span_chars(doc, 10, 14)  # "will raise bills from April"
    assert not whole_clause(doc, s, e)
    assert verb_without_subject(doc, s, e)


def test_an_apposition_between_commas_is_no_subject(nlp) -> None:
    """Precision: "a former teacher, resigned on Friday" is no whole clause."""
    doc = _doc(nlp, _APPOSITION)
    s, e = _span_chars(doc, 3, 9)
    assert not whole_clause(doc, s, e)
    assert verb_without_subject(doc, s, e)
