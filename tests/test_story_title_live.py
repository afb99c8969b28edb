"""A live blog's header is not the story's title (held-out s14 kind 13)."""

from consilience.story_title import live_header, neutral_title


def test_live_header_gives_way_to_another_articles_title():
    titles = ["LIVE: Dunmore bridge collapse - rescue latest", "Bridge collapses into the Tay"]
    assert neutral_title(titles, "", []) == "Bridge collapses into the Tay"


def test_only_live_blogs_keep_their_header_without_the_furniture():
    assert neutral_title(["Ferry fire off Rona: as it happened"], "", []) == "Ferry fire off Rona"
    assert neutral_title(["Live updates | Ferry fire off Rona"], "", []) == "Ferry fire off Rona"


def test_titles_naming_live_things_are_no_header():
    assert not live_header("Live music returns to the harbour after the fire")
    assert not live_header("Harbour fire: what we know")
    assert live_header("LIVE: Harbour fire")
