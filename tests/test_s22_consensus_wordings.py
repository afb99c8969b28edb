"""Two consensus items that word one claim alike but for a number word, an article or a
possessive are one line (issue #11, session 22, kind 3 of heldout_s21/judged.md: one claim
shown twice). "No", "all" and other words that change what is said keep two items apart.

Every sentence is written for this file, about events unlike the held-out set's.
"""

from __future__ import annotations

from consilience.claim_spans import Texts
from consilience.consensus import merged_duplicates
from consilience.model import Analysis, Article, Story, StoryContext


def _texts(nlp, texts: dict[str, str]) -> Texts:
    analyses = [
        Analysis(Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example"), nlp(v))
        for k, v in texts.items()
    ]
    story = Story(id="s", title="t", articles=list(texts))
    return Texts(StoryContext(story=story, analyses=analyses, extractions={}, sentence_vectors={}))


def _item(art: str, text: str, whole: str) -> dict:
    s = whole.index(text)
    cite = {"article": art, "start": s, "end": s + len(text)}
    return {
        "text": text,
        "articles": [art],
        "independent_sources": 1,
        "citation": cite,
        "citations": [cite],
    }


def test_a_number_word_apart_is_one_claim(nlp) -> None:
    texts = {
        "a": "Between them the two unions represent 40,000 nurses.",
        "b": "Between them the unions represent 40,000 nurses.",
    }
    told = _texts(nlp, texts)
    items = [_item(k, v.rstrip("."), v) for k, v in texts.items()]
    out = merged_duplicates(items, ["a", "b"], told)
    assert len(out) == 1
    assert out[0]["articles"] == ["a", "b"]


def test_no_or_all_apart_are_two_claims(nlp) -> None:
    """Precision: "no" and "all" change what the text says."""
    for one, other in (
        ("No ferries sailed on Monday.", "Ferries sailed on Monday."),
        ("All ferries sailed on Monday.", "Ferries sailed on Monday."),
        ("Four ferries sailed on Monday.", "Five ferries sailed on Monday."),
    ):
        texts = {"a": one, "b": other}
        told = _texts(nlp, texts)
        items = [_item(k, v.rstrip("."), v) for k, v in texts.items()]
        assert len(merged_duplicates(items, ["a", "b"], told)) == 2, one


def test_the_merged_item_shows_the_fewer_words(nlp) -> None:
    """The earlier item counts the unions, the later does not: the line keeps what both
    state."""
    texts = {
        "a": "Between them the two unions represent 40,000 nurses.",
        "b": "Between them the unions represent 40,000 nurses.",
    }
    told = _texts(nlp, texts)
    items = [_item(k, v.rstrip("."), v) for k, v in texts.items()]
    out = merged_duplicates(items, ["a", "b"], told)
    assert out[0]["text"] == "Between them the unions represent 40,000 nurses"
    assert out[0]["citation"]["article"] == "b"
