"""A clause said of all of a set and one said of part of it are two claims (session 23,
:mod:`consilience.quantifier_scopes`): "the smoking ban covers every beach" / "the ban
covers most beaches" never align, so no consensus line says "every beach" on the word of
an article that says "most". Sentences are our own; claims are built by hand.
"""

from __future__ import annotations

import pytest

from consilience import align
from consilience.model import Claim
from consilience.quantifier_scopes import scope, scopes_disagree


def claim(article: str, text: str, predicate: str, **kw) -> Claim:
    if kw.get("actor_key") and "actor_keys" not in kw:
        kw["actor_keys"] = [kw["actor_key"]]
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        predicate=predicate, frame=predicate, **kw,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The smoking ban covers every beach on the island",
        "All branches of the library will close on Sundays",
        "Each of the 14 turbines was shut down",
        "The strike halted the whole fleet",
    ],
)
def test_universal_scopes(text):
    assert scope(text) == "all"


@pytest.mark.parametrize(
    "text",
    [
        "The ban covers most beaches",
        "Three out of four schools reopened on Monday",
        "Two-thirds of the routes will be cut",
        "Nearly every line was delayed",
        "Half of the wards were closed to visitors",
        "Some residents refused to leave",
    ],
)
def test_partial_scopes(text):
    assert scope(text) == "part"


@pytest.mark.parametrize(
    "text",
    [
        "It was the most destructive storm in a decade",  # a superlative
        "Some 450 homes were damaged",  # an estimate
        "The ferry sails every day at 9",  # a frequency
        "The gates opened at half past ten",  # a clock time
        "They did not speak to each other at all",  # fixed phrases
        "The bridge reopened on Friday",  # no quantifier
        "Every school closed and some shops stayed shut",  # both: no scope
    ],
)
def test_no_scope(text):
    assert scope(text) is None


def test_every_and_most_of_one_act_do_not_align():
    a = claim("a", "the smoking ban will cover every beach", "cover",
              actor_key="ban", patient_key="beach")  # fmt: skip
    b = claim("b", "The ban will cover most of the island's beaches", "cover",
              actor_key="ban", patient_key="beach")  # fmt: skip
    assert scopes_disagree(a.text, b.text)
    assert not align.compatible(a, b)
    assert not align.compatible_but_figures(a, b)


def test_one_scope_or_none_stays_compatible():
    a = claim("a", "the smoking ban will cover every beach", "cover",
              actor_key="ban", patient_key="beach")  # fmt: skip
    b = claim("b", "The ban covers all beaches from June", "cover",
              actor_key="ban", patient_key="beach")  # fmt: skip
    c = claim("c", "The ban covers the island's beaches", "cover",
              actor_key="ban", patient_key="beach")  # fmt: skip
    assert align.compatible(a, b)
    assert align.compatible(a, c)
