"""Quotes with the right speaker (issue #12, session 7): "the <noun>" for an organisation
the article named with that head noun ("the library" -> the Varde Public Library), "it said"
after it, institutions with no name ("the regional prefecture said"), and colon labels in
live text ('Okafor at the line: "…"'). Every text is written for these tests."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def speakers(make, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(make(text))]


def said(qs: list[tuple[str, str]], fragment: str) -> str:
    hits = [sp for sp, tx in qs if fragment in tx]
    assert len(hits) == 1, qs
    return hits[0]


LIBRARY = (
    "A burst pipe flooded the basement of the Varde Public Library on Sunday.\n\n"
    "The library said about 3,000 books were damaged.\n\n"
    "The reading rooms will reopen next week, it said in a statement."
)


def test_the_head_noun_of_a_named_organisation_refers_back_to_it(make):
    qs = speakers(make, LIBRARY)
    assert said(qs, "3,000 books") == "Varde Public Library"


def test_it_said_after_the_head_noun_is_the_same_organisation(make):
    qs = speakers(make, LIBRARY)
    assert said(qs, "reading rooms will reopen") == "Varde Public Library"


def test_an_unnamed_institution_speaks_for_itself(make):
    qs = speakers(
        make, "Two bridges were closed overnight, the regional prefecture said on Monday."
    )
    assert said(qs, "bridges were closed") == "the regional prefecture"


def test_a_head_noun_with_no_such_organisation_named_is_no_one_else(make):
    text = (
        "Tessa Lind, who runs the Orka Cafe, opened early.\n\n"
        "The gallery said the paintings were safe."
    )
    qs = speakers(make, text)
    assert said(qs, "paintings were safe") != "Orka Cafe"


def test_a_colon_label_with_a_short_phrase_names_the_speaker(make):
    text = (
        "Grace Okafor won the sprint in Lagos.\n\n"
        'Okafor at the line: "My legs were gone after ninety metres."'
    )
    qs = speakers(make, text)
    assert said(qs, "My legs were gone") == "Grace Okafor"


def test_a_colon_after_a_verbless_heading_without_a_name_is_no_speaker(make):
    qs = speakers(make, 'The ruling in brief: "The appeal is dismissed with costs."')
    assert not [sp for sp, tx in qs if "appeal is dismissed" in tx]
