"""Where a run's memory goes: peak RSS of this process and of the whole process tree (worker
processes included) during each stage, sampled every 0.1 s, without Prefect (`run_pipeline`'s
stages called one by one).

    .venv/bin/python -m bench.stage_memory [--scale 1] [--workdir DIR] [INPUT ...]

Without INPUT: VNTC (../shared/evaldata/vntc_subset) × `--scale` (copies with distinct ids, as
`bench.bench_scale` makes them). Prints one line per stage: seconds, CPU seconds of this process
(user + sys; with `--workers 1` every batch runs here, so that is the stage's whole CPU cost), main RSS
at the start, peak main RSS, peak tree RSS, and where the stage was when the main process peaked.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

import psutil

from flows.config import RunConfig
from flows.run.stages import STAGES, close_run, commit, open_run

_REPO = str(Path(__file__).resolve().parents[1])


class _Sampler(threading.Thread):
    """Peak RSS of this process and of its tree since the last `take()`."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.me = psutil.Process()
        self.main = self.tree = 0
        self.at = ""  # where the stage's thread was at the main process's peak
        self.thread = threading.get_ident()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.1):
            self.sample()

    def sample(self, locate: bool = True) -> None:
        try:
            main = self.me.memory_info().rss
            tree = main + sum(p.memory_info().rss for p in self.me.children(recursive=True) if p.is_running())
        except psutil.Error:
            return
        if locate and main > self.main:
            frame = sys._current_frames().get(self.thread)
            self.at = " < ".join(f"{f.name}@{Path(f.filename).name}:{f.lineno}" for f in
                                 reversed(traceback.extract_stack(frame)) if f.filename.startswith(_REPO))[:300]
        self.main, self.tree = max(self.main, main), max(self.tree, tree)

    def take(self) -> tuple[float, float, str]:
        self.sample(locate=False)
        out = (self.main / 2**20, self.tree / 2**20, self.at)
        self.main = self.tree = 0
        self.at = ""
        return out


def measure(inputs: list[str], output: Path, workers: int = 0) -> list[dict]:
    shutil.rmtree(output, ignore_errors=True)
    sampler = _Sampler()
    sampler.start()
    rows = []
    ctx = open_run(RunConfig(inputs=inputs, output=str(output), workers=workers))
    try:
        for name, stage in [*STAGES, ("commit", commit)]:
            sampler.take()
            start_main = sampler.me.memory_info().rss / 2**20
            started, cpu = time.perf_counter(), time.process_time()
            stage(ctx)
            main, tree, at = sampler.take()
            rows.append({"stage": name, "seconds": round(time.perf_counter() - started, 2),
                         "cpu_s": round(time.process_time() - cpu, 2),
                         "start_main_mb": round(start_main), "peak_main_mb": round(main), "peak_tree_mb": round(tree),
                         "peak_at": at})
            print(json.dumps(rows[-1]), flush=True)
    finally:
        close_run(ctx)
        sampler.stop.set()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsclean-stage-memory"))
    ap.add_argument("--workers", type=int, default=0, help="worker processes (0: one per core; 1: all in this process)")
    args = ap.parse_args()
    inputs = args.inputs
    if not inputs:
        folder = args.workdir / f"in-x{args.scale}"
        if not folder.exists():  # in another process: its memory is not this run's
            subprocess.run([sys.executable, "-c", f"from bench.bench_scale import make_inputs; "
                            f"make_inputs({args.scale}, __import__('pathlib').Path({str(folder)!r}))"], check=True)
        inputs = [str(folder)]
    measure(inputs, args.workdir / "out", args.workers)


if __name__ == "__main__":
    main()
