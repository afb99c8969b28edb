"""Quotes and organisation kinds (session 23): a name's head comes before the preposition
that opens its complement, "for" and "on" as well as "of" ("Department for Energy",
"Council on Water Quality" are bodies, not companies, though "energy" and "water" are
words of company names). So "the company said" after a clause whose subject is such a
body refers back to the company, not to the body named inside the reported clause.

Every text is written for these tests (dairies, ferries, water, banking)."""

from __future__ import annotations

from consilience.org_kinds import org_kind
from consilience.quotes import extract_quotes


def _speakers(analysis, fragment: str) -> list[str]:
    return [q.speaker for q in extract_quotes(analysis) if fragment in q.text]


def test_head_before_for_and_on():
    assert org_kind("Department for Energy") == "body"
    assert org_kind("Office for Water Services") == "body"
    assert org_kind("Council on Shipping Safety") == "body"
    assert org_kind("Ministry of Mining") == "body"


def test_a_company_head_before_for_stays_a_company():
    assert org_kind("Bank for Northern Trade") == "company"
    assert org_kind("Nordvik Ferries") == "company"


def test_the_company_is_not_a_department_inside_the_reported_clause(make):
    text = (
        "Brenner Foods will build a second dairy plant near Oster, it said on Monday. "
        "The Department for Energy approved the plant in March, the company said."
    )
    assert _speakers(make(text), "approved the plant") == ["Brenner Foods"]


def test_the_company_is_not_a_ministry_named_with_for(make):
    text = (
        "Nordvik Ferries will raise fares by 8% from May, it said on Monday. The Ministry "
        "for Shipping signed off the rise on Friday, the company said."
    )
    assert _speakers(make(text), "signed off the rise") == ["Nordvik Ferries"]


def test_the_company_is_not_a_regulator_office(make):
    text = (
        "Calder Water has been fined £2m for sewage spills. The Office for Water Services "
        "had found 40 breaches in a year, the company said in a statement."
    )
    assert _speakers(make(text), "40 breaches") == ["Calder Water"]


def test_a_company_reporting_its_own_act_keeps_itself(make):
    """Precision: the reported clause's subject is the speaker when it is the company."""
    text = "Harwick Chemicals will cut 200 jobs at its Ebbing works, the company said on Tuesday."
    assert _speakers(make(text), "cut 200 jobs") == ["Harwick Chemicals"]


def test_a_bank_named_with_for_is_the_bank(make):
    text = (
        "The Bank for Northern Trade raised its interest rate to 4%. The increase will cost "
        "borrowers 20 million crowns a year, the bank said."
    )
    assert _speakers(make(text), "cost borrowers") == ["Bank for Northern Trade"]
