"""Quote speaker diagnostic: every gold quote of a real-style set beside the quote the
extractor pairs with it, and every extracted quote no gold quote pairs with.

    python bench/quotes_speaker_diag.py [--set DIR] [--brief]

Faster than ``realstyle_bench.py`` for work on quotes: it runs only ``analyse`` and
``quotes.extract_quotes`` per article (no story brief, so speakers are not mapped to the
story's merged entity names; ``--brief`` scores the whole brief instead). Pairing and the
speaker check are those of ``quotes_bench`` (token F1 >= 0.3, ``speaker_ok``).
Lines: ``ok``/``SPEAKER``/``MISSED`` per gold quote, ``EXTRA`` per unpaired system quote;
the last line gives speaker precision and recall.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _system(arts: list, whole_brief: bool) -> list[tuple[str, str, str, bool]]:
    from consilience.analyse import analyse
    from consilience.quotes import extract_quotes

    if whole_brief:
        from realstyle_bench import brief_of, system_quotes

        return system_quotes(brief_of(arts))
    return [
        (a.article.id, q.speaker, q.text, q.direct)
        for a in analyse(arts)
        for q in extract_quotes(a)
    ]


def _pairs(system, names: dict[str, str], gold: list[dict]) -> dict[int, int]:
    """gold index -> system index, paired greedily best first as ``quotes_bench.score``."""
    from quotes_bench import THRESHOLD, token_f1

    cands = sorted(
        (-token_f1(s[2], g["quote"]), i, j)
        for i, s in enumerate(system)
        for j, g in enumerate(gold)
        if names.get(s[0]) == g["article"] and token_f1(s[2], g["quote"]) >= THRESHOLD
    )
    used_s: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in cands:
        if i not in used_s and j not in out:
            used_s.add(i)
            out[j] = i
    return out


def run(data: Path, whole_brief: bool = False) -> tuple[int, int, int]:
    """Print the per-quote lines of every story of ``data``; return (right speakers,
    system quotes, gold quotes)."""
    from quotes_bench import speaker_ok
    from realstyle_bench import load_story

    ok = n_sys = n_gold = 0
    for folder in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
        arts, names, gold = load_story(folder)
        system = _system(arts, whole_brief)
        pairs = _pairs(system, names, gold["quotes"])
        print(f"== {folder.name}")
        for j, g in enumerate(gold["quotes"]):
            i = pairs.get(j)
            head = f"{g['article'][:14]:14} gold={g['speaker']!r}"
            if i is None:
                print(f"  MISSED  {head} {g['quote'][:70]!r}")
                continue
            good = speaker_ok(system[i][1], g["speaker"])
            ok += good
            tag = "ok     " if good else "SPEAKER"
            print(f"  {tag} {head} sys={system[i][1]!r} {g['quote'][:50]!r}")
        for i, s in enumerate(system):
            if i not in pairs.values():
                print(f"  EXTRA   {names.get(s[0], '?')[:14]:14} sys={s[1]!r} {s[2][:70]!r}")
        n_sys += len(system)
        n_gold += len(gold["quotes"])
    p = ok / n_sys if n_sys else 0.0
    r = ok / n_gold if n_gold else 0.0
    print(f"speaker P {p:.3f} R {r:.3f} ({ok} right, {n_sys} system, {n_gold} gold)")
    return ok, n_sys, n_gold


if __name__ == "__main__":
    from realstyle_bench import set_dir

    run(set_dir(sys.argv[1:]), whole_brief="--brief" in sys.argv)
