"""Alignment and claim groups (consilience.align): actor matching, core-linked groups,
the best clause per article, stated numbers and lone pairs.

Claims are built by hand here (the extractor is tested in test_claims.py), so each test
pins one rule of the cross-article side; the story tests at the end run the whole brief
on short articles written for this file.
"""

from __future__ import annotations

import numpy as np
import pytest

from consilience import align, claim_spans, opposition, unique
from consilience.model import Article, Claim


def claim(article: str, text: str, frame: str = "approve", **kw) -> Claim:
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


# --------------------------------------------------------------------------- actors


def test_a_surname_is_the_full_name():
    full = claim(
        "a",
        "Mayor Ana Ferreira opened the bridge",
        "open",
        actor="Mayor Ana Ferreira",
        actor_key="ana ferreira",
        actor_label="PERSON",
        actor_keys=["ana ferreira"],
        entities=["ana ferreira"],
    )
    short = claim(
        "b",
        "Ferreira opened the new bridge",
        "open",
        actor="Ferreira",
        actor_key="ferreira",
        actor_label="PERSON",
        actor_keys=["ferreira"],
        entities=["ferreira"],
    )
    other = claim(
        "c",
        "Governor Tomas Lind opened the bridge",
        "open",
        actor="Governor Tomas Lind",
        actor_key="tomas lind",
        actor_label="PERSON",
        actor_keys=["tomas lind"],
        entities=["tomas lind"],
    )
    assert not align._different_actors(full, short)
    assert not align._different_actors(short, full)
    assert align._different_actors(full, other)
    assert align._different_actors(short, other)


def test_a_description_used_by_the_named_actor_phrase_is_that_actor():
    named = claim(
        "a",
        "The Orlen Weir, a stone barrage built in 1890, broke on Friday",
        "collapse",
        actor="The Orlen Weir, a stone barrage built in 1890,",
        actor_key="orlen weir",
        actor_label="FAC",
        actor_keys=["orlen weir"],
        entities=["orlen weir"],
    )
    barrage = claim(
        "b", "the barrage broke", "collapse", actor="the barrage", actor_keys=["barrage"]
    )
    weir = claim("c", "the weir gave way", "collapse", actor="the weir", actor_keys=["weir"])
    crowd = claim(
        "d",
        "the residents fled on Friday",
        "collapse",
        actor="the residents",
        actor_keys=["resident"],
    )
    assert not align._different_actors(named, barrage)
    assert not align._different_actors(weir, named)
    assert align._different_actors(named, crowd)


def test_different_predicates_of_different_actors_are_two_claims():
    a = claim(
        "a",
        "some analysts warned that the tariffs could raise prices",
        "warn",
        actor="some analysts",
        actor_keys=["analyst"],
    )
    b = claim(
        "b",
        "the tariffs could protect local steel jobs",
        "protect",
        actor="the tariffs",
        actor_keys=["tariff"],
    )
    same_actor = claim(
        "c",
        "the analysts cautioned about prices",
        "caution",
        actor="the analysts",
        actor_keys=["analyst"],
    )
    assert align._different_events(a, b, 0.8)
    assert not align._different_events(a, same_actor, 0.8)
    assert not align._different_events(a, b, 0.95)  # near-identical clauses may still align
    cause = claim(
        "d",
        "Gales tore off part of the stadium roof",
        "tear",
        actor_keys=["gale"],
        patient_key="part",
    )
    result = claim(
        "e",
        "A section of the stadium roof came down in the gales",
        "collapse",
        actor_keys=["section"],
        patient_key="gale",
    )
    assert not align._different_events(cause, result, 0.8)


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("x", "y", "differ"),
    [
        ("United climbed to second place in the league", "United climbed to fifth place", True),
        ("gusts of 95 km/h", "gusts that reached 120 km/h", True),
        ("some 3,400 fans attended", "about 3,400 fans attended", False),
        ("the two ministers met", "both ministers met", False),
        ("Twelve people were hurt", "12 people were hurt", False),
        ("Mayor Lund, 64, opened the pier on 3 June", "Lund opened the pier on June 3", False),
        ("the ferry left at 7 a.m. in 2021", "the ferry left at 9 a.m. in 2021", False),
    ],
)
def test_stated_numbers(x, y, differ):
    assert align.numerals_disagree(claim("a", x, "x"), claim("b", y, "x")) is differ
    assert align.compatible(claim("a", x, "x"), claim("b", y, "x")) is not differ


# --------------------------------------------------------------------------- groups


def _groups(monkeypatch, claims: list[Claim], scores: dict[tuple[int, int], float]):
    """claim_groups over ``claims`` with the given pair scores (the alignment model is
    tested elsewhere; here only the grouping is)."""
    nodes = [node(c, order=ord(c.article[0])) for c in claims]
    monkeypatch.setattr(align, "pair_scores", lambda nodes, sim: dict(scores))
    return align.claim_groups(nodes, np.eye(len(nodes)))


def test_a_chain_does_not_join_what_its_ends_do_not_share(monkeypatch):
    """A~B strongly, B~C, but A and C not aligned: C stays out of A and B's group."""
    cs = [claim("a", "A"), claim("b", "B"), claim("c", "C")]
    groups = _groups(monkeypatch, cs, {(0, 1): 0.95, (1, 2): 0.9})
    assert groups == [[0, 1]]


def test_a_member_aligned_with_the_whole_core_joins(monkeypatch):
    cs = [claim("a", "A"), claim("b", "B"), claim("c", "C")]
    groups = _groups(monkeypatch, cs, {(0, 1): 0.95, (1, 2): 0.9, (0, 2): 0.7})
    assert groups == [[0, 1, 2]]


def test_each_article_keeps_its_clause_that_fits_best(monkeypatch):
    """Article b states the claim twice; the clause aligned with both other articles is
    cited, not the one the strongest single pair brought in."""
    cs = [claim("a", "A"), claim("b", "B1"), claim("b", "B2", sentence=3), claim("c", "C")]
    scores = {(0, 1): 0.99, (1, 3): 0.45, (0, 3): 0.9, (2, 3): 0.9, (0, 2): 0.9}
    groups = _groups(monkeypatch, cs, scores)
    assert groups == [[0, 2, 3]]


def test_a_lone_pair_needs_a_strong_score(monkeypatch):
    cs = [claim("a", "A"), claim("b", "B")]
    assert _groups(monkeypatch, cs, {(0, 1): 0.5}) == []
    assert _groups(monkeypatch, cs, {(0, 1): 0.8}) == [[0, 1]]


# --------------------------------------------------------------------------- stories


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2025-05-06")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_surname_and_full_name_state_one_claim(bench):
    brief = _brief(
        bench,
        {
            "p": "Mayor Ana Ferreira opened the Tamsin footbridge on Tuesday. "
            "The crossing took four years to build.",
            "q": "Ferreira opened the Tamsin footbridge on Tuesday. "
            "Cyclists will have to dismount on the span.",
            "r": "On Tuesday Ana Ferreira opened the footbridge over the Tamsin. "
            "A brass band played on the riverbank.",
        },
    )
    opened = [c for c in brief["consensus"] if "opened" in c["text"]]
    assert len(opened) == 1 and opened[0]["articles"] == ["p", "q", "r"]


def test_different_league_places_are_not_consensus(bench):
    brief = _brief(
        bench,
        {
            "x": "Port Vale Athletic climbed to second place in the league on Saturday.",
            "y": "Port Vale Athletic climbed to fifth place in the league on Saturday.",
        },
    )
    assert brief["consensus"] == []


# --------------------------------------------------------------------------- unique


def _elsewhere(mine: Claim, theirs: Claim) -> bool:
    nodes = [node(mine), node(theirs, order=1)]
    return unique._said_elsewhere([0], nodes, np.zeros((2, 2)))


def test_one_actor_doing_one_thing_elsewhere_is_not_unique():
    """Worded apart (cosine 0 here), "Ruth Vance quit the council" and "Vance quit after
    a row over the budget" report one resignation: neither is unique."""
    a = claim(
        "a",
        "Ruth Vance quit the council on Monday evening",
        "resign",
        actor_keys=["ruth vance"],
        actor_label="PERSON",
    )
    b = claim(
        "b",
        "Vance quit after a long row over the budget",
        "resign",
        actor_keys=["vance"],
        actor_label="PERSON",
    )
    other_act = claim(
        "b", "Vance blamed the treasurer", "blame", actor_keys=["vance"], actor_label="PERSON"
    )
    other_actor = claim(
        "b", "Tom Osei quit the board", "resign", actor_keys=["tom osei"], actor_label="PERSON"
    )
    said = claim("b", "Vance said little", "say", actor_keys=["vance"], actor_label="PERSON")
    assert _elsewhere(a, b)
    assert not _elsewhere(a, other_act)
    assert not _elsewhere(a, other_actor)
    assert not _elsewhere(claim("a", "Vance said a lot", "say", actor_keys=["vance"]), said)


def test_a_unique_sentence_adds_a_name_figure_or_date_of_its_own(bench):
    """A sentence that only names whom the other article names is mostly that article's
    claim reworded: not unique. One with a new name is."""
    brief = _brief(
        bench,
        {
            "p": "Sela Lines suspended all crossings to Holm Island on Monday. "
            "Spokeswoman Mira Dahl blamed a broken loading ramp. "
            "The ferry council chair, Johan Brekke, called the closure a disgrace.",
            "q": "All crossings to Holm Island were suspended by Sela Lines on Monday. "
            "Dahl would not say when Sela Lines expects to resume sailings.",
        },
    )
    texts = [u["text"] for u in brief["unique"]]
    assert any("Brekke" in t for t in texts)
    assert not any("would not say" in t for t in texts)


def test_done_and_still_to_come_are_two_claims():
    """ "The board will allow night trains" and "the board had been wary of allowing night
    trains" share actor and words but not what they state."""
    will = claim(
        "a",
        "the rail board will allow night trains on the coast line",
        "approve",
        actor_keys=["rail board"],
        actor_key="rail board",
        modality="future",
        tense="future",
    )
    wary = claim(
        "b",
        "the rail board had been wary of allowing night trains on the coast line",
        "be",
        actor_keys=["rail board"],
        actor_key="rail board",
        tense="past",
    )
    also_will = claim(
        "c",
        "the rail board is expected to allow night trains on the coast line",
        "approve",
        actor_keys=["rail board"],
        actor_key="rail board",
        modality="expected",
    )
    assert not align.candidate(node(will), node(wary, 1), 0.8)
    assert align.candidate(node(will), node(also_will, 2), 0.8)


def test_a_superseded_state_is_history_not_a_reading():
    """'Until now the board had refused to publish the audit' is what held before; a
    current 'the board published the audit' neither supports nor contradicts it."""
    before = claim(
        "a",
        "the board had refused to publish the audit",
        "publish",
        negated=True,
        superseded=True,
        actor_key="board",
        actor_keys=["board"],
    )
    now = claim(
        "b", "the board published the audit", "publish", actor_key="board", actor_keys=["board"]
    )
    assert opposition.opposed(before, now) is None
    assert not align.compatible(before, now)
    assert opposition.opposed(dataclasses_replace(before, superseded=False), now) == "polarity"


def dataclasses_replace(c: Claim, **kw) -> Claim:
    import dataclasses

    return dataclasses.replace(c, **kw)


def test_a_naming_clause_is_no_consensus_item():
    named = claim("a", "the agency, known as CEMA", "be")
    assert align.naming(named) is False  # built as a main clause by the helper
    import dataclasses

    assert align.naming(dataclasses.replace(named, kind="reduced"))
    assert not align.naming(dataclasses.replace(named, kind="reduced", frame="build"))


def test_a_state_and_an_act_of_one_actor_are_two_claims():
    """'Port officials remain wary' / 'port officials feared a second closure': close in
    words, but a state is not the act another article reports."""
    state = claim("a", "Port officials remain wary", "be", actor_key="official",
                  actor_keys=["official"], patient="wary", patient_key="wary",
                  nouns=["official"])  # fmt: skip
    act = claim("b", "port officials feared a second closure", "fear", actor_key="official",
                actor_keys=["official"], patient="a second closure", patient_key="closure",
                nouns=["official", "closure"])  # fmt: skip
    owner = claim("c", "the harbour board is the quay's owner", "be", actor_key="board",
                  patient="the quay's owner", patient_key="owner",
                  nouns=["board", "quay", "owner"])  # fmt: skip
    assert align._different_states(state, act, 0.7)
    assert not align._different_states(owner, act, 0.7)
    assert not align._different_states(state, act, 0.9)  # near-identical clauses


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We will rebuild the pier this summer.', "We will rebuild the pier this summer."),
        ("“Nobody slept that night.", "Nobody slept that night."),
        ('The harbour master said "no ship moves" until noon.', None),
        ("“The pier is safe,” she said.", None),
        ("The crew's boat was towed in.", None),
    ],
)
def test_a_summary_line_holds_no_unmatched_quotation_mark(text, want):
    s, e = claim_spans.balanced_quotes(text, 0, len(text))
    assert text[s:e] == (want if want is not None else text)


def test_homes_cut_off_in_other_words_are_one_disputed_figure(bench):
    """'left about 12,000 homes without power' / 'some 30,000 households lost electricity':
    one outage count told with two verbs, a quantity conflict (and never consensus)."""
    brief = _brief(
        bench,
        {
            "p": "The ice storm left about 12,000 homes in Orsa without power on Friday. "
            "Crews from three counties were called in.",
            "q": "Some 30,000 households in Orsa lost electricity on Friday after the ice storm. "
            "Schools stayed open.",
        },
    )
    figures = [c for c in brief["conflicts"] if c.get("kind") == "quantity"]
    assert len(figures) == 1, brief["conflicts"]
    assert not [c for c in brief["consensus"] if "12,000" in c["text"] or "30,000" in c["text"]]
