"""Session 56: speakers of record formats with a fixed layout -- a messaging app's chat
export, a WebVTT caption file's voice spans, a court transcript's examination of a witness
(numbered Q. and A. lines, "JUDGE X:" turns) and an earnings call's names alone on their
lines in title case. Every text is written for this file."""

from __future__ import annotations

from consilience.caption_turns import labelled_lines
from consilience.chat_turns import chat_turns, full_name
from consilience.model import Article
from consilience.pipeline import context_from_articles
from consilience.quotes import extract_quotes

CHAT = """Chat with Ferry Users Group
Exported 02/03/2061 21:10.

01/03/2061, 08:02 - Ines Gallow created group "Ferry Users Group"
01/03/2061, 08:15 - Ines Gallow: The 08:40 sailing is off again, third time this week
01/03/2061, 08:17 - Petr Alder: <Media omitted>
01/03/2061, 08:18 - Petr Alder: They told me at the kiosk the ramp is broken
and that it could be days
01/03/2061, 08:30 - +44 7700 900456: is the bus running instead?
01/03/2061, 08:41 - Ines Gallow: No bus. I have asked the council to put one on.
"""

CHAT_IOS = """[14/05/2061, 19:02:11] Rosa Venn: Has anyone heard from the harbour office?
[14/05/2061, 19:04:40] Aled Moss: I rang them at five, nobody answered
[14/05/2061, 19:05:02] Rosa Venn: This message was deleted
[14/05/2061, 19:06:17] Rosa Venn: I will try again in the morning
"""

LOG = """Harbour office log
01/03/2061, 08:02 - Duty officer: ramp fault reported
"""

VTT = """WEBVTT

1
00:00:00.000 --> 00:00:04.000
<v.loud Tamsin Corr>We closed the pool on Monday because the roof is unsafe.

2
00:00:04.000 --> 00:00:08.500
<v Jonah Pike>We were given no warning at all.
"""

NOT_VTT = """Our style guide writes a caption's speaker as <v Name>text</v> in the source file."""

COURT = """IN THE CROWN COURT AT ELMSTEAD
Before: HIS HONOUR JUDGE CONRAD TEMPLE
MS ABENA OWUSU appeared on behalf of the Crown
PRIYA DALE (sworn)
Cross-examined by MS OWUSU
 21   Q.  You were the duty engineer that night?
 22   A.  I was.
 23   Q.  Did the alarm sound?
 24   A.  It did not. The panel had been switched off for a test.
 25   JUDGE TEMPLE:  Who switched it off?
 26   A.  A contractor, your Honour.
 27   THE CLERK:  The jury may retire.
"""

CALL = """Tidewell Ports plc Q3 Trading Call
Company Participants
Marta Quell, Chief Executive
Operator
Welcome to the call.

Marta Quell {BIO 30112233 <GO>}
Thank you. Volumes rose 4% in the quarter and we are on track for the year.

Dan Ostrow {BIO 30998877 <GO>}
Thanks. Marta, what happened at the Elmstead berth in August?

Marta Quell {BIO 30112233 <GO>}
We found a crack in the quay wall and closed the berth while we repair it.
"""

NEWSLETTER = """Parish News
Village Hall
The hall will be repainted in June and bookings move to the school.
Summer Fete
The fete raised £1,200 for the church roof this year.
Village Hall
Keys are now held at the shop.
"""


def _said(text: str) -> list[tuple[str, str]]:
    return [(t.label, text[t.start : t.end]) for t in chat_turns(text)]


def test_chat_export_messages_are_their_senders_turns():
    turns = _said(CHAT)
    assert ("Ines Gallow", "The 08:40 sailing is off again, third time this week") in turns
    assert (
        "Petr Alder",
        "They told me at the kiosk the ramp is broken\nand that it could be days",
    ) in turns
    assert ("Ines Gallow", "No bus. I have asked the council to put one on.") in turns
    assert all(not said.startswith("<Media") for _label, said in turns)
    assert all(not label.startswith("+") for label, _said in turns)


def test_bracketed_chat_export_without_the_apps_own_lines():
    assert _said(CHAT_IOS) == [
        ("Rosa Venn", "Has anyone heard from the harbour office?"),
        ("Aled Moss", "I rang them at five, nobody answered"),
        ("Rosa Venn", "I will try again in the morning"),
    ]


def test_one_stamped_line_is_a_log_not_a_chat():
    assert chat_turns(LOG) == []


def test_webvtt_voice_spans_are_one_turn_per_cue():
    assert _said(VTT) == [
        ("Tamsin Corr", "We closed the pool on Monday because the roof is unsafe."),
        ("Jonah Pike", "We were given no warning at all."),
    ]


def test_a_voice_tag_outside_a_caption_file_is_no_turn():
    assert chat_turns(NOT_VTT) == []


def test_court_examination_questions_answers_and_the_judge():
    turns = _said(COURT)
    assert turns[0] == ("Abena Owusu", "You were the duty engineer that night?")
    assert ("Priya Dale", "It did not. The panel had been switched off for a test.") in turns
    assert ("Conrad Temple", "Who switched it off?") in turns
    assert ("Priya Dale", "A contractor, your Honour.") in turns
    assert all("jury" not in said for _label, said in turns)  # "THE CLERK": no name


def test_full_name_of_a_court_label():
    assert full_name("MS OWUSU", COURT) == "Abena Owusu"
    assert full_name("JUDGE TEMPLE", COURT) == "Conrad Temple"
    assert full_name("THE JUDGE", COURT) == ""


def test_earnings_call_names_alone_on_their_lines():
    turns = [(t.label, CALL[t.start : t.end]) for t in labelled_lines(CALL)]
    assert (
        "Marta Quell",
        "We found a crack in the quay wall and closed the berth while we repair it.",
    ) in turns
    assert ("Dan Ostrow", "Thanks. Marta, what happened at the Elmstead berth in August?") in turns
    assert all(label != "Company Participants" for label, _ in turns)


def test_headings_used_twice_in_the_writers_voice_are_no_turns():
    assert [t for t in labelled_lines(NEWSLETTER) if t.label == "Village Hall"] == []


def test_chat_and_court_turns_are_quotes_of_their_speakers():
    arts = [
        Article(id="c", source="c.txt", text=CHAT, outlet="chat", published="2061-03-02"),
        Article(id="k", source="k.txt", text=COURT, outlet="court", published="2061-03-02"),
    ]
    ctx = context_from_articles(arts)
    quotes = [(q.speaker, q.text) for a in arts for q in extract_quotes(ctx.analysis(a.id))]
    assert (
        "Petr Alder",
        "They told me at the kiosk the ramp is broken\nand that it could be days",
    ) in quotes
    assert ("Priya Dale", "I was.") in quotes
    assert ("Conrad Temple", "Who switched it off?") in quotes


def test_chat_stamps_and_cue_timings_are_no_times_of_the_story():
    text = CHAT + "\n01/03/2061, 09:10 - Petr Alder: The ramp broke at 07:55 this morning\n"
    ctx = context_from_articles(
        [Article(id="c", source="c.txt", text=text, outlet="chat", published="2061-03-02")]
    )
    clocks = {
        text[q.start : q.end]: q.qualifier
        for q in ctx.extractions["c"].quantities
        if q.dimension == "time of day"
    }
    assert clocks["08:41"] == "reference" and clocks["09:10"] == "reference"
    assert clocks["07:55"] != "reference"


COURT_TWO = """MR OWEN TALLIS appeared on behalf of the Crown
MS RUTH ABARA appeared on behalf of the defendant
GWEN FERRIS (sworn)
Examined by MR TALLIS
 1   Q.  Where were you standing?
 2   A.  By the north gate.
Cross-examined by MS ABARA
 3   Q:  It was dark, wasn't it?
 4   A:  There was a floodlight on.
ZOË NÚÑEZ (affirmed)
Examined by MR TALLIS
 5   Q.  What did you see?
 6   A.  A van reversing into the gate.
"""


def test_each_answer_is_its_witness_and_each_question_its_examiner():
    turns = _said(COURT_TWO)
    assert ("Owen Tallis", "Where were you standing?") in turns
    assert ("Ruth Abara", "It was dark, wasn't it?") in turns
    assert ("Gwen Ferris", "There was a floodlight on.") in turns
    assert ("Zoë Núñez", "A van reversing into the gate.") in turns


def test_full_name_reads_only_the_records_capitals():
    text = "Prosecutor Tallis declined to comment. MR OWEN TALLIS appeared for the Crown."
    assert full_name("MR TALLIS", text) == "Owen Tallis"
    assert full_name("MR TALLIS", "Thank You Tallis, said the clerk.") == "Tallis"


IOS_CHAT = (
    "[12/03/2061, 7:02:11\u202fPM] Nia Brook: Anyone else lose power on Mill Row?\n"
    "[12/03/2061, 7:03:40\u202fPM] \u200eNia Brook: \u200eimage omitted\n"
    "[12/03/2061, 7:05:02\u202fPM] ~\u00a0Sol Varga: Yes, since six. The substation is smoking\n"
    "[12/03/2061, 7:06:15\u202fPM] \u202a+44\u00a07700\u00a0900123\u202c: same here\n"
    "[12/03/2061, 7:08:00\u202fPM] Sol Varga: This message was deleted.\n"
    "[12/03/2061, 7:09:30\u202fPM] Nia Brook: The network says two hours <This message was edited>\n"
    "\n"
    "The network operator said engineers were on site.\n"
)


def test_iphone_chat_export_without_the_apps_lines_or_the_article_after_it():
    assert _said(IOS_CHAT) == [
        ("Nia Brook", "Anyone else lose power on Mill Row?"),
        ("Sol Varga", "Yes, since six. The substation is smoking"),
        ("Nia Brook", "The network says two hours"),
    ]


def test_a_log_of_fields_is_no_chat():
    log = (
        "04/02/2061, 02:14 - Alarm: high temperature in store 3\n"
        "04/02/2061, 02:20 - Operator: alarm acknowledged\n"
        "04/02/2061, 02:31 - Status: engineer called\n"
    )
    assert chat_turns(log) == []


VTT_MARKUP = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Carys Bell><i>Nobody</i> asked us
before the bridge closed.</v>

2
00:00:04.000 --> 00:00:06.000
<v Carys Bell>[laughs]

3
00:00:06.000 --> 00:00:08.000
<v Narrator>The bridge has been shut since May.
"""


def test_webvtt_cue_over_two_lines_with_markup_and_no_narrator_or_sound():
    assert [(label, said) for label, said in _said(VTT_MARKUP)] == [
        ("Carys Bell", "Nobody</i> asked us\nbefore the bridge closed."),
    ]


def test_a_heading_of_common_words_over_first_person_text_is_no_speaker():
    text = (
        "Parish News\n\nBake Sale\nWe raised £300 for the roof, thank you all.\n\n"
        "Choir Practice\nWe meet on Thursdays and would love new voices.\n\n"
        "Bake Sale\nWe will hold another in May. Can you bake?\n"
    )
    assert [t.label for t in labelled_lines(text)] == []


def test_a_terminal_coded_name_of_common_words_is_a_speaker():
    call = CALL.replace("Dan Ostrow", "Rose Baker")
    assert "Rose Baker" in {t.label for t in labelled_lines(call)}


def test_a_press_release_opening_participle_is_not_the_speaker():
    text = (
        "Tidewell Ports said the berth would stay shut until March. Commenting, Marta Quell, "
        'Chief Executive of Tidewell Ports, said: "We are sorry for the delays this has caused."'
    )
    ctx = context_from_articles(
        [Article(id="p", source="p.txt", text=text, outlet="wire", published="2061-03-02")]
    )
    quotes = [(q.speaker, q.text) for q in extract_quotes(ctx.analysis("p"))]
    assert ("Marta Quell", "We are sorry for the delays this has caused.") in quotes
