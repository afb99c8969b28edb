"""Session 21 new-user probe: front matter written in a malformed form is never read in
silence. A head of ``field: value`` lines with no opening "---" line (a closing one only,
or none) is read as the front matter it is, with one warning line naming the file; a lone
field line over prose stays text, with one line saying so; a field with no value and a
near miss of a field name ("titel") each get one line; a .txt opening with front matter
says it is kept as plain text. Well-formed front matter and plain prose stay silent."""

from __future__ import annotations

import logging

from consilience.model import RawArticle
from consilience.read import iter_raw

STORY = "Hauliers face six weeks of detours after the Harlow Viaduct was shut on Sunday night.\n"


def _read(tmp_path, caplog, head: str, name: str = "probe.md"):
    """(article, warning lines) of a file ``name`` holding ``head`` then the story."""
    path = tmp_path / name
    path.write_text(head + STORY, encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="consilience.read"):
        (art,) = list(iter_raw([str(path)]))
    assert isinstance(art, RawArticle)
    return art, [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def _one_line(warned: list[str], *words: str) -> str:
    """The one warning line, checked to name the file and each of ``words``."""
    (line,) = warned
    assert "\n" not in line and "probe." in line
    assert all(word in line for word in words), line
    return line


def test_a_closing_fence_without_an_opening_one_is_read_as_front_matter(tmp_path, caplog):
    art, warned = _read(tmp_path, caplog, "title: Viaduct shut\noutlet: Westmark Herald\n---\n")
    _one_line(warned, "no opening", "title, outlet")
    assert art.title == "Viaduct shut" and art.outlet == "Westmark Herald"
    assert art.text == STORY.strip()


def test_field_lines_with_no_fence_at_all_are_read_as_front_matter(tmp_path, caplog):
    head = "title: Viaduct shut\noutlet: Westmark Herald\npublished: 2026-11-23\n\n"
    art, warned = _read(tmp_path, caplog, head)
    _one_line(warned, "no '---' lines", "title, outlet, published")
    assert (art.title, art.outlet, art.published) == (
        "Viaduct shut",
        "Westmark Herald",
        "2026-11-23",
    )
    assert "outlet:" not in art.text and art.text == STORY.strip()


def test_an_unfenced_head_stops_at_a_line_naming_no_field_read(tmp_path, caplog):
    head = "title: Viaduct shut\noutlet: Westmark Herald\nUpdate: the viaduct reopens in May.\n\n"
    art, warned = _read(tmp_path, caplog, head)
    _one_line(warned, "title, outlet")
    assert art.outlet == "Westmark Herald"
    assert art.text.startswith("Update: the viaduct reopens in May.")


def test_a_lone_field_line_over_prose_is_text_and_said_so(tmp_path, caplog):
    art, warned = _read(tmp_path, caplog, "Source: Meridian Press Agency\n\n")
    _one_line(warned, "(source)", "read as text")
    assert art.outlet is None


def test_a_field_with_no_value_is_named(tmp_path, caplog):
    art, warned = _read(tmp_path, caplog, "---\ntitle: Viaduct shut\noutlet:\n---\n")
    _one_line(warned, "'outlet'", "no value")
    assert art.title == "Viaduct shut" and art.outlet is None


def test_a_quoted_empty_value_is_named_too(tmp_path, caplog):
    art, warned = _read(tmp_path, caplog, '---\ntitle: Viaduct shut\npublished: ""\n---\n')
    _one_line(warned, "'published'", "no value")
    assert art.published is None


def test_a_near_miss_of_a_field_name_is_named_with_the_field_meant(tmp_path, caplog):
    art, warned = _read(tmp_path, caplog, "---\ntitel: Viaduct shut\noutlet: Herald\n---\n")
    _one_line(warned, "'titel'", "'title'")
    assert art.outlet == "Herald"


def test_a_txt_opening_with_front_matter_says_it_is_kept_as_text(tmp_path, caplog):
    art, warned = _read(tmp_path, caplog, "---\ntitle: Viaduct shut\n---\n", name="probe.txt")
    _one_line(warned, ".txt", ".md")
    assert art.text.startswith("---")


def test_well_formed_front_matter_and_plain_prose_stay_silent(tmp_path, caplog):
    head = "---\ntitle: Viaduct shut\noutlet: Herald\ntags: [roads]\nsummary: shut\n---\n"
    art, warned = _read(tmp_path, caplog, head)
    assert warned == [] and art.outlet == "Herald"
    for name, prose in (("probe.md", "Viaduct shut\n\n"), ("probe.txt", "Update: shut.\n\n")):
        _art, warned = _read(tmp_path, caplog, prose, name=name)
        assert warned == []
