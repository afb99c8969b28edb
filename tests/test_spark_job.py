"""The Spark runner end to end (issue #13): the demo corpus packed as a WARC plus JSONL, with
a corrupt JSONL record and a truncated WARC, run in ``local[2]`` and once on a standalone
cluster (master and worker started here from pyspark's own ``sbin`` scripts on 127.0.0.1).
Its stories and brief bytes must equal the single-machine path's on the same files.

Skipped, with the reason, when pyspark or Java is missing."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DEMO

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import spark_corpus  # noqa: E402


def _why_not() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install '.[spark]')"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "Java 17 is not installed (apt-get install openjdk-17-jre-headless)"
    return None


pytestmark = pytest.mark.skipif(_why_not() is not None, reason=_why_not() or "")


def _single(inputs: list[str], db: Path) -> tuple[list[str], list[list[str]]]:
    """Briefs (JSON lines) and stories (article ids) of the single-machine path."""
    from consilience import pipeline
    from consilience.store import Store

    with Store(db) as store:
        report = pipeline.ingest(store, inputs)
        found = pipeline.group_stories(pipeline.story_items(store, report.ids))
        lines = [
            json.dumps(b, ensure_ascii=False) for b in pipeline.briefs_for_ids(store, report.ids)
        ]
    return lines, [list(s.articles) for s in found]


@pytest.fixture(scope="module")
def packed(tmp_path_factory):
    root = tmp_path_factory.mktemp("spark-in")
    inputs = [str(p) for p in spark_corpus.pack(DEMO, root / "in", damaged=True)]
    lines, stories = _single(inputs, root / "single.db")
    return inputs, lines, stories, root


@pytest.fixture(scope="module")
def local_run(packed):
    from consilience import spark_job

    inputs, _lines, _stories, root = packed
    out = root / "out-local"
    spark = spark_job.session("local[2]", "consilience-test")
    try:
        opts = spark_job.JobOptions(html=True)
        report = spark_job.run(inputs, str(out), options=opts, spark=spark)
    finally:
        spark.stop()
    return report, out


def test_local_briefs_are_the_single_machine_bytes(packed, local_run):
    _inputs, lines, _stories, _root = packed
    _report, out = local_run
    assert (out / "briefs.jsonl").read_text(encoding="utf-8").splitlines() == lines


def test_local_stories_are_the_single_machine_stories(packed, local_run):
    import pyarrow.parquet as pq

    _inputs, _lines, stories, _root = packed
    _report, out = local_run
    rows = sorted(pq.read_table(out / "stories").to_pylist(), key=lambda r: r["seq"])
    assert [r["articles"] for r in rows] == stories


def test_bad_inputs_are_skipped_with_reasons_and_counted(local_run):
    import pyarrow.parquet as pq

    report, out = local_run
    skipped = pq.read_table(out / "skipped").to_pylist()
    reasons = {Path(r["source"].split(":")[0].split("#")[0]).name: r["reason"] for r in skipped}
    assert "malformed JSON" in reasons["records.jsonl"]
    assert "truncated or corrupt WARC" in reasons["cut.warc.gz"]
    assert report.read == report.stored + report.repeated + report.skipped
    assert report.repeated == 1  # the page before the damage is also in pages.warc.gz
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["read"], summary["skipped"]) == (report.read, report.skipped)


def test_html_page_per_story(local_run):
    report, out = local_run
    pages = sorted((out / "html").glob("*.html"))
    assert len(pages) == report.stories and pages[0].read_text().startswith("<!DOCTYPE html>")


def test_import_makes_a_store_the_cli_reads(packed, local_run, tmp_path):
    from typer.testing import CliRunner

    from consilience.cli import app

    _inputs, lines, stories, _root = packed
    _report, out = local_run
    db = tmp_path / "imported.db"
    runner = CliRunner()
    done = runner.invoke(app, ["import", str(out), "--db", str(db)])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(app, ["stories", "--db", str(db), "--format", "json"])
    found = json.loads(listed.stdout)["stories"]
    assert [[a["id"] for a in s["articles"]] for s in found] == stories
    one = runner.invoke(app, ["brief", "--story", found[0]["id"], "--db", str(db), "-f", "json"])
    assert json.loads(one.stdout) == json.loads(lines[0])


# --------------------------------------------------------------------------- standalone


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _daemon(home: Path, env: dict, verb: str, cls: str, *args: str) -> None:
    subprocess.run(
        ["bash", str(home / "sbin" / "spark-daemon.sh"), verb, cls, "1", *args],
        env=env,
        check=True,
        capture_output=True,
    )


def _spark_env(home: Path, tmp_path: Path) -> dict:
    return {
        **os.environ,
        "SPARK_HOME": str(home),
        "SPARK_LOG_DIR": str(tmp_path / "logs"),
        "SPARK_PID_DIR": str(tmp_path / "pids"),
        "SPARK_LOCAL_IP": "127.0.0.1",
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
    }


@pytest.fixture
def standalone(tmp_path):
    """(master URL, environment): a master and one worker (2 cores) on 127.0.0.1, started
    with pyspark's own sbin/spark-daemon.sh and stopped afterwards."""
    import pyspark

    home = Path(pyspark.__file__).resolve().parent
    env = _spark_env(home, tmp_path)
    port = _free_port()
    url = f"spark://127.0.0.1:{port}"
    master = "org.apache.spark.deploy.master.Master"
    worker = "org.apache.spark.deploy.worker.Worker"
    ui = ["--webui-port", "0"]
    _daemon(home, env, "start", master, "--host", "127.0.0.1", "--port", str(port), *ui)
    try:
        _wait_for(port)
        _daemon(home, env, "start", worker, url, "--host", "127.0.0.1", "--cores", "2", *ui)
        yield url, env
    finally:
        _daemon(home, env, "stop", worker)
        _daemon(home, env, "stop", master)


def _wait_for(port: int, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise RuntimeError(f"no Spark master on 127.0.0.1:{port}")


def test_spark_submit_on_a_standalone_cluster_gives_the_same_briefs(packed, standalone, tmp_path):
    import consilience.spark_entry as entry

    inputs, lines, _stories, _root = packed
    url, env = standalone
    submit = Path(env["SPARK_HOME"]) / "bin" / "spark-submit"
    out = tmp_path / "out"
    done = subprocess.run(
        [str(submit), "--master", url, entry.__file__, *inputs, "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 3, done.stderr[-3000:]  # 3: some inputs were skipped
    assert (out / "briefs.jsonl").read_text(encoding="utf-8").splitlines() == lines
    assert "skipped 2;" in done.stdout


def test_cli_spark_with_nothing_readable_writes_an_empty_output_and_exits_3(tmp_path):
    from typer.testing import CliRunner

    from consilience.cli import app

    out = tmp_path / "out"
    missing = str(tmp_path / "no-such-crawl")
    done = CliRunner().invoke(app, ["spark", missing, "--out", str(out), "--master", "local[1]"])
    assert done.exit_code == 3, done.output
    assert "read 1 = stored 0 + repeated 0 + skipped 1" in done.stdout
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["stored"], summary["stories"]) == (0, 0)
    assert (out / "briefs.jsonl").read_text() == ""
