"""Counts whose noun is a pronoun, misread on the held-out set heldout_s53 (session 53), each
tested on sentences written for these tests (none is a sentence of a held-out set):

- "N of them" / "N of these" / "N of those" counts the nearest plural noun told before the
  pronoun, in its sentence or the one before ("the pallets by the gate. I counted forty of
  them": 40 pallets), so it meets the other articles' count of that noun in one slot;
- no unit ("kilometres"), plural-only word ("binoculars") or name is such an antecedent;
- "N of you" / "N of us" said to or by a crowd counts people;
- a count "of them" is no part of a larger count of another noun told sentences before it
  ("180 ewes" in the field, then "three of them" of the dogs).
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, figures_of

DAY = "2044-04-14"


def _counts(make_ctx, text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.noun) for q in figures_of(make_ctx, text) if q.dimension == "count"]


def test_of_them_counts_the_plural_noun_of_the_sentence_before(make_ctx):
    text = (
        "From the footbridge you could make out the pallets stacked by the gate. "
        "I counted forty of them."
    )
    assert (40.0, "pallet") in _counts(make_ctx, text)


def test_there_were_n_of_them_counts_what_was_told_before(make_ctx):
    text = (
        "We ran out with a lamp and there were foxes all round the hen house, digging. "
        "There were four of them, maybe five."
    )
    assert (4.0, "fox") in _counts(make_ctx, text)


def test_a_plural_only_word_is_no_antecedent(make_ctx):
    text = "We watched the stags on the far ridge through binoculars. I counted eleven of them."
    assert (11.0, "stag") in _counts(make_ctx, text)
    assert not any(noun == "binocular" for _, noun in _counts(make_ctx, text))


def test_of_you_said_to_a_crowd_counts_people(make_ctx):
    text = "Look at this square! There must be well over five hundred of you here tonight."
    assert (500.0, "person") in _counts(make_ctx, text)


def test_of_us_counts_people(make_ctx):
    text = "The hall was cold, and by nine o'clock there were only twelve of us left."
    assert (12.0, "person") in _counts(make_ctx, text)


def test_guard_of_them_after_people_counts_people(make_ctx):
    text = "Forty people were on the coach when it left the road. Two of them were injured."
    assert (2.0, "person") in _counts(make_ctx, text)


def test_guard_half_of_them_is_no_count(make_ctx):
    text = "The crew checked the lifeboats on Monday. Half of them were damaged."
    assert not any(noun == "lifeboat" and v < 1 for v, noun in _counts(make_ctx, text))
    assert all(v >= 1 for v, _ in _counts(make_ctx, text))


def test_guard_a_unit_is_no_antecedent(make_ctx):
    text = "He cycled 40 kilometres that morning. I managed ten of them."
    found = figures_of(make_ctx, text)
    assert any(q.dimension == "length" and q.value == 40_000.0 for q in found)
    assert not any(q.noun in ("kilometre", "kilometer") for q in found)


def test_guard_no_plural_before_gives_no_noun(make_ctx):
    text = "It was a long night. I counted nine of them."
    assert not any(v == 9.0 and noun for v, noun in _counts(make_ctx, text))


def test_of_them_disputes_the_others_count(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Two foxes got into the hen house at Brookend Farm on Tuesday night and killed "
        "eleven hens.",
        "There were 300 hens at Brookend Farm. We heard the birds at midnight. I ran out "
        "with a lamp and there were foxes all round the hen house, digging. There were four "
        "of them, I am sure of it.",
        "The farmer at Brookend said two foxes killed eleven hens on Tuesday night.",
        published=DAY,
    )
    assert any("four" in str(c) for c in found), found
