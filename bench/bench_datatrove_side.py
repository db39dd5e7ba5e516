"""newsclean against datatrove, side by side in one sitting, on the deterministic 180k-passage corpus
(../shared/bench/make_corpus.py; 20,000 documents, 41.7 MB). newsclean: the whole pipeline (clean,
dedup, Parquet) through `newsclean run`, default settings; datatrove 0.10.1: its four-stage MinHash
dedup alone (../shared/bench/bench_datatrove.py), 1 and 2 tasks, from its own venv `.venv-datatrove`
(`make bench` creates it; never installed into the product's venv). Wall time and peak memory of the
whole process tree for each.

    .venv/bin/python -m bench.bench_datatrove_side [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.proc_tree import measure, newsclean_env

REPO = Path(__file__).resolve().parents[1]
SHARED_BENCH = REPO.parent / "shared" / "bench"
SEEDS = REPO.parent / "shared" / "seeds"
DATATROVE_PY = REPO / ".venv-datatrove" / "bin" / "python"
RESULTS = REPO / "bench" / "results"
CORPUS_SHA_PREFIX = "56e5c40f"


def corpus(work: Path) -> Path:
    """The corpus folder, built once (deterministic)."""
    folder = work / "corpus"
    if not (folder / "docs.jsonl").exists():
        subprocess.run([sys.executable, str(SHARED_BENCH / "make_corpus.py"), "--seeds", str(SEEDS / "*.txt"),
                        "--out", str(folder)], check=True, capture_output=True)
    return folder


def run_newsclean(folder: Path, work: Path) -> dict:
    output = work / "newsclean-out"
    shutil.rmtree(output, ignore_errors=True)
    cmd = [str(Path(sys.executable).with_name("newsclean")), "run", str(folder / "docs.jsonl"), "--output", str(output)]
    m = measure(cmd, newsclean_env(work / "prefect-home"))
    if m.returncode != 0:
        raise RuntimeError(f"newsclean failed: {m.stderr[-2000:]}")
    man = json.loads(sorted((output / "manifests").glob("*.json"))[-1].read_text(encoding="utf-8"))
    shutil.rmtree(output, ignore_errors=True)
    return {"tool": "newsclean (whole pipeline)", "wall_s": m.seconds, "peak_tree_mb": m.peak_mb,
            "passages": man["counts"]["passages"], "duplicate_passages": man["counts"]["duplicate_passages"],
            "stages_s": {k: v.get("seconds") for k, v in man["stages"].items() if isinstance(v, dict)},
            # CPU seconds per stage: the run's process plus its batch calls in worker processes
            "stages_cpu_s": {k: round(v.get("cpu_seconds", 0) + v.get("batch_cpu_seconds", 0), 1)
                             for k, v in man["stages"].items() if isinstance(v, dict) and "cpu_seconds" in v}}


def run_datatrove(folder: Path, work: Path, tasks: int) -> dict:
    env = {**os.environ, "PERFBENCH": str(work), "BENCH_CORPUS": str(folder)}
    m = measure([str(DATATROVE_PY), str(SHARED_BENCH / "bench_datatrove.py"), "--stages", "all", "--tasks", str(tasks)],
                env)
    if m.returncode != 0:
        raise RuntimeError(f"datatrove failed: {m.stderr[-2000:]}")
    lines = [x for x in m.stdout.splitlines() if x.startswith("{")]
    return {"tool": f"datatrove 0.10.1 MinHash dedup, {tasks} task{'s' if tasks > 1 else ''}", "wall_s": m.seconds,
            "peak_tree_mb": m.peak_mb, "stages": json.loads(lines[-1]) if lines else {}}


def run(work: Path) -> list[dict]:
    work.mkdir(parents=True, exist_ok=True)
    folder = corpus(work)
    rows = [run_newsclean(folder, work)]
    print(json.dumps(rows[-1]), flush=True)
    if not DATATROVE_PY.exists():
        print("datatrove venv missing (make bench creates .venv-datatrove): datatrove skipped", flush=True)
        return rows
    for tasks in (1, 2):
        rows.append(run_datatrove(folder, work, tasks))
        print(json.dumps(rows[-1]), flush=True)
    return rows


def markdown(rows: list[dict]) -> str:
    out = ["## newsclean and datatrove side by side (`bench/bench_datatrove_side.py`)", "",
           "180,296-passage corpus (`../shared/bench/make_corpus.py`), same sitting.", "",
           "| tool | wall | peak memory (tree) | newsclean faster by |", "|---|---:|---:|---:|"]
    base = rows[0]["wall_s"]
    for r in rows:
        ratio = "" if r is rows[0] else f"{r['wall_s'] / base:.1f}×"
        out.append(f"| {r['tool']} | {r['wall_s']:.1f} s | {r['peak_tree_mb']:,.0f} MB | {ratio} |")
    if rows[0].get("stages_cpu_s"):
        out += ["", "newsclean per stage, wall s: " + ", ".join(f"{k} {v}" for k, v in rows[0]["stages_s"].items()),
                "newsclean per stage, CPU s: " + ", ".join(f"{k} {v}" for k, v in rows[0]["stages_cpu_s"].items())]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsclean-bench-datatrove"))
    rows = run(ap.parse_args().workdir)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "datatrove_side.json").write_text(json.dumps(rows, indent=2))
    (RESULTS / "datatrove_side.md").write_text(markdown(rows) + "\n", encoding="utf-8")
    print(markdown(rows))


if __name__ == "__main__":
    main()
