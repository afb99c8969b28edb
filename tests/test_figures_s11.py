"""Figure conflicts of unseen coverage (issue #12, session 11): labels from a figure's own
head noun, hyphenated compound figures, restatements in another unit, durations of one
state, shares of one whole, ages against years of build, updates of a rising toll.

Every sentence here is written for these tests, in domains none of the held-out sets covers
(a coffee market, an offshore wind farm, a border queue, a bridge repair, a desalination
plant, an old ferry, a footbridge collapse). Each test names the kind it pins.
"""

from __future__ import annotations


def _build(ctx) -> dict[str, list[dict]]:
    from consilience.reconcile import build_quantities

    return build_quantities(ctx)


def _with_value(entries: list[dict], unit: str, *values: float) -> dict | None:
    """The entry whose readings give every value, in unit ``unit``."""
    for e in entries:
        got = {r["value"] for r in e["readings"] if r.get("unit") == unit}
        if all(v in got for v in values):
            return e
    return None


# ------------------------------------------- kind 6: a label from the figure's own head noun


def test_a_commodity_price_move_is_labelled_by_its_commodity_not_as_a_share_price(make_ctx):
    ctx = make_ctx(
        "Wholesale coffee prices rose 14 percent in Santos on Thursday after the frost.",
        "Coffee prices jumped 21 percent in Santos on Thursday after the frost, traders said.",
        "In Santos, the price of coffee climbed by 14% on Thursday after the frost.",
    )
    e = _with_value(_build(ctx)["conflicts"], "%", 14.0, 21.0)
    assert e is not None and e["outliers"] == ["a1"]
    assert "share" not in e["subject"] and "coffee" in e["subject"]
    assert e["subject"].split().count("price") == 1


def test_a_share_price_move_keeps_its_share_price_label_written_once(make_ctx):
    ctx = make_ctx(
        "Shares in Tolvane Mining fell 9 percent on Friday after the mine flooded.",
        "Tolvane Mining shares dropped 12 percent on Friday after the flooding, traders said.",
    )
    e = _with_value(_build(ctx)["conflicts"], "%", 9.0, 12.0)
    assert e is not None
    assert e["subject"].split().count("price") <= 1


def test_joined_label_writes_a_shared_word_once():
    from consilience.reconcile import _joined

    assert _joined("share price", "price") == "share price"
    assert _joined("gas price", "price rise") == "gas price rise"
    assert _joined("dam", "height") == "dam height"
