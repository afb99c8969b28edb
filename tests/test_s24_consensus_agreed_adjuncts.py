"""Consensus (session 24): the agreed part of a clause whose time or date is disputed keeps
the adjunct phrases the articles agree on.

* A disputed adjunct followed by other adjuncts of a predicate that has nothing else but
  its subject ("The landslide began | shortly after midnight | on the eastern slope") is
  left out by a gap: cutting the clause at it would leave "The landslide began", which a
  light verb cannot state alone (so the whole agreed claim was lost), or a bare particle
  verb that drops where it happened.
* A phrasal verb's particle ends a statement ("The strike was called off"): it is no
  dangling preposition whose phrase was cut.
* Precision: a predicate that keeps its object before the cut is still cut there ("Police
  arrested a woman | on Tuesday | in Leeds"), and a light verb with nothing after the
  disputed phrase states nothing ("The summit was held | on Friday").

Every sentence is written for this file; the positive cases fail on the code before.
"""

from __future__ import annotations

import pytest

from consilience.model import Claim


def _agreed(make_ctx, sentence: str, reading: str, verb: str, clause: str = "") -> str | None:
    """The agreed text of ``sentence``'s clause (``clause``, or the sentence without its
    full stop) when ``reading`` is disputed: its pieces joined, or None."""
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_gaps, agreed_span
    from consilience.count_cuts import joined, pieces

    ctx = make_ctx(sentence)
    clause = clause or sentence[: sentence.rindex(".")]
    at = sentence.index(clause)
    c = Claim("a0", at, at + len(clause), clause, 0, "main", verb, verb)
    r = sentence.index(reading)
    spans = [("a0", r, r + len(reading))]
    texts = Texts(ctx)
    span = agreed_span(c, texts, spans)
    if span is None:
        return None
    return joined(sentence, pieces(span, agreed_gaps(c, texts, spans)))


@pytest.mark.parametrize(
    ("sentence", "reading", "verb", "agreed"),
    [
        (
            "The landslide began shortly after midnight on the eastern slope of Mount Ferro.",
            "shortly after midnight",
            "begin",
            "The landslide began on the eastern slope of Mount Ferro",
        ),
        (
            "Trading resumed at 10:15 a.m. on the Lisbon exchange.",
            "10:15 a.m.",
            "resume",
            "Trading resumed on the Lisbon exchange",
        ),
        (
            "The match kicked off at 7.45pm at Hallam Park in front of a sell-out crowd.",
            "7.45pm",
            "kick_off",
            "The match kicked off at Hallam Park in front of a sell-out crowd",
        ),
        (
            "The hearing was held on Tuesday at the Crown Court in Dunmore.",
            "Tuesday",
            "hold",
            "The hearing was held at the Crown Court in Dunmore",
        ),
    ],
)
def test_a_disputed_time_before_agreed_adjuncts_is_a_gap(make_ctx, sentence, reading, verb, agreed):
    assert _agreed(make_ctx, sentence, reading, verb) == agreed


def test_the_clause_of_reported_speech_keeps_its_place(make_ctx):
    """The clause inside "Officials said ..." is cut the same way."""
    sentence = "Officials said the outage began at 06:10 in a substation near Brenholt."
    clause = "the outage began at 06:10 in a substation near Brenholt"
    got = _agreed(make_ctx, sentence, "06:10", "begin", clause)
    assert got == "the outage began in a substation near Brenholt"


@pytest.mark.parametrize(
    ("sentence", "reading", "verb", "agreed"),
    [
        ("The strike was called off on Monday.", "Monday", "call_off", "The strike was called off"),
        (
            "The backup generators kicked in at 4:20 a.m.",
            "4:20 a.m.",
            "kick_in",
            "The backup generators kicked in",
        ),
    ],
)
def test_a_particle_ends_a_statement(make_ctx, sentence, reading, verb, agreed):
    assert _agreed(make_ctx, sentence, reading, verb) == agreed


def test_an_object_before_the_cut_closes_the_clause(make_ctx):
    sentence = "Police arrested a woman on Tuesday in central Leeds."
    assert _agreed(make_ctx, sentence, "Tuesday", "arrest") == "Police arrested a woman"


@pytest.mark.parametrize(
    ("sentence", "reading", "verb"),
    [
        ("The summit was held on Friday.", "Friday", "hold"),
        ("The regatta was held in 2019.", "2019", "hold"),
    ],
)
def test_a_light_verb_alone_after_the_cut_states_nothing(make_ctx, sentence, reading, verb):
    assert _agreed(make_ctx, sentence, reading, verb) is None


@pytest.mark.parametrize(
    ("sentence", "reading", "verb", "agreed"),
    [
        (
            "The club says it sold 9,000 season tickets in two days.",
            "two days",
            "sell",
            "The club says it sold 9,000 season tickets",
        ),
        (
            "Prosecutors said the defendant left the country on 3 May.",
            "3 May",
            "leave",
            "Prosecutors said the defendant left the country",
        ),
    ],
)
def test_an_adjunct_of_what_was_said_is_cut(make_ctx, sentence, reading, verb, agreed):
    """A clause holding its attribution ("The club says | ...") has the verb of what was
    said as its predicate: that verb's adjuncts are cut as a main clause's are."""
    assert _agreed(make_ctx, sentence, reading, verb) == agreed


def test_a_light_verb_said_to_have_happened_states_nothing(make_ctx):
    """ "Officials said the regatta was held" states nothing once its year is cut: the
    verb of saying is no complement of the light verb."""
    sentence = "Officials said the regatta was held in 2019."
    assert _agreed(make_ctx, sentence, "2019", "hold") is None


@pytest.mark.parametrize(
    ("sentence", "reading", "verb", "agreed"),
    [
        (
            "The motion was approved with 61 votes for and 40 against.",
            "61 votes",
            "approve",
            "The motion was approved",
        ),
        (
            "The motion was carried by 27 votes to 14.",
            "27 votes",
            "carry",
            "The motion was carried",
        ),
    ],
)
def test_the_rest_of_a_disputed_tally_is_cut_with_it(make_ctx, sentence, reading, verb, agreed):
    """What follows the disputed phrase is the rest of the tally (a number, a preposition
    without its object), not an agreed phrase: the clause is cut at the disputed phrase."""
    assert _agreed(make_ctx, sentence, reading, verb) == agreed
