"""Provenance (issue #12, session 8): a place that owns a representative is no source
("Vessby's fire chief said"), a public body named by a common noun is one ("the rescue
service said"), an outlet named beside a media noun when the parser splits the two
("the weekly paper Fjell Avis reported, citing guides"), and a claim an article credits
to an outlet counting once with that outlet's own article.

Every article here was written for these tests (a ski resort and a zoo, no other set's
domain)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.provenance import extract_attributions


def sources(make, text: str) -> list[tuple[str, str]]:
    """(source, kind) of every attribution in ``text``."""
    return [(a.source, a.kind) for a in extract_attributions(make(text))]


# --------------------------------------------------------------- a place owns a role


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Two chairlifts stopped in high wind above the town of Kelbrook on Saturday. "
            "Kelbrook's fire chief, Ola Berg, said 40 skiers were lowered on ropes.",
            "Kelbrook",
        ),
        (
            "Keepers found the gate open at dawn in Marholm. Marholm's tourism director told "
            "the council the zoo would reopen on Friday.",
            "Marholm",
        ),
        (
            "A gondola cabin fell onto the piste near Saltvik. The lift reopened on Sunday, "
            "Saltvik's resort director, Eva Holm, said.",
            "Saltvik",
        ),
    ],
)
def test_a_place_that_owns_a_representative_is_no_source(make, text, place):
    assert place not in [s for s, _ in sources(make, text)]


# --------------------------------------------------------------- bodies by common noun


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "A snowcat slid into a ravine above the resort, the mountain rescue service said.",
            "mountain rescue service",
        ),
        ("The lift had been inspected in October, the safety board said.", "safety board"),
        (
            "The ambulance service said on Monday that six people were treated for cold.",
            "ambulance service",
        ),
    ],
)
def test_a_public_body_named_by_a_common_noun_is_a_source(make, text, body):
    found = sources(make, text)
    assert any(body in s.lower() for s, _ in found), found


# --------------------------------------------------------------- media noun + name


@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            "Three cables had frayed, the weekly paper Fjell Avis reported, citing lift operators.",
            "Fjell Avis",
        ),
        (
            "Two tigers slipped out of their enclosure overnight, the regional broadcaster "
            "Kanal Nord reported on Tuesday, citing zoo keepers.",
            "Kanal Nord",
        ),
    ],
)
def test_an_outlet_beside_a_media_noun_is_cited(make, text, outlet):
    found = sources(make, text)
    assert (outlet, "outlet") in found, found


# --------------------------------------------------------------- one source, counted once


def _write(folder: Path, name: str, outlet: str, published: str, body: str) -> None:
    head = f"---\ntitle: Tigers escape at Marholm zoo\noutlet: {outlet}\npublished: {published}\n"
    (folder / name).write_text(head + "---\n" + body.strip() + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def zoo_story(tmp_path_factory):
    """A wire crediting the local paper for one claim, and the local paper itself."""
    from consilience.model import Story
    from consilience.normalise import read_articles
    from consilience.pipeline import context_from_articles

    d = tmp_path_factory.mktemp("zoo")
    _write(
        d,
        "wire.md",
        "Baltic Wire",
        "2026-03-03T09:00:00Z",
        "Two tigers escaped from Marholm zoo on Monday night, police said.\n\n"
        "Officers closed the roads around the park for six hours. Keepers carried "
        "tranquilliser guns. Schools in the area kept pupils indoors.\n\n"
        "One of the animals was found asleep in a garden shed, the regional broadcaster "
        "Kanal Nord reported on Tuesday, citing neighbours.\n\n"
        "The zoo will stay closed until Thursday.",
    )
    _write(
        d,
        "paper.md",
        "Kanal Nord",
        "2026-03-03T07:30:00Z",
        "Residents woke on Tuesday to find police at the zoo gates.\n\n"
        "One of the tigers was found asleep in a garden shed on Kirkegata, neighbours "
        "told Kanal Nord.\n\n"
        "The keepers had left a service door unlocked, the zoo's director said.",
    )
    arts = list(read_articles(sorted(str(p) for p in d.iterdir())))
    ctx = context_from_articles(arts, Story("s", "zoo", [a.id for a in arts]))
    return ctx, {Path(a.source).name: a for a in arts}


def _citation(article, fragment: str) -> dict:
    start = article.text.index(fragment)
    return {"article": article.id, "start": start, "end": start + len(fragment)}


def test_a_claim_credited_to_an_outlet_counts_once_with_its_article(zoo_story):
    from consilience.provenance import independent_sources

    ctx, arts = zoo_story
    cited = [
        _citation(arts["wire.md"], "One of the animals was found asleep in a garden shed"),
        _citation(arts["paper.md"], "One of the tigers was found asleep in a garden shed"),
    ]
    ids = [arts["wire.md"].id, arts["paper.md"].id]
    assert independent_sources(ctx, ids, cited) == 1
    own = [  # a claim the wire states on its own authority stays its own report
        _citation(arts["wire.md"], "Two tigers escaped from Marholm zoo"),
        _citation(arts["paper.md"], "Residents woke on Tuesday"),
    ]
    assert independent_sources(ctx, ids, own) == 2


@pytest.fixture(scope="module")
def lift_story(tmp_path_factory):
    """A wire that states its lead on its own sources and credits the local radio for one
    detail in its second sentence, and the radio's own article."""
    from consilience.model import Story
    from consilience.normalise import read_articles
    from consilience.pipeline import context_from_articles

    d = tmp_path_factory.mktemp("lift")
    _write(
        d,
        "wire.md",
        "Alpine Wire",
        "2026-01-20T10:00:00Z",
        "A chairlift cable snapped at the Tarnvik ski resort on Monday, injuring nine skiers, "
        "the mountain rescue service said. Two chairs fell onto the piste, the regional "
        "broadcaster Radio Tarnvik reported, citing lift staff.\n\n"
        "The resort will stay closed for the rest of the week.",
    )
    _write(
        d,
        "radio.md",
        "Radio Tarnvik",
        "2026-01-20T08:30:00Z",
        "Skiers screamed as two chairs fell onto the piste below the Tarnvik chairlift, lift "
        "staff told Radio Tarnvik.\n\n"
        "The cable snapped just after nine in the morning, injuring nine people.",
    )
    arts = list(read_articles(sorted(str(p) for p in d.iterdir())))
    ctx = context_from_articles(arts, Story("s", "lift", [a.id for a in arts]))
    return ctx, {Path(a.source).name: a for a in arts}


def test_an_outlet_credited_for_a_detail_of_the_lead_is_not_the_whole_report(lift_story):
    from consilience.provenance import build_provenance, independent_sources

    ctx, arts = lift_story
    wire, radio = arts["wire.md"], arts["radio.md"]
    rests = {p["article"]: p["rests_on"] for p in build_provenance(ctx)["provenance"]}
    assert rests[wire.id] is None
    ids = [wire.id, radio.id]
    detail = [
        _citation(wire, "Two chairs fell onto the piste"),
        _citation(radio, "two chairs fell onto the piste"),
    ]
    assert independent_sources(ctx, ids, detail) == 1
    lead = [
        _citation(wire, "A chairlift cable snapped"),
        _citation(radio, "The cable snapped just after nine"),
    ]
    assert independent_sources(ctx, ids, lead) == 2
