"""Statement conflicts, session s21: a "not" before a counted noun ("covered for 300,000
pounds, not the 1 million pounds") denies the figure, which the quantity conflicts
compare, not the thing counted; "he" / "she" refers back to a surname the tagger left
untyped; two stances of one body on one content ("have confirmed" / "have not yet
confirmed") are one dispute in other words; an act and its end ("starts" / "was
stopped") and a deed and its possibility in the past ("tore" / "may have torn") are
no dispute.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import polar_words
from consilience.model import Analysis, Article, Claim


def _signed(text: str) -> dict[str, int]:
    """lemma -> sign of the words of ``text`` read as one clause."""
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    claim = Claim("a", 0, len(text), text, 0, "main", "x", "x")
    return {w.lemma: w.sign for w in polar_words(Analysis(art, doc), claim)}


def test_a_not_before_a_counted_noun_denies_the_figure_not_the_noun():
    signs = _signed("The violin is valued at 300,000 pounds, not the 1 million pounds quoted.")
    assert signs.get("pound", 1) == 1
    signs = _signed("The ferry carried 40 lorries, not 60 lorries as the operator said.")
    assert signs.get("lorry", 1) == 1


def test_a_denied_figure_is_no_fact_conflict_of_its_unit():
    got = story_fact_conflicts(
        (
            "The stolen violin was insured for 1 million pounds, the gallery said on Friday.",
            "A broker said the violin is insured for 300,000 pounds, not the 1 million "
            "pounds first reported, the gallery's insurer said on Friday.",
        ),
        None,
        "2026-03-06",
    )
    assert not disputed(got, "1 million pounds", "not the 1 million"), got


def test_a_pronoun_refers_back_to_a_surname_the_tagger_left_untyped():
    from consilience.statement_stances import with_referent

    text = (  # the tagger types "Elodie Fournel" an organisation, "Fournel" nothing
        "The pairs title went to Canada's Elodie Fournel and Marc Dassin. "
        "Fournel fell on the last lift. She cut her chin, the federation said."
    )
    doc = load_nlp()(text)
    start = text.index("She cut")
    claim = Claim("a", start, start + len("She cut her chin"), "She cut her chin", 2,
                  "main", "cut", "cut", actor="She", actor_keys=[])  # fmt: skip
    got = with_referent(Analysis(Article(id="a", source="a.txt", text=text), doc), claim)
    assert got.actor_keys == ["fournel"], got.actor_keys


def test_a_stance_and_its_denial_by_one_body_are_disputed_in_other_words():
    got = story_fact_conflicts(
        (
            "The sketch, found in a Lisbon attic, was sold on Monday. Art historians at "
            "the Almada Institute have confirmed it is the master's own work.",
            "The drawing turned up in an attic in Lisbon. Historians have not yet "
            "confirmed that the sketch is by Almeida himself, and some think it a copy.",
        ),
        None,
        "2026-05-04",
    )
    assert disputed(got, "have confirmed it is", "have not yet confirmed"), got


def test_an_act_and_its_end_both_stated_are_two_steps():
    got = story_fact_conflicts(
        (
            "Because of the fog, today's regatta starts from the inner harbour, "
            "organisers said on Saturday.",
            "The regatta was stopped for an hour on Saturday while a lifeboat towed a "
            "capsized dinghy back to the inner harbour.",
        ),
        None,
        "2026-06-13",
    )
    assert not disputed(got, "starts from the inner harbour", "was stopped"), got


def test_a_possibility_of_the_past_hedges_the_deed_it_does_not_dispute_it():
    got = story_fact_conflicts(
        (
            "Reports from the club say that goalkeeper Ruben Sosa may have torn his "
            "hamstring in training on Tuesday.",
            "Goalkeeper Ruben Sosa tore his hamstring in training on Tuesday, the club said.",
        ),
        None,
        "2026-02-10",
    )
    assert not disputed(got, "may have torn", "tore his hamstring"), got


def test_an_act_begun_and_its_course_still_to_come_are_no_dispute():
    got = story_fact_conflicts(
        (
            "The Harbour Safety Board said it had opened an investigation into the "
            "collision of the two ferries on Thursday.",
            "The board's chief inspector said on Thursday the board would examine whether "
            "the ferries' radar had failed or the crews had ignored it.",
        ),
        None,
        "2026-09-17",
    )
    assert not disputed(got, "opened an investigation", "would examine"), got


def test_a_party_and_its_members_by_plural_are_one_voter():
    got = story_fact_conflicts(
        (
            "The council approved the tram extension on Wednesday. The opposition "
            "Socialist Party voted in favour, giving the mayor a clear majority.",
            "The tram extension passed on Wednesday. The Socialists abstained, saying the "
            "route ignored the eastern suburbs.",
        ),
        None,
        "2026-10-07",
    )
    assert disputed(got, "Socialist Party voted in favour", "Socialists abstained"), got
