"""Statement conflicts (session 32) that were no dispute.

- "not just the title", "not only a fine", "had not properly checked": a "not" before a
  limiting adverb says the thing is not all there is, or the act was done badly; the
  thing and the act are stated, not denied. ("not fully contained" still denies.)
- "Police have not named her" against "Police named the man": the pronoun's sex tells
  two people; and "her" never refers back to a man the article named before.

Every text is written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article


def _facts(bench, x: str, y: str):
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-04-11")
        for k, v in (("x", x), ("y", y))
    ]
    brief = build_brief(bench.build_context(arts))
    return [c for c in brief["conflicts"] if c["kind"] == "fact"]


@pytest.mark.parametrize(
    "x, y",
    [
        (
            '"I came to Brenford for the course record, not just the title," Ines Varga said.',
            "Ines Varga won the Brenford half marathon on Sunday.",
        ),
        (
            "The inspectors had not properly checked the brakes of the tram, the report said.",
            "The inspectors checked the brakes of the tram in March.",
        ),
    ],
)
def test_a_limiting_not_denies_nothing(bench, x, y):
    assert not _facts(bench, x, y)


def test_not_fully_still_denies(make):
    from consilience.claims import extract_claims
    from consilience.denied_matter import polar_words

    an = make("The fire at the depot was not fully contained on Tuesday.")
    signs = {w.lemma: w.sign for c in extract_claims(an) for w in polar_words(an, c)}
    assert signs.get("contain") == -1


def test_her_is_not_the_man_named_before(bench):
    x = "Coastguards have named the man who was swept off the pier as Tomas Grell, 70."
    y = (
        "One victim was Tomas Grell, 70, who was pulled from the harbour by his nephew. The "
        "other was a woman of 45 who was walking her dog. Coastguards have not named her."
    )
    assert not _facts(bench, x, y)


def test_a_pronoun_refers_back_to_a_person_of_its_sex(make):
    from consilience.claims import extract_claims
    from consilience.statement_stances import with_referent

    an = make(
        "Mr Aldo Brun and Mrs Vera Sand were questioned. Police later released her without charge."
    )
    released = [c for c in extract_claims(an) if c.predicate == "release"]
    assert released and with_referent(an, released[0]).patient_key == "vera sand"
