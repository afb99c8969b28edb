"""A lone article's count told with a kindred noun joins the count the others give.

Articles that disagree on a count often name the counted things differently too: "23
patients" / "23 patients" / "There were 32 of us"; "312 graduates" / "312 of this year's
graduates" / "321 people"; "46 people" / "forty-six residents" / "52 residents". The slot of a
count is its noun's, so the one article's figure sits alone in a slot of its own and the
dispute is never seen. It joins the other slot when

* it is one article's only (a slot of one article) and that article gives no figure of the
  other slot (an article giving both counts two things: "12 people were hurt, three of them
  firefighters") nor another count of the same event (a breakdown: "30 adults and 16
  children were rescued");
* the other slot is told by two articles or more, with the same event and owner, each
  giving one figure (a slot where one article gives several holds several counts of its
  noun, "2,284 members" beside "312 annual members", and no lone figure is its rival);
* its noun is the other's or a broader one in WordNet ("people" for "patients" or
  "members"); never a narrower one ("three firefighters were injured" beside "twelve people
  were injured", "forty children" beside "200 residents" count a part of the group) nor a
  sister ("two women" beside "four men");
* its sentence reads like one of the other slot's (sentence cosine at least
  :data:`KINDRED_SIMILARITY` with the closest: a slot may hold several counts of its noun);
* exactly one slot qualifies.
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Quantity
from .noun_branches import kind_of

#: sentence cosine with the closest figure of a kindred count's slot at which a lone count
#: joins it ("around 3,200 people" / "about 2,300 members" 0.77; "Nine" admitted / "Nine
#: patients" admitted 0.68; not a count of people who signed a petition beside members)
KINDRED_SIMILARITY = 0.65


def kindred(lone: str, other: str) -> bool:
    """A lone article's count noun ``lone`` may count what ``other`` counts: equal or a
    broader noun (``other`` is a kind of ``lone`` in WordNet's first senses); never a
    narrower one, which counts a part, nor a sister ("men" / "women", "workers" /
    "engineers": two groups of one story)."""
    return lone == other or (kind_of(other, lone) and not kind_of(lone, other))


def _articles(qs: list[Quantity]) -> set[str]:
    return {q.article for q in qs}


def _one_figure_each(qs: list[Quantity]) -> bool:
    """Every article of the slot gives one value (restated or not)."""
    values: dict[str, set[float]] = {}
    for q in qs:
        values.setdefault(q.article, set()).add(q.value)
    return all(len(v) == 1 for v in values.values())


def _broken_down(groups: dict[tuple, list[Quantity]], key: tuple, qs: list[Quantity]) -> bool:
    """The lone article gives another count of the same event and owner in another slot
    ("30 adults and 16 children were rescued"): a breakdown, whose parts count no whole."""
    return any(
        other != key and other[0] == "count" and other[2:] == key[2:]
        and _articles(groups[other]) & _articles(qs)
        for other in groups
    )  # fmt: skip


def join_kindred_counts(
    groups: dict[tuple, list[Quantity]],
    similar: Callable[[list[Quantity], list[Quantity], float], bool],
) -> None:
    """Move each lone-article count slot into the one kindred count slot it qualifies for
    (see the module doc). ``similar(a, b, threshold)``: the mean sentence cosine of figures
    ``a`` and ``b`` is at least ``threshold`` (called with one figure of each side).
    Changes ``groups`` in place."""
    counts = sorted((k for k in groups if k[0] == "count"), key=repr)
    for key in counts:
        qs = groups.get(key)
        if not qs or len(_articles(qs)) != 1 or _broken_down(groups, key, qs):
            continue
        targets = [
            other
            for other in counts
            if other != key
            and other in groups
            and other[2:] == key[2:]
            and len(_articles(groups[other])) >= 2
            and _one_figure_each(groups[other])
            and not _articles(groups[other]) & _articles(qs)
            and kindred(str(key[1]), str(other[1]))
            and any(similar([q], [r], KINDRED_SIMILARITY) for q in qs for r in groups[other])
        ]
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))
