"""False and missed conflicts of one kind each (session 37), on sentences written for these
tests (none is a sentence of a held-out set).

Statements:
- a denial of having ("had no electricity", "went without heating") is of its haver: a
  clause that does not name the haver ("a cable carrying electricity to the substation")
  does not dispute it, and a "without" in a relative clause picks a set ("tenants who went
  without heating will get a rebate");
- "no gas or very low pressure": the "no" does not reach a noun of small degree joined to
  it;
- advice ("2. Never feed bread to the ducks") states nothing of what happened;
- a denied report of something ("found no report ... of a second casualty") says that
  thing is unknown: the report is no side;
- a denial of a class narrowed by a participle ("no approved treatment", "no recognised
  union") disputes no assertion of the bare noun;
- "has not ruled out an appeal" leaves the appeal open: against "will not appeal" it is a
  dispute, against "has not appealed" (a report of today) none.

Figures:
- a price a side wants ("want a starting rate of £13 an hour", "our demand is ... £13 an
  hour") is its own property, never disputed by the rate paid today;
- two properties one sentence gives different values ("an 18-month sentence suspended for
  24 months") are never joined as one in another article.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, figures_of

from consilience.model import Quantity
from consilience.reconcile import _names_told_apart


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2029-05-14")


def _figures(make_ctx, text: str):
    return figures_of(make_ctx, text)


# --------------------------------------------------------------------------- having


def test_a_denial_of_having_is_of_its_haver(bench):
    assert not _conflicts(
        bench,
        "fact",
        "About 4,000 homes in Orlay had no electricity on Friday after the storm.",
        "A cable carrying electricity to the Orlay substation was cut by a digger on Friday.",
    )


def test_a_denial_of_having_gas_is_not_disputed_by_a_pipeline_carrying_it(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Some 3,000 flats in Brask had no gas on Sunday after the leak.",
        "The Brask pipeline, carrying gas from the Tull terminal to the town, failed on Sunday.",
    )


def test_a_haver_named_on_both_sides_still_disputes(bench):
    found = _conflicts(
        bench,
        "fact",
        "The hospital in Orlay had no electricity on Friday.",
        "The hospital in Orlay had electricity all day on Friday.",
    )
    assert len(found) == 1


def test_without_in_a_relative_clause_picks_a_set(bench):
    assert not _conflicts(
        bench,
        "fact",
        "We are taking bottled water to customers on our priority list in Dunmere.",
        "Customers in Dunmere who went without water for over a day will get £30 automatically.",
    )


def test_no_does_not_reach_a_joined_noun_of_small_degree(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Some 9,000 homes in Pellow had no gas or very low pressure on Monday.",
        "Around 9,000 homes in Pellow have very low pressure, the supplier said on Monday.",
    )


# --------------------------------------------------------------------------- what is no side


def test_advice_in_a_numbered_list_states_nothing(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Park rules: 2. Never feed bread to the ducks at Carrow Pond.",
        "Visitors fed bread to the ducks at Carrow Pond on Sunday.",
    )


def test_a_denied_report_of_something_is_no_side(bench):
    assert not _conflicts(
        bench,
        "fact",
        "We found no report, from the police or the hospital, of a second casualty at the"
        " Marl Street fire.",
        "A report by the fire inspectors on the Marl Street fire was published on Monday.",
    )


def test_a_denied_class_narrowed_by_a_participle(bench):
    assert not _conflicts(
        bench,
        "fact",
        "There is still no approved treatment for Corran fever.",
        "Fever fell by a third in the first ten patients treated, the Corran fever trial found.",
    )
    assert not _conflicts(
        bench,
        "fact",
        "The Orlay site has 1,200 workers and no recognised union.",
        "The union, which has 700 members at the Orlay site, will ballot staff in May.",
    )


# --------------------------------------------------------------------------- left open


def test_not_ruling_out_an_appeal_disputes_a_decision_not_to_appeal(bench):
    found = _conflicts(
        bench,
        "fact",
        "Corvane said on Monday that it will not appeal against the tribunal's ruling.",
        "Corvane told staff on Monday that it was studying the ruling and had not ruled out"
        " an appeal.",
    )
    assert len(found) == 1
    assert "may appeal" in found[0]["subject"]


def test_not_ruling_out_an_appeal_is_no_report_of_one(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Corvane has not appealed against the tribunal's ruling, a spokesman said on Monday.",
        "Corvane told staff on Monday that it had not ruled out an appeal.",
    )


# --------------------------------------------------------------------------- figures


def test_a_wanted_rate_is_its_own_property(make_ctx):
    qs = _figures(
        make_ctx,
        "Staff are paid £11.20 an hour and the union is pushing for £13 an hour."
        " Our demand is simple: a starting rate of £13 an hour.",
    )
    assert [(q.value, q.measure) for q in qs] == [
        (11.2, "price per hour"),
        (13.0, "wanted price per hour"),
        (13.0, "wanted price per hour"),
    ]


def test_a_wanted_rate_does_not_dispute_the_rate_paid(bench):
    assert not _conflicts(
        bench,
        "quantity",
        "Cleaners at the Harrow depot want a starting rate of £13 an hour, the union said.",
        "The starting rate at the Harrow depot is £11.20 an hour.",
        "Our demand is simple: a starting rate of £13 an hour at the Harrow depot.",
    )


def _q(article: str, value: float, sentence: int) -> Quantity:
    return Quantity(article, 0, 1, "x", value, "s", "duration", sentence=sentence)


def test_two_properties_one_sentence_tells_apart_are_not_joined():
    month, year = 2_629_800.0, 31_557_600.0
    groups = {
        ("duration", "sentence", None): [_q("b", 18 * month, 3)],
        ("duration", "suspend", "ilse marr"): [_q("b", 24 * month, 3)],
        ("duration", "suspend", None): [_q("a", 2 * year, 0)],
    }
    assert _names_told_apart(("duration", "sentence", None), ("duration", "suspend", None), groups)


def test_names_given_one_value_in_a_sentence_are_not_told_apart():
    groups = {
        ("duration", "jail", None): [_q("a", 100.0, 2)],
        ("duration", "sentence", None): [_q("a", 100.0, 2), _q("c", 120.0, 0)],
        ("duration", "give", None): [_q("b", 90.0, 1)],
    }
    assert not _names_told_apart(("duration", "jail", None), ("duration", "give", None), groups)
    assert not _names_told_apart(("duration", "sentence", None), ("duration", "give", None), groups)


# --------------------------------------------------------------------------- quotes and names


def _quotes(bench, *texts: str) -> list[tuple[str, str]]:
    from brief_fixtures import quotes_of

    return quotes_of(bench, *texts, published="2029-05-14")


def test_a_transcript_turn_after_a_time_stamp_is_a_quote(bench):
    found = _quotes(
        bench,
        "DOCKSIDE | the podcast about work, with Joel Marr.\n\nWith Nora Bell of the Harbour"
        " Workers Union.\n\n[12:05] NORA BELL: We have about 800 members at the port now, and"
        " more join every week.\n\nJOEL MARR: And the company?\n\n[19:40] NORA BELL: They"
        " have not answered our letter.",
    )
    assert ("Nora Bell", "They have not answered our letter.") in found
    assert any(s == "Nora Bell" and t.startswith("We have about 800 members") for s, t in found)


def test_a_titled_label_names_a_person_the_article_writes_in_capitals(bench):
    found = _quotes(
        bench,
        "PRESENTER: Two men were jailed today for smuggling kittens.\n\n[CAPTION: DR ELLIS"
        " FANE, VETERINARY SURGEON]\n\nDR ELLIS FANE: The kittens were thin and cold when"
        " they reached us.\n\n[CAPTION: DET SGT NIA PRICE, BRANT POLICE]\n\nDET SGT NIA"
        " PRICE: If a seller will not show you the mother, walk away.",
    )
    speakers = {s for s, _ in found}
    assert {"Ellis Fane", "Nia Price"} <= speakers
    assert "Presenter" not in speakers


def test_an_owner_and_its_sites_town_are_not_one_name():
    from collections import Counter

    from consilience.entities import _Cluster

    c = _Cluster("vantor")
    c.surfaces = Counter({"Vantor's Ossley": 2, "Vantor": 9})
    assert c.name == "Vantor"
    c.surfaces = Counter({"Women's Aid": 3})  # a possessive inside a name of its own
    assert c.name == "Women's Aid"


def test_an_acronym_takes_the_name_another_article_spells_out():
    from consilience.entities import canonical_name

    ents = [
        {"name": "Port Safety Board", "type": "ORG"},
        {"name": "Tull Cranes", "type": "ORG", "aliases": ["Tull"]},
    ]
    assert canonical_name(ents, "PSB") == "Port Safety Board"
    assert canonical_name(ents, "TC") == "Tull Cranes"
    ents.append({"name": "Pellow Shipping Bureau", "type": "ORG"})
    assert canonical_name(ents, "PSB") == "PSB"  # two bodies fit: no guess
