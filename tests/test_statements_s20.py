"""Statement conflicts, session s20: a denied verb of beginning denies the act its object
names ("will not *launch an investigation*" denies the investigation, as "no
investigation" would), so a report that the act is promised or ordered in other words
("has promised an investigation") disputes it; a denied verb of beginning over a
physical thing ("did not open the gate") denies no thing.

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


def test_a_denied_verb_of_beginning_denies_the_act_it_starts():
    signs = _signed("The football federation will not launch an investigation into the match.")
    assert signs.get("investigation") == -1
    signs = _signed("The union did not stage a walkout at the depot.")
    assert signs.get("walkout") == -1


def test_a_denied_verb_of_beginning_denies_no_physical_thing():
    signs = _signed("The stewards did not open the north gate before kick-off.")
    assert signs.get("gate", 1) == 1
    signs = _signed("The federation will not criticise the investigation.")
    assert signs.get("investigation", 1) == 1


def test_an_act_promised_and_a_refusal_to_begin_it_are_one_dispute():
    got = story_fact_conflicts(
        (
            "Federation president Ana Pires has promised an independent investigation into "
            "the referee's handling of the derby, the federation said on Monday.",
            "Federation president Ana Pires, however, will not launch an investigation until "
            "the referees' board has filed its own report, she told reporters on Monday.",
        ),
        None,
        "2026-04-06",
    )
    assert disputed(got, "promised an independent investigation", "will not launch"), got
