"""Session 22 fixes of revised figures, on stories written for these tests: a figure "revised
to N from M" (the new value told before the old one) is read as a reading of the count and
the old value as the start of the change, and the "of" phrase of a tally noun ("the number
of passengers stranded") names what is counted, never whose count it is."""

from __future__ import annotations

import functools

from figure_fixtures import items_of as _items
from figure_fixtures import story as _story


@functools.cache
def _figures(text: str) -> tuple:
    from consilience.analyse import analyse
    from consilience.model import Article
    from consilience.quantities import extract_quantities

    art = Article(id="a", source="a.md", text=text, outlet="O", published="2026-03-03",
                  published_at="2026-03-03T09:00:00+00:00", title="")  # fmt: skip
    return tuple(extract_quantities(next(iter(analyse([art])))))


def _plain(text: str) -> dict[str, object]:
    """The figures of ``text`` that are readings (no reference to an older value), by text."""
    return {q.text: q for q in _figures(text) if q.qualifier != "reference"}


def test_revised_to_new_from_old_reads_the_new_count():
    figs = _plain("The number of passengers stranded at the airport was revised to 1,300 "
                  "from 900 late on Tuesday.")  # fmt: skip
    assert "1,300" in figs and figs["1,300"].noun == "passenger"
    assert "900" not in figs  # the old value is the start of the change, no reading


def test_a_corrected_toll_is_the_toll():
    figs = _plain("The death toll from the mine collapse was corrected to 17 from 19.")
    assert "17" in figs and "toll" in (figs["17"].measure or "")
    assert "19" not in figs


def test_cut_to_new_from_old_marks_the_old_value():
    qs = {q.text: q for q in _figures("The harvest forecast was cut to 4.1 million tonnes "
                                       "from 4.6 million tonnes.")}  # fmt: skip
    assert qs["4.6 million tonnes"].qualifier == "reference"
    assert qs["4.1 million tonnes"].qualifier != "reference"


def test_a_price_range_stays_a_range():
    """ "from 20 to 40" on a verb of costing is a range, never a change."""
    qs = _figures("Tickets for the festival cost from 20 to 40 euros.")
    assert [q.qualifier for q in qs] == ["range"]


def test_the_counted_noun_is_not_the_owner():
    figs = _plain("The number of people rescued from the mudslide rose to 80 overnight.")
    assert figs["80"].entity != "people"


def test_a_tally_of_an_event_keeps_its_owner():
    figs = _plain("The toll of the landslide rose to 12 on Monday.")
    assert figs["12"].entity == "landslide"


def test_a_revision_is_an_update_over_the_earlier_reports():
    ctx = _story(
        ("Harbour Wire", "2026-03-03T07:00:00+00:00",
         "A ferry ran aground off Tarn Point on Monday. About 900 passengers were stranded at "
         "the ferry terminal."),
        ("Coast Radio", "2026-03-03T09:00:00+00:00",
         "A ferry ran aground off Tarn Point. Some 900 passengers were stranded at the ferry "
         "terminal, the port said."),
        ("Harbour Wire", "2026-03-03T18:00:00+00:00",
         "The number of passengers stranded at the ferry terminal was revised to 1,300 from "
         "900 on Tuesday evening after a second ship was held in port."),
    )  # fmt: skip
    items = [e for e in _items(ctx) if any("1,300" in r["text"] for r in e["readings"])]
    assert items, _items(ctx)
    # one update: the earlier 900 readings are superseded by the later 1,300
    assert len(items) == 1 and "latest figure is 1,300" in items[0]["explanation"]
    assert {r["text"] for r in items[0]["readings"]} >= {"About 900 passengers", "1,300"}


def test_a_participle_after_another_clause_has_no_owner():
    """ "Farmers loaded their trucks as the flood spread ..., covering 40 square kilometres":
    the parse hangs the participle on "loaded", but the flood covers the fields; with two
    subjects before it, neither is taken as the figure's owner (no label "farmer area")."""
    figs = _plain("Farmers near the lake loaded their trucks as the flood spread across the "
                  "plain, covering 40 square kilometres of fields.")  # fmt: skip
    assert figs["40 square kilometres"].entity is None


def test_a_participle_of_the_one_clause_keeps_its_owner():
    figs = _plain("The lava flow crossed the highway on Tuesday, burying 2 kilometres of road.")
    assert figs["2 kilometres"].entity == "flow"


def test_a_number_after_a_name_is_no_new_value():
    """ "moved to berth 3 from ...": "berth 3" is a name, not the end of a change."""
    qs = _figures("The ferry was moved to berth 3 from 12 passengers.")
    assert all(q.qualifier != "reference" for q in qs)
