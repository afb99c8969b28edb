"""Hard-wrapped plain text (e-mailed wire copy, terminal output) read as paragraphs."""

from __future__ import annotations

import io

from consilience.read import ReadOptions, read_md, read_txt
from consilience.reflow import unwrap

# wrapped at 70 columns, no title line: the lead's first line has no sentence end
WRAPPED_LEAD = (
    "Grain barges were held at the Orrin locks for most of Friday after a\n"
    "gate failed to close, the waterways board said in a statement issued\n"
    "late in the evening.\n"
    "\n"
    "About 30 vessels were waiting on both sides of the lock by nightfall.\n"
    "Repairs to the hydraulic ram were expected to take until Sunday, and\n"
    "the board said skippers would be told of any change by radio.\n"
)


def _read(text: str, *, markdown: bool = False):
    reader = read_md if markdown else read_txt
    [raw] = list(reader("story.txt", io.BytesIO(text.encode()), ReadOptions()))
    return raw


def test_wrapped_lead_is_body_not_title():
    raw = _read(WRAPPED_LEAD)
    assert raw.title is None
    assert raw.text.startswith(
        "Grain barges were held at the Orrin locks for most of Friday after a gate"
    )
    paragraphs = raw.text.split("\n\n")
    assert len(paragraphs) == 2
    assert all("\n" not in p for p in paragraphs)
    assert paragraphs[1].endswith("any change by radio.")


def test_title_over_wrapped_body_stays_title():
    text = "Lock gate failure strands grain barges\n\n" + WRAPPED_LEAD
    raw = _read(text)
    assert raw.title == "Lock gate failure strands grain barges"
    assert raw.text.startswith("Grain barges were held")
    assert "\n" not in raw.text.split("\n\n")[0]


def test_markdown_front_matter_with_wrapped_body():
    text = "---\ntitle: Barges held at Orrin locks\noutlet: Canal Times\n---\n" + WRAPPED_LEAD
    raw = _read(text, markdown=True)
    assert raw.title == "Barges held at Orrin locks"
    assert raw.text.startswith(
        "Grain barges were held at the Orrin locks for most of Friday after a gate"
    )


def test_short_lines_and_blocks_are_not_joined():
    text = (
        "By Maren Tollis\n"
        "Canal Times, 14 March 2025\n"
        "\n"
        "Grain barges were held at the Orrin locks for most of Friday after a\n"
        "gate failed to close, the waterways board said in a statement issued\n"
        "late in the evening. Skippers listed what they carried:\n"
        "- wheat for the Pellam mills\n"
        "- fertiliser bound for the coast\n"
    )
    out = unwrap(text)
    assert out.startswith("By Maren Tollis\nCanal Times, 14 March 2025\n\n")
    assert "\n- wheat for the Pellam mills\n- fertiliser bound for the coast\n" in out
    assert (
        "after a gate failed to close, the waterways board said in a statement issued late" in out
    )


def test_long_headline_set_directly_over_a_wrapped_body_is_not_joined():
    text = (
        "Lock gate failure on the Orrin canal strands thirty grain barges for a day\n"
        "Grain barges were held at the Orrin locks for most of Friday after\n"
        "a gate failed to close, the waterways board said in a statement\n"
        "issued late in the evening, adding that repairs would take days.\n"
    )
    out = unwrap(text)
    assert (
        out.split("\n")[0]
        == "Lock gate failure on the Orrin canal strands thirty grain barges for a day"
    )
    assert out.split("\n")[1].startswith("Grain barges were held") and out.split("\n")[1].endswith(
        "days."
    )


def test_text_with_one_line_per_paragraph_is_unchanged():
    text = (
        "Grain barges were held at the Orrin locks for most of Friday after a gate failed to "
        "close, the waterways board said in a statement issued late in the evening.\n\n"
        "About 30 vessels were waiting.\nRepairs were expected to take until Sunday.\n"
    )
    assert unwrap(text) == text
