"""Quotes (session 12): a definite body noun ("the bureau", "the office", "the authority")
refers to the body named or described with that very noun, not to a body whose name's head
is only a WordNet synonym of it; a described body ("the state canals office") is itself a
speaker, not a named body of another trade.

Every text is written for these tests (canals, orchards, libraries, ferries' kitchens:
no held-out set's domain)."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def speaker_of(make, text: str, fragment: str) -> str:
    """The speaker of the one quote of ``text`` whose text holds ``fragment``."""
    hits = [q.speaker for q in extract_quotes(make(text)) if fragment in q.text]
    assert len(hits) == 1, [(q.speaker, q.text) for q in extract_quotes(make(text))]
    return hits[0]


# ------------------------------------------------- body nouns: the noun itself, then synonyms


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (  # the described bureau speaks, then the named agency, then "the bureau" again
            "The Pellworth Orchard Agency said 300 growers had lost their crop. The regional "
            "frost bureau said temperatures fell to minus six. The bureau said another cold "
            "night was likely.",
            "another cold night",
            "The regional frost bureau",
        ),
        (  # the described office speaks first; "the office" after a named bureau
            "The state canals office said the lock gates had jammed. The Kelbrook Waterways "
            "Bureau said 14 barges were stuck. The office said divers would inspect the "
            "gates.",
            "divers would inspect",
            "The state canals office",
        ),
        (  # a described bureau is no named agency of another trade
            "The national library bureau said the archive was flooded overnight. Ostrand "
            "Heritage Agency said it would send conservators.",
            "archive was flooded",
            "The national library bureau",
        ),
    ],
)
def test_body_noun_refers_to_its_own_noun_first(make, text, fragment, speaker):
    assert speaker_of(make, text, fragment) == speaker


def test_org_rank_puts_a_synonym_head_after_the_noun_itself():
    from consilience.org_kinds import org_rank

    assert org_rank("bureau", "Tasker Weights Bureau") == 0
    synonym = org_rank("bureau", "Tasker Standards Agency")
    assert synonym is not None and 0 < synonym < org_rank("company", "Kelda")


# ------------------------------------------------------- an unnamed group is no speaker


@pytest.mark.parametrize(
    "text, fragment",
    [
        (  # a plural noun opening a paragraph, which the tagger takes for a name
            "The Ardley bakery chain ran out of flour on Thursday.\n\n"
            "Shoppers say the bread shelves were empty by nine.",
            "bread shelves",
        ),
        (  # a direct quotation attributed to a plural group
            'The night ferry to Hallin was cancelled. "We slept on the benches," '
            "stranded passengers said.",
            "slept on the benches",
        ),
        (
            "Frost destroyed the blossom in the Arden valley. "
            '"Half the trees will give nothing this year," growers said on Monday.',
            "Half the trees",
        ),
    ],
)
def test_an_unnamed_group_speaks_no_quote(make, text, fragment):
    assert [q.speaker for q in extract_quotes(make(text)) if fragment in q.text] == []


# ------------------------------------------- quotation marks at the edges of a quote's span


@pytest.mark.parametrize(
    "text, first_words, last_words",
    [
        (  # opened inside a sentence, going on past a sentence end into the next paragraph
            "Kasia Orme, who keeps the lock, said the flood was “the highest since the war. "
            "The water came over the gates in an hour.\n\n"
            "“We will be pumping for days,” she said.",
            "the highest since the war",
            "pumping for days",
        ),
        (
            'The librarian, Piet Hollis, said the damage was "far worse than we feared. Whole '
            "shelves of maps are ruined.\n\n"
            '"Some of them cannot be replaced," he added.',
            "far worse than we feared",
            "cannot be replaced",
        ),
    ],
)
def test_a_quotation_opened_inside_a_sentence_goes_on_into_the_next_paragraph(
    make, text, first_words, last_words
):
    hits = [q for q in extract_quotes(make(text)) if q.direct and first_words in q.text]
    assert len(hits) == 1 and last_words in hits[0].text, hits
    assert hits[0].text[0] not in "“”\"'" and hits[0].text[-1] not in "“”\"'"


@pytest.mark.parametrize(
    "text, start, end, kept",
    [
        ("\n“We will be pumping for days", 0, 29, "We will be pumping for days"),
        ("water came over the gates”  ", 0, 28, "water came over the gates"),
        ("”and the lock held", 0, 18, "and the lock held"),
        ('"Safe", the keeper said', 0, 23, '"Safe", the keeper said'),
        ("the growers’", 0, 12, "the growers’"),
    ],
)
def test_trim_marks_drops_unpaired_edge_marks_only(start, end, text, kept):
    from consilience.quote_marks import trim_marks

    s, e = trim_marks(text, start, end)
    assert text[s:e] == kept


# ------------------------------------------- reported statements of people the tagger missed


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (  # an honorific makes a person of a surname the tagger took for a body
            'The lock gates failed on Sunday night.\n\n"The water rose within an hour," '
            'Dr Amsel said. "Nobody was hurt."',
            "water rose within an hour",
            "Amsel",
        ),
        (
            "The lock gates failed on Sunday night.\n\nMs Dovey said the water rose within "
            "an hour.",
            "water rose within an hour",
            "Dovey",
        ),
        (  # an outlet noun that modifies a role noun makes no outlet of the person
            "The mill denied that any flour had been contaminated. Its site manager, Rena "
            "Voss, said all samples had passed the tests.",
            "samples had passed",
            "Rena Voss",
        ),
        (
            "The orchard closed its shop. Its website editor, Pella Moor, said orders "
            "would be refunded.",
            "orders would be refunded",
            "Pella Moor",
        ),
    ],
)
def test_a_person_the_tagger_missed_still_speaks(make, text, fragment, speaker):
    assert speaker_of(make, text, fragment) == speaker


def test_a_body_with_a_plural_name_keeps_its_quoted_words(make):
    text = 'Tarrow Mills said it would now "focus on its own flour brands".'
    assert speaker_of(make, text, "flour brands") == "Tarrow Mills"


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (  # a role noun before the name vouches for a person the tagger took for a body
            "Canal keeper Ivo Brandt inspected the gates on Monday. He told reporters the "
            "hinges had rusted through.",
            "hinges had rusted",
            "Ivo Brandt",
        ),
        (  # "he" refers to a person: the subject shaped like a person's name before it
            "Ivo Brandt inspected the gates on Monday. He told reporters the hinges had "
            "rusted through.",
            "hinges had rusted",
            "Ivo Brandt",
        ),
    ],
)
def test_a_pronoun_finds_a_person_the_tagger_took_for_a_body(make, text, fragment, speaker):
    assert speaker_of(make, text, fragment) == speaker


def test_a_pronoun_does_not_find_a_body_named_like_a_trade(make):
    text = "Harlow Mills cut 200 jobs on Friday. He said the company had no choice."
    assert [q.speaker for q in extract_quotes(make(text))] == []


# ------------------------------------------------ requests: a speaker asking others to act


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            "The canal trust urged boaters to avoid the lower locks until Friday.",
            "avoid the lower locks",
            "The canal trust",
        ),
        (
            "Keeper Ivo Brandt called for the gates to stay shut until the hinges were replaced.",
            "gates to stay shut",
            "Ivo Brandt",
        ),
        (
            "Inspector Mara Quist appealed to anyone who saw the boat to contact police.",
            "contact police",
            "Mara Quist",
        ),
    ],
)
def test_a_request_to_act_is_a_reported_statement(make, text, fragment, speaker):
    assert speaker_of(make, text, fragment) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The trust promised to repair the gates before the summer.",  # no one else acts
        "Boaters were asked to moor upstream of the weir.",  # passive: no speaker
        "The storm forced the council to close the towpath.",  # no act of asking
    ],
)
def test_no_request_without_a_speaker_asking_another(make, text):
    assert extract_quotes(make(text)) == []
