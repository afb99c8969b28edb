"""Concentrations are figures (issue #12, figures and units): a mass per volume ("48
micrograms per litre", "60 mg/l", "35 µg/m3", "48µg/l") is one figure of dimension
"concentration" in kg/m³, whatever the two units (pint divides them); what it is of ("of
lead") and what the volume is of ("of water") are part of the phrase; its property is the
subject the figure is said of ("the highest reading", "the legal limit"), so a reading and
a limit are never compared. Found on heldout_s64 in session 64 (a reading read as a bare
mass, the limit filling one article's slot); tested on sentences written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article
from consilience.pipeline import context_from_articles


def _figures(text: str):
    art = Article(id="w0", source="w0.txt", text=text, outlet="Paper", published="2074-09-01")
    return context_from_articles([art]).extractions["w0"].quantities


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The highest reading at the Ashgrove well was 36 micrograms per litre.", 3.6e-5, "reading"),
        ("The worst sample from the Ashgrove well was 36 micrograms of arsenic per litre of water.",
         3.6e-5, "sample"),
        ("The highest reading at the Ashgrove well was 36µg/l on Tuesday.", 3.6e-5, "reading"),
        ("The average level in the brook was 12mg/l last week.", 0.012, "level"),
        ("The legal limit is 10 milligrams per litre.", 0.01, "limit"),
        ("The worst hourly figure on Dock Road was 95 µg/m3.", 9.5e-8, "figure"),
        ("The legal limit is 50 mg/l.", 0.05, "limit"),  # "l." ends the sentence
        ("The worst reading at the tap was 15 ug/L.", 1.5e-5, "reading"),
    ],
)  # fmt: skip
def test_a_mass_per_volume_is_one_concentration(text: str, value: float, measure: str) -> None:
    got = [q for q in _figures(text) if q.dimension == "concentration"]
    assert len(got) == 1, [(q.text, q.dimension) for q in _figures(text)]
    assert got[0].value == pytest.approx(value) and got[0].measure == measure, got[0]


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("Each sack of grain weighed 20 kilograms a piece.", "mass"),
        ("The keepers feed the bear 300 grams of fish every day.", "mass"),
    ],
)
def test_a_mass_not_per_a_volume_stays_a_mass(text: str, dimension: str) -> None:
    assert [q.dimension for q in _figures(text) if q.unit == "kg"] == [dimension], _figures(text)


def test_an_outlying_reading_is_a_conflict_and_the_limit_stays_apart() -> None:
    from consilience.brief import build_brief

    texts = [
        ("2074-09-01", "The worst reading at Ashgrove well was 36 micrograms of arsenic per "
         "litre of water. The legal limit is 10 micrograms per litre."),
        ("2074-09-02", "The worst reading at Ashgrove well was 63 micrograms per litre. The "
         "legal limit is 10 micrograms per litre."),
        ("2074-09-02", "The worst reading at Ashgrove well was thirty-six micrograms per litre."),
        ("2074-09-03", "The worst reading at Ashgrove well was 36µg/l, over three times the limit."),
    ]  # fmt: skip
    arts = [
        Article(id=f"w{i}", source=f"w{i}.txt", text=t, outlet=f"Paper {i}", published=d)
        for i, (d, t) in enumerate(texts)
    ]
    brief = build_brief(context_from_articles(arts))
    got = [c for c in brief["conflicts"] if c["kind"] == "quantity"]
    assert len(got) == 1, got
    cited = {r["article"]: r["text"] for r in got[0]["readings"]}
    assert "63 micrograms" in cited["w1"] and "36 micrograms of arsenic" in cited["w0"], cited
    assert not any("10 micrograms" in t for t in cited.values()), cited
