"""A near-copy's edited sentence is compared with the sentence it was edited from only.

Session 23 let a near-copy's changed sentences reach the conflict stages as its own
statements. Compared with every sentence of the original, an edit was one text set against
itself: the demo's copy, which drops one "on" from the lead ("failed early Sunday"), was
set against the original's relative clause "the authority, which owns and operates the
dam" and shown as "fact: the dam: operates vs failed". Session 24 compares an edit with its
counterpart (the original's sentence it was edited from) and with other articles, never
with the original's other sentences. The sentences below are written for these tests:
a ferry, a court, a cable car, a cup tie.
"""

from __future__ import annotations

from types import SimpleNamespace

from consilience.copy_edits import EditRoot, counterparts, same_text

_ORIGINAL = [
    "A passenger ferry carrying 300 people broke down off the island of Rask late on Thursday.",
    "Rask Sound Lines, which owns and operates the ferry, said the vessel passed a check in May.",
    "A lifeboat towed the ferry back to harbour shortly after 2 a.m.",
    "Services to the mainland were cancelled on Friday.",
]


def _node(article: str, sentence: int, root: str) -> SimpleNamespace:
    return SimpleNamespace(root=root, claim=SimpleNamespace(article=article, sentence=sentence))


def test_an_edited_lead_has_its_own_lead_as_counterpart():
    copy = "A passenger ferry carrying 300 people broke down off the island of Rask late Thursday."
    assert counterparts(copy, _ORIGINAL) == frozenset({0})


def test_a_negation_put_in_keeps_the_counterpart():
    copy = "Services to the mainland were not cancelled on Friday."
    assert counterparts(copy, _ORIGINAL) == frozenset({3})


def test_a_changed_figure_in_a_passive_clause_keeps_the_counterpart():
    original = [
        "The defendant was jailed for six years by Judge Amara Osei at Brenton Crown Court.",
        "His lawyer said he would appeal.",
    ]
    copy = "The defendant was jailed for eight years by Judge Amara Osei at Brenton Crown Court."
    assert counterparts(copy, original) == frozenset({0})


def test_two_sentences_merged_into_one_keep_both():
    original = [
        "Valmora's cable car stopped on Sunday morning.",
        "Sixty skiers were stuck in the cabins for three hours.",
        "The resort reopened the slopes in the afternoon.",
    ]
    copy = (
        "Valmora's cable car stopped on Sunday morning and sixty skiers were stuck in the"
        " cabins for three hours."
    )
    assert counterparts(copy, original) == frozenset({0, 1})


def test_a_sentence_the_copy_added_has_no_counterpart():
    copy = "Mainland hotels offered stranded travellers rooms at half price."
    assert counterparts(copy, _ORIGINAL) == frozenset()
    assert counterparts("...", _ORIGINAL) == frozenset()


def test_an_edit_is_compared_with_its_counterpart_and_other_articles_only():
    edit = _node("copy", 0, EditRoot("copy", "orig", frozenset({0})))
    assert not same_text(edit, _node("orig", 0, "orig"))  # the sentence it was edited from
    assert same_text(edit, _node("orig", 1, "orig"))  # the original's other sentence
    assert same_text(edit, _node("copy", 4, "orig"))  # a sentence the copy reprints
    assert same_text(edit, _node("other", 1, "orig"))  # another printing of the original
    assert not same_text(edit, _node("third", 1, "third"))  # an independent report
    assert same_text(_node("orig", 1, "orig"), edit)  # either order


def test_two_edits_of_one_original_meet_only_on_a_common_sentence():
    one = _node("copy1", 0, EditRoot("copy1", "orig", frozenset({2})))
    same = _node("copy2", 3, EditRoot("copy2", "orig", frozenset({2, 3})))
    apart = _node("copy2", 5, EditRoot("copy2", "orig", frozenset({5})))
    assert not same_text(one, same)
    assert same_text(one, apart)


def test_an_added_sentence_is_never_set_against_its_original():
    added = _node("copy", 6, EditRoot("copy", "orig", frozenset()))
    assert same_text(added, _node("orig", 0, "orig"))
    assert not same_text(added, _node("third", 0, "third"))


def test_plain_roots_keep_their_meaning():
    assert same_text(_node("a", 0, "a"), _node("b", 2, "a"))  # a reprint and its original
    assert not same_text(_node("a", 0, "a"), _node("b", 2, "b"))


def test_an_edit_root_is_its_article_id_wherever_roots_are_keys():
    import pickle

    edit = EditRoot("copy", "orig", frozenset({1}))
    assert edit == "copy" and hash(edit) == hash("copy") and {edit: 1}["copy"] == 1
    back = pickle.loads(pickle.dumps(edit))
    assert back == "copy" and back.source == "orig" and back.sentences == frozenset({1})
