"""What an outlet retracts, and what it does not (session 41), on sentences written for
these tests (none is a sentence of a held-out set or of the tester's cases).

Session 40 read a corrections column's "We said six engines attended" as no reading of
the outlet. A tester then broke the rule in ways that lost real readings; each kind is
fixed here:

- someone else's report marked "original" or "this" ("The original survey report by the
  county engineers stated ...", "This report, commissioned by the trust, said ...") is
  not the outlet's own: its figure is still read and compared;
- the corrected figure in "we said four ferries were cancelled, but in fact seven ferries
  were cancelled" is the outlet's reading; only the four is retracted;
- a "we" with no correction in sight (a union's or company's statement) retracts nothing;
  a "Correction:" before it does;
- "We never said 30 flats were empty" is no reading of 30;
- a corrections column's "A report on bus fares (14 April, page 6) said ..." is the
  outlet's own earlier report;
- a "Correction:" note's date is the outlet's latest date, as its figure already was;
- a quote the article withdraws ("An earlier version of this article said the head
  teacher described the closure as "temporary"") is no quote of the article.

Guards (pass on the starting code too): the writer's own "An earlier version of this
article" still retracts without any other cue, and a quote's own "We said ..." inside
quotation marks is never retracted.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, quotes_of


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2031-07-14")


def _values(item: dict) -> list:
    return sorted(r["value"] for r in item["readings"])


def _retracted(make_ctx, text: str, words: str) -> bool:
    from consilience.retracted_reports import retracted

    doc = make_ctx(text).analysis("a0").doc
    start = text.index(words)
    return retracted(doc, start, start + len(words))


def test_someone_elses_earlier_report_is_still_read(bench):
    found = _conflicts(
        bench,
        "quantity",
        "The original survey report by the county engineers stated that 30 bridges needed repair.",
        "Some 18 bridges need repair, the county council said.",
    )
    assert [_values(c) for c in found] == [[18.0, 30.0]]


def test_this_report_of_someone_else_is_not_retracted(make_ctx):
    text = "This report, commissioned by the trust in 2029, said 30 bridges needed repair."
    assert not _retracted(make_ctx, text, "30 bridges")
    own = "An earlier version of this article said 30 bridges needed repair."
    assert _retracted(make_ctx, own, "30 bridges")  # guard: the writer's own text


def test_contrasting_conjunct_keeps_the_corrected_figure(bench, make_ctx):
    text = (
        "Correction: we said four ferries were cancelled on the Kirkby route, but in fact "
        "seven ferries were cancelled."
    )
    assert _retracted(make_ctx, text, "four ferries")
    assert not _retracted(make_ctx, text, "seven ferries")
    found = _conflicts(
        bench,
        "quantity",
        text,
        "Five ferries were cancelled on the Kirkby route, the operator said.",
    )
    assert [_values(c) for c in found] == [[5.0, 7.0]]


def test_we_without_a_correction_retracts_nothing(make_ctx):
    statement = (
        "Statement from the bakers' union: We said in January that 90 posts were at risk at "
        "the Ashby bakery."
    )
    assert not _retracted(make_ctx, statement, "90 posts")
    corrected = "Correction: We said in January that 90 posts were at risk at the Ashby bakery."
    assert _retracted(make_ctx, corrected, "90 posts")


def test_a_denied_report_is_no_reading(make_ctx):
    text = "Correction: We never said 30 flats in Garth Street were empty. Eleven are empty."
    assert _retracted(make_ctx, text, "30 flats")
    assert not _retracted(make_ctx, text, "Eleven are empty")


def test_corrections_column_report_without_our(bench, make_ctx):
    text = (
        "Corrections and clarifications\n\nA report on bus fares (14 April, page 6) said single "
        "fares in Wexley would rise to £3. They will rise to £2.50."
    )
    assert _retracted(make_ctx, text, "£3")
    found = _conflicts(
        bench, "quantity", text, "Single fares in Wexley will rise to £2.20, the bus company said."
    )
    assert [_values(c) for c in found] == [[2.2, 2.5]]


def test_a_correction_note_gives_its_date(bench):
    found = _conflicts(
        bench,
        "date",
        "Correction: The Wexley footbridge reopened on 21 June.",
        "The Wexley footbridge reopened on 12 June after repairs.",
    )
    assert [_values(c) for c in found] == [["2031-06-12", "2031-06-21"]]


def test_a_withdrawn_quote_is_no_quote(bench):
    quotes = quotes_of(
        bench,
        "An earlier version of this article said the head teacher, Ruth Amberley, described "
        'the closure as "temporary". She described it as "indefinite".',
        'Rain fell on Wexley. "We said 300 jobs would go," the chairman said.',
        published="2031-07-14",
    )
    words = {text for _, text in quotes}
    assert "temporary" not in words
    assert "indefinite" in words
    assert any("300 jobs" in text for text in words)  # guard: a quote's own "We said"
