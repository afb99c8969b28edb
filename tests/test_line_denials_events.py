"""An event promised in one article and refused in another (session 19, headline; s18 kind
4: "has promised an independent inquiry" beside "will not open an inquiry"): one actor
bringing about one event its object names, in other verbs, one side negated, is a denial,
so the promise is no headline or summary line. Claims written for these tests (a mayor's
audit, a harbour bridge)."""

from __future__ import annotations

from consilience.align import Node
from consilience.line_denials import Denials
from consilience.model import Claim


def _claim(article: str, frame: str, actor: str, patient: str, **kw) -> Node:
    claim = Claim(
        article=article,
        start=0,
        end=1,
        text="x",
        sentence=0,
        kind="main",
        predicate=frame,
        frame=frame,
        actor_keys=[actor] if actor else [],
        actor_key=actor or None,
        patient_key=patient,
        **kw,
    )
    return Node(claim, 0, article)


def test_a_promised_event_the_same_actor_will_not_hold_is_denied():
    nodes = [
        # "Mayor Ines Roth has pledged an audit of the port accounts."
        _claim("a", "pledge", "ines roth", "audit", tense="past"),
        # "Ines Roth will not launch an audit until the auditors report."
        _claim(
            "b", "launch", "ines roth", "audit", negated=True, tense="future", modality="future"
        ),
    ]
    assert Denials(nodes, texts=None).denied(0)


def test_another_actor_or_a_thing_that_is_no_event_is_not_denied():
    nodes = [
        _claim("a", "pledge", "ines roth", "audit", tense="past"),
        # the harbour board, not the mayor, will not launch one
        _claim("b", "launch", "harbour board", "audit", negated=True, tense="future"),
        # "Roth promised a bridge." / "Roth will not build a bridge." (a thing, no event)
        _claim("c", "promise", "ines roth", "bridge", tense="past"),
        _claim("d", "build", "ines roth", "bridge", negated=True, tense="future"),
    ]
    denials = Denials(nodes, texts=None)
    assert not denials.denied(0)
    assert not denials.denied(2)
