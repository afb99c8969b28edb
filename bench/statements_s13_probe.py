"""Probe (session s13): the fact conflicts of invented sentence pairs per kind, one line each.

    python bench/statements_s13_probe.py [KIND ...]

Kinds: (1) a stated future act against a refusal of it; (2) one vote, exclusive options
(with / for / against / abstained); (3) permitted against barred; (4) exclusive places or
channels of one act (by telephone / in the room); (5) a closure done against "will not
close"; (6) a quantified denial over a set against a member in that state; (7) pairs that
are no conflict (another time, another set, another thing). Each pair is printed with the
fact conflicts the story gives (readings' cited texts).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

PAIRS = {
    "1 refusal": [
        (
            "The mayor said she would step down at the end of the month.",
            "The mayor refused to step down on Tuesday evening.",
        ),
        (
            "Coach Dario Renz has told the board he will quit.",
            "Dario Renz declined to quit after the defeat, the club said.",
        ),
    ],
    "2 vote": [
        (
            "The Farmers' Union, a junior partner in the government, voted with the opposition.",
            "In the end the Farmers' Union abstained.",
        ),
        (
            "The Liberals backed the bill.",
            "The Liberals abstained in the vote on the bill.",
        ),
        (
            "The Liberals voted against the government on the bill.",
            "The Liberals abstained in the vote on the bill.",
        ),
    ],
    "3 permitted/barred": [
        (
            "Cyclists can still use the tunnel's cycle lane, the city said.",
            "Cyclists have also been barred from the tunnel.",
        ),
        (
            "The harbour path remains open to walkers.",
            "Walkers have been banned from the harbour path.",
        ),
    ],
    "4 places": [
        (
            "The violin went to a bidder on the telephone.",
            "The violin was sold to a buyer in the room, who raised a paddle.",
        ),
        (
            "The buyer, who bid online, was not named.",
            "The buyer, who bid in person at the auction house, was not named.",
        ),
    ],
    "5 closure": [
        (
            "Northgate Library has been closed for repairs.",
            "Northgate Library will not close, the council said.",
        ),
    ],
    "6 quantified denial": [
        (
            "One passenger is in critical condition at Eastfield Hospital.",
            "None of the passengers in hospital is in a serious condition.",
        ),
        (
            "Two of the miners are in a critical condition.",
            "No miner is seriously hurt, the company said.",
        ),
    ],
    "7 no conflict": [
        (
            "Thirty dolphins came ashore on the same beach in 2016.",
            "None of the dolphins that were refloated came back, rescuers said.",
        ),
        (
            "The tunnel will stay closed until Monday.",
            "The tunnel was opened in 1998.",
        ),
        (
            "Paramedics kept the two injured climbers warm overnight.",
            "Paramedics are expected to keep the climbers under observation.",
        ),
    ],
}


def main(kinds: list[str]) -> None:
    """Print the fact conflicts of every pair of the kinds named (all without names)."""
    from conftest import story_fact_conflicts

    for kind, pairs in PAIRS.items():
        if kinds and not any(kind.startswith(k) for k in kinds):
            continue
        print(f"== {kind}")
        for texts in pairs:
            got = story_fact_conflicts(list(texts), None, "2025-03-04")
            print(f"  {len(got)} conflicts | {texts[0][:60]} / {texts[1][:60]}")
            for g in got:
                print("     ", g)


if __name__ == "__main__":
    main(sys.argv[1:])
