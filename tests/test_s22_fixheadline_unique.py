"""Unique facts (s22, a tester's fire story): a sentence whose count counts another thing
than any count of the other articles gives a figure of its own; every story here is
written for these tests."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.model import Article
from consilience.unique import _figures_meet, counts_other_things


def test_counts_of_different_things_are_two_figures():
    assert counts_other_things("count||12|||boat", "count||12|||ambulance")
    assert counts_other_things("count||2|||helicopter/", "count||2|||bridge/")
    assert not _figures_meet("count||12|||boat", "count||12|||ambulance")


def test_counts_of_one_kind_still_meet():
    """A synonym, a hypernym within reach, a counted class or a person count one thing."""
    assert not counts_other_things("count||500|||soldier", "count||500|||troop")
    assert not counts_other_things("count||30|||lorry", "count||30|||truck")
    assert not counts_other_things("count||80|||resident", "count||80|||passenger")
    assert _figures_meet("count||30|||lorry", "count||30|||truck")


def test_abstract_counts_stay_lenient():
    """Posts, roles, jobs, cases: one figure is often worded apart; no physical thing."""
    assert not counts_other_things("count||600|||post", "count||600|||role")
    assert not counts_other_things("count||600|||job", "count||600|||role")
    assert not counts_other_things("count||14|||incident", "count||14|||case")


def test_an_unknown_or_general_count_stays_lenient():
    """No counted noun, a general noun or another dimension: the old value test decides."""
    assert not counts_other_things("count||12|||", "count||12|||ambulance")
    assert not counts_other_things("count||12|||number", "count||12|||ambulance")
    assert not counts_other_things("length|m|12|||wall", "length|m|12|||road")
    assert _figures_meet("count||12|||", "count||12|||ambulance")


def _brief(bench, texts: dict[str, str]):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}",
                published="2025-03-11")
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


STORM = {
    "a": (
        "A storm flooded the harbour town of Kelsey on Monday night, forcing the closure of "
        "the coast road. Twelve ambulances were sent to the town from across the county. "
        "Coastguard officer Ian Pryce said the sea wall had been breached in two places."
    ),
    "b": (
        "Floodwater swept through Kelsey on Monday night after a storm breached the sea "
        "wall. The coast road was closed. Local fisherman Tom Hale lost all 12 of his boats "
        "in the storm."
    ),
    "c": (
        "The coast road into Kelsey was closed on Monday night when a storm flooded the "
        "town. Council leader Priya Shah said the flood defences would be reviewed."
    ),
}


@pytest.fixture(scope="module")
def storm(bench):
    return _brief(bench, STORM)


def test_a_count_of_its_own_keeps_a_sentence_unique(storm):
    """The fisherman's 12 boats are told by no other article; another article's 12
    ambulances do not tell it."""
    texts = [u["text"] for u in storm["unique"] if u["article"] == "b"]
    assert any("Tom Hale" in t for t in texts), storm["unique"]


def test_the_shared_event_is_still_no_unique_line(storm):
    for u in storm["unique"]:
        assert "coast road" not in u["text"], u["text"]


def _speaker_unnamed(text: str, line: str) -> bool:
    from consilience.analyse import load_nlp
    from consilience.unique import unnamed_speaker

    doc = load_nlp()(text)
    s = text.index(line)
    return unnamed_speaker(doc, s, s + len(line), text)


QUAY = (
    "Harbour master Ola Fenn said the quay would reopen on Friday. "
    '"We cannot risk another collapse," he said outside the harbour office. '
    '"Nobody goes near the edge until the divers are done," said the harbour master. '
    '"It was a long night," she told the Gazette, a nurse at the county hospital.'
)


def test_a_pronoun_speaker_with_a_place_noun_is_unnamed():
    """The noun of an adverbial ('outside the harbour office') names no speaker."""
    assert _speaker_unnamed(QUAY, '"We cannot risk another collapse," he said outside the harbour office.')


def test_a_named_or_described_speaker_is_named():
    assert not _speaker_unnamed(QUAY, '"Nobody goes near the edge until the divers are done," said the harbour master.')
    assert not _speaker_unnamed(QUAY, "Harbour master Ola Fenn said the quay would reopen on Friday.")
