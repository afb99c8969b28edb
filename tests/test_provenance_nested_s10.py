"""Whoever a source says did some telling is part of what the source says, not a source
the article cites: "Miners had warned ..., the union said" cites the union only."""

from __future__ import annotations

import pytest

from consilience.provenance import extract_attributions


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Residents had warned the council about the crumbling wall for years, the Harrow "
            "Housing Trust said on Friday.",
            ["Harrow Housing Trust"],
        ),
        (
            "The Coastal Fishers Association said trawler crews had warned the ministry "
            "about the nets in March.",
            ["Coastal Fishers Association"],
        ),
        (
            "Residents warned the council on Monday that the sea wall was crumbling.",
            ["residents"],
        ),
    ],
)
def test_a_reported_teller_is_no_source(make, text: str, sources: list[str]) -> None:
    assert [a.source for a in extract_attributions(make(text))] == sources
