"""A copula is no WordNet opposite of anything (session 31).

"The Dockers' Union, which represents 4,000 workers" (frame ``be``) against "the ministry
and the union reached an agreement" was a false fact conflict "represent vs agree"
(held-out s10; also s8's "was ready to meet" vs "has agreed"): WordNet's "be" has so many
senses that one of them meets "differ", the opposite of "agree". A copula's meaning is its
complement, which its own predicate or a scale reads.

Every text here is written for these tests."""

from __future__ import annotations

from consilience.claims import extract_claims
from consilience.opposition import wordnet_opposed


def _main(make, text: str):
    return [c for c in extract_claims(make(text)) if c.kind in ("main", "relative")]


def test_representing_is_no_opposite_of_agreeing(make):
    a = [c for c in _main(make, "The Dockers' Union, which represents 4,000 workers, met "
         "the ministry.") if c.predicate == "represent"]  # fmt: skip
    b = [c for c in _main(make, "The ministry and the Dockers' Union reached an agreement "
         "on Monday.") if c.frame == "accept"]  # fmt: skip
    assert a and b
    assert not wordnet_opposed(a[0], b[0])


def test_praising_and_criticising_stay_opposed(make):
    a = _main(make, "The mayor praised the new tram timetable.")[0]
    b = _main(make, "The mayor criticised the new tram timetable.")[0]
    assert wordnet_opposed(a, b)
