"""A real `prefect server start` for the tests (session-wide) and helpers for Prefect subprocesses."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

BIN = Path(sys.executable).parent
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a Prefect subprocess: its own PREFECT_HOME (and profile), no telemetry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", **extra)
    return env


def _wait_for(what: str, check: Callable[[], Any], timeout: float, proc: subprocess.Popen, log: Path) -> Any:
    """Poll `check` until it returns something truthy; fail with `proc`'s log on timeout or if it died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{what}: process exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            result = check()
        except Exception:
            result = None
        if result:
            return result
        time.sleep(0.2)  # a run on the seeds lasts about a second: poll often enough to see it running
    pytest.fail(f"{what}: not after {timeout:.0f} s:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a process we started (and its children: it leads its own session) by PID, bounded."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout)


def _start(args: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen:
    with open(log, "wb") as fh:
        return subprocess.Popen(args, env=env, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def start_server(home: Path) -> tuple[subprocess.Popen, str]:
    """`prefect server start` with its UI on a free port of 127.0.0.1; returns (process, base URL) once
    healthy. Faster than the defaults: the scheduler loops every 5 s (not 60), a run waiting for its
    deployment's concurrency slot retries after 3 s (not 30). PREFECT_UI_API_URL: without it the UI
    of a server on another port than 4200 calls :4200."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = home / "server.log"
    proc = _start([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                  _env(home, PREFECT_UI_API_URL=f"{base}/api", PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="5",
                       PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS="3"), log, home)
    try:
        _wait_for("prefect server /api/health",
                  lambda: urllib.request.urlopen(f"{base}/api/health", timeout=2).status == 200, 120, proc, log)
    except BaseException:
        _stop(proc)
        raise
    return proc, base
