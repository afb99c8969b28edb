"""Lead alignment (session 21, :mod:`consilience.lead_links`, :func:`consilience.align.
lead_candidate`): the clauses of two articles' lead sentences that are each other's best
match restate one event though their words are too far apart for the absolute gates.

A small story of our own: a ferry operator stops its crossings to an island. Article f0
leads with "Brisk Ferries halted all sailings to Tarn Island", article f1 (after a headline
line) with "Brisk Ferries scrapped every crossing to the island"; both go on with the
reason, worded apart too. Clause and sentence vectors are built by hand (clause cosine 0.4
between the two leads: below ``ALIGN_COSINE`` and ``PARAPHRASE_COSINE``) so that only the
lead rule is tested.
"""

from __future__ import annotations

import numpy as np

from consilience import align
from consilience.lead_links import lead_links, lead_sentences
from consilience.model import Claim


def claim(article: str, sentence: int, text: str, predicate: str, **kw) -> Claim:
    """A hand-built main event claim of ``article`` in sentence ``sentence``."""
    for role in ("actor", "patient"):
        if kw.get(f"{role}_key") and not kw.get(role):
            kw[role] = kw[f"{role}_key"]
    if kw.get("actor_key"):
        kw.setdefault("actor_keys", [kw["actor_key"]])
    return Claim(article, 0, len(text), text, sentence, "main", predicate, predicate, **kw)


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


HALTED = claim("f0", 0, "Brisk Ferries halted all sailings to Tarn Island", "halt",
               actor_key="brisk", patient_key="sailing")  # fmt: skip
BLAMED = claim("f0", 1, "The company blamed a shortage of deckhands", "blame",
               actor_key="company", patient_key="shortage")  # fmt: skip
HEADLINE = claim("f1", 0, "Island cut off", "cut_off", patient_key="island", heading=True)
SCRAPPED = claim("f1", 1, "Brisk Ferries scrapped every crossing to the island", "scrap",
                 actor_key="brisk", patient_key="crossing")  # fmt: skip
CREW = claim("f1", 2, "Too few sailors reported for duty", "report", actor_key="sailor")


def _story(claims: list[Claim], roots: dict[str, str] | None = None):
    """Nodes of ``claims`` (sentence vectors one axis per claim) and a clause cosine matrix
    of 0.1 everywhere but 0.4 between every two clauses that are not on one article."""
    roots = roots or {}
    nodes = []
    for k, c in enumerate(claims):
        vec = _unit(*[1.0 if x == k else 0.05 for x in range(len(claims))])
        root = roots.get(c.article, c.article)
        nodes.append(align.Node(c, int(c.article[1:]), root, align._keys(c), vec))
    n = len(nodes)
    sim = np.full((n, n), 0.1)
    for i in range(n):
        for j in range(n):
            if nodes[i].claim.article != nodes[j].claim.article:
                sim[i, j] = 0.4
    np.fill_diagonal(sim, 1.0)
    return nodes, sim


def test_the_lead_is_the_first_sentence_with_an_asserted_event_not_a_headline():
    nodes, _ = _story([HALTED, BLAMED, HEADLINE, SCRAPPED, CREW])
    assert lead_sentences(nodes) == {"f0": 0, "f1": 1}


def test_two_leads_in_other_words_are_one_claim():
    """Below every absolute gate, the two leads align (and form a group of their own);
    the reasons, also worded apart, are no leads and stay apart."""
    nodes, sim = _story([HALTED, BLAMED, HEADLINE, SCRAPPED, CREW])
    assert not align.aligned(nodes[0], nodes[3], 0.4)
    scores = align.pair_scores(nodes, sim)
    assert scores[(0, 3)] == align.LEAD_SCORE
    assert (1, 4) not in scores
    assert align.claim_groups(nodes, sim) == [[0, 3]]


def test_a_lead_of_two_sentences_links_its_second():
    """An operator's notice leads with its own name and states the act in its second
    sentence: that clause is still lead, the fourth is not."""
    notice = claim("f0", 0, "Brisk Ferries today issued a notice to travellers", "issue",
                   actor_key="brisk", patient_key="notice")  # fmt: skip
    second = claim("f0", 1, "We have suspended all crossings to Tarn Island", "suspend",
                   actor_key="brisk", patient_key="crossing")  # fmt: skip
    nodes, sim = _story([notice, second, SCRAPPED])
    sim[0, 2] = sim[2, 0] = 0.2  # the notice shares no wording with the crossings
    assert align._lead_links(nodes, sim) == [(1, 2)]


def test_the_same_clauses_outside_the_leads_stay_apart():
    """A clause's place decides: after another lead, the two clauses are no leads."""
    opened = claim("f0", 0, "A storm closed the harbour at Tarn", "close",
                   actor_key="storm", patient_key="harbour")  # fmt: skip
    moored = claim("f1", 0, "Boats stayed moored as the gale blew", "stay", actor_key="boat")
    later = [
        opened,
        claim("f0", 3, HALTED.text, "halt", actor_key="brisk", patient_key="sailing"),
        moored,
        claim("f1", 4, SCRAPPED.text, "scrap", actor_key="brisk", patient_key="crossing"),
    ]
    nodes, sim = _story(later)
    assert (1, 3) not in align.pair_scores(nodes, sim)


def test_leads_whose_figures_disagree_are_never_one_claim():
    """12 sailings against 20 crossings of one kind: a reading apart, not agreement."""
    twelve = claim("f0", 0, "Brisk Ferries halted 12 sailings to Tarn Island", "halt",
                   actor_key="brisk", patient_key="sailing",
                   figures=["count||12|12|12|sailing/"])  # fmt: skip
    twenty = claim("f1", 0, "Brisk Ferries scrapped 20 sailings to the island", "scrap",
                   actor_key="brisk", patient_key="sailing",
                   figures=["count||20|20|20|sailing/"])  # fmt: skip
    nodes, sim = _story([twelve, twenty])
    assert align._lead_links(nodes, sim) == []


def test_two_printings_of_one_text_are_no_lead_pair():
    """Near-copies (one root) agree with themselves: their leads add no source."""
    nodes, sim = _story([HALTED, SCRAPPED], roots={"f1": "f0"})
    assert align._lead_links(nodes, sim) == []


def test_only_mutual_best_lead_clauses_link():
    """Of two lead clauses of f1, only the one f0's lead scores best links."""
    three = [claim(art, 0, "x", "do", actor_key="brisk") for art in ("f0", "f1", "f1")]
    nodes, _ = _story(three)
    table = {(0, 1): 0.7, (0, 2): 0.3}
    got = lead_links(
        nodes,
        lambda i, j: 0.5,
        lambda i, j: table.get((i, j), 0.0),
        lambda i, j: True,
    )
    assert got == [(0, 1)]
