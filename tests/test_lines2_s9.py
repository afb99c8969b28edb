"""Headline, summary and title (issue #11, s9 lines2): the story title takes no side of a
conflict the brief lists; every headline and summary line is covered by its citations; the
summary does not state one claim twice. Every article here is written for these tests (a
ferry aground, a collapsed footbridge, a museum theft)."""

from __future__ import annotations

import re

import pytest

from consilience.align import Node
from consilience.brief import build_brief
from consilience.line_guards import same_claim_of_party
from consilience.model import Article, Claim
from consilience.story_title import neutral_title, takes_side
from consilience.summary import covered_line


def _brief(bench, stories: dict[str, tuple[str, str]]):
    arts = [
        Article(
            id=k,
            source=f"{k}.txt",
            text=body,
            title=title,
            outlet=f"Outlet {k.upper()}",
            published="2026-05-10",
        )
        for k, (title, body) in stories.items()
    ]
    return build_brief(bench.build_context(arts))


# ------------------------------------------------------------------ title: no side taken

COUNT = {
    "kind": "quantity",
    "subject": "passengers hurt",
    "readings": [{"text": "nine passengers"}, {"text": "23 passengers"}],
}
STATEMENT = {
    "kind": "fact",
    "subject": "Captain Ivo Brandt: suspend",
    "readings": [
        {"text": "The captain, Ivo Brandt, was suspended.", "predicate": "suspend"},
        {"text": "Captain Ivo Brandt was not suspended.", "predicate": "suspend"},
    ],
}
UPDATE = dict(COUNT, update=True)


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Ferry runs aground off Tarrow, nine hurt", True),
        ("Twenty-three hurt as ferry runs aground", True),  # "23" in words
        ("9 hurt as ferry runs aground", True),  # "nine" in digits
        ("23 passengers hurt as Tarrow ferry grounds", True),
        ("Tarrow ferry captain suspended after grounding", True),
        ("Ferry line suspends its captain", True),
        ("Ferry runs aground off Tarrow", False),
    ],
)
def test_a_title_giving_a_reading_takes_a_side(title, side):
    assert takes_side(title, [COUNT, STATEMENT]) is side


def test_an_update_is_no_side():
    assert not takes_side("Ferry runs aground, nine hurt", [UPDATE])


def test_the_first_title_taking_no_side_is_the_story_title():
    titles = ["Ferry aground off Tarrow: 23 hurt", "Ferry grounds off Tarrow", "Nine hurt"]
    assert neutral_title(titles, "", [COUNT]) == "Ferry grounds off Tarrow"


def test_the_headline_stands_in_when_every_title_takes_a_side():
    titles = ["Ferry aground, nine hurt", "23 hurt on Tarrow ferry"]
    got = neutral_title(titles, "The ferry ran aground off Tarrow on Sunday.", [COUNT])
    assert got == "The ferry ran aground off Tarrow on Sunday."


def test_a_cut_title_when_nothing_else_takes_no_side():
    titles = ["Ferry aground off Tarrow, nine hurt; captain suspended"]
    got = neutral_title(titles, "Nine were hurt.", [COUNT, STATEMENT])
    assert got == "Ferry aground off Tarrow"


BRIDGE = {
    "a": (
        "Footbridge over the Lenne collapses, 11 hurt, engineer arrested",
        "A footbridge over the river Lenne in Oskarby collapsed on Saturday afternoon, "
        "injuring 11 walkers. The bridge had been closed for repairs last spring. Police "
        "arrested the engineer who signed off the repairs, Tomas Eklund, on Sunday.",
    ),
    "b": (
        "Oskarby footbridge collapse hurts 30",
        "A footbridge over the river Lenne in Oskarby collapsed on Saturday afternoon, "
        "injuring 30 walkers. The bridge had been closed for repairs last spring. The "
        "engineer Tomas Eklund was not arrested, police said.",
    ),
    "c": (
        "Footbridge collapses in Oskarby",
        "A footbridge over the river Lenne in Oskarby collapsed on Saturday afternoon. The "
        "bridge had been closed for repairs last spring, the town council said.",
    ),
}


def test_the_story_title_takes_no_side_of_the_brief_conflicts(bench):
    brief = _brief(bench, BRIDGE)
    conflicts = [c for c in brief["conflicts"] if not c.get("update")]
    assert conflicts, "the story lists a conflict"
    title = brief["story"]["title"]
    assert title and not takes_side(title, conflicts)
    assert title == _brief(bench, dict(reversed(list(BRIDGE.items()))))["story"]["title"]


# ------------------------------------------------ summary: one party's one claim, said twice

MUSEUM = {
    "a": (
        "Paintings stolen from Velde museum",
        "Thieves stole three paintings from the Velde city museum on Thursday night. Speaking "
        "outside the building on Friday, culture minister Hanna Roos said she would order a "
        "review of security at the museum after the theft. The museum will stay closed until "
        "further notice.",
    ),
    "b": (
        "Velde museum robbed",
        "Thieves stole three paintings from the Velde city museum on Thursday night. A review "
        "of security at the museum will begin next week, Roos told the regional parliament, "
        "where opposition members called for her resignation. Police are examining camera "
        "footage.",
    ),
    "c": (
        "Three paintings taken in Velde",
        "Three paintings were stolen from the Velde city museum on Thursday night. Hanna Roos, "
        "the culture minister, said she would order a review of security at the museum. The "
        "paintings are insured.",
    ),
    "d": (
        "Museum theft in Velde",
        "Thieves stole three paintings from the Velde city museum on Thursday night. Minister "
        "Hanna Roos said a review of security at the museum would begin next week. A reward "
        "has been offered.",
    ),
}


def _lines(brief) -> list[str]:
    return [item["text"] for item in [*brief["headline"], *brief["summary"]]]


def test_one_claim_of_one_party_is_told_once(bench):
    lines = _lines(_brief(bench, MUSEUM))
    assert sum("review of security" in line for line in lines) == 1, lines


def _node(article: str, predicate: str, nouns: list[str], entities=(), attribution=None):
    claim = Claim(
        article=article,
        start=0,
        end=10,
        text="",
        sentence=1,
        kind="content",
        predicate=predicate,
        frame=predicate,
        entities=list(entities),
        nouns=nouns,
        attribution=attribution,
    )
    return Node(claim, 0, article)


AUDIT = _node("a", "order", ["audit", "breakwater", "ana", "ruiz"], ["ana ruiz"], "Ana Ruiz")
AUDIT_SOON = _node("b", "start", ["audit", "breakwater", "may"], [], "Minister Ana Ruiz")
AUDIT_OTHER = _node("c", "start", ["audit", "breakwater", "may"], [], "Mayor Jon Berg")
REOPEN = _node("d", "reopen", ["harbour", "ship", "friday"], [], "Minister Ana Ruiz")
MENTION = _node("e", "damage", ["audit", "breakwater", "ruiz"], ["ana ruiz"], None)


@pytest.mark.parametrize(
    ("other", "cos", "same"),
    [
        (AUDIT_SOON, 0.6, True),  # one party, one thing, close clauses
        (AUDIT_SOON, 0.4, False),  # clauses too far apart
        (AUDIT_OTHER, 0.6, False),  # another party
        (REOPEN, 0.6, False),  # nothing in common but the party
        (MENTION, 0.6, False),  # the name only mentioned: no party of the clause
    ],
)
def test_one_claim_of_one_party(other, cos, same):
    assert same_claim_of_party(0, 1, [AUDIT, other], cos) is same


# ------------------------------------------------ every word of a line covered by a citation

SANDBANK = {
    "a": (
        "Ferry hits sandbank",
        "The ferry Maren Sund ran aground off Tarrow island on Sunday morning. Harbourmaster "
        "Piet Lind said the ferry struck a sandbank near the harbour mouth and was refloated "
        "at high tide on Monday. All passengers were taken ashore by lifeboat.",
    ),
    "b": (
        "Tarrow ferry aground",
        "The ferry Maren Sund ran aground off Tarrow island on Sunday morning. The ferry "
        "struck a sandbank near the harbour mouth, the coastguard said. The operator has "
        "cancelled sailings.",
    ),
    "c": (
        "Maren Sund runs aground",
        "The ferry Maren Sund ran aground off Tarrow island on Sunday morning. The ferry "
        "struck a sandbank near the harbour mouth, according to the port office. The weather "
        "was calm.",
    ),
}


def _uncovered_words(brief, texts: dict[str, str]) -> list[str]:
    """Words of headline and summary lines that no citation in the line's article covers."""
    out = []
    for item in [*brief["headline"], *brief["summary"]]:
        line = item["text"]
        for c in item["citations"]:
            at = texts[c["article"]].find(line)
            if at < 0:
                continue
            spans = [
                (d["start"], d["end"]) for d in item["citations"] if d["article"] == c["article"]
            ]
            for m in re.finditer(r"\w+", line):
                k = at + m.start()
                if not any(s <= k < e for s, e in spans):
                    out.append(m.group())
            break
        else:
            out.append(line)  # the line is in none of its cited articles
    return out


@pytest.mark.parametrize("stories", [SANDBANK, MUSEUM])
def test_every_word_of_a_line_is_cited(bench, stories):
    brief = _brief(bench, stories)
    texts = {k: body for k, (_title, body) in stories.items()}
    assert brief["summary"] or len(brief["headline"]) == 1
    assert _uncovered_words(brief, texts) == []


class _Texts:
    """The two calls covered_line makes of a :class:`consilience.claim_spans.Texts`."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.ctx = type("Ctx", (), {"analyses": []})()

    def text(self, article: str) -> str:
        return self.texts[article]


LOCK = "The canal lock at Brenn was reopened to barges on Thursday after repairs, officials said."


def test_a_line_is_cut_to_its_cited_run_when_that_reads_as_a_line():
    cut = LOCK.index(" after repairs")
    cited = [{"article": "x", "start": 0, "end": cut}]
    got = covered_line("x", 0, len(LOCK), cited, _Texts({"x": LOCK}))
    assert got["text"] == "The canal lock at Brenn was reopened to barges on Thursday"
    assert got["citations"] == cited


def test_a_line_whose_cited_run_is_no_line_cites_its_sentence():
    text = "Speaking in Brenn on Friday, the engineer said the lock gates had been replaced."
    at = text.index("the lock gates")
    cited = [
        {"article": "x", "start": at, "end": len(text) - 1},
        {"article": "y", "start": 0, "end": 30},
    ]
    got = covered_line("x", 0, len(text), cited, _Texts({"x": text, "y": LOCK}))
    assert got["text"] == text
    assert got["citations"] == [{"article": "x", "start": 0, "end": len(text)}, cited[1]]


ORCHARD = {
    "a": (
        "Hail ruins Pellby orchards",
        "A hailstorm flattened apple orchards around Pellby on Wednesday afternoon. Growers "
        "said the storm destroyed most of this year's crop and tore the nets off 40 hectares "
        "of young trees. The regional farm union called for emergency aid.",
    ),
    "b": (
        "Pellby apple crop lost",
        "A hailstorm flattened apple orchards around Pellby on Wednesday afternoon. Insurers "
        "expect many claims. The storm destroyed most of this year's crop, the farm union said.",
    ),
    "c": (
        "Hail in Pellby",
        "A hailstorm flattened apple orchards around Pellby on Wednesday afternoon. Roads were "
        "blocked by ice. The storm destroyed most of this year's crop, according to local "
        "growers.",
    ),
}


@pytest.mark.parametrize(
    ("stories", "claim", "extra"),
    [
        (SANDBANK, "struck a sandbank", "refloated"),
        (ORCHARD, "destroyed most of this year's crop", "nets"),
    ],
)
def test_a_line_says_what_each_cited_clause_says(bench, stories, claim, extra):
    brief = _brief(bench, stories)
    line = next(i for i in [*brief["headline"], *brief["summary"]] if claim in i["text"])
    assert extra not in line["text"]
    assert len({c["article"] for c in line["citations"]}) == 3


def test_a_story_without_titles_keeps_an_empty_title():
    assert neutral_title(["", ""], "The ferry ran aground.", [COUNT]) == ""


def test_two_near_copies_leads_are_one_summary_line_when_nothing_else_is_shared():
    # integration fix: the lead summary checked each lead against the headline only, so two
    # printings of one wire story gave the same summary line twice
    from consilience.consensus import build_claims
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles

    wire = (
        "The Ostra glacier survey team said on Tuesday it had lost its drilling camp to an "
        "avalanche, and that all nine researchers were safe. The camp's stores were buried."
    )
    texts = {
        "c": "A spring storm closed the pass road above Ostra for most of Wednesday. Snowploughs "
        "cleared it by evening, the road office said.",
        "a": wire,
        "b": wire + " The survey is funded by the regional science council.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Paper {k}", published="2026-03-04")
        for k, t in texts.items()
    ]
    ctx = context_from_articles(arts, Story("s", "", list(texts)))
    lines = [line["text"] for line in build_claims(ctx)["summary"]]
    assert len(lines) == len(set(lines))
