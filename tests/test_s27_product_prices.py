"""A company's prices for what it sells are not its share price (issue #12, kind 7: a
figure's owner and property). Found on held-out s27 (l4): "Kessock's list prices will rise
by roughly 9%" was put in the share-price slot with "Shares in Kessock fell 6% in early
trading" and "Its shares closed 3.5% lower", hiding the day's share-price update."""

from __future__ import annotations

import pytest

from consilience.quantities import extract_quantities


def _measures(make, text: str) -> list[str | None]:
    return [q.measure for q in extract_quantities(make(text)) if q.dimension == "percentage"]


@pytest.mark.parametrize(
    "text",
    [
        "Halvik's ticket prices will go up by about 7% in June.",
        "Brenna Foods said its retail prices would rise 5 percent next month.",
    ],
)
def test_prices_of_what_is_sold_are_no_share_price(make, text: str) -> None:
    assert "share price" not in _measures(make, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Halvik fell 6% in early trading.",
        "Halvik's share price closed 2.5% lower.",
        "Stock prices fell 2% across the board.",
    ],
)
def test_shares_stay_the_share_price(make, text: str) -> None:
    assert _measures(make, text) == ["share price"]
