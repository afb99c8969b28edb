"""Statement conflicts (session 33): sides read wrongly, and disputes that were missed.

- "denied having approved" denies the approval, as "denied that it approved" does;
- what a verb of ceasing takes is no longer going on ("stopped sailing"), so it is no
  dispute with "will not resume sailing";
- a denied class denies only its own kinds, sense by sense ("no cause" is not a
  "survivor", though WordNet files a person under "causal agent", also called "cause");
- two counted groups ("Nine miners ... alive" / "Two miners ... dead") are two groups;
- an adjective the parser hangs after a noun ("pulled from the water alive") is said of
  the verb's participant: "alive" against "died" is a dispute, never a consensus;
- "carried X and used it": "it" is X; "an oxygen bottle" names the oxygen it holds;
- membership states the class's act: "Among the dissenters was X", "the judges who
  dissented included X" against "X sided with the majority".

Every text is written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article


def _brief(bench, *texts: str):
    from consilience.brief import build_brief

    arts = [
        Article(
            id=f"t{i}", source=f"t{i}.txt", text=v, outlet=f"o{i}.example", published="2027-02-03"
        )
        for i, v in enumerate(texts)
    ]
    return build_brief(bench.build_context(arts))


def _facts(bench, *texts: str):
    return [c for c in _brief(bench, *texts)["conflicts"] if c["kind"] == "fact"]


def test_a_gerund_under_deny_is_denied(bench):
    x = "The harbour board denied ever having approved a berth for the tanker Solvik."
    y = "The harbour board says it never approved any berth for the tanker Solvik."
    assert not _facts(bench, x, y)


def test_a_denied_gerund_disputes_the_act(make):
    from consilience.claims import extract_claims
    from consilience.event_states import readings

    an = make("The harbour board denied having approved a berth for the tanker Solvik.")
    signs = {r.predicate: r.sign for c in extract_claims(an) for r in readings(an, c)}
    assert signs.get("approve") == -1


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "Brindle Ferries, the island operator based at Cape Orrin, stopped sailing on Friday.",
            "The receivers said the ferry company will not resume sailing.",
        ),
        (
            "The bakery chain Loaf & Co ceased trading at midnight, its owners said.",
            "Loaf & Co will not resume trading, the administrators confirmed.",
        ),
    ],
)
def test_what_has_ceased_is_not_asserted(bench, x, y):
    assert not _facts(bench, x, y)


def test_a_stop_denied_still_disputes_a_stop(bench):
    x = "The airline did not stop flying to Vell after the runway crash, its chief said."
    y = "The airline stopped flying to Vell after the runway crash, the regulator said."
    assert _facts(bench, x, y)


def test_a_denied_class_is_read_sense_by_sense(bench):
    x = "The fire service gave no cause for the blaze at the Marrow Street flats."
    y = "The first survivors were carried out of the Marrow Street flats an hour after the blaze."
    assert not _facts(bench, x, y)
    x = "No fruit was found inside the crates unloaded at the port of Sallen."
    y = "Customs officers found bananas inside the crates unloaded at the port of Sallen."
    assert _facts(bench, x, y)


@pytest.mark.parametrize(
    "x, y",
    [
        (
            "Nine miners were brought up from the shaft alive, the rescue service said.",
            "Two miners are now confirmed dead, the rescue service says.",
        ),
        (
            "Eleven divers were lifted from the water alive and taken to hospital in Osk.",
            "Four divers are now confirmed dead, the coastguard says.",
        ),
    ],
)
def test_two_counted_groups_are_two_groups(bench, x, y):
    assert not _facts(bench, x, y)


def test_counted_apart():
    from consilience.model import Claim
    from consilience.statements import counted_apart

    def claim(text, patient, figure):
        return Claim("a", 0, len(text), text, 0, "main", "pull", "pull", patient=patient,
                     figures=[figure])  # fmt: skip

    eleven = claim("Eleven divers were pulled out", "Eleven divers", "count||11|10.5|11.5|diver/")
    four = claim("Four divers died", "Four divers", "count||4|3.5|4.5|diver/")
    also_four = claim("the 4 divers died", "the 4 divers", "count||4|3.5|4.5|diver/")
    assert counted_apart(eleven, four) and not counted_apart(four, also_four)


def test_an_adjective_after_a_noun_is_said_of_the_participant(bench):
    x = "A cargo plane came down in Lake Orra on Monday. The navigator was pulled from the water alive."
    y = "A freight aircraft crashed into Lake Orra on Monday night. The navigator died, police say."
    brief = _brief(bench, x, y)
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    assert any("alive" in c["subject"] and "die" in c["subject"] for c in facts), facts
    assert not any("navigator" in c["text"].lower() for c in brief["consensus"])


def test_it_of_a_second_verb_and_what_a_bottle_holds(bench):
    x = "The rope team crossed the Dorr pass on Sunday. The climbers did not use bottled oxygen."
    y = (
        "The rope team crossed the Dorr pass on Sunday. The guide Irmin Sal carried an oxygen "
        "bottle and used it near the top, a porter told us."
    )
    facts = _facts(bench, x, y)
    assert any("use" in c["subject"] for c in facts), facts


@pytest.mark.parametrize(
    "x",
    [
        "Among the four dissenters was Judge Alma Fenn, the court's longest-serving member.",
        "The judges who dissented included Alma Fenn, the court's longest-serving member.",
        "The dissenters included Judge Alma Fenn, the court's longest-serving member.",
    ],
)
def test_membership_states_the_class_act(bench, x):
    y = "Judge Alma Fenn, who had been expected to oppose the ruling, sided with the majority."
    facts = _facts(bench, x, y)
    assert any("fenn" in c["subject"].lower() for c in facts), facts


def test_membership_claims(make):
    from consilience.claims import extract_claims

    an = make("Among the survivors is the driver of the bus. The judges included Ada Brill.")
    got = {(c.predicate, c.actor_key) for c in extract_claims(an)}
    assert ("survive", "driver") in got
    assert not any(p == "judge" for p, _ in got)  # a judge is no one who judged
