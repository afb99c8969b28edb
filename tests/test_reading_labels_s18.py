"""How a reading's predicate reads in a conflict label (session s18): a particle the
parser took for an adverb ("the siren did not *go off*") and a negation stay with their
verb, so a label reads "wailed vs did not go off", not "wailed vs go". Every text is
written for this file."""

from __future__ import annotations

from consilience.analyse import load_nlp
from consilience.event_states import _surface


def verb(text: str, word: str):
    """The token ``word`` of ``text`` as the project's pipeline parses it."""
    return next(t for t in load_nlp()(text) if t.text == word)


def test_a_loose_particle_and_a_negation_stay_with_their_verb():
    tok = verb("The factory siren did not go off, the plant manager said.", "go")
    assert _surface(tok) == "did not go off"


def test_an_affirmed_verb_reads_without_its_tense_auxiliary():
    tok = verb("The plant manager said the siren had wailed for an hour.", "wailed")
    assert _surface(tok) == "wailed"


def test_an_adverb_that_makes_no_phrasal_verb_is_left_out():
    tok = verb("The siren did not sound again after midnight.", "sound")
    assert _surface(tok) == "did not sound"


def test_a_preposition_with_its_own_object_is_no_particle():
    tok = verb("The crowd did not go into the square.", "go")
    assert _surface(tok) == "did not go"


def test_the_conflict_label_keeps_the_particle_and_the_negation():
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles, finished_brief

    texts = [
        "The depot manager said the fire alarm had sounded but that nobody came.",
        "The depot's fire alarm did not go off, the owners of the depot said.",
    ]
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2025-06-02")
        for i, t in enumerate(texts)
    ]
    b = finished_brief(context_from_articles(arts, Story("s", "", [a.id for a in arts])))
    facts = [c for c in b["conflicts"] if c["kind"] == "fact"]
    assert facts, b["conflicts"]
    assert any("did not go off" in c["subject"] for c in facts), [c["subject"] for c in facts]
