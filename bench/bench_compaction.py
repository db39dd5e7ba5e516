"""Compaction of many hourly runs: file count, size and read time before and after.

Makes `--runs` hourly runs (each a new JSONL file of `--per-run` VNTC articles, one in-process
`run_pipeline` each, like a scheduled deployment), then times readers of documents/ and passages/
(pyarrow.dataset, DuckDB read_parquet, polars, pandas: each in a fresh process, best of 3), runs
`newsclean compact`, checks the rows and their content hash are identical and times the readers
again.

    .venv/bin/python -m bench.bench_compaction [--runs 500] [--per-run 20] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VNTC = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "vntc_subset" / "vntc_xh_pl_tg.jsonl.gz"
REPO = Path(__file__).resolve().parents[1]
TABLES = ("documents", "passages", "rejects")

READERS = {
    "pyarrow.dataset": "import pyarrow.dataset as ds; n = ds.dataset('{d}', format='parquet').to_table().num_rows",
    "duckdb": "import duckdb; n = duckdb.sql(\"select count(*), sum(length(text)) from read_parquet('{d}/*.parquet')\").fetchall()[0][0]",
    "polars": "import polars as pl; n = pl.read_parquet('{d}/*.parquet').height",
    "pandas": "import pandas as pd; n = len(pd.read_parquet('{d}'))",
}


def read_seconds(folder: Path, code: str) -> float | None:
    """Best of 3 fresh-process reads (the import is timed apart and subtracted)."""
    prog = ("import time, sys; t0 = time.perf_counter(); " + code.split(";")[0] + "; t1 = time.perf_counter(); "
            + ";".join(code.split(";")[1:]) + "; print(time.perf_counter() - t1)").format(d=folder)
    best = None
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True)
        if done.returncode:
            return None
        best = min(best or 1e9, float(done.stdout.strip()))
    return best


def describe(out: Path) -> dict:
    files = [p for t in TABLES for p in (out / t).glob("*.parquet")]
    hashes = {}
    import pyarrow.dataset as ds

    for t in TABLES:
        rows = ds.dataset(out / t, format="parquet").to_table().to_pylist()
        lines = sorted(json.dumps(r, sort_keys=True, default=str, ensure_ascii=False) for r in rows)
        hashes[t] = (len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16])
    reads = {f"{t}/{name}": read_seconds(out / t, code) for t in ("documents", "passages") for name, code in READERS.items()}
    return {"files": len(files), "mb": round(sum(p.stat().st_size for p in files) / 1e6, 1), "rows": hashes, "read_s": reads}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=500)
    ap.add_argument("--per-run", type=int, default=20)
    ap.add_argument("--keep", type=Path, default=None, help="build the output here (kept; run again to resume)")
    args = ap.parse_args()
    from flows.config import RunConfig
    from flows.run.stages import run_pipeline

    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-compact-"))
    inputs, out = base / "in", base / "out"
    inputs.mkdir(parents=True, exist_ok=True)
    t0, last_run_s = time.perf_counter(), None
    with gzip.open(VNTC, "rt", encoding="utf-8") as fh:
        records = (json.loads(line) for line in fh)
        for hour in range(args.runs):
            batch = list(itertools.islice(records, args.per_run))
            if (inputs / f"hour{hour + 1:04d}.jsonl").exists():  # --keep DIR again: resume after the last run
                continue
            (inputs / f"hour{hour:04d}.jsonl").write_text(
                "".join(json.dumps({"id": r["id"], "outlet": r["outlet"], "text": r["text"]}, ensure_ascii=False) + "\n"
                        for r in batch), encoding="utf-8")
            t_run = time.perf_counter()
            run_pipeline(RunConfig(inputs=[str(inputs)], output=str(out), workers=1))
            last_run_s = time.perf_counter() - t_run
            if hour % 50 == 0:
                print(f"run {hour + 1}/{args.runs}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
        spare = list(itertools.islice(records, args.per_run))
    build_s = time.perf_counter() - t0
    before = describe(out)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "flows.cli", "compact", str(out)], capture_output=True, text=True,
                          cwd=REPO)
    compact_s = time.perf_counter() - t
    assert done.returncode == 0, done.stderr
    after = describe(out)
    assert after["rows"] == before["rows"], "compaction changed rows"
    # one more hourly run on the compacted folder (an hour's cost reads every shard's ids once)
    (inputs / "next.jsonl").write_text("".join(json.dumps({"id": r["id"], "outlet": r["outlet"], "text": r["text"]},
                                                          ensure_ascii=False) + "\n" for r in spare), encoding="utf-8")
    t = time.perf_counter()
    run_pipeline(RunConfig(inputs=[str(inputs)], output=str(out), workers=1))
    next_run_s = time.perf_counter() - t
    verify = subprocess.run([sys.executable, "-m", "flows.cli", "verify", str(out)], capture_output=True, text=True, cwd=REPO)
    print(json.dumps({"runs": args.runs, "per_run": args.per_run, "build_s": round(build_s, 1),
                      "compact_s": round(compact_s, 2),
                      "last_hourly_run_before_s": last_run_s and round(last_run_s, 2), "next_hourly_run_after_s": round(next_run_s, 2), "compact_output": done.stdout.strip().splitlines()[-1],
                      "verify_ok": verify.returncode == 0, "before": before, "after": after}, indent=2))
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
