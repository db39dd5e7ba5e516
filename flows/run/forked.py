"""A function of a stage's own data run in a forked copy of this process, while this process does other work
(issue 17: find-duplicates ran on one core of two).

A fork shares the stage's memory copy-on-write (texts, tokens, arrays: nothing to send), so it starts in
milliseconds where a pool worker would import and read everything again. The child runs one function, writes
its pickled value to a file and leaves with `os._exit` (no atexit handlers, no flushed buffers of the parent's).
It must not log, use Prefect or Arrow's thread pools: other threads of the parent (Prefect's) do not exist in it,
and a lock one of them held stays held. Whatever goes wrong in the child (an exception, a kill, no fork on this
platform, no answer within the time limit), `Forked.result` says so and the caller computes the same value
itself: a fork changes where the work runs, never the answer.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flows.run.lifeline import die_with_parent

_POLL = 0.005  # seconds between looks at the child once this process has done its own part
# A fork maps every resident page of this process, so a sum of the tree's RSS (how issue 17's memory bound is
# measured) counts them twice, though the child copies few. Above this RSS no fork is made and this process does
# the work alone, as before (VNTC ×10: within-run verification forks, the cluster phase, at ~1,060 MB, does not).
FORK_MAX_RSS_MB = 600


def affordable() -> bool:
    """Whether this process is small enough to fork under the tree's memory bound (`FORK_MAX_RSS_MB`)."""
    try:
        resident = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return False
    return resident <= FORK_MAX_RSS_MB * 2**20


class Forked:
    """`fn()` running in a child process (see the module docstring); `result()` waits for its value."""

    def __init__(self, fn: Callable[[], Any], folder: Path) -> None:
        self.path = folder / f"forked-{os.getpid()}-{time.monotonic_ns()}.pickle"
        self.cpu_seconds = 0.0
        self.pid: int | None = None
        with contextlib.suppress(OSError, AttributeError):  # no fork (another platform, no memory): no child
            self.pid = os.fork()
        if self.pid == 0:  # the child
            code = 1
            try:
                die_with_parent()  # a killed run leaves no child behind
                value = fn()
                tmp = self.path.with_suffix(".tmp")
                with open(tmp, "wb") as fh:
                    pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self.path)
                code = 0
            finally:
                os._exit(code)

    def cancel(self) -> None:
        """Kill the child and reap it (this process failed or was interrupted while the child worked)."""
        if self.pid:
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = None
            for p in (self.path, self.path.with_suffix(".tmp")):
                p.unlink(missing_ok=True)

    def result(self, timeout: float) -> tuple[bool, Any]:
        """(True, fn's value), or (False, None) when the child gave none within `timeout` seconds from now
        (it is then killed)."""
        if not self.pid:
            return False, None
        deadline = time.monotonic() + timeout
        status = None
        while status is None:
            pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid == 0:
                status = None
                if time.monotonic() > deadline:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(self.pid, signal.SIGKILL)
                    _, status, usage = os.wait4(self.pid, 0)
                    break
                time.sleep(_POLL)
        self.cpu_seconds = usage.ru_utime + usage.ru_stime
        self.pid = None
        try:
            if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
                return False, None
            with open(self.path, "rb") as fh:
                return True, pickle.load(fh)  # noqa: S301 - written by our own child
        except OSError:
            return False, None
        finally:
            for p in (self.path, self.path.with_suffix(".tmp")):
                p.unlink(missing_ok=True)


def shared_map(fn: Callable[[int], Any], order: list[int], folder: Path, wait: float) -> tuple[dict[int, Any], float]:
    """{k: fn(k)} for every k of `order`, taken in that order by this process and a forked copy of it, each
    taking the next one when it is done with its last (a pipe of 4-byte numbers both read: the work balances
    itself whatever each item costs). The child's values come back when both are done; items the child took
    but gave no value for are computed here. (the values, the child's CPU seconds); `wait`: seconds the
    child may take beyond 4 x this process's own part."""
    if len(order) * 4 > PIPE_BYTES:
        raise ValueError(f"at most {PIPE_BYTES // 4} items")
    r, w = os.pipe()
    try:
        os.write(w, b"".join(k.to_bytes(4, "little") for k in order))  # fits the pipe: never blocks
        os.close(w)
        w = -1

        def taken() -> dict[int, Any]:
            out = {}
            while len(b := os.read(r, 4)) == 4:  # reads of 4 bytes from a pipe of 4-byte writes are whole
                k = int.from_bytes(b, "little")
                out[k] = fn(k)
            return out

        child = Forked(taken, folder)
        try:
            started = time.perf_counter()
            mine = taken()
            ok, theirs = child.result(timeout=wait + 4 * (time.perf_counter() - started))
        except BaseException:
            child.cancel()
            raise
    finally:
        os.close(r)
        if w >= 0:
            os.close(w)
    mine.update(theirs if ok else {})
    for k in order:
        if k not in mine:
            mine[k] = fn(k)
    return mine, child.cpu_seconds


PIPE_BYTES = 1 << 16  # Linux's default pipe capacity
