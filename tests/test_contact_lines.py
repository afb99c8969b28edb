"""Help lines are never unique facts (issue #11, session 12): a sentence that tells the
reader how to get in touch (a directive and a phone number, e-mail or web address) is a
service line whatever the story. Sentences written for these tests (a lighthouse fire)."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.contact_lines import contact_line
from consilience.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Walkers who saw the blaze are asked to phone the coastguard on 01632 960 114.",
        "Anybody who lost property should contact the harbour office at +44 1632 960555.",
        "Send photographs of the fire to newsdesk@tidewater-gazette.example.",
        "Families can find the latest information at www.marlow-harbour.example.",
        "If you were on the cliff path, you should ring 0808 157 0442 this evening.",
    ],
)
def test_directive_with_a_contact_is_a_contact_line(nlp, text):
    assert contact_line(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The lighthouse keeper's hotline, 0800 731 2209, took 1,400 calls overnight.",
        "Firefighters will pump 250000 litres of sea water onto the tower.",
        "Visitors should keep at least 200 metres from the cliff edge.",
        "The trust said repairs would cost 3.5 million pounds.",
    ],
)
def test_reports_and_advice_without_a_contact_are_not(nlp, text):
    assert not contact_line(nlp(text), 0, len(text))


LIGHTHOUSE = {
    "a": (
        "A fire gutted the Carrick Point lighthouse on Friday night. "
        "The blaze started in the lamp room shortly after 10 p.m., the coastguard said. "
        "The tower's 19th-century lens was destroyed. "
        "Relatives seeking news of the Marlow Trust volunteers can call its family line on "
        "01632 960 114."
    ),
    "b": (
        "Fire swept through the Carrick Point lighthouse late on Friday. "
        "Crews from three stations fought the flames for four hours. "
        "No one was inside the tower, which has been automated since 1991."
    ),
    "c": (
        "The Carrick Point lighthouse was gutted by fire on Friday night. "
        "A heritage trust had raised 80,000 pounds to restore the tower last year. "
        "Witnesses are asked to contact Sergeant Ellen Pryce of Kernow Police at "
        "e.pryce@kernow-police.example."
    ),
}


def test_help_lines_are_not_unique_facts(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-05-02")
        for k, t in LIGHTHOUSE.items()
    ]
    brief = build_brief(bench.build_context(arts))
    texts = [u["text"] for u in brief["unique"]]
    assert texts, brief["unique"]
    assert not any("01632" in t or "@" in t for t in texts), texts
