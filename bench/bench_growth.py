"""Growth: the cost of an incremental run depends on the new articles, not on the archive.

Adds the same 1,000 VNTC articles (a whole `run_pipeline`: read, clean, sign, look up, write,
commit) to outputs whose index already holds 100,000 or 1,000,000 passages (synthetic band keys,
as a year of news would leave them, merged into one part), and compares wall time and peak RSS.

    .venv/bin/python -m bench.bench_growth [--articles 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

VNTC = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "vntc_subset" / "vntc_xh_pl_tg.jsonl.gz"


def make_archive(output: Path, n_passages: int, bands: int) -> None:
    """An output folder whose index holds `n_passages` earlier passages (one merged part)."""
    from cleaners.index.parts import write_part

    rng = np.random.default_rng(n_passages)
    (output / "state" / "index").mkdir(parents=True)
    keys = rng.integers(0, 2**32, (n_passages, bands), dtype=np.uint32)
    pkeys = rng.integers(0, 2**63, n_passages, dtype=np.uint64)
    write_part(output / "state" / "index" / "00000000T000000Z-archive.arrow", keys, pkeys)


def one_run(output: Path, inputs: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, this child and its pool) of one incremental run."""
    code = (
        "import sys, time, resource\n"
        "from flows.config import RunConfig\nfrom flows.run.stages import run_pipeline\n"
        "if __name__ == '__main__':\n"
        "    t = time.perf_counter()\n"
        f"    run_pipeline(RunConfig(inputs=[{str(inputs)!r}], output={str(output)!r}))\n"
        "    print(time.perf_counter() - t)\n"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return float(out.stdout.strip().splitlines()[-1]), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from cleaners.lsh import lsh_params
    from flows.config import RunConfig

    cfg = RunConfig(inputs=["."], output="x")
    bands, _ = lsh_params(cfg.threshold, cfg.num_perm)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        inputs = tmp_path / "new"
        inputs.mkdir()
        with gzip.open(VNTC, "rt", encoding="utf-8") as src, open(inputs / "new.jsonl", "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= args.articles:
                    break
                rec = json.loads(line)
                dst.write(json.dumps({"id": rec["id"], "outlet": rec["outlet"], "text": rec["text"]}) + "\n")
        rows = []
        for n in (100_000, 1_000_000):
            base = tmp_path / f"archive-{n}"
            make_archive(base, n, bands)
            times, peaks = [], []
            for _ in range(args.repeat):
                out = tmp_path / "out"
                shutil.rmtree(out, ignore_errors=True)
                shutil.copytree(base, out)
                seconds, peak = one_run(out, inputs)
                times.append(seconds)
                peaks.append(peak)
            rows.append((n, statistics.median(times), max(peaks)))
            shutil.rmtree(base)
    ratio = rows[1][1] / rows[0][1]
    print(f"Adding {args.articles:,} VNTC articles to an archive (median of {args.repeat} runs, no Prefect start-up):\n")
    print("| archive passages | run wall s | peak RSS (MB) |\n|---:|---:|---:|")
    for n, seconds, peak in rows:
        print(f"| {n:,} | {seconds:.2f} | {peak:,.0f} |")
    print(f"\nratio 1M / 100k: {ratio:.2f}x (goal <= 1.5x): {'met' if ratio <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"\n({time.perf_counter() - started:.0f} s)")
