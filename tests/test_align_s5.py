"""Consensus recall (issue #11, session 5): event anaphors, figures and dates a group's
core agrees on, causatives and their results, disputed groups, near-copies in grouping,
surnames as shared actors and counted nouns of one class.

Claims are built by hand from sentences written for this file (the extractor is tested in
test_claims.py), so each test pins one rule; each fails on the code before its rule.
"""

from __future__ import annotations

import numpy as np

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, frame: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` (the whole text is the clause)."""
    kw.setdefault("predicate", frame)
    return Claim(
        article=article,
        start=0,
        end=len(text),
        text=text,
        sentence=kw.pop("sentence", 0),
        kind="main",
        frame=frame,
        **kw,
    )


def node(c: Claim, order: int = 0) -> align.Node:
    return align.Node(c, order, c.article, align._keys(c), None)


# --------------------------------------------------------------------------- event anaphors


def _named_ruling() -> Claim:
    return claim(
        "a",
        "signalling a sharp turn in the council's housing policy",
        "be",
        actor="Mayor Ines Carvalho",
        actor_key="ines carvalho",
        actor_label="PERSON",
        actor_keys=["ines carvalho"],
        patient_key="turn",
        entities=["ines carvalho"],
    )


def _anaphor(article: str, noun: str, text: str, frame: str = "be") -> Claim:
    return claim(
        article,
        text,
        frame,
        actor=f"The {noun}",
        actor_key=noun,
        actor_keys=[noun],
        patient_key="turn",
    )


def test_an_event_anaphor_is_no_other_actor():
    """'The step marks a turn' is not a different actor from the mayor whose act it is;
    a described party that is no event noun ('the landlords') still is."""
    named = _named_ruling()
    step = _anaphor("b", "step", "The step marks a sharp turn in housing policy")
    landlords = _anaphor("c", "landlord", "The landlords see a sharp turn in housing policy")
    assert not align._different_actors(named, step)
    assert not align._different_actors(step, named)
    assert align._different_actors(named, landlords)


def test_two_event_anaphors_share_a_key():
    """'The decision was prompted by ...' / 'The move was prompted by ...': the event
    referred back to is the shared argument, so the pair may be compared at all; the
    predicate rule still holds ('the move angered tenants' / 'the decision follows a court
    case' stay apart below the paraphrase cosine)."""
    a = _anaphor("a", "decision", "The decision was prompted by rising rents", "prompt")
    b = _anaphor("b", "move", "The move was prompted by a surge in rents", "prompt")
    a.patient_key = b.patient_key = None
    assert align.candidate(node(a), node(b, 1), 0.7)
    c = _anaphor("c", "move", "The move angered tenants", "anger")
    d = _anaphor("d", "decision", "The decision follows a court case", "follow")
    assert not align.candidate(node(c), node(d, 1), align.PARAPHRASE_COSINE - 0.05)


# --------------------------------------------------------------------------- core figure


def _groups(monkeypatch, claims: list[Claim], scores: dict[tuple[int, int], float]):
    nodes = [node(c, order=k) for k, c in enumerate(claims)]
    monkeypatch.setattr(align, "pair_scores", lambda nodes, sim: dict(scores))
    return align.claim_groups(nodes, np.eye(len(nodes)))


def _troops(article: str, text: str, figure: str | None) -> Claim:
    return claim(
        article,
        text,
        "deploy",
        patient_key="soldier",
        entities=["eastland"],
        figures=[figure] if figure else [],
    )


def test_a_clause_without_the_core_figure_does_not_join(monkeypatch):
    """Two articles agree that about 4,500 soldiers were sent; a third only says soldiers
    are stationed there: it does not state the figure, so it is no citation of it."""
    cs = [
        _troops(
            "a", "About 4,500 Eastland soldiers were sent to the border", "count||4500|||soldier"
        ),
        _troops("b", "Some 4,500 soldiers from Eastland were deployed", "count||4500|||soldier"),
        _troops("c", "Eastland soldiers stationed near the border", None),
    ]
    groups = _groups(monkeypatch, cs, {(0, 1): 0.95, (0, 2): 0.8, (1, 2): 0.8})
    assert groups == [[0, 1]]
    # a clause giving the figure joins; a core without a figure takes any member
    with_figure = [
        _troops(
            "a", "About 4,500 Eastland soldiers were sent to the border", "count||4500|||soldier"
        ),
        _troops("b", "Some 4,500 soldiers from Eastland were deployed", "count||4500|||soldier"),
        _troops("c", "Eastland has stationed 4,500 soldiers there", "count||4500|||soldier"),
    ]
    scores = {(0, 1): 0.95, (0, 2): 0.8, (1, 2): 0.8}
    assert _groups(monkeypatch, with_figure, scores) == [[0, 1, 2]]
    without = [
        _troops("a", "Eastland soldiers were sent to the border", None),
        _troops("b", "Soldiers from Eastland were deployed to the border", None),
        _troops("c", "Eastland has stationed 4,500 soldiers there", "count||4500|||soldier"),
    ]
    assert _groups(monkeypatch, without, scores) == [[0, 1, 2]]


# --------------------------------------------------------------------------- converse frames


def _killed(article: str, value: str = "3") -> Claim:
    return claim(
        article,
        f"The landslide above Vessa killed {value} hikers on the ridge path",
        "kill",
        actor="The landslide",
        actor_key="landslide",
        actor_keys=["landslide"],
        patient_key="hiker",
        figures=[f"count||{value}|||hiker"],
    )


def _died(article: str, value: str = "3", frame: str = "die") -> Claim:
    return claim(
        article,
        f"{value} hikers lost their lives and the ridge path was closed for the season",
        frame,
        actor="hikers",
        actor_key="hiker",
        actor_keys=["hiker"],
        figures=[f"count||{value}|||hiker"],
    )


def test_a_causative_and_its_result_are_one_claim_whatever_their_cosine():
    """'X killed three hikers' / 'three hikers lost their lives, and ...': the long
    clause's vector is far from the short one's, the claim is the same."""
    assert align.candidate(node(_killed("a")), node(_died("b"), 1), 0.2)
    assert align.candidate(node(_died("b")), node(_killed("a"), 1), 0.2)
    # another count, or another result (injured), is not the same claim
    assert not align.candidate(node(_killed("a")), node(_died("b", "5"), 1), 0.2)
    assert not align.candidate(node(_killed("a")), node(_died("b", frame="injure"), 1), 0.2)


def test_pairs_below_the_cosine_gate_are_scored_when_both_give_figures():
    nodes = [node(_killed("a")), node(_died("b"), 1)]
    sim = np.array([[1.0, 0.2], [0.2, 1.0]])
    assert (0, 1) in align.pair_scores(nodes, sim)


# --------------------------------------------------------------------------- disputed


def test_a_group_is_disputed_when_most_of_its_clauses_are_readings():
    """A conflict that cites one long clause of a four-article group (for a figure that
    clause also gives) does not dispute the group's claim; one citing half of them does."""
    from consilience import consensus

    cs = [_killed(k) for k in "abcd"]
    for k, c in enumerate(cs):
        c.start, c.end = 100 * k, 100 * k + 60
    nodes = [node(c, k) for k, c in enumerate(cs)]
    one = [("d", 350, 358)]  # a reading inside d's clause
    two = one + [("a", 10, 20)]
    assert not consensus._disputed([0, 1, 2, 3], nodes, one)
    assert consensus._disputed([0, 1, 2, 3], nodes, two)
    assert consensus._disputed([0, 3], nodes, one)
    # the clause a conflict cites is not the item's text, even when it is the most central
    sim = np.full((4, 4), 0.5)
    sim[3, :] = sim[:, 3] = 0.9
    assert consensus._representative([0, 1, 2, 3], nodes, sim) == 3
    assert consensus._representative([0, 1, 2, 3], nodes, sim, frozenset({3})) != 3


def test_a_clause_without_the_core_date_does_not_join(monkeypatch):
    """Two articles agree the harbourmaster resigned on Thursday; a third only says he
    has resigned: it does not state the date the claim gives."""

    def quit_(article: str, text: str, dates: list[str]) -> Claim:
        return claim(
            article,
            text,
            "resign",
            actor_key="piet ros",
            actor_keys=["piet ros"],
            actor_label="PERSON",
            entities=["piet ros"],
            dates=dates,
        )

    cs = [
        quit_("a", "Harbourmaster Piet Ros resigned on Thursday", ["2025-08-28|day"]),
        quit_("b", "Piet Ros stepped down on Thursday", ["2025-08-28|day"]),
        quit_("c", "Piet Ros has resigned as harbourmaster", []),
    ]
    groups = _groups(monkeypatch, cs, {(0, 1): 0.95, (0, 2): 0.8, (1, 2): 0.8})
    assert groups == [[0, 1]]
    cs[2] = quit_("c", "Ros quit the harbour office on Thursday", ["2025-08-28|day"])
    assert _groups(monkeypatch, cs, {(0, 1): 0.95, (0, 2): 0.8, (1, 2): 0.8}) == [[0, 1, 2]]


def test_near_copies_count_once_when_members_are_shed(monkeypatch):
    """Two printings of one wire text (wa, wb) form the core; x agrees only with that wire
    text, y and z with the wire and each other. x is aligned with two of its four fellow
    members, but with one of their three texts: it is shed."""
    cs = [claim(k, f"clause {k}", "close", entities=["ferry"]) for k in ("wa", "wb", "x", "y", "z")]
    nodes = [node(c, order=k) for k, c in enumerate(cs)]
    nodes[1].root = "wa"  # wb is a near-copy of wa
    scores = {(0, 1): 0.99, (0, 2): 0.9, (1, 2): 0.9, (0, 3): 0.8, (1, 3): 0.8, (0, 4): 0.8}
    scores.update({(1, 4): 0.8, (3, 4): 0.8, (2, 3): 0.1, (2, 4): 0.1})
    monkeypatch.setattr(align, "pair_scores", lambda nodes, sim: dict(scores))
    assert align.claim_groups(nodes, np.eye(5)) == [[0, 1, 3, 4]]


def test_a_core_is_two_texts_not_two_printings_of_one(monkeypatch):
    """wa and wb print one wire text; a states the claim too; x agrees with the wire text
    but not with a. With the two printings as the core, x got in on the wire's word alone;
    with a core of two texts (wa, a) it must agree with both, and stays out."""
    cs = [claim(k, f"clause {k}", "close", entities=["ferry"]) for k in ("wa", "wb", "a", "x")]
    nodes = [node(c, order=k) for k, c in enumerate(cs)]
    nodes[1].root = "wa"
    scores = {(0, 1): 0.99, (0, 2): 0.8, (1, 2): 0.8, (0, 3): 0.6, (1, 3): 0.6, (2, 3): 0.1}
    monkeypatch.setattr(align, "pair_scores", lambda nodes, sim: dict(scores))
    assert align.claim_groups(nodes, np.eye(4)) == [[0, 1, 2]]


# --------------------------------------------------------------------------- surnames as keys


def test_a_surname_actor_is_a_shared_argument():
    """'Mira Castell scored both goals' / 'Castell scored twice': the actor is the shared
    argument though one key is the full name and the other the surname; another surname
    ('Lund scored twice') is not."""
    full = claim(
        "a",
        "Mira Castell scored both goals for Ashby",
        "score",
        actor="Mira Castell",
        actor_key="mira castell",
        actor_label="PERSON",
        actor_keys=["mira castell"],
        entities=["mira castell", "ashby"],
        patient_key="goal",
    )
    short = claim(
        "b",
        "Ashby 2 Tolland 1: Castell scored twice",
        "score",
        actor="Castell",
        actor_key="castell",
        actor_keys=["castell"],
    )
    other = claim(
        "c",
        "Ashby 2 Tolland 1: Lund scored twice",
        "score",
        actor="Lund",
        actor_key="lund",
        actor_keys=["lund"],
    )
    assert align.candidate(node(full), node(short, 1), 0.8)
    assert not align.candidate(node(full), node(other, 1), 0.8)


# --------------------------------------------------------------------------- counted nouns


def test_counted_nouns_of_one_class_are_one_kind_of_figure():
    """'about 6,000 soldiers' / 'some 6,000 troops' give one figure; '2,500 troops' is
    another reading of it; '6,000 residents' counts something else."""
    soldiers = claim(
        "a", "about 6,000 Valdan soldiers", "deploy", figures=["count||6000|||soldier/"]
    )
    troops = claim("b", "some 6,000 Valdan troops", "deploy", figures=["count||6000|||troop/"])
    fewer = claim("c", "2,500 Valdan troops", "deploy", figures=["count||2500|||troop/"])
    residents = claim("d", "6,000 residents", "deploy", figures=["count||6000|||resident/"])
    assert align.figures_agree(soldiers, troops)
    assert align.figures_disagree(soldiers, fewer)
    assert not align.figures_agree(soldiers, residents)
