"""Statement conflicts, session s19: polarity read over the whole predicate, so that two
clauses that both deny a thing in different words are no conflict --

- a negation the parser hangs on an auxiliary ("has not yet *been* court approved")
  denies the verb;
- what a clause says inside the content of a denied word ("no evidence *that the pilots
  were drunk*", "found nothing *to suggest the paintings were stolen*") is not asserted;
- the object of a privative verb, a WordNet antonym of "have" / "keep" ("farms *lost
  water*"), is said to be absent, not asserted;
- a word of a proper name ("the Green *Alliance*") asserts nothing of its class;
- the infinitive complement of a negated verb ("was not built *to carry* lorries")
  is neither stated nor denied;

and a denied act matches its assertion through a part of the thing ("did not sell any
shares" / "sold half of its holding"), and an act stated as expected ("is likely to
raise fares") disputes a denial of it to come ("will not raise fares").

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import polar_words
from consilience.event_states import readings
from consilience.model import Analysis, Article, Claim


def _analysed(text: str) -> tuple[Analysis, Claim]:
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    return Analysis(art, doc), Claim("a", 0, len(text), text, 0, "main", "x", "x")


def _signed(text: str) -> dict[str, int]:
    """lemma -> sign of the words of ``text`` read as one clause."""
    return {w.lemma: w.sign for w in polar_words(*_analysed(text))}


def test_a_negation_on_the_auxiliary_denies_the_verb():
    signs = _signed("The merger has not yet been court approved.")
    assert signs.get("approve") == -1


def test_the_content_of_a_denied_word_is_not_asserted():
    signs = _signed("The airline has no evidence that the pilots were drunk.")
    assert signs.get("evidence") == -1
    assert "pilot" not in signs and "drunk" not in signs
    signs = _signed("The museum had found nothing to suggest the paintings were stolen.")
    assert "steal" not in signs and "painting" not in signs


def test_a_whether_clause_keeps_its_subject():
    signs = _signed("The panel has yet to decide whether the bid is lawful.")
    assert signs.get("bid") == 1


def test_the_object_of_a_privative_verb_is_not_asserted():
    assert "water" not in _signed("Two hundred farms lost water overnight.")
    assert _signed("Two hundred farms had water again by noon.").get("water") == 1


def test_a_word_of_a_name_asserts_nothing_of_its_class():
    signs = _signed("The mayor signed the pact with the Green Alliance on Friday.")
    assert "alliance" not in signs and signs.get("pact") == 1


def test_a_part_of_the_thing_is_the_thing_acted_on():
    sold = {
        w.lemma: w.theme for w in polar_words(*_analysed("The fund sold half of its holdings."))
    }
    assert sold.get("sell") == "holding"


def test_a_denied_aim_states_no_act():
    analysis, claim = _analysed("The ferry was not built to carry lorries, the operator said.")
    assert not [r for r in readings(analysis, claim) if r.predicate == "carry"]
    analysis, claim = _analysed("The ferry was built to carry lorries, the operator said.")
    assert [r for r in readings(analysis, claim) if r.predicate == "carry"]


def test_two_denials_in_other_words_are_no_conflict():
    got = story_fact_conflicts(
        (
            "The Orvik desalination plant was not designed to supply drinking water, the "
            "water board said on Monday.",
            "The Orvik desalination plant did not supply drinking water to the town, the water "
            "board said on Monday.",
        ),
        None,
        "2026-03-02",
    )
    assert not disputed(got, "supply"), got


def test_an_expected_act_disputes_its_denial_to_come():
    got = story_fact_conflicts(
        (
            "Tarsk Ferries will not raise fares this winter, its chief executive said on Tuesday.",
            "Tarsk Ferries is likely to raise fares this winter, two people familiar with the "
            "plan said on Tuesday.",
        ),
        None,
        "2026-03-03",
    )
    assert disputed(got, "not raise", "likely to raise"), got
