"""Consensus lines citing clauses that state another claim (session 51), each kind tested on
sentences written for these tests (none is a sentence of a held-out set):

- a duty ("all sheep *must be moved* indoors") and a report of the deed done ("the sheep
  *had been moved* indoors") are two claims: a line stating one is not stated by the other;
  two articles giving the duty still agree on it;
- a measure that beat its comparator and one that lagged it are opposite readings
  ("has lagged the average of rival funds" / "has beaten that of rival funds"): a
  disagreement of the story, never one consensus line.
"""

from __future__ import annotations

from brief_fixtures import brief_of

DAY = "2043-06-02"


def _cited(item: dict, texts: tuple[str, ...]) -> list[str]:
    """The cited text of every citation of a consensus item (articles ``t0``, ``t1``, ...
    of ``texts``)."""
    return [texts[int(c["article"][1:])][c["start"] : c["end"]] for c in item["citations"]]


def _citing(bench, texts: tuple[str, ...], *words: str) -> list[list[str]]:
    """The cited texts of every consensus item of the brief of ``texts`` whose citations
    hold each of ``words`` (each in some citation)."""
    out = []
    for item in brief_of(bench, *texts, published=DAY)["consensus"]:
        cited = _cited(item, texts)
        if all(any(w in c for c in cited) for w in words):
            out.append(cited)
    return out


DUTY = (
    "All sheep on farms in the Harle valley must be moved indoors by Friday, the ministry "
    "said. Farmers who do not comply face fines of up to 5,000 euros."
)
DEED = (
    "All the sheep at Brackenhill Farm in the Harle valley had been moved indoors, the "
    "farmer, Owen Tarrant, said. He keeps 600 ewes."
)
OTHER = "A new cheese shop opened on the high street in Harle on Saturday. It sells 40 cheeses."


DEED_TOO = (
    "Owen Tarrant said the sheep at Brackenhill Farm have been moved indoors. The ewes are "
    "due to lamb next month."
)


def test_a_duty_is_no_citation_of_the_deed(bench):
    texts = (DUTY, DEED, DEED_TOO, OTHER)
    assert _citing(bench, texts, "had been moved", "have been moved")
    assert not _citing(bench, texts, "must be moved", "been moved")


def test_duty_and_deed_as_the_check_reads_them(bench):
    from consilience.citation_check import duty, never_states
    from consilience.claim_spans import Texts
    from consilience.model import Article

    ctx = bench.build_context(
        [
            Article(id=f"t{i}", source=f"t{i}.txt", text=v, outlet=f"o{i}.example", published=DAY)
            for i, v in enumerate((DUTY, DEED))
        ]
    )
    texts = Texts(ctx)
    by = {a: {c.predicate: c for c in ctx.extractions[a].claims} for a in ("t0", "t1")}
    rule, deed = by["t0"]["move"], by["t1"]["move"]
    assert duty(rule, texts) and not duty(deed, texts)
    assert never_states(deed, rule, texts) and never_states(rule, deed, texts)


def test_guard_two_articles_giving_one_duty_agree(bench):
    second = (
        "Every sheep in the Harle valley must be moved indoors, under an order the ministry "
        "issued on Monday. The order follows an outbreak of sheep pox."
    )
    assert _citing(bench, (DUTY, second, OTHER), "must be moved indoors by", "Every sheep")


def test_lagged_and_beaten_are_opposite_readings(bench):
    texts = (
        "By our reckoning, the Allbright fund's five-year return has lagged the average of "
        "its rival funds.",
        "We praise the Allbright fund's strong five-year return, which has beaten that of "
        "its rival funds over the period.",
        "The Allbright fund's own report admits that its five-year return has lagged the "
        "average of its rival funds.",
        OTHER,
    )
    brief = brief_of(bench, *texts, published=DAY)
    readings = [
        texts[int(r["citation"]["article"][1:])][r["citation"]["start"] : r["citation"]["end"]]
        for c in brief["conflicts"]
        if c["kind"] == "fact"
        for r in c["readings"]
    ]
    assert any("lagged" in r for r in readings) and any("beaten" in r for r in readings)
    assert not _citing(bench, texts, "lagged", "beaten")


def test_lagged_and_beaten_stand_opposite():
    from consilience.model import Claim
    from consilience.opposition import opposed

    def claim(predicate: str) -> Claim:
        return Claim("t", 0, 10, f"the return {predicate} peers", 0, "main", predicate, predicate)

    assert opposed(claim("lag"), claim("beat")) == "antonym"
    assert opposed(claim("trail"), claim("outperform")) == "antonym"
    assert opposed(claim("beat"), claim("outperform")) is None
