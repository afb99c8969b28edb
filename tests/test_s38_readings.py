"""Missed and false readings of one kind each (session 38), on sentences written for these
tests (none is a sentence of a held-out set).

Quotes and names:
- a transcript labels turns by the speaker's initials ("MT:") after naming her in full;
- an office before a colon label ("Our Finance Director, Tomas Welk:") is no one's name;
- a body's name the tagger cut ("Dunmore Borough Council" tagged on "Borough Council")
  keeps its first word, not an adjective ("Other Brightwell kettles");
- a meeting named after "the council" ("Full Council, Monday 3 March") is no antecedent;
- an unnamed spokesperson's body in short form takes the name another article spells out;
- a radio script's clip cue names the clip's speaker; its IN and OUT words are no quote;
- "our vet, Dr X" in a family's statement is a source, "our correspondent" the newsroom;
- a team's line-up after its name is no statement.

Guards that pass on the starting code too: a spokesperson of a body the tagger names in
full, "our correspondent", "wishes to make clear that ...", "once ... are felled".

Statements:
- "at no stage has it accepted" denies as "never" does;
- the content of "wishes to make clear that ..." is stated;
- "once the trees are felled, they are gone" states no felling;
- a denial put off to a time ("not to demolish any house before the inquiry") disputes no
  decision;
- a planned act ("plans to sell the site") is a side against "will not be sold"; a
  purpose ("no decision has been taken to sell") states no sale.

Figures:
- an amount over a limit ("exceeded its budget by", "overspent by", "... more than the
  rules allow") is one property;
- a league standing "from 9th to 15th" or "15th in the table";
- a span of time given to do something ("21 days to lodge an appeal");
- the rest of a set ("the remaining four schools") is another count;
- how often ("twice a day", "once a day", "every two weeks"), not a replaced value;
- a multiple of a permitted level ("12 times the legal limit", "20 times the safe level");
- a share of one expanse ("a quarter of the reservoir");
- a side's points in the table ("on 31 points", "moved them up to 34 points") move with
  each match: an update.

Statements and dates, more:
- a state come back "again" ("sailings are running again") disputes no stop;
- one step of a series named on both sides ("the first swan died" / "the first death")
  dates one act;
- an article that dates two acts ("closed it last night", "reopened this morning") keeps
  the others' dates of one act from disputing, and stands on one side only.
"""

from __future__ import annotations

import pytest
from brief_fixtures import conflicts_of, figures_of, quotes_of


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2029-06-11")


def _quotes(bench, *texts: str) -> list[tuple[str, str]]:
    return quotes_of(bench, *texts, published="2029-06-11")


# --------------------------------------------------------------------------- quotes and names


def test_a_turn_labelled_with_initials_is_the_named_speakers(bench):
    found = _quotes(
        bench,
        "Harbour Radio | Transcripts\n\nMira Talbot interview - Tuesday 10 June 2029\n\nThe"
        " ferry operator's chief executive spoke to us after the timetable was cut.\n\nQ: Will"
        " the winter sailings come back?\n\nMT: Not this year. We simply do not have the crews"
        " to run them.\n\nQ: And the fares?\n\nMT: Fares stay as they are until April.",
    )
    assert ("Mira Talbot", "Not this year. We simply do not have the crews to run them.") in found
    assert ("Mira Talbot", "Fares stay as they are until April.") in found


def test_an_office_before_a_colon_label_is_no_ones_name(bench):
    found = _quotes(
        bench,
        "Kelso Ferries has cut its winter timetable.\n\nOur Chief Operating Officer, Tomas Welk:"
        ' "We cannot keep losing money on empty sailings. The timetable will be reviewed."',
    )
    assert [s for s, t in found if t.startswith("We cannot keep losing")] == ["Tomas Welk"]


def test_an_unnamed_spokesperson_speaks_for_the_body_in_full(bench):
    found = _quotes(
        bench,
        "Dunmore Borough Council voted by 30 votes to 20 on Monday to close the Mill Road"
        ' pool.\n\nA council spokesperson said: "The pool costs far more to run than it'
        ' takes."',
    )
    speakers = [s for s, t in found if t.startswith("The pool costs")]
    assert len(speakers) == 1 and "Dunmore Borough Council" in speakers[0]


def test_a_name_word_the_tagger_left_out_of_a_body_is_kept(nlp):
    from spacy.tokens import Span

    from consilience.entity_types import name_core

    doc = nlp("Dunmore Borough Council voted on Monday to close the pool.")
    doc.ents = [Span(doc, 1, 3, label="ORG")]  # as the tagger cut it: "Borough Council"
    assert name_core(doc.ents[0]).text == "Dunmore Borough Council"
    doc = nlp("Other Brightwell kettles are not affected.")
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert name_core(doc.ents[0]).text == "Brightwell"


def test_a_meeting_named_after_the_council_is_no_antecedent(bench):
    found = _quotes(
        bench,
        "The council says the Mill Road pool will close in September, saving £300,000 a"
        " year.\n\nDiary: Cabinet, Wednesday 5 March, 6pm. Full Council, Monday 10 March,"
        " 7pm.",
    )
    assert found and not any(s == "Full Council" for s, _ in found)


def test_a_spokesman_for_a_short_form_takes_the_full_name(bench):
    found = _quotes(
        bench,
        "The Harbour Pilots Authority suspended night sailings on Monday after the collision.",
        "A spokesman for the HPA said the sailings would stay suspended for a week.",
    )
    assert any(s == "A spokesman for the Harbour Pilots Authority" for s, _ in found)


def test_a_clip_cue_names_the_speaker_of_the_clip(bench):
    found = _quotes(
        bench,
        "RIVERSIDE FM - 0800 NEWS\n\nNEWSREADER: The Kelso ferry did not sail this morning"
        ' after a crew shortage.\n\n[CLIP: Anya Ferris, commuter | IN: "I had to..." | OUT:'
        ' "...nobody told us." | DUR: 0\'11"]\n"I had to drive forty miles round the bay, and'
        ' nobody told us."\n\nNEWSREADER: The company says it is sorry.',
    )
    assert ("Anya Ferris", "I had to drive forty miles round the bay, and nobody told us.") in (
        found
    )
    assert not any(t.startswith("I had to...") for _, t in found)


def test_our_vet_in_a_familys_statement_is_a_source(bench):
    found = _quotes(
        bench,
        "We lost our dog Pepper on Sunday after a walk by the reservoir.\n\nOur vet, Dr Rhea"
        " Okafor of the Tull Animal Clinic, told us Pepper had almost certainly eaten"
        " poisoned bait.",
    )
    assert any(s == "Rhea Okafor" and "poisoned bait" in t for s, t in found)


def test_our_correspondent_is_the_newsroom(bench):
    found = _quotes(
        bench,
        "Our correspondent, Lena Vick, said the reservoir path had been closed since Saturday.",
    )
    assert not any(s == "Lena Vick" for s, _ in found)


def test_a_line_up_after_a_club_name_is_no_statement(bench):
    found = _quotes(
        bench,
        "Tull Rovers beat Harbor City 2-0 on Saturday.\n\nTull Rovers: Lund; Marr, Nash, Orr,"
        " Pike; Quinn, Reid, Shaw; Todd, Umar (Vance 77), Wells.",
    )
    assert not any(t.startswith("Lund; Marr") for _, t in found)


# --------------------------------------------------------------------------- statements


def test_at_no_stage_denies_as_never_does(bench):
    found = _conflicts(
        bench,
        "fact",
        "The Kelso Ferry Company accepted the ruling of the tribunal on Monday.",
        "The Kelso Ferry Company said that at no stage has it accepted the ruling of the tribunal.",
    )
    assert len(found) == 1


def test_the_content_of_making_clear_is_stated(bench):
    found = _quotes_free_conflicts(
        bench,
        "Kelso Ferries signed the new crewing agreement with the union on Monday.",
        "Kelso Ferries wishes to make clear that it has not signed the new crewing agreement"
        " with the union.",
    )
    assert len(found) == 1


def _quotes_free_conflicts(bench, *texts: str) -> list[dict]:
    return _conflicts(bench, "fact", *texts)


def test_once_in_the_present_states_no_act(bench):
    assert not _conflicts(
        bench,
        "fact",
        "The beech trees on Mill Road will not be felled this year, the council said.",
        '"Once these trees are felled, they are gone for a hundred years," Cllr Ada Moss said.',
    )


def test_a_denial_put_off_to_a_time_disputes_no_decision(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Councillors voted on Tuesday to demolish twelve houses on Quarry Lane.",
        "The council has agreed not to demolish any house on Quarry Lane before the public"
        " inquiry in March.",
    )


def test_a_planned_act_disputes_a_denial_of_it(bench):
    found = _conflicts(
        bench,
        "fact",
        "The Mill Road depot will not be sold, the council has said.",
        "Make no mistake: the council plans to sell the Mill Road depot.",
    )
    assert len(found) == 1


def test_a_purpose_states_no_act(bench):
    assert not _conflicts(
        bench,
        "fact",
        "The Mill Road depot will not be sold, the council has said.",
        "The council's lawyer said no decision had been taken to sell the Mill Road depot.",
    )


# --------------------------------------------------------------------------- figures


def _readings(conflicts: list[dict]) -> set[float]:
    return {r["value"] for c in conflicts for r in c["readings"]}


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        pytest.param(
            (
                "The audit found that Tull Rovers' spending over two seasons exceeded the"
                " permitted limit of £30 million by £4.2 million.",
                "By the club's own reckoning it spent only £2.1m more than the rules allow.",
            ),
            {4_200_000.0, 2_100_000.0},
            id="an amount over a limit is one property",
        ),
        pytest.param(
            (
                "The nine-point penalty announced on Friday dropped Tull Rovers from 9th to 15th.",
                "After the penalty Tull Rovers are 16th in the table, two points above the drop.",
            ),
            {15.0, 16.0},
            id="a standing from one place to another and in the table",
        ),
        pytest.param(
            (
                "Tull Rovers can appeal within 28 days of receiving the panel's reasons.",
                "Tull Rovers have 21 days to lodge an appeal, the supporters' trust said.",
            ),
            {28 * 86400.0, 21 * 86400.0},
            id="a span given to lodge an appeal",
        ),
        pytest.param(
            (
                "Tests found nitrate in the Orlay reservoir at up to 12 times the legal limit.",
                "Samples showed nitrate at up to 20 times the safe level in the Orlay reservoir.",
            ),
            {12.0, 20.0},
            id="a multiple of a permitted level",
        ),
    ],
)
def test_a_figure_of_a_form_of_its_own_is_disputed(bench, texts, values):
    assert _readings(_conflicts(bench, "quantity", *texts)) == values


def test_the_rest_of_a_set_is_another_count(make_ctx, bench):
    assert not _conflicts(
        bench,
        "quantity",
        "Three schools in Orlay will close in July, the county decided on Monday.",
        "The county decided that the remaining four schools will stay open.",
    )
    figures = figures_of(make_ctx, "The remaining four schools will stay open.")
    assert [q.measure for q in figures if q.dimension == "count"] == ["rest"]


def test_how_often_is_a_figure(make_ctx, bench):
    found = _conflicts(
        bench,
        "quantity",
        "From May the Kelso ferry will run twice a day to the island.",
        "From May the Kelso ferry will sail to the island only once a day.",
    )
    assert _readings(found) == {14.0, 7.0}
    figures = figures_of(
        make_ctx, "Recycling will be collected every two weeks instead of weekly from May."
    )
    assert [(q.dimension, q.value) for q in figures] == [("frequency", 0.5)]
    figures = figures_of(make_ctx, "A twice-daily bus links the village to Orlay.")
    assert [(q.dimension, q.value) for q in figures] == [("frequency", 14.0)]
    figures = figures_of(make_ctx, "The group's annual revenue fell to 2.4 billion euros.")
    assert [q.dimension for q in figures] == ["money"]  # a sum a year measures, no frequency


def test_a_share_of_one_expanse(make_ctx):
    figures = figures_of(
        make_ctx, "By Sunday the algae had covered about a quarter of the reservoir."
    )
    shares = [q for q in figures if q.dimension == "percentage"]
    assert [(q.value, q.measure) for q in shares] == [(25.0, "cover")]
    assert not figures_of(make_ctx, "He played in half of the season.")


# --------------------------------------------------------------------------- more (session 38)


def _brief_dated(bench, *dated: tuple[str, str]) -> dict:
    """The brief of texts each published at its own ISO time: ``(published, text)``."""
    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(id=f"t{i}", source=f"t{i}.txt", text=t, outlet=f"o{i}.example", published=p)
        for i, (p, t) in enumerate(dated)
    ]
    return build_brief(bench.build_context(arts))


def test_a_points_total_that_moves_after_a_match_is_an_update(bench):
    brief = _brief_dated(
        bench,
        ("2029-03-08T10:00:00Z", "The six-point penalty leaves Tull Rovers on 31 points."),
        (
            "2029-03-10T17:00:00Z",
            "A late header gave Tull Rovers a 1-0 win on Saturday and moved them up to 34 points.",
        ),
    )
    found = [c for c in brief["conflicts"] if c["kind"] == "quantity"]
    assert len(found) == 1 and found[0]["update"] is True
    assert _readings(found) == {31.0, 34.0}


def test_a_state_come_back_again_disputes_no_stop(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Kelso Ferries has suspended all sailings to the island because of the storm.",
        "Sailings to the island are running again this morning after the storm.",
    )


def test_the_first_of_a_series_dates_one_act_in_a_long_sentence(bench):
    found = _conflicts(
        bench,
        "date",
        "Inspectors found traces of the toxin in water taken near the quarry pond's northern"
        " jetty, where the first swan died on 3 May.",
        "The first death, of a swan called Hector, was on 4 May.",
    )
    assert len(found) == 1
    assert {r["value"] for r in found[0]["readings"]} == {"2029-05-03", "2029-05-04"}


def test_an_article_that_dates_two_acts_keeps_no_dispute_from_standing(bench):
    brief = _brief_dated(
        bench,
        (
            "2029-05-03T21:00:00Z",
            "The Kelso road bridge was closed on 3 May after engineers found a crack in"
            " one of its piers.",
        ),
        (
            "2029-05-04T07:05:00Z",
            "The Kelso road bridge reopened to traffic this morning, after engineers closed it"
            " last night when they found a crack in one of its piers.",
        ),
        (
            "2029-06-12T10:00:00Z",
            "The Kelso road bridge was closed on 4 May 2029 after engineers found a crack in"
            " one of its piers.",
        ),
    )
    found = [c for c in brief["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1
    sides = {(r["article"], r["value"]) for r in found[0]["readings"]}
    assert ("t1", "2029-05-04") not in sides  # the reopening "this morning" is no side
    assert {v for a, v in sides if a != "t1"} == {"2029-05-03", "2029-05-04"}
