"""Pack an article folder as Spark test input: web pages into a WARC, every other article as
a JSONL record; plus the damaged inputs a crawl holds (a corrupt JSONL record, a WARC cut
off in the middle of a record)."""

from __future__ import annotations

import io
import json
from pathlib import Path


def _response(writer, uri: str, body: bytes, date: str | None) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    headers = {"WARC-Date": f"{date}T09:00:00Z"} if date else None
    rec = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
    )
    writer.write_record(rec)


def warc_bytes(pages: list[tuple[str, bytes, str | None]], gz: bool = True) -> bytes:
    """A WARC of ``(url, html bytes, capture date or None)`` responses."""
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, body, date in pages:
        _response(writer, uri, body, date)
    return buf.getvalue()


def pack(folder: Path, dest: Path, *, damaged: bool = False) -> list[Path]:
    """Pack the articles of ``folder`` into ``dest``: ``pages.warc.gz`` (its .html files)
    and ``records.jsonl`` (the others, as consilience reads them). With ``damaged``, the
    JSONL gets a corrupt line and ``cut.warc.gz`` holds one good page and a record cut off
    mid-body. Returns the input files written."""
    from consilience.read import iter_raw

    dest.mkdir(parents=True, exist_ok=True)
    pages, lines = [], []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".html":
            slug = path.stem.replace("_", "-")
            pages.append((f"https://{slug}.example/news/{slug}", path.read_bytes(), None))
            continue
        for raw in iter_raw([str(path)]):
            if hasattr(raw, "text"):
                keys = ("title", "text", "url", "outlet", "author", "published")
                lines.append(json.dumps({k: getattr(raw, k) for k in keys}, ensure_ascii=False))
    if damaged:
        lines.insert(1, '{"title": "A record cut short", "text": "The dam')
    (dest / "pages.warc.gz").write_bytes(warc_bytes(pages))
    (dest / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = [dest / "pages.warc.gz", dest / "records.jsonl"]
    if damaged:
        head = len(warc_bytes(pages[:1]))  # one gzip member per record
        whole = warc_bytes(pages[:1] + pages[-1:])
        (dest / "cut.warc.gz").write_bytes(whole[: head + (len(whole) - head) // 2])
        out.append(dest / "cut.warc.gz")
    return out
