"""Headline, summary and unique lines (issue #11, s11): a line is a whole clause with its
complement (never cut just after its verb) and never the writer's own first person (a
release's "we" / "our"). Every text here is written for these tests (a hot-air balloon, a
cable-car, a choir tour, a glass-works fire)."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.line_voice import cut_before_complement, first_person_voice
from consilience.model import Article


def _span(text: str, part: str) -> tuple[int, int]:
    k = text.index(part)
    return k, k + len(part)


# ------------------------------------------------ first person outside quotation marks


@pytest.mark.parametrize(
    "text, part, first",
    [
        ("Three of our balloon crew were hurt in the landing.", None, True),
        ("We are heartbroken by the loss of our colleague.", None, True),
        ("Our engineers closed the cable-car line on Sunday.", None, True),
        ("I have ordered a full inspection of the cabins.", None, True),
        ('"We will fly again," the pilot said on Sunday.', None, False),
        ("The operator said its engineers closed the line on Sunday.", None, False),
        ("A ranger told us the cabin fell thirty metres.", None, False),
        ("Our correspondent in Zell says the cabin was empty.", None, False),
        ("Our engineers closed the line, the operator said.", None, True),
        ("The balloon came down in a barley field near Ostrava.", None, False),
    ],
)
def test_a_first_person_subject_outside_quotes_is_the_writers_voice(make, text, part, first):
    a = make(text)
    s, e = _span(text, part or text)
    assert first_person_voice(a.doc, s, e) is first


# ------------------------------------------------ a line cut just after its verb


@pytest.mark.parametrize(
    "text, part, clipped",
    [
        (
            "A hot-air balloon flown by Skyward Tours landed in a barley field near Ostrava, "
            "injuring three passengers.",
            "A hot-air balloon flown by Skyward Tours landed",
            True,
        ),
        (
            "The cable-car cabin carrying eleven skiers stopped halfway up the slope on Sunday.",
            "The cable-car cabin carrying eleven skiers stopped",
            True,
        ),
        (
            "The choir's bus broke down outside Linz on Friday evening.",
            "The choir's bus broke",
            True,
        ),
        (
            "The balloon landed in a barley field near Ostrava, injuring three passengers.",
            "The balloon landed in a barley field near Ostrava",
            False,
        ),
        (
            "The cabin stopped on Sunday after a cable snapped.",
            "The cabin stopped on Sunday",
            False,
        ),
        ("The glass works burned down.", "The glass works burned down.", False),
    ],
)
def test_a_span_ending_on_its_verb_before_its_complement_is_clipped(make, text, part, clipped):
    a = make(text)
    s, e = _span(text, part)
    assert cut_before_complement(a.doc, s, e) is clipped


# ------------------------------------------------ whole briefs


def _brief(bench, texts: dict[str, str], outlets: dict[str, str] | None = None):
    arts = [
        Article(
            id=k,
            source=f"{k}.txt",
            text=t,
            outlet=(outlets or {}).get(k, f"Outlet {k.upper()}"),
            published="2026-06-06",
        )
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def _lines(brief) -> list[str]:
    return [item["text"] for item in [*brief["headline"], *brief["summary"]]]


BALLOON = {
    "a": (
        "A hot-air balloon flown by Skyward Tours landed in a barley field near Ostrava on "
        "Saturday morning, injuring three passengers. The pilot had reported a gust shortly "
        "before the landing."
    ),
    "b": (
        "A hot-air balloon flown by Skyward Tours landed in a meadow outside Ostrava on "
        "Saturday morning. Three passengers were hurt. Firefighters reached the basket within "
        "ten minutes."
    ),
    "c": (
        "A hot-air balloon flown by Skyward Tours landed in a pasture at the edge of Ostrava on "
        "Saturday morning, police said. Three passengers were taken to hospital."
    ),
}


def test_every_line_is_a_clause_with_its_complement(bench, nlp):
    """The landing is a claim of all three; the line tells it as a clause ("... landed in a
    barley field near Ostrava"), neither the noun phrase of its participle ("A hot-air
    balloon flown by Skyward Tours") nor stopped on its verb."""
    lines = _lines(_brief(bench, BALLOON))
    assert lines
    for line in lines:
        doc = nlp(line)
        root = next(t for t in doc if t.dep_ == "ROOT")
        assert root.pos_ in ("VERB", "AUX"), line
        assert not line.rstrip(" .").endswith(("landed", "flown", "hurt")), line


CABLE_CAR = {
    "release": (
        "Eleven of our passengers were lowered to the ground by rope on Sunday after a cabin "
        "of the Hohe Wand cable-car stopped halfway up the slope. We are deeply sorry for the "
        "distress this has caused."
    ),
    "b": (
        "A cabin of the Hohe Wand cable-car stopped halfway up the slope on Sunday afternoon. "
        "Mountain rescuers lowered the eleven passengers to the ground by rope on Sunday."
    ),
    "c": (
        "A cabin of the Hohe Wand cable-car stopped halfway up the slope on Sunday afternoon. "
        "The eleven passengers were lowered to the ground by rope on Sunday, rescuers said."
    ),
}


def test_no_headline_or_summary_line_is_in_the_first_person(bench):
    brief = _brief(bench, CABLE_CAR, {"release": "Alpenlift"})
    lines = _lines(brief)
    assert lines
    for line in lines:
        words = {w.strip(".,").lower() for w in line.split()}
        assert not words & {"we", "our", "us"}, line


GLASSWORKS = {
    "release": (
        "A fire broke out in the furnace hall of the Brandl glass works in Kufstein on Monday "
        "night. Sadly, three of our colleagues on the night shift were taken to hospital and "
        "have since gone home. Our chief executive, Maria Sommer, flew back from Milan and Turin "
        "on Tuesday. Production will resume at the smaller Wörgl plant next week."
    ),
    "b": (
        "Fire swept through the furnace hall of the Brandl glass works in Kufstein on Monday "
        "night. Three workers from the night shift needed treatment for smoke inhalation, "
        "firefighters said. The cause of the fire is not yet known."
    ),
    "c": (
        "A blaze gutted the furnace hall of the Brandl glass works in Kufstein late on Monday. "
        "Firefighters said three employees were treated for breathing in smoke. About 200 "
        "people work at the plant."
    ),
}


def test_a_first_person_line_is_no_unique_fact_when_others_report_it(bench):
    """The release's "three of our colleagues ... were taken to hospital" is what b and c
    report in the third person: no unique line; its own first-person news (the chief
    executive's return) ranks after the third-person news of its article."""
    brief = _brief(bench, GLASSWORKS, {"release": "Brandl Glas"})
    mine = [u for u in brief["unique"] if u["article"] == "release"]
    assert not any("colleagues" in u["text"] for u in mine), mine
    ranks = {u["text"]: u["rank"] for u in mine}
    ours = [r for t, r in ranks.items() if t.startswith("Our ")]
    plain = [r for t, r in ranks.items() if t.startswith("Production")]
    assert ours and plain
    assert max(plain) < min(ours)


LIGHTHOUSE = {
    "a": (
        "Storm waves cut off the Kalmar Point lighthouse on Thursday, stranding four "
        "volunteers who had been repainting it. A coastguard helicopter lifted the four "
        "volunteers to safety on Thursday evening, the coastguard said."
    ),
    "b": (
        "Four volunteers were stranded at the Kalmar Point lighthouse on Thursday when storm "
        'waves swept over the causeway. "We lifted all four of them into the helicopter just '
        'before it got dark," said winch operator Lena Strand. The causeway will stay '
        "shut until engineers from Torsby have checked it."
    ),
    "c": (
        "Storm waves cut off the Kalmar Point lighthouse on Thursday and four volunteers "
        "were trapped inside. A coastguard helicopter lifted the volunteers off on Thursday "
        "evening."
    ),
}


def test_a_quoted_first_person_act_others_report_is_no_unique_fact(bench):
    """b's winch operator telling the rescue in her own voice ("We lifted all four of
    them into the helicopter") is the act a and c report as the coastguard's: no
    unique line; b's own news (the causeway stays shut) still is one."""
    brief = _brief(bench, LIGHTHOUSE)
    mine = [u["text"] for u in brief["unique"] if u["article"] == "b"]
    assert not any("helicopter" in t for t in mine), mine
