"""VNTC at ×1 / ×5 / ×10 (copies with distinct ids) through `newsclean run`, each into a fresh
output folder: wall time and peak memory of the whole process tree; then the same ×1 run again
(nothing new: the no-op path).

    .venv/bin/python -m bench.bench_scale [--scales 1,5,10] [--workdir DIR]

Reads ../shared/evaldata/vntc_subset (30,056 articles); writes bench/results/scale.{md,json}.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.proc_tree import measure, newsclean_env

REPO = Path(__file__).resolve().parents[1]
VNTC = REPO.parent / "shared" / "evaldata" / "vntc_subset" / "vntc_xh_pl_tg.jsonl.gz"
RESULTS = REPO / "bench" / "results"


def make_inputs(scale: int, folder: Path) -> int:
    """`scale` gzip copies of VNTC in `folder` (copy k > 0: ids suffixed `~xk`); articles written."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = gzip.open(VNTC, "rt", encoding="utf-8").read().splitlines()
    for k in range(scale):
        dest = folder / f"vntc-x{k}.jsonl.gz"
        if k == 0:
            shutil.copyfile(VNTC, dest)
            continue
        with gzip.open(dest, "wt", encoding="utf-8", compresslevel=1) as fh:
            for line in lines:
                rec = json.loads(line)
                rec["id"] = f"{rec['id']}~x{k}"
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(lines) * scale


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return out.stdout.strip()


def _manifest(output: Path) -> dict:
    return json.loads(sorted((output / "manifests").glob("*.json"))[-1].read_text(encoding="utf-8"))


def run_scale(scale: int, work: Path) -> dict:
    inputs, output = work / f"in-x{scale}", work / f"out-x{scale}"
    shutil.rmtree(output, ignore_errors=True)
    articles = make_inputs(scale, inputs)
    env = newsclean_env(work / "prefect-home")
    cmd = [str(Path(sys.executable).with_name("newsclean")), "run", str(inputs), "--output", str(output)]
    load_before = os.getloadavg()[0]
    m = measure(cmd, env)
    load_after = os.getloadavg()[0]
    if m.returncode != 0:
        raise RuntimeError(f"×{scale} failed: {m.stderr[-2000:]}")
    man = _manifest(output)
    row = {"scale": scale, "articles": articles, "passages": man["counts"]["passages"],
           "duplicate_passages": man["counts"]["duplicate_passages"], "wall_s": m.seconds, "peak_tree_mb": m.peak_mb,
           "load_average_1min": [round(load_before, 1), round(load_after, 1)],
           "commit": _commit(),
           "stages_s": {k: v.get("seconds") for k, v in man["stages"].items() if isinstance(v, dict)},
           # CPU seconds per stage: the run's process, plus its batch calls in worker processes
           "stages_cpu_s": {k: round(v.get("cpu_seconds", 0) + v.get("batch_cpu_seconds", 0), 1)
                            for k, v in man["stages"].items() if isinstance(v, dict) and "cpu_seconds" in v},
           "stages_peak_rss_mb": {k: v.get("peak_rss_mb") for k, v in man["stages"].items()
                                  if isinstance(v, dict) and "peak_rss_mb" in v},
           "dedup_peak_rss_mb_after": man["stages"].get("dedup", {}).get("peak_rss_mb_after", {}),
           "candidate_pairs": man["stages"].get("dedup", {}).get("candidate_pairs")}
    if scale == 1:
        again = measure(cmd, env)
        row["noop_wall_s"], row["noop_peak_tree_mb"] = again.seconds, again.peak_mb
        row["noop_nothing_new"] = "nothing new" in again.stdout
    shutil.rmtree(inputs, ignore_errors=True)
    shutil.rmtree(output, ignore_errors=True)
    print(json.dumps(row), flush=True)
    return row


def markdown(rows: list[dict]) -> str:
    out = ["## VNTC scale runs (`bench/bench_scale.py`)", "",
           "| input | articles | passages | duplicate passages | wall | peak memory (tree) | load (1 min, before/after) "
           "| stages (s) |",
           "|---|---:|---:|---:|---:|---:|---|---|"]
    for r in rows:
        stages = ", ".join(f"{k} {v}" for k, v in r["stages_s"].items() if v is not None)
        if r.get("stages_cpu_s"):
            stages += "; CPU s: " + ", ".join(f"{k} {v}" for k, v in r["stages_cpu_s"].items())
        out.append(f"| VNTC ×{r['scale']} | {r['articles']:,} | {r['passages']:,} | {r['duplicate_passages']:,} | "
                   f"{r['wall_s']:.1f} s | {r['peak_tree_mb']:,.0f} MB | "
                   f"{'/'.join(map(str, r.get('load_average_1min', [])))} | {stages} |")
    base = next((r for r in rows if r["scale"] == 1), None)
    if base:
        out += ["", f"Run again with nothing new (×1 output): {base['noop_wall_s']:.1f} s wall, "
                f"{base['noop_peak_tree_mb']:,.0f} MB peak (no-op path taken: {base['noop_nothing_new']})."]
        for r in rows:
            if r["scale"] > 1:
                out.append(f"×{r['scale']} wall / ×1 wall = {r['wall_s'] / base['wall_s']:.2f}.")
    return "\n".join(out)


def run(scales: list[int], work: Path) -> list[dict]:
    work.mkdir(parents=True, exist_ok=True)
    return [run_scale(s, work) for s in scales]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scales", default="1,5,10")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsclean-bench-scale"))
    args = ap.parse_args()
    rows = run([int(s) for s in args.scales.split(",")], args.workdir)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(rows, indent=2))
    (RESULTS / "scale.md").write_text(markdown(rows) + "\n", encoding="utf-8")
    print(markdown(rows))


if __name__ == "__main__":
    main()
