"""A clause saying its subject lasts through is no result of an act done to it (session
23, :mod:`consilience.persisting_states`): "the lighthouse is still standing" / "the waves
knocked the lighthouse down" tell opposite outcomes and never align, while "the ferry
sank" / "the storm sank the ferry" (a result) and "the pier remains closed" / "police
closed the pier" (a result state) still do. Sentences are our own; claims are built by hand.
"""

from __future__ import annotations

from consilience import align
from consilience.model import Claim
from consilience.persisting_states import persists


def claim(article: str, text: str, predicate: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` with ``predicate`` as its frame unless given."""
    if kw.get("actor_key") and "actor_keys" not in kw:
        kw["actor_keys"] = [kw["actor_key"]]
    for role in ("actor", "patient"):
        if kw.get(f"{role}_key") and not kw.get(role):
            kw[role] = kw[f"{role}_key"]
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0,
        kind=kw.pop("kind", "main"), predicate=predicate, frame=kw.pop("frame", predicate),
        **kw,
    )  # fmt: skip


def test_still_standing_is_no_result_of_knocking_down():
    act = claim("a", "the waves knocked the old lighthouse down", "knock_down",
                actor_key="wave", patient_key="lighthouse")  # fmt: skip
    state = claim("b", "The old lighthouse is still standing after the storm", "stand",
                  actor_key="lighthouse")  # fmt: skip
    assert persists(state)
    assert align._different_events(act, state, 0.7)
    assert align._different_events(state, act, 0.7)


def test_a_verb_of_lasting_is_no_result():
    """'The stadium roof survived the gale' / 'the gale ripped the stadium roof away'."""
    act = claim("a", "the gale ripped the stadium roof away", "rip",
                actor_key="gale", patient_key="roof")  # fmt: skip
    state = claim("b", "The stadium roof survived the gale", "survive",
                  actor_key="roof", patient_key="gale")  # fmt: skip
    assert persists(state)
    assert align._different_events(act, state, 0.7)


def test_an_unharmed_complement_persists():
    """'The server room was intact' (a copula with an unharmed complement)."""
    state = claim("b", "The server room was intact", "be", actor_key="room", patient_key="intact")
    assert persists(state)


def test_a_result_still_aligns():
    """'The storm sank the trawler' / 'the trawler sank': one event, as before."""
    act = claim("a", "The storm sank the trawler", "sink", actor_key="storm", patient_key="trawler")
    result = claim("b", "The trawler foundered off the cape", "founder", actor_key="trawler")
    assert not persists(result)
    assert not align._different_events(act, result, 0.7)


def test_still_in_the_result_state_is_no_persistence():
    """'Two climbers are still trapped' and '4,000 flats are still without heating' say the
    undergoer is still where the act left it: copular or passive clauses never persist."""
    trapped = claim("b", "Two climbers are still trapped on the ledge", "be",
                    actor_key="climber", patient_key="trapped")  # fmt: skip
    without = claim("b", "4,000 flats are still without heating", "be",
                    actor_key="flat", patient_key="heating")  # fmt: skip
    passive = claim("b", "The main road is still blocked by debris", "block",
                    patient_key="road")  # fmt: skip
    assert not persists(trapped) and not persists(without) and not persists(passive)


def test_nevertheless_still_and_denials_do_not_persist():
    """A clause-opening 'Still,' means 'nevertheless'; 'is no longer standing' is denied."""
    opener = claim("b", "Still, the club went ahead with the match", "go_ahead", actor_key="club")
    denied = claim("b", "The chimney is not still standing", "stand",
                   actor_key="chimney", negated=True)  # fmt: skip
    assert not persists(opener)
    assert not persists(denied)
