"""Transcript turns of session 55, tested on transcripts written for these tests (none is
text of a held-out set):

- a phone-in's transcript sets each speaker's name alone on its line in capitals, with no
  colon ("MARTA QUILL", "BERNIE"), the words on the next line: each turn is a direct quote
  of the person named, a caller named by first name too (the presenter's turns, like a
  council transcript's own-line turns, are left as the labels give them);
- a newsletter's headings in capitals, each used once ("WHAT HAPPENED", "WHAT NEXT"), are
  no speakers, nor is a label the transcript uses only once.
"""

from __future__ import annotations

from brief_fixtures import quotes_of

DAY = "2047-05-02"

PHONE_IN = """KESTON FM | Drive Time with Ivo Brandt | Tuesday 2 May 2047

IVO BRANDT
Now to the Ferndyke ferry, out of service since the weekend. Marta Quill runs the ferry trust. Marta, when does it sail again?

MARTA QUILL
Not before the gearbox is back from the works in Hull, and we are told that is ten days at the earliest.

IVO BRANDT
What are passengers meant to do until then?

MARTA QUILL
The trust has put on a minibus round by the bridge, every hour from seven, and it is free.

IVO BRANDT
Bernie is on the line from Ashby. Bernie, go ahead.

BERNIE
I cross every morning for work and the minibus adds forty minutes each way.

IVO BRANDT
Is anyone else paying for that time?

MARTA QUILL
We are asking the county council to help with taxis for shift workers.
"""

NEWS = (
    "The Ferndyke ferry has been out of service since Saturday after its gearbox failed. "
    "Marta Quill of the ferry trust said a free minibus would run until it returned."
)


def test_own_line_names_without_a_colon_are_turns(bench):
    got = quotes_of(bench, PHONE_IN, NEWS, published=DAY)
    quill = [w for s, w in got if s == "Marta Quill"]
    assert any(w.startswith("Not before the gearbox is back") for w in quill), got
    assert any(w.startswith("The trust has put on a minibus") for w in quill), got
    assert any(w.startswith("We are asking the county council") for w in quill), got
    assert any(s == "Bernie" and w.startswith("I cross every morning") for s, w in got), got


NEWSLETTER = """FERNDYKE FERRY USERS' GROUP: MAY NEWSLETTER

WHAT HAPPENED
The ferry's gearbox failed on Saturday afternoon and the boat was towed back to the slip.

WHAT NEXT
The trust expects the gearbox back from Hull in ten days.

MARTA QUILL
Thanks to everyone who has written in.
"""


def test_headings_in_capitals_are_no_speakers(bench):
    got = quotes_of(bench, NEWSLETTER, NEWS, published=DAY)
    assert not any(w.startswith("The ferry's gearbox failed") for _, w in got), got
    assert not any(w.startswith("The trust expects the gearbox") for _, w in got), got
    assert not any(w.startswith("Thanks to everyone") for _, w in got), got


INTERVIEW = """Ferry Matters, June issue

Our editor spoke to the chair of the ferry trust. The interview has been edited.

Lena Moss, editor: What went wrong with the ferry?

Hal Dunn, chair, Ferndyke Ferry Trust: The gearbox seized on the Saturday crossing and the boat drifted onto the mud until the tide lifted her.

Lena Moss: Could it happen again?

Hal Dunn: We have ordered a second gearbox so that a spare is always on the shelf.

Lena Moss: When will passengers know more?

Hal Dunn: We will publish the engineer's report in full next month.
"""


def test_an_interviews_labels_with_a_post_after_a_comma(bench):
    got = quotes_of(bench, INTERVIEW, NEWS, published=DAY)
    dunn = [w for s, w in got if s == "Hal Dunn"]
    # the first answer, told in the third person, is his as much as the others
    assert any(w.startswith("The gearbox seized on the Saturday crossing") for w in dunn), got
    assert any(w.startswith("We have ordered a second gearbox") for w in dunn), got
    assert not any("Ferndyke Ferry Trust:" in w for _, w in got), got


NARRATED = """Ferndyke ferry to return in June

Hal Dunn, the trust's chair, said: we expect the boat back in June.

Lena Moss, who runs the users' group, told members: we will hold the trust to that date.
"""


def test_a_name_and_a_post_before_a_reporting_verb_is_no_label():
    from consilience.report_turns import named_turns

    assert named_turns(NARRATED) == []


PROFILE = """Ferry users count the cost

Graham Petch, 68, from Ashby, has crossed on the Ferndyke ferry every week for forty years. "I have never known it out this long. The minibus is kind, but it is not the same."

The trust says the ferry will be back in June.
"""


def test_a_bare_quotation_after_a_sentence_about_a_person_is_theirs(bench):
    got = quotes_of(bench, PROFILE, NEWS, published=DAY)
    assert any(
        s == "Graham Petch" and w.startswith("I have never known it out this long") for s, w in got
    ), got


CHARITY = """Ferry delays anger users

The ferry has been out of service since Saturday, the trust said. The charity Rural Routes said it had warned the trust in March that the boat needed a new gearbox.
"""


def test_a_description_before_a_name_is_the_names_body(bench):
    got = quotes_of(bench, CHARITY, NEWS, published=DAY)
    assert any(
        s == "Rural Routes" and w.startswith("it had warned the trust in March") for s, w in got
    ), got
    assert not any(s.lower() == "the charity" for s, _ in got), got


MINUTES = """Transport Scrutiny Committee: minutes, 2 May 2047

Present: Cllr Ada Venn (Chair), Cllr Rob Ince.
Also present: Dr Priya Lal (Operations Director, Ferndyke Ferry Trust).

12. Ferndyke ferry
12.1 The Operations Director reminded the Committee that the gearbox had been sent to Hull for repair.
12.2 She reported that the minibus had carried 1,400 passengers in its first week.
"""


def test_a_title_in_the_minutes_is_the_person_listed_with_it(bench):
    got = quotes_of(bench, MINUTES, NEWS, published=DAY)
    lal = [w for s, w in got if s == "Priya Lal"]
    assert any("minibus had carried 1,400 passengers" in w for w in lal), got
    assert not any(s.endswith("Director") for s, _ in got), got


ROUND_UP = """Around the villages

KELBY
The village hall roof will be repaired in June, the parish council says.

ASHBY
The Ashby gala has moved to the playing field this year.

KELBY
Bin collections move to Thursdays from next week.

ASHBY
A new bus shelter has been installed on Mill Road.
"""


def test_place_headings_of_a_round_up_are_no_speakers(bench):
    got = quotes_of(bench, ROUND_UP, NEWS, published=DAY)
    assert not any(s.lower() in ("kelby", "ashby") for s, _ in got), got


TRIBUTE = """Tributes to ferryman

Walter Ince died at home on Sunday aged 81. "He was the kindest man on the river and never missed a crossing." Those were the words of his neighbour, Jean Tolley.
"""


def test_a_quotation_about_the_person_in_the_third_person_is_not_theirs(bench):
    got = quotes_of(bench, TRIBUTE, NEWS, published=DAY)
    assert not any(s == "Walter Ince" for s, _ in got), got


OFFICERS = """Ferndyke Parish Council: minutes, 2 May 2047

Also present: Mrs Helen Ash (Finance Officer), Ms Ruth Goode (Planning Officer).

4.1 The Finance Officer reported that the ferry fund stood at £41,000.
4.2 The Planning Officer reported that the new slipway had been approved.
"""


def test_each_title_is_the_person_listed_with_that_title(bench):
    got = quotes_of(bench, OFFICERS, NEWS, published=DAY)
    assert any(s == "Helen Ash" and "ferry fund stood at" in w for s, w in got), got
    assert any(s == "Ruth Goode" and "new slipway" in w for s, w in got), got
