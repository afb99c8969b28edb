"""Unique facts, headline and summary on wording nobody tuned on (issue #11, session 10).

Every story here is written for these tests, in domains none of the held-out sets covers
(an observatory, a chess open, a water main, a botanical garden, an avalanche rescue, a
harbour, a public inquiry, a grain silo)."""

from __future__ import annotations

import re

import pytest

from consilience.brief import build_brief
from consilience.model import Article


def _brief(bench, texts: dict[str, str], published: str = "2026-03-02"):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def _unique(brief, article: str) -> list[str]:
    return [u["text"] for u in brief["unique"] if u["article"] == article]


def _lines(brief) -> list[dict]:
    return [*brief.get("headline", []), *brief.get("summary", [])]


# ----------------------------------------------------------------- 1. stated elsewhere

#: one article's clause that another article states in other words (different verbs,
#: nouns, word order); the other sentences are each article's own
STATED_ELSEWHERE = {
    "observatory": (
        {
            "a": (
                "The Harlow Ridge Observatory closed its largest telescope on Monday after "
                "engineers found a crack in the primary mirror. Funding has stayed tight for "
                "years, and the trustees believe more closures will probably follow next year."
            ),
            "b": (
                "Astronomers at Harlow Ridge lost the use of their biggest telescope on Monday "
                "when a crack was found in its main mirror. Director Paulo Senna said further "
                "shutdowns were likely next year."
            ),
            "c": (
                "The largest telescope at Harlow Ridge Observatory was shut on Monday because "
                "of a cracked primary mirror. Casting a replacement mirror in Jena would take "
                "two years."
            ),
        },
        "a",
        "closures",
    ),
    "chess": (
        {
            "a": (
                "Grandmaster Ilse Brandt won the Corvin Open chess tournament on Sunday with a "
                "final-round victory over Tomasz Wierzba. The prize fund has grown every "
                "year, and organisers think the event will move to a larger hall in the spring."
            ),
            "b": (
                "Ilse Brandt took the Corvin Open title on Sunday after beating Tomasz Wierzba "
                "in the last round. The organisers said the tournament was expected to "
                "relocate to a bigger venue in the spring."
            ),
            "c": (
                "Ilse Brandt is the Corvin Open champion after defeating Tomasz Wierzba on "
                "Sunday. Brandt collected 12,000 euros in prize money from sponsor Vantor Bank."
            ),
        },
        "a",
        "larger hall",
    ),
    "water_main": (
        {
            "a": (
                "A water main burst under Kessel Street in Tarrow on Wednesday, flooding "
                "shops. Crews worked through the night, and the council warned residents "
                "to boil tap water before drinking it."
            ),
            "b": (
                "Shops on Kessel Street in Tarrow were flooded on Wednesday after a water main "
                "broke. People in the area were told to boil their water before drinking it, "
                "Tarrow Water said."
            ),
            "c": (
                "A ruptured water main flooded Kessel Street in Tarrow on Wednesday. The pipe "
                "was laid in 1931, engineer Rosa Lindqvist said."
            ),
        },
        "a",
        "boil",
    ),
}


def _sentences(bench, texts: dict[str, str]):
    """(nodes, sim, words, {(article, sentence): claim indices}) of a story."""
    from consilience.align import story_nodes
    from consilience.claim_spans import Texts
    from consilience.unique_elsewhere import ClauseWords

    arts = [
        Article(
            id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published="2026-03-02"
        )
        for k, t in texts.items()
    ]
    ctx = bench.build_context(arts)
    nodes, vecs = story_nodes(ctx)
    by: dict[tuple[str, int], list[int]] = {}
    for i, n in enumerate(nodes):
        by.setdefault((n.claim.article, n.claim.sentence), []).append(i)
    return nodes, vecs @ vecs.T, ClauseWords(nodes, Texts(ctx)), by


#: (story, article, sentence, stated elsewhere?): one article's clause that another states
#: in other words, and sentences no other article states
ELSEWHERE_CASES = [
    ("observatory", "a", 1, True),  # "more closures will probably follow" / "further shutdowns"
    ("chess", "a", 1, True),  # "move to a larger hall" / "relocate to a bigger venue"
    ("water_main", "a", 1, True),  # "warned residents to boil" / "were told to boil"
    ("observatory", "c", 1, False),  # the replacement mirror: c's alone
    ("chess", "c", 1, False),  # the prize money: c's alone
    ("water_main", "c", 1, False),  # the pipe's age: c's alone
]


@pytest.mark.parametrize("name,article,sentence,expected", ELSEWHERE_CASES)
def test_a_clause_another_article_states_in_other_words_is_found(
    bench, name, article, sentence, expected
):
    from consilience.unique_elsewhere import stated_elsewhere

    nodes, sim, words, by = _sentences(bench, STATED_ELSEWHERE[name][0])
    members = by[(article, sentence)]
    assert stated_elsewhere(members, nodes, sim, words) is expected


def test_what_one_article_alone_gives_stays_unique(bench):
    """c's new figure and name (a sponsor and a prize) stay unique; a's relocation, which
    b states in other words, is not listed."""
    texts, _a, words = STATED_ELSEWHERE["chess"]
    brief = _brief(bench, texts)
    assert any("12,000 euros" in t for t in _unique(brief, "c")), brief["unique"]
    assert not any(words in t for t in _unique(brief, "a")), brief["unique"]


# ----------------------------------------------------------------- 2. newsworthiness

GARDEN = {
    "a": (
        "Fire broke out in the tropical glasshouse of the Linden Botanical Garden on "
        "Saturday night. About 60 firefighters fought the blaze until dawn. {line} The "
        "garden will stay closed until further notice."
    ),
    "b": (
        "A fire destroyed the tropical glasshouse at the Linden Botanical Garden late on "
        "Saturday. Some 60 firefighters were sent to the scene. Curator Agnes Molnar said "
        "more than 300 rare orchids were lost."
    ),
    "c": (
        "The tropical glasshouse at the Linden Botanical Garden burned down on Saturday "
        "night. Police said the cause was not yet known."
    ),
}

#: thanks and greetings an organisation's statement adds; none is a fact of the story
COURTESY = [
    "We are deeply grateful to every one of them and to the neighbours of Linden Park.",
    "Our thanks go to them and to the volunteers from Ostwald who brought food.",
    "The trustees would like to thank each of them, as well as the Ostwald volunteers.",
    "Director Hanne Ruud congratulated them on saving the palm house next door.",
    "We would like to thank the fire brigade of Ostwald for its swift response.",
    "Our condolences go to the family of the night watchman, Piet Arends.",
    "We are proud of every firefighter from the Ostwald station.",
]


@pytest.mark.parametrize("line", COURTESY)
def test_thanks_and_greetings_are_not_unique_facts(bench, line):
    texts = dict(GARDEN, a=GARDEN["a"].format(line=line))
    brief = _brief(bench, texts)
    cut = line.split()[2]
    assert not any(cut in t and t.startswith(line[:12]) for t in _unique(brief, "a")), brief[
        "unique"
    ]
    assert any("300 rare orchids" in t for t in _unique(brief, "b")), brief["unique"]


# ----------------------------------------------------------------- 3. headline and summary

#: "them" opening a line: "The last of them reached ..." says nothing alone
AVALANCHE = {
    "a": (
        "An avalanche on Mount Orsk trapped six climbers on Thursday morning. Mountain "
        "rescuers from Valdun reached the group after four hours. The last of them was "
        "flown to Valdun hospital at 9 p.m. on Thursday, rescuers said."
    ),
    "b": (
        "Six climbers were caught by an avalanche on Mount Orsk on Thursday. Rescue teams "
        "from Valdun got to them four hours later. The last of them was flown to Valdun "
        "hospital at 9 p.m., according to the rescue service."
    ),
    "c": (
        "Rescuers from Valdun freed six climbers buried by an avalanche on Mount Orsk on "
        "Thursday. All six were taken to Valdun hospital by helicopter."
    ),
}

#: a quotation both articles print: a quote, not a plain fact
HARBOUR = {
    "a": (
        "Cargo ships were barred from the port of Selby Haven on Friday after the channel "
        'silted up. Harbour master Petra Lind said: "The channel is still far too shallow. '
        'We will dredge it again in May."'
    ),
    "b": (
        "The port of Selby Haven closed to cargo ships on Friday because its channel had "
        'silted up. "The channel is still far too shallow," harbour master Petra Lind told '
        "reporters."
    ),
    "c": (
        "Selby Haven stopped cargo traffic on Friday as silt blocked the channel. Ferry "
        "services were not affected."
    ),
}


def test_no_line_opens_on_a_pronoun_with_nothing_to_stand_for(bench):
    brief = _brief(bench, AVALANCHE)
    for line in _lines(brief):
        assert not re.match(r"^\S+ \S+ of (them|these|those)\b", line["text"]), line["text"]


def test_a_quotation_is_not_given_as_a_plain_fact(bench):
    brief = _brief(bench, HARBOUR)
    for line in _lines(brief):
        assert "far too shallow" not in line["text"], line["text"]


#: sentences whose cited part stops just before the date or figure that is their point
CUT_BEFORE_VALUE = [
    ("The review board's ruling on the Amsel Bridge will be announced on 12 May.", " on 12 May"),
    ("Water levels in the Kessel reservoir have now fallen to 38 percent.", " to 38 percent"),
    ("The price of a season ticket at the Corvin club has risen to 240 euros.", " to 240 euros"),
]


@pytest.mark.parametrize("sentence,tail", CUT_BEFORE_VALUE)
def test_a_line_is_not_cut_just_before_a_date_or_figure(bench, sentence, tail):
    """covered_line cuts a line to its cited run only when the run does not stop just
    before a value of its sentence: it cites the whole sentence instead."""
    from consilience.claim_spans import Texts
    from consilience.summary import covered_line

    texts = Texts(bench.build_context([Article(id="a", source="a.txt", text=sentence)]))
    cut = sentence.index(tail)
    got = covered_line("a", 0, len(sentence), [{"article": "a", "start": 0, "end": cut}], texts)
    assert got["text"] == sentence, got
