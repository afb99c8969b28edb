"""A feed's title names its outlet with a section attached ("Kulu Media - World"): the
outlet stored for each entry is the outlet's name alone, so the same outlet read from its
feed and from its pages is one outlet in provenance and independent-source counts."""

from __future__ import annotations

import pytest

from consilience.boilerplate import outlet_from_feed_title
from consilience.model import RawArticle
from consilience.read import read_path


@pytest.mark.parametrize(
    ("title", "link", "outlet"),
    [
        ("Tarn Valley Post - Regional", None, "Tarn Valley Post"),
        ("Latest headlines | Tarn Valley Post", None, "Tarn Valley Post"),
        ("Politics: Orrin Broadcasting", None, "Orrin Broadcasting"),
        ("Skelda Wire » Business", "https://skeldawire.example/feeds", "Skelda Wire"),
        # the domain decides between two names
        ("Harbour Notes - Ostby Gazette", "https://www.ostbygazette.example/", "Ostby Gazette"),
        # nothing to split, or parts that cannot be told apart: the title stays whole
        ("The Morrow Ledger", None, "The Morrow Ledger"),
        ("Farm Prices - Weather Desk", None, "Farm Prices - Weather Desk"),
        ("   ", None, None),
    ],
)
def test_the_outlet_is_the_part_of_the_title_that_names_it(title, link, outlet) -> None:
    assert outlet_from_feed_title(title, link) == outlet


def test_entries_of_a_feed_carry_the_outlet_without_its_section(tmp_path) -> None:
    feed = tmp_path / "valley.xml"
    feed.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel>
<title>Local news | Tarn Valley Post</title><link>https://tarnvalleypost.example/</link>
<item><title>Bridge shut</title><link>https://tarnvalleypost.example/a</link>
<description>The Tarn bridge was shut on Monday after a crack was found.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    got = [r for r in read_path(str(feed)) if isinstance(r, RawArticle)]
    assert [r.outlet for r in got] == ["Tarn Valley Post"]
