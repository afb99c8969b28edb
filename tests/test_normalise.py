"""NORMALISE stage: text cleaning, ids, dates, language, caps, fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.model import Article, RawArticle, Skipped
from consilience.normalise import (
    DEFAULT_MAX_CHARS,
    clean_field,
    clean_text,
    normalise,
    parse_date,
    read_articles,
    text_id,
)

FIX = Path(__file__).parent / "fixtures" / "read"

ENGLISH = (
    "The harbour bridge reopened to traffic on Tuesday morning, eleven weeks after a winter "
    "storm tore away part of its northern railing. City engineers said the repairs cost about "
    "4.2 million dollars, roughly a third more than the first estimate."
)


def raw(text: str = ENGLISH, **kw) -> RawArticle:
    return RawArticle(source=kw.pop("source", "test.txt"), text=text, **kw)


# --------------------------------------------------------------------------- text


def test_clean_text_whitespace_and_invisibles():
    messy = (
        "\ufeff  First\u00a0line\u2009with\t\tgaps  \r\n"
        "soft\u00adhyphen and zero\u200bwidth\u2060joiner\r"
        "\r\n\r\n\r\n\n"
        "   Second   paragraph\u3000here.   \n\n\n\n\n"
    )
    assert clean_text(messy) == (
        "First line with gaps\nsofthyphen and zerowidthjoiner\n\nSecond paragraph here."
    )


def test_clean_text_nfc_and_kept_punctuation():
    decomposed = (
        "Cafe\u0301 owner said \u201cno\u201d \u2014 and \u2018maybe\u2019 \u2013 twice\u2026"
    )
    out = clean_text(decomposed)
    assert out == "Café owner said “no” — and ‘maybe’ – twice…"
    assert "\u0301" not in out  # composed
    assert "\u201c" in out and "\u2014" in out  # curly quotes and dashes untouched


def test_clean_text_line_separators_and_controls():
    assert clean_text("a\u2028b\u2029c\x0cd\x07e\x85f") == "a\nb\n\nc\nde\nf"


def test_clean_text_is_idempotent():
    once = clean_text("  A\u00a0 b \n\n\n\n c\u200b ")
    assert clean_text(once) == once


def test_article_text_is_clean():
    art = normalise(
        raw("  " + ENGLISH.replace(" ", "\u00a0 ", 3) + "\r\n\r\n\r\n\r\nEnd of story here.")
    )
    assert isinstance(art, Article)
    assert "\u00a0" not in art.text and "\r" not in art.text
    assert art.text.endswith(".\n\nEnd of story here.")
    assert "  " not in art.text


# --------------------------------------------------------------------------- ids


def test_id_is_16_hex_of_sha256():
    art = normalise(raw())
    assert len(art.id) == 16 and int(art.id, 16) >= 0
    assert art.id == text_id(art.text)


def test_same_text_same_id_whitespace_and_case_ignored():
    a = normalise(raw(ENGLISH, source="a.txt"))
    b = normalise(raw("  " + ENGLISH.replace(" ", "   ").replace(", ", ",\n") + "\n", source="b"))
    c = normalise(raw(ENGLISH.upper(), source="c.txt"))
    assert a.id == b.id == c.id
    d = normalise(raw(ENGLISH.replace("Tuesday", "Wednesday")))
    assert d.id != a.id


def test_identical_files_get_the_same_id(tmp_path):
    (tmp_path / "one.txt").write_text("Bridge reopens\n\n" + ENGLISH + "\n")
    (tmp_path / "two.md").write_text("# Bridge reopens\n\n" + ENGLISH.replace(". ", ".  ") + "\n")
    (tmp_path / "three.json").write_text('{"title": "Other", "text": "' + ENGLISH + '"}')
    arts = list(read_articles([str(tmp_path)]))
    assert [type(a) for a in arts] == [Article] * 3
    assert len({a.id for a in arts}) == 1
    assert len({a.source for a in arts}) == 3


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-11-17", "2024-11-17"),
        ("2024-11-17T23:30:00-05:00", "2024-11-17"),  # the local date as written
        ("2024-11-17T09:30:00Z", "2024-11-17"),
        ("2024-11-17 09:30:00.123456789+02:00", "2024-11-17"),
        ("Sun, 17 Nov 2024 23:30:00 -0500", "2024-11-17"),  # RFC 2822, not moved to UTC
        ("Mon, 18 Nov 2024 04:30:00 GMT", "2024-11-18"),
        ("17 November 2024", "2024-11-17"),
        ("November 17, 2024", "2024-11-17"),
        ("Nov. 17, 2024, 9:30 PM EST", "2024-11-17"),
        ("1731801600", "2024-11-17"),  # Unix seconds, UTC
        (1731801600000, "2024-11-17"),  # milliseconds
        ("yesterday", None),  # relative: never resolved against "now"
        ("Sunday", None),
        ("November 2024", None),  # no day
        ("2024-13-45", None),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_published_from_reader_then_fallback():
    assert normalise(raw(published="Sun, 17 Nov 2024 23:30:00 -0500")).published == "2024-11-17"
    assert normalise(raw(), published="2024-11-18").published == "2024-11-18"
    # the article's own date wins over the run's fallback
    art = normalise(raw(published="2024-11-17T10:00:00Z"), published="2024-11-18")
    assert art.published == "2024-11-17"
    # an unreadable article date falls back too
    assert normalise(raw(published="soon"), published="2024-11-18").published == "2024-11-18"
    assert normalise(raw()).published is None


def test_bad_published_argument_raises():
    with pytest.raises(ValueError, match="cannot read the date 'next week'"):
        normalise(raw(), published="next week")
    with pytest.raises(ValueError):  # raised at once, before iterating
        read_articles([str(FIX / "plain.txt")], published="32/13/2024")


# --------------------------------------------------------------------------- language


def test_german_and_french_skipped():
    res = {
        Path(r.source).name: r
        for r in read_articles([str(FIX / "german.txt"), str(FIX / "french.txt")])
    }
    assert res["german.txt"] == Skipped(str(FIX / "german.txt"), "not English (detected: de)")
    assert res["french.txt"] == Skipped(str(FIX / "french.txt"), "not English (detected: fr)")


def test_short_text_clearly_german_is_skipped_but_short_english_kept():
    s = normalise(raw("Die Brücke wird im kommenden Frühjahr erneuert, sagte die Stadt."))
    assert isinstance(s, Skipped) and s.reason == "not English (detected: de)"
    names = "Zelenskyy met Kuleba, Yermak and Syrskyi in Kyiv on Sunday about ATACMS."
    art = normalise(raw(names))
    assert isinstance(art, Article) and art.language == "en"


@pytest.mark.parametrize(
    "detected, length, skip",
    [
        (("de", 0.95, 0.04), 300, True),  # long enough to tell, confident
        (("de", 0.95, 0.04), 100, False),  # short and not sure enough: assumed English
        (("de", 0.80, 0.15), 300, False),  # long but unsure
        (("de", 0.995, 0.0005), 100, True),  # short but clearly German
        (("pcm", 0.99, 0.99), 300, False),  # py3langid's Pidgin label is English to us
        (("zxx", 0.99, 0.0), 300, False),  # no linguistic content: not "foreign"
    ],
)
def test_language_decision_rules(monkeypatch, detected, length, skip):
    import consilience.normalise as norm

    monkeypatch.setattr(norm, "detect_language", lambda text: detected)
    text = (ENGLISH * 3)[:length]
    res = normalise(raw(text))
    if skip:
        assert res == Skipped("test.txt", f"not English (detected: {detected[0]})")
    else:
        assert isinstance(res, Article) and res.language == "en"


def test_english_with_a_foreign_quote_kept():
    text = ENGLISH + " “Слава Україні,” he wrote on Telegram, before thanking the engineers."
    art = normalise(raw(text))
    assert isinstance(art, Article) and art.language == "en"


# --------------------------------------------------------------------------- caps


@pytest.mark.parametrize("text", ["", "   \n\n\t ", "\u200b\u00ad", "Too short to keep."])
def test_no_article_text(text):
    s = normalise(raw(text, source="x.txt"))
    assert s == Skipped("x.txt", "no article text")


def test_min_chars_adjustable():
    assert isinstance(normalise(raw("Bridge reopens today."), min_chars=10), Article)


def test_max_chars():
    s = normalise(raw(ENGLISH * 3), max_chars=300)
    assert isinstance(s, Skipped)
    assert s.reason == "text over the size cap of 300 characters (use --max-chars)"
    assert DEFAULT_MAX_CHARS == 200_000
    big = normalise(raw((ENGLISH + "\n\n") * 1000))
    assert isinstance(big, Skipped) and "200,000 characters" in big.reason


# --------------------------------------------------------------------------- fields


def test_fields_cleaned():
    art = normalise(
        raw(
            title="  Bridge\u00a0 reopens &amp; ferries\n slow  ",
            outlet="  ",
            author="\tMira   Okafor ",
            url="  https://www.example.org/a  ",
        )
    )
    assert art.title == "Bridge reopens & ferries slow"
    assert art.outlet is None
    assert art.author == "Mira Okafor"
    assert art.url == "https://www.example.org/a"
    assert normalise(raw(url="not a url with spaces")).url is None
    assert clean_field("") is None and clean_field(None) is None


def test_header_contract():
    art = normalise(raw(title="T", outlet="The Coastal Ledger", published="2024-03-05"))
    assert art.header() == {
        "id": art.id,
        "source": "test.txt",
        "outlet": "The Coastal Ledger",
        "title": "T",
        "published": "2024-03-05",
    }


# --------------------------------------------------------------------------- end to end


def test_read_articles_on_fixture_folder():
    results = list(read_articles([str(FIX)], published="2024-03-10"))
    arts = [r for r in results if isinstance(r, Article)]
    skips = {
        r.source.replace(str(FIX) + "/", ""): r.reason for r in results if isinstance(r, Skipped)
    }
    assert skips == {
        "articles.jsonl:3": skips["articles.jsonl:3"],
        "articles.jsonl#6": "no text field (expected one of: text, body, content)",
        "broken.json": skips["broken.json"],
        "broken.xml": skips["broken.xml"],
        "feed.rss#https://www.valleygazette.example/gallery": "the feed entry has no text",
        "latest-feed#https://www.valleygazette.example/gallery": "the feed entry has no text",
        "french.txt": "not English (detected: fr)",
        "german.txt": "not English (detected: de)",
        "nomain.html": "no main text found in the HTML",
    }
    assert skips["articles.jsonl:3"].startswith("malformed JSON line")
    assert all(a.language == "en" and a.published for a in arts)
    by_source = {a.source.replace(str(FIX) + "/", ""): a for a in arts}
    assert by_source["feed.rss#vg-1001"].published == "2024-11-17"
    assert by_source["plain.txt"].published == "2024-03-10"  # the run's fallback
    assert by_source["page.html"].published == "2024-03-05"
    # the same feed under two names: same text, same id, different sources
    assert by_source["feed.rss#vg-1001"].id == by_source["latest-feed#vg-1001"].id
    # deterministic
    again = [r.source for r in read_articles([str(FIX)])]
    assert again == [r.source for r in results]
