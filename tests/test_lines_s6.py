"""Unique facts, headline, summary and consensus item text (issue #11, s6). Every story
here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.model import Article


def _brief(bench, texts: dict[str, str], published: str = "2025-09-05"):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def _unique(brief, article: str | None = None) -> list[str]:
    return [u["text"] for u in brief["unique"] if article in (None, u["article"])]


# ----------------------------------------------------------------- unique: quotation units

BAKERY = {
    "a": (
        "A fire destroyed the Castell bakery on Mill Street in Orrin early on Thursday, the "
        "fire service said. Nobody was inside when the blaze started in a storeroom. "
        "Firefighters needed three hours to put it out."
    ),
    "b": (
        "The Castell bakery in Orrin burned down early on Thursday after a fire broke out in "
        "its storeroom. The shop was empty at the time.\n\n"
        '"We lost everything in ten minutes. We will rebuild the ovens by spring," owner Hamid '
        "Castell said.\n\n"
        "Neighbours have started an online collection for the four bakers who lost their jobs."
    ),
    "c": (
        "Fire crews spent three hours fighting a blaze that gutted a bakery on Mill Street in "
        "Orrin on Thursday. The building was empty, the fire service said. Police said the "
        "cause was not yet known."
    ),
}


@pytest.fixture(scope="module")
def bakery(bench):
    return _brief(bench, BAKERY)


def test_a_quotation_over_two_sentences_is_one_unique_unit(bakery):
    """The owner's two quoted sentences and their attribution are one item; no item starts
    inside the quotation or leaves its mark open."""
    found = _unique(bakery, "b")
    whole = [t for t in found if t.startswith('"We lost everything')]
    assert whole and "We will rebuild the ovens" in whole[0], found
    assert whole[0].endswith("Hamid Castell said."), whole
    for t in _unique(bakery):
        assert not t.startswith("We will rebuild"), t
        assert t.count('"') % 2 == 0, t


# ------------------------------------------------- unique: a new figure, a different day

LEGIONELLA = {
    "a": (
        "Health officials in Marlow have confirmed 19 cases of legionnaires' disease linked "
        "to a cooling tower at the town's leisure centre. The centre has been closed."
    ),
    "b": (
        "The leisure centre in Marlow has been shut after an outbreak of legionnaires' disease "
        "was traced to its cooling tower. The health agency said 31 cases had been confirmed by "
        "Friday, up from 19 cases on Tuesday."
    ),
    "c": (
        "An outbreak of legionnaires' disease in Marlow has been traced to a cooling tower, "
        "and the leisure centre is closed. Engineer Dana Pirelli said the tower had last been "
        "cleaned in March."
    ),
}


@pytest.fixture(scope="module")
def legionella(bench):
    return _brief(bench, LEGIONELLA)


def test_a_sentence_adding_a_later_figure_is_unique(legionella):
    """'31 cases ..., up from 19' repeats another article's 19 but adds 31: it is b's own
    fact, not stated elsewhere; the closure all three state is not unique."""
    found = _unique(legionella, "b")
    assert any("31 cases" in t for t in found), legionella["unique"]
    for t in _unique(legionella):
        assert "has been closed" not in t and "has been shut" not in t, t


def test_figures_of_one_kind_that_do_not_meet_differ():
    from consilience.unique import figures_differ

    cases = "count||31|31|31|case/"
    assert figures_differ([cases], ["count||19|19|19|case/"])
    assert not figures_differ([cases], ["count||30|27|33|case/"])  # within rounding
    assert not figures_differ([cases], ["length|m|900|900|900|/"])  # another kind
    assert not figures_differ([cases], ["count||2000|2000|9999|case/"])  # "thousands"


BRIDGE = {
    "a": (
        "The new Halver footbridge over the river Tane opened to pedestrians on Thursday after "
        "two years of work. It cost 14 million pounds."
    ),
    "b": (
        "Pedestrians crossed the new Halver footbridge for the first time on Thursday. Cyclists "
        "will be allowed on the Halver footbridge from Monday, the council said."
    ),
    "c": (
        "The Halver footbridge across the Tane opened on Thursday, two years after work began. "
        "Mayor Colin Abara cut the ribbon."
    ),
}


@pytest.fixture(scope="module")
def bridge(bench):
    return _brief(bench, BRIDGE)


def test_an_act_on_another_day_is_not_the_same_fact(bridge):
    """Cyclists allowed from Monday is not the opening on Thursday, however alike the words."""
    found = _unique(bridge, "b")
    assert any("Cyclists" in t for t in found), bridge["unique"]


# ------------------------------------------------------------------- headline and summary


def _lines(brief) -> list[str]:
    return [x["text"] for x in brief["headline"] + brief["summary"]]


def test_a_one_article_story_has_a_summary(bench):
    """One article: the headline is its lead; the summary is not empty, and does not
    repeat the headline."""
    brief = _brief(
        bench,
        {
            "a": (
                "Archaeologists in Velden have uncovered a Roman bathhouse under a car park on "
                "Kirk Lane. The team found mosaic floors and a heated pool. The council will "
                "decide in May whether the site can be opened to visitors."
            )
        },
    )
    assert brief["headline"], brief
    assert brief["summary"], brief
    head = brief["headline"][0]["text"]
    assert all(s["text"] != head for s in brief["summary"])


def _node(article: str, text: str, frame: str, modality: str, tense: str):
    from consilience.align import Node
    from consilience.model import Claim

    claim = Claim(
        article, 0, len(text), text, 0, "main", frame, frame, actor_keys=["ines roth"],
        modality=modality, tense=tense,
    )  # fmt: skip
    return Node(claim, ord(article) - ord("a"), article)


def test_a_schedule_another_article_reports_done_is_superseded():
    """'is due to present the plan' is overtaken when another article says she presented
    it; not by another act, nor by another plan."""
    from consilience.summary import _superseded_plan

    due = _node("a", "Mayor Ines Roth is due to present the plan.", "present", "planned", "future")
    done = _node("b", "Mayor Ines Roth presented the plan.", "present", "asserted", "past")
    other = _node("c", "Mayor Ines Roth opened a school.", "open", "asserted", "past")
    again = _node("d", "Mayor Ines Roth will present the plan.", "present", "future", "future")
    assert _superseded_plan(0, [due, done])
    assert not _superseded_plan(0, [due, other, again])
    assert not _superseded_plan(1, [due, done])  # the report of the act is no plan


FLOOD = {
    "a": (
        "Floodwater closed the Harrow bridge on Monday, cutting off about 300 homes on the "
        "east bank. The river peaked at 4.1 metres."
    ),
    "b": (
        "The Harrow bridge was closed by floodwater on Monday, leaving some 500 homes on the "
        "east bank cut off. Engineers will inspect the bridge on Wednesday."
    ),
    "c": (
        "Floods forced the closure of the Harrow bridge on Monday. "
        "Homes on the east bank can only be reached by boat, the council said."
    ),
}


@pytest.fixture(scope="module")
def flood(bench):
    return _brief(bench, FLOOD)


def test_no_headline_or_summary_line_states_a_disputed_figure(flood):
    """300 vs 500 homes cut off is disputed: the bridge's closure may head the brief, but
    no line states either count as settled."""
    assert flood["headline"], flood
    for line in _lines(flood):
        assert "300 homes" not in line and "500 homes" not in line, _lines(flood)
    head = flood["headline"][0]["text"]  # the agreed clause alone
    assert "Harrow bridge" in head and ("closed" in head or "closure" in head), head


def test_lines_giving_one_figure_repeat_each_other():
    from consilience.summary import _same_figure

    nine = "count||9|8.5|9.5|child/"
    assert _same_figure([nine], ["count||9|8.5|9.5|child/"])
    assert not _same_figure([nine], ["count||12|11.5|12.5|child/"])
    assert not _same_figure(["count||2000|2000|9999|child/"], ["count||3000|3000|3000|child/"])


# ------------------------------------------------------------- consensus item text


def _members(*clauses: tuple[str, str, str]):
    """Nodes of one consensus group: ``(article, kind, clause text)`` each."""
    from consilience.align import Node
    from consilience.model import Claim

    out = []
    for k, (article, kind, text) in enumerate(clauses):
        claim = Claim(article, 100 * k, 100 * k + len(text), text, 0, kind, "open", "open")
        out.append(Node(claim, k, article))
    return out


def test_the_item_text_is_the_clause_the_others_cover():
    """The longest clause adds a deal and a staffing level that one article alone states:
    the item shows a clause every article's clause covers."""
    from consilience.claim_spans import item_member

    nodes = _members(
        ("a", "main", "Libraries and swimming pools stayed open under a council deal to keep "
         "minimum staff at every branch"),
        ("b", "main", "Libraries are open as usual"),
        ("c", "main", "Libraries remained open all day"),
    )  # fmt: skip
    assert item_member([0, 1, 2], 0, nodes) in (1, 2)


def test_the_item_text_names_its_subject_and_is_no_background_clause():
    from consilience.claim_spans import item_member

    pronoun = _members(
        ("a", "content", "they will meet the council again on Friday"),
        ("b", "content", "Union leaders will meet the council again on Friday"),
    )
    assert item_member([0, 1], 0, pronoun) == 1
    relative = _members(
        ("a", "relative", "whose Green Party tabled the motion"),
        ("b", "main", "The motion was tabled by the Green Party"),
        ("c", "main", "The Green Party tabled the motion"),
    )
    assert item_member([0, 1, 2], 1, relative) in (1, 2)


def test_the_item_text_never_holds_a_disputed_reading():
    """A clause a conflict cites (here b's, "since 1987") is not the item's text."""
    from consilience.claim_spans import item_member

    nodes = _members(
        ("a", "main", "Dockers walked out on Monday, the first dock strike since 1991"),
        ("b", "main", "Dockers walked out on Monday, the first dock strike since 1987"),
    )
    b = nodes[1].claim
    assert item_member([0, 1], 1, nodes, [("b", b.start, b.end)]) == 0


RAIL = {
    "a": (
        "Rail workers across Dornia began a three-day strike on Monday over pay. "
        "Transport minister Olga Weir met the rail unions on Sunday evening, but no agreement "
        "was reached."
    ),
    "b": (
        "A three-day rail strike over pay started across Dornia on Monday. "
        "Transport minister Olga Weir refused on Sunday to meet the rail unions."
    ),
    "c": (
        "Trains across Dornia stopped on Monday as rail workers began a three-day strike over "
        "pay. Commuters queued for buses in the capital."
    ),
}


@pytest.fixture(scope="module")
def rail(bench):
    return _brief(bench, RAIL)


def test_each_reading_of_a_statement_conflict_is_its_articles_own_fact(rail):
    """'met the unions' (a) and 'refused to meet the unions' (b) disagree: each side is listed
    under conflicts, so neither is repeated as a unique fact (issue #11, s8); nor is the
    strike."""
    facts = [c for c in rail["conflicts"] if c["kind"] == "fact"]
    assert facts, rail["conflicts"]
    assert not any("met the rail unions" in t for t in _unique(rail, "a")), rail["unique"]
    assert not any("refused on Sunday" in t for t in _unique(rail, "b")), rail["unique"]
    assert not any("three-day" in t for t in _unique(rail)), rail["unique"]


def test_the_headline_event_is_placed_by_its_median_position():
    """One live blog stating the event low down does not outvote three ledes."""
    from consilience.headline_support import lead_position as _lead_position

    nodes = [_node(a, "x", "strike", "asserted", "past") for a in "abcd"]
    for k, n in enumerate(nodes):
        n.claim.sentence = [0, 0, 0, 9][k]
    assert _lead_position([0, 1, 2, 3], nodes) == 0


KILN = {
    "a": (
        "A kiln exploded at the Brask pottery works in Lenby on Wednesday, injuring two "
        "workers. The works will stay closed until Monday."
    ),
    "b": (
        "Two workers were hurt when a kiln blew up at the Brask pottery works in Lenby on "
        "Wednesday. Fire investigators have not confirmed the cause of the blast."
    ),
    "c": (
        "An explosion at the Brask pottery works in Lenby injured two workers on Wednesday. "
        "The owners declined to comment."
    ),
}


@pytest.fixture(scope="module")
def kiln(bench):
    return _brief(bench, KILN)


def test_an_unconfirmed_cause_is_a_fact_a_refusal_to_comment_is_not(kiln):
    assert any("not confirmed the cause" in t for t in _unique(kiln, "b")), kiln["unique"]
    assert not any("declined to comment" in t for t in _unique(kiln)), kiln["unique"]


def test_one_act_dated_differently_is_a_contested_date():
    """'a case confirmed on Oct. 14' / 'the first case was confirmed on Oct. 4': one act,
    two days; a meeting of other people on another day is another act."""
    from consilience.model import Claim
    from consilience.summary import _dates_differ, _same_act

    assert _dates_differ(["2025-10-14|day"], ["2025-10-04|day"])
    assert not _dates_differ(["2025-10-14|day"], ["2024-10-14|day"])  # year resolution
    assert _dates_differ(["1987|year"], ["1991|year"])
    assert not _dates_differ(["1987|year"], ["2025-10-14|day"])  # no common precision

    def claim(frame: str, nouns: list[str], actors: list[str]) -> Claim:
        return Claim("a", 0, 1, "x", 0, "main", frame, frame, nouns=nouns, actor_keys=actors)

    confirmed = claim("confirm", ["case"], [])
    assert _same_act(confirmed, claim("confirm", ["case", "child"], []), 0.4)
    assert not _same_act(confirmed, claim("confirm", ["result"], []), 0.4)
    met = claim("meet", ["union"], ["olga weir"])
    assert not _same_act(met, claim("meet", ["union"], ["union leader"]), 0.9)


def test_a_change_and_its_end_point_do_not_disagree():
    """'from 3.25% to 3.5%' and '3.5%' share a figure; 80 and 120 million euros do not."""
    from consilience.unique import figures_disagree

    change = ["percentage|%|3.25|3.245|3.255|", "percentage|%|3.5|3.495|3.505|"]
    assert not figures_disagree(change, ["percentage|%|3.5|3.495|3.505|"])
    assert figures_disagree(["money|EUR|8e7|7.95e7|8.05e7|"], ["money|EUR|1.2e8|1.19e8|1.21e8|"])


def test_a_plan_and_a_done_act_are_not_one_dated_act():
    """'would lift its fares from June 1' is not 'lifted its fares on Monday'."""
    from consilience.model import Claim
    from consilience.summary import _same_act

    done = Claim("a", 0, 1, "x", 0, "main", "raise", "raise", nouns=["fare"])
    plan = Claim(
        "b", 0, 1, "y", 0, "main", "raise", "raise", nouns=["fare"], modality="conditional"
    )
    assert not _same_act(done, plan, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby Herald has contacted the water company for comment.",
        "Westline Rail did not immediately respond to a request for comment.",
        "We have asked the ministry for comment.",
    ],
)
def test_asking_for_comment_is_about_the_reporting(text):
    from consilience.boilerplate import page_furniture_kind

    assert page_furniture_kind(text) == "note"


def test_a_request_in_the_news_is_not_outreach():
    from consilience.boilerplate import page_furniture_kind

    assert page_furniture_kind("The mayor has asked the council for a response by May.") is None
    assert page_furniture_kind("Police have asked witnesses to come forward.") is None


def test_an_expectation_is_no_act_of_its_own():
    from consilience.model import Claim
    from consilience.unique import _acts

    expects = Claim("a", 0, 1, "x", 0, "main", "expect", "expect", actor="Nobody in the town")
    closed = Claim("a", 0, 1, "x", 0, "main", "close", "close", actor="The first stage")
    assert not _acts(expects) and _acts(closed)
