"""Run the real command line on files on disk and read its Parquet output back: what the quality
benchmarks score is what a user gets (`newsclean run` → documents/ and rejects/)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.dataset as ds


@dataclass
class CliOutput:
    """Documents and rejects of one `newsclean run`, keyed by the input's path under the folder."""

    docs: dict[str, dict] = field(default_factory=dict)
    rejects: dict[str, dict] = field(default_factory=dict)
    manifest_counts: dict = field(default_factory=dict)
    seconds: float = 0.0


def newsclean_bin() -> str:
    candidate = Path(sys.executable).with_name("newsclean")
    return str(candidate) if candidate.exists() else "newsclean"


def run_cli(inputs: Path, workers: int = 2, extra: list[str] | None = None, output: Path | None = None) -> CliOutput:
    """`newsclean run <inputs> --output <tmp>`; sources are returned without the folder prefix."""
    own_tmp = None
    if output is None:
        own_tmp = tempfile.TemporaryDirectory(prefix="newsclean-eval-")
        output = Path(own_tmp.name) / "out"
    env = {**os.environ, "PREFECT_HOME": os.environ.get("PREFECT_HOME") or str(Path(tempfile.gettempdir()) / "prefect-bench")}
    cmd = [newsclean_bin(), "run", str(inputs), "--output", str(output), "--workers", str(workers), *(extra or [])]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-2000:]}")
    out = CliOutput(seconds=time.perf_counter() - start)
    prefix = inputs.name + "/"
    docs = ds.dataset(output / "documents", format="parquet").to_table().to_pylist()
    out.docs = {d["source"].removeprefix(prefix): d for d in docs}
    if (output / "rejects").exists():
        rejects = ds.dataset(output / "rejects", format="parquet").to_table().to_pylist()
        out.rejects = {r["source"].removeprefix(prefix): r for r in rejects}
    if own_tmp is not None:
        own_tmp.cleanup()
    return out
