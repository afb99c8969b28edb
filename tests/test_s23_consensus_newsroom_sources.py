"""What a newsroom says it has come to know is a claim of the clause it frames (issue #11,
session 23, kind 4 of heldout_s22/judged.md: "Ministers have not yet signed off the rise,
the Gazette understands" was one claim of "understand", so the signing-off it reports was
never read).

"..., the Courier understands", "we understand", "we gather" frame their clause the way
"has learned" does (:data:`consilience.claims.EVIDENCE_VERBS`): the clause is a content
claim attributed to the newsroom; a source inserted after the clause ("X did Y, the
Courier understands, after ...") is its attribution. "Engineers understand the risks" is
no framing: its object is a noun, not a clause.

Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims
from consilience.model import Analysis, Article


def _claims(nlp, text: str):
    return extract_claims(Analysis(Article(id="x", source="x.txt", text=text), nlp(text)))


@pytest.mark.parametrize(
    ("text", "predicate", "source"),
    [
        ("The council will sell the bus depot, we understand.", "sell", "we"),
        ("We gather the pay talks collapsed on Friday.", "collapse", "We"),
        (
            "The harbour board rejected the bid, the Courier understands, after a long meeting.",
            "reject",
            "the Courier",
        ),
    ],
)
def test_a_newsroom_frame_gives_its_clause(nlp, text: str, predicate: str, source: str) -> None:
    claims = _claims(nlp, text)
    stated = [c for c in claims if c.predicate == predicate]
    assert stated, [(c.predicate, c.text) for c in claims]
    assert stated[0].attribution == source
    assert not any(c.predicate == "understand" for c in claims)


def test_understanding_a_noun_is_an_act_of_its_own(nlp) -> None:
    """Precision: "understand the risks" frames no clause."""
    claims = _claims(nlp, "Engineers understand the risks of the new design.")
    assert [c.predicate for c in claims] == ["understand"]
    assert claims[0].attribution is None
