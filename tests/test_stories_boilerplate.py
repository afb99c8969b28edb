"""Boilerplate is no evidence of what an article is about: the story clusterer reads an
article's lead and terms without its captions, credits and "Read more" lines (a local
paper opening on a photo caption was put in a story of its own)."""

from __future__ import annotations

import numpy as np

from consilience import stories
from consilience.analyse import analyse
from consilience.model import Article

BODY = (
    "A landslide buried the main road into Orlen Vale on Sunday night. "
    "Crews from the county council worked through the morning to clear it. "
    "Three villages were cut off until the afternoon."
)
CAPTION = "Photo caption: Children at the Kessford summer fair last August. (Herald photo)\n\n"
READ_MORE = "\n\nRead more: Kessford fair organisers plan a bigger show"


def _item(text: str) -> stories.StoryItem:
    art = Article(id="x", source="x.md", text=text, title="Road into Orlen Vale buried")
    (analysis,) = analyse([art])
    return stories.item_from_analysis(analysis)


def test_the_lead_vector_skips_a_caption_and_read_more_line() -> None:
    plain, dressed = _item(BODY), _item(CAPTION + BODY + READ_MORE)
    assert float(np.dot(plain.vector, dressed.vector)) > 0.999


def test_entities_in_boilerplate_are_not_story_entities() -> None:
    dressed = _item(CAPTION + BODY + READ_MORE)
    assert not any("Kessford" in e for e in dressed.entities)
    assert any("Orlen Vale" in e for e in dressed.entities)


def test_terms_leave_out_boilerplate_words() -> None:
    item = stories.StoryItem("y", "Road buried", CAPTION + BODY + READ_MORE, None, None, [])
    terms = stories._terms(item, stories.Params())
    assert "landslide" in terms
    assert "fair" not in terms and "kessford" not in terms
