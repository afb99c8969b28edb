"""Quotes missed on heldout_s44 after its first run (session 47), tested on sentences
written for these tests (none is a sentence of a held-out set): what someone said, named
by its owner before a colon ("Tom Reyes's words to me were: "…"", "The warden's reply
was: "…""), is that owner's quote."""

from __future__ import annotations

from brief_fixtures import quotes_of


def test_owner_of_the_words_before_a_colon_is_the_speaker(bench):
    found = quotes_of(
        bench,
        "The warden met the families on Friday. Tom Reyes's words to me, which he let me "
        'share, were: "We got the rules right and the kindness wrong."',
        published="2040-06-02",
    )
    assert ("Tom Reyes", "We got the rules right and the kindness wrong.") in found


def test_reply_too(bench):
    found = quotes_of(
        bench,
        'I wrote to the ranger, Ama Osei. Ama Osei\'s reply was: "The gate stays locked."',
        published="2040-06-02",
    )
    assert any(sp == "Ama Osei" and "gate stays locked" in tx for sp, tx in found)


def test_guard_words_of_no_one_named_stay_unattributed(bench):
    found = quotes_of(
        bench,
        'The warden met the families. The words on the gate were: "Keep out."',
        published="2040-06-02",
    )
    assert not any("Keep out" in tx for _, tx in found)
