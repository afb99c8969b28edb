"""A time of day on a second act of one subject is that act's time, not the first act's
(issue #12, kind 1). Found on held-out s27 (l1): "The fire started at 6:52 a.m. ... and was
brought under control shortly before 10 a.m." put both times in the fire's start slot, a
false conflict against the other reports' 6:52."""

from __future__ import annotations


def test_the_end_time_is_not_in_the_start_slot(make_ctx) -> None:
    from consilience.reconcile import _group

    ctx = make_ctx(
        "A fire on the ferry Aurel broke out at 4:10 p.m. on Sunday, the coastguard said. Two crew were hurt.",
        "The fire on the ferry Aurel started at 4:10 p.m. near the stern and was brought under "
        "control shortly after 7 p.m. Two crew were hurt.",
    )
    for qs in _group(ctx).values():
        texts = {q.text for q in qs}
        assert not ("4:10 p.m." in texts and "shortly after 7 p.m." in texts), texts
