"""The temporary Prefect API server of `newsclean run` (embedded mode), tied to the run's life.

Prefect's ephemeral mode starts its own uvicorn subprocess, which outlives a run killed with
`kill -9` (or `kill -TERM`, which skips Python's exit handlers): ~200 MB left under PID 1 for
ever. So the CLI starts the same server itself, as a child that gets SIGKILL when the CLI dies
(`PR_SET_PDEATHSIG`, armed by the child: see `flows.run.lifeline`), and points
`PREFECT_API_URL` at it. Run as `python -m flows.embedded_server PORT`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


class ServerStartError(RuntimeError):
    """The embedded Prefect server did not become healthy."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def launch() -> tuple[subprocess.Popen, str]:
    """Start the server process on a free port without waiting for it (call from the main thread:
    the death signal follows the thread that forked it); (process, API URL). The caller can import
    Prefect meanwhile (about 2 s each, on two cores at once), then `wait_healthy`."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLEAN_REDIS_PASSWORD"}  # the server needs none
    proc = subprocess.Popen([sys.executable, "-m", "flows.embedded_server", str(port)],
                            env={**env, **SERVER_ENV}, stdin=subprocess.DEVNULL,
                            start_new_session=True)  # the terminal's Ctrl-C goes to the run, which stops it
    return proc, f"http://127.0.0.1:{port}/api"


def wait_healthy(proc: subprocess.Popen, url: str, timeout: float | None = None) -> bool:
    """Wait until the launched server answers; False when it exited first (e.g. its port was taken
    between choosing and binding it). Stops it and raises `ServerStartError` on a timeout."""
    timeout = timeout or float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120"))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    if proc.poll() is None:
        stop(proc)
        raise ServerStartError(f"the embedded Prefect server did not answer within {timeout:.0f} s "
                               "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")
    return False


def start(timeout: float | None = None, launched: tuple[subprocess.Popen, str] | None = None,
          ) -> tuple[subprocess.Popen, str]:
    """Start the server (or wait for one `launch`ed already); wait until it answers; (process, API URL)."""
    for _attempt in range(3):  # the port may be taken between choosing and binding it
        proc, url = launched or launch()
        launched = None
        if wait_healthy(proc, url, timeout):
            return proc, url
    raise ServerStartError(f"the embedded Prefect server exited at start (code {proc.returncode})")


def stop(proc: subprocess.Popen) -> None:
    """Send Prefect's queued logs and events, then stop the server."""
    if "prefect" in sys.modules:
        try:
            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker

            APILogWorker.drain_all(timeout=5)
            EventsWorker.drain_all(timeout=5)
        except Exception:  # noqa: BLE001 - losing a log line must not fail the run's exit
            pass
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


HEARTBEAT_SETTINGS = ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY")


def client_settings() -> contextlib.AbstractContextManager:
    """Prefect settings for a flow run on this server: no flow-run heartbeats. Nothing reads them (the
    server runs no services and dies with the run), and Prefect stops their thread at the end of a
    run by joining it, which waited up to a second (its sleep step; issue 17). A heartbeat setting of
    your own wins."""
    if any(os.environ.get(k) for k in HEARTBEAT_SETTINGS):
        return contextlib.nullcontext()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


def _serve(port: int) -> None:
    from flows.run.lifeline import die_with_parent

    die_with_parent()
    import uvicorn

    uvicorn.run("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=port,
                log_level="error", lifespan="on")


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
