"""Feeds and JSON bodies as real publishers write them (issue #12, item 18): JSON Feed
(jsonfeed.org) items, feeds titled by a section only, and markup escaped twice so that one
decoding leaves character references ("&nbsp;", "&#8217;") in the words."""

from __future__ import annotations

import json
from pathlib import Path

from consilience.model import Article, Skipped
from consilience.normalise import clean_field, clean_text, decode_references, read_articles

LEAD = (
    "The regional water board raised the drought alert for the Tarne valley to its second "
    "level on Monday, after a month with a fifth of the usual rainfall."
)


def _read(path: Path) -> list[Article | Skipped]:
    return list(read_articles([str(path)]))


def _json_feed(items: list[dict], title: str = "Tarne Courier") -> dict:
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": "https://www.tarne-courier.example/",
        "items": items,
    }


def test_json_feed_items_are_articles(tmp_path):
    items = [
        {
            "id": "4411",
            "url": "https://www.tarne-courier.example/drought-alert",
            "title": "Drought alert raised",
            "content_html": f"<p>{LEAD}</p><img src='https://px.example/t.gif' />",
            "date_published": "2025-07-14T17:20:00+02:00",
            "date_modified": "2025-07-16T09:00:00+02:00",
            "authors": [{"name": "Ines Marlow"}],
        },
        {"id": "4412", "content_text": LEAD + " Farmers may draw river water at night only."},
        {"id": "4413", "summary": LEAD + " Hosepipe use stays allowed for now."},
    ]
    f = tmp_path / "feed.json"
    f.write_text(json.dumps(_json_feed(items)))
    first, second, third = _read(f)
    assert isinstance(first, Article), first
    assert first.source == f"{f}#4411" and first.text == LEAD
    assert first.published == "2025-07-14" and first.modified == "2025-07-16"
    assert first.author == "Ines Marlow" and first.outlet == "Tarne Courier"
    assert isinstance(second, Article) and second.text.endswith("at night only.")
    assert isinstance(third, Article) and third.text.endswith("stays allowed for now.")


def test_feed_titled_by_a_section_takes_the_site_domain(tmp_path):
    f = tmp_path / "feed.json"
    f.write_text(json.dumps(_json_feed([{"id": "1", "content_text": LEAD}], title="World")))
    (art,) = _read(f)
    assert art.outlet == "tarne-courier.example"
    rss = tmp_path / "rss.xml"
    rss.write_text(
        '<rss version="2.0"><channel><title>Environment</title>'
        "<link>https://www.lowmoor-post.example/environment</link>"
        f"<item><title>Drought</title><description>{LEAD}</description></item>"
        "</channel></rss>"
    )
    (art,) = _read(rss)
    assert art.outlet == "lowmoor-post.example"


def test_container_with_a_summary_field_is_still_a_container(tmp_path):
    f = tmp_path / "export.json"
    f.write_text(json.dumps({"summary": "two stories", "articles": [{"text": LEAD}] * 1}))
    (art,) = _read(f)
    assert isinstance(art, Article) and art.text == LEAD


def test_markup_escaped_twice_leaves_no_character_reference(tmp_path):
    body = f"<p>{LEAD}&amp;nbsp;The board&amp;#8217;s chair called it &amp;quot;a warning&amp;quot;.</p>"
    rss = tmp_path / "rss.xml"
    rss.write_text(
        '<rss version="2.0"><channel><title>Tarne Courier</title>'
        f"<item><title>Drought &amp;amp; farms</title><description><![CDATA[{body}]]>"
        "</description></item></channel></rss>"
    )
    (art,) = _read(rss)
    assert isinstance(art, Article), art
    assert "&" not in art.text, art.text
    assert art.text.endswith(
        "level on Monday, after a month with a fifth of the usual rainfall. "
        'The board’s chair called it "a warning".'
    )
    assert art.title == "Drought & farms"


def test_decode_references_only_decodes_entities():
    assert decode_references("AT&T; R&D;") == "AT&T; R&D;"  # no such entity names
    assert decode_references("fish &amp;amp; chips") == "fish & chips"
    assert decode_references("5&#x2009;km &#8211; about") == "5\u2009km – about"
    assert clean_text("a&nbsp;b") == "a b"
    assert clean_field("Floods &amp;amp; fires") == "Floods & fires"


def test_dotted_dates_are_day_first_and_compact_dates_are_read():
    from consilience.normalise import parse_date

    assert parse_date("05.03.2024") == "2024-03-05"
    assert parse_date("5.3.2024") == "2024-03-05"
    assert parse_date("31.12.2023") == "2023-12-31"
    assert parse_date("20240305") == "2024-03-05"
    assert parse_date("20241305") is None  # no 13th month
    assert parse_date("12345678") is None  # not a year


def test_figure_captions_in_a_feed_body_are_not_text(tmp_path):
    figure = (
        '&lt;figure&gt;&lt;img src="https://tarne-courier.example/dam.jpg"&gt;&lt;p&gt;'
        "&lt;a href='#'&gt;Enlarge&lt;/a&gt; / The spillway of the Tarne dam on Monday. "
        "(credit: Ines Marlow)&lt;/p&gt;&lt;/figure&gt;"
    )
    rss = tmp_path / "rss.xml"
    rss.write_text(
        '<rss version="2.0"><channel><title>Tarne Courier</title>'
        f"<item><title>Drought</title><description>{figure}&lt;p&gt;{LEAD}&lt;/p&gt;"
        "</description></item>"
        # a body wrapped whole in a figure keeps its words
        f"<item><title>Wrapped</title><description>&lt;figure&gt;&lt;p&gt;{LEAD}&lt;/p&gt;"
        "&lt;/figure&gt;</description></item></channel></rss>"
    )
    first, wrapped = _read(rss)
    assert first.text == LEAD, first.text
    assert wrapped.text == LEAD
