"""Probe (session s11): the fact conflicts of invented sentence pairs per kind, one line each.

    python bench/statements_s11_probe.py

Kinds: (1) a class denial of a release / harm / theft against a report of it in other words;
(2) a reported event against a denied report; (3) sequences that are no conflict; each pair
is printed with the fact conflicts the story gives (readings' cited texts).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

PAIRS = {
    "1 release": [
        (
            "No chlorine was released from the water works, the operator said.",
            "A cloud of chlorine gas leaked from a cracked tank at the water works on Tuesday.",
        ),
        (
            "No diesel escaped into the canal, the barge company said.",
            "Fuel spilled from the barge's ruptured tank into the canal, a lock keeper said.",
        ),
        (
            "No toxic substances leaked from the fertiliser plant, officials said.",
            "Ammonia vapour escaped through a faulty valve at the fertiliser plant.",
        ),
    ],
    "1 harm": [
        (
            "No one was injured in the fire at the Rialto theatre, the fire service said.",
            "One stagehand was treated for minor burns after the fire at the Rialto theatre.",
        ),
        (
            "Nobody was hurt when the scaffolding collapsed, the builder said.",
            "Two painters suffered broken legs when the scaffolding collapsed.",
        ),
        (
            "None of the passengers were harmed, the bus operator said.",
            "A passenger was taken to hospital with head wounds, paramedics said.",
        ),
    ],
    "1 theft": [
        (
            "Nothing was stolen from the vineyard's cellar, the owner said.",
            "Burglars took forty cases of wine from the vineyard's cellar overnight.",
        ),
        (
            "No instruments were taken from the orchestra's store, police said.",
            "Thieves made off with two cellos from the orchestra's store.",
        ),
    ],
    "2 reports": [
        (
            "The pilot reported smoke in the cockpit shortly after take-off.",
            "The pilot did not report any technical problem before landing, the airline said.",
        ),
        (
            "The captain radioed a fault in the steering gear, the coastguard said.",
            "The captain did not report any problem with the ship, the owners said.",
        ),
        (
            "The driver told dispatchers about a brake failure minutes before the crash.",
            "The driver never reported a mechanical fault, the bus company said.",
        ),
    ],
    "3 sequences (no conflict)": [
        (
            "The council closed the bridge to traffic for six hours on Monday.",
            "The bridge reopened to traffic at 4 p.m. on Monday, the council said.",
        ),
        (
            "The airport suspended all flights for three hours after the snowfall.",
            "Flights resumed at the airport at 2 p.m., a spokesman said.",
        ),
        (
            "Police evacuated the shopping centre on Saturday morning.",
            "Shoppers were allowed back into the centre by noon, police said.",
        ),
        (
            "The station was shut for two hours after the alarm.",
            "The station was opened again at 9 a.m., the operator said.",
        ),
    ],
    "4 grouping": [
        (
            "One of the climbers survived the fall, the guides said.",
            "The fall killed one of the climbers, police said.",
            "One climber died in the fall, the mountain rescue team said.",
            "The fall left one of the climbers dead, a doctor said.",
            "One of the climbers survived, his family said.",
        ),
    ],
}


def main() -> None:
    from conftest import story_fact_conflicts

    for kind, pairs in PAIRS.items():
        print(f"== {kind}")
        for texts in pairs:
            got = story_fact_conflicts(list(texts), None, "2025-03-04")
            print(f"  {len(got)} conflicts | {texts[0][:60]} / {texts[1][:60]}")
            for c in got:
                print("     ", " || ".join(" ".join(r.split())[:70] for r in c))


if __name__ == "__main__":
    main()
