"""The spaCy worker's first batch does not wait for the child to load its model: ingest
hands the child the second batch and analyses the first itself meanwhile
(``pipeline._analyse_and_store``), which only works when submitting returns at once."""

from __future__ import annotations

import os
import threading

from consilience import analyse

SLOW_CHILD = """
import os, time
from pathlib import Path
from consilience import analyse
from consilience.workers import serve

def _setup():
    flag = Path(os.environ["CONSILIENCE_TEST_START_FLAG"])
    while not flag.exists():  # a model that takes as long as the test decides
        time.sleep(0.02)
    analyse._worker_setup()

def main():
    serve(analyse._worker_handle, _setup)
"""


def test_submit_returns_before_the_child_has_started(tmp_path, monkeypatch):
    (tmp_path / "slow_child_start.py").write_text(SLOW_CHILD, encoding="utf-8")
    flag = tmp_path / "started"
    monkeypatch.setenv("CONSILIENCE_TEST_START_FLAG", str(flag))
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])
    )
    events: list[str] = []

    def release() -> None:
        events.append("child released")
        flag.touch()

    # a fallback so that a blocking submit ends instead of hanging: it then comes second
    timer = threading.Timer(30.0, release)
    timer.start()
    try:
        with analyse.DocWorker(batch_size=2, entry="slow_child_start:main") as worker:
            # far more than a pipe's buffer: a plain send blocks until the child reads it
            worker.submit(
                ["Gulls nested on the pier.", "The ferry left at noon."], None, ["x" * 400_000] * 2
            )
            events.append("submitted")
            if not flag.exists():
                release()
            blobs = worker.result()
    finally:
        timer.cancel()
    assert events[0] == "submitted"
    assert len(blobs) == 2 and all(isinstance(b, bytes) for b in blobs)


def test_a_dead_child_is_reported_by_result(tmp_path, monkeypatch):
    """Sending on a thread keeps errors: a child that exits at once fails ``result``."""
    import pytest

    from consilience.workers import WorkerError

    (tmp_path / "dead_child.py").write_text(
        "def main():\n    raise SystemExit(3)\n", encoding="utf-8"
    )
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])
    )
    with analyse.DocWorker(entry="dead_child:main") as worker:
        worker.submit(["A short text."], None, ["y" * 200_000])
        with pytest.raises((WorkerError, OSError)):
            worker.result()
