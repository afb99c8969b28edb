"""Server-side inline SVG charts for the HTML brief: pure functions, brief item -> SVG string.

* ``quantity_chart(item)``: the readings of one numeric conflict or corroborated figure as
  markers on one normalised axis; each reading's rounding/qualifier interval (``low``–``high``)
  as a bar, the majority (or, for an update, the latest readings) as a shaded band, outliers
  drawn as hollow diamonds. ``compact=True`` draws one lane (for the conflict cards),
  otherwise one labelled row per reading (outlet named beside it, so it prints).
* ``timeline_chart(events)``: dated events in date order on one axis, one marker per event.

Charts use classes only (no inline ``style``), so they pass a strict CSP; status is carried
by shape and fill as well as colour, and every chart has a text alternative (``aria-label``
plus ``<title>`` on each marker). Markers carry ``data-value`` (the normalised value, in the
reading's SI-like unit), ``data-article`` and ``data-status``; the ``<svg>`` carries its axis
(``data-domain="lo hi"``, ``data-plot="x0 x1"``) so a test can map a marker back to its value.
Output is deterministic: the same item gives the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import escape

__all__ = [
    "Point",
    "reading_status",
    "numeric_points",
    "axis_domain",
    "nice_ticks",
    "quantity_chart",
    "timeline_chart",
    "is_update",
]

#: statuses a reading can have in a chart (also CSS classes)
STATUSES = ("majority", "outlier", "latest", "superseded", "agree", "")


@dataclass(frozen=True)
class Point:
    """One numeric reading: ``value`` with its interval ``low``..``high`` (None = open)."""

    article: str
    text: str
    value: float
    low: float | None
    high: float | None
    status: str
    label: str
    shown: str = ""


def _num(x: Any) -> float | None:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return None
    return float(x) if math.isfinite(x) else None


def _ids(value: Any) -> set[str]:
    return {x for x in value if isinstance(x, str)} if isinstance(value, list) else set()


def is_update(item: Mapping[str, Any]) -> bool:
    """True when a conflict item reports a figure that moved over time (a rising toll), not a
    disagreement: ``"update": true`` on the item, or no outliers and a reading flagged
    ``"update": true``."""
    if item.get("update") is True:
        return True
    readings = item.get("readings") if isinstance(item.get("readings"), list) else []
    flagged = any(isinstance(r, dict) and r.get("update") is True for r in readings)
    return flagged and not _ids(item.get("outliers"))


def reading_status(item: Mapping[str, Any], reading: Mapping[str, Any]) -> str:
    """Status of ``reading`` within ``item``: ``majority`` / ``outlier`` for a conflict,
    ``latest`` / ``superseded`` for an update (``consistent`` for an undated reading the
    latest figure bears out, "at least two" beside a later 4), ``agree`` for a corroborated figure (no
    majority/outlier keys), ``""`` when the item names neither."""
    aid = reading.get("article")
    aid = aid if isinstance(aid, str) else ""
    if is_update(item):
        if reading.get("consistent") is True:  # undated, consistent with the latest
            return "consistent"
        if item.get("update") is True:
            if isinstance(reading.get("latest"), bool):  # the row's own flag: a blog's
                return "latest" if reading["latest"] else "superseded"  # earlier entry
            return "latest" if aid in _ids(item.get("majority")) else "superseded"
        return "latest" if reading.get("update") is True else "superseded"
    if aid in _ids(item.get("outliers")):
        return "outlier"
    if aid in _ids(item.get("majority")):
        return "majority"
    if "majority" not in item and "outliers" not in item:
        return "agree"
    return ""


def numeric_points(
    item: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
    describe: Callable[[Mapping[str, Any]], str] | None = None,
) -> list[Point]:
    """The readings of ``item`` that carry a finite numeric ``value``, with their status, a
    label (``labels[article]``, else the article id) and ``describe(reading)`` as the value
    shown (e.g. "≤ 350 km"; default: none). Bounds that are missing or not numbers are open
    (None); a ``low`` of 0 under a positive value ("up to") is open too."""
    labels = labels or {}
    out = []
    for r in item.get("readings") or []:
        if not isinstance(r, dict):
            continue
        value = _num(r.get("value"))
        if value is None:
            continue
        aid = r.get("article") if isinstance(r.get("article"), str) else ""
        low, high = _num(r.get("low")), _num(r.get("high"))
        if low is not None and (low > value or (low <= 0 < value and low != value)):
            low = None
        if high is not None and high < value:
            high = None
        status = reading_status(item, r)
        label = labels.get(aid) or aid or "?"
        shown = describe(r) if describe else ""
        out.append(Point(aid, str(r.get("text") or ""), value, low, high, status, label, shown))
    return out


def axis_domain(points: Sequence[Point]) -> tuple[float, float]:
    """``(lo, hi)`` of a linear axis holding every value and every closed interval bound,
    padded by 8% of the span (or of the value when all coincide). Raises ValueError when
    ``points`` is empty."""
    if not points:
        raise ValueError("no numeric readings")
    xs = [p.value for p in points]
    xs += [p.low for p in points if p.low is not None]
    xs += [p.high for p in points if p.high is not None]
    lo, hi = min(xs), max(xs)
    span = hi - lo
    pad = span * 0.08 if span > 0 else (abs(lo) * 0.1 or 1.0)
    lo2 = lo - pad
    if lo >= 0 > lo2:
        lo2 = 0.0
    return lo2, hi + pad


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values (steps of 1, 2 or 5 × 10^k) inside ``[lo, hi]``, about ``count``."""
    span = hi - lo
    if span <= 0 or not math.isfinite(span):
        return [lo]
    raw = span / max(1, count)
    mag = 10 ** math.floor(math.log10(raw))
    ratio = raw / mag
    step = mag * (1 if ratio < 1.5 else 2 if ratio < 3 else 5 if ratio < 7 else 10)
    first = math.ceil(lo / step) * step
    ticks = []
    t = first
    while t <= hi + step * 1e-9:
        ticks.append(round(t, 12))
        t += step
    return ticks


def _plain_fmt(v: float) -> str:
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.3g}"


class _Axis:
    """Linear map from the value domain to pixel x in ``[x0, x1]``."""

    def __init__(self, lo: float, hi: float, x0: float, x1: float) -> None:
        self.lo, self.hi, self.x0, self.x1 = lo, hi, x0, x1

    def x(self, v: float) -> float:
        f = (v - self.lo) / (self.hi - self.lo) if self.hi > self.lo else 0.5
        return self.x0 + max(0.0, min(1.0, f)) * (self.x1 - self.x0)


def _band(points: Sequence[Point]) -> tuple[str, float, float] | None:
    """The shaded band: hull of the majority's (or the latest readings') intervals."""
    for status in ("majority", "latest"):
        group = [p for p in points if p.status == status]
        if group:
            lo = min(p.low if p.low is not None else p.value for p in group)
            hi = max(p.high if p.high is not None else p.value for p in group)
            return status, lo, hi
    return None


def _marker(p: Point, x: float, y: float, fmt: Callable[[float], str]) -> str:
    shown = p.shown or fmt(p.value)
    title = escape(f"{p.label}: “{p.text}” = {shown}" + (f" ({p.status})" * bool(p.status)))
    attrs = (
        f'class="dot {p.status or "plain"}" data-value="{p.value!r}" '
        f'data-article="{escape(p.article)}" data-status="{p.status}"'
    )
    if p.status == "outlier":
        shape = f'<path {attrs} d="M{x:.1f},{y - 6:.1f} l6,6 l-6,6 l-6,-6 z"/>'
    elif p.status == "superseded":
        shape = f'<rect {attrs} x="{x - 4.5:.1f}" y="{y - 4.5:.1f}" width="9" height="9"/>'
    else:
        shape = f'<circle {attrs} cx="{x:.1f}" cy="{y:.1f}" r="5"/>'
    return f'<g class="mark"><title>{title}</title>{shape}</g>'


def _interval(p: Point, axis: _Axis, y: float) -> str:
    lo = axis.x(p.low) if p.low is not None else axis.x0
    hi = axis.x(p.high) if p.high is not None else axis.x1
    parts = [f'<line class="interval {p.status or "plain"}" x1="{lo:.1f}" y1="{y:.1f}" '
             f'x2="{hi:.1f}" y2="{y:.1f}"/>']  # fmt: skip
    if p.low is None:
        parts.append(f'<path class="open-end" d="M{lo + 6:.1f},{y - 4:.1f} l-6,4 l6,4"/>')
    if p.high is None:
        parts.append(f'<path class="open-end" d="M{hi - 6:.1f},{y - 4:.1f} l6,4 l-6,4"/>')
    return "".join(parts)


def _axis_svg(axis: _Axis, y: float, fmt: Callable[[float], str], top: float) -> str:
    parts = [
        f'<line class="axis" x1="{axis.x0:.1f}" y1="{y:.1f}" x2="{axis.x1:.1f}" y2="{y:.1f}"/>'
    ]
    ticks = getattr(fmt, "ticks", nice_ticks)  # a format may place its own (clock times)
    for t in ticks(axis.lo, axis.hi, 4):
        x = axis.x(t)
        parts.append(
            f'<line class="grid" x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{x:.1f}" y="{y + 13:.1f}">{escape(fmt(t))}</text>'
        )
    return "".join(parts)


def _summary(subject: str, points: Sequence[Point], fmt: Callable[[float], str]) -> str:
    by: dict[str, list[str]] = {}
    for p in points:
        by.setdefault(p.status or "reading", []).append(f"{p.shown or fmt(p.value)} ({p.label})")
    parts = [f"{k}: " + "; ".join(v) for k, v in by.items()]
    return f"{subject}: {len(points)} readings on one axis. " + ". ".join(parts) + "."


def _lanes(points: Sequence[Point], axis: _Axis, gap: float = 11.0) -> list[int]:
    """Lane index per point so markers closer than ``gap`` px do not overlap (compact)."""
    last: dict[int, float] = {}
    order = sorted(range(len(points)), key=lambda i: (points[i].value, points[i].label))
    result = [0] * len(points)
    for i in order:
        x = axis.x(points[i].value)
        lane = next((k for k in range(len(points)) if x - last.get(k, -1e9) >= gap), 0)
        last[lane] = x
        result[i] = lane
    return result


def quantity_chart(
    item: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
    *,
    fmt: Callable[[float], str] | None = None,
    describe: Callable[[Mapping[str, Any]], str] | None = None,
    compact: bool = False,
    width: int = 720,
) -> str:
    """SVG of a numeric conflict / corroborated item (see module doc); ``""`` when no reading
    has a numeric value. ``labels`` maps article id -> outlet name, ``fmt`` formats a
    normalised value with its unit for the axis (default: plain number; when it has a
    ``ticks(lo, hi, count)`` method, that places the axis ticks), ``describe`` a
    reading for its label and hover text (default: ``fmt`` of its value)."""
    fmt = fmt or _plain_fmt
    points = numeric_points(item, labels, describe)
    if not points:
        return ""
    subject = str(item.get("subject") or "figure")
    if compact:
        return _compact_chart(subject, points, fmt, width)
    return _rows_chart(subject, points, fmt, width)


def _svg_open(cls: str, width: float, height: float, label: str, axis: _Axis) -> str:
    return (
        f'<svg class="chart {cls}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'role="img" aria-label="{escape(label)}" data-domain="{axis.lo!r} {axis.hi!r}" '
        f'data-plot="{axis.x0!r} {axis.x1!r}">'
    )


def _band_svg(points: Sequence[Point], axis: _Axis, top: float, bottom: float) -> str:
    band = _band(points)
    if band is None:
        return ""
    status, lo, hi = band
    x0, x1 = axis.x(lo), axis.x(hi)
    if x1 - x0 < 4:
        x0, x1 = x0 - 2, x1 + 2
    return (
        f'<rect class="band {status}" x="{x0:.1f}" y="{top:.1f}" width="{x1 - x0:.1f}" '
        f'height="{bottom - top:.1f}"/>'
        f'<text class="band-label" x="{(x0 + x1) / 2:.1f}" y="{top - 3:.1f}">{status}</text>'
    )


def _compact_chart(
    subject: str, points: Sequence[Point], fmt: Callable[[float], str], width: int
) -> str:
    axis = _Axis(*axis_domain(points), 12.0, width - 12.0)
    lanes = _lanes(points, axis)
    n_lanes = max(lanes) + 1
    top, lane_h = 14.0, 11.0
    base = top + 8 + lane_h * n_lanes
    parts = [_svg_open("quantity compact", width, base + 18, _summary(subject, points, fmt), axis)]
    parts.append(_band_svg(points, axis, top, base))
    parts.append(_axis_svg(axis, base, fmt, top))
    for p, lane in sorted(zip(points, lanes, strict=True), key=lambda t: t[1]):
        y = top + 8 + lane_h * lane
        parts.append(_interval(p, axis, y) + _marker(p, axis.x(p.value), y, fmt))
    parts.append("</svg>")
    return "".join(parts)


def _rows_chart(
    subject: str, points: Sequence[Point], fmt: Callable[[float], str], width: int
) -> str:
    label_w, value_w, row_h, top = 190.0, 110.0, 20.0, 16.0
    axis = _Axis(*axis_domain(points), label_w + 10, width - value_w - 10)
    rows = sorted(points, key=lambda p: (p.value, p.label, p.article))
    base = top + row_h * len(rows) + 4
    parts = [_svg_open("quantity rows", width, base + 20, _summary(subject, points, fmt), axis)]
    parts.append(_band_svg(points, axis, top, base))
    parts.append(_axis_svg(axis, base, fmt, top))
    for i, p in enumerate(rows):
        y = top + row_h * i + row_h / 2
        name = p.label if len(p.label) <= 28 else p.label[:27] + "…"
        parts.append(
            f'<text class="row-label" x="{label_w:.1f}" y="{y + 4:.1f}">{escape(name)}</text>'
            + _interval(p, axis, y)
            + _marker(p, axis.x(p.value), y, fmt)
            + f'<text class="row-value {p.status or "plain"}" x="{width - value_w:.1f}" '
            f'y="{y + 4:.1f}">{escape(p.shown or fmt(p.value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


# --------------------------------------------------------------------------- timeline


def _parse_date(date: str) -> _dt.date | None:
    for n, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(date) >= n:
            try:
                return _dt.date.fromisoformat(date[:n] + suffix)
            except ValueError:
                continue
    return None


def _short_date(date: str, precision: str) -> str:
    d = _parse_date(date)
    if d is None:
        return date
    if precision == "year" or len(date) == 4:
        return f"{d.year}"
    if precision == "month" or len(date) == 7:
        return d.strftime("%b %Y")
    return d.strftime("%-d %b %Y")


def timeline_chart(events: Sequence[Mapping[str, Any]], *, width: int = 720) -> str:
    """SVG of dated events: distinct dates in order, evenly spaced (gaps of more than a year
    marked with a break), one marker per event stacked above its date, hollow for month or
    year precision; each marker's ``<title>`` gives the date and the event text. ``""`` when
    no event has a parseable ``date``."""
    dated = []
    for e in events:
        date = str(e.get("date") or "")
        d = _parse_date(date)
        if d is not None:
            dated.append((d, date, str(e.get("precision") or ""), e))
    if not dated:
        return ""
    dated.sort(key=lambda t: (t[0], t[1], str(t[3].get("text") or "")))
    keys = sorted({(d, date) for d, date, _p, _e in dated})
    step = max(22.0, min(90.0, (width - 40) / max(1, len(keys))))
    w = max(width, 40 + step * len(keys))
    stacks: dict[tuple, int] = {}
    for d, date, _p, _e in dated:
        stacks[(d, date)] = stacks.get((d, date), 0) + 1
    top, dot_h = 10.0, 12.0
    base = top + dot_h * max(stacks.values()) + 6
    label = f"Timeline: {len(dated)} dated events from {keys[0][1]} to {keys[-1][1]}."
    axis = _Axis(0.0, float(len(keys)), 20.0, 20.0 + step * len(keys))
    parts = [_svg_open("timeline", w + 70, base + 70, label, axis)]
    parts.append(f'<line class="axis" x1="20" y1="{base:.1f}" x2="{w - 10:.1f}" y2="{base:.1f}"/>')
    parts += _timeline_ticks(keys, dated, step, base)
    parts += _timeline_marks(keys, dated, step, base, top, dot_h)
    parts.append("</svg>")
    return "".join(parts)


def _timeline_ticks(keys: list, dated: list, step: float, base: float) -> list[str]:
    prec = {(d, date): p for d, date, p, _e in dated}
    parts = []
    for i, key in enumerate(keys):
        x = 20 + step * (i + 0.5)
        if i and (key[0] - keys[i - 1][0]).days > 366:
            bx = x - step / 2
            parts.append(f'<text class="break" x="{bx:.1f}" y="{base + 4:.1f}">⁄⁄</text>')
        text = escape(_short_date(key[1], prec[key]))
        parts.append(
            f'<line class="grid" x1="{x:.1f}" y1="{base:.1f}" x2="{x:.1f}" y2="{base + 4:.1f}"/>'
            f'<text class="tick date" transform="translate({x + 3:.1f},{base + 10:.1f}) '
            f'rotate(40)">{text}</text>'
        )
    return parts


def _timeline_marks(
    keys: list, dated: list, step: float, base: float, top: float, dot_h: float
) -> list[str]:
    index = {k: i for i, k in enumerate(keys)}
    height: dict[tuple, int] = {}
    parts = []
    for d, date, p, e in dated:
        k = (d, date)
        level = height.get(k, 0)
        height[k] = level + 1
        x = 20 + step * (index[k] + 0.5)
        y = base - 8 - dot_h * level
        arts = e.get("articles") if isinstance(e.get("articles"), list) else []
        n = len(arts)
        title = escape(
            f"{_short_date(date, p)}: {e.get('text') or ''}" + (f" ({n} articles)" * (n > 1))
        )
        cls = "event" + (" vague" if p in ("month", "year") or len(date) < 10 else "")
        parts.append(
            f'<g class="mark"><title>{title}</title><circle class="{cls}" data-date="{escape(date)}" '
            f'cx="{x:.1f}" cy="{y:.1f}" r="{4.5 if n < 2 else 5.5}"/></g>'
        )
    return parts
