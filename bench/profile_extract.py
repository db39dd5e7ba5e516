"""CPU profile of the cleaning stages on a fixed VNTC sample: `extract` (decode, normalise, rule cleaning,
line statistics) and the cleaning half of `sign` (learned-line removal, passage splitting), every batch in
this process (`--workers 1`, no Prefect), under cProfile.

    .venv/bin/python -m bench.profile_extract [--docs 3000] [--input FILE] [--top 30] [--workdir DIR] [--no-profile]

Prints each stage's CPU seconds (process_time) and, with profiling, the functions with the most own
CPU time (cProfile timed by process_time, so other jobs on the machine do not count; its overhead makes
a stage several times slower, so compare runs with the same flag). The sample is the first `--docs`
records of ../shared/evaldata/vntc_subset, so two commits profile the same input; `--input` profiles a
whole input file instead (e.g. the 180k corpus's docs.jsonl).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import pstats
import shutil
import time
from pathlib import Path

from flows.config import RunConfig
from flows.run.stages import close_run, extract, learn, open_run, plan, sign

VNTC = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "vntc_subset" / "vntc_xh_pl_tg.jsonl.gz"


def sample(docs: int, folder: Path) -> Path:
    """The first `docs` VNTC records as one gzip JSONL file in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"vntc-first{docs}.jsonl.gz"
    if not dest.exists():
        with gzip.open(VNTC, "rt", encoding="utf-8") as src, gzip.open(dest, "wt", encoding="utf-8") as out:
            for n, line in enumerate(src):
                if n >= docs:
                    break
                out.write(line)
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsclean-profile-extract"))
    ap.add_argument("--input", type=Path, help="profile this input file whole instead of the VNTC sample")
    ap.add_argument("--no-profile", action="store_true", help="CPU seconds only (no cProfile overhead)")
    args = ap.parse_args()
    source = args.input.resolve() if args.input else sample(args.docs, args.workdir / "in")
    output = args.workdir / "out"
    shutil.rmtree(output, ignore_errors=True)
    ctx = open_run(RunConfig(inputs=[str(source)], output=str(output), workers=1))
    try:
        plan(ctx)
        for name, stage in (("extract", extract), ("learn", learn), ("sign", sign)):
            prof = None if args.no_profile else cProfile.Profile(time.process_time)
            cpu = time.process_time()
            if prof is not None:
                prof.enable()
            stage(ctx)
            if prof is not None:
                prof.disable()
            print(f"== {name}: {time.process_time() - cpu:.2f} CPU s", flush=True)
            if prof is not None and name != "learn":
                stats = pstats.Stats(prof)
                stats.sort_stats("tottime").print_stats(args.top)
                stats.sort_stats("cumulative").print_stats(args.top)
    finally:
        close_run(ctx)


if __name__ == "__main__":
    main()
