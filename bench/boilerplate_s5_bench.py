"""Boilerplate kinds added for issue #11 (s5): editor's notes and corrections ("note"),
social-media embeds ("embed"), app/newsletter/station promos ("prompt") and stock filler
lines ("filler"), scored like ``bench/boilerplate_bench.py`` (kept apart from its cases to
ease merging). Lines written for this bench, none of them from the corpora or the tests.

    python bench/boilerplate_s5_bench.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boilerplate_bench  # noqa: E402

CASES: list[tuple[str, str | None]] = [
    ("EDITOR'S NOTE: Names of the children have been withheld.", "note"),
    ("Clarification: The council meeting is on Thursday, not Tuesday.", "note"),
    ("A previous version of this article gave the wrong age for the driver.", "note"),
    ("This report was updated to include the minister's response.", "note"),
    ("This is a breaking news story.", "note"),
    ("Further updates to follow.", "note"),
    ("— Harbour Police (@harbourpolice) 4 May 2025", "embed"),
    ("The scene at the station tonight pic.twitter.com/x9Yy2Zz", "embed"),
    ("View this video on TikTok", "embed"),
    ("A photo shared by Coastguard North (@cgnorth)", "embed"),
    ("Skip Instagram post", "embed"),
    ("Get our free news app for live scores and alerts.", "prompt"),
    ("Get breaking news sent straight to your phone.", "prompt"),
    ("Viewers can watch the full debate on our website from 8pm.", "prompt"),
    ("For the latest on the storm, visit our live page.", "prompt"),
    ("Got a news tip? Email the newsroom.", "prompt"),
    ("It remains to be seen whether voters will forgive him.", "filler"),
    ("Time will tell if the gamble pays off.", "filler"),
    ("As the saga unfolds, the club's fans wait for answers.", "filler"),
    ("The next few weeks promise to be decisive for the coalition.", "filler"),
    ("The whole world is watching.", "filler"),
    ("With the stakes higher than ever, both sides dug in.", None),  # a fact follows
    ("The coming weeks will see 2,000 more troops arrive.", None),
    ("Corrections officers at the prison went on strike on Monday.", None),
    ("The app was downloaded 3 million times in its first week.", None),
    ("Readers voted the bakery the best in the county.", None),
    ("Viewers complained after the broadcast showed the crash.", None),
    ("Her post on Instagram was shared 40,000 times.", None),
    ("The world watched as the rocket lifted off at 06:14.", None),
    ("Only two of the 14 stations reopened on Friday.", None),
    ("Time ran out for the rescue teams on the third day.", None),
    ("Investors are watching what the central bank does next month.", None),
]


def main() -> int:
    """Print per-kind recall and precision of the s5 kinds, and the misses."""
    stats, misses = boilerplate_bench.run(CASES)
    news = sum(1 for _, k in CASES if k is None)
    print(f"{len(CASES)} lines ({news} real news lines that must stay unmarked)")
    for kind in ("note", "embed", "prompt", "filler"):
        c = stats[kind]
        cases, marked = c["tp"] + c["fn"], c["tp"] + c["fp"]
        print(
            f"{kind:<8} cases {cases:>3}  recall {c['tp'] / cases if cases else 0:.2f}  "
            f"precision {c['tp'] / marked if marked else 0:.2f}"
        )
    print(f"real news lines marked: {sum(m.startswith('  want -') for m in misses)} of {news}")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
