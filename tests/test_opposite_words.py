"""Opposite words (session s15, :mod:`consilience.opposite_words`): two clauses assert
opposite states of one bearer in any word class, by WordNet's antonymy ("found alive" /
"perished"; "uninjured" / "with serious wounds"); guards: an attributive adjective picks a
referent ("the early ferry" / "the late ferry"), another member is not the one stated
("the other climber"). Also from this session: a denial of a repeat ("never ... again")
denies nothing of the first time, a vote "in favour" with no object is one ballot option
against abstaining, and two verbs sharing a far WordNet sense over one object are one act
("no appeal was lodged" / "filed an appeal").

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.clash_index import all_opposite_pairs, opposite_pairs_index
from consilience.denied_matter import polar_words
from consilience.model import Analysis, Article, Claim
from consilience.opposite_words import bearer, counter_forms, forms, opposite


def fact_conflicts(*texts: str) -> list[list[str]]:
    return story_fact_conflicts(texts, None, "2025-09-03")


def _words(text: str):
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    return polar_words(Analysis(art, doc), Claim("a", 0, len(text), text, 0, "main", "x", "x"))


def test_forms_and_counter_forms_come_from_wordnet_first_senses():
    assert "decease" in forms("die", "v") and "go" not in forms("die", "v")
    assert "injure" in forms("injury", "n")
    assert "dead" in counter_forms("alive", "a") and "late" not in counter_forms("alive", "a")


def test_opposite_across_word_classes():
    assert opposite("alive", "a", "perish", "v")
    assert opposite("uninjured", "a", "wound", "n")
    assert opposite("solvent", "a", "insolvent", "a")
    assert not opposite("alive", "a", "come", "v")  # "go" is no first sense of dying
    assert not opposite("perish", "v", "die", "v")  # no adjective: read by act readings


def test_bearer_of_a_predicative_word_and_not_of_an_attributive_one():
    words = {w.lemma: w for w in _words("Both climbers were uninjured.")}
    assert words["uninjured"].bearer == {"climber"}
    words = {w.lemma: w for w in _words("The early ferry left on time.")}
    assert not words["early"].bearer
    words = {w.lemma: w for w in _words("The other climber was uninjured.")}
    assert not words["uninjured"].bearer
    doc = load_nlp()("One of the wardens was flown to hospital with serious wounds.")
    assert bearer(next(t for t in doc if t.lemma_ == "wound")) == {"warden"}


def test_lifted_out_alive_against_died():
    got = fact_conflicts(
        "A light aircraft crashed on Brill Moor on Tuesday. The pilot who was trapped in "
        "the wreck has been lifted out alive, the fire service said.",
        "A light aircraft crashed on Brill Moor on Tuesday. The pilot of the aircraft "
        "died at the scene, the Gazette understands.",
    )
    assert disputed(got, "lifted out alive", "died at the scene")


def test_uninjured_against_wounds():
    got = fact_conflicts(
        "Raiders held up a jewellery shop in Tarnby on Monday. Both wardens were "
        "uninjured, police said.",
        "Raiders held up a jewellery shop in Tarnby on Monday. One of the wardens was "
        "flown to hospital with serious wounds.",
    )
    assert disputed(got, "uninjured", "serious wounds")


def test_two_referents_of_opposite_adjectives_are_no_conflict():
    got = fact_conflicts(
        "Storms hit the Orsa strait on Friday. The early ferry crossing sailed on time.",
        "Storms hit the Orsa strait on Friday. The late ferry crossing sailed on time.",
    )
    assert not disputed(got, "early", "late")


def test_an_aim_and_a_part_are_no_side():
    got = fact_conflicts(
        "Dozens of seals were stranded on Moll Bay on Sunday. Volunteers worked through "
        "the night to keep 40 stranded seals alive.",
        "Dozens of seals were stranded on Moll Bay on Sunday. Six of the seals died on the "
        "sand before the tide came in.",
    )
    assert not disputed(got, "alive", "died")
    got = fact_conflicts(
        "The bakery chain Ormel went into administration on Friday. Its 210 bakeries remain open.",
        "The bakery chain Ormel went into administration on Friday. 30 bakeries will close "
        "by the end of the month.",
    )
    assert not disputed(got, "remain open", "will close")


def test_opposite_index_holds_every_pair_the_full_comparison_finds():
    texts = [
        "Both wardens were uninjured.",
        "One of the wardens was flown to hospital with serious wounds.",
        "The skipper was found alive.",
        "The skipper perished in the cold water.",
        "The skipper was tired.",
    ]
    words = [_words(t) for t in texts]
    full = all_opposite_pairs(words)
    assert full and set(full) <= set(opposite_pairs_index(words))


def test_never_again_denies_only_a_repeat():
    signs = {w.lemma: w.sign for w in _words("She never lost to him again.")}
    assert signs.get("lose", 1) > 0
    got = fact_conflicts(
        "Mira Sato beat Ola Brenn in the Tallin final on Sunday to take the title.",
        "Ola Brenn, beaten by Mira Sato in Sunday's Tallin final, said: 'She beat me once. "
        "She will never beat me again.'",
    )
    assert not any("never beat me again" in r for c in got for r in c)


def test_voted_in_favour_against_abstained():
    got = fact_conflicts(
        "Orla town council approved the new harbour levy on Wednesday. The three Green "
        "councillors voted in favour.",
        "Orla town council approved the new harbour levy on Wednesday. The Green group of "
        "three councillors abstained.",
    )
    assert disputed(got, "voted in favour", "abstained")


def test_one_object_two_verbs_of_a_shared_sense():
    got = fact_conflicts(
        "Cyclist Tomas Rek was penalised after stage four on Saturday. His team filed an "
        "appeal against the penalty with the race jury.",
        "Cyclist Tomas Rek was penalised after stage four on Saturday. No appeal against "
        "the penalty was lodged, the race jury said.",
    )
    assert disputed(got, "filed an appeal", "No appeal")


def test_neither_denies_like_no_so_two_paraphrases_agree():
    """'Neither X was hurt' denies the hurting as 'No X was hurt' does: beside 'Both X
    were unhurt' it is the same statement, never a conflict (a new user's false conflict,
    session 15)."""
    words = {w.lemma: w.sign for w in _words("Neither lock keeper was harmed in the flood.")}
    assert words.get("harm") == -1
    got = fact_conflicts(
        "Floodwater swept through the Marle lock on Sunday. Both lock keepers were "
        "unharmed, the canal trust said.",
        "Floodwater swept through the Marle lock on Sunday. Neither lock keeper was "
        "harmed, according to the canal trust.",
    )
    assert not disputed(got, "unharmed", "harmed")
