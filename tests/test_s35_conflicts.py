"""False and missed conflicts of one kind each (session 35).

- a split verdict: "convicted on three of the five counts" and "cleared of two counts of
  perjury" both hold (two sets of charges, by what they are or by how many), while
  "convicted of arson" / "acquitted of arson" still dispute; a count "guilty of" is a
  conviction's count, never in one slot with the counts a defendant was cleared of;
- an act asked for is not stated: "urged the board to let its members vote" states no vote;
- "A strike is to begin on 3 June" names its subject through "is to", so it is no date of
  "An overtime ban starts on 27 May";
- a denial of a light verb ("nobody has taken the compound") denies no other act that
  shares one of its many senses ("was isolated from seawater"), and a denial by its subject
  ("nobody") denies no object ("the compound" is no less real);
- a year inside a day date ("Issue 42 | 3 April 2029") is the timeline's, never a year
  reading that "collected in 2028" could dispute;
- of two figures an article gives for one slot, its reading is the one in a sentence before
  the one in a fact-box line.

Every text is written for these tests."""

from __future__ import annotations

import pytest
from brief_fixtures import brief_of, conflicts_of


def _brief(bench, *texts: str, published: str = "2028-06-14"):
    return brief_of(bench, *texts, published=published)


def _kinds(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2028-06-14")


# --------------------------------------------------------------------------- verdicts


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "A jury at Hollbrook Crown Court convicted Dara Whitlow on three of the five counts she faced.",
            "Dara Whitlow was cleared of two counts of perjury, the court heard.",
        ),
        (
            "Corin Vale has been found GUILTY on two of the three charges: theft and fraud.",
            "The jury acquitted Corin Vale of a charge of money laundering.",
        ),
        (
            "Emil Strand was found guilty of taking bribes worth £40,000 from a builder.",
            "Emil Strand was cleared of both money laundering counts.",
        ),
    ],
)
def test_a_split_verdict_is_no_dispute(bench, x, y):
    facts = _kinds(bench, "fact", x, y)
    assert not facts, facts


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "Tomas Brenner was convicted of arson at Leeds Crown Court on Tuesday.",
            "Tomas Brenner was acquitted of arson at Leeds Crown Court on Tuesday.",
        ),
        (
            "The jury convicted Ivo Kell on all counts on Tuesday.",
            "Ivo Kell was acquitted on all counts on Tuesday.",
        ),
    ],
)
def test_opposite_verdicts_on_one_charge_still_dispute(bench, x, y):
    facts = _kinds(bench, "fact", x, y)
    assert facts and {"convict", "acquit"} <= {
        r["predicate"].split(":")[-1] for f in facts for r in f["readings"]
    }, facts


def test_verdict_charges_read_from_text():
    from consilience.verdict_charges import charge_words, charges_apart, text_counts

    said = "was found GUILTY on four of the six counts: two of accepting a bribe"
    assert text_counts(said) == {4}
    assert text_counts("cleared of both counts of perjury") == {2}
    assert text_counts("cleared her of a charge of perjury") == {1}
    assert charge_words("acquitted of two counts of money laundering") == {"money", "laundering"}
    assert charges_apart(said, "acquitted of two counts of money laundering")
    assert not charges_apart("convicted of arson", "acquitted of arson")


def test_a_count_guilty_of_is_a_conviction(make_ctx):
    ctx = make_ctx("Okafor was found guilty of three of the five charges against him.")
    counts = {q.value: q.measure for ex in ctx.extractions.values() for q in ex.quantities}
    assert counts.get(3.0) == "convict", counts


def test_counts_convicted_and_counts_cleared_are_two_slots(bench):
    quantity = _kinds(
        bench,
        "quantity",
        "Mira Sato was convicted of three offences and was acquitted of two charges of fraud.",
        "Mira Sato was found guilty of four of the five charges against her.",
        "The jury convicted Mira Sato on three counts.",
    )
    values = [sorted(r["value"] for r in c["readings"]) for c in quantity]
    assert [3.0, 3.0, 4.0] in values, quantity  # the convictions, disputed
    assert not any(2.0 in v for v in values), quantity  # the acquittals stay apart


# --------------------------------------------------------------------------- acts


def test_an_act_asked_for_is_not_stated(bench):
    facts = _kinds(
        bench,
        "fact",
        "The owners want a settlement, and they urged the players' union to let its members vote on the offer.",
        "The offer went up on Friday, but the players' union has not yet put it to a vote.",
    )
    assert not facts, facts


def test_a_taker_denied_is_no_other_act_denied(bench):
    facts = _kinds(
        bench,
        "fact",
        'The trial lead told us: "Nobody has taken the compound so far. It has only been tested in cells."',
        "The compound, isolated from a sponge in deep seawater, kills resistant bacteria in the dish.",
    )
    assert not facts, facts


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "Nobody took anything from the chapel, the vicar said on Monday.",
            "Burglars stole two silver candlesticks from the chapel, the vicar said on Monday.",
        ),
        (
            "The council did not take legal action against the landlord, a spokesman said on Monday.",
            "The council took legal action against the landlord on Monday.",
        ),
    ],
)
def test_light_verb_denials_still_dispute_their_own_acts(bench, x, y):
    assert _kinds(bench, "fact", x, y)


# --------------------------------------------------------------------------- dates


def test_a_subject_through_is_to_keeps_two_onsets_apart(bench):
    dates = _kinds(
        bench,
        "date",
        "A 24-hour strike by the bus drivers is to begin on Tuesday 4 July.",
        "The drivers' overtime ban starts on Monday 26 June, so some services could be thin.",
    )
    assert not dates, dates


def test_one_strike_begun_on_two_days_is_disputed(bench):
    dates = _kinds(
        bench,
        "date",
        "A 24-hour strike by the bus drivers is to begin on Tuesday 4 July.",
        "The drivers' 24-hour strike will begin on Wednesday 5 July, the union said.",
    )
    assert dates, dates


def test_a_year_in_a_day_date_is_no_year_reading(nlp):
    from consilience.year_readings import article_years

    doc = nlp(
        "THE LOOP\nYour Friday science roundup | 3 April 2029\n\nThe sample was collected in 2028 by a pupil."
    )
    years = [r.year for r in article_years("a", doc, 2029)]
    assert years == [2028], years


# --------------------------------------------------------------------------- citations


def test_a_reading_is_cited_by_its_sentence_before_a_fact_box(bench):
    box = (
        "Key findings:\n\n- Rat ear infection: cleared in 7 of 12 animals\n"
        "- Resistance: none after three weeks\n\n"
        "In a rat ear-infection model, the gel cleared the infection in seven of the twelve "
        "animals treated, applied twice a day."
    )
    other = "In rats with ear infections, a twice-daily gel cleared the infection in nine of the twelve animals treated."
    brief = _brief(bench, box, other)
    quantity = [c for c in brief["conflicts"] if c["kind"] == "quantity"]
    cited = [r["text"] for c in quantity for r in c["readings"] if r["article"] == "t0"]
    assert cited == ["seven"], quantity
