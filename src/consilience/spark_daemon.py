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


def main() -> None:
    """Preload, then run pyspark's daemon loop (its worker module is ``sys.argv[1]``)."""
    preload()
    from pyspark import daemon

    daemon.manager()


if __name__ == "__main__":
    main()
