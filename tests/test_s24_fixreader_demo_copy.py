"""The demo brief invents no conflict from its near-copy (tester of session 24, item 3).

The Eastport Herald reprints the Northern Wire Service report with small edits ("early
Sunday" for "early on Sunday"). Set against every sentence of the wire report, the edited
lead met the wire's "the Calder Water Authority, which owns and operates the dam" and the
demo showed "fact: the dam: operates vs failed", with the failure "(disputed)" in the
timeline. An edit is compared only with the sentence it was edited from now
(:mod:`consilience.copy_edits`); the demo's real disagreement, the flood's extent, stays.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def brief(tmp_path_factory) -> dict:
    from consilience import Workbench
    from consilience.api import demo_files

    (one,) = Workbench(tmp_path_factory.mktemp("demo") / "s.db").brief(demo_files())
    return one


def test_the_copy_sets_no_statement_against_another_sentence_of_its_source(brief):
    assert [c for c in brief["conflicts"] if c["kind"] == "fact"] == []


def test_the_dam_failure_is_not_disputed_in_the_timeline(brief):
    failed = [t for t in brief["timeline"] if "dam" in t["text"] and "failed" in t["text"]]
    assert failed and not any(t.get("disputed") for t in failed)


def test_the_flood_extent_is_still_in_dispute_and_the_copy_still_counts_once(brief):
    extent = [c for c in brief["conflicts"] if "flood" in (c.get("subject") or "")]
    assert extent and extent[0]["kind"] == "quantity" and not extent[0].get("update")
    assert any(a.get("duplicate_of") for a in brief["story"]["articles"])
