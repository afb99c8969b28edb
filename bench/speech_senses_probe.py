"""Precision probe for the WordNet reporting verbs (:mod:`consilience.speech_senses`):
every verb of a set's articles that reports a clause only by its WordNet sense (no word
list names it), with its speaker and clause, for judging by hand.

    python bench/speech_senses_probe.py bench/annotations/heldout_s8 [...]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(dirs: list[str]) -> None:
    from consilience.analyse import analyse
    from consilience.cues import is_reporting_verb
    from consilience.model import Article
    from consilience.normalise import read_articles
    from consilience.quotes import extract_quotes

    for d in dirs:
        files = sorted(str(p) for p in Path(d).glob("*/*.md"))
        arts = [a for a in read_articles(files) if isinstance(a, Article)]
        for an in analyse(arts):
            for q in extract_quotes(an):
                verb = next((t for t in an.doc if t.lower_ == (q.cue or "")), None)
                if verb is None or is_reporting_verb(verb) or q.direct:
                    continue
                print(
                    f"{Path(an.article.source).parent.name}: {q.cue} | {q.speaker} | {q.text[:80]}"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
