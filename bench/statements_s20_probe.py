"""Signed words and readings of the claims of one held-out story that contain given
words (session s20, a development aid for statement conflicts, not a benchmark).

    python bench/statements_s20_probe.py [--cache DIR] STORY_FOLDER "words" ...

Uses the context cache of ``bench/statements_s13_dev.py`` (default
/tmp/statements_ctx). For every claim whose text contains one of the given strings,
prints the claim's fields, its signed words (:func:`consilience.denied_matter.polar_words`)
and its readings (:func:`consilience.event_states.readings`).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main(argv: list[str]) -> None:
    """Print the claims of the story folder ``argv[0]`` that contain ``argv[1:]``."""
    from realstyle_bench import load_story
    from statements_s13_dev import _context

    from consilience.claims import article_names
    from consilience.denied_matter import polar_words
    from consilience.event_states import readings

    cache = Path("/tmp/statements_ctx")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    arts, _, _ = load_story(Path(argv[0]))
    ctx = _context(arts, cache)
    for a in arts:
        an = ctx.analysis(a.id)
        for c in ctx.extractions[a.id].claims:
            if not any(w in c.text for w in argv[1:]):
                continue
            print(a.id, repr(c.text), c.kind, c.frame, c.predicate, c.negated, c.modality,
                  c.tense, c.actor_keys, c.patient_key, c.dates)  # fmt: skip
            span = an.doc.char_span(c.start, c.end, alignment_mode="expand")
            print("   parse:", [(t.text, t.dep_, t.head.text) for t in span])
            for p in polar_words(an, c):
                print("   polar:", p)
            for r in readings(an, c, article_names(an.doc)):
                print("   read:", r)


if __name__ == "__main__":
    main(sys.argv[1:])
