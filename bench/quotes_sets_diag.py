"""Quote speaker diagnostic over many held-out sets at once (one process, one model load).

    python bench/quotes_sets_diag.py OUTDIR [SET ...]

Runs ``quotes_speaker_diag.run`` (analyse + extract_quotes per article, no brief) on each set
(default: every ``bench/annotations/heldout_s*``), writes each set's per-quote lines to
``OUTDIR/<set>.txt`` and prints one line per set (right speakers, system quotes, gold quotes,
and ``whole``: paired quotes whose words cover the gold quote's, token F1 >= 0.9) and a pooled
line.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main(argv: list[str]) -> None:
    """Score the sets named in ``argv[1:]`` (or all) and write their lines under ``argv[0]``."""
    from quotes_speaker_diag import run

    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    base = ROOT / "bench" / "annotations"
    names = argv[1:] or sorted(
        (p.name for p in base.glob("heldout_s*")), key=lambda n: int(n.rsplit("s", 1)[1])
    )
    tot = [0, 0, 0, 0]
    for name in names:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            ok, n_sys, n_gold = run(base / name)
            whole = _whole(base / name)
        (out / f"{name}.txt").write_text(buf.getvalue())
        tot = [tot[0] + ok, tot[1] + n_sys, tot[2] + n_gold, tot[3] + whole]
        print(
            f"{name:12} right {ok:3} system {n_sys:3} gold {n_gold:3} whole {whole:3}", flush=True
        )
    print(
        f"POOLED       right {tot[0]} system {tot[1]} gold {tot[2]} whole {tot[3]}"
        f" P {tot[0] / max(tot[1], 1):.3f} R {tot[0] / max(tot[2], 1):.3f}"
    )


def _whole(data: Path) -> int:
    """How many gold quotes of set ``data`` pair with a system quote of token F1 >= 0.9
    (printing each paired one below that as ``PART``)."""
    from quotes_bench import token_f1
    from quotes_speaker_diag import _pairs, _system
    from realstyle_bench import load_story

    n = 0
    for folder in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
        arts, names, gold = load_story(folder)
        system = _system(arts, False)
        for j, i in _pairs(system, names, gold["quotes"]).items():
            f1 = token_f1(system[i][2], gold["quotes"][j]["quote"])
            n += f1 >= 0.9
            if f1 < 0.9:
                print(f"  PART {f1:.2f} {folder.name} {system[i][2][:80]!r}")
    return n


if __name__ == "__main__":
    main(sys.argv[1:])
