"""Bounds on the work one hostile document can cost (issue 17).

A reader checks :func:`markup_over_budget` before handing markup to a parser (lxml,
trafilatura, feedparser), so the cost is bounded by a cheap scan rather than by the parse, and
runs the parse under :func:`time_budget`, which stops it after a wall-clock budget when it can
(the main thread of a Unix process; elsewhere only the element bound applies).
"""

from __future__ import annotations

import contextlib
import itertools
import re
import signal
import threading
from collections.abc import Iterator

__all__ = [
    "HTML_TIME_BUDGET",
    "MAX_FEED_ELEMENTS",
    "MAX_HTML_ELEMENTS",
    "OverBudget",
    "markup_over_budget",
    "time_budget",
]

# A long news page has a few thousand elements; trafilatura costs about 0.1 ms per element.
MAX_HTML_ELEMENTS = 50_000
# A feed holds many entries, each with a few elements (bodies are usually escaped text).
MAX_FEED_ELEMENTS = 250_000
# Seconds of wall-clock time one HTML document may take to extract.
HTML_TIME_BUDGET = 30.0

_TAG = re.compile(r"<[A-Za-z]")
_TAG_BYTES = re.compile(rb"<[A-Za-z]")


class OverBudget(BaseException):
    """Raised inside a :func:`time_budget` block when its time runs out. A BaseException,
    so a library's own ``except Exception`` cannot swallow it and carry on."""


def markup_over_budget(markup: str | bytes, max_elements: int) -> str | None:
    """None when ``markup`` opens at most ``max_elements`` tags, else a one-line reason.

    The scan stops at the first tag over the bound, so it costs O(bound) matches at most.
    """
    pattern = _TAG_BYTES if isinstance(markup, bytes) else _TAG
    over = next(itertools.islice(pattern.finditer(markup), max_elements, None), None)
    if over is None:
        return None
    return f"over {max_elements:,} HTML elements (a page this large is not an article)"


def _can_alarm() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` inside the block once ``seconds`` of wall time have passed.

    Enforced with ``SIGALRM`` only in the main thread and when no other alarm is in use;
    otherwise the block runs unbounded (callers bound the input size first)."""
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def _expire(signum: int, frame: object) -> None:
        raise OverBudget(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
