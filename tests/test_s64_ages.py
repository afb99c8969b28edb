"""An age said of a person with "be", "turn" or "died aged" is an age (issue #12, figures): "Hester is
eighty-eight", "Hester, who is 88 and ...", "Ms Quayle turned 91 in March", "she is 88".
Found on heldout_s64 in session 64 (a disputed age read in no article), tested on sentences
written for these tests. A number with a noun or unit of its own ("is 88 metres long",
"turned 40 pages"), a group ("The twins are 12") or no whole age is none."""

from __future__ import annotations

import pytest

from consilience.model import Article
from consilience.pipeline import context_from_articles


def _ages(text: str) -> list[float]:
    art = Article(id="g0", source="g0.txt", text=text, outlet="Paper", published="2075-03-02")
    qs = context_from_articles([art]).extractions["g0"].quantities
    return [q.value for q in qs if q.dimension == "age"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Mr Tolan is seventy-four and still rows on the Wen every morning.", 74),
        ("Agnes Pryor, who is 102, cut the ribbon at the Wen Street library.", 102),
        ("Dr Imrie turned 65 in January and retired from the Wen practice.", 65),
        ("Corwen, who turns 30 next week, will lead the crew.", 30),
        ("The winner, Marta Lind, is 41 and lives in Wen.", 41),
        ("Osric Penn died aged 93 at his home in Wen.", 93),  # the age is the subject's
        ("Mr Orde, who died aged 71, ran the Wen mill for forty years.", 71),
    ],
)
def test_an_age_said_of_a_person_is_read(text: str, years: int) -> None:
    assert years in _ages(text), _ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Wen bridge is 88 metres long.",
        "Mr Tolan turned 40 pages of the ledger before he found the entry.",
        "The Pryor twins are 12 and live on Wen Street.",
        "The score was 12 when the rain came.",
        "He was seven when he first beat his father at chess.",  # an age then, not now
        "My dad is eighty-one and lives on Wen Street.",  # whose dad, the text does not say
        "Marta Lind will turn 50 next week.",  # an age to come
    ],
)
def test_a_number_with_a_noun_or_of_a_group_or_a_thing_is_no_age(text: str) -> None:
    assert not _ages(text), _ages(text)


def test_ages_that_differ_are_a_conflict() -> None:
    from consilience.brief import build_brief

    texts = [
        ("2075-03-02", "Agnes Pryor, who is 102, cut the ribbon at the Wen Street library."),
        ("2075-03-02", "Mrs Pryor is a hundred and two, the library said. She cut the ribbon."),
        ("2075-03-03", "Agnes Pryor turned 104 in February. She cut the ribbon at the library."),
        ("2075-03-03", "The ribbon was cut by Agnes Pryor, 102, a reader since 1994."),
    ]
    arts = [
        Article(id=f"g{i}", source=f"g{i}.txt", text=t, outlet=f"Paper {i}", published=d)
        for i, (d, t) in enumerate(texts)
    ]
    brief = build_brief(context_from_articles(arts))
    ages = [c for c in brief["conflicts"] if c["kind"] == "quantity" and "age" in c["subject"]]
    assert ages and any("104" in r["text"] for r in ages[0]["readings"]), brief["conflicts"]
