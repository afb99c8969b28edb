"""Real-world inputs of session 14 (issue #12, items 18-20): feeds, pages and bylines of the
kinds met in the trackers of trafilatura, feedparser and warcio, in fixtures written here."""

from __future__ import annotations

from consilience.model import RawArticle
from consilience.read import read_path


def _articles(path) -> list[RawArticle]:
    out = list(read_path(str(path)))
    assert all(isinstance(r, RawArticle) for r in out), out
    return out


def test_section_feed_whose_link_has_a_path_names_the_outlet_alone(tmp_path) -> None:
    feed = tmp_path / "video.xml"
    feed.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel>
<title>Carrick Broadcasting - Clips</title>
<link>https://www.carrickbroadcasting.example/clips/latest</link>
<item><title>Roof blown off sports hall</title><link>https://www.carrickbroadcasting.example/c/1</link>
<description>Gales tore the roof from the Elm Road sports hall in Carrick on Sunday night.</description>
</item></channel></rss>""",
        encoding="utf-8",
    )
    [art] = _articles(feed)
    assert art.outlet == "Carrick Broadcasting"


def test_feed_trailer_pointing_back_to_the_entry_and_its_site_is_dropped(tmp_path) -> None:
    feed = tmp_path / "blog.xml"
    feed.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel>
<title>Orrin Valley Voice</title><link>https://orrinvoice.example/</link>
<item><title>Ferry fares frozen</title><link>https://orrinvoice.example/2025/ferry-fares/</link>
<description><![CDATA[<p>Fares on the Orrin ferry will stay at 2025 levels until
March, the operator said on Friday, after a <a href="https://orrinvoice.example/2024/petition/">petition</a>
signed by 3,100 residents.</p>
<p>Originally published as <a href="https://orrinvoice.example/2025/ferry-fares/">Ferry fares frozen</a>
by <a href="https://www.orrinvoice.example/">Orrin Valley Voice</a>.</p>
<p><a href="https://orrinvoice.example/2025/ferry-fares/#more">Keep reading</a></p>]]></description>
</item></channel></rss>""",
        encoding="utf-8",
    )
    [art] = _articles(feed)
    assert "Originally published" not in art.text
    assert "Keep reading" not in art.text
    # a sentence linking to another page of the site is the story's own text
    assert "after a petition signed by 3,100 residents." in " ".join(art.text.split())


def test_a_paginated_article_page_keeps_its_text_without_the_page_navigation(tmp_path) -> None:
    page = tmp_path / "tunnel-2.html"
    page.write_text(
        """<html><head><title>How the Selby tunnel flooded (page 2) - Lowmoor Echo</title>
<meta property="article:published_time" content="2025-04-02T08:00:00Z"></head><body><article>
<h1>How the Selby tunnel flooded</h1>
<p>Pumps failed at about four in the morning, and within an hour the water in the tunnel was
more than a metre deep, the rail operator's report says.</p>
<p>The line reopened eleven days later after engineers replaced both pump houses.</p>
<nav class="pages"><p>&#8592; Prev | 1 | 2 | 3 | Next &#8594;</p></nav>
<p class="pager">Continued on page 3</p>
</article></body></html>""",
        encoding="utf-8",
    )
    [art] = _articles(page)
    assert art.text.endswith("replaced both pump houses.")
    assert "Prev" not in art.text and "Continued on page" not in art.text


def test_a_page_built_by_script_keeps_the_paragraphs_of_its_json_ld_body(tmp_path) -> None:
    page = tmp_path / "app.html"
    page.write_text(
        """<!DOCTYPE html><html><head><title>Quarry blast rattles Penrick</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
{"@type": "WebSite", "name": "Fellside Today"},
{"@type": "NewsArticle", "headline": "Quarry blast rattles Penrick",
 "datePublished": "2025-05-06T07:00:00+01:00",
 "articleBody": "A planned blast at the Penrick quarry shook houses up to two miles away on Monday.\\nThe operator said the charge had been larger than usual.\\n\\nResidents reported cracked plaster in at least 14 homes."}]}
</script></head><body><div id="app"></div><script src="/bundle.js"></script></body></html>""",
        encoding="utf-8",
    )
    [art] = _articles(page)
    assert art.text.split("\n\n") == [
        "A planned blast at the Penrick quarry shook houses up to two miles away on Monday.",
        "The operator said the charge had been larger than usual.",
        "Residents reported cracked plaster in at least 14 homes.",
    ]
    assert art.published.startswith("2025-05-06")


def test_a_byline_job_title_is_not_taken_for_the_outlet(tmp_path) -> None:
    role = tmp_path / "role.txt"
    role.write_text(
        "Tunnel boring machine reaches Aldwick\n\nBy Petra Hollins, Transport Correspondent\n\n"
        "The machine digging the Aldwick relief tunnel broke through on Thursday, eleven weeks "
        "behind schedule, the contractor said.\n",
        encoding="utf-8",
    )
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Tunnel boring machine reaches Aldwick\n\nBy Petra Hollins, Tarnby Evening Courier\n\n"
        "The machine digging the Aldwick relief tunnel broke through on Thursday, eleven weeks "
        "behind schedule, the contractor said.\n",
        encoding="utf-8",
    )
    [by_role] = _articles(role)
    [by_paper] = _articles(paper)
    assert (by_role.author, by_role.outlet) == ("Petra Hollins", None)
    assert (by_paper.author, by_paper.outlet) == ("Petra Hollins", "Tarnby Evening Courier")


def test_mojibake_in_a_saved_text_and_a_feed_is_undone(tmp_path) -> None:
    from consilience.normalise import read_articles

    sentence = (
        "Zoë Brandt’s crêperie in Sète reopened on Friday — the £8,500 repair “was worth it”."
    )
    # UTF-8 read once as Latin-1 and saved again, as a scraper with the wrong charset does
    garbled = sentence.encode("utf-8").decode("latin-1")
    saved = tmp_path / "crepes.txt"
    saved.write_text(f"Crêperie reopens\n\n{garbled} Queues formed at noon.\n", encoding="utf-8")
    feed = tmp_path / "crepes.xml"
    feed.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Sète Weekly</title><link>https://seteweekly.example/</link>
<item><title>{"Crêperie reopens".encode().decode("latin-1")}</title>
<link>https://seteweekly.example/a</link>
<description>{garbled} Queues formed at noon.</description></item></channel></rss>""",
        encoding="utf-8",
    )
    arts = list(read_articles([str(saved), str(feed)]))
    assert [a.title for a in arts] == ["Crêperie reopens", "Crêperie reopens"]
    assert all(a.text == f"{sentence} Queues formed at noon." for a in arts)


def test_text_that_only_looks_like_mojibake_is_kept() -> None:
    from consilience.normalise import clean_text

    for text in (
        "SÃO PAULO (Reuters) - Brazil's central bank held rates.",
        "A la carte, naïve café.",
    ):
        assert clean_text(text) == text


def test_gzipped_pages_and_feeds_are_read_as_what_they_hold(tmp_path) -> None:
    import gzip

    page = tmp_path / "weir.html.gz"
    page.write_bytes(
        gzip.compress(
            b"""<html><head><title>Weir repairs finish early</title>
<meta property="article:published_time" content="2025-06-03T10:00:00Z"></head><body><article>
<p>Repairs to the Holloway weir on the river Lune finished a week early on Monday, the
rivers authority said, and the towpath beside it has reopened to walkers and cyclists.</p>
<p>The work cost 640,000 pounds and replaced the weir's crumbling stone apron.</p>
</article></body></html>"""
        )
    )
    feed = tmp_path / "updates"  # no extension: the decompressed bytes say it is a feed
    feed.write_bytes(
        gzip.compress(
            b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Lune Post</title>
<item><title>Weir reopens</title><link>https://lunepost.example/weir</link>
<description>The towpath beside the Holloway weir reopened on Monday after repairs.</description>
</item></channel></rss>"""
        )
    )
    [from_page] = _articles(page)
    [from_feed] = _articles(feed)
    assert from_page.title == "Weir repairs finish early"
    assert from_page.text.startswith("Repairs to the Holloway weir")
    assert from_feed.title == "Weir reopens" and from_feed.outlet == "Lune Post"


def test_a_damaged_gzip_file_is_one_skip_line(tmp_path) -> None:
    from consilience.model import Skipped

    bad = tmp_path / "page.html.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"not deflate data at all")
    [skip] = list(read_path(str(bad)))
    assert isinstance(skip, Skipped) and "gzip" in skip.reason


def test_markdown_markup_is_not_stored_as_words(tmp_path) -> None:
    report = tmp_path / "report.md"
    report.write_text(
        """# Reader drops the *second* paragraph

**What happened**
Feeding the [Harlow Courier](https://harlowcourier.example/a) story gave one paragraph, not
two; the `read_html` call returned 212 characters.

![the page](https://example.org/shot.png)

> The library reopened on Monday after a £30,000 roof repair.

```
$ tool ingest page.html
read 1
```

1. Save the page
2. Run the command
""",
        encoding="utf-8",
    )
    [art] = _articles(report)
    assert art.title == "Reader drops the second paragraph"
    paragraphs = art.text.split("\n\n")
    assert paragraphs[0] == (
        "What happened\nFeeding the Harlow Courier story gave one paragraph, not\n"
        "two; the read_html call returned 212 characters."
    )
    assert "The library reopened on Monday after a £30,000 roof repair." in paragraphs
    assert "$ tool ingest page.html\nread 1" in paragraphs
    assert "1. Save the page\n2. Run the command" in paragraphs
    assert not any(mark in art.text for mark in ("**", "](", "![", "`", "> ", "# "))
    # plain prose saved as Markdown is stored line for line, list and all
    plain = tmp_path / "plain.md"
    body = "Was the wait worth it?\n- The library reopened on Monday\n- The roof cost £30,000\n\n10:42\nQueues formed."
    plain.write_text(f"---\ntitle: Library reopens\n---\n{body}\n", encoding="utf-8")
    [kept] = _articles(plain)
    assert kept.text == body


def test_a_schema_org_news_article_record_is_an_article(tmp_path) -> None:
    import json

    record = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Signal fault halts Dunmere trams",
        "datePublished": "2025-07-08T07:15:00+01:00",
        "author": [{"@type": "Person", "name": "Cal Ferris"}],
        "publisher": {"@type": "Organization", "name": "Dunmere Daily"},
        "mainEntityOfPage": {"@id": "https://dunmeredaily.example/trams"},
        "articleBody": "All trams in Dunmere stopped for two hours on Tuesday after a signal "
        "fault.\n\nThe operator apologised to passengers.",
    }
    path = tmp_path / "trams.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    [art] = _articles(path)
    assert art.text.startswith("All trams in Dunmere stopped")
    assert (art.title, art.outlet, art.author) == (
        "Signal fault halts Dunmere trams",
        "Dunmere Daily",
        "Cal Ferris",
    )
    assert art.url == "https://dunmeredaily.example/trams"
    assert art.published.startswith("2025-07-08")


def test_an_uploaded_gzipped_page_is_read_too() -> None:
    import gzip

    from consilience.read import read_bytes

    page = gzip.compress(
        b"<html><head><title>Ferry strike called off</title></head><body><article><p>Crews on "
        b"the Skerry ferry called off Friday's strike after the operator raised its pay offer to "
        b"5.5 per cent, the union said on Wednesday evening.</p><p>Sailings will run as "
        b"timetabled this weekend.</p></article></body></html>"
    )
    [art] = list(read_bytes(page, "ferry.html.gz"))
    assert isinstance(art, RawArticle) and art.title == "Ferry strike called off"


def test_an_unlabelled_meta_date_later_than_the_page_s_published_label_is_the_update(
    tmp_path,
) -> None:
    page = tmp_path / "print.html"
    page.write_text(
        """<html><head><title>Print: Allotment rents to double | Brayford Times</title>
<meta name="date" content="2025-09-30"></head><body>
<div class="print-head"><a href="javascript:window.print()">Print this page</a></div>
<h1>Allotment rents to double</h1>
<p class="byline">Published: 22 September 2025</p>
<p>Allotment holders in Brayford will pay twice as much rent from next April after the
council voted on Monday to end a subsidy that has kept fees at 40 pounds a plot since 2011.</p>
<p>The allotment society said some of its 300 members would give up their plots.</p>
</body></html>""",
        encoding="utf-8",
    )
    [art] = _articles(page)
    assert art.published[:10] == "2025-09-22"
    assert art.modified[:10] == "2025-09-30"
    # a page whose unlabelled date is its only date keeps it as the publication date
    bare = tmp_path / "bare.html"
    bare.write_text(
        page.read_text(encoding="utf-8").replace(
            '<p class="byline">Published: 22 September 2025</p>', ""
        ),
        encoding="utf-8",
    )
    [undated] = _articles(bare)
    assert undated.published[:10] == "2025-09-30" and undated.modified is None


def test_a_sitemap_is_named_as_such(tmp_path) -> None:
    from consilience.model import Skipped

    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://harrowpost.example/news/flood</loc><lastmod>2025-02-01</lastmod></url>
</urlset>""",
        encoding="utf-8",
    )
    [skip] = list(read_path(str(sitemap)))
    assert isinstance(skip, Skipped) and skip.reason.startswith("a sitemap")


def test_drawings_formulas_and_players_in_a_feed_body_leave_no_tags(tmp_path) -> None:
    feed = tmp_path / "charts.xml"
    feed.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Tollbridge Data Desk</title>
<item><title>River levels chart</title><link>https://tollbridge.example/levels</link>
<description>&lt;svg width="300" height="200"&gt;&lt;title&gt;Levels chart&lt;/title&gt;&lt;rect width="10" height="80"/&gt;&lt;/svg&gt;The river at Tollbridge rose 1.4 metres overnight, the gauge shows. &lt;video poster="https://tollbridge.example/p.jpg"&gt;&lt;/video&gt;&lt;math&gt;&lt;mi&gt;h&lt;/mi&gt;&lt;/math&gt;Flood barriers went up at noon.</description>
</item></channel></rss>""",
        encoding="utf-8",
    )
    [art] = _articles(feed)
    assert "<" not in art.text and "Levels chart" not in art.text
    assert " ".join(art.text.split()) == (
        "The river at Tollbridge rose 1.4 metres overnight, the gauge shows. "
        "Flood barriers went up at noon."
    )
