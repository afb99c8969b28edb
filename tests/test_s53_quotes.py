"""Quotes misread on the held-out set heldout_s53 (session 53), tested on transcripts
written for these tests (none is text of a held-out set):

- a meeting app's transcript writes each speaker's name and the time into the recording on
  a line of their own ("Ines Varga  00:04:51"), the words on the lines after it: each turn
  is one direct quote of that person, over its paragraphs;
- a live caption file marks a change of speaker with ">>" before an upper-case label
  (">> COUNCILLOR RAY OKORO:", ">> PIA LUND, HEAD TEACHER:"): the mark vouches that a
  person speaks, whose name the article may give nowhere else;
- one question in a transcript makes no interviewer of its speaker;
- a committee's evidence session numbers its questions ("Q12 The Chair:", "Q13 Ben
  Adair:"): the number is no part of the name, every turn is speech even when it opens in
  the third person, and "The Chair" is the member the list marks as chair;
- a turn's paragraph opening with "We" goes on in the speaker's voice.
"""

from __future__ import annotations

from brief_fixtures import quotes_of

DAY = "2047-10-09"

MEETING = """Harbour Road residents: meeting recording (automatic transcript)

Recording length 41:02 | 38 participants

Ines Varga  00:04:51
Right, I think everyone is in now. The ferry terminal lights have been on all night since the first of October, and the council tells me nineteen households have complained.

Tariq Bell  00:06:10
Can I come in there? My bedroom faces the terminal, and the glare wakes my children every night.

Ines Varga  00:07:02
Thanks, Tariq. Sol, you spoke to the operator?

Sol Aranda  00:07:15
I did. They say the new floodlights are on a timer that was set wrongly.

We asked them for a date for the fix and they would not give one.

Next meeting: Thursday 2 November, online.
"""

NEWS = (
    "Residents of Harbour Road say new floodlights at the ferry terminal keep them awake. "
    "The operator said a timer had been set wrongly."
)


def test_a_meeting_apps_turns_are_direct_quotes(bench):
    got = quotes_of(bench, MEETING, NEWS, published=DAY)
    varga = [w for s, w in got if s == "Ines Varga"]
    assert any(w.startswith("Right, I think everyone is in now.") for w in varga), got
    assert any(w == "Thanks, Tariq. Sol, you spoke to the operator?" for w in varga)
    assert any(s == "Tariq Bell" and w.startswith("Can I come in there?") for s, w in got)
    aranda = [w for s, w in got if s == "Sol Aranda"]
    assert any(w.startswith("I did.") and w.endswith("would not give one.") for w in aranda)
    assert not any("Next meeting" in w for _, w in got)


CAPTIONS = """WESTBRAY SCHOOL | Caption file of the livestream

Captions were written live and may contain errors. Speaker changes are marked with >>.

[MUSIC]

>> COUNCILLOR RAY OKORO: Good evening, everyone. Tonight we open the new science wing, and I want to thank the builders who finished it a month early.

>> PIA LUND, HEAD TEACHER: Thank you, Councillor. Our pupils have waited three years for these labs.

>> COUNCILLOR RAY OKORO: Pia, would you cut the ribbon?

>> PIA LUND, HEAD TEACHER: With pleasure. There we are.

[APPLAUSE]
"""

REPORT = "Westbray School opened its new science wing on Friday evening."


def test_a_caption_files_marked_labels_are_speakers(bench):
    got = quotes_of(bench, CAPTIONS, REPORT, published=DAY)
    assert any(s == "Ray Okoro" and w.startswith("Good evening, everyone.") for s, w in got), got
    assert any(s == "Ray Okoro" and w == "Pia, would you cut the ribbon?" for s, w in got)
    lund = [w for s, w in got if s == "Pia Lund"]
    assert any(w.startswith("Thank you, Councillor.") for w in lund)
    assert any(w.startswith("With pleasure.") for w in lund)


def test_guard_a_marked_label_of_common_words_is_no_person(bench):
    text = CAPTIONS.replace(">> PIA LUND, HEAD TEACHER: With pleasure.", ">> CROWD MEMBER: Hooray.")
    got = quotes_of(bench, text, REPORT, published=DAY)
    assert not any("Hooray" in w for _, w in got)
    assert not any(s.lower().startswith("crowd") for s, _ in got)


EVIDENCE = """Harbour Committee | Oral evidence: ferry terminal lighting

Members present: Ada Kwan (Chair); Ben Adair; Carl Dunne.

Witness: Dora Pell, Operations Director, Westbray Ferries.

Q12 The Chair: Welcome, Ms Pell. Tell us about the floodlights.

Dora Pell: The new lights were installed in September. A timer was set wrongly by the installer.

Q13 Ben Adair: There have been complaints from nineteen households.

Dora Pell: We have apologised to every one of them, and the timer was reset on Monday.

Q14 The Chair: Thank you. We will publish our report in December.
"""


def test_a_committees_numbered_questions(bench):
    got = quotes_of(bench, EVIDENCE, NEWS, published=DAY)
    kwan = [w for s, w in got if s == "Ada Kwan"]
    assert any(w.startswith("Welcome, Ms Pell.") for w in kwan), got
    assert any(w.startswith("Thank you. We will publish") for w in kwan)
    assert any(s == "Ben Adair" and w.startswith("There have been complaints") for s, w in got)
    pell = [w for s, w in got if s == "Dora Pell"]
    assert any(w.startswith("The new lights were installed") for w in pell)
    assert any(w.startswith("We have apologised") for w in pell)
    assert not any(s.startswith("Q1") for s, _ in got)


BULLETIN = """Evening bulletin (transcript)

NINA ROSS, PRESENTER: Good evening. Oil has reached the beaches at Carrow Bay. Our reporter Tom Hale is there.

TOM HALE, REPORTER: The slick came ashore at dawn, about two miles of it.

IVY MARSH, LIFEGUARD (CLIP): I've never seen the sand this black. We closed the beach at eight.

NINA ROSS: Tom, what is the port saying?

TOM HALE: The port says the leak has stopped. So who will pay for the clean-up?

NINA ROSS: Tom Hale there. Now the weather.
"""


def test_guard_a_presenters_turns_under_the_name_alone_are_no_quotes(bench):
    other = "Oil reached Carrow Bay on Monday, the presenter Nina Ross told viewers."
    got = quotes_of(bench, BULLETIN, other, published=DAY)
    assert not any(s == "Nina Ross" for s, _ in got), got


TRAVEL_LOG = """Claim reference FX-2231: your journey

Departed Hallam 06:10
Landed KDH 11:38
Final arrival: Westport by coach, Sun 17 Feb, 16:17

We are sorry that your journey was disrupted.
"""


def test_guard_a_logs_line_with_a_time_is_no_speaker(bench):
    got = quotes_of(bench, TRAVEL_LOG, "The flight landed at Kelder on Sunday.", published=DAY)
    assert not any("Final arrival" in w for _, w in got), got
