"""Fact conflicts that are no dispute, found on heldout_s41 (session 45), then dates, figures,
claims and quotes read wrong on heldout_s42 after its first run; each tested here on sentences
written for these tests (none is a sentence of a held-out set). The kinds of s42 are told in
the comments above their tests.

Conflicts (issue #12):
- an adjective and a verb of one lemma are two senses when the adjective is said of
  another thing than the verb's object and subject ("no referee assessor was *present*" /
  "Rob Hale *presents* the final"); a state and the act that brings it about still meet
  ("the road was not *clear*" / "crews *cleared* the road");
- what wear or corrosion let happen happened, and so does what a "probable cause" let
  happen, even when the parser takes "Wear" for a verb;
- a thing said to be missing, absent or omitted in a "with" phrase ("left the depot *with
  its rear hatch missing*") is denied, never asserted against "It had no rear hatch";
- the first part of a hyphenated word ("the *weigh*-in", "a *cook*-off") is no word of its
  own: "the weigh-in" asserts no weighing;
- a rule in the simple present over any member of a class ("any phone that rings in the
  hall *rules* a player out") is no side against a done act or a thing named; "rules ...
  out of" is the particle verb "rule out" however the parser hangs "out";
- a thing a denial picks by owner or "the" ("went ahead without *her float*") is not the
  one an assertion brings in with "a" ("won with *a float* of paper lanterns").
"""

from __future__ import annotations

import pytest
from brief_fixtures import conflicts_of


def _facts(bench, *texts: str) -> list[dict]:
    return conflicts_of(bench, "fact", *texts, published="2036-05-02")


def test_present_as_adjective_and_presents_as_verb_are_two_senses(bench):
    found = _facts(
        bench,
        "The cup final was played on Saturday. The league notes with concern that no "
        "independent referee assessor was present in the ground when the fight broke out.",
        "The cup final was played on Saturday. \"I've presented more than 300 cup finals and "
        'I have never seen a fight like it," said the commentator, Rob Hale.',
        "The cup final was played on Saturday. Rob Hale presents the cup final live from the "
        "ground.",
    )
    assert found == []


def test_a_state_denied_and_the_act_that_brings_it_still_meet(bench):
    found = _facts(
        bench,
        "The pass was closed by snow on Monday. The road was not clear at noon on Monday.",
        "The pass was closed by snow on Monday. Crews cleared the road by noon on Monday.",
        "The pass was closed by snow on Monday. Gritters cleared the road by noon on Monday.",
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "cause",
    [
        "Probable cause: corrosion on the valve seat, together with a worn washer, allowed "
        "the gas to escape.",
        "Corrosion on the valve seat allowed the gas to escape.",
        "Wear on the valve seat allowed the gas to escape.",
    ],
)
def test_what_wear_or_a_cause_let_happen_happened(bench, cause):
    found = _facts(
        bench,
        "The gas leak happened on Tuesday. At 16:02 gas escaped from valve 4.",
        "The gas leak happened on Tuesday. " + cause,
    )
    assert found == []


def test_a_thing_missing_in_a_with_phrase_is_denied(bench):
    found = _facts(
        bench,
        "The tanker left the depot on Monday with its rear hatch missing.",
        "The tanker left the depot on Monday. It had no rear hatch.",
        "The tanker left the depot on Monday with the rear hatch absent.",
    )
    assert found == []


def test_a_thing_missing_is_still_against_one_fitted(bench):
    found = _facts(
        bench,
        "The tanker left the depot on Monday. It had no rear hatch.",
        "The tanker left the depot on Monday with its rear hatch missing.",
        "The tanker left the depot on Monday. Its rear hatch was fitted and locked.",
        "The tanker left the depot on Monday. Its rear hatch was fitted and locked, the "
        "driver said.",
    )
    assert len(found) == 1


def _polar_lemmas(text: str) -> list[tuple[str, int]]:
    from consilience.analyse import analyse
    from consilience.claims import extract_claims
    from consilience.denied_matter import polar_words
    from consilience.model import Article

    (an,) = analyse([Article(id="a0", source="a0.txt", text=text, published="2036-05-02")])
    return [(w.lemma, w.sign) for c in extract_claims(an) for w in polar_words(an, c)]


def test_the_start_of_a_hyphenated_word_is_no_word_of_its_own():
    lemmas = _polar_lemmas(
        "The boxers' weigh-in was held in the old hall on Friday. The sit-in ended at noon."
    )
    assert ("weigh", 1) not in lemmas and ("sit", 1) not in lemmas
    assert "hall" in {x for x, _ in lemmas}


def _apart(first: str, second: str, denied: str, asserted: str) -> str | None:
    from consilience.analyse import load_nlp
    from consilience.denial_arguments import apart

    nlp = load_nlp()
    da, db = nlp(first), nlp(second)
    td = next(t for t in da if t.text == denied)
    tw = next(t for t in db if t.text == asserted)
    return apart(td, tw)


def test_a_simple_present_rule_over_any_member_is_no_side():
    rule = (
        "Under tournament rules, any phone that rings in the hall rules a player out of the round."
    )
    assert (
        _apart(rule, '"It was only a player\'s phone," Ketter said.', "player", "player") == "rule"
    )
    assert (
        _apart(rule, "A player from Ostrin Chess Club won the round.", "player", "player") == "rule"
    )


def test_one_report_in_the_simple_present_is_no_rule():
    found = _apart(
        "A new report finds no evidence of fraud at the club.",
        "Auditors found evidence of fraud at the club in March.",
        "evidence",
        "evidence",
    )
    assert found != "rule"


def test_rules_out_of_is_the_particle_verb():
    lemmas = _polar_lemmas(
        "Under tournament rules, any phone that rings in the hall rules a player out of the round."
    )
    assert ("player", -1) in lemmas


def test_a_thing_picked_by_owner_is_not_one_brought_in_with_a(bench):
    found = _facts(
        bench,
        "The harbour parade on Saturday went ahead without her float.",
        "The harbour parade on Saturday was won by the Quay Band with a float of 900 paper "
        "lanterns.",
        "The harbour parade on Saturday went ahead without her float, which the wind had wrecked.",
    )
    assert found == []


# Dates (issue #12): a named one-day occasion dated by clauses that tell different acts of
# it ("drew pegs for the X Final", "was steward at the X Final", "finished top of the X
# Final") is one dated occasion; two days for it disagree.

_REGATTA = [
    "On Sunday 4 June 2037 I was the safety officer for the Kelmarsh Harbour Regatta. A "
    "dinghy capsized near the outer buoy.",
    "Crews from nine clubs raced at the Kelmarsh Harbour Regatta on 4 June 2037. A dinghy "
    "capsized near the outer buoy.",
    "On 4 June, 140 sailors signed on for the Kelmarsh Harbour Regatta. A dinghy capsized "
    "near the outer buoy.",
    "On Saturday 3 June, Mira Oduya won the first race of the Kelmarsh Harbour Regatta. A "
    "dinghy capsized near the outer buoy.",
]


def _date_conflicts(bench, *texts: str) -> list[dict]:
    return conflicts_of(bench, "date", *texts, published="2037-06-08")


def test_a_named_one_day_occasion_on_two_days_is_a_date_conflict(bench):
    found = _date_conflicts(bench, *_REGATTA)
    assert len(found) == 1
    assert {r["value"] for r in found[0]["readings"]} == {"2037-06-04", "2037-06-03"}


def test_a_date_before_the_occasion_is_not_its_date(bench):
    moved = (
        "Two days before the Kelmarsh Harbour Regatta, on 2 June, the club laid a new outer "
        "buoy, near which a dinghy later capsized and racing was stopped."
    )
    assert _date_conflicts(bench, *_REGATTA[:3], moved) == []


def test_occasion_words_read_only_one_day_occasions():
    from consilience.analyse import load_nlp
    from consilience.date_occasions import occasion_words

    nlp = load_nlp()

    def words(text: str, date: str) -> list[str]:
        i = text.index(date)
        return sorted(occasion_words(nlp(text), i, i + len(date)))

    assert words("The Lucky Seven draw on 12 March was void.", "12 March") == [
        "draw", "lucky", "seven"
    ]  # fmt: skip
    assert words("On Saturday the Brindle weigh-off drew a crowd.", "Saturday") == [
        "brindle", "off", "weigh"
    ]  # fmt: skip
    assert words("On 4 May the Kelby Spring Festival opened.", "4 May") == []
    assert words("On 4 May the final was played in Kelby.", "4 May") == []
    assert words("On 4 May, a week after the Kelby Cup Final, he retired.", "4 May") == []


# Figures (issue #12): a figure in a "with" phrase on a person's name is that person's own.


def test_a_figure_with_a_name_belongs_to_that_person(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The club's open match was fished on Sunday. Ruth Amari's catch was weighed in the "
        "usual way, at 9.30 kg.",
        "The club's open match was fished on Sunday. The winner, Ruth Amari, with 9.30 kg, "
        "took the cup.",
        "The club's open match was fished on Sunday. Ruth Amari won it. Dev Okafor, with "
        "15lb 4oz, was second.",
        published="2036-05-02",
    )
    assert found == []


def test_one_persons_figures_with_a_name_still_disagree(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The club's open match was fished on Sunday. The winner, Ruth Amari, with 9.30 kg, "
        "took the cup.",
        "The club's open match was fished on Sunday. Ruth Amari, with 9.30 kg, won the cup.",
        "The club's open match was fished on Sunday. Ruth Amari won the cup with 8.10 kg.",
        "The club's open match was fished on Sunday. The cup went to Ruth Amari, with 8.1 kg.",
        published="2036-05-02",
    )
    assert len(found) == 1


# Dates (issue #12): a record's field that names an act ("Date felled: ...") dates it.


def test_field_act_reads_labels_that_name_an_act():
    from consilience.date_fields import field_act

    text = (
        "Site: Harlow Green | Date felled: Wednesday 11 April 2040 | Status: final\n"
        "Issued: Tuesday 20 November 2040\n"
        "Lab reference: X-1 | Incident date: 14/11/2040\n"
        "Discovered: Sunday 15 March 2037\n"
    )

    def label(date: str) -> str | None:
        return field_act(text, text.index(date))

    assert label("Wednesday 11 April") == "Date felled"
    assert label("Tuesday 20 November") is None  # the page's own date
    assert label("14/11/2040") == "Incident date"
    assert label("Sunday 15 March") == "Discovered"


_FELLED = [
    "On Tuesday 10 April a crew from Ashdown Tree Care felled the Mardle Elm by mistake.",
    "The Mardle Elm on Copley Green was cut down by contractors on Tuesday 10 April.",
    "At 9am on 10 April 2040 a crew sent to fell a dead willow felled the Mardle Elm.",
]
_RECORD = (
    "RING COUNT RECORD\n\nSite: Copley Green | Species: elm | Common name: the Mardle Elm\n\n"
    "Sample: one disc, 50 mm thick, cut from the stump on 19 April 2040\n\n"
    "Date felled: Wednesday 11 April 2040 | Status: final\n\n"
    "The tree was felled in error by a contractor. Rings counted: 212."
)


def test_a_field_dated_act_disputes_the_act_told_in_sentences(bench):
    found = conflicts_of(bench, "date", *_FELLED, _RECORD, published="2040-05-22")
    assert len(found) == 1
    values = {r["value"] for r in found[0]["readings"]}
    assert values == {"2040-04-10", "2040-04-11"}


def test_a_field_in_a_line_of_fields_names_the_role():
    from consilience.field_roles import field_holder

    text = (
        "Lab reference: FT-22 | Client: Marrow Fuels Ltd (Ashby) | Issued: 2 May 2040\n\n"
        "The client told us that sales stopped at noon."
    )
    assert field_holder("The client", text) == "Marrow Fuels Ltd"
    assert field_holder("The client", "Client: Marrow Fuels | Client: Ashby Oils\n") == (
        "The client"
    )


# Figures and furniture (issue #12), found on heldout_s42 after its first run.


def test_the_time_take_gives_an_infinitive_is_that_acts(make_ctx):
    from brief_fixtures import figures_of

    (found,) = figures_of(make_ctx, "It took two hours to find a key to the roof.")
    assert found.measure == "find"
    (own,) = figures_of(make_ctx, "The update takes about four minutes.")
    assert own.measure == "take"


def test_a_state_lasting_so_far_is_no_time_to_recover(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The pumps were switched off at 11:15. Pressure was back within a minute.",
        "The pumps were switched off at 11:15. The meeting ended at noon, when pressure had "
        "been back for 45 minutes.",
        published="2040-09-20",
    )
    assert found == []


def test_please_and_an_opening_if_clause_still_make_an_imperative():
    from consilience.analyse import load_nlp
    from consilience.meta_lines import reader_address

    nlp = load_nlp()

    def said_to_reader(text: str) -> bool:
        return reader_address(nlp(text), 0, len(text))

    assert said_to_reader("Please check your boiler tonight.")
    assert said_to_reader("If you own a Kelvin stove, please check it tonight.")
    assert not said_to_reader("If the river rises, the council will close the road.")
    assert not said_to_reader("When the alarm sounded, the warden checked the doors.")


def test_written_dates_the_tagger_misses_are_read():
    from consilience.analyse import analyse
    from consilience.dates import extract_dates
    from consilience.model import Article

    def dates(text: str) -> list[tuple[str, str]]:
        art = Article(id="a", source="a.txt", text=text, published="2040-11-20T12:00:00+00:00")
        return [(m.text, m.date) for an in analyse([art]) for m in extract_dates(an)]

    assert dates("Delivery date: Wed 14/11/2040, approx. 22:40 (per client)") == [
        ("Wed 14/11/2040", "2040-11-14")
    ]
    assert dates("On the night of 15 November 2040, the tanker came.") == [
        ("15 November 2040", "2040-11-15")
    ]
    assert dates("On the night of Thursday 15 November, he connected the hose.") == [
        ("Thursday 15 November", "2040-11-15")
    ]


# Claims (issue #11): a later version of a thing is another thing.


def test_corrected_results_are_not_the_results_first_sent(bench):
    from brief_fixtures import brief_of

    brief = brief_of(
        bench,
        "The lab loaded the plate the wrong way round. Every one of those 94 people was sent "
        "a stranger's results.",
        "The lab loaded the plate the wrong way round. It sent corrected results to all 94 "
        "customers.",
        "The lab loaded the plate the wrong way round. All 94 customers were sent someone "
        "else's results.",
        published="2040-05-02",
    )
    sent = [c for c in brief["consensus"] if "results" in c["text"]]
    assert len(sent) == 1
    cited = {x["article"] for x in sent[0]["citations"]}
    assert cited == {"t0", "t2"}


def test_an_alarm_raised_in_the_passive_has_its_finder(bench):
    found = _facts(
        bench,
        "The old mill on the green was set alight on Tuesday. It was a paper boy who "
        "raised the alarm.",
        "The old mill on the green was set alight on Tuesday. The alarm was raised by a "
        "night porter on his rounds, who called the fire service.",
    )
    assert [c["subject"].split(":")[0] for c in found] == ["who first raised the alarm"]


def test_a_support_verb_in_the_passive_names_the_act():
    from consilience.analyse import analyse
    from consilience.claims import extract_claims
    from consilience.model import Article

    def first(text: str):
        art = Article(id="a", source="a.txt", text=text, published="2040-05-01")
        return next(c for an in analyse([art]) for c in extract_claims(an))

    active, passive = first("The council lifted the ban on fishing."), first(
        "The ban on fishing was lifted by the council."
    )
    assert (active.predicate, active.patient) == (passive.predicate, passive.patient)
    assert passive.actor == "the council"
