"""Quotes misread on the held-out set heldout_s52 (session 52), tested on transcripts
written for these tests (none is text of a held-out set):

- a council's transcript sets each member's label on its own line, a blank line, then the
  speech over one or more paragraphs: each turn is one direct quote of the member the
  titled label names ("CLLR ANNA DORE (Westfield):"), up to the next label or the chair's
  own line;
- a person named in capitals in a label and in mixed case elsewhere is given the mixed case;
- a phone-in caller put on air by first name ("PIOTR (caller, Eastgate):") is the speaker
  of the caller's turn.
"""

from __future__ import annotations

from brief_fixtures import quotes_of

DAY = "2046-05-04"

COUNCIL = """Full Council, 2 May 2046: members' questions (transcript)

THE MAYOR (Cllr Ruth Pell): Question 3 is from Councillor Dore to the Leader.

CLLR ANNA DORE (Westfield):

Thank you, Madam Mayor. The swimming pool in my ward shut without notice last week. Can the Leader tell us when it will reopen?

CLLR MARCUS LINDQVIST (Leader of the Council):

I thank Councillor Dore for her question. We were told on Friday that the roof beams had failed an inspection.

Our engineers are on site, and I expect the pool to reopen in September. I will write to every member when we know more.

THE MAYOR: Thank you. We move to item 10.
"""

COLUMN = (
    "Westfield's pool has been shut since last week. Cllr Marcus Lindqvist, the council's "
    "leader, told members the roof beams had failed an inspection."
)


def test_a_council_transcripts_turns_are_direct_quotes(bench):
    got = quotes_of(bench, COUNCIL, COLUMN, published=DAY)
    dore = [w for s, w in got if s == "Anna Dore"]
    leader = [w for s, w in got if s == "Marcus Lindqvist"]
    assert any(w.startswith("Thank you, Madam Mayor.") and w.endswith("reopen?") for w in dore)
    assert any(
        w.startswith("I thank Councillor Dore") and "I will write to every member" in w
        for w in leader
    ), got
    assert not any("We move to item 10" in w for _, w in got)
    assert not any(s.isupper() for s, _ in got)


RADIO = """WAVE 98 | The Lunch Hour | Transcripts

Presenter: Keri Holm

KERI HOLM: Good afternoon. We start with the bins that were not collected in Eastgate for three weeks. Piotr is in Eastgate. Piotr, hello.

PIOTR (caller, Eastgate): Hello Keri. Our bins were left out for three weeks and the foxes got into all of them.

KERI HOLM: Thank you, Piotr. The council says collections are back to normal.
"""


def test_a_phone_in_caller_named_by_first_name_is_the_speaker(bench):
    got = quotes_of(bench, RADIO, published=DAY)
    said = "Hello Keri. Our bins were left out for three weeks and the foxes got into all of them."
    assert ("Piotr", said) in got, got
