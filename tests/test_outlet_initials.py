"""Session 17: a sentence citing a story's outlet by its initials ("..., according to TPA")
rests on that outlet's report: one independent source with it, not two
(consilience.outlet_initials, provenance.independent_sources with citations). The texts
are written for these tests."""

from __future__ import annotations

from dataclasses import replace

from consilience.model import Extraction, Story, StoryContext
from consilience.outlet_initials import initials, initials_outlet
from consilience.provenance import extract_attributions, independent_sources

WIRE = (
    "Seeds of the Orrin mountain poppy kept for 212 years in a library have sprouted, the "
    "Halloway Seed Bank said on Wednesday. The seeds came from a botanist's collection. "
    "Seedlings will go to three gardens."
)
ANALYSIS = (
    "The poppy's return is a rare piece of good news for the region's botanists. Seeds of "
    "the Orrin mountain poppy kept for 212 years have sprouted, according to TPA. Not "
    "everyone is convinced the plants are pure Orrin stock."
)


def _art(make, text: str, aid: str, outlet: str):
    a = make(text, aid)
    return type(a)(replace(a.article, outlet=outlet), a.doc)


def _ctx(analyses) -> StoryContext:
    ids = [a.article.id for a in analyses]
    ext = {
        a.article.id: Extraction(a.article.id, attributions=extract_attributions(a))
        for a in analyses
    }
    return StoryContext(Story("s", "t", ids), analyses, ext, {}, None)


def _cite(ctx: StoryContext, aid: str, words: str) -> dict:
    """The citation of the sentence of article ``aid`` holding ``words``."""
    doc = next(a.doc for a in ctx.analyses if a.article.id == aid)
    sent = next(s for s in doc.sents if words in s.text)
    return {"article": aid, "start": sent.start_char, "end": sent.end_char}


def test_initials_of_an_outlet():
    assert initials("Tidewater Press Agency") == "TPA"
    assert initials("Ministry of Foreign Affairs") == "MFA"
    assert initials("Reuters") == ""
    story = ["Kessel Courier", "Tidewater Press Agency"]
    assert initials_outlet("TPA", story, "Kessel Courier") == "Tidewater Press Agency"
    assert initials_outlet("the TPA", story, None) == "Tidewater Press Agency"
    assert initials_outlet("TPA", story, "Tidewater Press Agency") is None  # its own
    assert initials_outlet("Tpa", story, None) is None
    assert initials_outlet("police", story, None) is None


def test_a_wire_cited_by_its_initials_is_one_source_with_the_wire(make):
    ctx = _ctx(
        [
            _art(make, WIRE, "wire", "Tidewater Press Agency"),
            _art(make, ANALYSIS, "analysis", "The Orrin Observer"),
        ]
    )
    cites = [_cite(ctx, "wire", "212 years"), _cite(ctx, "analysis", "212 years")]
    assert independent_sources(ctx, ["wire", "analysis"], cites) == 1
    # the analysis' own sentence stays its own report
    own = [_cite(ctx, "wire", "212 years"), _cite(ctx, "analysis", "good news")]
    assert independent_sources(ctx, ["wire", "analysis"], own) == 2


def test_initials_of_no_story_outlet_leave_two_sources(make):
    ctx = _ctx(
        [
            _art(make, WIRE, "wire", "Northline Wire Service"),
            _art(make, ANALYSIS, "analysis", "The Orrin Observer"),
        ]
    )
    cites = [_cite(ctx, "wire", "212 years"), _cite(ctx, "analysis", "212 years")]
    assert independent_sources(ctx, ["wire", "analysis"], cites) == 2
