"""Engines benchmark: the same corpus through the embedded pool, a local Dask cluster of 2 worker
processes, and the Redis-kept LSH index; throughput and a same-answers check.

Each mode gets a fresh output folder and two runs: the first `--docs` VNTC articles, then the
next `--more` (checked against the first run's passages: the archive lookup path). The data set
is read in place (never copied into the repository); the records go to a temporary folder.

    .venv/bin/python -m bench.bench_engines [--docs 3000] [--more 1000] [--out bench/results/engines.md]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds

DATA = Path("/work/shared/evaldata/vntc_subset/vntc_xh_pl_tg.jsonl.gz")


def _write_records(folder: Path, name: str, records: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _load(n: int) -> list[dict]:
    out = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append({"id": r["id"], "outlet": r["outlet"], "text": r["text"]})
            if len(out) >= n:
                break
    return out


def _comparable(output: Path) -> list:
    tables = []
    for name, key in (("documents", "doc_id"), ("passages", "passage_id")):
        t = ds.dataset(output / name, format="parquet").to_table()
        t = t.drop_columns([c for c in ("run_id", "processed_at") if c in t.column_names]).sort_by(key)
        tables.append(t.to_pylist())
    return tables


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="articles of the first run")
    parser.add_argument("--more", type=int, default=1000, help="articles of the second (incremental) run")
    parser.add_argument("--out", default="bench/results/engines.md")
    args = parser.parse_args(argv)

    from flows.config import RunConfig
    from flows.run.stages import run_pipeline
    from tests.flows.engines_support import redis_server

    records = _load(args.docs + args.more)
    cores = len(os.sched_getaffinity(0))
    rows, reference = [], None
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as tmp, redis_server() as url:
        tmp_path = Path(tmp)
        import redis

        base_memory, note = redis.Redis.from_url(url).info("memory")["used_memory"], ""
        inputs = tmp_path / "in"
        modes = (("embedded (process pool)", {}), ("local Dask, 2 workers", {"dask_workers": 2}),
                 ("Redis index", {"redis_url": url}))
        for label, extra in modes:
            out = tmp_path / f"out-{len(rows)}"
            for f in inputs.glob("*.jsonl"):
                f.unlink()
            _write_records(inputs, "a.jsonl", records[: args.docs])
            times, manifests = [], []
            for step in range(2):
                if step == 1:
                    _write_records(inputs, "b.jsonl", records[args.docs:])
                cfg = RunConfig(inputs=[str(inputs)], output=str(out), workers=0, **extra)
                started = time.perf_counter()
                manifests.append(run_pipeline(cfg))
                times.append(time.perf_counter() - started)
            if "redis_url" in extra:
                indexed = sum(m["counts"]["indexed_passages"] for m in manifests)
                used = redis.Redis.from_url(url).info("memory")["used_memory"] - base_memory
                note = f"Redis memory: {used / 2**20:.1f} MiB for {indexed:,} indexed passages ({used / indexed:.0f} B each)"
            got = _comparable(out)
            reference = reference if reference is not None else got
            c1, c2 = manifests[0]["counts"], manifests[1]["counts"]
            rows.append({
                "mode": label,
                "run1_s": times[0], "run1_dps": c1["processed"] / times[0],
                "run2_s": times[1], "run2_dps": c2["processed"] / times[1],
                "dups": c1["duplicate_passages"] + c2["duplicate_passages"],
                "archive": manifests[1]["stages"]["dedup"]["archive_matches"],
                "same": got == reference,
            })
            print(f"{label}: {times[0]:.1f}s + {times[1]:.1f}s", flush=True)
    lines = [
        f"# Engines: embedded vs local Dask vs Redis index ({args.docs:,} + {args.more:,} VNTC articles, "
        f"{cores} cores)",
        "",
        "Run 1 indexes the first articles into a fresh output; run 2 adds the next ones and looks them up "
        "against run 1 (archive matches). Times are wall-clock of `flows.run.stages.run_pipeline` "
        "(no Prefect server), including a local Dask cluster's start and shutdown.",
        "",
        "| mode | run 1 (s) | docs/s | run 2 (s) | docs/s | duplicate passages | archive matches | same output |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(f"| {r['mode']} | {r['run1_s']:.1f} | {r['run1_dps']:.0f} | {r['run2_s']:.1f} | {r['run2_dps']:.0f} "
                     f"| {r['dups']:,} | {r['archive']:,} | {'yes' if r['same'] else 'NO'} |")
    lines += ["", note] if note else []
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    return 0 if all(r["same"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
