"""Timeline rows and statement conflicts (issue #12, s11 kind 5): a row is a side of a
statement conflict only when it tells the disputed act; an agreed date of another act in
the sentence a reading cites is not disputed. Brief items written for these tests."""

from __future__ import annotations

from consilience.timeline_disputes import mark_statement_disputes

SENTENCE = "The storm that hit Brixham on Sunday night flooded the harbour, but no boats sank."


def _brief(row_text: str, mention: str) -> dict:
    k = SENTENCE.index(mention)
    return {
        "conflicts": [
            {
                "kind": "fact",
                "subject": "boats: sink (stated vs denied)",
                "readings": [
                    {
                        "predicate": "sink",
                        "citation": {"article": "p1", "start": 0, "end": len(SENTENCE)},
                    }
                ],
            }
        ],
        "timeline": [
            {
                "date": "2026-02-01",
                "text": row_text,
                "citation": {"article": "p1", "start": 0, "end": 17},
                "mentions": [{"citation": {"article": "p1", "start": k, "end": k + len(mention)}}],
            }
        ],
    }


def test_an_agreed_date_of_another_act_in_the_cited_sentence_is_no_side():
    brief = _brief("The storm that hit Brixham on Sunday night", "Sunday night")
    mark_statement_disputes(brief)
    assert not brief["timeline"][0].get("disputed")


def test_a_row_telling_the_disputed_act_is_a_side():
    brief = _brief("no boats sank on Sunday night", "Sunday night")
    mark_statement_disputes(brief)
    assert brief["timeline"][0]["disputed_statements"] == ["boats: sink (stated vs denied)"]


def test_a_row_overlapping_the_cited_sentence_without_the_act_is_no_side():
    brief = _brief("The storm that hit Brixham on Sunday night flooded the harbour", "Sunday night")
    brief["timeline"][0]["mentions"] = []
    brief["timeline"][0]["citation"] = {"article": "p1", "start": 0, "end": 62}
    mark_statement_disputes(brief)
    assert not brief["timeline"][0].get("disputed")


def test_a_short_act_is_read_by_its_lemma():
    """ "die" is too short a stem for a prefix ("did", "dig"): the row must hold its lemma."""
    brief = _brief("The storm that hit Brixham on Sunday night", "Sunday night")
    brief["conflicts"][0]["readings"][0]["predicate"] = "die"
    mark_statement_disputes(brief)
    assert not brief["timeline"][0].get("disputed")
    brief = _brief("two fishermen died on Sunday night", "Sunday night")
    brief["conflicts"][0]["readings"][0]["predicate"] = "die"
    mark_statement_disputes(brief)
    assert brief["timeline"][0].get("disputed")
