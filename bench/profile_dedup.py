"""CPU profile of the find-duplicates stage on a staged run: `prepare` runs plan, extract, learn and
sign once (no Prefect) and keeps the staging folder; `run` copies it into a fresh run of an empty output
and times `dedup` alone (process_time), under cProfile unless `--no-profile`, `--repeat` times.

    .venv/bin/python -m bench.profile_dedup prepare INPUT... --workdir DIR [--workers 2] [--base OUTPUT]
    .venv/bin/python -m bench.profile_dedup run --workdir DIR [--repeat 3] [--no-profile] [--top 30]
        [--run-workers --workers 1]

`--base OUTPUT`: the run is an incremental one, on a copy of OUTPUT (a folder earlier runs wrote): its
dedup matches the new passages against that archive (e.g. the second half of a split corpus).

Two commits can profile the same staged input (the staging format is the same), so `run` measures the
stage alone, without extract's and sign's minute of work each time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import time
from pathlib import Path

from flows.config import RunConfig
from flows.run.stages import close_run, dedup, extract, learn, open_run, plan, sign


def _fresh_output(work: Path) -> Path:
    """An empty output, or a copy of the `--base` output the staged run was prepared against."""
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    if (work / "base").exists():
        shutil.copytree(work / "base", out)
    return out


def prepare(inputs: list[str], work: Path, workers: int, base: Path | None = None) -> None:
    shutil.rmtree(work, ignore_errors=True)
    if base is not None:
        shutil.copytree(base, work / "base", ignore=shutil.ignore_patterns(".lock", "_staging"))
    _fresh_output(work)
    ctx = open_run(RunConfig(inputs=inputs, output=str(work / "out"), workers=workers))
    try:
        for stage in (plan, extract, learn, sign):
            stage(ctx)
        shutil.copytree(ctx.staging, work / "staged")
    finally:
        close_run(ctx)
    shutil.rmtree(work / "out", ignore_errors=True)
    (work / "inputs.json").write_text(json.dumps(inputs))


def run(work: Path, repeat: int, profile: bool, top: int, workers: int = 0) -> None:
    inputs = json.loads((work / "inputs.json").read_text())
    cpus, walls = [], []
    for _ in range(repeat):
        out = _fresh_output(work)
        ctx = open_run(RunConfig(inputs=inputs, output=str(out), workers=workers))
        try:
            shutil.rmtree(ctx.staging)
            shutil.copytree(work / "staged", ctx.staging)
            prof = cProfile.Profile(time.process_time) if profile else None
            cpu, wall = time.process_time(), time.perf_counter()
            if prof is not None:
                prof.enable()
            stats = dedup(ctx)
            if prof is not None:
                prof.disable()
            cpus.append(time.process_time() - cpu)
            walls.append(time.perf_counter() - wall)
            keep = ("candidate_pairs", "verified_pairs", "text_comparisons", "duplicate_passages", "clusters")
            print({k: stats[k] for k in keep}, ctx.stats.get("dedup_stage", ""), flush=True)
            print(f"== dedup: {cpus[-1]:.2f} CPU s (main process), {walls[-1]:.2f} s wall", flush=True)
            if prof is not None:
                st = pstats.Stats(prof)
                st.sort_stats("tottime").print_stats(top)
                st.sort_stats("cumulative").print_stats(top)
        finally:
            close_run(ctx)
    cpus.sort()
    walls.sort()
    print(f"median of {repeat}: {cpus[len(cpus) // 2]:.2f} CPU s, {walls[len(walls) // 2]:.2f} s wall")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["prepare", "run"])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--run-workers", action="store_true",
                    help="run: use --workers for the stage too (1: no forked part, so the CPU printed is all of it)")
    ap.add_argument("--base", type=Path, help="prepare: an output folder of earlier runs to add this run to")
    args = ap.parse_args()
    if args.what == "prepare":
        prepare(args.inputs, args.workdir, args.workers, args.base)
    else:
        run(args.workdir, args.repeat, not args.no_profile, args.top, args.workers if args.run_workers else 0)


if __name__ == "__main__":
    main()
