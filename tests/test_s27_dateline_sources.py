"""A wire dateline's place is never a source: the speaker after its dash is (issue #12, kind 17).

Found on held-out s25 (j6, the wire's UPDATE 1): "ARDEN, Dec 13 (GSW) - Maya Okafor said ..."
was listed as "cites ARDEN (said)" because the parser made the dateline's place the subject of
"said" and hung the name on it as an apposition.
"""

from __future__ import annotations

import pytest

from consilience.provenance import extract_attributions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "ARDEN, Dec 13 (GSW) - Maya Okafor said she would use the rematch clause after "
            "losing her title.",
            "Maya Okafor",
        ),
        (
            "HOLMSTAD, Feb 2 (NWS) - The Nordlys Line said the ferry would not sail again before "
            "spring.",
            "Nordlys Line",
        ),
    ],
)
def test_the_name_after_the_dash_is_the_source(make, text: str, source: str) -> None:
    sources = [a.source for a in extract_attributions(make(text))]
    assert any(source in s for s in sources)
    place = text.split(",", 1)[0]
    assert not any(place.lower() in s.lower() for s in sources)


def test_a_source_that_is_not_in_the_dateline_is_kept(make) -> None:
    text = "KELMOUTH, March 3 (Reuters) - The harbour authority said on Tuesday the channel would reopen."
    assert [a.source for a in extract_attributions(make(text))] == ["harbour authority"]
