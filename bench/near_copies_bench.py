"""Near-copies on the held-out sets: which article pairs are marked copies (issue #12).

    python bench/near_copies_bench.py --cache /tmp/sets            # heldout_s5 .. heldout_s10
    python bench/near_copies_bench.py --set bench/annotations/heldout_s11 --cache /tmp/sets
    python bench/near_copies_bench.py --cache /tmp/sets --pairs    # every pair's signals
    python bench/near_copies_bench.py --ecb                        # ECB+ pairs marked copies

Per story folder of each set, the articles are read as the CLI stores them (the stores of
``bench/story_sets_bench.py``; ``--cache`` shares them with it) and
:func:`consilience.near_copies.near_duplicates` marks the near-copies among them: the same
definition the brief (``provenance.duplicates_of``) and the store's story index use. Each
marked pair is printed ``copy -> original``. ``--pairs`` also prints, for every pair of a
folder, the word 5-shingle Jaccard and the ordered sentence containment of the shorter text
in the longer (:func:`consilience.near_copies.copy_signals`), so the margin between the
copies and the independent reports of one event can be read.

Against ``bench/annotations/near_copies_gold.json`` (the copies each set's README
describes; s11's from its judged.md) it prints the pairs found, missed and wrongly marked,
and, with ``--pairs``, the fitted containment cut: the midpoint of the gap between the lowest containment of a gold
copy and the highest of any other pair (``CopyRule.containment`` is that midpoint over s5-s11).

``--ecb`` marks the near-copies among the 982 ECB+ articles (../shared/datasets/ecbplus:
undated, every article its own writer's) and prints each marked pair with its event labels,
signals and the first words of both texts: a pair of different events, or of one event told
in other words, is a false copy.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from story_sets_bench import heldout_sets, set_items  # noqa: E402

try:  # the module of issue #12; before it, the store's definition
    from consilience.near_copies import copy_signals, near_duplicates  # noqa: E402
except ImportError:  # pragma: no cover - the baseline run
    from consilience.stories import near_duplicates  # noqa: E402

    copy_signals = None


def _short(aid: str, names: dict[str, str]) -> str:
    return names.get(aid, aid[:10])


GOLD = HERE / "annotations" / "near_copies_gold.json"


def gold_pairs(set_name: str) -> set[tuple[str, frozenset[str]]]:
    """The gold copies of one set: (folder, {stem, stem}); empty for a set not in the file."""
    rows = json.loads(GOLD.read_text())["copies"].get(set_name, [])
    return {(folder, frozenset((a, b))) for folder, a, b in rows}


def folder_copies(
    items: list, gold: dict[str, str], names: dict[str, str], pairs: bool
) -> tuple[set[tuple[str, frozenset[str]]], list[tuple[float, tuple[str, frozenset[str]]]]]:
    """Print the marked copies per story folder (and every pair's signals with ``pairs``).
    Returns (marked pairs as (folder, {stem, stem}), [(exact containment, pair)] of every
    pair when ``pairs``)."""
    by_folder: dict[str, list] = {}
    for it in items:
        by_folder.setdefault(gold.get(it.id, "?"), []).append(it)
    marked_all, signals = set(), []
    for folder, members in sorted(by_folder.items()):
        dups = near_duplicates([(it.id, it.text, it.published) for it in members])
        marked_all |= {(folder, frozenset((names[c], names[o]))) for c, o in dups.items()}
        marked = ", ".join(f"{_short(c, names)} -> {_short(o, names)}" for c, o in dups.items())
        print(f"  {folder:<26} {marked or '-'}")
        if pairs and copy_signals is not None:
            ordered = sorted(members, key=lambda it: names.get(it.id, it.id))
            for a, b in itertools.combinations(ordered, 2):
                sig = copy_signals(a.text or "", b.text or "")
                signals.append((sig.contained, (folder, frozenset((names[a.id], names[b.id])))))
                print(f"      {_short(a.id, names):<22} {_short(b.id, names):<22} "
                      f"jaccard {sig.jaccard:.2f}  contained {sig.contained:.2f}"
                      f"  words {sig.words_short}/{sig.words_long}")  # fmt: skip
    return marked_all, signals


def score(marked: set, expected: set, signals: list) -> None:
    """Print found / missed / wrongly marked copies and, given every pair's signals, the
    containment gap between the gold copies and the other pairs and its midpoint."""
    found, missed, wrong = marked & expected, expected - marked, marked - expected
    print(f"gold copies {len(expected)}  found {len(found)}  missed {len(missed)}"
          f"  wrongly marked {len(wrong)}")  # fmt: skip
    for tag, rows in (("missed", missed), ("wrong", wrong)):
        for folder, pair in sorted(rows, key=lambda r: (r[0], sorted(r[1]))):
            print(f"  {tag}: {folder} {' / '.join(sorted(pair))}")
    if signals:
        low = min((c for c, p in signals if p in expected), default=float("nan"))
        high = max((c for c, p in signals if p not in expected), default=float("nan"))
        print(f"containment: gold copies >= {low:.3f}, other pairs <= {high:.3f}"
              f" ({len(signals)} pairs); midpoint {(low + high) / 2:.3f}")  # fmt: skip


def ecb_copies() -> int:
    """Print the ECB+ pairs marked copies (with labels, signals, openings); return how many."""
    import os

    shared = Path(os.environ.get("CONSILIENCE_SHARED", HERE.parent.parent / "shared"))
    rows = [json.loads(line) for line in open(shared / "datasets/ecbplus/articles.jsonl")]
    by_id = {r["id"]: r for r in rows}
    dups = near_duplicates([(r["id"], r["text"]) for r in rows])
    for copy, orig in dups.items():
        a, b = by_id[copy], by_id[orig]
        line = f"  {copy} -> {orig}  events {a['event']}/{b['event']}"
        if copy_signals is not None:
            sig = copy_signals(a["text"], b["text"])
            line += f"  jaccard {sig.jaccard:.2f}  contained {sig.contained:.2f}"
        print(line)
        print(f"      {a['text'][:90]!r}\n      {b['text'][:90]!r}")
    print(f"ECB+ copies marked: {len(dups)}")
    return len(dups)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", help="a set folder (repeatable)")
    ap.add_argument("--cache", help="a folder to keep the stores in (re-runs skip ingest)")
    ap.add_argument("--pairs", action="store_true", help="every pair's signals")
    ap.add_argument("--ecb", action="store_true", help="the ECB+ pairs marked copies")
    args = ap.parse_args(argv)
    if args.ecb:
        ecb_copies()
        return
    if args.set:
        sets = [Path(s) for s in args.set]
    else:
        sets = [s for s in heldout_sets(HERE / "annotations") if 5 <= int(s.name[9:]) <= 10]
    with tempfile.TemporaryDirectory() as tmp:
        keep = Path(args.cache or tmp)
        keep.mkdir(parents=True, exist_ok=True)
        total, marked, expected, signals = 0, set(), set(), []
        for s in sets:
            items, gold = set_items(s, keep / f"{s.name}.db")
            from consilience.store import Store

            with Store(str(keep / f"{s.name}.db")) as store:
                names = {a.id: Path(a.source).stem for a in store.articles()}
            print(s.name)
            found, sig = folder_copies(items, gold, names, args.pairs)
            total += len(found)
            marked |= {(f"{s.name}/{f}", p) for f, p in found}
            expected |= {(f"{s.name}/{f}", p) for f, p in gold_pairs(s.name)}
            signals += [(c, (f"{s.name}/{f}", p)) for c, (f, p) in sig]
        print(f"copies marked: {total}")
        if expected:
            score(marked, expected, signals)


if __name__ == "__main__":
    main()
