"""Independence over appearances: a text several outlets printed is one report, whichever
printing was stored first, and an article crediting one of its printers rests on it."""

from __future__ import annotations

import pytest

from consilience import pipeline
from consilience.model import Analysis, Article, Extraction, Story, StoryContext
from consilience.outlet_count import printing_outlets
from consilience.provenance import extract_attributions, independent_sources
from consilience.store import Store

FLOOD = (
    "Floodwater closed the main road into Kinross on Sunday after a night of heavy rain, "
    "the council said. Crews pumped water out of 40 homes, and a rest centre opened in the "
    "village hall. The road is expected to reopen on Tuesday."
)
CREDITS_WIRE = (
    "Floodwater closed the main road into Kinross on Sunday, according to the Corran Wire. "
    "Council crews pumped water out of dozens of homes. Residents said the river rose "
    "within an hour."
)
OWN_REPORT = (
    "Residents of Kinross spent Sunday clearing mud after floodwater closed the main road, "
    "the Estuary Post has learned. The council opened a rest centre in the village hall."
)
PRINTERS = ["Corran Wire", "Estuary Post", "Kinloch Times"]


def _ctx(nlp, stored_outlet: str, printings: dict[str, list[str]]) -> StoryContext:
    """w: the syndicated text (stored under ``stored_outlet``, the printing read first);
    b: credits the Corran Wire; c: the Estuary Post's own report."""
    specs = [("w", FLOOD, stored_outlet), ("b", CREDITS_WIRE, "Loch Radio"),
             ("c", OWN_REPORT, "Estuary Post")]  # fmt: skip
    analyses = [
        Analysis(Article(id=i, source=f"{i}.txt", text=t, outlet=o), nlp(t)) for i, t, o in specs
    ]
    extractions = {
        a.article.id: Extraction(a.article.id, attributions=extract_attributions(a))
        for a in analyses
    }
    return StoryContext(
        Story("s", "flood", ["w", "b", "c"]), analyses, extractions, {}, printings=printings
    )


@pytest.mark.parametrize("stored_outlet", PRINTERS)
def test_a_syndicated_text_is_one_report_whichever_printing_came_first(nlp, stored_outlet):
    ctx = _ctx(nlp, stored_outlet, {"w": PRINTERS})
    # the Estuary Post printed the wire text and wrote its own report: two reports
    assert independent_sources(ctx, ["w", "c"]) == 2
    # crediting the Corran Wire, which printed the text, rests on that text
    assert independent_sources(ctx, ["w", "b"]) == 1
    assert independent_sources(ctx, ["w", "b", "c"]) == 2


def test_printing_outlets_lists_named_printers_of_texts_printed_more_than_once():
    apps = {
        "t1": [{"outlet": "Kinloch  Times"}, {"outlet": "corran wire"}, {"outlet": None},
               {"outlet": "Kinloch Times"}],
        "t2": [{"outlet": "Loch Radio"}],
    }  # fmt: skip
    assert printing_outlets(apps) == {"t1": ["corran wire", "Kinloch Times"]}


def test_a_new_printing_changes_the_cached_brief_key(tmp_path):
    text = "The ferry to Inchmore was cancelled on Friday because of high winds, the operator said."
    first = Article(id="m1", source="a.json#1", text=text, outlet="Inchmore Echo")
    story = Story("s-m", "Ferry cancelled", ["m1"])
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.add_article(first)
            store.put_appearance(first)
        alone = pipeline.stored_brief_key(store, story)
        assert alone == pipeline.brief_key(story)
        with store.transaction():
            store.put_appearance(Article(**{**first.__dict__, "source": "b.xml#3",
                                            "outlet": "Sound FM"}))  # fmt: skip
        assert pipeline.stored_brief_key(store, story) != alone
