"""A shared line does not end short of the figure every cited sentence gives (session 19,
headline; s18 kind 11: "Brightwater Studios today set the final price", cut before "at
EUR 24 per share", which every other article gives as "24 euros"). Sentences written for
these tests (a grocer's share sale, a ferry fare)."""

from __future__ import annotations

from types import SimpleNamespace

from consilience.analyse import load_nlp, tokens_in
from consilience.summary import _drops_shared_figure


def _texts(docs: dict[str, object]):
    ctx = SimpleNamespace(analysis=lambda aid: SimpleNamespace(doc=docs[aid]))
    return SimpleNamespace(ctx=ctx)


def _cut_and_others(line: str, cut_from: str, others: dict[str, str]):
    nlp = load_nlp()
    docs = {"a": nlp(line), **{k: nlp(v) for k, v in others.items()}}
    s = line.index(cut_from)
    cut = [t for t in tokens_in(docs["a"], s, len(line)) if not t.is_punct]
    claims = [SimpleNamespace(article=k, start=0, end=len(v)) for k, v in others.items()]
    return cut, claims, _texts(docs)


def test_a_cut_dropping_the_figure_every_other_sentence_gives_is_refused():
    cut, others, texts = _cut_and_others(
        "Harlow Foods today set the final price of its share sale at GBP 12 per share.",
        "of its share sale",
        {
            "b": "Harlow Foods priced at 12 pounds, top of range.",
            "c": "The grocer had sold its shares at 12 pounds each.",
        },
    )
    assert _drops_shared_figure(cut, others, texts)


def test_a_cut_dropping_a_figure_one_sentence_lacks_is_allowed():
    cut, others, texts = _cut_and_others(
        "The ferry operator raised the island fare on Monday to 14 pounds.",
        "to 14 pounds",
        {
            "b": "The ferry operator raised the island fare on Monday.",
            "c": "Island fares rose to 14 pounds on Monday.",
        },
    )
    assert not _drops_shared_figure(cut, others, texts)
