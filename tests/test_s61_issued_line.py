"""Session 61: a bulletin's "Issued:" line dates the page, like "Updated:" (issue #12, kind
20: boilerplate), so its clock time is no reading of the story; on text written for the test."""

from __future__ import annotations

from consilience.boilerplate import boilerplate_spans

BULLETIN = (
    "HARBOUR AUTHORITY NOTICE\n\n"
    "Issued: Friday 14 June 2075, 09:15\n\n"
    "The west pontoon is closed after a mooring chain parted.\n\n"
    "The notice was issued on Friday after divers inspected the chain.\n"
)


def test_an_issued_line_is_page_furniture() -> None:
    marked = [BULLETIN[s.start : s.end] for s in boilerplate_spans(BULLETIN)]
    assert "Issued: Friday 14 June 2075, 09:15" in marked


def test_a_sentence_about_an_issue_is_not() -> None:
    marked = " ".join(BULLETIN[s.start : s.end] for s in boilerplate_spans(BULLETIN))
    assert "divers inspected" not in marked
    assert "pontoon" not in marked
