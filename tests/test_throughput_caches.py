"""Caches of brief building: keyed by everything the cached function reads, so a cached
answer is the one working it out again would give."""

from __future__ import annotations

from dataclasses import replace

from consilience import act_readings, align
from consilience.analyse import tokens_in
from consilience.event_states import Reading
from consilience.model import Claim


def _claim(predicate: str, frame: str, **kw) -> Claim:
    return Claim("a", 0, 10, "some clause", 0, "main", predicate, frame, **kw)


def test_tokens_in_are_the_tokens_starting_inside_the_span(nlp):
    doc = nlp("The ferry left Kelmora at dawn. Twelve cars were aboard; none were damaged.")
    text = doc.text
    for start, end in [(0, 31), (4, 9), (5, 12), (32, 60), (31, 32), (70, 200), (0, 0)]:
        want = [t.i for t in doc if start <= t.idx < end]
        assert [t.i for t in tokens_in(doc, start, end)] == want, (start, end, text[start:end])


def test_tokens_in_follow_each_doc(nlp):
    one, two = nlp("Rain fell on Vintry."), nlp("Snow closed the pass above Vintry today.")
    assert [t.text for t in tokens_in(one, 0, 9)] == ["Rain", "fell"]
    assert [t.text for t in tokens_in(two, 0, 9)] == ["Snow", "closed"]


def test_event_classes_are_keyed_by_every_field_they_read():
    onset = _claim("begin", "begin", actor_key="strike")
    other = _claim("begin", "begin", actor_key="meeting")
    approve = _claim("approve", "approve", patient_key="increase")
    permitted = _claim("approve", "approve", patient_key="increase", modality="permitted")
    got = [align.event_classes(c) for c in (onset, other, approve, permitted)]
    align._event_classes.cache_clear()
    fresh = [align.event_classes(c) for c in (permitted, approve, other, onset)][::-1]
    assert got == fresh
    assert got[0] != got[1]  # the onset's event noun is read
    assert got[2] != got[3]  # so is the modality


def _reading(**kw) -> Reading:
    base = dict(
        token=3,
        kind="act",
        predicate="damage",
        surface="damaged",
        sign=1,
        theme=frozenset({"bridge"}),
        head="bridge",
        mods=frozenset(),
        doer=frozenset({"storm"}),
        plan=False,
        start="",
        until="",
    )
    base.update(kw)
    return Reading(**base)


def test_reading_variants_are_cached_by_value():
    r = _reading(adjective="damaged")
    first = act_readings._variants(r)
    again = act_readings._variants(replace(r))  # an equal reading: the derived part is cached
    assert again[1:] == first[1:]
    assert act_readings._other_variants(replace(r)) is act_readings._other_variants(r)
    assert first[0] is r and again[0] is not r  # each reading leads its own variants
    other = act_readings._variants(replace(r, head="", adjective=""))
    assert other == (replace(r, head="", adjective=""),)
    assert [v.predicate for v in first][:2] == ["damage", "damaged"]
