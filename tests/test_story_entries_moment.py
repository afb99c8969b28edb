"""Session 19: a live blog is one source whose figures change over the page; each figure
is read at its entry's time, not at the page's last update
(consilience.story_entries.entry_moment, used by reconcile's readings)."""

from __future__ import annotations

from consilience.boilerplate import boilerplate_spans
from consilience.live_entries import separate_entry_times
from consilience.story_entries import entry_moment

BLOG = separate_entry_times(
    "Flood warnings on the Aske - latest\n"
    "Key points\n"
    "- River Aske burst its banks at Holmby\n"
    "16:40 Water falling\n"
    "Engineers say all 900 evacuated residents can go home tonight.\n"
    "14:15 More streets cleared\n"
    "The council says 640 residents have now left their homes.\n"
    "11:50 Evacuation begins\n"
    "Police are moving about 200 people out of riverside streets in Holmby."
)
PUBLISHED = "2027-02-03T17:05:00+00:00"


def _at(words: str, published: str = PUBLISHED) -> str | None:
    spans = boilerplate_spans(BLOG, "Flood warnings on the Aske - latest")
    return entry_moment(BLOG, spans, published, BLOG.index(words))


def test_each_figure_is_read_at_its_entry():
    assert _at("about 200 people") == "2027-02-03T11:50:00+00:00"
    assert _at("640 residents") == "2027-02-03T14:15:00+00:00"
    assert _at("all 900") == "2027-02-03T16:40:00+00:00"


def test_the_page_header_and_key_points_keep_the_page_moment():
    assert _at("River Aske burst") is None


def test_a_page_updated_after_midnight_keeps_its_entries_on_the_day_before():
    assert _at("about 200 people", "2027-02-03T17:30:00+00:00") == "2027-02-03T11:50:00+00:00"
    late = BLOG.replace("16:40", "23:40")
    spans = boilerplate_spans(late, "Flood warnings on the Aske - latest")
    at = entry_moment(late, spans, "2027-02-04T00:20:00+00:00", late.index("all 900"))
    assert at == "2027-02-03T23:40:00+00:00"
    at = entry_moment(late, spans, "2027-02-04T00:20:00+00:00", late.index("640 residents"))
    assert at == "2027-02-03T14:15:00+00:00"


def test_entries_on_another_zones_clock_keep_their_distances_to_the_newest():
    # entries in local time (UTC+8), the page published in UTC seconds after the newest
    at = _at("about 200 people", "2027-02-03T08:41:00Z")
    assert at == "2027-02-03T03:51:00+00:00"


def test_no_moment_without_a_time_of_day_or_without_entries():
    assert _at("all 900", "2027-02-03") is None
    plain = "The council says 640 residents have left. Police moved 200 people at 11:50."
    assert entry_moment(plain, boilerplate_spans(plain), PUBLISHED, plain.index("200")) is None
