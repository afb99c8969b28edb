"""Kinds misread on the held-out set heldout_s52 (session 52), each tested on sentences
written for these tests (none is a sentence of a held-out set):

- a decimal said aloud, as council and radio transcripts write it ("one point nine million
  pounds"), is one figure (1.9 million), never "nine million pounds";
- a numbered report's paragraph number that the tagger glues to the name opening the
  paragraph ("4.4 Keystone has told officers ...") is no part of the speaker or the name;
- a body's later, other figure for a length that does not move between reports (a hotel's
  distance from a campus) is a second reading to dispute, not an update of its first;
- "a thousand", "a hundred and fifty": the article counts one of the scale word;
- a maker's model code between a count and its noun ("23 KX-90 drones") says which kind is
  counted, not where the count ends;
- a relative clause of what should have been done ("boxes that should have been collected")
  names no event of the counted thing: the act the sentence tells of it is its event.
"""

from __future__ import annotations

from brief_fixtures import figures_of

from consilience.model import Article


def _money(make_ctx, text: str) -> list[tuple[str, float, str]]:
    return [(text[q.start : q.end], q.value, q.unit) for q in figures_of(make_ctx, text)]


def test_a_decimal_said_aloud_is_one_figure(make_ctx):
    text = (
        "The owners told the meeting that the new roof would cost one point seven million pounds."
    )
    found = _money(make_ctx, text)
    assert ("one point seven million pounds", 1_700_000.0, "GBP") in found
    assert not any(v == 7_000_000.0 for _, v, _ in found)


def test_a_spoken_decimal_with_a_zero_digit(make_ctx):
    found = _money(make_ctx, "Each tank holds three point oh five litres of fuel.")
    assert [v for _, v, _ in found] == [0.00305]  # litres are read in cubic metres


def test_guard_at_one_point_is_a_moment_then_a_count(make_ctx):
    found = _money(make_ctx, "At one point eleven walkers were waiting at the gate.")
    assert [v for _, v, _ in found] == [11.0]


def test_the_words_of_a_spoken_decimal():
    from consilience.number_words import spoken_decimal

    assert spoken_decimal(["four", "point", "two", "five", "billion"]) == (4.25, 2)
    assert spoken_decimal(["four", "points", "ahead"]) is None
    assert spoken_decimal(["four", "point", "ahead"]) is None


def test_a_paragraph_number_is_no_part_of_a_speaker():
    from consilience.quotes import Speaker

    s = Speaker("3.2 Ferrow Homes", 120, 136, "org")
    assert (s.name, s.start, s.end) == ("Ferrow Homes", 124, 136)
    kept = Speaker("Ferrow Homes", 124, 136, "org")
    assert (kept.name, kept.start) == ("Ferrow Homes", 124)


def test_a_paragraph_number_is_no_part_of_a_name():
    from consilience.entities import clean_surface

    assert clean_surface("4.4 Ferrow Homes") == "Ferrow Homes"
    assert clean_surface("2.10. Ferrow Homes") == "Ferrow Homes"
    assert clean_surface("Route 4.4") == "Route 4.4"  # a number inside a name stays


def _brief(bench, *arts: tuple[str, str, str]) -> dict:
    """The brief of ``(outlet, ISO publication time, text)`` articles."""
    from consilience.brief import build_brief

    articles = [
        Article(id=f"t{i}", source=f"t{i}.txt", text=t, outlet=o, published=p)
        for i, (o, p, t) in enumerate(arts)
    ]
    return build_brief(bench.build_context(articles))


FIRST = (
    "Cardew Lettings will put tenants of the unfinished block up at the Harbour Inn until "
    "their flats are ready. The Harbour Inn is about two miles from the college, and a free "
    "bus will run every half hour."
)
PAPER = (
    "Tenants of the unfinished Cardew block are staying at the Harbour Inn, about six miles "
    "from the college, while the flats are finished."
)
LATER = (
    "We accept that the Harbour Inn, which is about six miles from the college, was not a "
    "good place to start the year. Cardew Lettings will refund a month's rent to every tenant."
)


def test_a_body_giving_another_fixed_distance_later_is_disputed(bench):
    brief = _brief(
        bench,
        ("Cardew Lettings", "2044-09-14T09:00:00", FIRST),
        ("Harbour Evening News", "2044-09-16T18:00:00", PAPER),
        ("Cardew Lettings", "2044-10-20T12:00:00", LATER),
    )
    distance = [c for c in brief["conflicts"] if c["kind"] == "quantity" and "two miles" in str(c)]
    assert distance, brief["conflicts"]
    assert not distance[0].get("update"), distance[0]


def test_an_article_counts_one_of_a_scale_word(make_ctx):
    found = _money(make_ctx, "Volunteers pulled more than a thousand tyres out of the river.")
    assert [v for _, v, _ in found] == [1000.0]
    found = _money(make_ctx, "Nearly a hundred and twenty lambs were moved to the lower field.")
    assert [v for _, v, _ in found] == [120.0]


def test_guard_a_scale_word_idiom_is_no_figure(make_ctx):
    assert _money(make_ctx, "Thanks a million, the organiser told the volunteers.") == []


def test_what_should_have_been_done_is_no_event_of_the_count(make_ctx):
    text = "Walkers found 517 crates that should have been collected by the council."
    q = next(q for q in figures_of(make_ctx, text) if q.value == 517)
    assert q.measure == "find", q


def test_what_was_done_is_the_event_of_the_count(make_ctx):
    text = "Walkers found 517 crates that were collected by the council."
    q = next(q for q in figures_of(make_ctx, text) if q.value == 517)
    assert q.measure == "collect", q


HOME_CLOSES = "Brightwater Care will close Alder House on 30 June, the company told families."
HELD_OFF = (
    "Brightwater Care said it will not close Alder House while any resident is still "
    "waiting for a new place."
)
NOT_AT_ALL = "Brightwater Care said it will not close Alder House at all."


def test_a_denial_held_off_while_a_condition_lasts_denies_no_closure(bench):
    from brief_fixtures import conflicts_of

    assert conflicts_of(bench, "fact", HOME_CLOSES, HELD_OFF, published="2046-03-06") == []


def test_guard_a_plain_denial_of_the_closure_is_a_fact_conflict(bench):
    from brief_fixtures import conflicts_of

    assert conflicts_of(bench, "fact", HOME_CLOSES, NOT_AT_ALL, published="2046-03-06")


def test_a_clause_bounding_a_denial():
    from consilience.analyse import load_nlp
    from consilience.denied_matter import repeat_only

    nlp = load_nlp()

    def held(text: str, lemma: str) -> bool:
        return repeat_only(next(t for t in nlp(text) if t.lemma_ == lemma))

    assert held("The firm will not sell the mill unless the council agrees.", "sell")
    assert held("The trust will not shut the ward while patients are still on it.", "shut")
    assert not held("The firm did not cut any jobs while the talks went on.", "cut")
    # "will not open an inquiry until the report is in" still disputes "ordering one tonight"
    assert not held("The minister will not order a review until the report is in.", "order")


def test_a_model_code_between_a_count_and_its_noun(make_ctx):
    text = "The maker has grounded 23 KX-90 drones while the motors are checked."
    q = next(q for q in figures_of(make_ctx, text) if q.value == 23)
    assert (q.noun, q.measure) == ("drone", "ground"), q
