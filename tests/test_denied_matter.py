"""Denied matter (session s14, :mod:`consilience.denied_matter`): a word one clause denies
and another clause of the same matter asserts is a statement conflict, whatever the
predicate -- "no X has been named" / "named Y as X", "has not received any X" / "offered
X", "not in the vault" / "kept in the vault", "has yet to decide whether it is X" / "found
it X", "no fruit" / "apples" (a denial of a class denies each kind), "will not pay back" /
"will repay" (WordNet synonyms). Guards: a "not" after a noun contrasts another ("wants
repairs, not a new bridge"), a possibility is no side, a kind's denial does not deny its
class, and a denial written before the act is reported done is an update.

Every text is written for this file, in domains no tuning set covers."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import Polar, concept_match, denial_pairs, polar_words
from consilience.model import Analysis, Article, Claim


def fact_conflicts(*texts: str, published: list[str] | None = None) -> list[list[str]]:
    """:func:`conftest.story_fact_conflicts` of ``texts``, published on one day."""
    return story_fact_conflicts(texts, published, "2025-05-14")


def _signed(text: str) -> dict[str, int]:
    """lemma -> sign of the words of ``text`` read as one clause."""
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    claim = Claim("a", 0, len(text), text, 0, "main", "x", "x")
    return {w.lemma: w.sign for w in polar_words(Analysis(art, doc), claim)}


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize(
    ("text", "denied", "asserted"),
    [
        ("No replacement coach has been appointed.", {"appoint"}, set()),
        ("There is no sign of any oil leak.", {"sign", "oil", "leak"}, set()),
        ("The ferry line has not received any complaint about the delay.", {"complaint"}, set()),
        ("The painting hung in the hallway, not in the vault.", {"vault"}, {"painting", "hallway"}),
        ("The league has yet to decide whether the goal is valid.", {"valid"}, {"goal"}),
        ("The union ruled out a walkout.", {"walkout"}, {"union"}),
        ("The council wants repairs, not a footbridge.", set(), {"repair", "footbridge"}),
    ],
)
def test_polar_words_sign_what_the_clause_denies(text, denied, asserted):
    signs = _signed(text)
    assert {w for w, s in signs.items() if s < 0} >= denied
    assert not denied & {w for w, s in signs.items() if s > 0}
    assert {w for w, s in signs.items() if s > 0} >= asserted


@pytest.mark.parametrize(
    "text",
    [
        "No passengers were hurt.",  # the class is the domain of the denial
        "Officials denied that any gas had escaped.",  # "any": nothing asserted
        "Card details were not affected.",  # what a denied verb names
        "The council ruled out another rise in fees.",  # another instance
        "If the board calls, we will listen.",  # a condition
    ],
)
def test_words_neither_asserted_nor_denied(text):
    signs = _signed(text)
    for word in ("passenger", "gas", "detail", "rise", "listen"):
        assert word not in signs


@pytest.mark.parametrize(
    "text",
    [
        "Anglers are advised not to fish below the weir.",  # advice, not a denial
        "Members will debate a motion of no confidence.",  # "no" naming a kind
        "It was the first no-confidence vote in years.",
        "Crews returned to make sure that none of the seals had come ashore.",  # an aim
    ],
)
def test_no_denial_in_advice_aims_or_names(text):
    assert not [w for w, s in _signed(text).items() if s < 0]


def test_one_concept_through_wordnet():
    assert concept_match("fruit", "n", "apple", "n")  # a class denial denies its kinds
    assert not concept_match("apple", "n", "fruit", "n")  # not the reverse
    assert concept_match("pay_back", "v", "repay", "v")  # synonyms
    assert concept_match("complaint", "n", "complain", "v")  # a noun and its verb
    assert not concept_match("evidence", "n", "record", "n")  # an abstract class: no kinds
    assert not concept_match("way", "n", "production", "n")  # a far sense is not one


def test_denial_pairs_either_way():
    no = [Polar(1, "vault", "n", -1)]
    yes = [Polar(4, "vault", "n", 1), Polar(2, "painting", "n", 1)]
    assert denial_pairs(no, yes) == [(no[0], yes[0])]
    assert denial_pairs(yes, no) == [(no[0], yes[0])]
    assert denial_pairs(yes, yes) == []


# --------------------------------------------------------------------------- briefs


def test_nobody_named_against_named():
    got = fact_conflicts(
        "Harbour FC sacked its manager on Monday. The club appointed Mira Holt as "
        "replacement coach on Tuesday.",
        "Harbour FC sacked its manager on Monday. No replacement coach has been appointed.",
    )
    assert disputed(got, "appointed Mira Holt", "No replacement coach")


def test_no_offer_against_an_offer():
    got = fact_conflicts(
        "The ferry line Norsund has cancelled its winter crossings. The regional council "
        "offered Norsund a subsidy to keep the crossings running.",
        "The ferry line Norsund has cancelled its winter crossings. Norsund has not received "
        "any subsidy from the regional council, a spokeswoman said.",
    )
    assert disputed(got, "offered Norsund a subsidy", "not received any subsidy")


def test_not_in_the_place_against_in_it():
    got = fact_conflicts(
        "Thieves broke into the Larch Gallery overnight. The stolen painting was kept in "
        "the basement vault.",
        "Thieves broke into the Larch Gallery overnight. The stolen painting hung in the "
        "upstairs hallway, not in the basement vault, staff said.",
    )
    assert disputed(got, "kept in the basement vault", "not in the basement vault")


def test_undecided_against_decided():
    got = fact_conflicts(
        "The disputed goal in the Ostend derby was reviewed on Sunday. The league's "
        "referees panel found the goal valid.",
        "The disputed goal in the Ostend derby was reviewed on Sunday. The referees panel "
        "has yet to decide whether the goal is valid.",
    )
    assert disputed(got, "found the goal valid", "yet to decide")


def test_a_class_denied_against_a_kind_stated():
    got = fact_conflicts(
        "Customs officers at Brill searched the lorry's trailer. The trailer held crates "
        "of apples and cigarettes.",
        "Customs officers at Brill searched the lorry's trailer. The cigarettes were hidden "
        "under the trailer floor, not among any fruit.",
    )
    assert disputed(got, "apples", "not among any fruit")


def test_synonyms_denied_and_stated():
    got = fact_conflicts(
        "The Tarn valley council received a flood grant last year. The council will repay "
        "the grant in full, its leader said.",
        "The Tarn valley council received a flood grant last year. The council's leader "
        "said it would not pay back the grant.",
    )
    assert disputed(got, "repay the grant", "not pay back the grant")


# --------------------------------------------------------------------------- guards


def test_a_kind_denied_is_no_denial_of_its_class():
    got = fact_conflicts(
        "Customs officers at Brill searched the lorry's trailer. No apples were found in "
        "the trailer.",
        "Customs officers at Brill searched the lorry's trailer. Officers found fruit in "
        "the trailer.",
    )
    assert not disputed(got, "No apples", "fruit")


def test_a_possibility_is_no_side():
    got = fact_conflicts(
        "Harbour FC sacked its manager on Monday. The club may appoint a replacement "
        "coach next week.",
        "Harbour FC sacked its manager on Monday. No replacement coach has been appointed.",
    )
    assert not disputed(got, "may appoint", "No replacement coach")


def test_a_contrast_after_a_noun_denies_nothing():
    got = fact_conflicts(
        "Residents of Kell want repairs to the old bridge, not a new bridge, their "
        "association said.",
        "Work on a new bridge at Kell will start in June, the county said.",
    )
    assert not disputed(got, "not a new bridge", "new bridge at Kell")


def test_not_yet_then_done_is_an_update():
    got = fact_conflicts(
        "Harbour FC sacked its manager on Monday. No replacement coach has been appointed.",
        "Harbour FC sacked its manager on Monday. The club appointed Mira Holt as "
        "replacement coach on Wednesday.",
        published=["2025-05-12", "2025-05-14"],
    )
    assert not disputed(got, "appointed Mira Holt", "No replacement coach")


def test_denial_index_holds_every_pair_the_full_comparison_finds():
    from consilience.clash_index import all_denial_pairs, denial_pairs_index

    texts = [
        "No replacement coach has been appointed.",
        "The club appointed Mira Holt as replacement coach.",
        "The crates held no fruit.",
        "The crates were full of apples.",
        "The painting hung in the hallway, not in the vault.",
        "The painting was kept in the vault.",
        "Officers found fruit in the trailer.",
    ]
    words = [[w for w in _words(t)] for t in texts]
    full = all_denial_pairs(words)
    assert set(full) <= set(denial_pairs_index(words))
    assert {(0, 1), (2, 3), (4, 5)} <= set(full)
    assert (3, 2) not in full and (6, 2) not in full


def _words(text: str) -> list[Polar]:
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    return polar_words(Analysis(art, doc), Claim("a", 0, len(text), text, 0, "main", "x", "x"))
