"""Transcript turns of session 54, tested on transcripts written for these tests (none is
text of a held-out set):

- a podcast or a conference transcript labels each turn in square brackets at the start of
  its paragraph, a role before a dash and a description after a comma ("[GUEST – Omar
  Siddiq, harbour master]", "[Lena Hart]"): each turn is a direct quote of the person
  named; as in every transcript, the programme's own staff ("[PRESENTER – Lena Hart]")
  and a reporter's question from the floor ("Q [Ruth Obi, Coast Weekly]:") are no
  source's words; stage notes in brackets ("[JINGLE]", "[Recording ends]") are nobody's.
"""

from __future__ import annotations

from brief_fixtures import quotes_of

DAY = "2047-03-14"

PODCAST = """Tideline, episode 48: the harbour wall

[JINGLE]

[PRESENTER – Lena Hart] Hello and welcome. The harbour wall at Skelby cracked on Sunday night and the inner basin has been closed since.

[GUEST – Omar Siddiq, harbour master] We closed the basin at first light on Monday. Nobody was hurt, and the boats inside were moved out by noon.

[PRESENTER – Lena Hart] When will it reopen?

[GUEST – Omar Siddiq, harbour master] Not before the engineers have surveyed the whole wall, and that takes a fortnight at least.

[Recording ends]
"""

BRIEFING = """Skelby harbour: media briefing, Tuesday

Q [Ruth Obi, Coast Weekly]: Who pays for the repair?

Omar Siddiq said the harbour trust would meet the cost from its reserves.

Q [Dev Anand, Radio Skelby]: How many boats were moved?
"""

NEWS = (
    "The harbour wall at Skelby cracked on Sunday night. Harbour master Omar Siddiq said "
    "the inner basin would stay closed while engineers surveyed the wall."
)


def test_bracket_labels_name_the_speakers(bench):
    got = quotes_of(bench, PODCAST, NEWS, published=DAY)
    siddiq = [w for s, w in got if s == "Omar Siddiq"]
    assert any(w.startswith("We closed the basin at first light on Monday.") for w in siddiq), got
    assert any(w.startswith("Not before the engineers") for w in siddiq), got
    assert not any(s == "Lena Hart" for s, _ in got), got  # the programme's presenter
    assert not any("JINGLE" in w or "Recording ends" in w for _, w in got), got


def test_a_reporters_question_from_the_floor_is_no_quote(bench):
    got = quotes_of(bench, BRIEFING, NEWS, published=DAY)
    assert not any(s in ("Ruth Obi", "Dev Anand") for s, _ in got), got


PANEL = """Harbour forum, recording notes

[Omar Siddiq] The inner basin stays closed until the survey is done.

[Nell Varga, Skelby Boat Club] Our members moved forty boats on Monday morning.

[MUSIC]
"""


def test_a_bare_bracketed_name_is_a_speaker(bench):
    got = quotes_of(bench, PANEL, NEWS, published=DAY)
    assert any(s == "Omar Siddiq" and w.startswith("The inner basin stays closed") for s, w in got)
    assert any(s == "Nell Varga" and w.startswith("Our members moved forty") for s, w in got), got
    assert not any("MUSIC" in s or "MUSIC" in w for s, w in got), got
