"""Session 57: a figure that most articles give alike is a consensus claim whatever verb each
wraps it in, and speakers of record formats -- a recording's time-stamped title-case labels,
a script's clip cue without brackets, a caption's "[SUPER: Name | role]", a transcript turn
with a term in quotation marks, and a meeting's minutes that name the chair by office.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from consilience.model import Article, Story
from consilience.pipeline import context_from_articles, finished_brief
from consilience.quotes import extract_quotes, holds_quotation
from consilience.report_turns import named_turns

DAY = "2062-09-14T09:00:00"


def _context(texts: list[str]):
    arts = [
        Article(id=f"f{i}", source=f"f{i}.txt", text=t, outlet=f"Gazette {i}", published=DAY)
        for i, t in enumerate(texts)
    ]
    return context_from_articles(arts, Story("s", "", [a.id for a in arts]))


def _consensus(texts: list[str]) -> list[tuple[str, set[str]]]:
    items = finished_brief(_context(texts))["consensus"]
    return [(c["text"], {ci["article"] for ci in c["citations"]}) for c in items]


def _quotes(text: str) -> list[tuple[str, str]]:
    ctx = _context([text])
    return [(q.speaker, q.text) for q in extract_quotes(ctx.analyses[0])]


# ------------------------------------------------------------------ agreed figures


BRIDGE = [
    "Repairs to the Ostley swing bridge will start next month. Harlan Marine won the "
    "£3.8m contract to replace the bridge's turning gear, the county said.",
    "The Ostley swing bridge has been stuck open since May. The county has given Harlan "
    "Marine a £3.8 million contract for the work, which is due to finish in spring.",
    "Councillors were told the Ostley swing bridge is beyond patching. The deal with Harlan "
    "Marine is worth £3.8m and includes five years of maintenance.",
]


def test_one_figure_given_with_three_verbs_is_consensus():
    found = [(t, arts) for t, arts in _consensus(BRIDGE) if "3.8" in t]
    assert found, _consensus(BRIDGE)
    text, arts = found[0]
    assert arts == {"f0", "f1", "f2"}


def test_a_disputed_figure_is_no_consensus():
    texts = [*BRIDGE[:2], BRIDGE[2].replace("£3.8m", "£4.6m")]
    assert not [t for t, _ in _consensus(texts) if "3.8" in t or "4.6" in t]


def test_a_figure_two_of_five_give_is_short_of_consensus():
    texts = [
        *BRIDGE[:2],
        "The Ostley swing bridge will stay open to boats until the spring, the county said.",
        "Drivers face a long diversion while the Ostley swing bridge is out of action.",
        "Boat owners at Ostley say the stuck bridge has cost them the summer season.",
    ]
    assert not [t for t, _ in _consensus(texts) if "3.8" in t]


# ------------------------------------------------------------------ record formats

PODCAST = """Allotment Hour, episode 12. Transcript.

[00:00:05] [Music]
[00:00:09] Wren Callow: Welcome back, I'm Wren Callow. This week the Fenby plots flooded again.
[00:00:40] Idris Penhale: The drain under the top path collapsed in March. Nobody has fixed it.
[00:02:15] Wren Callow: Idris, what happens to the leeks?
[00:02:20] Idris Penhale: The leeks are lost. The onions might survive if it stays dry.
"""


def test_time_stamped_title_case_labels_are_turns_even_in_the_third_person():
    turns = [(t.label, PODCAST[t.start : t.end]) for t in named_turns(PODCAST)]
    labels = [label for label, _ in turns]
    assert labels.count("Idris Penhale") == 2 and labels.count("Wren Callow") == 2
    said = dict(_quotes(PODCAST)[k] for k in range(len(_quotes(PODCAST))))
    assert "Idris Penhale" in said


def test_a_term_in_quotation_marks_leaves_the_turn_its_speakers():
    assert not holds_quotation('I can tell you the word "temporary" is gone from our letters.')
    assert holds_quotation('She told me "we will never reopen the lower car park" in May.')
    assert holds_quotation('He said "we never')
    text = (
        "Transcript of the ferry board's briefing.\n\n"
        "Speakers: Cllr Ada Brisk, chair of the ferry board\n\n"
        'CLLR BRISK: I can tell you the word "temporary" is gone from our timetable. '
        "The ferry will run every hour from Monday.\n"
    )
    assert any(sp == "Ada Brisk" and "every hour" in said for sp, said in _quotes(text))


def test_a_scripts_clip_cue_without_brackets_names_the_clip_speaker():
    text = (
        "MARSHFORD FM NEWS 0700\n\n"
        "The Marshford lido will not open this summer after cracks were found in the pool.\n"
        "SOT — CLLR TOBIAS WREN, LEISURE LEAD — 0'09\"\n"
        '"We found cracks we simply cannot patch in time for June."\n'
        'OUT: "...in time for June."\n'
    )
    got = _quotes(text)
    assert ("Tobias Wren", "We found cracks we simply cannot patch in time for June.") in [
        (sp, said.rstrip()) for sp, said in got
    ] or any(sp == "Tobias Wren" and "cracks" in said for sp, said in got)
    assert not any("...in time" in said for _, said in got)


def test_a_super_caption_names_the_speaker_of_the_clip_after_it():
    text = (
        "[PRES TO CAM]\nThe Hollin valley bus is to lose its Sunday service.\n\n"
        "[SUPER: Bryony Tate | Hollin Bus Users]\n"
        '"Sunday is the only day my mother can get to church without a lift."\n'
    )
    assert any(sp == "Bryony Tate" and "church" in said for sp, said in _quotes(text))


MINUTES = """HALLOW VALE ANGLING ASSOCIATION
Minutes of the annual meeting, held on 3 March 2062

Present: Rhiannon Dale (Chair), Osman Petrie (Treasurer), and 41 members.

1. Chair's report
The Chair thanked members with Riverside Season permits for their patience. He said the lower beat would reopen in April once the bank repairs were done.

2. Accounts
The Treasurer said the association had ended the year with a surplus of £2,300.
"""


def test_minutes_name_the_chair_and_treasurer_by_office():
    got = _quotes(MINUTES)
    speakers = {sp for sp, said in got if "lower beat" in said or "surplus" in said}
    assert speakers == {"Rhiannon Dale", "Osman Petrie"}, got


# ------------------------------------------------------------------ who found it


def test_they_standing_for_the_find_makes_two_finders_a_dispute():
    texts = [
        "Oak processionary caterpillars have been found in Hemlow Park. The caterpillars were "
        "found by council gardeners pruning the avenue.",
        "Oak processionary caterpillars are in Hemlow Park. They were spotted by a "
        "schoolteacher walking her dog.",
        "Oak processionary caterpillars have turned up in Hemlow Park. They were spotted by a "
        "teacher out with her dog on Sunday.",
    ]
    conflicts = [c for c in finished_brief(_context(texts))["conflicts"] if c["kind"] == "fact"]
    found = [c for c in conflicts if "found" in c.get("subject", "")]
    assert found, conflicts
    assert {r["citation"]["article"] for r in found[0]["readings"]} == {"f0", "f1", "f2"}


def test_they_for_a_singular_thing_is_no_find():
    from consilience.first_finders import finding

    ctx = _context(
        ["The orchard was sold last year. They were spotted by a neighbour on the ladder."]
    )
    doc = ctx.analyses[0].doc
    assert all(finding(t) is None for t in doc if t.lemma_ == "spot")


# ------------------------------------------------------------------ stated and denied


def test_one_argument_owned_by_two_persons_is_two_matters():
    from consilience.denial_arguments import apart

    ctx = _context(
        [
            "Dear Mr Ashby, your quarterly bill has fallen to £212.",
            "One tenant told the ombudsman that his quarterly bill had not fallen at all.",
        ]
    )
    denied = next(t for t in ctx.analyses[1].doc if t.lemma_ == "fall")
    asserted = next(t for t in ctx.analyses[0].doc if t.lemma_ == "fall")
    assert apart(denied, asserted) == "owners"
    conflicts = finished_brief(ctx)["conflicts"]
    assert not [c for c in conflicts if c["kind"] == "fact"], conflicts


def test_one_owner_stated_and_denied_is_still_a_dispute():
    from consilience.denial_arguments import apart

    ctx = _context(
        [
            "Mr Ashby said his quarterly bill has fallen to £212.",
            "Mr Ashby said his quarterly bill had not fallen at all.",
        ]
    )
    denied = next(t for t in ctx.analyses[1].doc if t.lemma_ == "fall")
    asserted = next(t for t in ctx.analyses[0].doc if t.lemma_ == "fall")
    assert apart(denied, asserted) != "owners"


POD_LABELS_ONLY = """Town Hall Tapes, episode 4. Transcript.

[00:01:20] Anna de Vries: We start with the council's own report.
[00:01:45] Tomasz Wiles: Yes, I wrote that report.
[00:02:00] Anna de Vries: And you stand by it?
[00:02:05] Tomasz Wiles: Every word of it, and the budget figures too.
[00:02:30] Voice Over: Town Hall Tapes is made in Dunmere.
"""


def test_a_recordings_stamped_labels_vouch_for_speakers_named_nowhere_else():
    got = _quotes(POD_LABELS_ONLY)
    assert ("Tomasz Wiles", "Yes, I wrote that report.") in got
    assert ("Anna de Vries", "And you stand by it?") in got
    assert not any(sp == "Voice Over" for sp, _ in got)


def test_a_plain_text_transcript_keeps_each_stamped_line_apart():
    from consilience.reflow import unwrap

    wrapped = (
        "[00:01:20] Anna de Vries: We start with the council's own report today.\n"
        "[00:01:45] Tomasz Wiles: Yes, I wrote that report and I stand by it, all of it.\n"
        "[00:02:00] Anna de Vries: And the figures in it, the budget lines as well?\n"
    )
    assert unwrap(wrapped) == wrapped


def test_the_vice_chair_is_never_the_chair():
    text = (
        "WEIRBRIDGE ROWING CLUB\nMinutes of the committee meeting, 5 May 2062\n\n"
        "Present: Kofi Mensah (Chair), Lydia Brandt (Vice-Chair), Tom Ashe (Secretary) "
        "and 12 members.\n\n1. Boathouse\n"
        "The Chair said he would write to the council again about the boathouse roof.\n"
        "The Vice-Chair said the insurance claim had been paid in full.\n"
    )
    got = dict((said[:12], sp) for sp, said in _quotes(text))
    assert got.get("he would wri") == "Kofi Mensah"
    assert got.get("the insuranc") == "Lydia Brandt"


def test_a_super_caption_gives_the_full_name_the_article_shortens():
    text = (
        "Achterberg's team has been testing the river since Monday.\n\n"
        "[SUPER: Gideon Achterberg | Environment Agency area manager]\n"
        '"The levels of ammonia we found are the highest in ten years."\n'
    )
    assert any(sp == "Gideon Achterberg" and "ammonia" in said for sp, said in _quotes(text))


def _fact_conflicts(texts: list[str]) -> list[dict]:
    return [c for c in finished_brief(_context(texts))["conflicts"] if c["kind"] == "fact"]


def test_an_act_and_its_passive_denied_is_still_a_dispute():
    texts = [
        "The depot did not use the scanners on Monday.",
        "The scanners were used by the depot on Monday, staff said.",
    ]
    assert _fact_conflicts(texts)


def test_a_definition_is_no_side_of_a_dispute():
    from consilience.claim_spans import Texts
    from consilience.statements import defines

    ctx = _context(['In this notice, "Base Rate" means the official rate set by the Bank.'])
    texts = Texts(ctx)
    assert any(defines(texts, c) for c in ctx.extractions["f0"].claims)


def test_an_act_told_with_and_without_its_doer_is_still_a_dispute():
    texts = [
        "The warning horn sounded two minutes before the sluice opened, the operator said.",
        "No warning horn was sounded before the sluice opened, walkers on the towpath said.",
    ]
    assert _fact_conflicts(texts)
