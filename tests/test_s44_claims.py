"""Readings that are no dispute and consensus members that state something else, found on
heldout_s40 (session 44) and tested here on sentences written for these tests (none is a
sentence of a held-out set).

Readings (issue #12):
- the rest of a set ("the other four cameras were found") is never a reading of the whole
  set's count ("The five cameras are back in the hide"), even when the whole's count is
  told with a verb WordNet makes kin to "rest" ("are", "remain").
"""

from __future__ import annotations

from brief_fixtures import conflicts_of


def test_the_rest_of_a_set_is_no_reading_of_the_whole(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Five trail cameras were stolen from the nature reserve at Brindle Moss last week. "
        "Wardens were told on Friday that the other four cameras had been dumped behind a "
        "garage in Eskby.",
        "Five trail cameras were stolen from the nature reserve at Brindle Moss last week. "
        "The five cameras are back in the hide now, and the wardens have fitted new locks.",
        published="2036-05-02",
    )
    assert not [c for c in found if "camera" in c["subject"]]
