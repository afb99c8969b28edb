"""Quote speakers missed on heldout_s40 (session 44), tested on sentences written for these
tests (none is a sentence of a held-out set).

- A heading line that names who a statement is from ("A message from the club secretary,
  Dev Anand") attributes the quotation that opens the next paragraph; a quotation with its
  own reporting verb keeps its own speaker.
- "In the words of X" and "In X's words" give X's words, as "according to X" does; "in
  other words" gives no one's.
- "We understand from X that ..." reports X, as "learned from X that ..." does.
- "Police believe ..." / an organisation "believes ...": an inquiry's working account,
  reported as its statement; a person's or a group's belief is none.
- "according to the organisers' notes": the notes' holder speaks.
- "he" never goes back to a person whose role says she is a woman ("Mae Orr, the boy's
  grandmother"), even as the last person named.
"""

from __future__ import annotations

from consilience.model import Article


def _quotes(text: str) -> list[tuple[str, str, str]]:
    from consilience.analyse import analyse
    from consilience.quotes import extract_quotes

    art = Article(id="a0", source="a0.txt", text=text, published="2036-02-16")
    return [(q.speaker, q.text, q.cue) for an in analyse([art]) for q in extract_quotes(an)]


def test_heading_names_the_statements_speaker():
    found = _quotes(
        "The regatta on Saturday has been called off because of the forecast.\n\n"
        "A message from the club secretary, Dev Anand\n\n"
        '"I know how much work crews have put in this winter. Safety has to come first, and '
        'we will run the regatta in May instead."'
    )
    assert any(sp == "Dev Anand" and "Safety has to come first" in tx for sp, tx, _ in found)


def test_heading_with_a_role_resolves_to_the_named_holder():
    found = _quotes(
        "Venue: Orchard Fields | Show secretary: Petra Lund\n\n"
        "Entries for the spring show close on 2 April.\n\n"
        "A note from the show secretary:\n\n"
        '"We had more entries last year than ever before. Please send yours early so the '
        'judges can plan the day."'
    )
    assert any(sp == "Petra Lund" and "more entries" in tx for sp, tx, _ in found)


def test_a_quotation_with_its_own_verb_ignores_the_heading():
    found = _quotes(
        "Update from the quay\n\n"
        '"The ferry is running again," said harbourmaster Iona Blake. "We expect delays '
        'until the evening."'
    )
    assert [sp for sp, tx, _ in found if "ferry is running" in tx] == ["Iona Blake"]


def test_in_the_words_of_gives_the_speaker():
    found = _quotes(
        "The lifeguard swam out twice. In the words of Mae Orr, the boy's grandmother, who "
        "saw it from the pier, the lifeguard went back in when nobody else would."
    )
    assert any(sp == "Mae Orr" and tx.startswith("the lifeguard went back") for sp, tx, _ in found)


def test_in_someones_words_and_in_other_words():
    found = _quotes(
        "In other words, the club cannot pay its rent. In treasurer Olu Banks's words, the "
        "accounts have no slack left at all."
    )
    assert [sp for sp, _, _ in found] == ["Olu Banks"]
    assert "no slack left" in found[0][1] and "treasurer" not in found[0][1]


def test_understand_from_reports_the_source():
    found = _quotes(
        "We understand from the coastguard that the missing dinghy was found on a sandbank "
        "near Tarrow Point on Monday."
    )
    assert any(sp == "the coastguard" and "missing dinghy" in tx for sp, tx, _ in found)


def test_police_believe_is_their_statement_residents_believe_is_not():
    found = _quotes(
        "Kelmford Police believe the burglars entered through a skylight on the roof. "
        "Residents believe the shop was targeted before."
    )
    assert [(sp, tx) for sp, tx, _ in found] == [
        ("Kelmford Police", "the burglars entered through a skylight on the roof")
    ]


def test_according_to_someones_notes():
    found = _quotes(
        "According to the Harwick Cycling Club's notes, about 40 riders took the wrong turn at the ford."
    )
    assert any("Harwick Cycling Club" in sp and "wrong turn" in tx for sp, tx, _ in found)


def test_he_skips_a_woman_named_last():
    found = _quotes(
        "Coach Idris Vane pulled the boy from the river.\n\n"
        "The water was cold. The current was strong. The bank was steep. Help came late.\n\n"
        'In the words of Mae Orr, the boy\'s grandmother: "He did not wait for anybody."\n\n'
        'Asked later how he felt, he said: "Tired, and very glad."'
    )
    assert [sp for sp, tx, _ in found if "Tired" in tx] == ["Idris Vane"]
