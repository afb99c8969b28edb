"""A throw-away local PostgreSQL server, for the tests and the store benchmark.

``TempPostgres`` runs Debian's server binaries (``initdb``, ``pg_ctl``; found on PATH or in
``/usr/lib/postgresql/*/bin``) on a cluster in a new temporary folder, listening on a
free port of 127.0.0.1 only, with trust authentication for the user ``postgres``.
PostgreSQL refuses to run as root, so as root the server runs as the unprivileged user
``nobody`` (through ``runuser``), which owns the folder. Stopping removes the folder.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

#: The user the server runs as when this process is root.
SERVER_USER = "nobody"


def server_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: PATH first, then the newest
    ``/usr/lib/postgresql/N/bin``; None when no server is installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True):
        if (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    return None


def _version_key(path: str) -> int:
    part = Path(path).parent.name
    return int(part) if part.isdigit() else 0


def free_port() -> int:
    """A TCP port of 127.0.0.1 nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TempPostgres:
    """A running throw-away server; ``url(dbname)`` addresses one of its databases.

    Raises RuntimeError (with the server's log) when it cannot be started, and
    FileNotFoundError when no server binaries are installed."""

    def __init__(self) -> None:
        bindir = server_bin_dir()
        if bindir is None:
            raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl) found")
        self.bindir = bindir
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="consilience-pg-"))
        self.data = self.folder / "data"
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.folder, user=SERVER_USER)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = f"-p {self.port} -k {self.folder} -h 127.0.0.1 -c fsync=off"
        try:
            self._run("pg_ctl", "-D", str(self.data), "-o", options,
                      "-l", str(self.folder / "log"), "-w", "start")  # fmt: skip
        except RuntimeError as exc:
            log = (self.folder / "log").read_text(errors="replace")[-2000:]
            shutil.rmtree(self.folder, ignore_errors=True)
            raise RuntimeError(f"{exc}\n{log}") from None

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bindir / tool), *args]
        if self._as_root:
            cmd = ["runuser", "-u", SERVER_USER, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stderr.strip() or done.stdout.strip()}")

    def url(self, dbname: str = "postgres") -> str:
        """The ``postgresql://`` URL of database ``dbname`` on this server."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> TempPostgres:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
