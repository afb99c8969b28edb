"""Provenance, session 22: an article that credits another outlet for one later detail (a
figure, a finding) does not rest on that outlet's report; it is its own source for the rest,
and the outlet is the source of the sentence that cites it (held-out s21: two analyses said
to "rest on one report" of an outlet cited for a vote tally and for a crack). Texts written
for these tests."""

from __future__ import annotations

from consilience.model import Extraction, Story, StoryContext
from consilience.provenance import (
    build_provenance,
    extract_attributions,
    independent_sources,
    primary_report,
)

ANALYSIS = (
    "The new tram line opened to passengers on Monday after six years of works. About "
    "41,000 people rode it on the first day, according to the Danvik Post. The city now "
    "wants to extend it to the airport. Critics say the money would be better spent on buses."
)
RETELLING = (
    "The new tram line opened to passengers on Monday. About 41,000 people rode it on the "
    "first day, the Danvik Post reported. The line cost 310 million crowns, the Danvik Post said."
)
FIRST = "About 41,000 people rode the new tram line on its first day, the Danvik Post reported."


def _primary(make, text: str):
    a = make(text)
    return primary_report(extract_attributions(a), a)


def test_an_outlet_cited_for_one_later_detail_is_not_the_report(make):
    assert _primary(make, ANALYSIS) is None


def test_an_outlet_cited_in_two_lead_sentences_or_the_first_is_the_report(make):
    assert _primary(make, RETELLING) == "The Danvik Post"
    assert _primary(make, FIRST) == "The Danvik Post"


def _ctx(analyses) -> StoryContext:
    ids = [a.article.id for a in analyses]
    ext = {a.article.id: Extraction(a.article.id, attributions=extract_attributions(a)) for a in analyses}
    return StoryContext(Story("s", "t", ids), analyses, ext, {}, None)


def test_the_detail_counts_once_and_the_rest_twice(make):
    post = make(
        "The new tram line opened on Monday. About 41,000 people rode it on the first day.",
        "post",
    )
    post.article.outlet = "Danvik Post"
    ctx = _ctx([make(ANALYSIS, "obs"), post])
    opened = [{"article": "obs", "start": 0, "end": 60}, {"article": "post", "start": 0, "end": 30}]
    rode = ANALYSIS.index("About")
    riders = [{"article": "obs", "start": rode, "end": rode + 70}]
    assert independent_sources(ctx, ["obs", "post"], opened) == 2
    assert independent_sources(ctx, ["obs", "post"], riders) == 1
    assert not build_provenance(ctx)["provenance_notes"]
