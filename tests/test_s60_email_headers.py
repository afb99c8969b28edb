"""Session 60: an email's header block ("From:", "To:", "Subject:") is boilerplate, so no
consensus line, unique fact or headline cites the subject line (``boilerplate``)."""

from __future__ import annotations

from consilience.boilerplate import boilerplate_spans, email_headers

NEWSLETTER = (
    "From: Orrin Valley Trust <news@orrinvalley.example>\n"
    "To: Friends of the Trust\n"
    "Subject: The weir is saved, and you did it\n"
    "\n"
    "Dear friend,\n"
    "\n"
    "The county council agreed on Tuesday to pay for the weir's repair.\n"
)


def test_an_email_header_block_is_marked_line_by_line() -> None:
    spans = email_headers(NEWSLETTER)
    lines = [NEWSLETTER[b.start : b.end] for b in spans]
    assert lines == [
        "From: Orrin Valley Trust <news@orrinvalley.example>",
        "To: Friends of the Trust",
        "Subject: The weir is saved, and you did it",
    ]
    kinds = {NEWSLETTER[b.start : b.end]: b.kind for b in boilerplate_spans(NEWSLETTER)}
    assert kinds["Subject: The weir is saved, and you did it"] == "marker"
    assert "The county council agreed on Tuesday to pay for the weir's repair." not in kinds


def test_a_lone_subject_line_or_dates_alone_are_no_header() -> None:
    prose = "Minutes\n\nSubject: Weir repairs\nThe chair opened the item at 7pm.\n"
    assert email_headers(prose) == []
    dates = "Date: 4 May 2072\nSent: 5 May 2072\n\nThe weir reopened.\n"
    assert email_headers(dates) == []
