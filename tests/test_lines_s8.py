"""Headline, summary, unique facts and story titles (issue #11, s8): lines that say only what
every cited sentence states, unique facts that no other article states in other words, and
titles without wire slugs. Every article here is written for these tests (a stalled cable
car, a lighthouse that lost power, a closed mountain road)."""

from __future__ import annotations

import re

import pytest

from consilience.boilerplate import strip_title_slug
from consilience.brief import build_brief
from consilience.model import Article, Story


def _context(bench, texts: dict[str, str], title: str | None = None):
    arts = [
        Article(
            id=k,
            source=f"{k}.txt",
            text=t,
            outlet=f"Outlet {k.upper()}",
            published="2026-02-07",
            title=title if k == "a" else None,
        )
        for k, t in texts.items()
    ]
    if title is None:
        return bench.build_context(arts)
    from consilience.pipeline import context_from_articles

    return context_from_articles(arts, Story("s", title, [a.id for a in arts]))


def _brief(bench, texts: dict[str, str], title: str | None = None):
    return build_brief(_context(bench, texts, title))


def _lines(brief) -> list[dict]:
    return [*brief["headline"], *brief["summary"]]


# ------------------------------------------------------------- wire slugs in story titles


@pytest.mark.parametrize(
    ("title", "bodies", "expected"),
    [
        (
            "UPDATE 3-Cable car stalls above ravine, 58 rescued",
            [],
            "Cable car stalls above ravine, 58 rescued",
        ),
        (
            "WRAPUP 1-Storm cuts power to Skarv lighthouse",
            [],
            "Storm cuts power to Skarv lighthouse",
        ),
        (
            "EXCLUSIVE-Lift maker weighs recall of gearboxes",
            ["The gearbox failed."],
            "Lift maker weighs recall of gearboxes",
        ),
        ("REFILE-UPDATE 2-Pass road shut after rockfall", [], "Pass road shut after rockfall"),
        (
            "BREAKING: Ferryman rescues two kayakers off Skarv",
            ["Two kayakers"],
            "Ferryman rescues two kayakers off Skarv",
        ),
    ],
)
def test_wire_slugs_are_stripped_from_titles(title, bodies, expected):
    """A numbered desk label, or an upper-case label the articles never use, is not part
    of the headline."""
    assert strip_title_slug(title, bodies) == expected


@pytest.mark.parametrize(
    ("title", "bodies"),
    [
        ("NATO-Baltic exercise moves north", ["NATO ships sailed on Monday."]),
        ("WHO: measles cases double in Vellin", ["The WHO said cases doubled."]),
        ("Skarv lighthouse keeper: 'The lamp went dark at ten'", []),
        ("UK: storm warning for the north", []),  # a lower-case headline after the colon
    ],
)
def test_titles_that_name_their_subject_keep_it(title, bodies):
    """An acronym the articles themselves use, a mixed-case label and a colon before a
    lower-case word are the headline's own words."""
    assert strip_title_slug(title, bodies) == title


ROAD = {
    "a": (
        "The mountain road over the Hest pass was closed on Thursday after a rockfall. "
        "Road crews expect to reopen it next week."
    ),
    "b": (
        "A rockfall closed the road over the Hest pass on Thursday. Drivers must take a "
        "detour of 90 kilometres."
    ),
}


def test_brief_title_has_no_slug(bench):
    """The brief's story title drops a wire slug of its source article's title."""
    brief = _brief(bench, ROAD, title="UPDATE 2-Rockfall shuts Hest pass road")
    assert brief["story"]["title"] == "Rockfall shuts Hest pass road"


# ------------------------------------------------ headline and summary: the shared part only

CABLE_CAR = {
    "a": (
        "A cable car at the Storvik ski resort stopped above a ravine on Saturday morning "
        "after a power unit overheated in strong winds. Rescuers lowered 58 skiers to the "
        "ground by rope. The resort's other lifts kept running."
    ),
    "b": (
        "A cable car at the Storvik ski resort stopped above a ravine on Saturday morning. "
        "Rescuers lowered 58 skiers to the ground by rope over five hours. Lift tickets for "
        "Sunday will be refunded."
    ),
    "c": (
        "A cable car at the Storvik ski resort stopped above a ravine on Saturday morning, the "
        "resort said. Rescuers lowered 58 skiers to the ground by rope. Two skiers were "
        "treated for cold."
    ),
}

LIGHTHOUSE = {
    "a": (
        "The lighthouse on Skarv island went dark on Monday night after a storm tore the "
        "undersea power cable from the mainland. The coastguard warned ships to keep clear "
        "of the reef."
    ),
    "b": (
        "The lighthouse on Skarv island went dark on Monday night. The coastguard warned "
        "ships to keep clear of the reef, a spokeswoman said."
    ),
    "c": (
        "The lighthouse on Skarv island went dark on Monday night, islanders said. Fishing "
        "boats stayed in harbour on Tuesday."
    ),
}


@pytest.mark.parametrize(
    ("story", "unshared"),
    [(CABLE_CAR, ("power", "overheated", "winds")), (LIGHTHOUSE, ("storm", "cable", "undersea"))],
)
def test_lines_leave_out_what_only_one_cited_article_says(bench, story, unshared):
    """Three articles state the event, one adds its cause: no headline or summary line
    citing all three states the cause, the line still states the event, and it is a run of
    whole words of one cited article, opening with a capital."""
    brief = _brief(bench, story)
    lines = _lines(brief)
    assert any(len({c["article"] for c in ln["citations"]}) >= 3 for ln in lines), lines
    for line in lines:
        if len({c["article"] for c in line["citations"]}) >= 3:
            assert not [w for w in unshared if w in line["text"]], line
        _assert_whole_words(line, story)


def _assert_whole_words(line: dict, story: dict[str, str]) -> None:
    text = line["text"]
    found = [story[c["article"]] for c in line["citations"] if text in story[c["article"]]]
    assert found, line
    body = found[0]
    at = body.index(text)
    end = at + len(text)
    assert at == 0 or not body[at - 1].isalnum(), line
    assert end == len(body) or not body[end].isalnum(), line
    assert re.match(r"[A-Z]", text), line


# ------------------------------------------------- unique: the same act in other words

PLEDGE = {
    "a": (
        "A cable car at the Storvik ski resort stopped above a ravine on Saturday, leaving "
        "58 skiers stranded for hours. Regional governor Karin Solheim arrived at the resort "
        "in the afternoon. Speaking beside the lower station, she pledged a full and "
        "independent investigation. Ticket sales at Storvik doubled last winter."
    ),
    "b": (
        "Fifty-eight skiers were stranded for hours after a cable car at Storvik stopped "
        "above a ravine on Saturday. Governor Karin Solheim visited the valley station and "
        "ordered an independent inquiry. The operator, Alpvik Lifts, said a power unit had "
        "failed."
    ),
    "c": (
        "Rescuers lowered 58 people from a stalled cable car at Storvik on Saturday. A "
        "mountain guide, Nils Aune, said the cabins swayed in the wind for hours."
    ),
}

PROBE = {
    "a": (
        "The lighthouse on Skarv island went dark on Monday night. Harbour master Eva Lind "
        "reached the island by boat on Tuesday. Standing on the jetty, she announced a probe "
        "into the failure of the lamp. Fishing boats stayed in harbour."
    ),
    "b": (
        "Skarv lighthouse went dark on Monday night, the coastguard said. Harbour master Eva "
        "Lind has launched an investigation, her office said on Tuesday. The lamp was last "
        "serviced in 2019."
    ),
}


@pytest.mark.parametrize(
    ("story", "article", "words"),
    [
        (PLEDGE, "a", "pledged a full and independent investigation"),
        (PROBE, "a", "announced a probe"),
    ],
)
def test_a_paraphrased_act_is_not_unique(bench, story, article, words):
    """One named doer (a pronoun resolved to her) and event nouns WordNet relates
    ("investigation" / "inquiry", "probe" / "investigation" read from "launched an
    investigation") under different verbs state one act: not a unique fact of either
    article. A sentence no other article states ("Fishing boats stayed in harbour",
    "Ticket sales ... doubled") stays unique."""
    brief = _brief(bench, story)
    texts = [u["text"] for u in brief["unique"] if u["article"] == article]
    assert not [t for t in texts if words in t], texts
    assert [t for t in texts if t.startswith(("Ticket sales", "Fishing boats"))], texts


def test_same_act_needs_related_patients_or_none():
    """A named doer with one verb on unrelated things is two acts; related event nouns
    under different verbs are one."""
    from consilience.model import Claim
    from consilience.unique_paraphrase import same_act

    def claim(pred: str, actor: str, patient: str | None) -> Claim:
        return Claim(
            article="x",
            start=0,
            end=1,
            text="",
            sentence=0,
            kind="main",
            predicate=pred,
            frame=pred,
            actor=actor.title(),
            actor_key=actor,
            actor_label="PERSON",
            actor_keys=[actor],
            patient=patient,
            patient_key=patient,
            entities=[actor],
        )

    lind = "eva lind"
    assert same_act(claim("announce", lind, "probe"), claim("launch", lind, "investigation"))
    assert same_act(claim("halt", lind, "ferry"), claim("stop", lind, "ferry"))
    assert not same_act(claim("halt", lind, "ferry"), claim("stop", lind, "vote"))
    assert not same_act(claim("visit", lind, "island"), claim("leave", lind, "island"))
    assert not same_act(claim("halt", lind, "ferry"), claim("stop", "ola berg", "ferry"))


# ------------------------------------ a side of a statement conflict told in other words

KEEPER = {
    "a": (
        "Lighthouse keeper Ola Brekke has resigned after 22 years on Skarv island, the coastal "
        "authority said on Wednesday. The authority will appoint a successor in March."
    ),
    "b": (
        "Ola Brekke refused to resign as keeper of the Skarv lighthouse and was dismissed by "
        "the coastal authority on Tuesday, islanders said. The authority asked him to step "
        "down on Monday; he declined. Brekke had kept the light for 22 years."
    ),
    "c": (
        "Ola Brekke, keeper of the Skarv lighthouse for 22 years, has resigned, the coastal "
        "authority said. The light will be run from the mainland until a successor is found."
    ),
}

HARBOUR = {
    "a": (
        "Port manager Pia Solberg has resigned, the harbour board of Vessby said on Friday. A "
        "deputy will run the port until the summer."
    ),
    "b": (
        "Pia Solberg refused to resign as manager of Vessby port and was sacked by the harbour "
        "board on Thursday, dock workers said. The board told Solberg to quit on Monday; "
        "she said no. The port handles 300 ships a year."
    ),
    "c": (
        "Pia Solberg, who ran Vessby port for nine years, has resigned, the harbour board "
        "said. Dock workers praised her handling of the winter ice."
    ),
}


@pytest.mark.parametrize(
    ("story", "side"), [(KEEPER, "asked him to step down"), (HARBOUR, "told Solberg to quit")]
)
def test_lines_do_not_retell_a_disputed_act(bench, story, side):
    """Resigned (a, c) against dismissed (b): b's "asked him to step down; he declined"
    tells b's side again in other words, with the person as a pronoun or by name; no
    headline or summary line states it."""
    brief = _brief(bench, story)
    assert [c for c in brief["conflicts"] if c.get("kind") == "fact"], brief["conflicts"]
    assert not [ln["text"] for ln in _lines(brief) if side in ln["text"]]


def test_a_cut_line_does_not_end_inside_a_half_cut_phrase(nlp):
    """A cut that keeps the head of an appositive but drops its tail ("..., the worst
    crossing [in the fjord since 1990]") drops the whole appositive and its comma."""
    from consilience.summary import _no_half_phrase

    text = (
        "Fog closed the Skarv ferry route on Monday, the longest closure in the fjord since 1990."
    )
    doc = nlp(text)
    cut = text.index(" in the fjord")
    end = _no_half_phrase(doc, 0, cut, text)
    assert text[:end] == "Fog closed the Skarv ferry route on Monday"
    whole = text.index(".")
    assert _no_half_phrase(doc, 0, whole, text) == whole


FERRY_AGROUND = {
    "a": (
        "The Skarv ferry ran aground on a sandbank on Friday evening after its steering "
        "failed in heavy fog. All 40 passengers were taken ashore by lifeboat."
    ),
    "b": (
        "The Skarv ferry ran aground on a sandbank on Friday night. All 40 passengers were "
        "taken ashore by lifeboat, the coastguard said."
    ),
    "c": (
        "The Skarv ferry ran aground on a sandbank on Friday evening, the operator said. All "
        "40 passengers were taken ashore by lifeboat."
    ),
}


def test_a_phrase_others_state_in_their_own_words_stays(bench):
    """ "on Friday evening" beside "on Friday night" is the same time told differently: the
    line keeps it, and still leaves out the cause only one article gives."""
    brief = _brief(bench, FERRY_AGROUND)
    lines = [ln for ln in _lines(brief) if "aground" in ln["text"]]
    assert lines, _lines(brief)
    for line in lines:
        assert "Friday" in line["text"] and "steering" not in line["text"], line
        _assert_whole_words(line, FERRY_AGROUND)
