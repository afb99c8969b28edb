"""Statement conflicts, session s20 (fixs): a denied noun of evidence denies its content
("no *sign* that the pump had been switched off *deliberately*" denies the deliberate
act, as "it was not switched off deliberately" would), so a report that the act was
done so ("the pump was turned off deliberately") disputes it; the content of a word
that is no evidence, and a negated content, deny nothing.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import polar_words
from consilience.model import Analysis, Article, Claim


def _signed(text: str) -> dict[str, int]:
    """lemma -> sign of the words of ``text`` read as one clause."""
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    claim = Claim("a", 0, len(text), text, 0, "main", "x", "x")
    return {w.lemma: w.sign for w in polar_words(Analysis(art, doc), claim)}


def test_a_denied_noun_of_evidence_denies_the_manner_of_its_content():
    signs = _signed("Engineers found no evidence that the pump had been switched off deliberately.")
    assert signs.get("deliberate") == -1
    assert "pump" not in signs  # the pump itself is neither asserted nor denied


def test_a_denied_noun_of_evidence_denies_the_act_of_its_content():
    signs = _signed("The archive said there was no indication that the ledgers had been altered.")
    assert signs.get("alter") == -1


def test_evidence_that_is_not_denied_denies_nothing():
    signs = _signed("Engineers found evidence that the pump had been switched off deliberately.")
    assert signs.get("deliberate", 1) == 1


def test_a_manner_asserted_and_the_evidence_for_it_denied_are_one_dispute():
    got = story_fact_conflicts(
        (
            "The irrigation pump at Holm Farm was turned off deliberately, the "
            "cooperative's manager said on Tuesday.",
            "The cooperative's engineer said there was no sign that the irrigation pump at "
            "Holm Farm had been switched off deliberately.",
        ),
        None,
        "2026-05-12",
    )
    assert disputed(got, "turned off deliberately", "no sign that"), got


def test_an_expletive_there_is_never_the_subject_of_a_dispute():
    from consilience.consensus import build_claims
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles

    texts = (
        "The warehouse roof at Dunmore Quay was weakened deliberately, the insurer's "
        "assessor said on Friday.",
        "The harbour board said there was no evidence that the warehouse roof at Dunmore "
        "Quay had been weakened deliberately.",
    )
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2026-03-06")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    facts = [c for c in build_claims(ctx)["conflicts"] if c["kind"] == "fact"]
    assert facts, facts
    assert not any(c["subject"].startswith("there") for c in facts), facts
