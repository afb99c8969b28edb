"""Session 59: quotations signed with a dash on the line after them, and Q/A interviews
whose legend names the asker and the answerer (``signed_lines``, used by ``quotes``)."""

from __future__ import annotations

from brief_fixtures import brief_of

from consilience.signed_lines import legend_turns, signature_after

REACTIONS = (
    "Reactions to the closure of Tollgate Library, gathered by our reporter.\n\n"
    "\u201cWe were told in March that the building was safe for another ten years.\u201d\n"
    "\u2013 Dr Imelda Strachan, chair of the Friends of Tollgate Library\n\n"
    '"The roof survey left us no choice. We will reopen in the old school hall."\n'
    "-- Cllr Barnaby Oyelowo (Green), cabinet member for culture\n\n"
    '"Forty years I have walked here every Saturday," said Rita Pell, 81, a reader.\n'
    "\u2014 Photo: Tollgate Library in 1986\n"
)


def test_the_signature_names_the_quotation_above_it() -> None:
    end = REACTIONS.index("ten years.") + len("ten years.")
    assert signature_after(REACTIONS, end)[0] == "Dr Imelda Strachan"
    end = REACTIONS.index("school hall.") + len("school hall.")
    name, s, e = signature_after(REACTIONS, end)
    assert name == "Cllr Barnaby Oyelowo" and REACTIONS[s:e] == name


def test_words_after_the_quotation_or_a_credit_line_are_no_signature() -> None:
    end = REACTIONS.index("every Saturday,") + len("every Saturday,")
    assert signature_after(REACTIONS, end) is None  # ' said Rita Pell' follows on its line
    assert signature_after("No dash here.\nJust prose.", len("No dash here.")) is None


def test_signed_quotations_go_to_the_signed_person(bench) -> None:
    brief = brief_of(bench, REACTIONS, published="2067-04-03")
    said = {q["text"][:20]: q["speaker"] for q in brief["quotes"]}
    assert said["We were told in Marc"] == "Imelda Strachan"
    assert said["The roof survey left"] == "Barnaby Oyelowo"
    assert said["Forty years I have w"] == "Rita Pell"


INTERVIEW = (
    "Health Hour: a pharmacist on the antibiotic shortage\n\n"
    "Marcus Feld speaks to Odile Brennan, who runs two pharmacies in Harwick. "
    "Q: Marcus Feld. A: Odile Brennan. Edited for length.\n\n"
    "Q: How bad is the shortage?\n\n"
    "A: We turned away eleven prescriptions last week.\n\n"
    "It has not been this bad since 2061.\n\n"
    "Q: What should parents do?\n\n"
    "A: Ask the pharmacist about an alternative before going back to the GP.\n\n"
    "Health Hour is on Sundays at six."
)


def test_a_legend_gives_each_label_its_person() -> None:
    turns = legend_turns(INTERVIEW)
    got = [(t.label, INTERVIEW[t.start : t.end]) for t, _, _ in turns]
    assert got == [
        ("Marcus Feld", "How bad is the shortage?"),
        (
            "Odile Brennan",
            "We turned away eleven prescriptions last week.\n\n"
            "It has not been this bad since 2061.",
        ),
        ("Marcus Feld", "What should parents do?"),
        ("Odile Brennan", "Ask the pharmacist about an alternative before going back to the GP."),
    ]


def test_labels_without_a_legend_name_no_one() -> None:
    assert legend_turns(INTERVIEW.replace("Q: Marcus Feld. A: Odile Brennan. ", "")) == []


def test_legend_turns_are_quotes_of_the_two(bench) -> None:
    brief = brief_of(bench, INTERVIEW, published="2067-04-03")
    said = [(q["speaker"], q["text"][:25]) for q in brief["quotes"]]
    assert ("Odile Brennan", "We turned away eleven pre") in said
    assert ("Marcus Feld", "What should parents do?") in said
    assert not any(t.startswith("Health Hour is on") for _, t in said)


def test_signatures_that_name_no_person_give_no_speaker(bench) -> None:
    text = (
        "Readers wrote in about the new car park charges.\n\n"
        "\u201cThe charges will empty the high street by Christmas.\u201d\n"
        "\u2014 Name Withheld\n\n"
        "\u201cWe will review them in the spring.\u201d\n"
        "\u2014 Harlund Gazette\n"
    )
    brief = brief_of(bench, text, published="2067-04-03")
    speakers = {q["speaker"] for q in brief["quotes"]}
    assert not speakers & {"Name Withheld", "Harlund Gazette"}


def test_a_lead_in_line_keeps_its_speaker(bench) -> None:
    text = (
        "The inquiry heard from hauliers and economists on Tuesday.\n\n"
        "Kwame Adjei, a haulier, told the inquiry:\n"
        "\u201cRoads like this pay for themselves within ten years.\u201d\n"
        "\u2014 Dr Ruth Malley, transport economist\n"
    )
    brief = brief_of(bench, text, published="2067-04-03")
    said = {q["text"][:20]: q["speaker"] for q in brief["quotes"]}
    assert said.get("Roads like this pay ") != "Ruth Malley"


def test_a_photo_line_ends_the_answer_and_a_legend_of_roles_names_no_one() -> None:
    text = INTERVIEW.replace(
        "It has not been this bad since 2061.\n\n",
        "It has not been this bad since 2061.\n\nPhoto: Odile Brennan at her counter.\n\n",
    )
    answer = [text[t.start : t.end] for t, _, _ in legend_turns(text)][1]
    assert answer.endswith("since 2061.")


def test_a_legend_of_roles_gives_no_quotes(bench) -> None:
    text = INTERVIEW.replace(
        "Q: Marcus Feld. A: Odile Brennan.", "Q: Our Reporter. A: The Pharmacist."
    )
    brief = brief_of(bench, text, published="2067-04-03")
    assert not {q["speaker"] for q in brief["quotes"]} & {"Our Reporter", "The Pharmacist"}


def test_a_signed_name_keeps_its_small_words_and_drops_letters_after_it() -> None:
    def signed(line: str):
        text = '"We will appeal."\n' + line + "\n"
        got = signature_after(text, len('"We will appeal.'))
        return got[0] if got else None

    assert signed("\u2014 Anna van der Berg, farmer") == "Anna van der Berg"
    assert signed("\u2014 Ben Hale MP") == "Ben Hale"
    assert signed("\u2013 Ada Obi KC OBE (Labour), shadow minister") == "Ada Obi"
    assert signed("\u2014 Reporting by Tom Ruiz") is None
