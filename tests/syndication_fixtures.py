"""Fixture articles for the syndication tests, written for this project: one wire report
printed verbatim by five outlets (two JSONL records, two RSS feeds, one HTML page) and two
independent reports of the same rockfall (a JSONL record and an HTML page)."""

from __future__ import annotations

import html
import json
from pathlib import Path

WIRE_TITLE = "Rockfall shuts Brennick railway line"
WIRE = [
    "A rockfall blocked the Brennick railway line on Thursday morning, the rail operator "
    "Norline said.",
    "Workers removed about 400 tonnes of rock from the tracks by evening, but engineers must "
    "still inspect a retaining wall before trains can run again.",
    '"We expect the line to reopen on Monday at the earliest," Norline spokesman Tomas Vik said.',
    "About 6,000 passengers a day use the line between Brennick and Harstad, and replacement "
    "buses are running every hour.",
]
HARBOUR = [
    "Passengers between Brennick and Harstad will ride replacement buses until at least "
    "Monday after a rockfall blocked the Brennick railway line on Thursday morning.",
    "Norline said workers had removed about 400 tonnes of rock from the tracks.",
    "Local councillor Ane Holm said the slope above the line had worried residents for years.",
    "The line carries about 6,000 passengers a day.",
]
COURIER = [
    "The Brennick railway line was closed on Thursday after a rockfall buried the tracks, "
    "the operator Norline said.",
    "Crews removed about 400 tonnes of rock, and engineers will inspect a retaining wall "
    "before any train runs.",
    "Norline spokesman Tomas Vik said the line would reopen on Monday at the earliest.",
    "Geologist Mari Eng said weeks of heavy rain had loosened the slope above the tracks.",
]

#: outlet -> publication date of each printing of the wire text
WIRE_OUTLETS = {
    "Kestrel Wire": "2025-03-06",
    "Dunmore Daily": "2025-03-06",
    "Fell Observer": "2025-03-07",
    "Moss Valley Radio": "2025-03-07",
    "Tarn Gazette": "2025-03-08",
}
INDEPENDENT_OUTLETS = {"Harbour Times": "2025-03-06", "Valley Courier": "2025-03-07"}


def _record(outlet: str, slug: str, title: str, paras: list[str], published: str) -> str:
    return json.dumps(
        {
            "outlet": outlet,
            "url": f"https://{slug}.example/{published}/rockfall",
            "title": title,
            "published": published,
            "text": "\n\n".join(paras),
        }
    )


def _rss(outlet: str, slug: str, published: str) -> str:
    body = html.escape("".join(f"<p>{p}</p>" for p in WIRE))
    day = {"2025-03-07": "Fri, 07 Mar 2025", "2025-03-08": "Sat, 08 Mar 2025"}[published]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{outlet}</title><link>https://{slug}.example/</link>"
        f"<description>News from {outlet}</description><item>"
        f"<title>{WIRE_TITLE}</title><link>https://{slug}.example/rail/rockfall</link>"
        f"<guid>https://{slug}.example/rail/rockfall</guid>"
        f"<pubDate>{day} 09:30:00 +0000</pubDate>"
        f"<description>{body}</description></item></channel></rss>\n"
    )


def _page(outlet: str, slug: str, title: str, paras: list[str], published: str) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} | {outlet}</title>"
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="article:published_time" content="{published}T08:00:00Z">'
        f'<link rel="canonical" href="https://{slug}.example/rockfall">'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>"
        f"{body}</article><footer>© {outlet}</footer></body></html>\n"
    )


def write_corpus(folder: Path) -> list[Path]:
    """Write the seven printings into ``folder`` (created): ``wires.jsonl`` (Kestrel Wire,
    Dunmore Daily, Harbour Times), ``fell.xml``, ``moss.xml`` (RSS), ``tarn.html`` and
    ``courier.html``. Returns the files in that order."""
    folder.mkdir(parents=True)
    w = WIRE_OUTLETS
    lines = [
        _record("Kestrel Wire", "kestrel", WIRE_TITLE, WIRE, w["Kestrel Wire"]),
        _record("Dunmore Daily", "dunmore", WIRE_TITLE, WIRE, w["Dunmore Daily"]),
        _record(
            "Harbour Times",
            "harbour",
            "Buses replace trains after Brennick rockfall",
            HARBOUR,
            INDEPENDENT_OUTLETS["Harbour Times"],
        ),
    ]
    files = {
        "wires.jsonl": "\n".join(lines) + "\n",
        "fell.xml": _rss("Fell Observer", "fell", w["Fell Observer"]),
        "moss.xml": _rss("Moss Valley Radio", "moss", w["Moss Valley Radio"]),
        "tarn.html": _page("Tarn Gazette", "tarn", WIRE_TITLE, WIRE, w["Tarn Gazette"]),
        "courier.html": _page(
            "Valley Courier",
            "courier",
            "Brennick line closed by rockfall",
            COURIER,
            INDEPENDENT_OUTLETS["Valley Courier"],
        ),
    }
    out = []
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
        out.append(folder / name)
    return out
