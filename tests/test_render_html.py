"""HTML brief: structure, citations in context, robustness, determinism, escaping, CSP."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from consilience.render_html import (
    csp_hash,
    format_range,
    format_value,
    json_for_script,
    render_html,
    sentence_context,
    static_text,
)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "brief_sample.json"
PAYLOAD = (
    "Headline with <script>window.__pwned = 1; document.title = 'pwned'</script> inside.\n\n"
    'An image <img src=x onerror="window.__pwned=2"> and a <a href="javascript:window.__pwned=3">link</a>. '
    "A closing </script><script>window.__pwned=4</script> tag & an \u2028 separator. "
    "<svg onload=window.__pwned=5></svg> The end."
)


@pytest.fixture(scope="module")
def sample() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_fixture_citations_point_into_texts(sample):
    """The sample follows the contract: every citation is a real span of its article."""
    brief, texts = sample["brief"], sample["texts"]
    assert brief["schema"] == "consilience.brief/1"
    ids = {a["id"] for a in brief["story"]["articles"]}
    for key in ("summary", "consensus", "conflicts", "corroborated", "unique", "quotes",
                "provenance", "timeline", "entities"):  # fmt: skip
        assert brief[key], key
    found = []

    def walk(o):
        if isinstance(o, dict):
            if {"article", "start", "end"} <= o.keys():
                found.append(o)
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(brief)
    assert len(found) > 30
    for c in found:
        assert c["article"] in ids
        assert 0 <= c["start"] < c["end"] <= len(texts[c["article"]])
    for q in brief["quotes"]:
        t = texts[q["article"]]
        assert t[q["citation"]["start"] : q["citation"]["end"]] == q["text"]


def test_render_all_sections(sample):
    html = render_html(sample["brief"], sample["texts"])
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>Ferry fire on Lake Orrin</h1>" in html
    for section in ("summary", "conflicts", "consensus", "corroborated", "coverage", "unique",
                    "quotes", "timeline", "provenance", "entities", "articles", "sources"):  # fmt: skip
        assert f'id="story-s0-{section}"' in html, section
    assert "none found" not in html
    # conflict: majority and outlier rows; the rising toll is an update (latest/superseded)
    assert html.count('class="reading majority"') == 3
    assert html.count('class="reading outlier"') == 1
    assert html.count('class="reading latest"') == 1
    assert html.count('class="reading superseded"') == 3
    assert "≈ 5 km" in html and "1.93 km" in html
    # coverage matrix: the outlier article contradicts, the update updates
    assert 'class="cell contradicts"' in html and 'class="cell updates"' in html
    # quotes grouped by speaker: Anna Bredt first (3 quotes)
    assert html.index("Anna Bredt <span") < html.index("Mark Ellery <span")
    # provenance graph is inline SVG; the in-story outlet is highlighted
    assert '<svg class="prov-graph"' in html
    assert 'class="node source in-story"' in html
    # timeline in date order
    assert html.index("April 2024") < html.index("Sat 8 Jun 2024") < html.index("Tue 11 Jun 2024")


def test_citation_context_highlights_span_in_sentence(sample):
    html = render_html(sample["brief"], sample["texts"])
    # the source list shows the cited span highlighted inside its sentence, article named
    data = json.loads(re.search(r'id="consilience-data">(.*?)</script>', html, re.S).group(1))
    cid = next(k for k, c in data["cites"].items() if c["ctx"]["hit"] == "about 2 kilometres")
    n = data["cites"][cid]["n"]
    m = re.search(rf'<li id="{cid}" value="{n}">(.*?)</li>', html, re.S)
    assert m, "citation listed"
    item = m.group(1)
    assert "<mark>about 2 kilometres</mark>" in item
    assert "smoke was seen coming from the engine room" in item
    assert "lakesidepost.example" in item
    c5 = data["cites"][cid]
    assert c5["ctx"]["hit"] == "about 2 kilometres"
    assert c5["label"] == "lakesidepost.example" and c5["code"] == "A1"
    assert c5["href"] is None  # standalone: no server to link to


def test_sentence_context():
    text = "First one. Second has Mr. Smith in it. Third here.\n\nNew paragraph. Last."
    i = text.index("Smith")
    ctx = sentence_context(text, i, i + 5)
    assert ctx["hit"] == "Smith"
    assert ctx["before"] == "First one. Second has Mr. "
    assert ctx["after"] == " in it. Third here."
    assert sentence_context(text, 5, 500) is None
    assert sentence_context(text, -1, 3) is None


def test_deterministic_and_list_index(sample):
    a = render_html(sample["brief"], sample["texts"])
    b = render_html(copy.deepcopy(sample["brief"]), dict(reversed(list(sample["texts"].items()))))
    assert a == b
    second = copy.deepcopy(sample["brief"])
    second["story"]["id"] = "other"
    second["story"]["title"] = "Another story"
    many = render_html([sample["brief"], second], sample["texts"])
    assert 'class="story-index"' in many
    assert 'href="#story-s0"' in many and 'href="#story-s1"' in many
    assert 'id="s1-c1"' in many  # citations numbered per story


def test_empty_and_malformed_sections_render():
    brief = {
        "schema": "consilience.brief/1",
        "story": {"id": "x", "title": "Empty", "articles": []},
        "conflicts": [{"readings": [{"text": "a", "value": "weird"}], "majority": None}],
        "quotes": "not a list",
        "mystery": {"unknown": True},
        "timeline": [{"date": "2024-13-45", "precision": "day", "text": "bad date"}],
        "unique": [{"text": "no citation"}],
        "consensus": [
            {"text": "bad citation", "citations": [{"article": "zz", "start": 5, "end": 2}]}
        ],
    }
    html = render_html(brief, {})
    assert html.count("none found") >= 5  # summary, corroborated, quotes, provenance, entities
    assert "source text unavailable" in html
    assert "2024-13-45" in html
    assert render_html({}, {})  # no story at all


def test_format_value():
    assert (
        format_value({"value": 350000.0, "low": 0.0, "high": 350000.0, "unit": "m"}) == "≤ 350 km"
    )
    assert (
        format_value({"value": 305775.36, "low": 305775.36, "high": 305775.36, "unit": "m"})
        == "305.8 km"
    )
    assert (
        format_value({"value": 10000.0, "low": 10000.0, "high": None, "unit": "", "noun": "troops"})
        == "≥ 10,000 troops"
    )
    assert format_value({"value": 4.5e6, "unit": "USD"}) == "$4.5 million"
    assert format_value({"value": 97.0, "unit": "%"}) == "97%"
    assert format_value({"value": 2000.0, "low": 1800.0, "high": 2200.0, "unit": "m"}) == "≈ 2 km"
    assert (
        format_range({"value": 2000.0, "low": 1800.0, "high": 2200.0, "unit": "m"})
        == "1.8 km–2.2 km"
    )
    assert format_value({"value": "2025-03-16", "precision": "day"}) == "Sun 16 Mar 2025"
    assert format_value({"value": None}) == ""


def test_json_for_script_escapes():
    out = str(json_for_script({"t": "</script><!-- & \u2028\u2029 >"}))
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"t": "</script><!-- & \u2028\u2029 >"}


def _hostile_brief():
    aid = "evil0000deadbeef"
    text = PAYLOAD
    start = text.index("<img")
    end = text.index("link</a>") + len("link</a>")
    cite = {"article": aid, "start": start, "end": end}
    brief = {
        "schema": "consilience.brief/1",
        "story": {
            "id": "evil",
            "title": "<script>window.__pwned=6</script>Story",
            "articles": [
                {
                    "id": aid,
                    "source": "javascript:alert(1)",
                    "outlet": '"><img src=x onerror=window.__pwned=7>',
                    "title": "<b onmouseover=window.__pwned=8>t</b>",
                    "published": None,
                }  # fmt: skip
            ],
        },
        "summary": [{"text": text, "citations": [cite]}],
        "conflicts": [
            {
                "kind": "fact",
                "subject": "<iframe src=javascript:window.__pwned=9>",
                "readings": [
                    {
                        "article": aid,
                        "text": "<a href='javascript:x'>r</a>",
                        "value": "<i>v</i>",
                        "citation": cite,
                    }
                ],  # fmt: skip
                "majority": [aid],
                "outliers": [],
                "explanation": "<script>window.__pwned=10</script>",
            }
        ],
        "quotes": [
            {
                "speaker": "<img src=x onerror=window.__pwned=11>",
                "text": text,
                "direct": True,
                "article": aid,
                "citation": cite,
            }
        ],  # fmt: skip
        "provenance": [
            {
                "article": aid,
                "cites": [
                    {"source": "<svg onload=window.__pwned=12>", "cue": "said", "citation": cite}
                ],
            }
        ],
        "entities": [
            {
                "name": "</script><script>window.__pwned=13</script>",
                "type": "ORG",
                "aliases": ["<x>"],
                "articles": [aid],
            }
        ],
        "timeline": [
            {"date": "<d>", "precision": "day", "text": text, "articles": [aid], "citation": cite}
        ],
        "unique": [{"article": aid, "text": text, "citation": cite}],
    }
    return brief, {aid: text}


def _elements(html: str) -> list[tuple[str, list]]:
    from html.parser import HTMLParser

    found: list[tuple[str, list]] = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    P().feed(html)
    return found


def _strip_json_block(html: str) -> str:
    return re.sub(
        r'<script type="application/json" id="consilience-data">.*?</script>', "", html, flags=re.S
    )


@pytest.mark.parametrize("standalone", [True, False])
def test_untrusted_text_is_escaped(standalone):
    brief, texts = _hostile_brief()
    html = render_html(brief, texts, standalone=standalone)
    body = _strip_json_block(html)
    scripts = re.findall(r"<script\b[^>]*>", body)
    assert scripts == (["<script>"] if standalone else ['<script src="/static/brief.js" defer>'])
    for bad in (
        "<img",
        "<iframe",
        "<svg onload",
        "<b onmouseover",
        "<a href='javascript",
        '<a href="javascript',
    ):
        assert bad not in body, bad
    elements = _elements(html)
    assert [tag for tag, _ in elements if tag in ("img", "iframe", "svg", "object", "embed")] == [
        "svg"
    ]
    for tag, attrs in elements:
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert not (value or "").strip().lower().startswith("javascript:"), (tag, value)
    # the JSON block carries no markup at all
    block = re.search(r'id="consilience-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert "&lt;script&gt;window.__pwned=6&lt;/script&gt;Story" in html


def test_standalone_csp_hashes_match_inline_blocks(sample):
    html = render_html(sample["brief"], sample["texts"])

    csp = next(
        v
        for t, attrs in _elements(html)
        if t == "meta"
        for k, v in attrs
        if k == "content" and "default-src" in v
    )
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    js = static_text("brief.js")
    css = static_text("brief.css")
    assert f"<script>{js}</script>" in html
    assert f"<style>{css}</style>" in html
    assert f"script-src {csp_hash(js)}" in csp
    assert f"style-src {csp_hash(css)}" in csp
    assert "http://" not in _strip_json_block(html).replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert "https://" not in html


def test_web_mode_links_static_and_articles(sample):
    html = render_html(sample["brief"], sample["texts"], standalone=False, nav=[("/", "Stories")])
    assert '<link rel="stylesheet" href="/static/brief.css">' in html
    assert "Content-Security-Policy" not in html
    assert re.search(r'href="/articles/[0-9a-f]{16}\?start=\d+&amp;end=\d+#focus"', html)
    assert '<header class="app-bar">' in html


# --------------------------------------------------------------------------- at a glance


def _glance_brief() -> tuple[dict, dict]:
    """A story of four articles (written for these tests): one disputed wind speed, two
    rising counts flagged as updates the way reconcile marks them, a shared wire report."""
    texts = {
        "k1": "Storm Ilse brought gusts of 140 km/h to Port Vell. Forty homes lost power.",
        "k2": "Gusts reached 87 mph in Port Vell. Ninety homes lost power by evening.",
        "k3": "Winds of about 140 kilometres an hour hit Port Vell, the wire agency said.",
        "k4": "Meteorologists measured gusts of 190 km/h at Port Vell; 120 homes were dark.",
    }

    def cite(aid: str, phrase: str) -> dict:
        start = texts[aid].index(phrase)
        return {"article": aid, "start": start, "end": start + len(phrase)}

    def reading(aid, phrase, value, low, high, unit="m/s", qualifier=None):
        return {"article": aid, "text": phrase, "value": value, "low": low, "high": high,
                "unit": unit, "qualifier": qualifier, "citation": cite(aid, phrase)}  # fmt: skip

    heads = [{"id": a, "source": f"{a}.txt", "outlet": f"{a}.example", "title": None,
              "published": f"2025-09-0{i + 1}"} for i, a in enumerate(texts)]  # fmt: skip
    brief = {
        "schema": "consilience.brief/1",
        "story": {"id": "st-ilse", "title": "Storm Ilse", "articles": heads},
        "conflicts": [
            {"kind": "quantity", "subject": "peak gust", "readings": [
                reading("k1", "140 km/h", 38.89, 38.75, 39.03),
                reading("k2", "87 mph", 38.89, 38.67, 39.12),
                reading("k3", "about 140 kilometres an hour", 38.89, 35.0, 42.78, qualifier="about"),
                reading("k4", "190 km/h", 52.78, 52.64, 52.92)],
             "majority": ["k1", "k2", "k3"], "outliers": ["k4"]},
            {"kind": "quantity", "subject": "homes without power", "update": True, "readings": [
                reading("k1", "Forty homes", 40.0, 39.5, 40.5, unit=""),
                reading("k2", "Ninety homes", 90.0, 89.5, 90.5, unit="")],
             "majority": ["k2"], "outliers": [], "superseded": ["k1"]},
            {"kind": "quantity", "subject": "homes dark", "update": True, "readings": [
                reading("k2", "Ninety homes", 90.0, 89.5, 90.5, unit=""),
                reading("k4", "120 homes", 120.0, 119.5, 120.5, unit="")],
             "majority": ["k4"], "outliers": [], "superseded": ["k2"]},
        ],
        "consensus": [
            {"text": f"claim {i}", "articles": list(texts)[: 2 + i % 3],
             "independent_sources": 1 + i % 3, "citations": [cite("k1", "Port Vell")]}
            for i in range(6)
        ],
        "provenance": [{"article": "k3", "cites": [], "rests_on": "Coast Wire"},
                       {"article": "k1", "cites": [], "rests_on": "Coast Wire"}],
        "provenance_notes": [{"text": "near-copy", "articles": ["k2", "k4"]}],
        "timeline": [],
    }  # fmt: skip
    return brief, texts


def _shown(html: str) -> str:
    """``html`` without the bodies of closed ``<details>`` (their summaries stay)."""
    return re.sub(r"(<details(?![^>]* open)[^>]*>\s*<summary[^>]*>.*?</summary>).*?</details>",
                  r"\1</details>", html, flags=re.S)  # fmt: skip


def test_header_counts_disputes_not_updates():
    brief, texts = _glance_brief()
    html = render_html(brief, texts)
    head = html[html.index('<header class="story-head">') : html.index("</header>")]
    assert "<b>1</b> conflict<" in head and "<b>2</b> updates" in head
    assert "<b>4</b> articles" in head and "<b>4</b> outlets" in head
    # k1 and k3 rest on one wire report, k2 and k4 are near-copies: two independent sources
    assert "<b>2</b> independent sources" in head
    glance = _shown(html[html.index('class="glance"') : html.index("</section>\n</section>")])
    assert glance.count('<li class="card">') == 1  # the dispute is a card
    assert glance.count('class="update-row"') == 2  # updates are one line each, labelled
    assert "Forty" not in glance and "40 → 90" in glance and "90 → 120" in glance


def test_conflict_card_has_chart_and_normalised_groups():
    brief, texts = _glance_brief()
    html = render_html(brief, texts)
    card = html[
        html.index('<li class="card">') : html.index("</li>", html.index('<li class="card">'))
    ]
    assert '<svg class="chart quantity rows"' in card  # readings by outlet, one click away
    card = _shown(card)
    assert '<svg class="chart quantity compact"' in card
    assert "140 km/h / ≈ 140 km/h" in card  # majority, normalised, qualifier kept
    assert '<span class="badge outlier">outlier</span> <b class="vals">190 km/h</b>' in card
    values = sorted(float(v) for v in re.findall(r'data-value="([\d.]+)"', card))
    assert values == [38.89, 38.89, 38.89, 52.78]


def test_top_claims_first_rest_collapsed_and_sources_collapsed():
    brief, texts = _glance_brief()
    html = render_html(brief, texts)
    agreed = html[
        html.index('id="story-s0-consensus"') : html.index(
            "</section>", html.index('id="story-s0-consensus"')
        )
    ]
    top = agreed[: agreed.index("<details")]
    # best supported: independent sources 3 (claims 2, 5), then 2 (claims 1, 4) by articles
    assert re.findall(r'class="fact">(claim \d)<', top) == ["claim 1", "claim 2", "claim 5"]
    assert "All 6 agreed claims" in agreed
    sources = html[html.index('id="story-s0-sources"') :]
    assert sources.count('<details class="src-group">') == 4  # one per cited article, closed
    assert '<details class="src-group" open' not in sources


def test_no_disputes_only_updates_says_so():
    brief, texts = _glance_brief()
    brief["conflicts"] = brief["conflicts"][1:]
    html = render_html(brief, texts)
    assert "<b>0</b> conflicts" in html and "no disagreement found" in html


def test_timeline_chart_needs_three_dates():
    brief, texts = _glance_brief()
    brief["timeline"] = [{"date": d, "precision": "day", "text": f"event on {d}", "articles": ["k1"]}
                         for d in ("2025-09-01", "2025-09-03")]  # fmt: skip
    assert '<svg class="chart timeline"' not in render_html(brief, texts)
    brief["timeline"].append({"date": "2025-08", "precision": "month", "text": "a month before"})
    html = render_html(brief, texts)
    assert '<svg class="chart timeline"' in html and 'class="event vague"' in html


def test_format_value_uses_the_qualifier():
    base = {"value": 8000.0, "low": 7999.5, "high": 8000.5, "unit": ""}
    assert format_value({**base, "qualifier": None}) == "8,000"  # rounding only, no "≈"
    assert format_value({**base, "qualifier": "as many as"}) == "≤ 8,000"
    assert format_value({**base, "qualifier": "no fewer than"}) == "≥ 8,000"
    assert format_value({**base, "qualifier": "roughly"}) == "≈ 8,000"
    assert format_value({**base, "qualifier": "fewer than"}) == "< 8,000"
    assert format_value({**base, "qualifier": "a whopping"}) == "8,000"


def test_statement_conflict_card_quotes_the_readings():
    """A conflict over who did something has no values: the card quotes each side."""
    brief, texts = _glance_brief()
    brief["conflicts"] = [
        {"kind": "fact", "subject": "who ordered the evacuation",
         "readings": [{"article": "k1", "text": "the mayor ordered the evacuation"},
                      {"article": "k2", "text": "the mayor ordered the evacuation"},
                      {"article": "k4", "text": "the coast guard ordered it"}],
         "majority": ["k1", "k2"], "outliers": ["k4"]}]  # fmt: skip
    html = render_html(brief, texts)
    card = html[
        html.index('<li class="card">') : html.index("</li>", html.index('<li class="card">'))
    ]
    assert "“the mayor ordered the evacuation”" in card
    assert "“the coast guard ordered it”" in card
    assert "<svg" not in card  # nothing numeric to draw


def test_summary_collapsed_under_agreed_claims_open_without_them():
    brief, texts = _glance_brief()
    brief["summary"] = [{"text": "Storm Ilse hit Port Vell.", "citations": []}]
    html = render_html(brief, texts)
    summary = html[html.index('id="story-s0-summary"') :]
    assert summary.index('<details class="more">') < summary.index("Storm Ilse hit Port Vell.")
    brief["consensus"] = []
    html = render_html(brief, texts)
    assert '<details class="more" open><summary>1 cited sentence' in html


def test_top_claims_do_not_repeat_the_headline():
    brief, texts = _glance_brief()
    brief["headline"] = [{"text": "claim  2", "citations": []}]  # same words, other spacing
    html = render_html(brief, texts)
    agreed = html[html.index('id="story-s0-consensus"') :]
    top = agreed[: agreed.index("<details")]
    assert re.findall(r'class="fact">(claim \d)<', top) == ["claim 1", "claim 4", "claim 5"]
    assert 'class="fact">claim 2<' in agreed  # still in the full list
