"""Dump every brief of a corpus, so two versions of the code can be compared byte for byte.

Runs ``consilience brief CORPUS --format json`` into a fresh store (a child process of the
same interpreter, so ``PYTHONPATH`` picks the code under test) and writes the JSON to
``--out``. Speed changes must leave the dump unchanged: run it on the code before and after,
then ``cmp`` the two files (or ``--compare A B``, which names the stories that differ).

    PYTHONPATH=OLD/src python bench/throughput_identity.py --demo --out /tmp/x/demo_before.json
    PYTHONPATH=NEW/src python bench/throughput_identity.py --demo --out /tmp/x/demo_after.json
    python bench/throughput_identity.py --limit 200 --out /tmp/x/ecb200_after.json
    python bench/throughput_identity.py --compare /tmp/x/ecb200_before.json /tmp/x/ecb200_after.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONSILIENCE_SHARED", ROOT.parent / "shared"))
DEMO = ROOT / "src" / "consilience" / "demo"


def ecb_corpus(out: Path, limit: int) -> Path:
    """The first ``limit`` ECB+ records as one JSONL file under ``out``; returns its path.
    Raises FileNotFoundError when ECB+ is not under ``$CONSILIENCE_SHARED``."""
    src = SHARED / "datasets" / "ecbplus" / "articles.jsonl"
    lines = [line for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = out / f"ecbplus_{limit}.jsonl"
    rows = []
    for line in lines[:limit]:
        r = json.loads(line)
        rows.append(
            json.dumps(
                {"id": r["id"], "title": r.get("title") or "", "text": r["text"]},
                ensure_ascii=False,
            )
        )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def dump_briefs(corpus: Path, out: Path) -> int:
    """Brief ``corpus`` into a fresh store and write the JSON array of briefs to ``out``
    (keys sorted, one line per brief). Returns the number of briefs; raises
    RuntimeError when the command fails."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "briefs.json"
        cmd = [sys.executable, "-m", "consilience", "brief", str(corpus), "--format", "json"]
        cmd += ["--db", str(Path(tmp) / "s.db"), "-o", str(raw)]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode not in (0, 3) or not raw.exists():
            raise RuntimeError(f"consilience brief failed ({done.returncode}): {done.stderr}")
        data = json.loads(raw.read_text(encoding="utf-8"))
    briefs = data if isinstance(data, list) else [data]
    lines = [json.dumps(b, sort_keys=True, ensure_ascii=False) for b in briefs]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(briefs)


def portable(line: str) -> str:
    """One dumped brief with every article source cut to its file name ("/tmp/x/demo/a.json#k"
    -> "a.json#k"): the folder the corpus was read from is not part of the comparison."""
    brief = json.loads(line)
    for head in brief.get("story", {}).get("articles", []):
        for item in [head, *head.get("appearances", [])]:
            if isinstance(item.get("source"), str) and "://" not in item["source"]:
                item["source"] = Path(item["source"].partition("#")[0]).name + (
                    "#" + item["source"].partition("#")[2] if "#" in item["source"] else ""
                )
    return json.dumps(brief, sort_keys=True, ensure_ascii=False)


def compare(a: Path, b: Path) -> int:
    """Print how many briefs of dump ``a`` and dump ``b`` are byte-identical (sources cut to
    file names, :func:`portable`) and the story ids of those that differ; returns the
    number that differ (a missing brief counts)."""

    def by_story(p: Path) -> dict[str, str]:
        rows = [portable(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
        return {json.loads(line)["story"]["id"]: line for line in rows}

    left, right = by_story(a), by_story(b)
    ids = sorted(set(left) | set(right))
    differ = [i for i in ids if left.get(i) != right.get(i)]
    print(f"{len(ids) - len(differ)}/{len(ids)} briefs identical")
    for i in differ:
        print(f"  differs: {i}")
    return len(differ)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--demo", action="store_true", help="brief the demo articles")
    ap.add_argument("--limit", type=int, default=200, help="first N ECB+ records")
    ap.add_argument("--out", type=Path, help="where to write the dump")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    args = ap.parse_args(argv)
    if args.compare:
        return 1 if compare(*args.compare) else 0
    if args.out is None:
        ap.error("--out is required unless --compare")
    if args.demo:
        n = dump_briefs(DEMO, args.out)
    else:
        if not (SHARED / "datasets" / "ecbplus" / "articles.jsonl").exists():
            print(f"ECB+ not found under {SHARED}; nothing to dump")
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            n = dump_briefs(ecb_corpus(Path(tmp), args.limit), args.out)
    print(f"{n} briefs -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
