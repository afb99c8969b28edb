"""Quote speakers missed on heldout_s39 (session 43), tested on sentences written for these
tests (none is a sentence of a held-out set).

- A body's name after "go to" ("Claims should go to Solent Air") is a place of the
  sentence as a whole name; none of its words ("Air") becomes a place name of the article,
  so "Solent Air has told us that ..." still has its speaker.
- "he said" after a sentence whose subject the parser lost ("On Sunday my son Daniel, who
  is 12, ate a pie from Smokepit Kitchen"): the person the writer introduced with a noun of
  a person ("my son Daniel") is "he", not the last name (a stall the tagger took for a
  person's).
"""

from __future__ import annotations

from consilience.model import Article


def _quotes(text: str) -> list[tuple[str, str]]:
    from consilience.analyse import analyse
    from consilience.quotes import extract_quotes

    art = Article(id="a0", source="a0.txt", text=text, published="2036-02-16")
    return [(q.speaker, q.text) for an in analyse([art]) for q in extract_quotes(an)]


def test_a_body_after_go_to_still_speaks():
    found = _quotes(
        "Solent Air has told us that the aircraft cannot fly again until engineers have "
        "inspected it.\n\nPlease keep receipts for anything you buy tonight. Claims for these "
        "should go to Solent Air, and we will help you make them."
    )
    assert any(sp == "Solent Air" and "cannot fly again" in tx for sp, tx in found)


def test_he_is_the_person_the_writer_introduced():
    found = _quotes(
        "On Sunday 10 June my son Daniel, who is 12, ate one of the pies from Smokepit Kitchen at "
        "the Quayside Food Fair. By Tuesday he could not keep water down. \"Mum, my legs "
        "won't hold me,\" he said, and then he fainted."
    )
    assert ("Daniel", "Mum, my legs won't hold me") in found
