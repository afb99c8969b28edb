"""Headline, summary and unique lines (issue #11, s9): no summary line gives a count another
article gives differently, nor one party's own claim as a plain fact; no unique line states
what another article states through an apposition, a nominalised act or a participle.
Every article here is written for these tests (wolves loose from a zoo, a flooded library,
an organ festival, a cracked ice rink)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from consilience.brief import build_brief
from consilience.model import Article, Claim
from consilience.unique_events import event_mentions, states_mention


def _context(bench, texts: dict[str, str], outlets: dict[str, str] | None = None):
    arts = [
        Article(
            id=k,
            source=f"{k}.txt",
            text=t,
            outlet=(outlets or {}).get(k, f"Outlet {k.upper()}"),
            published="2026-03-14",
        )
        for k, t in texts.items()
    ]
    return bench.build_context(arts)


def _brief(bench, texts: dict[str, str], outlets: dict[str, str] | None = None):
    return build_brief(_context(bench, texts, outlets))


def _lines(brief) -> list[str]:
    return [item["text"] for item in [*brief["headline"], *brief["summary"]]]


# ------------------------------------------------ summary: a count given differently elsewhere

WOLVES = {
    "a": (
        "Six grey wolves escaped from the Kestrel Park zoo on Friday night after a falling "
        "oak tore a hole in the fence of their enclosure. Keepers moved 212 visitors to the "
        "car park while the animals were tracked. All six wolves were recaptured by dawn."
    ),
    "b": (
        "Six grey wolves got out of the Kestrel Park zoo on Friday night when a falling oak "
        "tore a hole in the fence of their enclosure. Staff shifted about 150 visitors to the "
        "car park. The wolves were caught again before sunrise."
    ),
    "c": (
        "Six grey wolves escaped from the Kestrel Park zoo late on Friday after an oak fell "
        "on the fence of their enclosure. The zoo says 212 visitors were moved to the car "
        "park. Police closed the road past the zoo for three hours."
    ),
}

LIBRARY = {
    "a": (
        "Water from a burst main flooded the basement of the Tennant public library on "
        "Wednesday. Librarians carried 480 rare books to the reading room upstairs. The "
        "library will stay closed until Monday."
    ),
    "b": (
        "A burst water main flooded the Tennant public library's basement on Wednesday. "
        "Volunteers transferred roughly 300 rare books to the first floor. The council "
        "blamed the age of the pipes."
    ),
    "c": (
        "The basement of the Tennant public library was flooded by a burst main on "
        "Wednesday. The library says 480 rare books were carried upstairs to safety."
    ),
}


@pytest.mark.parametrize(
    ("texts", "counts"),
    [(WOLVES, ("212 visitors", "150 visitors")), (LIBRARY, ("480 rare", "300 rare"))],
)
def test_summary_gives_no_count_another_article_gives_differently(bench, texts, counts):
    """Two articles say 212 visitors moved (480 books carried), a third about 150 shifted
    (roughly 300 transferred): the count is disputed, so neither the headline nor a summary
    line states it, whatever the conflicts section made of it, and the outlier is no unique
    fact either; the story's undisputed facts still make lines."""
    brief = _brief(bench, texts)
    lines = _lines(brief)
    assert lines
    for line in lines + [u["text"] for u in brief["unique"]]:
        assert not any(count.split()[0] in line for count in counts), line


# --------------------------------------------------- summary: one party's claim, attributed

ORGAN = {
    "a": (
        "The Harrowgate organ festival will go ahead next month despite the collapse of a "
        "gallery in St Brannoc's church on Tuesday. The festival's board said the gallery "
        "had passed a structural survey in January. Three musicians were treated for cuts."
    ),
    "b": (
        "The gallery had passed a structural survey in January and the festival will go "
        "ahead as planned. We thank the musicians and the fire service for their calm."
    ),
    "c": (
        "A wooden gallery collapsed in St Brannoc's church on Tuesday during a rehearsal for "
        "the Harrowgate organ festival. Three musicians were treated for cuts. The county "
        "buildings inspector said no survey of the gallery had been filed for six years."
    ),
}

RINK = {
    "a": (
        "The Velsen ice rink closed on Saturday after a crack opened across the ice during a "
        "junior hockey match. The rink's operator, Frostline Leisure, said the cooling plant "
        "had been serviced in December. No players were hurt."
    ),
    "b": (
        "A crack opened across the ice of the Velsen rink on Saturday during a junior hockey "
        "match, and the rink closed. No players were hurt. Parents said the ice had felt soft "
        "for weeks."
    ),
    "c": (
        "The cooling plant had been serviced in December and met every standard. We will "
        "reopen the rink once engineers have checked the floor."
    ),
}


@pytest.mark.parametrize(
    ("texts", "outlets", "claim"),
    [
        (ORGAN, {"b": "Harrowgate Organ Festival Board"}, "passed a structural survey"),
        (RINK, {"c": "Frostline Leisure"}, "had been serviced in December"),
    ],
)
def test_party_claim_is_attributed_or_left_out(bench, texts, outlets, claim):
    """A claim only one party makes -- its own statement (the article whose outlet is the
    party) and another article reporting its words -- is no plain summary fact: a line that
    gives it names who says it, or there is none."""
    lines = _lines(_brief(bench, texts, outlets))
    assert lines
    party = outlets[next(iter(outlets))].split()[0]
    for line in lines:
        if claim in line:
            assert party in line or re.search(r"\bsaid\b|\bsays\b", line), line


# ------------------------------------- unique: an act another article states in other words


def _claim(predicate: str, actor: str | None, patient: str | None, negated=False) -> Claim:
    return Claim(
        article="x",
        start=0,
        end=0,
        text="",
        sentence=0,
        kind="main",
        predicate=predicate,
        frame=predicate,
        actor_keys=[actor] if actor else [],
        patient_key=patient,
        negated=negated,
    )


def _mentions(make, text: str):
    doc = make(text).doc
    return event_mentions(doc, 0, len(text))


@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        (
            "The evacuation of the riders by firefighters will cost the pier's owners about "
            "9,000 pounds in refunds.",
            _claim("evacuate", "firefighter", "rider"),
            _claim("evacuate", "police", "shopper"),
        ),
        (
            "Insurers will pay for a new roof, and the toppled crane will be cut into sections.",
            _claim("topple", "wind", "crane"),
            _claim("topple", "wind", "fence"),
        ),
        (
            "The boarding of the ferry Lindholm by customs officers delayed 300 passengers.",
            _claim("board", "officer", "lindholm"),
            _claim("inspect", "officer", "lindholm"),
        ),
        (
            "Traders fear the closure of the Vessen canal will raise grain prices.",
            _claim("close", "authority", "canal"),
            _claim("close", "authority", "market", negated=False),
        ),
    ],
)
def test_an_act_named_by_a_noun_phrase_is_stated_by_its_clause(make, text, stated, not_stated):
    """A nominalisation with its patient or agent ("the evacuation of the riders by
    firefighters", "the boarding of the ferry", "the closure of the canal") or a participle
    on its noun ("the toppled crane") names an act: a claim with a WordNet-related predicate
    on one of its arguments states it; a claim on another thing, or of another act, does
    not; a negated claim never does."""
    mentions = _mentions(make, text)
    assert any(states_mention(m, stated) for m in mentions)
    assert not any(states_mention(m, not_stated) for m in mentions)
    denied = replace(stated, negated=True)
    assert not any(states_mention(m, denied) for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "The council switched the screen off at noon.",
        "A storm hit the town on Tuesday night with gusts of 110 km/h.",
        "The boarding took place before dawn, far from the coast.",  # no argument
    ],
)
def test_plain_sentences_name_no_act_in_a_noun_phrase(make, text):
    """Clauses state their acts themselves; an event noun with no argument ("the
    boarding") says nothing about what was done to whom."""
    assert _mentions(make, text) == []


APPOSITION = (
    (
        "A digital billboard over Marlow Square showed a cartoon of the mayor on Thursday. "
        "A collective calling itself Static Owl claimed the stunt on a forum that evening.",
        "Intruders took over the digital billboard above Marlow Square on Thursday. The crew "
        "behind it, Static Owl, defaced two council websites last year.",
    ),
    (
        "The scoreboard of the Dunmore cricket ground flashed obscene messages during a match "
        "on Saturday. A teenager who calls himself Toma Vell said online that he had broken "
        "into it.",
        "Obscene messages ran across the scoreboard at the Dunmore cricket ground on Saturday. "
        "The boy behind the prank, Toma Vell, was banned from the ground last summer.",
    ),
)


@pytest.mark.parametrize(("first", "second"), APPOSITION)
def test_an_apposition_about_a_name_echoes_the_clause_naming_it(bench, first, second):
    """ "The crew behind it, Static Owl" (an apposition) states what "A collective calling
    itself Static Owl claimed the stunt" states: the sentences holding either are not unique
    to their articles, whichever article holds the apposition."""
    from consilience import align
    from consilience.unique import _identity_echo

    ctx = _context(bench, {"a0": first, "a1": second})
    nodes, vecs = align.story_nodes(ctx)
    sim = vecs @ vecs.T
    for article in ("a0", "a1"):
        last = max(n.claim.sentence for n in nodes if n.claim.article == article)
        members = [
            i
            for i, n in enumerate(nodes)
            if n.claim.article == article and n.claim.sentence == last
        ]
        assert members and _identity_echo(members, nodes, sim), article


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("Harlow Freight alone owns almost a third of them.", True),
        ("The lock keeper will inspect them again on Friday.", True),
        ("The ferry company bought four of these in 1994.", True),
        ("Lock keepers said they had closed the upper gates.", False),
        ("The crew on the night shift said they had seen no smoke.", False),
        ("Ines Roth and her sister said they would rebuild the mill.", False),
        ("Most of those who left the island have come back.", False),
        ('"We will find them," the harbour master said.', False),
    ],
)
def test_a_plural_pronoun_with_nothing_to_stand_for_makes_no_unique_line(make, text, dangling):
    """A sentence whose plural pronoun has no plural noun before it ("owns a third of
    them") points back to another sentence: no unique line stands on it; a named or
    described antecedent, a pronoun with its own clause, or a quotation is fine."""
    from consilience.unique import dangling_plural

    doc = make(text).doc
    assert dangling_plural(doc, 0, len(text)) is dangling
