"""Session 60: transcript turns labelled by a broadcast cue ("SOT (Name):"), a court role
("THE JUDGE:"), a voicing bracket ("[Interpreter for Name]:") or a name and a dash
("Name — ..."), read by ``turn_cues`` and ``bracket_turns`` and used by ``quotes``."""

from __future__ import annotations

from brief_fixtures import brief_of

from consilience.bracket_turns import bracketed_turns
from consilience.turn_cues import court_role_name, cued_name, dash_turns


def said_by(bench, text: str, day: str) -> dict[str, str]:
    """The brief's quotes of ``text`` (one article published on ``day``): the first 20
    characters of each quote's words -> its speaker."""
    return {q["text"][:20]: q["speaker"] for q in brief_of(bench, text, published=day)["quotes"]}


SCRIPT = (
    "RIVERSIDE TONIGHT | ITEM 3 | FERRY FARES\n\n"
    "PRESENTER: Fares on the Holm ferry are going up by a third from April.\n\n"
    "REPORTER (Tom Iles): At the slipway this morning, commuters were counting the cost.\n\n"
    "SOT (Dr Lena Fairclough): I cross twice a day for the hospital. That is forty pounds "
    "a week now.\n\n"
    "CLIP (Harbour Board): No comment was given.\n\n"
    "REPORTER (Tom Iles): The harbour board says the old fares did not cover fuel.\n"
)


def test_a_cue_label_names_the_person_in_its_brackets() -> None:
    assert cued_name("SOT", "Dr Lena Fairclough") == "Dr Lena Fairclough"
    assert cued_name("SOT", "Harbour Board") is None  # no person
    assert cued_name("REPORTER", "Tom Iles") is None  # the outlet's own reporter


def test_a_clip_cue_quotes_the_interviewee_not_the_reporter(bench) -> None:
    said = said_by(bench, SCRIPT, "2070-02-11")
    assert said.get("I cross twice a day ") == "Lena Fairclough"
    assert "At the slipway this " not in said


HEARING = (
    "IN THE COUNTY COURT AT WESTHAVEN\n\n"
    "R v ANNA KOWAL\n\n"
    "Before: HIS HONOUR JUDGE PETER OAKES\n\n"
    "THE CLERK: Please stand.\n\n"
    "MR BRIDE: The defendant repaid the money in full before the hearing.\n\n"
    "THE JUDGE: I accept that she repaid it. The court still has to mark the breach of "
    "trust.\n\n"
    "THE DEFENDANT: I am ashamed of what I did.\n\n"
    "THE JUDGE: The sentence is twelve months, suspended for two years.\n"
)


def test_a_court_role_label_names_the_holder_the_heading_gives() -> None:
    name, s, e = court_role_name("THE JUDGE", HEARING)
    assert name == "Peter Oakes" and HEARING[s:e] == "PETER OAKES"
    assert court_role_name("THE DEFENDANT", HEARING)[0] == "Anna Kowal"
    assert court_role_name("THE CLERK", HEARING) is None  # no role of a named holder
    assert court_role_name("THE JUDGE", "THE JUDGE: Sit down.") is None  # nobody named


def test_court_role_turns_are_the_holders_quotes(bench) -> None:
    said = said_by(bench, HEARING, "2071-06-02")
    assert said.get("I accept that she re") == "Peter Oakes"
    assert said.get("The sentence is twel") == "Peter Oakes"
    assert said.get("I am ashamed of what") == "Anna Kowal"
    assert "Please stand." not in said


def test_a_voicing_bracket_gives_the_words_to_the_person_voiced() -> None:
    text = (
        "Briefing notes.\n\n"
        "[Interpreter for Marek Dunlow]: The bridge will reopen on Friday.\n\n"
        "[Voice of Ines Carrow]: We were not consulted.\n\n"
        "[Head of Sales] hello there\n"
    )
    assert [t.label for t in bracketed_turns(text)] == ["Marek Dunlow", "Ines Carrow"]


INTERVIEW = (
    "The quarry that swallowed a village green\n\n"
    "Mira Castell chairs the Hobb's End residents' group. She spoke to Sam Oduya.\n\n"
    "Sam Oduya \u2014 When did you first see cracks?\n\n"
    "Mira Castell \u2014 In the spring. The church wall opened like a zip.\n\n"
    "Sam Oduya \u2014 Who did you tell?\n\n"
    "Mira Castell \u2014 The council, twice, and nobody came.\n\n"
    "Committee\n\n"
    "Jane Hale \u2014 treasurer\n\n"
    "Rob Tighe \u2014 secretary\n"
)


def test_dash_turns_need_sentences_and_two_speakers() -> None:
    labels = [t.label for t in dash_turns(INTERVIEW)]
    assert labels == ["Sam Oduya", "Mira Castell", "Sam Oduya", "Mira Castell"]
    one = "Mira Castell \u2014 In the spring the wall opened.\n"
    assert dash_turns(one) == []  # one line so set is no interview


def test_dash_turns_quote_each_speaker_the_interviewer_too(bench) -> None:
    said = said_by(bench, INTERVIEW, "2072-05-19")
    assert said.get("In the spring. The c") == "Mira Castell"
    assert said.get("The council, twice, ") == "Mira Castell"
    assert {s for s, who in said.items() if who == "Sam Oduya"}  # the interviewer's questions
    assert not any(s.startswith("treasurer") for s in said)


def test_a_body_named_for_two_places_speaks_under_its_whole_name(bench) -> None:
    """The parser splits "X and Y Police" into a subject and its conjunct; the speaker is
    the one force, not the first place nor another body named after it."""
    text = (
        "Inmate freed by mistake\n\n"
        "Holmfirth and Dene Police said the prison told them about the error at noon. "
        "Avon and Somerset Police said a second man had been traced.\n\n"
        "He was sentenced at Holmfirth Crown Court in 2069.\n"
    )
    said = said_by(bench, text, "2072-03-01")
    assert said.get("the prison told them") == "Holmfirth and Dene Police"
    assert said.get("a second man had bee") == "Avon and Somerset Police"


def test_he_after_a_described_and_named_speaker_is_the_named_person(bench) -> None:
    """ "X's chief pharmacist, Name, said: ..." then "He said ...": the pronoun refers to
    the person by name, also when the tagger reads the name as an organisation's."""
    text = (
        "Dosing error at care home\n\n"
        "Tallis Group's superintendent pharmacist, Emrys Caddington, said: \"We are sorry. "
        'The doses were wrong for a week."\n\n'
        "He said 41 residents had been checked by a doctor.\n"
    )
    said = said_by(bench, text, "2071-09-14")
    assert said.get("41 residents had bee") == "Emrys Caddington"


def test_a_cue_names_a_person_whatever_the_surname_means() -> None:
    """The cue vouches for a person: a surname that is also a common noun ("Reed", "Rusk")
    still names one; a body's name in the brackets does not."""
    assert cued_name("SOT", "Tom Reed") == "Tom Reed"
    assert cued_name("CLIP", "Gwil Rusk, Hobb's End Fire Service") == "Gwil Rusk"
    assert cued_name("CLIP", "Pellow") == "Pellow"  # the article may name him in full
    assert cued_name("SOT", "Hobb's End Fire Service") is None


def test_a_court_role_held_by_two_named_people_names_no_one() -> None:
    two_accused = "R v MORVEN ACHESON and TEILO BRAND\n\nTHE DEFENDANT: I was not there.\n"
    assert court_role_name("THE DEFENDANT", two_accused) is None
    two_judges = (
        "Before: LORD JUSTICE ANSELM QUAYLE and HIS HONOUR JUDGE DERYN MOSS\n\n"
        "THE JUDGE: The appeal is dismissed.\n"
    )
    assert court_role_name("THE JUDGE", two_judges) is None


def test_a_court_role_holder_written_in_other_ways() -> None:
    coroner = "Before: Ms Perpetua Lowden, Senior Coroner for Rysdale\n\nTHE CORONER: Thank you.\n"
    assert court_role_name("THE CORONER", coroner)[0] == "Ms Perpetua Lowden"
    listed = "Coroner: Perpetua Lowden\n\nTHE CORONER: Thank you.\n"
    assert court_role_name("THE CORONER", listed)[0] == "Perpetua Lowden"
    recorder = "Before: MR RECORDER ALDOUS FENN\n\nTHE RECORDER: Mr Brice.\n"
    assert court_role_name("THE RECORDER", recorder)[0] == "Aldous Fenn"
    justice = "Before: THE HONOURABLE MRS JUSTICE ISOLDE VANE\n\nTHE JUDGE: Sit down.\n"
    assert court_role_name("THE JUDGE", justice)[0] == "Isolde Vane"


def test_an_interviewer_who_also_comments_speaks_under_own_name(bench) -> None:
    text = (
        "After the flood\n\n"
        "Ravi Oakes \u2014 Were you at home when the water came?\n\n"
        "Edda Lind \u2014 I was. It came under the door at midnight.\n\n"
        "Ravi Oakes \u2014 That must have been frightening. Tell me about the warnings.\n\n"
        "Edda Lind \u2014 There were none. Nobody knocked on our door.\n"
    )
    said = said_by(bench, text, "2072-11-02")
    assert said.get("I was. It came under") == "Edda Lind"
    assert said.get("That must have been ") == "Ravi Oakes"


def test_the_force_is_the_joint_body_named_before(bench) -> None:
    text = (
        "Two men bailed\n\n"
        "Carrow and Tain Police said both men had been released on bail.\n\n"
        "The force said it would give an update on Friday.\n"
    )
    brief = brief_of(bench, text, published="2072-11-02")
    assert {q["speaker"] for q in brief["quotes"]} == {"Carrow and Tain Police"}
