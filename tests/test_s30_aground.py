"""A vessel running aground is one act, never "running" nor a ban (session 30).

"The ferry ran aground" was read as the predicate "run" (a service that is running, the
positive pole of the scale "open") and "the ferry grounded at the harbour entrance" as
"ground" in the frame ``shut_down`` (the negative pole): two reports of one stranding
became a fact conflict, and each kept the other out of the consensus (held-out s9).

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims
from consilience.model import Article
from consilience.opposition import opposed, poles


def _main(make, text: str):
    claims = [c for c in extract_claims(make(text)) if c.kind == "main"]
    assert claims, text
    return claims[0]


@pytest.mark.parametrize(
    "text",
    [
        "The grain barge Ostrava ran aground on a sandbank below Keld lock on Tuesday.",
        "A coal barge went aground in fog near the Vinter bridge.",
        "The pilot ran the tanker aground off Holmsund during the storm.",
        "The Ostrava grounded on a sandbank below Keld lock on Tuesday.",
    ],
)
def test_a_stranding_is_run_aground_on_no_scale(make, text):
    c = _main(make, text)
    assert c.predicate == "run_aground"
    assert not poles(c)


@pytest.mark.parametrize(
    "text, frame",
    [
        ("The regulator grounded the airline's whole fleet on Monday.", "shut_down"),
        ("Every flight out of Tarvik was grounded after the radar failed.", "shut_down"),
        ("The night buses ran until two in the morning.", "run"),
    ],
)
def test_a_ban_and_a_running_service_keep_their_frames(make, text, frame):
    assert _main(make, text).frame == frame


def test_two_reports_of_one_stranding_are_not_opposed(make):
    a = _main(make, "The barge Ostrava ran aground on a sandbank below Keld lock on Tuesday.")
    b = _main(make, "The Ostrava grounded on a sandbank below Keld lock on Tuesday.")
    assert opposed(a, b) is None


def test_no_fact_conflict_between_ran_aground_and_grounded(bench):
    from consilience.brief import build_brief

    texts = {
        "x": "The Ostrava, operated by Keld Freight, ran aground below Keld lock on Tuesday "
        "evening.",
        "y": "Keld Freight said the Ostrava grounded below Keld lock on Tuesday evening during "
        "her scheduled run.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-05-06")
        for k, v in texts.items()
    ]
    brief = build_brief(bench.build_context(arts))
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    assert not facts, facts
