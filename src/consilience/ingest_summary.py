"""What an ingest run did, counted once per article read (for the CLI line and the web app).

:class:`consilience.pipeline.IngestReport` files a text read twice in one run (two outlets
printing one wire report) under ``already`` and, when the second source is new, under
``appearances`` too; a stored text read from a new source later is filed under both as well.
Shown as is, a first ingest of one text printed by two outlets read "new appearances 1 ·
already stored 1" although nothing was stored before. :func:`ingest_counts` counts every
article read exactly once: ``read = new + updated + new_appearances + already_stored +
repeated + skipped``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any


def ingest_counts(report: Any) -> dict[str, int]:
    """``{"read", "new", "updated", "new_appearances", "already_stored", "repeated",
    "skipped"}`` (article counts) of an ``IngestReport``-like object (lists ``new``,
    ``updated``, ``appearances``, ``already``, ``skipped`` of article ids; int ``read``).

    ``new_appearances``: texts read from a source not seen for them (a second printing);
    ``already_stored``: texts stored by an earlier run and read again from a known source;
    ``repeated``: a text read twice in this run from the same source, or under another
    name as the same article (same outlet, title and date: ``Store.copy_of``); a copy of
    an article stored by an earlier run is ``already_stored``."""
    fresh = set(report.new)
    apps, updated = Counter(report.appearances), Counter(report.updated)
    before, again = 0, 0
    for aid, n in Counter(report.already).items():
        if aid in fresh:
            again += max(0, n - apps[aid] - updated[aid])
        else:
            before += max(0, n - apps[aid])
    return {
        "read": int(report.read),
        "new": len(report.new),
        "updated": len(report.updated),
        "new_appearances": len(report.appearances),
        "already_stored": before,
        "repeated": again,
        "skipped": len(report.skipped),
    }
