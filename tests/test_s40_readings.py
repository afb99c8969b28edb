"""Missed and false readings of one kind each (session 40), on sentences written for these
tests (none is a sentence of a held-out set).

Retractions:
- a corrections column's "We said six lifeboats launched. Nine lifeboats launched." is
  read by its corrected figure only: six is what the paper no longer says;
- "We reported that the harbourmaster had resigned." is history, no side of a dispute;
- words in quotation marks ("We said 300 jobs would go," the chairman said) are the
  speaker's and never retracted; "We have reported the leak to the council" and "We
  reported the leak to the police" are acts, not retellings.

Figures:
- "the only person arrested" is a count of one, against "Police arrested two men"; "not
  the only person arrested" and "the only way" count nothing;
- "Seven fire engines attended" counts vehicles, not a crowd of people: it is compared
  with "seven fire engines were sent", not with "40 firefighters attended".

Dates:
- "the Annual General Meeting, which was held on 3 June" dates the meeting, as "the annual
  general meeting on 4 June" does;
- "approve the Directors' Pay Report for 2031" names the year the report covers, no date
  of approval against "the policy approved in 2029".

Statements:
- "we are employees of the firm" asserts no act of employing: no dispute with "the firm
  does not employ its couriers";
- "workers, not self-employed contractors" denies no act of employing or using: no
  dispute with "every other app uses much the same contract";
- "must have come in on a lorry" is an inference (a rule in force, "All hens must be kept
  indoors", stays asserted, as "police need a judge's sign-off" is); an agenda item
  "Resolution 5, Approve the Annual Accounts: AGAINST" asks, it reports no approval;
- a dispute over "None of the staff at the depot have tested positive" is headed by the
  staff, not by "None".

Quotes:
- a date in brackets before "said" ("(10 May, page 9) said") is no speaker;
- a subtitled video's labels on a line of their own ("[00:07] NORA KESTLE, TENANTS'
  ORGANISER:" with the words on the next line) give that person's turns; "ON-SCREEN
  TEXT:", "BREAKING NEWS, LIVE:" and the programme's reporter give none;
- "The Marine Safety Agency advises that the risk ... is very low" is the agency's word;
- a company whose name ends in "-ly", tagged as an adverb ("Parcelly argued that ...",
  "Parcelly, which says ..., has said ..."), is the speaker the article named before; a
  real adverb ("Finally, ...") never is;
- "Dr Hale's conclusion was that the dam had been poorly maintained" is Dr Hale's word
  (a holder's stance told as what it is); "Our view is that ..." names no one;
- "Management have confirmed that ..." in a union bulletin is the word of the one company
  the bulletin names; "The hospital's management said" stays the hospital's;
- "The company says" after "the container ship Kelda Rose" is no word of the ship, which
  the tagger may take for an organisation.

Guards (the plan year passes on the starting code too; the others sit beside failing
asserts): a crowd that attended, an act noun against its denied verb, a quoted "we", a
speaker named "April", a year a plan is scheduled for.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, figures_of, quotes_of

from consilience import dates, reconcile
from consilience.denied_matter import relation
from consilience.model import Article


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2031-03-09")


def _cited(item: dict) -> list[str]:
    return [r["text"] for r in item["readings"]]


# --------------------------------------------------------------------------- retractions


def test_corrections_column_is_read_by_its_corrected_figure(bench):
    found = _conflicts(
        bench,
        "quantity",
        "Seven lifeboats launched from Dunmore harbour after the ferry ran aground.",
        "The coastguard said seven lifeboats launched to help the stranded ferry.",
        "Corrections. We said six lifeboats launched to the ferry. Nine lifeboats launched.",
    )
    assert len(found) == 1
    values = sorted(r["value"] for r in found[0]["readings"])
    assert values == [7.0, 7.0, 9.0]


def test_retracted_clause_and_quoted_we(make_ctx):
    from consilience.retracted_reports import retracted

    text = (
        "Correction: We reported that the harbourmaster had resigned. He has not resigned. "
        '"We said 300 jobs would go," the chairman said.'
    )
    ctx = make_ctx(text)
    doc = ctx.analysis("a0").doc
    resigned = text.index("had resigned")
    jobs = text.index("300 jobs")
    assert retracted(doc, resigned, resigned + 12)
    assert not retracted(doc, jobs, jobs + 8)
    not_resigned = text.index("He has not")
    assert not retracted(doc, not_resigned, not_resigned + 17)
    acts = "We have reported the leak to the council. We reported the leak to the police."
    doc = make_ctx(acts).analysis("a0").doc
    assert not retracted(doc, 0, acts.index(".")) and not retracted(doc, 42, len(acts))


# --------------------------------------------------------------------------- figures


def test_vehicles_that_attended_are_no_crowd(make_ctx):
    (engines,) = figures_of(make_ctx, "Seven fire engines attended the blaze.")
    assert reconcile.slot_key(engines)[1] == "engine"
    (fans,) = figures_of(make_ctx, "Some 12,400 fans attended the final.")
    assert reconcile.slot_key(fans)[1:3] == ("person", "attended")


def test_only_one_is_a_count_of_one(bench, make_ctx):
    (found,) = _conflicts(
        bench,
        "quantity",
        "Police arrested two men after the fight in Harwick on Friday night.",
        "A 34-year-old man was the only person arrested after the fight in Harwick on Friday"
        " night, police said.",
        "Two men were arrested after the fight in Harwick on Friday, police said.",
    )
    assert sorted(r["value"] for r in found["readings"]) == [1.0, 2.0, 2.0]
    counts = figures_of(
        make_ctx, "He was not the only person arrested. The only way forward is more talks."
    )
    assert [q for q in counts if q.dimension == "count"] == []


# --------------------------------------------------------------------------- dates


def test_meeting_held_in_a_relative_clause_is_the_dated_act(bench):
    text = (
        "Shareholders questioned the board at the Annual General Meeting, which was held"
        " on 3 June 2031 in Harwick."
    )
    article = Article(id="a0", source="a0.txt", text=text, outlet="Outlet", published="2031-06-09")
    ctx = bench.build_context([article])
    (mention,) = [m for m in dates._mentions(ctx) if "June" in m["m"].text]
    assert "meeting" in mention["act"]


def test_year_after_for_is_a_period_covered(bench):
    found = _conflicts(
        bench,
        "date",
        "Alongside the usual business, we are asking you to approve a new Directors' Pay"
        " Policy (Resolution 3) and to approve the Directors' Pay Report for 2031"
        " (Resolution 2).",
        "We recommend a vote for Resolution 2. Pay for 2031 was made under the existing"
        " policy, which shareholders approved in 2029 with 91% support.",
        "Because the policy was rejected, the policy approved in 2029 stays in force.",
    )
    assert found == []


def test_year_a_plan_is_set_for_is_still_a_date(bench):
    found = _conflicts(
        bench,
        "date",
        "The new Harwick bridge is scheduled for 2034, the county said.",
        "The county said the new Harwick bridge is scheduled for 2036.",
        "Work on the new Harwick bridge is scheduled for 2034.",
    )
    assert len(found) == 1


# --------------------------------------------------------------------------- statements


def test_hyphenated_participle_is_no_act(bench):
    found = _conflicts(
        bench,
        "fact",
        "On Monday, the Brindle Employment Tribunal ruled that 38 couriers for the parcel app"
        " Zipto are workers, not self-employed contractors, and are entitled to holiday pay.",
        "Why it matters: Zipto has some 9,000 couriers, and every other parcel app uses much"
        " the same contract.",
    )
    assert found == []


def test_person_noun_asserts_no_act():
    assert relation("employ", "v", "employee", "n") == ""
    assert relation("arrest", "v", "arrest", "n") == "same"
    assert relation("pay", "v", "payment", "n") == "derived"


def test_inferences_and_agenda_items_are_not_asserted(make):
    from consilience.claims import extract_claims

    def modalities(text: str) -> dict[str, str]:
        return {c.predicate: c.modality for c in extract_claims(make(text))}

    assert modalities("All hens on the holding must be kept indoors.")["keep"] == "asserted"
    assert modalities("The virus must have come in on a feed lorry.")["come_in"] == "hedged"
    assert (
        modalities("Resolution 5, Approve the Annual Accounts: AGAINST")["approve"] == "conditional"
    )
    assert modalities("The hens were kept indoors.")["keep"] == "asserted"


def test_part_word_dispute_is_headed_by_the_group(bench):
    (found,) = _conflicts(
        bench,
        "fact",
        "None of the staff at the depot have tested positive.",
        "One of the depot's workers has tested positive for the virus.",
    )
    assert found["subject"].startswith("the staff")


# --------------------------------------------------------------------------- quotes


def test_date_in_brackets_is_no_speaker(bench):
    found = quotes_of(
        bench,
        'A report on harbour fees ("Boat owners face steep rise", 10 May, page 9) said the'
        " annual fee for a mooring would rise to £640. It will rise to £460.",
        "April Marsh said the room would stay open.",
        published="2031-03-09",
    )
    speakers = {s for s, _ in found}
    assert "May" not in speakers
    assert "April Marsh" in speakers


def test_labels_on_their_own_line_give_turns(bench):
    text = (
        "TENANTS' VOICE | Video | 3 March 2031\n\n"
        "BREAKING NEWS, LIVE:\nThe council has closed the Harwick flats.\n\n"
        "[00:00] ON-SCREEN TEXT:\nResidents of 40 flats were moved out on Friday.\n\n"
        "[00:07] NORA KESTLE, TENANTS' ORGANISER:\n"
        "We asked the council for a meeting in March and nobody came.\n\n"
        "[00:21] TOM ACRE, REPORTER:\nThe flats were emptied at noon.\n\n"
        "[00:31] NORA KESTLE (subtitled):\nWe will keep asking until they answer.\n"
    )
    found = quotes_of(bench, text, published="2031-03-09")
    assert ("Nora Kestle", "We asked the council for a meeting in March and nobody came.") in found
    assert ("Nora Kestle", "We will keep asking until they answer.") in found
    assert {s for s, _ in found} == {"Nora Kestle"}


def test_advises_that_is_reported_speech(bench):
    found = quotes_of(
        bench,
        "The Marine Safety Agency advises that the risk to swimmers from the spill is very"
        " low. No illness has been reported.",
        published="2031-03-09",
    )
    assert found == [("Marine Safety Agency", "the risk to swimmers from the spill is very low")]


def test_company_name_in_ly_speaks(bench):
    found = quotes_of(
        bench,
        "Couriers for Parcelly Ltd, which runs a parcel app, won their claim on Monday."
        " Parcelly argued that couriers were free to log in when they liked. Parcelly, which"
        " says it works with around 9,000 couriers, has said it will not appeal. Finally,"
        " the judge said costs would be decided later.",
        published="2031-03-09",
    )
    assert ("Parcelly Ltd", "it will not appeal") in found
    assert ("Parcelly Ltd", "couriers were free to log in when they liked") in found
    assert not any(s.startswith("Finally") for s, _ in found)


def test_a_ship_is_no_company(bench):
    found = quotes_of(
        bench,
        "The container ship Kelda Rose lost 31 containers off Harwick Point on Friday. The"
        " company says the crew are safe.",
        published="2031-03-09",
    )
    assert found and "Kelda Rose" not in {s for s, _ in found}


def test_a_holders_stance_is_reported_speech(bench):
    found = quotes_of(
        bench,
        "Engineers inspected the Harwick dam on Monday. Dr Ilse Hale's conclusion was that the"
        " dam had been poorly maintained. Our view is that the council must act.",
        published="2031-03-09",
    )
    assert found == [("Ilse Hale", "the dam had been poorly maintained")]


def test_management_speaks_for_the_employer(bench):
    found = quotes_of(
        bench,
        "UNION BULLETIN: Staff at Corran Dairies. Management have confirmed that the night"
        " shift will close in March.",
        published="2031-03-09",
    )
    assert found == [("Corran Dairies", "the night shift will close in March")]
