"""Run a command and measure it as a user sees it: wall time and the peak memory (RSS) of the whole
process tree (the command and every descendant: Prefect's server, worker processes), sampled every
0.2 s with psutil."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

SAMPLE_SECONDS = 0.2


@dataclass
class Measured:
    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in members:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Measured:
    """Run `cmd` to its end; its wall time and peak tree RSS (MB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        ps = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(ps))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return Measured(round(seconds, 2), round(peak / 2**20, 1), proc.returncode,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def newsclean_env(prefect_home: Path) -> dict[str, str]:
    """The environment of a benchmark run: its own Prefect home, no outside Prefect server."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_HOME": str(prefect_home)}
