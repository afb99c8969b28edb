"""Statement conflicts, session s22: contradictions that share no verb.

- a privative adjective with "of" denies its object ("the pier was dry and *free of* ice"
  against "the pier was covered in ice"), as "without" does; one hung on a noun picks a
  set ("roads free of snow") and denies nothing;
- verbs of challenging are one act over one thing ("decided not to *contest* the fine"
  against "will *appeal against* the fine"), through WordNet (contest, challenge);
- two objects counted with different numbers are two sets ("will operate 52 libraries" /
  "would close 17 libraries"), never a statement conflict;
- a dispute over one word is named by what the word is said of ("the fine", "the pier"),
  not by whoever reports it ("The Gazette understands ...").

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import challenging, polar_words
from consilience.model import Analysis, Article, Claim


def _signs(text: str) -> dict[str, int]:
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    claim = Claim("a", 0, len(text), text, 0, "main", "x", "x")
    return {w.lemma: w.sign for w in polar_words(Analysis(art, doc), claim)}


def _facts(texts, day="2026-03-09") -> list[dict]:
    from consilience.consensus import build_claims
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles

    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=day)
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return [c for c in build_claims(ctx)["conflicts"] if c["kind"] == "fact"]


def test_free_of_denies_its_object():
    assert _signs("The runway was free of snow by noon.")["snow"] == -1
    assert _signs("The deck was wet and free of oil after the clean-up.")["oil"] == -1


def test_free_of_hung_on_a_noun_denies_nothing():
    assert _signs("Roads free of snow were reopened by noon.").get("snow", 1) == 1


def test_covered_in_ice_against_free_of_ice_is_a_conflict():
    got = story_fact_conflicts(
        (
            "The harbour pier was covered in thick ice when the first ferry docked on Monday.",
            "The port authority said the harbour pier was dry and free of ice when the "
            "ferry docked on Monday.",
        ),
        None,
        "2026-03-09",
    )
    assert disputed(got, "covered in thick ice", "free of ice"), got


def test_free_of_one_thing_is_no_denial_of_another_place():
    got = story_fact_conflicts(
        (
            "Snow still covered the northern car park on Monday morning.",
            "The airport said its main runway was free of snow by Monday afternoon.",
        ),
        None,
        "2026-03-09",
    )
    assert not disputed(got, "car park", "runway"), got


def test_verbs_of_challenging():
    for verb in ("appeal", "contest", "challenge", "dispute", "sue"):
        assert challenging(verb), verb
    for verb in ("pay", "accept", "close", "resign", "win"):
        assert not challenging(verb), verb


def test_appeal_against_a_decision_not_to_contest_is_a_conflict():
    texts = (
        "The festival organisers will appeal against the fine imposed by the council, "
        "their lawyer said on Monday.",
        "The festival organisers have decided not to contest the fine, a council "
        "spokeswoman said on Monday.",
    )
    got = story_fact_conflicts(texts, None, "2026-03-09")
    assert disputed(got, "will appeal against the fine", "not to contest the fine"), got
    subjects = [c["subject"] for c in _facts(texts)]
    assert any(s.startswith("the fine:") and "appeal" in s for s in subjects), subjects


def test_a_challenge_of_another_decision_is_no_conflict():
    got = story_fact_conflicts(
        (
            "The festival organisers will appeal against the fine imposed by the council.",
            "The festival organisers have decided not to contest the noise curfew.",
        ),
        None,
        "2026-03-09",
    )
    assert not disputed(got, "appeal", "contest"), got


def test_two_sets_counted_differently_are_no_conflict():
    got = story_fact_conflicts(
        (
            "After the changes the council will operate 52 libraries, its leader said.",
            "The council said on Monday it would close 17 libraries.",
        ),
        None,
        "2026-03-09",
    )
    assert not disputed(got, "operate 52", "close 17"), got


def test_a_denied_word_is_named_by_its_bearer_not_by_the_reporter():
    texts = (
        "The Gazette understands the grant will be paid to the rowing club next month.",
        "The council's grant of 20,000 euros will apparently not be paid, officials said.",
    )
    facts = _facts(texts)
    subjects = [c["subject"] for c in facts]
    assert facts and not any(s.startswith("The Gazette") for s in subjects), subjects
