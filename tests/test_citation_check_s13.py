"""Every citation of a consensus item states the item's act (issue #11, session 13): a clause
about the same topic and participants that states another act ("meals served at the
nursery" beside "the caterer said it was co-operating"; "The council meets today to vote on
the budget" beside "the council approved the budget") is dropped from the item, and an item
left with one article is no consensus. Paraphrases WordNet does not list stay. Every text
is written for this file."""

from __future__ import annotations

import numpy as np
import pytest

from consilience import align, citation_check
from consilience.model import Claim


def _claim(article: str, text: str, verb: str, actor=None, patient=None, **kw) -> Claim:
    return Claim(article=article, start=0, end=len(text), text=text, sentence=0,
                 kind=kw.pop("kind", "main"), predicate=verb, frame=verb, actor_key=actor,
                 patient_key=patient, actor_keys=[actor] if actor else [], **kw)  # fmt: skip


#: an article with no publication time (the state readings read its day)
_UNDATED = type("Article", (), {"published": None})


class _Texts:
    """The things the check reads of :class:`consilience.claim_spans.Texts`."""

    def __init__(self, nlp, claims: list[Claim]):
        docs = {c.article: nlp(c.text) for c in claims}

        class _Ctx:
            @staticmethod
            def analysis(aid):
                return type("A", (), {"doc": docs[aid], "article": _UNDATED})

        self.ctx = _Ctx()

    @staticmethod
    def clause(c: Claim) -> tuple[int, int]:
        return c.start, c.end

    @staticmethod
    def sentence(c: Claim) -> tuple[int, int]:
        return 0, len(c.text)


def _nodes(claims: list[Claim]) -> list[align.Node]:
    return [align.Node(c, k, c.article, align._keys(c), None, None) for k, c in enumerate(claims)]


def _sim(n: int, cos: float) -> np.ndarray:
    sim = np.full((n, n), cos)
    np.fill_diagonal(sim, 1.0)
    return sim


@pytest.fixture(scope="module")
def texts_of(nlp):
    return lambda claims: _Texts(nlp, claims)


def test_clauses_of_other_acts_are_no_citations(texts_of) -> None:
    said = _claim("a", "Brookfield Catering said it was co-operating with the inspectors", "say",
                  "brookfield catering", tense="past")  # fmt: skip
    served = _claim("b", "meals served at the nursery", "serve", None, "meal", role="attribute",
                    kind="reduced", tense="past")  # fmt: skip
    supplied = _claim("c", "meals supplied to the nursery by the caterer", "supply",
                      "brookfield catering", "meal", role="attribute", kind="passive",
                      tense="past")  # fmt: skip
    claims = [said, served, supplied]
    kept = citation_check.stating_members(
        [0, 1, 2], _nodes(claims), _sim(3, 0.46), texts_of(claims), 0
    )
    assert len({claims[i].article for i in kept}) == 1  # no two articles state one act


def test_a_scene_setter_today_is_not_the_act_done(texts_of) -> None:
    passed = _claim("a", "The city council approved the budget on Tuesday", "approve",
                    "council", "budget", tense="past")  # fmt: skip
    again = _claim("b", "Councillors approved the city budget late on Tuesday", "approve",
                   "council", "budget", tense="past")  # fmt: skip
    meets = _claim("c", "The council meets today to vote on the budget", "meet", "council",
                   tense="present")  # fmt: skip
    claims = [passed, again, meets]
    sim = _sim(3, 0.6)
    sim[0, 1] = sim[1, 0] = 0.9
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), sim, texts_of(claims), 2)
    assert kept == [0, 1]


def test_paraphrases_wordnet_does_not_list_stay(texts_of) -> None:
    upheld = _claim("a", "The appeal court upheld the ban on night trawling", "uphold",
                    "appeal court", "ban", tense="past")  # fmt: skip
    backed = _claim("b", "The appeal court backed the night-trawling ban", "back",
                    "appeal court", "ban", tense="past")  # fmt: skip
    claims = [upheld, backed]
    kept = citation_check.stating_members(
        [0, 1], _nodes(claims), _sim(2, 0.86), texts_of(claims), 0
    )
    assert kept == [0, 1]


def test_a_participle_of_the_act_states_it(texts_of) -> None:
    beached = _claim("a", "Twelve dolphins stranded on the shore near Orvik", "strand",
                     "dolphin", tense="past")  # fmt: skip
    tried = _claim("b", "volunteers tried to keep twelve stranded dolphins wet", "try",
                   "volunteer", "dolphin", tense="past", role="attribute", kind="reduced")  # fmt: skip
    claims = [beached, tried]
    kept = citation_check.stating_members([0, 1], _nodes(claims), _sim(2, 0.5), texts_of(claims), 0)
    assert kept == [0, 1]


def test_a_naming_clause_is_not_judged(texts_of) -> None:
    fault = _claim("a", "the rail operator Nordbahn reported a signal fault", "report",
                   "nordbahn", "fault", tense="past")  # fmt: skip
    named = _claim("b", "rail operator Nordbahn", "be", "nordbahn", "operator", role="identity",
                   kind="title")  # fmt: skip
    claims = [fault, named]
    assert not citation_check.judged(named, fault)
    kept = citation_check.stating_members([0, 1], _nodes(claims), _sim(2, 0.5), texts_of(claims), 0)
    assert kept == [0, 1]


def test_an_article_relaying_unnamed_media_is_no_source() -> None:
    from consilience import consensus

    own = _claim("a", "The minister will step down on Monday", "resign", "minister",
                 attribution="The minister")  # fmt: skip
    relayed = _claim("b", "she would step down on Monday", "resign", "minister",
                     attribution="several newspapers")  # fmt: skip
    nodes = _nodes([own, relayed])
    assert consensus.relays_media([0, 1], nodes, "b")
    assert not consensus.relays_media([0, 1], nodes, "a")
    for named in ("the Harbour Gazette", "The Gazette", "police", "her office"):
        assert not consensus._unnamed_media(named)
    for unnamed in ("other outlets", "local media", "press reports", "Reports"):
        assert consensus._unnamed_media(unnamed)


def test_an_event_noun_subject_states_its_act(texts_of) -> None:
    dismissed = _claim("a", "The tribunal dismissed the miners' appeal on Friday", "dismiss",
                       "tribunal", "appeal", tense="past")  # fmt: skip
    leaves = _claim("b", "The rejection of the appeal leaves the miners without pay", "leave",
                    "rejection", "miner", tense="present")  # fmt: skip
    claims = [dismissed, leaves]
    kept = citation_check.stating_members([0, 1], _nodes(claims), _sim(2, 0.5), texts_of(claims), 0)
    assert kept == [0, 1]
