"""Who-did-it disputes missed on the held-out sets, each kind tested on sentences written
for these tests (none is a sentence of a held-out set):

- two persons who share a family name but not a given name ("Nina Farrow" / "Owen
  Farrow") are two doers, not one name told two ways; a name within the other ("Nina
  Farrow" / "Dr Nina Farrow") stays one doer;
- one act told with two verbs WordNet gives one sense ("financed" / "funded") by two
  named doers is disputed as one verb would be;
- a name the tagger took for a person that a business noun describes ("seedmaker
  Corvane", "the Halvard company") is a body, so it rivals another body.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of

DAY = "2042-05-11"


def _doers(bench, *texts: str) -> list[dict]:
    found = conflicts_of(bench, "fact", *texts, published=DAY)
    return [c for c in found if "(who did it)" in c["subject"]]


def test_two_persons_of_one_family_name_are_two_doers(bench):
    found = _doers(
        bench,
        "The first water sample was collected by Nina Farrow, 14, from the brook below the mill.",
        "The first water sample was collected by Owen Farrow, a retired chemist of 68.",
    )
    assert found


def test_guard_one_name_with_a_title_is_one_doer(bench):
    found = _doers(
        bench,
        "The first water sample was collected by Nina Farrow from the brook below the mill.",
        "The first water sample was collected by Dr Nina Farrow, the project's leader.",
    )
    assert not found


def test_one_act_told_with_two_verbs_of_one_sense(bench):
    found = _doers(
        bench,
        "The trial was financed by the Orrin Foundation, a medical charity.",
        "The trial was funded by the Hestan Group, which makes the drug.",
    )
    assert found


def test_a_body_the_tagger_took_for_a_person(bench):
    found = _doers(
        bench,
        "The trial was funded by the Orrin Foundation, a medical charity.",
        "The trial was funded by seedmaker Corvane.",
    )
    assert found


def test_guard_two_acts_of_other_senses_are_no_dispute(bench):
    found = _doers(
        bench,
        "The trial was funded by the Orrin Foundation, a medical charity.",
        "The trial was designed by the Hestan Group, which makes the drug.",
    )
    assert not found
