"""Timeline lines that state no disputed or superseded figure.

A timeline entry's line is one article's clause (:func:`consilience.dates.build_timeline`).
When that clause gives a reading of a figure conflict ("killing at least two people" where a
later report says four, "about 5,000 were evacuated" where four articles say 2,000), the
line would state a contested value and cite articles that say otherwise. After the figure
conflicts are built, :func:`settle_timeline` cuts the adjunct phrase holding the reading off
the line (the agreed part, as consensus does); when the reading is a core argument of the
clause (its subject or object) the line is another member's clause that gives no contested
reading, and only clauses that state what the line says stay cited.
"""

from __future__ import annotations

from typing import Any

from .model import Span, StoryContext

#: dependents of a clause's predicate that carry what the clause is about: never cut
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "oprd", "ROOT"})
Reading = tuple[str, int, int]  # (article id, start, end) of a figure reading


def settle_timeline(ctx: StoryContext) -> dict[str, list[dict[str, Any]]]:
    """Rewrite, in place, the entries of ``ctx.brief["timeline"]`` whose line gives a
    reading of one of ``ctx.brief["conflicts"]``' figure conflicts (kind ``quantity``,
    disagreements and updates alike); returns ``{}`` (it adds no items). Entries keep
    their keys: ``text``, ``citation``, ``citations`` and ``articles`` change."""
    brief = getattr(ctx, "brief", None) or {}
    conflicts = [c for c in brief.get("conflicts", []) if c.get("kind") == "quantity"]
    if not conflicts:
        return {}
    readings, bad = figure_readings(conflicts)
    for entry in brief.get("timeline", []):
        _settle_entry(ctx, entry, readings, bad)
    return {}


def figure_readings(
    conflicts: list[dict[str, Any]],
) -> tuple[dict[Reading, tuple[int, Any]], set[Reading]]:
    """Every reading ``(article, start, end)`` of ``conflicts`` -> ``(conflict index, value)``
    (the normalised value), and the readings a line must not state: the outliers' readings
    of a disagreement, the superseded ones of an update."""
    every: dict[Reading, tuple[int, Any]] = {}  # (conflict, value)
    bad: set[Reading] = set()
    for n, c in enumerate(conflicts):
        losing = set(c.get("superseded") or []) if c.get("update") else set(c.get("outliers", []))
        for r in c.get("readings", []):
            cit = r.get("citation") or {}
            if "article" not in cit:
                continue
            key = (cit["article"], cit["start"], cit["end"])
            every[key] = (n, r.get("normalized") or r.get("value"))
            if r.get("article", cit["article"]) in losing:
                bad.add(key)
    return every, bad


def _inside(cit: dict[str, Any], readings) -> list[Reading]:
    return [
        r
        for r in readings
        if r[0] == cit["article"] and cit["start"] <= r[1] and r[2] <= cit["end"]
    ]


def _settle_entry(ctx, entry: dict[str, Any], readings: dict, bad: set[Reading]) -> None:
    """Cut the contested readings off ``entry``'s line, else take the line from a member
    clause giving none of ``bad`` and cite only the clauses that state its figures."""
    rep = entry["citation"]
    if not _inside(rep, readings):
        return
    cut = _cut_readings(ctx, rep, _inside(rep, readings))
    if cut is not None and _keeps_dates(entry, rep, cut):
        _set_line(ctx, entry, Span(rep["article"], *cut), entry["citations"])
        return
    ok = [c for c in entry["citations"] if not (set(_inside(c, readings)) & bad)]
    if not ok:
        return
    plain = [c for c in ok if not _inside(c, readings)]
    line = plain[0] if plain else ok[0]
    stated = _stated_readings(line, readings)
    kept = [c for c in ok if _stated_readings(c, readings) >= stated] if stated else ok
    _set_line(ctx, entry, Span(line["article"], line["start"], line["end"]), kept)


def _keeps_dates(entry: dict[str, Any], rep: dict[str, Any], cut: tuple[int, int]) -> bool:
    """False when the cut line starts after a date mention of ``entry`` its clause ``rep``
    held: a cut that keeps only what follows the dated act ("Chlorine gas leaked ... on
    Tuesday morning, sending 12 people to hospital, the county fire service said" -> "the
    county fire service said.") leaves an attribution, not the event. A cut that keeps the
    act before its dropped date ("They searched the freighter" of "... at 5:30 a.m. on
    Tuesday") still tells the event."""
    for m in entry.get("mentions") or []:
        c = m.get("citation") or {}
        if c.get("article") != rep["article"]:
            continue
        if rep["start"] <= c.get("start", -1) and c.get("end", -1) <= rep["end"]:
            if not (cut[0] <= c["start"] and c["end"] <= cut[1]) and cut[0] >= c["end"]:
                return False
    return True


def _stated_readings(cit: dict[str, Any], readings: dict) -> frozenset[int]:
    """The conflicts (indices) of which a citation's clause gives a reading."""
    return frozenset(readings[r][0] for r in _inside(cit, readings))


def _set_line(ctx, entry: dict[str, Any], line: Span, cited: list[dict[str, Any]]) -> None:
    text = ctx.analysis(line.article).article.text
    entry["text"] = " ".join(text[line.start : line.end].split())
    entry["citation"] = line.to_json()
    others = [c for c in cited if c["article"] != line.article]
    entry["citations"] = [line.to_json(), *others]
    keep = {c["article"] for c in entry["citations"]}
    entry["articles"] = [a for a in entry["articles"] if a in keep]


def _cut_readings(ctx, cit: dict[str, Any], inside: list[Reading]) -> tuple[int, int] | None:
    """``(start, end)`` of the clause ``cit`` without the adjunct phrases that hold the
    readings ``inside`` (each must open or close what is left), or None when a reading is a
    core argument, sits mid-clause, or nothing worth a line would be left."""
    doc = ctx.analysis(cit["article"]).doc
    s, e = cit["start"], cit["end"]
    for _aid, x, y in sorted(inside, key=lambda r: -r[1]):
        span = _cut_one(doc, s, e, x, y)
        if span is None:
            return None
        s, e = span
    return (s, e) if len(doc.text[s:e].split()) >= 4 else None


def _cut_one(doc, s: int, e: int, x: int, y: int) -> tuple[int, int] | None:
    clause = doc.char_span(s, e, alignment_mode="contract")
    reading = doc.char_span(x, y, alignment_mode="expand")
    if clause is None or reading is None or not (s <= x and y <= e):
        return None
    top = _phrase_top(reading.root, clause)
    if top is None:
        return None
    ps, pe = top.left_edge.idx, top.right_edge.idx + len(top.right_edge.text)
    ps, pe = max(ps, s), min(pe, e)
    text = doc.text
    if not text[pe:e].strip(" ,;:.\n\"'”’)"):  # the phrase closes the clause
        ne = ps
        while ne > s and text[ne - 1] in " ,;:\n":
            ne -= 1
        return _without_trailing_conjunction(doc, s, ne)
    if not text[s:ps].strip(" ,;:\n\"'“‘("):  # the phrase opens the clause
        ns = pe
        while ns < e and text[ns] in " ,;:\n":
            ns += 1
        return ns, e
    return None


def _phrase_top(tok, clause):
    """The ancestor of ``tok`` that depends on the clause's predicate, when it is an adjunct
    (not a core argument); None otherwise."""
    root = clause.root
    while tok.i != root.i and tok.head.i != root.i:
        if not (clause.start <= tok.head.i < clause.end) or tok.head.i == tok.i:
            return None
        tok = tok.head
    if tok.i == root.i or tok.dep_ in CORE_DEPS:
        return None
    return tok


def _without_trailing_conjunction(doc, s: int, e: int) -> tuple[int, int] | None:
    """``(s, e)`` without a trailing coordinator (a ``cc`` token: "and", "but") left by a
    cut; None when nothing is left."""
    span = doc.char_span(s, e, alignment_mode="contract")
    if span is not None and len(span) > 1 and span[-1].dep_ == "cc":
        e = span[-2].idx + len(span[-2].text)
    return (s, e) if e > s else None
