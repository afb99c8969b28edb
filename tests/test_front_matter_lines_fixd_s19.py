"""Session 19 new-user probe: a front-matter line that gives no ``field: value`` (a colon
forgotten, "outlet Marrow Times"; a field name of several words) is not dropped in silence:
one warning line names the file and the line, the line is ignored and the file is still
read. Blank lines, comments, list items and indented continuations stay silent."""

from __future__ import annotations

import logging

from consilience.model import RawArticle
from consilience.read import iter_raw

STORY = "\nDock workers at Port Marrow will strike for 48 hours from Wednesday, the union said.\n"


def _read(tmp_path, caplog, front: str):
    """(article, warning lines) of a Markdown file whose front matter is ``front``."""
    path = tmp_path / "probe.md"
    path.write_text("---\n" + front + "\n---\n" + STORY, encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="consilience.read"):
        (art,) = list(iter_raw([str(path)]))
    assert isinstance(art, RawArticle)
    return art, [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_line_without_a_colon_is_named_with_its_file_and_the_rest_is_read(tmp_path, caplog):
    art, warned = _read(
        tmp_path, caplog, "title: Dockers walk out\noutlet Marrow Times\npublished: 2026-11-16"
    )
    (line,) = warned
    assert "probe.md" in line and "'outlet Marrow Times'" in line and "':'" in line
    assert "\n" not in line
    assert art.title == "Dockers walk out" and art.published == "2026-11-16"
    assert art.outlet != "Marrow Times"


def test_a_field_name_of_several_words_is_named_too(tmp_path, caplog):
    art, warned = _read(tmp_path, caplog, "title: Dockers walk out\npublished at: 2026-11-16")
    (line,) = warned
    assert "'published at: 2026-11-16'" in line and "probe.md" in line
    assert art.title == "Dockers walk out"


def test_well_formed_lines_of_other_shapes_stay_silent(tmp_path, caplog):
    front = (
        "# fields checked by the desk\n"
        "title: Dockers walk out\n"
        "\n"
        "author:\n"
        "- Ana Ruiz\n"
        "- Tom Hale\n"
        "summary: >\n"
        "  a folded value\n"
        "  over two lines\n"
        "outlet: Marrow Times"
    )
    art, warned = _read(tmp_path, caplog, front)
    assert warned == []
    assert art.outlet == "Marrow Times" and art.author == "Ana Ruiz, Tom Hale"
