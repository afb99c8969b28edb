"""Consensus items: an update is no count dispute, a key point joined by a semicolon is two
claims, and a noun clause the item's text cuts out is not in it (issue #11, session 22,
kinds 1 and 2 of heldout_s21/judged.md).

Every sentence is written for this file, about events unlike the held-out set's.
"""

from __future__ import annotations

from consilience.claim_spans import SpanList, Texts
from consilience.consensus import _unshared_noun_clause, own_clause
from consilience.model import Analysis, Article, Claim, Story, StoryContext
from consilience.outside_counts import _one_update, update_readings


def _ctx(nlp, texts: dict[str, str]) -> StoryContext:
    analyses = [
        Analysis(Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example"), nlp(v))
        for k, v in texts.items()
    ]
    story = Story(id="s", title="t", articles=list(texts))
    return StoryContext(story=story, analyses=analyses, extractions={}, sentence_vectors={})


def _claim(article: str, text: str, part: str, predicate: str, kind: str = "main") -> Claim:
    s = text.index(part)
    return Claim(article, s, s + len(part), part, 0, kind, predicate, predicate)


# ----------------------------------------------------------------- updates are no dispute


def _update(*readings: tuple[str, int, int, bool]) -> dict:
    return {
        "kind": "quantity",
        "update": True,
        "readings": [
            {"latest": latest, "citation": {"article": a, "start": s, "end": e}}
            for a, s, e, latest in readings
        ],
    }


def test_numbers_of_one_update_are_no_count_dispute() -> None:
    """The morning report's "four" and the evening's "six" are the readings of one update:
    the brief reports the change, so neither number is a disagreement to cut."""
    updates = update_readings([_update(("m", 10, 30, False), ("e", 0, 25, True))])
    assert _one_update(("m", 14, 18), ("e", 0, 3), updates)


def test_a_number_outside_the_update_is_still_a_dispute() -> None:
    """Only one of the two numbers is a reading of the update (the other article's count
    is of its own): the pair stays a disagreement."""
    updates = update_readings([_update(("m", 10, 30, False), ("e", 0, 25, True))])
    assert not _one_update(("m", 14, 18), ("x", 0, 3), updates)
    assert not _one_update(("m", 14, 18), ("e", 40, 44), updates)


def test_conflicts_that_are_no_updates_give_no_update_readings() -> None:
    conflict = _update(("m", 10, 30, False), ("e", 0, 25, True))
    conflict["update"] = False
    assert update_readings([conflict]) == []


# ----------------------------------------------------- a semicolon joins two claims


def test_a_key_point_of_two_clauses_is_cut_to_the_predicates_part(nlp) -> None:
    text = "Dockers walk out; port authority promises talks"
    doc = nlp(text)
    c = _claim("k", text, text, "promise")
    s, e = own_clause(c, doc, 0, len(text))
    assert text[s:e] == "port authority promises talks"


def test_the_first_part_is_kept_when_it_holds_the_predicate(nlp) -> None:
    text = "The ferry service resumed on Friday; the bridge stays shut until spring."
    doc = nlp(text)
    c = _claim("k", text, text, "resume")
    s, e = own_clause(c, doc, 0, len(text))
    assert text[s:e] == "The ferry service resumed on Friday"


def test_a_clause_without_a_semicolon_or_with_a_one_word_part_is_whole(nlp) -> None:
    for text, pred in (
        ("The ferry service resumed on Friday after the storm.", "resume"),
        ("Officials; meanwhile, reopened the northern road to lorries.", "reopen"),
    ):
        doc = nlp(text)
        c = _claim("k", text, text, pred)
        assert own_clause(c, doc, 0, len(text)) == (0, len(text))


# ------------------------------------------- a cut noun clause is not in the item's text


def test_a_noun_clause_the_text_cuts_out_states_nothing(nlp) -> None:
    """ "The tapestry, woven in 1612 for the Duke of Arlen, was returned" shown without its
    aside (the year is disputed) states only the return, which the other article states."""
    texts = {
        "p": "The tapestry, woven in 1612 for the Duke of Arlen, was returned to the abbey.",
        "q": "The tapestry was returned to the abbey on Monday.",
    }
    ctx = _ctx(nlp, texts)
    told = Texts(ctx)
    p = texts["p"]
    c = _claim("p", p, p.rstrip("."), "return")
    other = _claim("q", texts["q"], texts["q"].rstrip("."), "return")
    aside = (p.index(", woven"), p.index(" was returned"))
    assert _unshared_noun_clause(c, (c.start, c.end), [other], told)
    assert not _unshared_noun_clause(c, (c.start, c.end), [other], told, [aside])


def test_a_noun_clause_the_text_keeps_still_counts(nlp) -> None:
    """Precision: the cut elsewhere in the sentence leaves the unshared noun clause in."""
    texts = {
        "p": "A tanker carrying diesel ran aground off Skarn, coastguards said on Sunday.",
        "q": "A tanker ran aground off Skarn on Sunday.",
    }
    ctx = _ctx(nlp, texts)
    told = Texts(ctx)
    p = texts["p"]
    c = _claim("p", p, p.rstrip("."), "run")
    other = _claim("q", texts["q"], texts["q"].rstrip("."), "run")
    cut = (p.index(", coastguards"), len(p) - 1)
    assert _unshared_noun_clause(c, (c.start, c.end), [other], told, [cut])


def test_update_readings_reads_span_list_shape() -> None:
    got = update_readings([_update(("m", 1, 2, False))])
    assert isinstance(got[0], SpanList) and list(got[0]) == [("m", 1, 2)]
