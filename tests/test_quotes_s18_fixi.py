"""Quotes (session 18, fixi): a body's words stay the body's; a body's full name stays whole.

* "Trust chief executive Priya Nair" describes her as an executive, not as a trust: the
  last noun before a name heads its description, so "…, the trust said." in another
  sentence is never given to her;
* a body's name ending in "Centre" is an organisation's: its first word read as a role
  noun ("National") is not a title cut off a person's name.

Every text is written for these tests (school trusts, weather centres: no held-out
set's wording)."""

from __future__ import annotations

from consilience.model import Analysis, Article
from consilience.quotes import extract_quotes, story_descriptions


def _analysis(nlp, text: str, aid: str) -> Analysis:
    return Analysis(Article(id=aid, source=f"{aid}.txt", text=text), nlp(text))


def test_an_earlier_noun_before_a_name_does_not_describe_the_person(nlp):
    texts = [
        "The depot was closed in the early hours, the trust said.",
        "Patient files were copied by the intruders, a senior manager at the trust told "
        "the Herald.\n\nTrust chief executive Dr Priya Nair said: \"This is a deliberate "
        "attack on a school. We will not pay.\" She added that lessons were continuing.",
    ]
    analyses = [_analysis(nlp, t, f"a{i}") for i, t in enumerate(texts)]
    described = story_descriptions(analyses)
    assert "Priya Nair" not in described.get("trust", {})
    assert "Priya Nair" in described.get("executive", {})


def test_a_centre_name_is_one_body_not_a_titled_person(make):
    text = (
        "Storms closed three ports on Tuesday. The National Storm Warning Centre said "
        "the winds would ease by the evening."
    )
    speakers = [q.speaker for q in extract_quotes(make(text)) if "winds" in q.text]
    assert speakers == ["National Storm Warning Centre"]
