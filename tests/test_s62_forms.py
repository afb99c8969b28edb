"""Session 62: forum threads and role-labelled transcripts as their speakers' words, and
three false disputes (issue #12), on texts written for these tests: a forum thread whose
posts sit under a user name, a standing line and a "Posted" line; a forum topic whose
posts open with "#N Name · standing · date"; a radio transcript whose presenter is shown by
a role word the legend ties to a name; a time the denial of an act does not deny; a repeat
denied; and a perfect the parser reads as "have" with a participle on its object."""

from __future__ import annotations

from conftest import story_fact_conflicts
from test_s52_kinds import _brief
from test_s61_interviews import spoken_by

from consilience.analyse import load_nlp
from consilience.chat_turns import chat_turns
from consilience.denied_matter import polar_words
from consilience.model import Analysis, Article, Claim
from consilience.quantities import extract_quantities

BLOCK_THREAD = (
    "CommuterBoard › Rail › Bramley line cancellations\n\n"
    "WestboundWill\n"
    "Regular · 310 posts\n"
    "Posted 9 May 2071 at 7:02am\n\n"
    "Third cancelled train this week. The board at Bramley just says staff shortage.\n\n"
    "Nora_K\n"
    "Member · 12 posts\n"
    "Posted 9 May 2071 at 7:40am\n\n"
    "Same on the 7.15. The guard told us two drivers are off sick and nobody can cover.\n\n"
    "Terms of use | Contact the moderators\n"
)


def test_a_forum_thread_quotes_each_post_under_its_user_name(make) -> None:
    said = spoken_by(make, BLOCK_THREAD)
    assert said.get("Third cancelled trai") == "WestboundWill"
    assert said.get("Same on the 7.15. Th") == "Nora_K"
    assert not any("Terms of use" in k for k in said)  # the page's footer is nobody's


def test_a_numbered_forum_topic_gives_each_post_to_its_member() -> None:
    text = (
        "Topic: Lido closed again | 3 replies\n\n"
        "#1 Petra Vanko · Member · Sat 2 July 2072, 09:10\n\n"
        "Turned up at eight and the gates were chained. No notice on the website.\n\n"
        "#2 Aled Brynmor · Moderator · Sat 2 July 2072, 09:31\n\n"
        "The council says the filter pump failed overnight.\n\n"
        "Members' posts are their own views.\n"
    )
    turns = [(t.label, text[t.start : t.end]) for t in chat_turns(text)]
    assert turns == [
        ("Petra Vanko", "Turned up at eight and the gates were chained. No notice on the website."),
        ("Aled Brynmor", "The council says the filter pump failed overnight."),
    ]


def test_one_dated_header_line_is_no_forum() -> None:
    text = (
        "Petra Vanko · Member · Sat 2 July 2072, 09:10\n\nTurned up at eight and found it shut.\n"
    )
    assert chat_turns(text) == []


RADIO = (
    "Coast at Noon\n\n"
    "Transcript of the programme. The presenter, Idris Malloch, is shown as HOST. Guests are "
    "named at each turn.\n\n"
    "HOST: The harbour wall gave way on Sunday night. Why did nobody see it coming?\n\n"
    "Carys Penhale, harbour master: We had surveyed it in March and it looked sound.\n\n"
    "HOST: And now?\n\n"
    "Carys Penhale, harbour master: Now we have a forty-metre gap.\n"
)


def test_a_role_label_is_the_person_the_legend_shows_by_it(make) -> None:
    said = spoken_by(make, RADIO)
    assert said.get("The harbour wall gav") == "Idris Malloch"
    assert said.get("We had surveyed it i") == "Carys Penhale"


def test_a_role_label_goes_to_the_person_named_beside_the_role_word(make) -> None:
    text = RADIO.replace(
        "The presenter, Idris Malloch, is shown as HOST", "Presented by Idris Malloch"
    )
    assert spoken_by(make, text).get("The harbour wall gav") == "Idris Malloch"


def test_a_role_label_with_no_legend_names_nobody(make) -> None:
    text = RADIO.replace("The presenter, Idris Malloch, is shown as HOST. ", "")
    assert spoken_by(make, text).get("The harbour wall gav") in (None, "")


def _signed(text: str) -> dict[str, int]:
    doc = load_nlp()(text)
    claim = Claim("a", 0, len(text), text, 0, "main", "x", "x")
    return {w.lemma: w.sign for w in polar_words(Analysis(Article("a", "a.txt", text), doc), claim)}


def test_the_time_of_a_denied_act_is_no_side() -> None:
    assert "night" not in _signed("We could not reopen the pool that night.")
    assert "morning" not in _signed("The ferry sailed on the morning of Tuesday 3 May.")


def test_a_repeat_denied_states_no_first_act() -> None:
    assert "lock" not in _signed("The hatch was not locked again after the inspection.")


def test_a_time_and_a_repeat_make_no_fact_conflict() -> None:
    found = story_fact_conflicts(
        (
            "The operator texted passengers on the evening of Monday 4 May about the cancellation.",
            "We cannot give passengers their evening back, the operator said.",
            "Engineers had not locked the hatch, the inquiry heard.",
            "The hatch was not locked again after the inspection.",
        ),
        None,
        "2071-05-06",
    )
    assert found == []


def test_a_perfect_read_as_have_counts_by_its_participle(make) -> None:
    doc = make("So far 41 households have registered claims, as I understand it.")
    got = [(q.value, q.measure) for q in extract_quantities(doc)]
    assert got == [(41.0, "register")]
    doc = make("About 300 households have a registered claim with the insurer.")
    assert [q.measure for q in extract_quantities(doc)] == ["have"]  # a modifier after "a"


def test_the_company_is_the_firm_the_article_defined_as_the_company(make) -> None:
    text = (
        "The Corran Theatre cancelled Friday's show. Boxline, the company the theatre pays to "
        "run its website, sold 200 seats for a date that did not exist.\n\n"
        "The Corran Theatre said it was sorry. By Monday, 150 people had asked for a refund, "
        "the company told me."
    )
    said = spoken_by(make, text)
    assert said.get("By Monday, 150 peopl") == "Boxline"


def test_a_firm_named_as_another_firms_customer_is_not_the_firm(make) -> None:
    text = (
        "Halden Freight, the company's biggest customer, stopped paying in March. Orvel "
        "Logistics went into administration in May.\n\n"
        "Staff were not paid in April, the company said."
    )
    assert spoken_by(make, text).get("Staff were not paid ") != "Halden Freight"


def _counts(brief: dict, word: str) -> list[dict]:
    return [c for c in brief["conflicts"] if c["kind"] == "quantity" and word in c["subject"]]


def test_people_coming_forward_grow_as_an_update_never_a_toll(bench) -> None:
    brief = _brief(
        bench,
        (
            "Vale Gazette",
            "2071-03-02T09:00:00",
            "The leisure centre closed after the roof leak. So far 70 members have applied for a refund.",
        ),
        (
            "Vale Radio",
            "2071-03-06T08:00:00",
            "The centre said 150 members have applied for a refund of their fees.",
        ),
        (
            "Vale Council",
            "2071-03-12T12:00:00",
            "By 11 March, 236 members had applied for a refund, the council said.",
        ),
    )
    applied = _counts(brief, "applied")
    assert applied and applied[0].get("update"), brief["conflicts"]
    assert not _counts(brief, "killed")


def test_a_claim_for_money_is_no_toll_but_a_disaster_claiming_lives_is(bench) -> None:
    brief = _brief(
        bench,
        (
            "Coast Post",
            "2071-03-02T09:00:00",
            "The storm claimed 12 lives along the coast. So far 40 households have claimed storm grants.",
        ),
        (
            "Coast Radio",
            "2071-03-02T18:00:00",
            "The storm claimed 14 lives. 55 households have claimed storm grants so far.",
        ),
    )
    lives = [
        c
        for c in brief["conflicts"]
        if c["kind"] == "quantity" and "12" in str(c) and "14" in str(c)
    ]
    assert lives and "killed" in lives[0]["subject"], brief["conflicts"]
    assert not _counts(brief, "households killed")
    assert _counts(brief, "households claimed"), brief["conflicts"]


def test_asking_for_something_takes_no_side_of_a_vote() -> None:
    from consilience.figure_tallies import verb_side

    doc = load_nlp()("By Friday, 212 tenants had asked for a spare key.")
    verb = next(t for t in doc if t.lemma_ == "ask")
    assert verb_side(verb) is None
    doc = load_nlp()("At the meeting, 212 members voted for the motion.")
    verb = next(t for t in doc if t.lemma_ == "vote")
    assert verb_side(verb) == "in favour"


def test_forum_members_with_lower_case_or_numbered_names() -> None:
    text = (
        "#1 Rhian Pugh · Moderator · Wed 12 June 2075, 22:15\n\nThe towpath will be shut from Monday.\n\n"
        "#2 bikebeard · Thu 13 June 2075, 09:05\n\nI will be riding the road then.\n\n"
        "Big Dave 71 · Thu 13 June 2075, 09:40\n\nNo safe alternative exists.\n"
    )
    assert [t.label for t in chat_turns(text)] == ["Rhian Pugh", "bikebeard", "Big Dave 71"]


def test_one_labelled_embedded_post_is_its_author_s() -> None:
    text = (
        "The ward closed on Friday.\n\n[Embedded post] Tomas Reyes @treyes · 12 Nov 2072\n"
        "We were told the ward would stay open.\n[End of embedded post]\n\nThe trust apologised.\n"
    )
    turns = [(t.label, text[t.start : t.end]) for t in chat_turns(text)]
    assert turns == [("Tomas Reyes", "We were told the ward would stay open.")]


def test_a_legend_naming_two_presenters_or_another_event_s_host_names_nobody(make) -> None:
    two = RADIO.replace(
        "The presenter, Idris Malloch, is shown as HOST",
        "Presented by Idris Malloch and Bryn Owain",
    )
    assert spoken_by(make, two).get("The harbour wall gav") in (None, "")
    other = RADIO.replace(
        "The presenter, Idris Malloch, is shown as HOST",
        "Idris Malloch, the host of last year's regatta, is away",
    )
    assert spoken_by(make, other).get("The harbour wall gav") in (None, "")
