"""pyspark's daemon with consilience's models loaded before it forks a Python worker.

An executor's Python workers are forked by one daemon process per executor
(``python -m pyspark.daemon``). Spark stops a worker that has been idle for a minute, so a
job of many stages forks new workers again and again; each loaded spaCy and the embedder
itself (tens of seconds on a busy machine) before it could build a brief or analyse a
batch. Run as the daemon (``spark.python.daemon.module``, :func:`spark_job.session`), this
module loads both once, then hands over to pyspark's own daemon loop: every worker it
forks starts with the models in memory, shared copy-on-write with its siblings.

No model is run in the daemon (a forked child must not inherit a started thread pool), and
the models are the ones :func:`analyse.load_nlp` and :func:`embed.load_model` load, so the
workers compute the same bytes as workers that load them themselves.
"""

from __future__ import annotations

import contextlib
import os
import sys


def preload() -> None:
    """Load spaCy and the embedder into this process (cached by their loaders). Never
    raises: a worker that finds no model loaded loads it itself, as without this module."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:  # stdout carries the daemon's port to the JVM: nothing else may be printed there
        with contextlib.redirect_stdout(sys.stderr):
            from . import analyse, embed

            analyse.load_nlp()
            embed.load_model()
    except Exception as exc:  # noqa: BLE001 - the workers still load on their own
        print(f"consilience.spark_daemon: models not preloaded ({exc!r})", file=sys.stderr)


def keep_unchanged_zip_indexes() -> None:
    """Make ``zipimporter.invalidate_caches`` re-read an archive's index only when the
    archive changed (size or modification time). pyspark's worker calls
    ``importlib.invalidate_caches()`` before every task, which re-reads the index of every
    zip on ``sys.path`` (pyspark.zip and py4j's, first on the workers' path): a fixed cost
    per task, paid by every small task of the shuffles. An archive replaced between tasks
    is still read again."""
    import zipimport

    original = zipimport.zipimporter.invalidate_caches
    if getattr(original, "_consilience", False):
        return
    seen: dict[str, tuple[int, int]] = {}

    def invalidate_caches(self) -> None:
        try:
            st = os.stat(self.archive)
            stamp = (st.st_size, st.st_mtime_ns)
        except OSError:
            stamp = None
        if stamp is not None and seen.get(self.archive) == stamp:
            return
        original(self)
        if stamp is not None:
            seen[self.archive] = stamp

    invalidate_caches._consilience = True  # type: ignore[attr-defined]
    zipimport.zipimporter.invalidate_caches = invalidate_caches  # type: ignore[method-assign]


def main() -> None:
    """Preload, then run pyspark's daemon loop (its worker module is ``sys.argv[1]``)."""
    preload()
    keep_unchanged_zip_indexes()
    from pyspark import daemon

    daemon.manager()


if __name__ == "__main__":
    main()
