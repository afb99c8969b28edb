"""A consensus item's text is a whole clause, never a phrase (issue #11, session 14): a
participle's noun phrase ("heroin concealed among coffee sacks"), a clause opened by a
subordinating word ("when the levee broke"), a relative clause ("which sacked him") or a
verb phrase without its subject ("must hand back the medal") gives way to a member that
states the claim with a finite verb and its subject. Every text is written for this file."""

from __future__ import annotations

import pytest

from consilience.consensus import whole_clause


@pytest.mark.parametrize(
    ("sentence", "shown", "whole"),
    [
        ("Dock police seized heroin concealed among coffee sacks.",
         "heroin concealed among coffee sacks", False),
        ("Farmers fled when the levee broke near Oxley.", "when the levee broke near Oxley", False),
        ("Velotech, which sacked him on Monday, declined to comment.",
         "Velotech, which sacked him on Monday", False),
        ("He must hand back the medal and pay a fine.", "must hand back the medal", False),
        ("Farmers fled when the levee broke near Oxley.",
         "Farmers fled when the levee broke near Oxley", True),
        ("The levee broke near Oxley on Sunday.", "The levee broke near Oxley on Sunday", True),
        ("The rider has been banned for two years.", "The rider has been banned for two years",
         True),
        ("A recount confirmed that the Green candidate won the race.",
         "the Green candidate won the race", True),
        ("The recount that the rival asked for left her in front.",
         "that the rival asked for left her in front", False),
    ],
)  # fmt: skip
def test_whole_clause(nlp, sentence: str, shown: str, whole: bool) -> None:
    doc = nlp(sentence)
    s = sentence.index(shown)
    assert whole_clause(doc, s, s + len(shown)) is whole
