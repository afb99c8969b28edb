"""HTML pages as news sites build them (issue #12, item 20): the section label and the
headline printed again over the text, a site name filled with the headline, and a page
whose extractor finds only a photo caption."""

from __future__ import annotations

from pathlib import Path

from consilience.model import Article, Skipped
from consilience.normalise import read_articles

BODY = (
    "<p>A landslide closed the coastal railway between Brennick and Holm on Saturday after "
    "two days of heavy rain, the operator said, and replacement buses will run until at "
    "least Wednesday.</p>"
    "<p>Engineers were checking the cutting above the line for further movement, a "
    "spokeswoman for the operator said. No train was on the section when the slope gave "
    "way.</p>"
    "<p>About 4,000 passengers use the line on a weekday, most of them commuters into "
    "Brennick, according to figures from the regional transport authority.</p>"
)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def _read(tmp_path: Path, html: str, name: str = "page.html") -> Article | Skipped:
    f = tmp_path / name
    f.write_text(html)
    (res,) = list(read_articles([str(f)]))
    return res


def test_section_label_and_restated_headline_are_not_text(tmp_path):
    head = (
        "<title>Landslide shuts Brennick coast line | Holm Herald</title>"
        '<meta property="og:site_name" content="Holm Herald">'
    )
    body = "<p>Travel</p><h1>Landslide shuts Brennick coast line for days</h1>" + BODY
    art = _read(tmp_path, _page(head, body))
    assert isinstance(art, Article), art
    assert art.text.startswith("A landslide closed the coastal railway"), art.text[:80]
    assert "Travel" not in art.text.split("\n")[0]


def test_a_lead_sentence_that_repeats_the_headline_is_kept(tmp_path):
    head = "<title>Landslide closes coastal railway</title>"
    body = "<p>Landslide closes coastal railway, the operator said on Saturday.</p>" + BODY
    art = _read(tmp_path, _page(head, body))
    assert art.text.startswith("Landslide closes coastal railway, the operator said")


def test_short_opening_paragraph_without_a_headline_after_it_is_kept(tmp_path):
    head = "<title>Coast line closed by landslide</title>"
    body = "<p>Updated</p><p>Rail chaos again</p>" + BODY
    art = _read(tmp_path, _page(head, body))
    assert art.text.startswith("Updated")


def test_site_name_holding_the_headline_names_no_outlet(tmp_path):
    head = (
        "<title>Landslide shuts Brennick coast line</title>"
        '<meta property="og:site_name" content="Herald Online: Travel: '
        'Landslide shuts Brennick coast line">'
        '<link rel="canonical" href="https://www.holm-herald.example/travel/landslide">'
    )
    art = _read(tmp_path, _page(head, BODY))
    assert art.outlet == "holm-herald.example"


def test_page_with_only_a_photo_caption_is_skipped_with_a_reason(tmp_path):
    head = "<title>Why the coast line keeps closing</title>"
    body = (
        "<p>Workers inspect the cutting above the railway near Holm on Sunday, after the "
        "weekend landslide. Photo: Reuters</p>"
    )
    res = _read(tmp_path, _page(head, body))
    assert isinstance(res, Skipped), res
    assert res.reason == "no article text (only caption lines)"


def test_update_label_earlier_than_publication_label_swaps_them(tmp_path):
    head = (
        "<title>Landslide shuts Brennick coast line</title>"
        '<meta property="article:published_time" content="2025-02-19T07:10:00+00:00">'
        '<meta property="article:modified_time" content="2025-02-15T18:30:00+00:00">'
    )
    art = _read(tmp_path, _page(head, BODY))
    assert art.published == "2025-02-15" and art.modified == "2025-02-19"


def test_update_label_after_publication_is_kept_apart(tmp_path):
    head = (
        "<title>Landslide shuts Brennick coast line</title>"
        '<meta name="date" content="2025-02-19">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-02-15T18:30:00Z", "dateModified": "2025-02-19T07:10:00Z"}'
        "</script>"
    )
    art = _read(tmp_path, _page(head, BODY))
    assert art.published == "2025-02-15" and art.modified == "2025-02-19"


def test_live_blog_entry_times_are_not_glued_to_the_entry_text(tmp_path):
    entries = (
        (
            "16:40",
            "Rescue teams reached the last cut-off farm above Brennick, where a family "
            "of five had sheltered in the hayloft since the slope gave way.",
        ),
        (
            "15:05",
            "The operator said replacement buses would run every twenty minutes "
            "between Brennick and Holm until the cutting is declared safe.",
        ),
    )
    body = "".join(
        f'<div class="post"><b class="stamp">{t}</b><span>{words}</span></div>'
        for t, words in entries
    )
    art = _read(tmp_path, _page("<title>Brennick landslide: live</title>", body))
    lines = art.text.split("\n\n")
    assert "16:40" in lines and "15:05" in lines, lines
    assert any(line.startswith("Rescue teams reached") for line in lines)
    marked = {art.text[b.start : b.end] for b in art.boilerplate}
    assert {"16:40", "15:05"} <= marked


def test_glued_times_in_a_feed_body_and_ordinary_numbers():
    from consilience.read import html_to_text, unglue_clock_times

    text = html_to_text("<p><strong>09:15</strong>The first train left Holm on time.</p>")
    assert text == "09:15\n\nThe first train left Holm on time."
    assert unglue_clock_times("At 10:30Police said") == "At 10:30Police said"  # not a line start
    assert unglue_clock_times("12:45 BST") == "12:45 BST"
    assert (
        unglue_clock_times("7.25 p.m.\u201cWe are safe\u201d")
        == "7.25 p.m.\n\n\u201cWe are safe\u201d"
    )
