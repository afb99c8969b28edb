"""Year conflicts (session 33).

- "Parliament passed the act in 2024" dates the passing, as "the act, passed in 2025" does:
  a law passed is no "act" done (the support verb "pass" keeps its own act before a noun
  of a legal text);
- "the levy, passed in 2025" and "wardens made 9,100 requests in 2027" date two acts:
  WordNet files "request" under "communicate", whose synset also holds the lemma "pass",
  but the two verbs share no sense.

Every text is written for these tests."""

from __future__ import annotations

from consilience.model import Article


def _years(bench, *texts: str):
    from consilience.year_readings import year_conflicts

    arts = [
        Article(
            id=f"t{i}", source=f"t{i}.txt", text=v, outlet=f"o{i}.example", published="2028-06-02"
        )
        for i, v in enumerate(texts)
    ]
    return year_conflicts(bench.build_context(arts))


def test_a_law_passed_in_two_years_is_disputed(bench):
    x = "Campaigners argued that the Harbour Levy Act, passed in 2025, taxed every fishing boat."
    y = "Q: When did the levy start? A: Parliament passed the act in 2024, after a poor season."
    got = _years(bench, x, y)
    assert len(got) == 1 and {r["value"] for r in got[0]["readings"]} == {"2025", "2024"}, got


def test_a_request_is_no_passing(bench):
    x = "Campaigners argued that the Harbour Levy Act, passed in 2025, taxed every fishing boat."
    y = "Wardens made 9,100 requests for boat records in 2027, under the Harbour Levy Act."
    assert not _years(bench, x, y)


def test_verbs_of_one_act_by_sense():
    from consilience.date_act_lexicon import same_act

    assert not same_act(frozenset({"pass"}), frozenset({"request"}))
    assert same_act(frozenset({"abduct"}), frozenset({"seize"}))
    assert same_act(frozenset({"found"}), frozenset({"establish"}))
