"""Child processes for the second core: plumbing only, no analysis logic.

A :class:`Worker` is a plain ``python -c`` subprocess running :func:`serve` with a handler,
talking over its stdin/stdout with ``multiprocessing.connection`` messages. It is not
``multiprocessing``'s spawn (which re-imports the caller's ``__main__``), and it exits when
its stdin closes, so a parent killed with SIGKILL takes it down too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


class WorkerError(RuntimeError):
    """The child process died or its handler raised."""


def serve(
    handle: Callable[[Any], Any], setup: Callable[[], Any] | None = None
) -> None:  # pragma: no cover - runs in the child
    """The child's loop: each message in on stdin goes through ``handle``; its result goes
    out on the original stdout. Anything a library prints goes to stderr instead. ``None``
    in, or stdin closing, ends the loop."""
    from multiprocessing.connection import Connection

    out_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    tasks = Connection(0, writable=False)
    results = Connection(out_fd, readable=False)
    try:
        if setup is not None:
            setup()
    except BaseException as exc:
        results.send(("__error__", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            msg = tasks.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        try:
            reply = handle(msg)
        except BaseException as exc:
            reply = ("__error__", f"{type(exc).__name__}: {exc}")
        try:
            results.send(reply)
        except (BrokenPipeError, OSError):
            return


class Worker:
    """A child process running ``entry`` (``"module:function"``, which calls :func:`serve`).

    :meth:`send` a message, :meth:`recv` the reply (in order); :meth:`poll` says whether a
    reply is waiting. Messages are pickled by ``multiprocessing.connection`` between this
    process and its own child only.
    """

    def __init__(self, entry: str, env: dict[str, str] | None = None) -> None:
        from multiprocessing.connection import Connection

        module, func = entry.split(":")
        full_env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[1])
        full_env["PYTHONPATH"] = os.pathsep.join(p for p in (root, full_env.get("PYTHONPATH")) if p)
        full_env.setdefault("HF_HUB_OFFLINE", "1")
        full_env.update(env or {})
        self._proc = subprocess.Popen(
            [sys.executable, "-c", f"from {module} import {func}; {func}()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=full_env,
            close_fds=True,
        )
        self._tasks = Connection(os.dup(self._proc.stdin.fileno()), readable=False)
        self._results = Connection(os.dup(self._proc.stdout.fileno()), writable=False)
        self._proc.stdin.close()
        self._proc.stdout.close()
        self.pending = 0

    def send(self, msg: Any) -> None:
        self._tasks.send(msg)
        self.pending += 1

    def poll(self) -> bool:
        return self.pending > 0 and self._results.poll()

    def recv(self) -> Any:
        try:
            reply = self._results.recv()
        except EOFError as exc:
            raise WorkerError("the worker process died") from exc
        self.pending -= 1
        if isinstance(reply, tuple) and len(reply) == 2 and reply[0] == "__error__":
            raise WorkerError(f"the worker process failed: {reply[1]}")
        return reply

    def close(self) -> None:
        if self.pending:  # abandoned mid-task (an error upstream): no need to be polite
            self._proc.kill()
        else:
            try:
                self._tasks.send(None)
            except (BrokenPipeError, OSError):
                pass
        self._tasks.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            self._proc.kill()
            self._proc.wait()
        self._results.close()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
