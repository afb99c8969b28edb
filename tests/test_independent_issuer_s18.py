"""Session 18: a fact a wire attributes to an organisation whose own release is in the story
("..., the Brenmoor Water Board said") rests on that release: the release, the wire and the
wire's portal copy are one independent source for it, not two (held-out s17 kind 14). The
texts are written for these tests."""

from __future__ import annotations

from dataclasses import replace

from consilience.model import Extraction, Story, StoryContext
from consilience.provenance import extract_attributions, independent_sources, primary_report

RELEASE = (
    "The Brenmoor Water Board has lifted the boil-water notice for 18,000 homes in the "
    "eastern district. Tests since Monday found the supply safe to drink."
)
WIRE = (
    "A boil-water notice for 18,000 homes in eastern Brenmoor was lifted on Thursday, the "
    "Brenmoor Water Board said. A burst main had let river water into the supply."
)
PORTAL = WIRE + " Readers can check their street on the board's website."
PAPER = (
    "Families in eastern Brenmoor can drink tap water again after the notice for 18,000 "
    "homes was lifted. Cafes on Mill Street reopened within the hour."
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
    doc = next(a.doc for a in ctx.analyses if a.article.id == aid)
    sent = next(s for s in doc.sents if words in s.text)
    return {"article": aid, "start": sent.start_char, "end": sent.end_char}


def _story(make, release_outlet: str = "Brenmoor Water Board") -> StoryContext:
    return _ctx(
        [
            _art(make, RELEASE, "release", release_outlet),
            _art(make, WIRE, "wire", "Coastline News Agency"),
            _art(make, PORTAL, "portal", "Brenmoor Online"),
            _art(make, PAPER, "paper", "The Eastside Echo"),
        ]
    )


def test_a_wire_retelling_a_release_of_the_story_is_one_source_with_it(make):
    ctx = _story(make)
    ids = ["release", "wire", "portal"]
    cites = [_cite(ctx, aid, "18,000") for aid in ids]
    assert independent_sources(ctx, ids, cites) == 1
    # the paper's own account of the fact is a second source
    both = [*ids, "paper"]
    assert independent_sources(ctx, both, [*cites, _cite(ctx, "paper", "18,000")]) == 2


def test_a_wire_sentence_without_the_attribution_stays_its_own(make):
    ctx = _story(make)
    cites = [_cite(ctx, "release", "Tests since"), _cite(ctx, "wire", "burst main")]
    assert independent_sources(ctx, ["release", "wire"], cites) == 2


def test_an_organisation_with_no_release_in_the_story_adds_no_link(make):
    ctx = _story(make, release_outlet="Brenmoor Gazette")
    ids = ["release", "wire"]
    cites = [_cite(ctx, aid, "18,000") for aid in ids]
    assert independent_sources(ctx, ids, cites) == 2


WEIGHING = (
    "Brenmoor's boil-water notice is over, but how many homes it touched depends on whom "
    "you ask. The Coastline News Agency reported 18,000 homes; the Eastside Echo reported "
    "nearer 25,000. Either way the cafes on Mill Street are open again."
)
RETELLING = (
    "A boil-water notice for 18,000 homes in Brenmoor was lifted on Thursday, the Coastline "
    "News Agency reported. CNA said a burst main had let river water into the supply."
)


def test_a_lead_weighing_two_outlets_rests_on_neither(make):
    a = make(WEIGHING, "analysis")
    assert primary_report(extract_attributions(a), a) is None


def test_a_lead_citing_one_outlet_twice_rests_on_it(make):
    a = make(RETELLING, "retelling")
    assert primary_report(extract_attributions(a), a) == "The Coastline News Agency"
