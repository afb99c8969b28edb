"""The Python daemon of the Spark executors loads the models before it forks a worker
(issue #13: model loading per worker). No Spark needed: the daemon loop itself is
pyspark's; what is checked is what consilience adds before it."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("pyspark")


def test_preload_fills_the_model_loaders_and_keeps_stdout_clean():
    """The JVM reads the daemon's port from its stdout: loading may print nothing there."""
    code = (
        "import sys\n"
        "from consilience import spark_daemon, analyse, embed\n"
        "spark_daemon.preload()\n"
        "print(analyse.load_nlp.cache_info().currsize, embed.load_model.cache_info().currsize,"
        " file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=900, check=True
    )
    assert done.stdout == ""
    assert done.stderr.strip().splitlines()[-1] == "1 1"


def test_preload_never_raises_when_a_model_cannot_load(monkeypatch, capsys):
    from consilience import analyse, spark_daemon

    def broken():
        raise RuntimeError("model package missing")

    monkeypatch.setattr(analyse, "load_nlp", broken)
    spark_daemon.preload()
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "models not preloaded" in captured.err and "model package missing" in captured.err


def test_sessions_run_workers_from_the_preloading_daemon():
    from consilience import spark_job

    assert spark_job.DAEMON_CONF == {"spark.python.daemon.module": "consilience.spark_daemon"}
