"""Shared helpers for flow tests: copies of the seeds, runs, and reading the output back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

from flows.config import RunConfig
from flows.run.stages import run_pipeline

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def copy_seeds(dest: Path) -> Path:
    shutil.copytree(SEEDS, dest)
    for p in dest.iterdir():
        p.chmod(0o644)
    return dest


def run(inputs: list[Path], output: Path, **kw) -> dict:
    cfg = RunConfig(inputs=[str(p) for p in inputs], output=str(output), workers=kw.pop("workers", 1), **kw)
    return run_pipeline(cfg)


def table(output: Path, name: str) -> pa.Table:
    """A table as a downstream user reads it: pyarrow.dataset over the folder."""
    return ds.dataset(output / name, format="parquet").to_table()


def rows(output: Path, name: str) -> list[dict]:
    return table(output, name).to_pylist()


def manifests(output: Path) -> list[dict]:
    return sorted((json.loads(p.read_text()) for p in (output / "manifests").glob("*.json")), key=lambda m: m["started_at"])
