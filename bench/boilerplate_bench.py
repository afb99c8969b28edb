"""Recall and precision of boilerplate marking, per kind, on lines written for this bench.

Each case is one line (a paragraph of a stored text) and the kind it should be marked with,
or None for real news that must stay unmarked. A line counts as marked with a kind when its
first boilerplate span has that kind (a dateline only covers the prefix of its sentence).

    python bench/boilerplate_bench.py          # table per kind, then the misses
"""

from __future__ import annotations

import sys
from collections import Counter

from consilience.boilerplate import KINDS, boilerplate_spans

CASES: list[tuple[str, str | None]] = [
    # liveblog
    ("Live", "liveblog"),
    ("Live updates:", "liveblog"),
    ("Key events", "liveblog"),
    ("Follow all the live updates from the climate summit", "liveblog"),
    ("11:47 CET", "liveblog"),
    ("7.15am GMT", "liveblog"),
    ("12 min ago", "liveblog"),
    ("22:10 GMT - Sirens sounded across the north of the city.", "liveblog"),
    ("As it happened", "liveblog"),
    # caption
    ("Image caption, Volunteers sort donations in a church hall", "caption"),
    ("Photograph: Kim Loft/PA", "caption"),
    ("A man cycles past a mural in Belfast. (AP Photo/Peter Morrison)", "caption"),
    ("Protesters outside parliament on Thursday. Photo: Jan Ek/TT", "caption"),
    ("Medics treat the injured near the market. EPA-EFE/Str", "caption"),
    ("Media caption, Watch: the moment the dam gave way", "caption"),
    ("Firefighters on the roof of the warehouse. AFP via Getty Images", "caption"),
    # credit
    ("Getty Images", "credit"),
    ("AFP/Getty", "credit"),
    ("© The Harbour Post 2022", "credit"),
    ("Copyright 2020 Eastfold Media Group. All rights reserved.", "credit"),
    ("This story has been updated to correct the name of the minister.", "credit"),
    ("Source: Office for National Statistics", "credit"),
    ("Noor Ali contributed reporting from Karachi.", "credit"),
    # readmore
    ("Read more: Why the bridge took ten years", "readmore"),
    ("Read the full statement below", "readmore"),
    ("Read our full report on the inquiry here", "readmore"),
    ("Related coverage", "readmore"),
    ("See also: The ferry strike explained", "readmore"),
    ("Most popular", "readmore"),
    ("Continue reading", "readmore"),
    # byline
    ("By Hamid Rezaei", "byline"),
    ("By Lucy Brandt, Fenland Echo", "byline"),
    ("Written by Oskar Lind and Mei Chen", "byline"),
    ("Reporting by Juan Ortiz in Lima; Editing by Rosa Hale", "byline"),
    ("(Writing by Anne Moss; Editing by Ken Ito)", "byline"),
    ("By Ama Owusu | June 4, 2023", "byline"),
    # dateline
    ("HAVANA, Feb 9 (Reuters) - Cuba raised fuel prices by a quarter.", "dateline"),
    ("(Nairobi) – The court suspended the tax on Friday.", "dateline"),
    ("MANILA -- A typhoon forced 40,000 people from their homes.", "dateline"),
    ("DENVER (AP) — A wildfire burned through 3,000 acres overnight.", "dateline"),
    ("Porto Alegre, Brazil (Reuters) - Floodwaters began to recede.", "dateline"),
    ("ST. LOUIS, Missouri — The city council voted to raise the minimum wage.", "dateline"),
    # marker
    ("STORY: Rescue teams reached the village on foot.", "marker"),
    ("date 2022-07-21", "marker"),
    ("Date: 2022-07-21 The flight was cancelled.", "marker"),
    ("UPDATE: The minister has since resigned.", "marker"),
    ("Published 9 August 2021", "marker"),
    ("Last updated on Nov 2, 2020", "marker"),
    # table
    ("Table: Seats won by party", "table"),
    ("Party | Seats | Change", "table"),
    ("Greens | 14 | +5", "table"),
    ("| Region | Cases |", "table"),
    ("---|---", "table"),
    # prompt
    ("Sign up to our weekly newsletter", "prompt"),
    ("Subscribe now for unlimited access", "prompt"),
    ("Share", "prompt"),
    ("Facebook Twitter Email", "prompt"),
    ("Click here to watch the full interview", "prompt"),
    ("Skip advertisement", "prompt"),
    ("Enter your email to get alerts", "prompt"),
    # navigation
    ("Skip to content", "navigation"),
    ("News > UK > Politics", "navigation"),
    ("Tags: flooding, weather, Wales", "navigation"),
    ("Back to top", "navigation"),
    ("Menu", "navigation"),
    # real news: nothing marked
    ("By midnight, rescuers had pulled 14 people from the collapsed building.", None),
    ("Share prices in Tokyo fell 2.3% on Monday.", None),
    ("Live fire exercises will continue until Thursday, the navy said.", None),
    ("Key witnesses in the trial have been moved to a safe house.", None),
    ("Email messages seen by the committee show the plan was known in 2019.", None),
    ("The photograph was taken by a passer-by and sent to police.", None),
    ("Related charges against two other men were dropped.", None),
    ("Reporting by the newspaper prompted an official inquiry.", None),
    ("Subscribers lost access for six hours during the outage.", None),
    ("Table tennis players from 40 countries arrived in Busan.", None),
    ("Home secretary Ana Reyes said the law would change.", None),
    ("The blast happened at 14:32 local time, witnesses said.", None),
    ("Reuters could not independently verify the footage.", None),
    ("According to AP, the ship left port without clearance.", None),
    ("WHO officials said the outbreak had peaked.", None),
    ("US and EU negotiators met in Brussels on Tuesday.", None),
    ("Getty, the museum, said the painting was not for sale.", None),
    ("He said: 'Sign up or lose your place', the union leader recalled.", None),
    ("Watch groups said the election was largely fair.", None),
    ("Read receipts on the messages show they were opened.", None),
    ("Source code for the app was published on Friday.", None),
    ("The missiles can strike targets up to 300 km away.", None),
    ("Officials said 1,200 homes were without power in Kharkiv.", None),
    ("NATO - the alliance of 32 countries - met in Vilnius.", None),
    ("The vote - the first since 2019 - was close.", None),
    ("Copyright lawyers for the band filed a new claim.", None),
    ("Menu prices at the stadium rose by a fifth.", None),
    ("Topics discussed included debt relief and trade.", None),
    ("Search teams found the hikers on the third day.", None),
    ("Live Nation said the tour would resume in May.", None),
    # a second batch, written after the rules above were tuned (first run: 26 of 29 kinds
    # right, 1 wrong kind, no news line marked); then "Pool/", "Sections" and "Latest from"
    ("LIVE UPDATES", "liveblog"),
    ("Follow our live blog for the latest", "liveblog"),
    ("08:55 EST", "liveblog"),
    ("1h ago", "liveblog"),
    ("Image: Handout", "caption"),
    (
        "A rescue worker searches the debris in Derna, Libya. Photograph: Hamza Al-Ahmar/AP",
        "caption",
    ),
    ("Police at the scene on Saturday (Photo: Joe Bloggs/PA Wire)", "caption"),
    ("Pool/Reuters", "credit"),
    ("Xinhua/Li Ming", "credit"),
    ("All rights reserved.", "credit"),
    ("Read More", "readmore"),
    ("Read the full text of the ruling here.", "readmore"),
    ("RELATED: Council rejects housing plan", "readmore"),
    ("By JANE SMITH", "byline"),
    ("BY SAM O'NEILL", "byline"),
    ("Editing by Mark Potter", "byline"),
    ("Compiled by Gaia Rossi", "byline"),
    ("TBILISI, Georgia, March 8 (Reuters) - Police fired water cannon at protesters.", "dateline"),
    ("GAZA CITY (AP) — Aid trucks entered the territory.", "dateline"),
    ("Washington (CNN) — The Senate passed the bill.", "dateline"),
    ("PARIS: French farmers blocked roads around the capital.", "dateline"),
    ("BREAKING: An earthquake struck off the coast.", "marker"),
    ("Updated 3 March 2024, 10:15 GMT", "marker"),
    ("Country | 2022 | 2023", "table"),
    ("Share this with", "prompt"),
    ("Sign up to the Evening Brief email", "prompt"),
    ("Follow us on Instagram", "prompt"),
    ("Sections", "navigation"),
    ("Latest from Politics", "readmore"),
    ("By contrast, exports to China rose 9%.", None),
    ("Live cattle exports will be banned from 2028.", None),
    ("Photographs of the scene showed burnt-out cars.", None),
    ("Editing of the film took two years, the director said.", None),
    ("Pool reporters were allowed into the room for five minutes.", None),
    ("PARIS is the only city to have hosted the Games three times.", None),
    ("The court's full ruling runs to 120 pages.", None),
    ("Follow-up tests will be carried out next week.", None),
    ("Signs up and down the motorway warned of delays.", None),
    ("Read, who chairs the committee, declined to comment.", None),
]


def predicted(line: str) -> str | None:
    """The kind of the first span marked in ``line``, or None."""
    spans = boilerplate_spans(line)
    return spans[0].kind if spans else None


def run(cases: list[tuple[str, str | None]]) -> tuple[dict[str, Counter], list[str]]:
    """Per kind: true positives, false positives, false negatives; and the misses."""
    stats: dict[str, Counter] = {k: Counter() for k in KINDS}
    misses = []
    for line, want in cases:
        got = predicted(line)
        if got == want:
            if want:
                stats[want]["tp"] += 1
            continue
        misses.append(f"  want {want or '-':<10} got {got or '-':<10} {line}")
        if got:
            stats[got]["fp"] += 1
        if want:
            stats[want]["fn"] += 1
    return stats, misses


def main() -> int:
    stats, misses = run(CASES)
    news = sum(1 for _, k in CASES if k is None)
    print(f"{len(CASES)} lines ({news} real news lines that must stay unmarked)")
    print(f"{'kind':<11}{'cases':>6}{'recall':>8}{'precision':>11}")
    for kind in KINDS:
        c = stats[kind]
        cases = c["tp"] + c["fn"]
        recall = c["tp"] / cases if cases else float("nan")
        marked = c["tp"] + c["fp"]
        precision = c["tp"] / marked if marked else float("nan")
        print(f"{kind:<11}{cases:>6}{recall:>8.2f}{precision:>11.2f}")
    false_news = sum(1 for m in misses if m.startswith("  want -"))
    print(f"real news lines marked: {false_news} of {news}")
    if misses:
        print("misses:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
