"""Lines and items of the brief (session 33).

- A host's "Ana Roe, Ben Tal, thank you both." closes a broadcast: it is no news.
- "All ferries were cancelled" and "twelve ferries were cancelled" (at one port) are a whole
  and a part: never one consensus claim, unless the whole gives the count ("all 12") or
  the count is definite ("the remaining 12 ferries").
- "The data taken included names" says what the data held: no act of the class.

Every text is written for these tests."""

from __future__ import annotations

import pytest

from consilience.boilerplate import boilerplate_spans
from consilience.model import Article


@pytest.mark.parametrize(
    "line",
    [
        "Ana Roe, Ben Tal, thank you both.",
        "Thank you all.",
        "Maren, thanks very much.",
    ],
)
def test_a_host_thanking_guests_is_furniture(line):
    text = "The bridge reopened on Monday after repairs.\n\n" + line
    kinds = [s.kind for s in boilerplate_spans(text) if text[s.start : s.end].strip() == line]
    assert kinds, boilerplate_spans(text)


def test_thanks_inside_news_is_kept():
    text = "Thank you very much for the donation, the mayor told the firm on Monday."
    assert not boilerplate_spans(text)


def _consensus(bench, *texts: str):
    from consilience.brief import build_brief

    arts = [
        Article(
            id=f"t{i}", source=f"t{i}.txt", text=v, outlet=f"o{i}.example", published="2027-03-09"
        )
        for i, v in enumerate(texts)
    ]
    return build_brief(bench.build_context(arts))["consensus"]


def test_a_counted_part_is_not_the_whole(bench):
    x = "At the port of Visby Nord on Sunday, twelve Tallin Line ferries were cancelled."
    y = "All Tallin Line ferries have been cancelled until further notice, the company said."
    assert not _consensus(bench, x, y)


def test_counted_part_reads_the_counts():
    from consilience.align import counted_part
    from consilience.model import Claim

    def claim(text, patient, figures):
        return Claim("a", 0, len(text), text, 0, "main", "cancel", "cancel", patient=patient,
                     patient_key="ferry", figures=figures)  # fmt: skip

    whole = claim("All ferries were cancelled", "All ferries", [])
    part = claim("twelve ferries were cancelled", "twelve ferries", ["count||12|11.5|12.5|ferry/"])
    whole_counted = claim("all 12 ferries were cancelled", "all 12 ferries", part.figures)
    remaining = claim("the remaining 12 ferries sail", "the remaining 12 ferries", part.figures)
    assert counted_part(whole, part)
    assert not counted_part(whole_counted, part) and not counted_part(part, whole)
    assert not counted_part(whole, remaining)  # a definite count is a whole set itself


def test_what_a_class_held_is_no_act(make):
    from consilience.claims import extract_claims

    an = make("The data taken from the clinic included names and phone numbers.")
    assert not any(c.predicate == "take" and c.patient_key == "name" for c in extract_claims(an))
