"""Two review items that ship with the syndication work: the CSV sheet never hands a
spreadsheet a formula, and every third-party module the package imports is declared."""

from __future__ import annotations

import ast
import csv
import io
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from consilience import render_csv

ROOT = Path(__file__).resolve().parents[1]

#: Cited texts a hostile or unlucky article may start a cell with.
RISKY = [
    "=SUM(B2:B9)*4",
    "+44 20 7946 0000 is the hotline number",
    "-12 degrees were forecast for the pass",
    "@harbourmaster wrote that the quay is closed",
    "\tindented line from a pasted table",
    "\rcarriage return first",
    "'quoted' in the original",
]


def _brief(texts: list[str]) -> dict:
    joined = "".join(texts)
    spans, at = [], 0
    for t in texts:
        spans.append({"article": "k1", "start": at, "end": at + len(t)})
        at += len(t)
    return {
        "story": {
            "id": "story-k",
            "title": "=HYPERLINK(\"http://evil.example\")",
            "articles": [{"id": "k1", "source": "k.txt", "outlet": "@Quay News"}],
        },
        "unique": [{"article": "k1", "text": t, "citation": c} for t, c in zip(texts, spans, strict=True)],
        "conflicts": [
            {
                "kind": "quantity",
                "subject": "temperature",
                "readings": [{"article": "k1", "text": "-12 degrees", "value": -12.5,
                              "unit": "degC", "citation": spans[2]}],
            }
        ],
    }, joined  # fmt: skip


def _rows(sheet: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(sheet, newline="")))


def test_no_text_cell_starts_like_a_formula():
    brief, joined = _brief(RISKY)
    rows = _rows(render_csv.render_csv(brief, {"k1": joined}))
    for row in rows:
        for col, cell in row.items():
            if col in {"value", "start", "end"}:
                continue
            assert cell[:1] not in {"=", "+", "-", "@", "\t", "\r"}, (col, cell)
    unique = [r for r in rows if r["section"] == "unique"]
    assert [r["cited_text"] for r in unique] == ["'" + t for t in RISKY]
    assert unique[0]["story_title"].startswith("'=") and unique[0]["outlet"] == "'@Quay News"


def test_raw_cell_gives_back_every_text_exactly():
    brief, joined = _brief(RISKY)
    rows = _rows(render_csv.render_csv(brief, {"k1": joined}))
    unique = [r for r in rows if r["section"] == "unique"]
    for row, text in zip(unique, RISKY, strict=True):
        raw = render_csv.raw_cell(row["cited_text"])
        assert raw == text == joined[int(row["start"]) : int(row["end"])]
    safe = ["Plain words", "3 ferries", "", "a=b"]
    assert [render_csv.escape_cell(s) for s in safe] == safe


def test_numbers_stay_numbers():
    brief, joined = _brief(RISKY)
    [reading] = [r for r in _rows(render_csv.render_csv(brief, {"k1": joined})) if r["value"]]
    assert reading["value"] == "-12.5"
    assert reading["statement"] == "'-12 degrees"


#: Imported by the package but installed by a declared dependency that owns them
#: (jinja2 -> markupsafe, fastapi -> pydantic, starlette, trafilatura -> lxml,
#: sentence-transformers -> transformers, scipy).
COMES_WITH = {"lxml", "markupsafe", "pydantic", "scipy", "starlette", "transformers"}


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "src" / "consilience").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m != "consilience"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        reqs += extra
    return {re.sub(r"[-_.]+", "-", re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0]).lower()
            for r in reqs}  # fmt: skip


def test_every_imported_third_party_module_is_declared():
    dists = packages_distributions()
    declared = _declared()
    missing = []
    for module in sorted(_imported_modules() - COMES_WITH):
        names = {re.sub(r"[-_.]+", "-", d).lower() for d in dists.get(module, [module])}
        if not names & declared:
            missing.append(module)
    assert missing == []
