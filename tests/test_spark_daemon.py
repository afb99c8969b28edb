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


def test_an_unchanged_zip_index_is_not_read_again_per_task(tmp_path):
    """pyspark calls importlib.invalidate_caches() before every task; under the daemon an
    unchanged archive on sys.path keeps its index, a rewritten one is read again."""
    code = (
        "import importlib, os, sys, zipfile, zipimport\n"
        "from consilience import spark_daemon\n"
        "arch = sys.argv[1]\n"
        "def write(names):\n"
        "    with zipfile.ZipFile(arch, 'w') as z:\n"
        "        for n in names: z.writestr(n + '.py', 'X = 1\\n')\n"
        "write(['hive_a'])\n"
        "sys.path.insert(0, arch)\n"
        "import hive_a\n"
        "reads = []\n"
        "orig = zipimport._read_directory\n"
        "zipimport._read_directory = lambda p: reads.append(p) or orig(p)\n"
        "spark_daemon.keep_unchanged_zip_indexes()\n"
        "spark_daemon.keep_unchanged_zip_indexes()  # idempotent\n"
        "for _ in range(5): importlib.invalidate_caches()\n"
        "first = len(reads)\n"
        "write(['hive_a', 'hive_b'])\n"
        "os.utime(arch, ns=(1, 10**18))\n"
        "importlib.invalidate_caches()\n"
        "import hive_b\n"
        "print(first, len(reads))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "combs.zip")],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["1", "2"]


def test_python_workers_spill_only_well_above_the_models():
    """pyspark spills a Python aggregation once the worker's whole RSS passes
    spark.python.worker.memory; the models alone are over its 512m default."""
    from pyspark.core.rdd import _parse_memory

    from consilience import spark_job

    assert _parse_memory(spark_job.WORKER_CONF["spark.python.worker.memory"]) >= 2048
