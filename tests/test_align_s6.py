"""Consensus recall (issue #11, session 6): one event stated with different verbs, word
orders and units; what a permission lets happen.

Hand-built claims pin one alignment rule each; the story tests run the whole pipeline on
short articles written for this file. Each test fails on the code before its rule.
"""

from __future__ import annotations

import pytest

from consilience import align
from consilience.model import Article, Claim


def claim(article: str, text: str, frame: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` (the whole text is the clause)."""
    kw.setdefault("predicate", frame)
    for role in ("actor", "patient"):
        if kw.get(f"{role}_key") and not kw.get(role):
            kw[role] = kw[f"{role}_key"]
    if kw.get("actor_key") and "actor_keys" not in kw:
        kw["actor_keys"] = [kw["actor_key"]]
    return Claim(
        article=article,
        start=0,
        end=len(text),
        text=text,
        sentence=kw.pop("sentence", 0),
        kind=kw.pop("kind", "main"),
        frame=frame,
        **kw,
    )


def node(c: Claim, grantor: Claim | None = None) -> align.Node:
    return align.Node(c, 0, c.article, align._keys(c), None, grantor)


def _skyreach(article: str, text: str, frame: str, patient: str, key: str, **kw) -> Claim:
    return claim(
        article,
        text,
        frame,
        actor="Skyreach Aviation",
        actor_key="skyreach aviation",
        actor_label="ORG",
        patient=patient,
        patient_key=key,
        entities=["skyreach aviation"],
        **kw,
    )


# --------------------------------------------------------------------------- predicates


def test_suspended_grounded_and_halted_are_one_predicate():
    """'suspended all Tern-5 flights' / 'grounded its Tern-5 fleet': two verbs for one act,
    compared like one frame below the paraphrase cosine; 'resumed' stays another act."""
    suspended = _skyreach(
        "a", "Skyreach suspended all Tern-5 flights", "suspend", "all Tern-5 flights", "flight"
    )
    grounded = _skyreach(
        "b", "Skyreach has grounded its Tern-5 fleet", "ground", "its Tern-5 fleet", "fleet"
    )
    resumed = _skyreach(
        "c", "Skyreach resumed Tern-5 flights", "resume", "Tern-5 flights", "flight"
    )
    assert align.same_predicate(suspended, grounded)
    assert align.candidate(node(suspended), node(grounded), 0.52)
    assert not align.same_predicate(suspended, resumed)
    assert not align.candidate(node(suspended), node(resumed), 0.52)


def test_an_event_noun_is_its_verb():
    """A nominal claim whose predicate is the event noun ('the loss of the Kestrel-3',
    'the suspension of flights') compares as the verb: loss = lose, a failure."""
    loss = claim(
        "a",
        "the loss of the Kestrel-3",
        "loss",
        patient="the Kestrel-3",
        patient_key="kestrel-3",
        kind="nominal",
    )
    failed = claim(
        "b",
        "The Kestrel-3 failed two minutes into its flight",
        "collapse",
        predicate="fail",
        actor="The Kestrel-3",
        actor_key="kestrel-3",
    )
    delay = claim(
        "c",
        "the delay of the Kestrel-3",
        "delay",
        patient="the Kestrel-3",
        patient_key="kestrel-3",
        kind="nominal",
    )
    assert align.same_predicate(loss, failed)
    assert not align.same_predicate(delay, failed)


def test_an_event_that_began_or_was_gone_on_is_the_event():
    """'The walkout began at 7 a.m.' / 'porters went on strike' / 'porters walked out':
    an onset or light verb states the event its subject or object names; 'the inquiry
    began' is another event."""
    began = claim("a", "The walkout began at 7 a.m.", "begin", actor_key="walkout")
    went = claim("b", "Porters went on strike", "go", actor_key="porter", patient_key="strike")
    walked = claim("c", "Porters at the depot walked out", "walk", actor_key="porter")
    inquiry = claim("d", "The inquiry began on Monday", "begin", actor_key="inquiry")
    assert align.same_predicate(began, walked)
    assert align.same_predicate(went, walked)
    assert not align.same_predicate(inquiry, walked)


def test_signed_x_and_x_joins_are_one_claim_with_roles_swapped():
    """'Dunmore Rovers FC signed Kofi Mensah' / 'Kofi Mensah joins Dunmore Rovers': the one
    signed is the one joining, the club the one joined; joining another club is not it."""
    signed = claim(
        "a",
        "Dunmore Rovers FC signed winger Kofi Mensah from Castleford Town",
        "sign",
        actor="Dunmore Rovers FC",
        actor_key="fc",
        patient="winger Kofi Mensah",
        patient_key="kofi mensah",
        entities=["kofi mensah", "castleford town"],
    )

    def joins(article: str, club: str) -> Claim:
        return claim(
            article,
            f"Kofi Mensah joins {club}",
            "join",
            actor="Kofi Mensah",
            actor_key="kofi mensah",
            actor_label="PERSON",
            patient=club,
            patient_key=club.lower(),
            entities=["kofi mensah", club.lower()],
        )

    assert align.candidate(node(signed), node(joins("b", "Dunmore Rovers")), 0.7)
    assert not align.candidate(node(signed), node(joins("c", "Brockley Athletic")), 0.7)


def test_a_lost_rocket_is_a_failed_rocket():
    """'Orbitex lost the Kestrel-3 rocket' / 'the Kestrel-3 rocket failed': the transitive's
    undergoer is the intransitive's doer, so the two named actors are no two parties."""
    lost = claim(
        "a",
        "Orbitex lost the Kestrel-3 rocket on Friday",
        "lose",
        actor="Orbitex",
        actor_key="orbitex",
        actor_label="ORG",
        patient="the Kestrel-3 rocket",
        patient_key="kestrel-3",
        entities=["orbitex", "kestrel-3"],
    )
    failed = claim(
        "b",
        "The Kestrel-3 rocket failed on Friday",
        "collapse",
        predicate="fail",
        actor="The Kestrel-3 rocket",
        actor_key="kestrel-3",
        actor_label="PRODUCT",
        entities=["kestrel-3"],
    )
    assert not align._different_actors(lost, failed)
    assert align.candidate(node(lost), node(failed), 0.55)
    vote = claim(
        "c",
        "Premier Ilse Varga lost the confidence vote",
        "lose",
        actor_key="ilse varga",
        actor_label="PERSON",
        patient="the confidence vote",
        patient_key="vote",
    )
    motion = claim(
        "d",
        "The confidence motion failed",
        "collapse",
        predicate="fail",
        actor="The confidence motion",
        actor_key="motion",
    )
    assert not align.same_predicate(vote, motion)


# --------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    "p, q, same",
    [
        ("Dunmore Rovers FC", "Dunmore Rovers", True),
        ("Halvard Motors Group", "Halvard Motors", True),
        ("Brenna Bay's harbour master", "Brenna Bay", True),
        ("further Tern launches", "the Tern-5", True),
        ("South Sudan", "Sudan", False),
        ("the Tern-5", "the Tern-6", False),
        ("Dunmore Rovers", "Castleford Town", False),
        ("Several residents", "Several officials", False),
    ],
)
def test_argument_phrases_name_one_party(p, q, same):
    """Proper words of one phrase all in the other: a name suffix or a model's family may
    be added; one word more that is no suffix names another party."""
    assert align.phrases_meet(p, q) is same


def test_two_argument_phrases_of_one_party_are_a_shared_argument():
    """'suspended further Tern launches' (no actor) / 'Skyreach grounded the Tern-5': the
    patients name one aircraft type, so the pair shares a core argument."""
    suspended = claim(
        "a",
        "it had suspended further Tern launches",
        "suspend",
        patient="further Tern launches",
        patient_key="launch",
    )
    grounded = _skyreach("b", "Skyreach has grounded the Tern-5", "ground", "the Tern-5", "tern-5")
    assert align.candidate(node(suspended), node(grounded), 0.6)


def test_a_noun_heading_one_argument_and_used_by_both_is_shared():
    """'advised keeping the weir pool below its usual level' / 'had recommended a lower
    level for the weir pool': no key in common, but 'level' heads one's patient and both
    use it; a clause about a road shares nothing with it."""
    advised = claim(
        "a",
        "The surveyors advised keeping the weir pool below its usual level",
        "recommend",
        predicate="advise",
        actor_key="surveyor",
        nouns=["surveyor", "weir", "pool", "level"],
    )
    lower = claim(
        "b",
        "it had recommended a lower level for the weir pool",
        "recommend",
        patient_key="level",
        nouns=["level", "weir", "pool"],
    )
    road = claim(
        "c",
        "it had recommended a closure of the towpath",
        "recommend",
        patient_key="closure",
        nouns=["closure", "towpath"],
    )
    assert align.candidate(node(advised), node(lower), 0.62)
    assert not align.candidate(node(advised), node(road), 0.62)


# --------------------------------------------------------------------------- figures


def _travelled(article: str, text: str, metres: float, owner: str) -> Claim:
    return claim(
        article,
        text,
        "flow",
        predicate="travel",
        actor_key=owner,
        figures=[f"length|m|{metres}|{metres * 0.95}|{metres * 1.05}|/{owner}"],
    )


def test_one_distance_in_miles_and_kilometres_is_no_numeral_disagreement():
    """'The surge ran 15 miles' and 'the water travelled 24 km' give one distance (stored
    in metres) though the extractor gave the figures different owners; '40 km' is
    another."""
    miles = _travelled("a", "The surge ran 15 miles down the glen", 24140.2, "surge")
    km = _travelled("b", "The water travelled 24 km down the glen", 24000.0, "water")
    far = _travelled("c", "The water travelled 40 km down the glen", 40000.0, "water")
    assert not align.numerals_disagree(miles, km)
    assert align.numerals_disagree(miles, far)


def test_one_measure_of_one_act_anchors_a_pair_whoever_the_figure_belongs_to():
    """'The surge ran 15 miles down the glen' / 'the water covered 24 km': one distance
    and one act (travel and cover are one class here), so the pair is compared and
    may align however far apart the clause vectors are; 40 km is another claim."""
    import numpy as np

    ran = _travelled("a", "The surge ran 15 miles down the glen", 24140.2, "surge")
    covered = _travelled("b", "the water covered 24 km of the glen", 24000.0, "water")
    covered = Claim(**{**covered.__dict__, "predicate": "cover", "frame": "cover"})
    far = _travelled("c", "The water travelled 40 km down the glen", 40000.0, "water")
    assert align.measures_agree(ran, covered)
    assert align.candidate(node(ran), node(covered), 0.36)
    assert not align.candidate(node(ran), node(far), 0.36)
    sim = np.full((3, 3), 0.36) + np.eye(3) * 0.64
    assert (0, 1) in align._compared([node(ran), node(covered), node(far)], sim)


# --------------------------------------------------------------------------- permission


def _search(article: str, modality: str, **kw) -> Claim:
    text = {
        "permitted": "allowed police to search the Keel Street depot",
        "asserted": "Police searched the Keel Street depot",
        "expected": "Police are expected to search the Keel Street depot",
    }[modality]
    return claim(
        article,
        text,
        "search",
        actor="police",
        actor_key="police",
        patient="the Keel Street depot",
        patient_key="keel street depot",
        entities=["keel street depot"],
        modality=modality,
        kind="permitted" if modality == "permitted" else "main",
        **kw,
    )


def test_a_permitted_act_is_neither_done_nor_expected():
    """'The court allowed police to search the depot' states neither that they searched it
    nor that they are expected to: three claims. Two permissions of it are one."""
    permitted = node(_search("a", "permitted"))
    assert align.stage(permitted.claim) == "permitted"
    assert not align.candidate(permitted, node(_search("b", "asserted")), 0.8)
    assert not align.candidate(permitted, node(_search("c", "expected")), 0.8)
    assert align.candidate(permitted, node(_search("d", "permitted")), 0.8)


def _grant(article: str, who: str, key: str) -> Claim:
    return claim(
        article,
        f"{who} allowed police to search the Keel Street depot",
        "approve",
        predicate="allow",
        actor=who,
        actor_key=key,
        actor_label="PERSON",
        entities=[key, "keel street depot"],
    )


def test_permitted_acts_of_different_grantors_are_two_claims():
    """'Judge Amara Lind allowed police to search X' / 'Judge Tobias Werner allowed police
    to search X': who grants is part of the claim, though the permitted act is one."""
    lind = _grant("a", "Judge Amara Lind", "amara lind")
    werner = _grant("b", "Judge Tobias Werner", "tobias werner")
    lind_too = _grant("c", "Lind", "lind")
    a = node(_search("a", "permitted"), align.grantor_of(_search("a", "permitted"), [lind]))
    b = node(_search("b", "permitted"), align.grantor_of(_search("b", "permitted"), [werner]))
    c = node(_search("c", "permitted"), align.grantor_of(_search("c", "permitted"), [lind_too]))
    assert a.grantor is lind
    assert not align.candidate(a, b, 0.9)
    assert align.candidate(a, c, 0.9)


# --------------------------------------------------------------------------- stories


def _brief(bench, texts: dict[str, str]) -> dict:
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2025-09-12")
        for k, v in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_a_fleet_grounded_in_three_words_is_consensus(bench):
    """'suspended further Tern launches' / 'has grounded the Tern-5' / 'halted all Tern
    flights': one act, one aircraft type named three ways, so three articles agree."""
    brief = _brief(
        bench,
        {
            "p": "Skyreach Aviation suspended further Tern launches until the inquiry ends. "
            "Engineers are checking the engines.",
            "q": "Skyreach Aviation has grounded the Tern-5 while investigators examine the "
            "wreckage. Passengers were moved to other aircraft.",
            "r": "Skyreach Aviation halted all Tern flights pending an inquiry. "
            "Nobody was injured.",
        },
    )
    items = [c for c in brief["consensus"] if "Tern" in c["text"]]
    assert any(c["articles"] == ["p", "q", "r"] for c in items)


# --------------------------------------------------------------------------- bench


def test_recall_counts_the_claims_the_consensus_rule_can_reach(bench):
    """claims_bench: a claim two printings of one wire story state rests on one source,
    so the consensus rule (at least half the story's sources, at least two) cannot reach
    it; one that two independent reports state can be reached."""
    from conftest import load_bench

    claims_bench = load_bench("claims_bench")
    wire = (
        "The Ostby ferry ran aground on a sandbank near Hale Point on Sunday. "
        "Coastguard crews took 84 passengers off the vessel by lifeboat."
    )
    texts = {
        "w1": wire,
        "w2": wire,
        "p": "A ferry carrying 84 passengers grounded near Hale Point. The harbour stayed open.",
        "q": "The Ostby ferry stuck fast near Hale Point on Sunday. Tugs will try to free it.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2025-09-14")
        for k, v in texts.items()
    ]
    gold = {
        "claims": [
            {
                "id": "lifeboat",
                "support": {"w1": ["took 84 passengers off"], "w2": ["took 84 passengers off"]},
            },
            {
                "id": "aground",
                "support": {"p": ["grounded near Hale Point"], "q": ["stuck fast near Hale Point"]},
            },
        ]
    }
    ctx = bench.build_context(arts)
    got = claims_bench.reachable_claims(ctx, gold, texts, {k: k for k in texts})
    assert got == {"aground"}
    res = claims_bench.score(
        {"consensus": [], "unique": [], "conflicts": []}, gold, texts, {k: k for k in texts}, got
    )
    assert (res["reach_found"], res["reach_gold"]) == (0, 1)
