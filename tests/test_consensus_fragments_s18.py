"""No consensus item shows a fragment (issue #11, session 18, kind 12 of
heldout_s17/judged.md).

An item's text is a clause that reads alone. A text ending with a word that needs what
follows it ("The mayor thanks" of a heading cut before its object, "the award for"), and
a relative clause cut from its noun ("the crew have made" of "the best catch the crew
have made all year") are fragments: :func:`consilience.consensus.fragment` says so, and
:func:`consilience.consensus._item_text` never shows one (the clause may still be cited).

Every sentence is written for this file; each case fails on the code before the change.
"""

from __future__ import annotations

import pytest

from consilience import consensus


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Lena Ostrova wins gold for Latvia in the sprint", "Lena Ostrova wins gold for"),
        ("It is the best catch the crew have made all year.", "the crew have made"),
        ("The ferry, which left Harwich at noon, ran aground.", "which left Harwich at noon"),
        ("The trust handed the keys to their", "The trust handed the keys to their"),
    ],
)
def test_a_fragment_is_no_item_text(nlp, sentence: str, shown: str) -> None:
    doc = nlp(sentence)
    s = sentence.index(shown)
    assert consensus.fragment(doc, s, s + len(shown))


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The ferry ran aground off Harwich at noon.", "The ferry ran aground off Harwich"),
        (
            "Officials said the pilot, who is 52, was unhurt.",
            "the pilot, who is 52, was unhurt",
        ),
        ("Lena Ostrova won gold in the sprint.", "Lena Ostrova won gold"),
        ("The pumping station shut down after a fault.", "The pumping station shut down"),
        ("Two of the riders pulled out.", "Two of the riders pulled out"),
    ],
)
def test_a_clause_that_reads_alone_is_no_fragment(nlp, sentence: str, shown: str) -> None:
    doc = nlp(sentence)
    s = sentence.index(shown)
    assert not consensus.fragment(doc, s, s + len(shown))
