"""An article relaying another article of the story by its publisher's name is no
independent source of its own (issue #11 kind 15, session 17): a wire attributing a claim
to the institute whose release is in the story, an analysis citing the wire "according
to" its initials (:mod:`consilience.relayed_sources`).

Every sentence is written for this file; each test fails on the code before the change.
"""

from __future__ import annotations

from consilience.model import Article


def test_an_article_relaying_another_articles_publisher_is_no_source_of_its_own(bench):
    """A wire story attributing the claim to the institute whose own release is in the
    story, and an analysis citing the wire by its initials, rest on those articles."""
    from consilience.relayed_sources import _initials, outlet_names, relayed_once

    assert _initials("Continental Press Agency") == "cpa"
    assert _initials("Reuters") == ""
    arts = [
        Article(id="r", source="r.txt", outlet="Halden Glacier Institute",
                text="The Halden drilling team reached bedrock on Monday."),
        Article(id="w", source="w.txt", outlet="Northern Press Agency",
                text="The drilling team reached bedrock on Monday, the Halden Glacier "
                "Institute said."),
        Article(id="x", source="x.txt", outlet="The Ice Review",
                text="The drilling team reached bedrock on Monday, according to NPA."),
    ]  # fmt: skip
    ctx = bench.build_context(arts)
    names = outlet_names(ctx)
    assert names["npa"] == "w" and names["halden glacier institute"] == "r"
    cites = [{"article": a.id, "start": 0, "end": len(a.text)} for a in arts]
    assert relayed_once(ctx, ["r", "w", "x"], cites) == ["r"]
    assert relayed_once(ctx, ["w", "x"], cites) == ["w"]
