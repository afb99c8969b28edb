"""Near-copies that contain or are contained in their original (issue #12, s12 item 1).

Every text here is written for these tests (a beekeepers' survey, a glacier station, a
violin auction): none comes from the held-out sets.
"""

from __future__ import annotations

import numpy as np
import pytest

from consilience import near_copies as nc
from consilience import stories as st
from consilience.model import Article

WIRE = [
    "Beekeepers across the northern provinces lost almost a third of their colonies over the "
    "winter, the National Apiarists' Guild said on Thursday, the worst losses it has recorded "
    "since it began its annual survey in 2009.",
    "The guild's survey of 4,812 beekeepers found that 31.4 percent of hives did not survive "
    "the cold months, against 18 percent a year earlier and a ten-year average of 21 percent.",
    "Guild president Marta Olsberg blamed a wet autumn that kept foragers inside, a late "
    "frost in March and the spread of a parasitic mite that had been rare north of the river.",
    '"Many of our members opened their hives in spring and found nothing but empty comb," '
    "Olsberg told reporters at the guild's headquarters in Dravik.",
    "The agriculture ministry said it would meet the guild next week to discuss compensation "
    "for commercial keepers, who supply pollination services to orchards and seed growers.",
    "Fruit growers have warned that a shortage of hives could cut apple and pear yields this "
    "summer, although the ministry said it was too early to estimate any loss of harvest.",
    "Researchers at the University of Kell are studying samples from 300 of the failed "
    "colonies to establish how far the mite has travelled and whether a virus it carries "
    "played a part.",
    "The guild has asked keepers to report any sign of the mite to their district inspector "
    "and to avoid moving hives between regions until the results are known.",
]


def _text(paras: list[str]) -> str:
    return "\n\n".join(paras)


def _wire() -> str:
    return _text(WIRE)


def _trimmed() -> str:
    """A portal's printing: the first three paragraphs, a credit and a copyright line."""
    return _text(
        WIRE[:3] + ["Source: Northline News Agency", "(c) 2027 Northline. All rights reserved."]
    )


def _house_style(paragraph: str) -> str:
    """A paper's house style: "per cent", no weekday after "said", "journalists"."""
    return (
        paragraph.replace("percent", "per cent")
        .replace("said on Thursday", "said")
        .replace("told reporters", "told journalists")
    )


def _with_local_paragraphs() -> str:
    """A regional paper's printing: the wire in its house style and a local section."""
    local = [
        "In the Hollin valley, where more than 200 families keep bees, the losses were even "
        "heavier: the valley's own association counted 412 dead colonies out of 890.",
        '"I have kept bees for forty years and I have never seen a spring like this one," said '
        "Teodor Brank, who lost 26 of his 30 hives on the slopes above Hollin.",
        "Brank said he had treated his colonies against the mite in October, as the inspector "
        "advised, and that the hives which died were the strongest he had going into winter.",
        "The valley association will hold an open meeting at the Hollin community hall on "
        "Saturday, where the district inspector is due to explain how to recognise the mite.",
        "Local orchard owner Sanna Vik said she had already been told that only half of the "
        "hives she hires each May would be available, and that she was looking for keepers "
        "from the south willing to bring colonies north.",
        "The association is also collecting money for members who lost most of their stock "
        "and cannot afford to buy new queens, which cost around 40 euros each this year.",
        "Volunteers from the association will visit older keepers who cannot lift their "
        "boxes to check whether any of their colonies can still be saved before the summer.",
        "Schools in the valley have been invited to a talk on the life of the honeybee, the "
        "association said, in the hope of finding a new generation of keepers.",
        "A honey cooperative in the lower valley said its members expected to sell barely a "
        "quarter of last year's crop and would keep their shop open only on Saturdays.",
        "The cooperative's chair, Ilse Marrow, said several younger members had told her they "
        "would give up keeping bees altogether if the losses were repeated next winter.",
    ]
    return _text([_house_style(p) for p in WIRE] + local)


def _new_headline_and_byline() -> str:
    """A mirror's printing under its own byline and dateline, the last paragraphs cut."""
    body = [WIRE[0].replace("the National Apiarists' Guild said on Thursday", "the guild said")]
    return _text(["By Pella Rusk, staff writer", "DRAVIK, May 4 -", *body, *WIRE[1:3]])


def _edited_printing() -> str:
    """An evening paper's printing: the wire's first paragraphs with clauses cut, its quote
    swapped for a local one, its ending dropped and a credit line added."""
    return _text(
        [
            WIRE[0].replace(", the worst losses it has recorded since it began its annual "
                            "survey in 2009", ""),
            WIRE[1].replace(", against 18 percent a year earlier and a ten-year average of "
                            "21 percent", ""),
            WIRE[2].replace(", a late frost in March", ""),
            "Keepers at the Saturday market in Dravik said prices for local honey had already "
            'doubled. "There is simply none left to sell," said Annick Rowe, 61, who keeps 12 '
            "hives at the edge of town.",
            WIRE[4].split(", who supply")[0] + ".",
            "The town council said it would plant wild flowers along the ring road this spring.",
            "Additional reporting by Northline.",
        ]
    )  # fmt: skip


def _independent() -> str:
    """A second reporter's own account of the same survey: same facts, her own words."""
    return _text(
        [
            "Almost one hive in three in the north died during the winter, according to a "
            "survey published on Thursday by the National Apiarists' Guild.",
            "The guild polled 4,812 keepers; their combined losses came to 31.4 percent, up from "
            "18 percent last year and well above the decade's average of 21 percent.",
            "Marta Olsberg, who heads the guild, pointed to three causes: a rainy autumn, a "
            "frost late in March and a mite that has now crossed the river to the north.",
            '"Many of our members opened their hives in spring and found nothing but empty '
            'comb," she said.',
            "Officials at the agriculture ministry will sit down with the guild next week to talk "
            "about help for keepers who rent out hives to orchards.",
            "A team from the University of Kell is testing 300 dead colonies for the mite and for "
            "a virus it is known to spread.",
        ]
    )


def test_trimmed_printing_is_a_copy_of_the_wire():
    pairs = [("wire", _wire(), "2027-05-04"), ("portal", _trimmed(), "2027-05-04")]
    assert nc.near_duplicates(pairs) in ({"portal": "wire"}, {"wire": "portal"})
    sig = nc.copy_signals(_wire(), _trimmed())
    assert sig.jaccard < 0.4 < sig.contained  # resemblance alone misses it


def test_printing_with_added_local_paragraphs_is_a_copy():
    pairs = [("wire", _wire(), None), ("paper", _with_local_paragraphs(), None)]
    assert nc.near_duplicates(pairs) in ({"paper": "wire"}, {"wire": "paper"})
    assert nc.copy_signals(_wire(), _with_local_paragraphs()).jaccard < 0.4


def test_printing_under_another_headline_and_byline_is_a_copy():
    mirror = Article(
        id="mirror", source="m.html", text=_new_headline_and_byline(), title="Hives wiped out"
    )
    wire = Article(id="wire", source="w.html", text=_wire(), title="Winter kills third of hives")
    assert nc.near_duplicates([mirror, wire]) in ({"mirror": "wire"}, {"wire": "mirror"})


def test_printing_with_clauses_cut_and_a_local_quote_is_a_copy():
    pairs = [("wire", _wire(), None), ("evening", _edited_printing(), None)]
    assert nc.near_duplicates(pairs) in ({"evening": "wire"}, {"wire": "evening"})
    sig = nc.copy_signals(_wire(), _edited_printing())
    assert sig.jaccard < 0.4 and sig.contained < 0.6


def test_independent_report_of_the_same_event_is_no_copy():
    """Same figures, names and one shared quote, but written anew: not a copy, whichever
    text is longer."""
    pairs = [("wire", _wire(), None), ("own", _independent(), None)]
    assert nc.near_duplicates(pairs) == {}
    sig = nc.copy_signals(_wire(), _independent())
    assert sig.contained < nc.CopyRule().containment


def test_a_short_text_inside_a_long_one_needs_enough_words():
    """A brief that is one sentence of the wire is no printing of it (too few shingles)."""
    pairs = [("wire", _wire(), None), ("brief", WIRE[3], None)]
    assert nc.copy_signals(_wire(), WIRE[3]).contained == 1.0
    assert nc.near_duplicates(pairs) == {}


def test_copies_of_the_other_kinds_in_other_words():
    """The same three kinds on a different story: a glacier station evacuated."""
    wire = _text(
        [
            f"Sentence {i} of the glacier report: crews at the Halvard station moved "
            f"{20 + i} instruments downhill after the ice shelf cracked on day {i}."
            for i in range(14)
        ]
    )
    paras = wire.split("\n\n")
    trimmed = _text(paras[:5] + ["Distributed by Polar Desk"])
    extended = _text(
        paras
        + [
            f"Local note {i}: the village of Orrik on the fjord took in {i + 3} families "
            f"from the research camp and opened its school gym as a shelter."
            for i in range(16)
        ]
    )
    items = [("w", wire, None), ("t", trimmed, None), ("x", extended, None)]
    dups = nc.near_duplicates(items)
    assert set(dups) | set(dups.values()) == {"w", "t", "x"}
    assert len(set(dups.values())) == 1  # one original, two printings


def test_store_index_and_brief_share_the_definition():
    """The store's story index files the trimmed printing under its original."""
    vec = np.ones(384, np.float32) / np.sqrt(384)
    items = [
        st.StoryItem("wire", "Hives lost", _wire(), "2027-05-04", vec),
        st.StoryItem("portal", "Hives lost", _trimmed(), "2027-05-04", vec),
    ]
    [story] = st.cluster(items)
    assert story.duplicates in ({"portal": "wire"}, {"wire": "portal"})
    assert st.near_duplicates(items) == story.duplicates


def test_index_state_keeps_sizes_and_reads_older_states():
    rule = nc.CopyRule()
    index = nc.CopyIndex(rule)
    assert index.find("wire", _wire(), None, None) is None
    state = index.state()
    assert state["sizes"] == [len(set(nc.shingles(_wire())))]
    again = nc.CopyIndex.from_state(state, rule)
    assert again.find("portal", _trimmed(), None, None) == "wire"
    older = {k: v for k, v in state.items() if k != "sizes"}  # stored before containment
    estimated = nc.CopyIndex.from_state(older, rule)
    assert estimated.sizes["wire"] == pytest.approx(state["sizes"][0], rel=0.25)
    assert estimated.find("portal", _trimmed(), None, None) == "wire"


def test_contained_from_jaccard_and_sizes():
    assert nc.contained(0.25, 100, 300) == pytest.approx(0.8)  # 80 shared of the 100
    assert nc.contained(0.0, 100, 300) == 0.0
    assert nc.contained(0.5, 0, 10) == 0.0
