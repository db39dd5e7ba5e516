"""Run the speed/memory benchmarks and write bench/results/bench.md (and bench.json).

    make bench        # = .venv/bin/python -m bench.run_all [--no-profile] [--no-scale] [--no-datatrove]

Also runs (unless skipped) the VNTC ×1/×5/×10 scale runs (`bench.bench_scale`, with the no-op run)
and newsclean against datatrove on the 180k-passage corpus (`bench.bench_datatrove_side`).
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import bench_datatrove_side, bench_e2e, bench_index, bench_scale, bench_signatures

RESULTS = Path(__file__).resolve().parent / "results"


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=Path(__file__).resolve().parents[1], check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    started = time.perf_counter()
    data = bench_signatures.load_passages()
    sig = bench_signatures.run(data)
    print(bench_signatures.markdown(sig), "\n", flush=True)
    idx = bench_index.run(data)
    print(bench_index.markdown(idx), "\n", flush=True)
    del data
    e2e = bench_e2e.run(profile="--no-profile" not in sys.argv)
    print(bench_e2e.markdown(e2e), flush=True)
    growth = subprocess.run([sys.executable, "-m", "bench.bench_growth"], capture_output=True, text=True,
                            check=True).stdout.strip()
    print(growth, flush=True)
    sections = []
    if "--no-datatrove" not in sys.argv:
        side = bench_datatrove_side.run(Path("/tmp/newsclean-bench-datatrove"))
        sections.append(bench_datatrove_side.markdown(side))
        print(sections[-1], "\n", flush=True)
    if "--no-scale" not in sys.argv:
        scale = bench_scale.run([1, 5, 10], Path("/tmp/newsclean-bench-scale"))
        sections.append(bench_scale.markdown(scale))
        print(sections[-1], "\n", flush=True)
    load = os.getloadavg()
    header = [
        "# newsclean benchmarks", "",
        f"commit `{_commit()}`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{len(os.sched_getaffinity(0))} cores, load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}, "
        f"bench took {time.perf_counter() - started:.0f} s.", "",
    ]
    RESULTS.mkdir(exist_ok=True)
    text = "\n".join(header) + "\n" + "\n\n".join([bench_signatures.markdown(sig), bench_index.markdown(idx), bench_e2e.markdown(e2e),
                                                  "## Growth of an incremental run\n\n" + growth, *sections])
    (RESULTS / "bench.md").write_text(text + "\n", encoding="utf-8")
    (RESULTS / "bench.json").write_text(json.dumps({"signatures": sig, "index": idx, "e2e": e2e}, indent=2, default=str))
    print(f"\nwrote {RESULTS / 'bench.md'}")


if __name__ == "__main__":
    main()
